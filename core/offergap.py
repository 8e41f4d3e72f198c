"""Offer-gap analysis on numpy/pandas: in-area supply, floating catchment, coverage, gaps.

Per area and offer category: offers and capacity inside the area, the
two-step floating catchment accessibility (2SFCA, Luo and Wang 2003) with
optional distance decay (E2SFCA-style), the share of need within the radius,
the need-weighted mean distance to the nearest offer, a gap flag and a
priority combining gaps with the Sozialindex status. No QGIS import: the
algorithm reads the layers into :class:`OffergapInputs` (plain coordinates in a
metric CRS) and :func:`analyse` does the rest in one call; street-network
distances come in as a function (``network_distance``).

Distance decay inside the radius R (distance d <= R, zero beyond):

* ``none`` (2SFCA): w = 1
* ``linear``: w = 1 - d / R
* ``gaussian`` (Dai 2010): w = (exp(-d^2 / (2 R^2)) - exp(-1/2)) / (1 - exp(-1/2))

All three are 1 at d = 0; the decays reach 0 at d = R. The weights enter both
steps, as in Luo and Qi (2009) and PySAL ``access``:

    R_j = S_j / sum_k(P_k w(d_kj))        (offer j, capacity S_j; demand k, need P_k)
    A_i = sum_j(R_j w(d_ij))              (capacity per person at demand i)

Offers whose weighted catchment holds no need get R_j = 0. Then
sum_i(P_i A_i) equals the capacity of the offers that reach any need.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP
from .sozialindex import STATUS_LABELS
from .spatial import Pairs, locate_points, nearest, pairs_within
from .threads import gather
from .values import MethodError, is_missing

DECAYS = ("none", "linear", "gaussian")
#: Output measures per category, in field order: og_<c>_<measure>.
MEASURES = ("n", "kap", "je1000", "zugang", "dist", "abdeckung", "luecke")
PRIORITIES = ("hoch", "mittel", "niedrig")
#: Category name used when there is no category field.
ALL = "alle"
#: More categories than this are an error (a name or id field chosen by mistake).
MAX_CATEGORIES = 100
#: Distances up to RADIUS + EPS metres count as inside (floating point of coordinates).
EPS = 1e-6
#: Values compared with the gap threshold are rounded to this many decimals.
GAP_DECIMALS = 9
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_GAUSS_EDGE = math.exp(-0.5)


# ----------------------------------------------------------------------------- inputs
def field_safe(value: object) -> str:
    """Category value as a field-name part: lower case ASCII, umlauts spelled out, others '_'.

    ``"Stadtteilbüro"`` -> ``stadtteilbuero``, ``"Beratung / Hilfe"`` -> ``beratung_hilfe``.
    Runs of other characters become one ``_``; leading and trailing ``_`` are dropped.
    """
    text = str(value).strip().lower().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "kategorie"


def encode_categories(
    values: Sequence[object],
) -> tuple[np.ndarray, list[str], list[str], dict[str, list[str]]]:
    """Category code per offer (-1 for NULL or empty), field-safe names, labels and merged values.

    Categories are sorted by their field-safe name; values that give the same
    name (``Kita``, ``KITA``) are one category, labelled by the first value in
    sorted order; ``merged`` lists such names with all their values.
    """
    text = [None if is_missing(v) else str(v).strip() for v in values]
    safe_of = {t: field_safe(t) for t in set(text) if t}  # once per distinct value
    safe = [safe_of[t] if t else None for t in text]
    names = sorted({s for s in safe if s})
    if len(names) > MAX_CATEGORIES:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError", "CATEGORY_FIELD has {0} different values; at most {1} categories are possible."
            ),
            len(names),
            MAX_CATEGORIES,
        )
    code_of = {n: k for k, n in enumerate(names)}
    raw: dict[str, set[str]] = {n: set() for n in names}
    for t, s in zip(text, safe):
        if s:
            raw[s].add(t)
    labels = [sorted(raw[n])[0] for n in names]
    merged = {n: sorted(raw[n]) for n in names if len(raw[n]) > 1}
    codes = np.array([code_of[s] if s else -1 for s in safe], dtype=np.int64)
    return codes, names, labels, merged


def check_settings(radius: float, gap_ratio: float, decay: str) -> None:
    """RADIUS > 0, GAP_RATIO >= 0 and a known decay."""
    if not radius > 0:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "RADIUS must be greater than 0, not {0}."), radius)
    if not gap_ratio >= 0:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "GAP_RATIO must be 0 or more, not {0}."), gap_ratio
        )
    if decay not in DECAYS:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "Unknown decay: {0}"), decay)


def status_codes(values: Sequence[object]) -> np.ndarray:
    """Status labels (Hoch .. Sehr Niedrig, any case) or codes 1..4 -> 1..4; NULL -> 0 (unknown).

    ``nicht bewertet`` and empty text are unknown too; other values are an error.
    """
    lookup = {label.lower(): k for k, label in enumerate(STATUS_LABELS, 1)}
    lookup.update({str(k): k for k in range(1, 5)})
    lookup.update({"": 0, "nicht bewertet": 0})
    out, bad = [], []
    for v in values:
        if is_missing(v):
            out.append(0)
            continue
        key = str(int(v)) if isinstance(v, (int, float)) and float(v).is_integer() else str(v)
        code = lookup.get(" ".join(key.lower().split()))
        if code is None:
            bad.append(str(v))
            code = 0
        out.append(code)
    if bad:
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Unknown status class(es): {0}"),
            ", ".join(sorted(set(bad))[:5]),
        )
    return np.array(out, dtype=np.int64)


def check_non_negative(values: np.ndarray, ids: Sequence[object], field: str) -> None:
    """Raise naming the first negative value and its feature."""
    bad = np.flatnonzero(np.asarray(values, dtype=float) < 0)
    if bad.size:
        k = int(bad[0])
        raise MethodError(
            QT_TRANSLATE_NOOP("MethodError", "Field '{0}': value {1} of feature {2} is negative."),
            field,
            f"{values[k]:g}",
            ids[k],
        )


def fill_capacity(
    capacity: np.ndarray, category: np.ndarray
) -> tuple[np.ndarray, dict[int, tuple[float, int]]]:
    """NULL (NaN) capacities -> median of the known capacities of the same category (1 if none).

    Returns the filled capacities and, per category with NULLs, the value used and how often.
    """
    capacity = np.asarray(capacity, dtype=float).copy()
    missing = np.isnan(capacity)
    used: dict[int, tuple[float, int]] = {}
    for c in np.unique(category[missing]):
        mask = category == c
        known = capacity[mask & ~missing]
        value = float(np.median(known)) if known.size else 1.0
        capacity[mask & missing] = value
        used[int(c)] = (value, int(np.sum(mask & missing)))
    return capacity, used


def distribute_need(
    area_need: np.ndarray, demand_area: np.ndarray, demand_weight: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each area's need spread over its demand points in proportion to their weights.

    need_i = NEED_a * D_i / sum(D_k, k in a). Points outside all areas and areas
    with unknown need give 0. Returns the point needs and a mask of the areas
    with need > 0 whose points weigh 0 in all (the caller places their need elsewhere).
    """
    n_areas = len(area_need)
    inside = demand_area >= 0
    weight = np.where(inside, np.nan_to_num(demand_weight), 0.0)
    totals = np.bincount(demand_area[inside], weights=weight[inside], minlength=n_areas)
    need = np.nan_to_num(area_need)
    factor = np.divide(need, totals, out=np.zeros(n_areas), where=totals > 0)
    point_need = np.where(inside, weight * factor[np.where(inside, demand_area, 0)], 0.0)
    return point_need, (need > 0) & (totals <= 0)


# ------------------------------------------------------------------------ distances
def decay_weights(d: np.ndarray, radius: float, decay: str) -> np.ndarray:
    """Weight of each distance (module docstring); 0 beyond the radius."""
    check_settings(radius, 0.0, decay)
    d = np.asarray(d, dtype=float)
    if decay == "none":
        w = np.ones_like(d)
    elif decay == "linear":
        w = 1.0 - d / radius
    else:
        w = (np.exp(-0.5 * (d / radius) ** 2) - _GAUSS_EDGE) / (1.0 - _GAUSS_EDGE)
    return np.where(d <= radius + EPS, np.clip(w, 0.0, 1.0), 0.0)


def floating_catchment(
    need: np.ndarray, capacity: np.ndarray, pairs: Pairs, weights: Optional[np.ndarray] = None
) -> tuple[np.ndarray, np.ndarray]:
    """2SFCA / E2SFCA: accessibility per demand point and offer group (capacity per unit need;
    n_demand x pairs.groups) and R_j per offer.

    ``weights`` per pair (:func:`decay_weights`); None: 1 for every pair (plain 2SFCA). Each
    offer only reaches the slots of its own group, so the groups do not mix.
    """
    capacity = np.asarray(capacity, dtype=float)
    need = np.asarray(need, dtype=float)
    slot_need = need if pairs.groups == 1 else np.repeat(need, pairs.groups)
    pair_need = gather(slot_need, pairs.slot)
    if weights is not None:
        pair_need *= weights
    weighted = np.bincount(pairs.j, weights=pair_need, minlength=capacity.size)
    ratio = np.divide(capacity, weighted, out=np.zeros(capacity.size), where=weighted > 0)
    pair_ratio = gather(ratio, pairs.j, out=pair_need)  # the memory of pair_need, now free
    if weights is not None:
        pair_ratio *= weights
    access = np.bincount(pairs.slot, weights=pair_ratio, minlength=slot_need.size)
    return access.reshape(need.size, pairs.groups), ratio


def pair_weights(pairs: Pairs, radius: float, decay: str) -> Optional[np.ndarray]:
    """:func:`decay_weights` of the pairs, or None when all are 1 (no decay, all within the radius;
    pairs without distances are all within)."""
    if decay == "none" and (pairs.d is None or pairs.d.size == 0 or pairs.d.max() <= radius + EPS):
        return None
    return decay_weights(pairs.d, radius, decay)


# ---------------------------------------------------------------------------- analysis
@dataclass
class Points:
    """Demand points (value = need) or offers (value = capacity) in a metric CRS."""

    x: np.ndarray
    y: np.ndarray
    value: np.ndarray
    area: np.ndarray  # index of the containing area, -1 outside all areas
    category: Optional[np.ndarray] = None  # offers: category index 0..C-1


@dataclass
class Distances:
    """Demand-offer distances: the pairs within the radius, slotted by category (with their nearest
    distance per demand point and category, inf for none), and the nearest offer per category at
    any distance."""

    pairs: Pairs  # sorted by demand index; groups = categories
    nearest: np.ndarray  # (n_demand, n_categories), inf where no offer is reachable


@dataclass
class GapResult:
    """Per-area figures and what the algorithm reports."""

    table: pd.DataFrame  # columns og_<c>_<measure>, og_luecken, og_prioritaet
    city: np.ndarray  # city-wide capacity per 1,000 need, per category
    access: np.ndarray  # (n_demand, C) capacity per unit need at each demand point
    unreachable: np.ndarray  # per category: need-carrying demand points with no offer at all


def euclidean_distances(
    demand: Points, offers: Points, n_categories: int, radius: float, distances: bool = True
) -> Distances:
    """Straight-line pairs within the radius (with their distances if ``distances``) and the
    nearest offer of each category.

    The nearest offer is searched only for demand points with need > 0 (others
    get inf); points without an offer within the radius search farther.
    """
    pairs = pairs_within(
        demand.x, demand.y, offers.x, offers.y, radius, EPS, offers.category, n_categories, distances
    )

    near = pairs.nearest.copy()
    for c in range(n_categories):  # few points as a rule: threads cost more than they gain
        todo = np.flatnonzero(np.isinf(near[:, c]) & (demand.value > 0))
        in_c = offers.category == c
        if todo.size and in_c.any():
            near[todo, c], _ = nearest(
                demand.x[todo], demand.y[todo], offers.x[in_c], offers.y[in_c], 4.0 * radius, EPS
            )
    return Distances(pairs, near)


def priority(gaps: np.ndarray, status: np.ndarray) -> np.ndarray:
    """Priority per area from its number of gaps and status code (0 unknown, 1 Hoch .. 4 Sehr Niedrig).

    hoch: a gap in a Niedrig or Sehr Niedrig area; mittel: a gap in a Mittel area or
    one of unknown status; niedrig: no gap, or gaps in a Hoch area.
    """
    out = np.full(len(gaps), "niedrig", dtype=object)
    has = np.asarray(gaps) > 0
    status = np.asarray(status)
    out[has & np.isin(status, (0, 2))] = "mittel"
    out[has & np.isin(status, (3, 4))] = "hoch"
    return out


def _weighted_means(
    tables: Sequence[np.ndarray], weights: np.ndarray, area: np.ndarray, n: int
) -> list[np.ndarray]:
    """Per table (points x columns): per area and column sum(w * v) / sum(w) over the finite
    values (NaN where the weight sum is 0); areas x columns."""
    rows = (area >= 0) & (weights > 0)
    if not rows.all():
        tables, weights, area = [table[rows] for table in tables], weights[rows], area[rows]
    every = np.bincount(area, weights=weights, minlength=n)  # the weight sum of finite columns
    result = []
    for table in tables:
        means = np.empty((n, table.shape[1]))
        for c, values in enumerate(table.T):
            finite = np.isfinite(values)
            if finite.all():
                num, den = np.bincount(area, weights=weights * values, minlength=n), every
            else:  # the other values add 0 (exactly what leaving them out gives)
                num = np.bincount(area, weights=weights * np.where(finite, values, 0.0), minlength=n)
                den = np.bincount(area, weights=weights * finite, minlength=n)
            means[:, c] = np.divide(num, den, out=np.full(n, np.nan), where=den > 0)
        result.append(means)
    return result


def offer_gaps(
    area_need: np.ndarray,
    area_status: np.ndarray,
    demand: Points,
    offers: Points,
    categories: Sequence[str],
    radius: float,
    decay: str = "none",
    gap_ratio: float = 0.5,
    distances: Optional[Distances] = None,
) -> GapResult:
    """Offer-gap figures per area and category (field names og_<category>_<measure>).

    ``area_need`` is NaN where unknown; such areas and areas with need 0 get
    NULL per-need figures and no gap. ``demand.value`` is the need at each
    demand point (it should add up to the area needs). ``distances`` defaults
    to straight lines (:func:`euclidean_distances`).
    """
    check_settings(radius, gap_ratio, decay)
    n_cat = len(categories)
    area_need = np.asarray(area_need, dtype=float)
    total_need = float(np.nansum(area_need))
    if total_need <= 0:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "The need is 0 or NULL in every area."))
    if distances is None:
        distances = euclidean_distances(demand, offers, n_cat, radius, decay != "none")
    pairs = distances.pairs
    access, _ = floating_catchment(demand.value, offers.value, pairs, pair_weights(pairs, radius, decay))
    covered = np.isfinite(pairs.nearest).astype(float)  # an offer within the radius
    zugang, dist, abdeckung = _weighted_means(
        [access, distances.nearest, covered], demand.value, demand.area, len(area_need)
    )
    city = np.array([offers.value[offers.category == c].sum() for c in range(n_cat)]) / total_need * 1000.0
    unreachable = (np.isinf(distances.nearest) & (demand.value > 0)[:, None]).sum(axis=0)
    columns: dict[str, np.ndarray] = {}
    gaps = np.zeros(len(area_need), dtype=np.int64)
    for c in range(n_cat):
        means = {"zugang": zugang[:, c] * 1000.0, "dist": dist[:, c], "abdeckung": abdeckung[:, c]}
        values = _measures(c, area_need, offers, means, gap_ratio * city[c])
        gaps += values["luecke"]
        columns.update({f"og_{categories[c]}_{m}": values[m] for m in MEASURES})
    table = pd.DataFrame(columns)
    table["og_luecken"] = gaps
    table["og_prioritaet"] = priority(gaps, area_status)
    return GapResult(table=table, city=city, access=access, unreachable=unreachable)


def _measures(
    c: int, area_need: np.ndarray, offers: Points, means: dict[str, np.ndarray], threshold: float
) -> dict[str, np.ndarray]:
    """The MEASURES of category ``c`` per area from the need-weighted means of its demand points
    (zugang per 1,000, dist, abdeckung); the per-need ones are NULL where the need is not > 0.

    A gap (``luecke``) where the accessibility is below ``threshold`` per 1,000.
    """
    n_areas = len(area_need)
    has_need = area_need > 0
    mine = (offers.category == c) & (offers.area >= 0)
    kap = np.bincount(offers.area[mine], weights=offers.value[mine], minlength=n_areas)
    zugang = np.where(has_need, np.nan_to_num(means["zugang"]), np.nan)
    luecke = has_need & (np.round(zugang, GAP_DECIMALS) < np.round(threshold, GAP_DECIMALS))
    per_need = {
        "je1000": np.divide(kap * 1000.0, area_need, out=np.full(n_areas, np.nan), where=has_need),
        "zugang": zugang,
        "dist": means["dist"],
        "abdeckung": means["abdeckung"],
    }
    return {
        "n": np.bincount(offers.area[mine], minlength=n_areas),
        "kap": kap,
        **{m: np.where(has_need, v, np.nan) for m, v in per_need.items()},
        "luecke": luecke.astype(np.int64),
    }


def long_table(
    ids: Sequence[object], result: GapResult, categories: Sequence[str], labels: Sequence[str]
) -> pd.DataFrame:
    """The per-category figures in long form, one row per area, category and measure.

    Columns: id, kategorie (the category value), kennzahl (measure), feld (output field), wert.
    """
    fields = [f"og_{name}_{m}" for name in categories for m in MEASURES]
    n_areas, per_area = len(ids), len(fields)
    return pd.DataFrame(
        {
            "id": np.repeat(np.array(list(ids), dtype=object), per_area),
            "kategorie": np.tile(np.repeat(np.array(list(labels), dtype=object), len(MEASURES)), n_areas),
            "kennzahl": np.tile(np.array(MEASURES, dtype=object), len(categories) * n_areas),
            "feld": np.tile(np.array(fields, dtype=object), n_areas),
            "wert": result.table[fields].to_numpy(dtype=float).ravel(),
        }
    )


# ------------------------------------------------------------------------- one run
#: Messages of a run, translated in the context of the algorithm that shows them.
NO_NEED = QT_TRANSLATE_NOOP("OffergapAlgorithm", "{0} areas have no need (NULL in '{1}'): no per-need figures, no gap.")  # fmt: skip
MERGED = QT_TRANSLATE_NOOP("OffergapAlgorithm", "Categories {0} are one category '{1}'.")
UNCATEGORISED = QT_TRANSLATE_NOOP("OffergapAlgorithm", "{0} offers without a category ('{1}' is NULL or empty) are left out.")  # fmt: skip
NULL_CAPACITY = QT_TRANSLATE_NOOP("OffergapAlgorithm", "'{0}': {1} offers with NULL capacity get the median capacity {2:g} of the category.")  # fmt: skip
NULL_WEIGHT = QT_TRANSLATE_NOOP("OffergapAlgorithm", "{0} demand locations with NULL in '{1}' count 0.")
OUTSIDE = QT_TRANSLATE_NOOP("OffergapAlgorithm", "{0} demand locations lie in no area and are left out.")
CENTRE_FALLBACK = QT_TRANSLATE_NOOP("OffergapAlgorithm", "{0} areas with need have no demand location (e.g. {1}); their centre carries the need.")  # fmt: skip
SNAPPED = QT_TRANSLATE_NOOP("OffergapAlgorithm", "Network: demand snapped to the nearest node, at most {0:.0f} m away.")  # fmt: skip
UNREACHABLE = QT_TRANSLATE_NOOP("OffergapAlgorithm", "{0} demand locations reach no offer of '{1}' on the network; og_{2}_dist leaves them out.")  # fmt: skip
NO_CATEGORY = QT_TRANSLATE_NOOP("MethodError", "No offer has a category in '{0}'.")


@dataclass(frozen=True)
class Settings:
    """Field names (named in messages) and method settings of one run."""

    id_field: str
    need_field: str
    status_field: str = ""
    category_field: str = ""
    capacity_field: str = ""
    demand_field: str = ""
    radius: float = 1000.0
    decay: str = "none"
    gap_ratio: float = 0.5

    def check(self) -> None:
        """RADIUS > 0, GAP_RATIO >= 0 and a known decay (MethodError otherwise)."""
        check_settings(self.radius, self.gap_ratio, self.decay)


@dataclass
class PointLayer:
    """Points of a layer in the metric CRS, with their feature ids (named in messages)."""

    ids: Sequence[object]
    x: np.ndarray
    y: np.ndarray
    value: Optional[np.ndarray] = None  # capacity or demand weight, NaN for NULL; None: 1 each
    category: Optional[Sequence[object]] = None  # offers: category values; None: one category 'alle'


@dataclass
class OffergapInputs:
    """Everything a run needs, read from the layers (plain values and arrays)."""

    settings: Settings
    area_ids: Sequence[object]  # id per area
    need: np.ndarray  # need per area, NaN where unknown
    status: Optional[Sequence[object]]  # status label or code per area; None: no status field
    polygons: Sequence[Sequence[np.ndarray]]  # per area its closed rings (k x 2), metric CRS
    anchors: np.ndarray  # (n_areas, 2): a point on the surface of each area
    offers: PointLayer
    demand: Optional[PointLayer] = None  # None: the area anchors carry the need


@dataclass(frozen=True)
class Note:
    """A message of the run: English template (context OffergapAlgorithm) and its arguments."""

    warning: bool
    template: str
    args: tuple


@dataclass
class OffergapResult:
    """What a run writes and reports: the per-area figures and their long form."""

    gaps: GapResult  # gaps.table: one row per area in input order
    names: list[str]  # field-safe category names (og_<name>_<measure>)
    labels: list[str]  # category values as shown
    long: pd.DataFrame  # long_table of the figures
    notes: list[Note]


#: ``network_distance(demand, offers, n_categories, radius, straight_pairs) -> (Distances, largest
#: snapping leg in m)``: distances on a street network instead of straight lines.
NetworkDistance = Callable[[Points, Points, int, float, Pairs], tuple[Distances, float]]


class _Log:
    """Collects the notes of a run and passes each on as it arises."""

    def __init__(self, callback: Optional[Callable[[Note], None]]) -> None:
        self.notes: list[Note] = []
        self.callback = callback

    def __call__(self, warning: bool, template: str, *args: object) -> None:
        note = Note(warning, template, args)
        self.notes.append(note)
        if self.callback is not None:
            self.callback(note)


def analyse(
    inputs: OffergapInputs,
    network_distance: Optional[NetworkDistance] = None,
    progress: Optional[Callable[[float], None]] = None,
    note: Optional[Callable[[Note], None]] = None,
) -> OffergapResult:
    """The offer-gap analysis of one run: checks, offers and demand points, distances, figures.

    Distances are straight lines unless ``network_distance`` is given (called
    with the straight-line pairs, which bound the network pairs). ``progress``
    gets the share done (0.8 once the distances are known, 1 at the end);
    ``note`` gets each message as it arises (all are in the result too).
    Raises MethodError for input the method cannot work with.
    """
    s = inputs.settings
    s.check()
    log = _Log(note)
    need, status = _area_values(inputs, log)
    offers, names, labels = _offer_points(inputs, log)
    demand = _demand_points(inputs, need, log)
    distances = None
    if network_distance is not None:
        straight = pairs_within(demand.x, demand.y, offers.x, offers.y, s.radius, EPS)
        distances, leg = network_distance(demand, offers, len(names), s.radius, straight)
        log(False, SNAPPED, leg)
    if progress is not None:
        progress(0.8)
    gaps = offer_gaps(need, status, demand, offers, names, s.radius, s.decay, s.gap_ratio, distances)
    for name, label, n in zip(names, labels, gaps.unreachable):
        if n:
            log(True, UNREACHABLE, n, label, name)
    if progress is not None:
        progress(1.0)
    return OffergapResult(gaps, names, labels, long_table(inputs.area_ids, gaps, names, labels), log.notes)


def _area_values(inputs: OffergapInputs, log: _Log) -> tuple[np.ndarray, np.ndarray]:
    """Need (negative: error; NULL: noted) and status code per area."""
    need = np.asarray(inputs.need, dtype=float)
    check_non_negative(need, inputs.area_ids, inputs.settings.need_field)
    unknown = int(np.isnan(need).sum())
    if unknown:
        log(True, NO_NEED, unknown, inputs.settings.need_field)
    if inputs.status is None:
        return need, np.zeros(len(need), np.int64)
    return need, status_codes(inputs.status)


def _offer_points(inputs: OffergapInputs, log: _Log) -> tuple[Points, list[str], list[str]]:
    """Offers with a category: category codes, capacity (NULL: category median) and area."""
    s, layer = inputs.settings, inputs.offers
    if layer.category is None:
        codes, names, labels = np.zeros(len(layer.ids), np.int64), [ALL], [ALL]
    else:
        codes, names, labels, merged = encode_categories(layer.category)
        for name, raw in merged.items():
            log(True, MERGED, ", ".join(f"'{r}'" for r in raw), name)
        dropped = int((codes < 0).sum())
        if dropped:
            log(True, UNCATEGORISED, dropped, s.category_field)
        if not names:
            raise MethodError(NO_CATEGORY, s.category_field)
    kept = codes >= 0
    capacity = np.ones(len(layer.ids))
    if layer.value is not None:
        capacity = np.array(layer.value, dtype=float)
        check_non_negative(capacity, layer.ids, s.capacity_field)
        capacity[kept], used = fill_capacity(capacity[kept], codes[kept])
        for code, (value, n) in used.items():
            log(True, NULL_CAPACITY, labels[code], n, value)
    x, y = np.asarray(layer.x, dtype=float)[kept], np.asarray(layer.y, dtype=float)[kept]
    return Points(x, y, capacity[kept], locate_points(x, y, inputs.polygons), codes[kept]), names, labels


def _demand_points(inputs: OffergapInputs, need: np.ndarray, log: _Log) -> Points:
    """Demand points carrying the area needs (the area anchors without a demand layer)."""
    known = np.nan_to_num(need)
    area_index = np.arange(len(need))
    anchors, layer = np.asarray(inputs.anchors, dtype=float).reshape(-1, 2), inputs.demand
    if layer is None:
        return Points(anchors[:, 0], anchors[:, 1], known, area_index)
    field = inputs.settings.demand_field
    weight = np.ones(len(layer.ids)) if layer.value is None else np.asarray(layer.value, dtype=float)
    check_non_negative(weight, layer.ids, field)
    nulls = int(np.isnan(weight).sum())
    if nulls:
        log(True, NULL_WEIGHT, nulls, field)
    x, y = np.asarray(layer.x, dtype=float), np.asarray(layer.y, dtype=float)
    area = locate_points(x, y, inputs.polygons)
    outside = int((area < 0).sum())
    if outside:
        log(True, OUTSIDE, outside)
    point_need, fallback = distribute_need(need, area, weight)
    extra = np.flatnonzero(fallback)
    if extra.size:
        log(True, CENTRE_FALLBACK, extra.size, ", ".join(str(inputs.area_ids[k]) for k in extra[:5]))
    keep = area >= 0
    return Points(
        np.concatenate([x[keep], anchors[extra, 0]]),
        np.concatenate([y[keep], anchors[extra, 1]]),
        np.concatenate([point_need[keep], known[extra]]),
        np.concatenate([area[keep], area_index[extra]]),
    )
