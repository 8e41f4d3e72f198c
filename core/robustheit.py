"""Robustness of the Sozialindex: the index re-computed under method variants.

Every variant runs :func:`sozialindex.sozialindex` on the same units, rated
as in the base computation (units not rated there stay out of every variant).
Per unit it reports how many variants give the same status class and the
range of ranks. No QGIS import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP
from .sozialindex import STATUS_LABELS, Indicator, Options, sozialindex
from .values import MethodError

#: Random weight factors are drawn uniformly from [1 - WEIGHT_CHANGE, 1 + WEIGHT_CHANGE].
WEIGHT_CHANGE = 0.5
_BASE_UNRATED = "__rb_nicht_bewertet"


@dataclass(frozen=True)
class Variant:
    """One method variant: a name for the log, its indicators and options."""

    name: str
    indicators: tuple[Indicator, ...]
    options: Options


def variants(
    indicators: Sequence[Indicator],
    options: Options,
    population: bool,
    runs: int,
    seed: Optional[int] = None,
) -> list[Variant]:
    """The method variants around the base method (the base itself not included).

    Leave each indicator out (with two or more indicators); standard deviation
    with n-1 instead of n (or the reverse); population-weighted instead of
    unweighted (or the reverse; only with a population field); the other of
    z-score and robust z (both for a min-max or percentile-rank base); and
    ``runs`` draws of every weight times a factor uniform in [0.5, 1.5]
    (``numpy.random.default_rng(seed)``).
    """
    base = tuple(indicators)
    out: list[Variant] = []
    if len(base) > 1:
        for i, ind in enumerate(base):
            rest = base[:i] + base[i + 1 :]
            if sum(r.weight for r in rest) > 0:
                out.append(Variant(f"ohne {ind.field}", rest, options))
    sd_name = "Standardabweichung mit n" if options.sample_sd else "Standardabweichung mit n-1"
    out.append(Variant(sd_name, base, replace(options, sample_sd=not options.sample_sd)))
    if population:
        name = "ungewichtet" if options.weighted else "einwohnergewichtet"
        out.append(Variant(name, base, replace(options, weighted=not options.weighted)))
    for method in ("z", "robust"):
        if method != options.standardization:
            name = "z-Wert" if method == "z" else "robuster z-Wert"
            out.append(Variant(name, base, replace(options, standardization=method)))
    factors = np.random.default_rng(seed).uniform(1 - WEIGHT_CHANGE, 1 + WEIGHT_CHANGE, (runs, len(base)))
    for run, row in enumerate(factors, 1):
        changed = tuple(replace(ind, weight=ind.weight * float(f)) for ind, f in zip(base, row))
        out.append(Variant(f"Gewichte {run}", changed, options))
    return out


def _other_classes(counts: pd.Series) -> Optional[str]:
    """'Mittel (3), Niedrig (1)' from the number of variants per other class; None if none."""
    text = ", ".join(f"{label} ({int(n)})" for label, n in counts.items() if n)
    return text or None


@dataclass
class Robustness:
    """Result: per-unit figures, the base index and the variants left out."""

    table: pd.DataFrame
    base: pd.DataFrame
    skipped: list[tuple[str, MethodError]]


def robustheit(
    data: pd.DataFrame,
    indicators: Sequence[Indicator],
    options: Options,
    population: Optional[str] = None,
    exclude: Optional[str] = None,
    runs: int = 100,
    seed: Optional[int] = None,
    stable_share: float = 0.9,
    step: Optional[Callable[[int, int], bool]] = None,
) -> Robustness:
    """Status class and rank of every unit under all :func:`variants`.

    Columns of ``table``: ``status`` (base class), ``anteil_gleich`` (share of
    variants with the base class), ``rang_min`` / ``rang_max`` (rank range over
    base and variants), ``unsicher`` (1 where anteil_gleich < stable_share),
    ``varianten`` (number of variants computed), ``andere`` (other classes with
    their number of variants, e.g. ``Mittel (3)``), ``hinweis`` (why a unit is
    not rated). A variant the method cannot compute (e.g. robust z of an
    indicator with MAD = 0) is left out and listed in ``skipped``. ``step(i, n)``
    is called after each variant; returning False stops with an error.
    """
    if not 0 < stable_share <= 1:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "STABLE_SHARE must be between 0 and 1, not {0}."), stable_share
        )
    base = sozialindex(data, indicators, options, population, exclude)
    rated = base["status"].notna()
    fixed = data.copy()
    fixed[_BASE_UNRATED] = ~rated  # every variant rates exactly the units rated in the base
    todo = variants(indicators, options, population is not None, runs, seed)
    same = pd.Series(0, index=data.index)
    rank_min, rank_max = base["rank"].copy(), base["rank"].copy()
    others = pd.DataFrame(0, index=data.index, columns=list(STATUS_LABELS))
    skipped: list[tuple[str, MethodError]] = []
    for i, variant in enumerate(todo, 1):
        try:
            result = sozialindex(fixed, variant.indicators, variant.options, population, _BASE_UNRATED)
        except MethodError as err:
            result = None
            skipped.append((variant.name, err))
        if step is not None and not step(i, len(todo)):
            raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Canceled."))
        if result is None:
            continue
        same += (result["status"] == base["status"]).astype(int)
        for label in STATUS_LABELS:
            others[label] += ((result["status"] == label) & (base["status"] != label)).astype(int)
        rank_min = np.fmin(rank_min, result["rank"])
        rank_max = np.fmax(rank_max, result["rank"])
    computed = len(todo) - len(skipped)
    if computed == 0:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "No method variant could be computed."))
    table = _table(base, same / computed, (rank_min, rank_max), computed, others, stable_share)
    return Robustness(table=table, base=base, skipped=skipped)


def _table(
    base: pd.DataFrame,
    share: pd.Series,
    ranks: tuple[pd.Series, pd.Series],
    computed: int,
    others: pd.DataFrame,
    stable_share: float,
) -> pd.DataFrame:
    """The per-unit figures of :func:`robustheit` (NULL for the units not rated in the base)."""
    rated = base["status"].notna()
    table = pd.DataFrame(index=base.index)
    table["status"] = base["status"]
    table["anteil_gleich"] = share.where(rated)
    table["rang_min"] = ranks[0].where(rated)
    table["rang_max"] = ranks[1].where(rated)
    table["unsicher"] = (table["anteil_gleich"].round(12) < stable_share).astype(int).where(rated)
    table["varianten"] = pd.Series(computed, index=base.index).where(rated)
    table["andere"] = [_other_classes(row) for _, row in others.iterrows()]
    table["hinweis"] = base["hinweis"]
    return table
