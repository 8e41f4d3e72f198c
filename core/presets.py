"""Indicator presets: the seven indicators of Oberhausen's Sozialindex and Berlin's MSS.

Each preset lists (numerator, denominator, direction, weight) with ``{t}`` standing
for the date suffix of the field names (e.g. ``sgb2_{t}`` -> ``sgb2_2023``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

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


# ------------------------------------------------------------------ field-name heuristics
#: Population field names tried for any preset (``{t}`` = year).
POPULATION_TEMPLATES = ("ew_{t}", "einwohner_{t}", "bev_{t}")
#: Berlin MSS: the Dynamik indicator (change in percentage points) of each status indicator.
CHANGE_FIELDS = {"s1": "D1", "s2": "D2", "s3": "D3", "s4": "D4"}
_YEAR = r"(?:19|20)\d{2}"
_YEAR_SUFFIX = re.compile(rf"[_\-]?({_YEAR})$")


@dataclass
class PresetMatch:
    """A preset matched to the fields of a layer."""

    year: Optional[str]  # date suffix used ('2023'); None when the fields carry no year
    rows: list[Row]  # (numerator, denominator or None, direction, weight) with real field names
    missing: list[str]  # expected field names that were not found
    population: Optional[str]  # population field of that year, if found


def _pattern(template: str) -> re.Pattern:
    """Case-insensitive pattern: ``sgb2_{t}`` and ``S1`` match ``sgb2_2023``, ``SGB2``, ``s1_2021``."""
    base = template.replace("_{t}", "").replace("{t}", "")
    return re.compile(rf"^{re.escape(base)}(?:[_\-]?(?P<t>{_YEAR}))?$", re.IGNORECASE)


def find_field(template: str, names: Sequence[str], year: Optional[str] = None) -> Optional[str]:
    """The field matching ``template`` for ``year`` (a field without year also fits), or None."""
    pattern = _pattern(template)
    without_year = None
    for name in names:
        match = pattern.match(name)
        if match is None:
            continue
        found = match.group("t")
        if found is None:
            without_year = without_year or name
        elif year is None or found == year:
            return name
    return without_year


def field_years(names: Iterable[str]) -> list[str]:
    """Years that occur as a field-name suffix (``sgb2_2023`` -> 2023), latest first."""
    years = {m.group(1) for m in map(_YEAR_SUFFIX.search, names) if m}
    return sorted(years, reverse=True)


def match_preset(preset: Sequence[Row], names: Sequence[str], year: Optional[str] = None) -> PresetMatch:
    """Fill a preset from field names: the given year, else the latest year with most indicators."""
    candidates = [year] if year else field_years(names) or [None]

    def attempt(t: Optional[str]) -> PresetMatch:
        rows, missing = [], []
        for num, den, direction, weight in preset:
            num_field = find_field(num, names, t)
            den_field = find_field(den, names, t) if den else None
            absent = [
                tmpl.format(t=t or "") for tmpl, f in ((num, num_field), (den, den_field)) if tmpl and not f
            ]
            if absent:
                missing += absent
            else:
                rows.append((num_field, den_field, direction, weight))
        return PresetMatch(t, rows, missing, population_field(names, t))

    matches = [attempt(t) for t in candidates]
    return max(matches, key=lambda m: len(m.rows))  # max keeps the first (latest) on ties


def population_field(names: Sequence[str], year: Optional[str] = None) -> Optional[str]:
    """The inhabitants field of the year (``ew_2023``, ``einwohner``, ``EW``), or None."""
    for template in POPULATION_TEMPLATES:
        found = find_field(template, names, year)
        if found:
            return found
    return None


def earlier_field(name: str, t1: str, t0: str, names: Sequence[str]) -> Optional[str]:
    """The field of date ``t0`` that matches field ``name`` of date ``t1`` (year suffix swapped)."""
    if not name.endswith(t1):
        return None
    wanted = (name[: -len(t1)] + t0).lower()
    return next((n for n in names if n.lower() == wanted), None)


def change_rows(
    rows: Sequence[Row], t1: Optional[str], t0: Optional[str], names: Sequence[str]
) -> tuple[list[list[str]], list[str]]:
    """Dynamik rows (Feld t0, Nenner t0, Feld t1, Nenner t1, Richtung, Gewicht) for status rows.

    A field of date ``t1`` is paired with the same name at ``t0``; a field without
    year (Berlin ``S1``) with its change field (``D1``). Returns the rows and the
    fields that are missing.
    """
    out: list[list[str]] = []
    missing: list[str] = []
    for num, den, direction, weight in rows:
        if not num:
            continue
        change = CHANGE_FIELDS.get(num.lower())
        change_field = find_field(change, names) if change else None
        if change_field and not (t1 and num.endswith(t1)):
            out.append(["", "", change_field, "", direction, f"{weight:g}"])
            continue
        pairs = [(f, earlier_field(f, t1, t0, names) if t1 and t0 else None) for f in (num, den) if f]
        absent = [f"{f} ({t0})" if t0 else f for f, f0 in pairs if f0 is None]
        if absent:
            missing += absent
            continue
        f0 = pairs[0][1]
        n0 = pairs[1][1] if den else ""
        out.append([f0, n0 or "", num, den or "", direction, f"{weight:g}"])
    return out, missing


_ID_NAMES = re.compile(r"^(id|.*[_\-]id|.*schluessel|.*schlüssel|plr_?id|.*_nr)$", re.IGNORECASE)


def id_field_candidates(names: Sequence[str]) -> list[str]:
    """Likely id fields first (``id``, ``*_id``, ``*schluessel``, ``*_nr``), in layer order."""
    likely = [n for n in names if _ID_NAMES.match(n)]
    return likely + [n for n in names if n not in likely and n.lower() != "fid"]
