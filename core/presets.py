"""Indicator presets: the seven indicators of Oberhausen's Sozialindex and Berlin's MSS.

Each preset lists (numerator, denominator, direction, weight) with ``{t}`` standing
for the date suffix of the field names (e.g. ``sgb2_{t}`` -> ``sgb2_2023``).
"""

from __future__ import annotations

from typing import Optional

Row = tuple[str, Optional[str], str, float]

OBERHAUSEN: list[Row] = [
    ("mig_{t}", "ew_{t}", "+", 1.0),  # Einwohner mit Migrationshintergrund
    ("sgb2_{t}", "ew_{t}", "+", 1.0),  # SGB-II-Leistungsberechtigte
    ("sgb2_u15_{t}", "ew_u15_{t}", "+", 1.0),  # Kinderarmut: unter 15 im SGB II
    ("alo_u25_{t}", "ew_15_24_{t}", "+", 1.0),  # Arbeitslose unter 25
    ("grusi_65_{t}", "ew_65plus_{t}", "+", 1.0),  # Grundsicherung im Alter
    ("hh_alleinerz_{t}", "hh_kinder_{t}", "+", 1.0),  # Alleinerziehende
    ("hh_kinderreich_{t}", "hh_kinder_{t}", "+", 1.0),  # Haushalte mit 3+ Kindern
]

BERLIN_MSS: list[Row] = [
    ("S1", None, "+", 1.0),  # Arbeitslosigkeit
    ("S3", None, "+", 1.0),  # Transferbezug SGB II/XII
    ("S4", None, "+", 1.0),  # Kinderarmut
]

PRESETS = {"oberhausen": OBERHAUSEN, "berlin": BERLIN_MSS}


def status_matrix(preset: list[Row], t: str) -> list[str]:
    """Flat INDICATORS matrix (Feld, Nenner, Richtung, Gewicht) for date suffix ``t``."""
    flat: list[str] = []
    for num, den, direction, weight in preset:
        flat += [num.format(t=t), (den or "").format(t=t), direction, f"{weight:g}"]
    return flat


def change_matrix(preset: list[Row], t0: str, t1: str) -> list[str]:
    """Flat Dynamik INDICATORS matrix (Feld t0, Nenner t0, Feld t1, Nenner t1, Richtung, Gewicht)."""
    flat: list[str] = []
    for num, den, direction, weight in preset:
        den = den or ""
        flat += [
            num.format(t=t0),
            den.format(t=t0),
            num.format(t=t1),
            den.format(t=t1),
            direction,
            f"{weight:g}",
        ]
    return flat


def count_fields(preset: list[Row], dates: list[str]) -> list[str]:
    """All count fields of a preset for the dates (for aggregation)."""
    names: list[str] = []
    for t in dates:
        for num, den, _, _ in preset:
            for name in (num, den):
                if name and name.format(t=t) not in names:
                    names.append(name.format(t=t))
    return names
