"""The Sozialindex over several editions: class changes and early warning.

Every edition is computed by :func:`sozialindex.status_index` (the code path
of ``sozialindex``) on the fields of that year: a field name holding the
placeholder ``{jahr}`` (``sgb2_{jahr}``) is filled with each year. Two ways
to compare editions: each year standardised on its own (``einzeln``, what
cities publish) or every year against the base year's mean and SD
(``basisjahr``, the first edition). No QGIS import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP
from .sozialindex import (
    CUT_DECIMALS,
    NOT_RATED,
    STATUS_LABELS,
    Indicator,
    Options,
    Scales,
    label_codes,
    status_index,
)
from .values import MethodError

PLACEHOLDER = "{jahr}"
COMPARISONS = ("einzeln", "basisjahr")
#: Status labels and "nicht bewertet" in legend order (rows of the transition table).
TRANSITION_ORDER = (*STATUS_LABELS, NOT_RATED)
ARROW = "→"
_TOKEN = re.compile(r"^\w+$")
_DIGITS = re.compile(r"^\d+$")

FEW_EDITIONS = QT_TRANSLATE_NOOP("MethodError", "At least two editions are needed, but YEARS gives {0}: {1}.")  # fmt: skip
NO_PLACEHOLDER = QT_TRANSLATE_NOOP("MethodError", "No field of INDICATORS holds the placeholder {{jahr}} (e.g. sgb2_{{jahr}}): every edition would be the same.")  # fmt: skip
EDITION = QT_TRANSLATE_NOOP("MethodError", "Edition {0}: {1}")
BASE_RANK = QT_TRANSLATE_NOOP("MethodError", "COMPARISON 1 (against the base year) needs a standardisation with a centre and a scale (z-score, robust z or min-max), not the percentile rank.")  # fmt: skip
CANCELED = QT_TRANSLATE_NOOP("MethodError", "Canceled.")


class EditionError(MethodError):
    """A method error in one edition: names the year, keeps the original error."""

    def __init__(self, year: str, error: MethodError) -> None:
        super().__init__(EDITION, year, str(error))
        self.year = year
        self.error = error


def fill(name: Optional[str], year: str) -> Optional[str]:
    """``name`` with the placeholder replaced by ``year`` (None stays None)."""
    return name.replace(PLACEHOLDER, year) if name else name


@dataclass(frozen=True)
class Template:
    """Indicators, population and exclusion field whose names may hold ``{jahr}``."""

    indicators: tuple[Indicator, ...]
    population: Optional[str] = None
    exclude: Optional[str] = None

    def names(self) -> list[str]:
        """Every field name (templates), in order, once."""
        names = [n for ind in self.indicators for n in (ind.field, ind.denominator)]
        return list(dict.fromkeys(n for n in (*names, self.population, self.exclude) if n))

    def templated(self) -> list[str]:
        """The names holding the placeholder."""
        return [n for n in self.names() if PLACEHOLDER in n]

    def varies(self) -> bool:
        """Whether an indicator field or denominator holds the placeholder."""
        return any(PLACEHOLDER in (n or "") for ind in self.indicators for n in (ind.field, ind.denominator))

    def edition(self, year: str) -> Template:
        """The template filled for ``year``."""
        indicators = tuple(
            replace(ind, field=fill(ind.field, year), denominator=fill(ind.denominator, year))
            for ind in self.indicators
        )
        return Template(indicators, fill(self.population, year), fill(self.exclude, year))

    def numeric(self, year: str) -> list[str]:
        """The numeric fields of ``year`` (indicators, denominators, population)."""
        t = self.edition(year)
        names = [n for ind in t.indicators for n in (ind.field, ind.denominator)]
        return list(dict.fromkeys(n for n in (*names, t.population) if n))


def parse_years(text: str) -> list[str]:
    """Years from 'a, b, c' (commas, semicolons or blanks); all digits: sorted ascending."""
    tokens = [t for t in re.split(r"[,;\s]+", (text or "").strip()) if t]
    for token in tokens:
        if not _TOKEN.match(token):
            raise MethodError(
                QT_TRANSLATE_NOOP("MethodError", "YEARS: '{0}' is no year (letters, digits and _ only)."),
                token,
            )
    seen = [t for i, t in enumerate(tokens) if t in tokens[:i]]
    if seen:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "YEARS: {0} is given more than once."), seen[0])
    return sort_years(tokens)


def sort_years(years: Sequence[str]) -> list[str]:
    """Numeric years ascending; other labels in the order given."""
    if all(_DIGITS.match(y) for y in years):
        return sorted(years, key=int)
    return list(years)


def available_years(template: Template, names: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """Years (written in digits) for which every templated field exists.

    Also returns, for each year found for some but not all fields, the first
    missing field. Raises when no field holds the placeholder.
    """
    if not template.varies():
        raise MethodError(NO_PLACEHOLDER)
    templated = template.templated()
    found: set[str] = set()
    for name in templated:
        pattern = re.compile("^" + re.escape(name).replace(re.escape(PLACEHOLDER), r"(\d+)") + "$")
        for have in names:
            match = pattern.match(have)
            if match and len(set(match.groups())) == 1:
                found.add(match.group(1))
    complete, partial = [], {}
    for year in sort_years(sorted(found)):
        missing = first_missing(template, [year], names)
        if missing is None:
            complete.append(year)
        else:
            partial[year] = missing[1]
    return complete, partial


def first_missing(
    template: Template, years: Sequence[str], names: Sequence[str]
) -> Optional[tuple[str, str]]:
    """The first (year, field) that does not exist in ``names``, or None."""
    have = set(names)
    for year in years:
        for name in template.names():
            filled = fill(name, year)
            if filled not in have:
                return year, filled
    return None


@dataclass
class Series:
    """Result of :func:`zeitreihe`."""

    table: pd.DataFrame  # index_<y>, status_<y>, rang_<y>, wechsel, abstiege, warnung, hinweis
    transitions: pd.DataFrame  # von_jahr, bis_jahr, von_status, bis_status, anzahl
    rated: pd.DataFrame  # bool per unit and year
    reasons: pd.DataFrame  # why a unit is not rated, per year (None where rated)


def zeitreihe(
    data: pd.DataFrame,
    template: Template,
    years: Sequence[str],
    options: Optional[Options] = None,
    comparison: str = "einzeln",
    warn_delta: float = 0.25,
    step: Optional[Callable[[int, int], bool]] = None,
) -> Series:
    """The index of every edition, class changes, consecutive declines and early warning.

    ``step(i, n)`` is called after each edition; returning False stops with
    'Canceled.'. See :func:`early_warning` for the warning rule.
    """
    options = options or Options()
    check(template, years, options, comparison, warn_delta)
    frames = editions(data, template, years, options, comparison, step)
    sign = 1.0 if options.high_is_good else -1.0
    favourable = pd.DataFrame({y: sign * frames[y]["index"] for y in years}, index=data.index)
    status = pd.DataFrame({y: frames[y]["status"] for y in years}, index=data.index)
    reasons = pd.DataFrame({y: frames[y]["hinweis"] for y in years}, index=data.index)
    table = pd.DataFrame(index=data.index)
    for y in years:
        table[f"index_{y}"] = frames[y]["index"]
        table[f"status_{y}"] = frames[y]["status"]
        table[f"rang_{y}"] = frames[y]["rank"]
    early = early_warning(favourable, status, warn_delta)
    for col in ("wechsel", "abstiege", "warnung"):
        table[col] = early[col]
    notes = [early["hinweis"]] + [
        reasons[y].map(lambda r, y=y: None if r is None else f"{y} nicht bewertet: {r}") for y in years
    ]
    table["hinweis"] = join_notes(notes)
    return Series(table, transitions(status, years), status.notna(), reasons)


def check(
    template: Template, years: Sequence[str], options: Options, comparison: str, warn_delta: float
) -> None:
    """Raise MethodError for settings the series cannot work with."""
    options.check()
    if not template.indicators:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "No indicators given."))
    if not template.varies():
        raise MethodError(NO_PLACEHOLDER)
    if len(years) < 2:
        raise MethodError(FEW_EDITIONS, len(years), ", ".join(years) or "-")
    if comparison not in COMPARISONS:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Unknown comparison: {0}"), comparison)
    if comparison == "basisjahr" and options.standardization == "rank":
        raise MethodError(BASE_RANK)
    if not np.isfinite(warn_delta) or warn_delta < 0:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "WARN_DELTA must be a number >= 0, not {0}."), warn_delta
        )


def editions(
    data: pd.DataFrame,
    template: Template,
    years: Sequence[str],
    options: Options,
    comparison: str,
    step: Optional[Callable[[int, int], bool]] = None,
) -> dict[str, pd.DataFrame]:
    """The status index of each year; in ``basisjahr`` mode with the scales of the first year."""
    fixed: Optional[Scales] = None
    out = {}
    for i, year in enumerate(years, 1):
        t = template.edition(year)
        try:
            result = status_index(data, t.indicators, options, t.population, t.exclude, fixed)
        except MethodError as err:
            raise EditionError(year, err) from None
        if comparison == "basisjahr" and fixed is None:
            fixed = result.scales
        out[year] = result.frame
        if step is not None and not step(i, len(years)):
            raise MethodError(CANCELED)
    return out


def _number(value: float) -> str:
    """German decimal comma, two decimals."""
    return f"{value:.2f}".replace(".", ",")


def early_warning(favourable: pd.DataFrame, status: pd.DataFrame, warn_delta: float) -> pd.DataFrame:
    """Class change, consecutive declines and the early-warning flag per unit.

    ``favourable`` holds the index per year (columns in edition order, high =
    favourable), ``status`` the classes. ``abstiege``: editions in a row,
    counted back from the last, in which the index fell. ``warnung`` = 1 when
    the index fell by more than ``warn_delta`` in at least the last two
    editions in a row, or the class dropped in the last edition; NULL where the
    last edition is not rated. ``wechsel``: 'previous → last' class ('' when
    equal; 'nicht bewertet' for an edition without rating).
    """
    years = list(favourable.columns)
    falling = pd.Series(True, index=favourable.index)
    large = pd.Series(True, index=favourable.index)
    abstiege = pd.Series(0, index=favourable.index)
    steep = pd.Series(0, index=favourable.index)
    for k in range(len(years) - 1, 0, -1):
        change = (favourable[years[k]] - favourable[years[k - 1]]).round(CUT_DECIMALS)
        falling &= (change < 0).to_numpy()
        large &= (change < -warn_delta).to_numpy()
        abstiege += falling.astype(int)
        steep += large.astype(int)
    last, prev = years[-1], years[-2]
    codes_last = label_codes(status[last], STATUS_LABELS).astype(float)
    codes_prev = label_codes(status[prev], STATUS_LABELS).astype(float)
    dropped = (codes_last > codes_prev).to_numpy()
    rated = status[last].notna().to_numpy()
    out = pd.DataFrame(index=favourable.index)
    from_label, to_label = status[prev].fillna(NOT_RATED), status[last].fillna(NOT_RATED)
    out["wechsel"] = np.where(from_label == to_label, "", from_label + f" {ARROW} " + to_label)
    out["abstiege"] = abstiege
    out["warnung"] = pd.Series(((steep >= 2) | dropped).astype(int), dtype=object).where(rated, None)
    hinweis = []
    for i in range(len(out)):
        parts = []
        if rated[i] and steep.iloc[i] >= 2:
            first = years[len(years) - 1 - int(steep.iloc[i])]
            parts.append(
                f"Index seit {first} {int(steep.iloc[i])} Ausgaben in Folge um mehr als "
                f"{_number(warn_delta)} SD gefallen"
            )
        if rated[i] and dropped[i]:
            parts.append(f"Klasse gefallen: {from_label.iloc[i]} {ARROW} {to_label.iloc[i]}")
        hinweis.append("; ".join(parts) or None)
    out["hinweis"] = pd.Series(hinweis, index=favourable.index, dtype=object)
    return out


def join_notes(notes: Sequence[pd.Series]) -> pd.Series:
    """The non-empty notes of each unit joined with '; ' (None where there are none)."""
    frame = pd.concat(notes, axis=1)
    joined = [
        "; ".join(str(v) for v in row if v is not None and v == v and v != "") or None
        for row in frame.itertuples(index=False)
    ]
    return pd.Series(joined, index=frame.index, dtype=object)


def transitions(status: pd.DataFrame, years: Sequence[str]) -> pd.DataFrame:
    """Class transitions between consecutive editions (with 'nicht bewertet'), in legend order."""
    rows = []
    for a, b in zip(years, years[1:]):
        pairs = pd.crosstab(status[a].fillna(NOT_RATED), status[b].fillna(NOT_RATED))
        for von in TRANSITION_ORDER:
            for bis in TRANSITION_ORDER:
                n = int(pairs.at[von, bis]) if von in pairs.index and bis in pairs.columns else 0
                if n:
                    rows.append((a, b, von, bis, n))
    return pd.DataFrame(rows, columns=["von_jahr", "bis_jahr", "von_status", "bis_status", "anzahl"])


def partly_rated(rated: pd.DataFrame) -> dict[str, pd.Index]:
    """Per year: the units rated in another edition but not in this one."""
    some = rated.any(axis=1)
    return {y: rated.index[some & ~rated[y]] for y in rated.columns}
