"""Sozialindex method (status, Dynamik, combined classes) on numpy/pandas.

The procedure follows Berlin's "Monitoring Soziale Stadtentwicklung" (MSS):
shares per indicator, standardisation over the rated units, directed and
weighted sum, that sum standardised again, classes at cuts in standard
deviations. No QGIS import: algorithms feed plain data frames in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP
from .values import MethodError, is_missing, scalar

MAD_ZERO = QT_TRANSLATE_NOOP("MethodError", "Indicator {0}: the median absolute deviation is 0 (half of the {1} rated units or more share the median value); robust z cannot be computed.")  # fmt: skip
TOO_SMALL = QT_TRANSLATE_NOOP("MethodError", "Only {0} rated unit(s): {1} of {2} units have fewer inhabitants than MIN_POPULATION = {3:g}.")  # fmt: skip

STATUS_LABELS = ("Hoch", "Mittel", "Niedrig", "Sehr Niedrig")
DYN_LABELS = ("Positiv", "Stabil", "Negativ")
NOT_RATED = "nicht bewertet"
STANDARDIZATIONS = ("z", "robust", "minmax", "rank")
AGGREGATIONS = ("sum", "mean")
SCHEMES = ("oberhausen", "berlin")
#: Classification compares values rounded to this many decimals, so that a value
#: lying on a cut in exact arithmetic is not pushed off it by floating point error.
CUT_DECIMALS = 9
#: Median absolute deviation to standard deviation of a normal distribution.
MAD_TO_SD = 1.482602218505602


@dataclass(frozen=True)
class Indicator:
    """One status indicator: a share field, or a count with its denominator."""

    field: str
    denominator: Optional[str] = None
    direction: int = 1  # +1: a higher value means more disadvantage; -1: favourable
    weight: float = 1.0


@dataclass(frozen=True)
class ChangeIndicator:
    """One Dynamik indicator: the share at t0 and t1 (t0 empty: field_t1 is the change)."""

    field_t0: Optional[str]
    denominator_t0: Optional[str]
    field_t1: str
    denominator_t1: Optional[str]
    direction: int = 1
    weight: float = 1.0

    @property
    def name(self) -> str:
        """Name used for the z-value column."""
        return self.field_t1


@dataclass(frozen=True)
class Options:
    """Method options of the Sozialindex (defaults as in the Berlin MSS)."""

    standardization: str = "z"
    sample_sd: bool = False
    weighted: bool = False
    aggregation: str = "sum"
    high_is_good: bool = True
    cut_hoch: float = 1.0
    cut_niedrig: float = -1.0
    cut_sehr_niedrig: float = -1.5
    min_population: float = 300.0

    def check(self) -> None:
        """Raise MethodError for inconsistent options."""
        if self.standardization not in STANDARDIZATIONS:
            raise MethodError(
                QT_TRANSLATE_NOOP("MethodError", "Unknown standardisation: {0}"), self.standardization
            )
        if self.aggregation not in AGGREGATIONS:
            raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Unknown aggregation: {0}"), self.aggregation)
        if not self.cut_sehr_niedrig < self.cut_niedrig < self.cut_hoch:
            raise MethodError(
                QT_TRANSLATE_NOOP(
                    "MethodError",
                    "The cuts must satisfy CUT_SEHR_NIEDRIG < CUT_NIEDRIG < CUT_HOCH ({0} / {1} / {2}).",
                ),
                self.cut_sehr_niedrig,
                self.cut_niedrig,
                self.cut_hoch,
            )


def parse_direction(text: object) -> int:
    """'+' (more disadvantage) -> 1, '-' (favourable) -> -1."""
    value = str(text).strip().lower()
    if value in ("+", "+1", "1", "positiv", "plus"):
        return 1
    if value in ("-", "-1", "negativ", "minus"):
        return -1
    raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Direction must be '+' or '-', not '{0}'."), text)


def parse_weight(text: object) -> float:
    """A weight >= 0; empty means 1."""
    if text is None or str(text).strip() == "":
        return 1.0
    try:
        weight = scalar(text)
    except ValueError:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Weight must be a number, not '{0}'."), text
        ) from None
    if weight is None or not np.isfinite(weight) or weight < 0:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Weight must be a number >= 0, not '{0}'."), text)
    return weight


def share(data: pd.DataFrame, field: str, denominator: Optional[str]) -> tuple[pd.Series, pd.Series]:
    """Share in percent (count / denominator * 100) or the field as given.

    Returns the share (NaN where it cannot be computed: missing value, zero or
    missing denominator, negative count or denominator) and a reason per unit
    (empty string where the share is valid).
    """
    value = data[field].astype(float)
    reason = pd.Series("", index=data.index, dtype=object)
    valid = value.notna().to_numpy().copy()  # no reason yet; a copy (pandas 3 gives read-only views)
    reason[~valid] = f"Wert fehlt: {field}"
    if not denominator:
        return value, reason
    den = data[denominator].astype(float)
    bad_den = (den.isna() | (den == 0)).to_numpy()
    # counts cannot be negative (e.g. -1 as a code for a suppressed value): not rated
    for bad, text in (
        (bad_den, f"Nenner 0 oder leer: {denominator}"),
        ((value < 0).to_numpy(), f"negativer Wert: {field}"),
        ((den < 0).to_numpy(), f"negativer Wert: {denominator}"),
    ):
        reason[bad & valid] = text
        valid &= ~bad
    result = (value / den.where(~bad_den)) * 100.0
    return result.where(valid), reason


def _weighted_median(x: np.ndarray, w: np.ndarray) -> float:
    order = np.argsort(x, kind="mergesort")
    cum = np.cumsum(w[order])
    return float(x[order][np.searchsorted(cum, 0.5 * cum[-1])])


@dataclass(frozen=True)
class Scale:
    """Centre and scale of one standardisation: z = (x - centre) / scale."""

    centre: float
    scale: float


@dataclass(frozen=True)
class Scales:
    """The scales of a composite: one per indicator and the one of the sum (None: not standardised)."""

    indicators: tuple[Optional[Scale], ...]
    total: Optional[Scale]


def standardize(
    x: np.ndarray,
    method: str = "z",
    weights: Optional[np.ndarray] = None,
    sample_sd: bool = False,
    name: str = "",
) -> np.ndarray:
    """Standardise the finite values of ``x``; NaN stays NaN.

    z: (x - mean) / sd; robust: (x - median) / (1.4826 * MAD);
    minmax: (x - min) / (max - min); rank: percentile rank in (0, 1].
    ``weights`` (population) apply to z and robust z.
    """
    return standardize_scaled(x, method, weights, sample_sd, name)[0]


def standardize_scaled(
    x: np.ndarray,
    method: str = "z",
    weights: Optional[np.ndarray] = None,
    sample_sd: bool = False,
    name: str = "",
    fixed: Optional[Scale] = None,
) -> tuple[np.ndarray, Optional[Scale]]:
    """:func:`standardize` and the scale used (None for ranks); ``fixed`` given: that scale is used."""
    out = np.full(x.shape, np.nan)
    ok = np.isfinite(x)
    if fixed is not None:
        out[ok] = (x[ok] - fixed.centre) / fixed.scale
        return out, fixed
    v = x[ok]
    if v.size < 2:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Fewer than two rated units: nothing to standardise.")
        )
    w = np.ones_like(v) if weights is None else np.asarray(weights, dtype=float)[ok]
    if method == "z":
        mean = np.average(v, weights=w)
        ss = np.sum(w * (v - mean) ** 2)
        n = np.sum(w)
        sd = np.sqrt(ss / (n - 1.0 if sample_sd else n))
        centre, scale = mean, sd
    elif method == "robust":
        centre = _weighted_median(v, w)
        scale = MAD_TO_SD * _weighted_median(np.abs(v - centre), w)
    elif method == "minmax":
        centre, scale = v.min(), v.max() - v.min()
    elif method == "rank":
        out[ok] = pd.Series(v).rank(method="average", pct=True).to_numpy()
        if np.all(v == v[0]):
            raise MethodError(
                QT_TRANSLATE_NOOP("MethodError", "Indicator {0} is constant over all rated units."), name
            )
        return out, None
    else:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Unknown standardisation: {0}"), method)
    if method == "robust" and scale == 0 and not np.all(v == v[0]):
        raise MethodError(
            MAD_ZERO,
            name,
            v.size,
        )
    if not np.isfinite(scale) or scale <= 1e-12 * max(1.0, abs(centre)):
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Indicator {0} is constant over all rated units."), name
        )
    out[ok] = (v - centre) / scale
    return out, Scale(float(centre), float(scale))


@dataclass
class Composite:
    """Result of standardising and combining indicators."""

    z: pd.DataFrame  # standardised values, not direction-flipped
    score: pd.Series  # weighted sum (or mean) of directed z, disadvantage orientation
    favourable: pd.Series  # index in favourable orientation (high = good)
    scales: Optional[Scales] = None  # what the standardisations used


def composite(
    values: pd.DataFrame,
    directions: Sequence[int],
    weights: Sequence[float],
    rated: pd.Series,
    options: Options,
    population: Optional[pd.Series] = None,
    fixed: Optional[Scales] = None,
) -> Composite:
    """Standardise each column over the rated rows, combine, standardise again.

    With ``fixed`` (e.g. the scales of a base year) every standardisation uses
    those scales instead of the mean and SD of the rated rows.
    """
    if sum(weights) <= 0:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "At least one indicator needs a weight > 0."))
    if int(rated.sum()) < 2:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Only {0} rated unit(s): at least two are needed."),
            int(rated.sum()),
        )
    pop = None
    if options.weighted:
        if population is None:
            raise MethodError(
                QT_TRANSLATE_NOOP("MethodError", "Population weighting needs a population field.")
            )
        pop = population.where(rated).to_numpy(dtype=float)
    z = pd.DataFrame(index=values.index)
    score = pd.Series(0.0, index=values.index)
    used: list[Optional[Scale]] = []
    for k, (col, direction, weight) in enumerate(zip(values.columns, directions, weights)):
        x = values[col].where(rated).to_numpy(dtype=float)
        given = fixed.indicators[k] if fixed is not None else None
        z[col], scale = standardize_scaled(
            x, options.standardization, pop, options.sample_sd, name=col, fixed=given
        )
        used.append(scale)
        score = score + direction * weight * z[col]
    score = score.where(rated)
    total = None
    if options.aggregation == "mean":
        score = score / float(sum(weights))
        favourable = -score
    else:
        given = fixed.total if fixed is not None else None
        restandardised, total = standardize_scaled(
            score.to_numpy(), "z", pop, options.sample_sd, name="Summe", fixed=given
        )
        favourable = -pd.Series(restandardised, index=values.index)
    return Composite(z=z, score=score, favourable=favourable, scales=Scales(tuple(used), total))


def classify_status(favourable: pd.Series, options: Options) -> pd.Series:
    """Status label from the favourable-oriented index; a value on a cut is outer."""
    f = favourable.round(CUT_DECIMALS)
    labels = pd.Series(STATUS_LABELS[1], index=f.index, dtype=object)
    labels[f >= options.cut_hoch] = STATUS_LABELS[0]
    labels[f <= options.cut_niedrig] = STATUS_LABELS[2]
    labels[f <= options.cut_sehr_niedrig] = STATUS_LABELS[3]
    return labels.where(f.notna(), None)


def classify_dynamik(favourable: pd.Series, cut: float) -> pd.Series:
    """Dynamik label: Positiv at or above +cut, Negativ at or below -cut."""
    if cut <= 0:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "CUT_DYNAMIK must be greater than 0, not {0}."), cut
        )
    f = favourable.round(CUT_DECIMALS)
    labels = pd.Series(DYN_LABELS[1], index=f.index, dtype=object)
    labels[f >= cut] = DYN_LABELS[0]
    labels[f <= -cut] = DYN_LABELS[2]
    return labels.where(f.notna(), None)


def label_codes(labels: pd.Series, vocabulary: Sequence[str]) -> pd.Series:
    """Code 1..n of each label in ``vocabulary`` (None stays None)."""
    lookup = np.array([None, *range(1, len(vocabulary) + 1)], dtype=object)
    return pd.Series(lookup[_codes(labels, vocabulary)], index=labels.index, dtype=object, name=labels.name)


def _codes(labels: pd.Series, vocabulary: Sequence[str]) -> np.ndarray:
    """Code 1..n of each label in ``vocabulary``, 0 for others and missing (vectorised)."""
    return pd.Categorical(labels, categories=list(vocabulary)).codes.astype(np.int64) + 1


def _join_reasons(reasons: Sequence[pd.Series], index: pd.Index) -> pd.Series:
    """The non-empty reasons of each unit joined with '; ' (joined only where there are any)."""
    joined = pd.Series("", index=index, dtype=object)
    columns = [np.asarray(reason.to_numpy(dtype=object)) for reason in reasons]
    if not columns:
        return joined
    some = np.zeros(len(index), dtype=bool)
    for column in columns:
        some |= column != ""
    rows = np.flatnonzero(some)
    picked = [column[rows].tolist() for column in columns]
    joined.iloc[rows] = ["; ".join(v for v in parts if v != "") for parts in zip(*picked)]
    return joined


def rating_reasons(
    data: pd.DataFrame,
    value_reasons: Sequence[pd.Series],
    population: Optional[str],
    exclude: Optional[str],
    min_population: float,
) -> pd.Series:
    """Why each unit is not rated ('' = rated)."""
    reasons = []
    if population:
        pop = data[population].astype(float)
        r = pd.Series("", index=data.index, dtype=object)
        r[pop.isna()] = f"Einwohnerzahl fehlt: {population}"
        r[pop < min_population] = f"weniger als {min_population:g} Einwohner"
        reasons.append(r)
    if exclude:
        r = pd.Series("", index=data.index, dtype=object)
        r[data[exclude].map(is_true)] = f"ausgeschlossen ({exclude})"
        reasons.append(r)
    return _join_reasons(list(reasons) + list(value_reasons), data.index)


def is_true(value: object) -> bool:
    """1, true, ja, yes, x count as true (for exclusion flags)."""
    if is_missing(value):
        return False
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return value != 0
    return str(value).strip().lower() in ("1", "true", "wahr", "ja", "j", "yes", "y", "x")


@dataclass
class StatusIndex:
    """The status index per unit and the scales its standardisations used."""

    frame: pd.DataFrame
    scales: Scales


def sozialindex(
    data: pd.DataFrame,
    indicators: Sequence[Indicator],
    options: Options = Options(),
    population: Optional[str] = None,
    exclude: Optional[str] = None,
) -> pd.DataFrame:
    """Status index per unit.

    Columns: ``z_<field>`` per indicator, ``score``, ``index``, ``rank``,
    ``status``, ``status_code``, ``hinweis`` (None for rated units).
    """
    return status_index(data, indicators, options, population, exclude).frame


def status_index(
    data: pd.DataFrame,
    indicators: Sequence[Indicator],
    options: Options = Options(),
    population: Optional[str] = None,
    exclude: Optional[str] = None,
    fixed: Optional[Scales] = None,
) -> StatusIndex:
    """:func:`sozialindex` with its scales; ``fixed`` scales replace the own mean and SD."""
    options.check()
    if not indicators:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "No indicators given."))
    names = [ind.field for ind in indicators]
    if len(set(names)) != len(names):
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "An indicator field is given more than once."))
    shares, value_reasons = {}, []
    for ind in indicators:
        shares[ind.field], reason = share(data, ind.field, ind.denominator)
        value_reasons.append(reason)
    reasons = rating_reasons(data, value_reasons, population, exclude, options.min_population)
    rated = reasons == ""
    small = int((data[population].astype(float) < options.min_population).sum()) if population else 0
    if int(rated.sum()) < 2 and small:
        raise MethodError(
            TOO_SMALL,
            int(rated.sum()),
            small,
            len(data),
            options.min_population,
        )
    pop = data[population].astype(float) if population else None
    comp = composite(
        pd.DataFrame(shares, index=data.index),
        [ind.direction for ind in indicators],
        [ind.weight for ind in indicators],
        rated,
        options,
        pop,
        fixed,
    )
    out = pd.DataFrame(index=data.index)
    for ind in indicators:
        out[f"z_{ind.field}"] = comp.z[ind.field]
    out["score"] = comp.score
    out["index"] = comp.favourable if options.high_is_good else -comp.favourable
    out["rank"] = comp.score.rank(method="min", ascending=False)
    out["status"] = classify_status(comp.favourable, options)
    out["status_code"] = label_codes(out["status"], STATUS_LABELS)
    out["hinweis"] = reasons.where(~rated, None)
    return StatusIndex(out, comp.scales)


def dynamik(
    data: pd.DataFrame,
    indicators: Sequence[ChangeIndicator],
    cut: float = 1.0,
    options: Options = Options(),
    status: Optional[str] = None,
) -> pd.DataFrame:
    """Dynamik by indicator change (percentage points between t0 and t1).

    Units are rated when their status is rated (``status`` column not null)
    and every change can be computed. Columns: ``z_<field_t1>``, ``score``,
    ``index`` (favourable: high = improving), ``klasse``, ``code``, ``hinweis``.
    """
    if not indicators:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "No indicators given."))
    changes, value_reasons = {}, []
    for ind in indicators:
        s1, r1 = share(data, ind.field_t1, ind.denominator_t1)
        if ind.field_t0:
            s0, r0 = share(data, ind.field_t0, ind.denominator_t0)
            s1, r1 = s1 - s0, _join_reasons([r0, r1], data.index)
        changes[ind.name] = s1
        value_reasons.append(r1)
    if status:
        r = pd.Series("", index=data.index, dtype=object)
        r[data[status].isna()] = "Status nicht bewertet"
        value_reasons.insert(0, r)
    reasons = _join_reasons(value_reasons, data.index)
    rated = reasons == ""
    comp = composite(
        pd.DataFrame(changes, index=data.index),
        [ind.direction for ind in indicators],
        [ind.weight for ind in indicators],
        rated,
        options,
    )
    return _dynamik_frame(comp, cut, reasons, rated)


def dynamik_index_difference(
    index_t0: pd.Series,
    index_t1: pd.Series,
    cut: float = 1.0,
    options: Options = Options(),
) -> pd.DataFrame:
    """Dynamik from the difference of two favourable-oriented index values."""
    diff = index_t1.astype(float) - index_t0.astype(float)
    reasons = pd.Series("", index=diff.index, dtype=object)
    reasons[diff.isna()] = "Indexwert t0 oder t1 fehlt"
    rated = reasons == ""
    comp = composite(pd.DataFrame({"diff": diff}), [-1], [1.0], rated, options)
    return _dynamik_frame(comp, cut, reasons, rated)


def _dynamik_frame(comp: Composite, cut: float, reasons: pd.Series, rated: pd.Series) -> pd.DataFrame:
    out = pd.DataFrame(index=comp.score.index)
    for col in comp.z.columns:
        out[f"z_{col}"] = comp.z[col]
    out["score"] = comp.score
    out["index"] = comp.favourable
    out["klasse"] = classify_dynamik(comp.favourable, cut)
    out["code"] = label_codes(out["klasse"], DYN_LABELS)
    out["hinweis"] = reasons.where(~rated, None)
    return out


def combined_classes(status: pd.Series, dyn: pd.Series, scheme: str = "oberhausen") -> pd.DataFrame:
    """Combined class ``<Status> & <Dynamik>``, its code and the attention flag.

    Scheme ``oberhausen`` reports Hoch & Positiv as Hoch & Stabil (11 classes),
    ``berlin`` keeps all 12. ``aufmerksam`` is 1 where the status is Niedrig or
    Sehr Niedrig or the Dynamik Negativ, 0 where both are known and neither
    holds, None otherwise.
    """
    if scheme not in SCHEMES:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Unknown scheme: {0}"), scheme)
    bad = set(status.dropna()) - set(STATUS_LABELS)
    if bad:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Unknown status class(es): {0}"),
            ", ".join(sorted(map(str, bad))),
        )

    # the few label pairs are combined once, into a table indexed by status code * stride + Dynamik code
    stride = len(DYN_LABELS) + 1
    table = [(None, None, None)] * (stride * (len(STATUS_LABELS) + 1))
    for s in range(len(STATUS_LABELS) + 1):
        for d in range(len(DYN_LABELS) + 1):
            flag = 1 if s in (3, 4) or d == 3 else (0 if s and d else None)
            shown = 2 if scheme == "oberhausen" and (s, d) == (1, 1) else d
            label = f"{STATUS_LABELS[s - 1]} & {DYN_LABELS[shown - 1]}" if s and d else None
            table[stride * s + d] = (label, 10 * s + shown if s and d else None, flag)
    columns = np.empty((len(table), 3), dtype=object)
    columns[:] = table
    rows = columns[stride * _codes(status, STATUS_LABELS) + _codes(dyn, DYN_LABELS)]
    index = status.index
    return pd.DataFrame(
        {
            "klasse": pd.Series(rows[:, 0], index=index, dtype=object),
            "code": pd.Series(rows[:, 1], index=index, dtype=object),
            "aufmerksam": pd.Series(rows[:, 2], index=index, dtype=object),
        }
    )


def class_legend(scheme: str = "oberhausen") -> list[tuple[int, str]]:
    """Combined classes (code, label) in legend order."""
    items = []
    for s, s_label in enumerate(STATUS_LABELS, 1):
        for d, d_label in enumerate(DYN_LABELS, 1):
            if scheme == "oberhausen" and s == 1 and d == 1:
                continue
            items.append((10 * s + d, f"{s_label} & {d_label}"))
    return items
