"""Offer-gap analysis on numpy/pandas: in-area supply, floating catchment, coverage, gaps.

Per area and offer category: offers and capacity inside the area, the
two-step floating catchment accessibility (2SFCA, Luo and Wang 2003) with
optional distance decay (E2SFCA-style), the share of need within the radius,
the need-weighted mean distance to the nearest offer, a gap flag and a
priority combining gaps with the Sozialindex status. No QGIS import: the
algorithm passes plain coordinates in a metric CRS.

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
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP
from .sozialindex import STATUS_LABELS, MethodError

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
#: Pair candidates handled at once (memory bound of the vectorised search; small
#: enough for the CPU cache: 250,000 was faster than 4 million on 100,000 points).
CHUNK = 250_000
#: Grid cells per radius in the pair search: 2 compares each point with 5 x 5 cells
#: (6.25 R^2), fewer candidates than 3 x 3 cells of size R (9 R^2).
CELLS_PER_RADIUS = 2
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
    text = [None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v).strip() for v in values]
    safe = [field_safe(t) if t else None for t in text]
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
        if v is None or (isinstance(v, float) and math.isnan(v)):
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


# ---------------------------------------------------------------------- point location
def _ragged(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Concatenated ranges start .. start + count - 1 (vectorised)."""
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    keep = counts > 0
    starts, counts = starts[keep], counts[keep]
    shift = starts - np.concatenate(([0], np.cumsum(counts)[:-1]))
    return np.repeat(shift, counts) + np.arange(total)


def locate_points(x: np.ndarray, y: np.ndarray, polygons: Sequence[Sequence[np.ndarray]]) -> np.ndarray:
    """Index of the polygon containing each point (-1 for none; the first polygon wins).

    ``polygons[a]`` is a list of closed rings (k x 2 arrays, exterior and holes of
    all parts). Crossing-number test, vectorised per polygon: the points in its
    bounding box are found in the y-sorted points, and each edge is tested only
    against those in its y-range [ymin, ymax).
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    result = np.full(x.size, -1, dtype=np.int64)
    order = np.argsort(y, kind="stable")
    ys, xs = y[order], x[order]
    for a, rings in enumerate(polygons):
        rings = [np.asarray(r, dtype=float) for r in rings if len(r) >= 3]
        if not rings:
            continue
        x0, y0 = np.concatenate([r[:-1, 0] for r in rings]), np.concatenate([r[:-1, 1] for r in rings])
        x1, y1 = np.concatenate([r[1:, 0] for r in rings]), np.concatenate([r[1:, 1] for r in rings])
        b0, b1 = np.searchsorted(ys, [y0.min(), y0.max()], "left")
        cand = b0 + np.flatnonzero((xs[b0:b1] >= x0.min()) & (xs[b0:b1] <= x0.max()))
        cy, cx = ys[cand], xs[cand]
        lo = np.searchsorted(cy, np.minimum(y0, y1), "left")
        hi = np.searchsorted(cy, np.maximum(y0, y1), "left")
        counts = hi - lo
        pos = _ragged(lo, counts)
        if pos.size == 0:
            continue
        edge = np.repeat(np.arange(x0.size), counts)
        slope = (x1[edge] - x0[edge]) / (y1[edge] - y0[edge])
        crossing = cx[pos] < x0[edge] + (cy[pos] - y0[edge]) * slope
        hit = order[cand[np.bincount(pos[crossing], minlength=cand.size) % 2 == 1]]
        result[hit[result[hit] < 0]] = a
    return result


# ------------------------------------------------------------------------ pair search
@dataclass
class Pairs:
    """Demand-offer pairs within the radius, sorted by demand index."""

    i: np.ndarray  # demand index
    j: np.ndarray  # offer index
    d: np.ndarray  # distance in metres

    def subset(self, mask: np.ndarray) -> Pairs:
        """The pairs where ``mask`` is true (order kept)."""
        return Pairs(self.i[mask], self.j[mask], self.d[mask])


def _empty_pairs() -> Pairs:
    return Pairs(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))


def pairs_within(px: np.ndarray, py: np.ndarray, qx: np.ndarray, qy: np.ndarray, radius: float) -> Pairs:
    """All (i, j) with distance(p_i, q_j) <= radius, without a loop over pairs.

    The q points are binned into a grid of cell size radius / CELLS_PER_RADIUS;
    each p point is compared with the q points of the cells up to
    CELLS_PER_RADIUS cells away (a row of them is one range of the sorted
    grid keys), in chunks of at most ``CHUNK`` candidates. Pairs come sorted by i.
    """
    return pairs_by_group(px, py, qx, qy, radius, np.zeros(len(qx), np.int64), 1)[0]


def pairs_by_group(
    px: np.ndarray,
    py: np.ndarray,
    qx: np.ndarray,
    qy: np.ndarray,
    radius: float,
    group: np.ndarray,
    n_groups: int,
) -> list[Pairs]:
    """:func:`pairs_within` split by the group (0 .. n_groups - 1) of each q, in one grid.

    The same as splitting the pairs of all q points by group (order kept), but
    each group is searched on its own: the grid keys are grouped first.
    """
    px, py = np.asarray(px, dtype=float), np.asarray(py, dtype=float)
    qx, qy = np.asarray(qx, dtype=float), np.asarray(qy, dtype=float)
    if px.size == 0 or qx.size == 0:
        return [_empty_pairs() for _ in range(n_groups)]
    reach = radius + EPS
    k = CELLS_PER_RADIUS
    cell = reach * (1 + 1e-9) / k
    x0, y0 = qx.min(), qy.min()
    qcx = np.floor((qx - x0) / cell).astype(np.int64)
    qcy = np.floor((qy - y0) / cell).astype(np.int64)
    nx, ny = int(qcx.max()) + 1, int(qcy.max()) + 1
    qkey = np.asarray(group, dtype=np.int64) * (nx * ny) + qcy * nx + qcx
    order = np.argsort(qkey, kind="stable")
    sorted_keys = qkey[order]
    qxs, qys = qx[order], qy[order]
    # the 2k + 1 neighbouring cells of a grid row are one range of sorted_keys
    pcx = np.floor((px - x0) / cell).astype(np.int64)[:, None]
    rows = np.floor((py - y0) / cell).astype(np.int64)[:, None] + np.arange(-k, k + 1)[None, :]
    valid = (rows >= 0) & (rows < ny) & (pcx + k >= 0) & (pcx - k < nx)
    row_key = np.clip(rows, 0, ny - 1) * nx  # rows outside the grid have no candidates (valid)
    low = row_key + np.clip(pcx - k, 0, nx - 1)
    high = row_key + np.clip(pcx + k, 0, nx - 1)
    cells = nx * ny
    table = cells * n_groups <= low.size  # where each cell starts: lookups instead of searches
    first = np.searchsorted(sorted_keys, np.arange(cells * n_groups + 1), "left") if table else None
    result = []
    for g in range(n_groups):
        offset = g * cells
        if table:
            start, end = first[low + offset], first[high + offset + 1]
        else:
            start = np.searchsorted(sorted_keys, low + offset, "left")
            end = np.searchsorted(sorted_keys, high + offset, "right")
        counts = np.where(valid, end - start, 0)
        result.append(_candidates(px, py, qxs, qys, order, start, counts, reach))
    return result


def _candidates(
    px: np.ndarray,
    py: np.ndarray,
    qxs: np.ndarray,
    qys: np.ndarray,
    order: np.ndarray,
    start: np.ndarray,
    counts: np.ndarray,
    reach: float,
) -> Pairs:
    """The pairs within ``reach`` among the candidate ranges of each p (rows of start, counts)."""
    per_point = counts.sum(axis=1)
    done = np.concatenate(([0], np.cumsum(per_point)))  # candidates before point k
    parts, a = [], 0
    while a < px.size:  # chunks of about CHUNK candidates, at least one point
        b = max(int(np.searchsorted(done, done[a] + CHUNK, "right")) - 1, a + 1)
        k = _ragged(start[a:b].ravel(), counts[a:b].ravel())
        n = per_point[a:b]
        rep = np.repeat(np.arange(a, b), n)  # the p index of each candidate
        d2 = (px[rep] - qxs[k]) ** 2
        d2 += (py[rep] - qys[k]) ** 2
        keep = np.flatnonzero(d2 <= reach * reach)
        parts.append((rep[keep], order[k[keep]], np.sqrt(d2[keep])))
        a = b
    return Pairs(*(np.concatenate(col) for col in zip(*parts)))


def by_category(pairs: Pairs, category: np.ndarray, n_categories: int) -> list[Pairs]:
    """The pairs split by the category of their offer (each part still sorted by demand)."""
    key = category[pairs.j].astype(np.int16)  # at most MAX_CATEGORIES
    order = np.argsort(key, kind="stable")
    bounds = np.searchsorted(key[order], np.arange(n_categories + 1))
    i, j, d = pairs.i[order], pairs.j[order], pairs.d[order]
    return [Pairs(i[a:b], j[a:b], d[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]


def _segment_best(pairs: Pairs, n: int) -> np.ndarray:
    """Per demand index: smallest distance (inf if none)."""
    best = np.full(n, np.inf)
    if pairs.i.size:
        starts = np.flatnonzero(np.concatenate(([True], pairs.i[1:] != pairs.i[:-1])))
        best[pairs.i[starts]] = np.minimum.reduceat(pairs.d, starts)
    return best


def _segment_min(pairs: Pairs, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per demand index: smallest distance (inf if none) and its offer index (-1)."""
    best = np.full(n, np.inf)
    arg = np.full(n, -1, dtype=np.int64)
    if pairs.i.size == 0:
        return best, arg
    new = np.concatenate(([True], pairs.i[1:] != pairs.i[:-1]))
    starts = np.flatnonzero(new)
    mins = np.minimum.reduceat(pairs.d, starts)
    segment = np.cumsum(new) - 1
    at_min = np.flatnonzero(pairs.d == mins[segment])  # in segment order
    seg = segment[at_min]
    first = at_min[np.concatenate(([True], seg[1:] != seg[:-1]))]  # first minimum per segment
    best[pairs.i[starts]] = mins
    arg[pairs.i[first]] = pairs.j[first]
    return best, arg


def nearest(
    px: np.ndarray, py: np.ndarray, qx: np.ndarray, qy: np.ndarray, radius: float
) -> tuple[np.ndarray, np.ndarray]:
    """Distance to and index of the nearest q for every p (inf and -1 when q is empty).

    Searches within ``radius``, then four times the radius for the points still
    without a neighbour, and so on until all are found.
    """
    px, py = np.asarray(px, dtype=float), np.asarray(py, dtype=float)
    best = np.full(px.size, np.inf)
    arg = np.full(px.size, -1, dtype=np.int64)
    if px.size == 0 or len(qx) == 0:
        return best, arg
    todo = np.arange(px.size)
    r = max(float(radius), 1.0)
    while todo.size:
        d, j = _segment_min(pairs_within(px[todo], py[todo], qx, qy, r), todo.size)
        found = j >= 0
        best[todo[found]], arg[todo[found]] = d[found], j[found]
        todo = todo[~found]
        r *= 4.0
    return best, arg


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
    need: np.ndarray, capacity: np.ndarray, pairs: Pairs, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """2SFCA / E2SFCA: accessibility per demand point (capacity per unit need) and R_j per offer."""
    capacity = np.asarray(capacity, dtype=float)
    need = np.asarray(need, dtype=float)
    weighted = np.bincount(pairs.j, weights=need[pairs.i] * weights, minlength=capacity.size)
    ratio = np.divide(capacity, weighted, out=np.zeros(capacity.size), where=weighted > 0)
    access = np.bincount(pairs.i, weights=ratio[pairs.j] * weights, minlength=need.size)
    return access, ratio


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
    """Demand-offer distances: pairs within the radius per category, nearest offer per category."""

    pairs: list[Pairs]  # one per category, each sorted by demand index
    nearest: np.ndarray  # (n_demand, n_categories), inf where no offer is reachable


@dataclass
class GapResult:
    """Per-area figures and what the algorithm reports."""

    table: pd.DataFrame  # columns og_<c>_<measure>, og_luecken, og_prioritaet
    city: np.ndarray  # city-wide capacity per 1,000 need, per category
    access: np.ndarray  # (n_demand, C) capacity per unit need at each demand point
    unreachable: np.ndarray  # per category: need-carrying demand points with no offer at all


def euclidean_distances(demand: Points, offers: Points, n_categories: int, radius: float) -> Distances:
    """Straight-line pairs within the radius and the nearest offer of each category.

    The nearest offer is searched only for demand points with need > 0 (others
    get inf); points without an offer within the radius search farther.
    """
    parts = pairs_by_group(demand.x, demand.y, offers.x, offers.y, radius, offers.category, n_categories)
    near = np.full((demand.x.size, n_categories), np.inf)
    for c, pairs in enumerate(parts):
        near[:, c] = _segment_best(pairs, demand.x.size)
        todo = np.flatnonzero(np.isinf(near[:, c]) & (demand.value > 0))
        in_c = offers.category == c
        if todo.size and in_c.any():
            near[todo, c], _ = nearest(
                demand.x[todo], demand.y[todo], offers.x[in_c], offers.y[in_c], 4.0 * radius
            )
    return Distances(parts, near)


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


def _weighted_mean(values: np.ndarray, weights: np.ndarray, area: np.ndarray, n: int) -> np.ndarray:
    """Per area sum(w * v) / sum(w) over finite values (NaN where the weight sum is 0)."""
    ok = np.isfinite(values) & (area >= 0) & (weights > 0)
    num = np.bincount(area[ok], weights=weights[ok] * values[ok], minlength=n)
    den = np.bincount(area[ok], weights=weights[ok], minlength=n)
    return np.divide(num, den, out=np.full(n, np.nan), where=den > 0)


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
    n_areas, n_cat = len(area_need), len(categories)
    area_need = np.asarray(area_need, dtype=float)
    total_need = float(np.nansum(area_need))
    if total_need <= 0:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "The need is 0 or NULL in every area."))
    if distances is None:
        distances = euclidean_distances(demand, offers, n_cat, radius)
    has_need = area_need > 0
    columns: dict[str, np.ndarray] = {}
    access = np.zeros((demand.x.size, n_cat))
    city = np.zeros(n_cat)
    unreachable = np.zeros(n_cat, dtype=np.int64)
    gaps = np.zeros(n_areas, dtype=np.int64)
    inside = offers.area >= 0
    for c, name in enumerate(categories):
        in_c = offers.category == c
        sub = distances.pairs[c]
        access[:, c], _ = floating_catchment(
            demand.value, offers.value, sub, decay_weights(sub.d, radius, decay)
        )
        covered = np.zeros(demand.x.size)
        covered[sub.i] = 1.0
        near = distances.nearest[:, c]
        unreachable[c] = int(np.sum(np.isinf(near) & (demand.value > 0)))
        n_in = np.bincount(offers.area[in_c & inside], minlength=n_areas)
        kap = np.bincount(offers.area[in_c & inside], weights=offers.value[in_c & inside], minlength=n_areas)
        city[c] = offers.value[in_c].sum() / total_need * 1000.0
        zugang = _weighted_mean(access[:, c], demand.value, demand.area, n_areas) * 1000.0
        zugang = np.where(has_need, np.nan_to_num(zugang), np.nan)
        luecke = has_need & (np.round(zugang, GAP_DECIMALS) < np.round(gap_ratio * city[c], GAP_DECIMALS))
        gaps += luecke
        per_need = {
            "je1000": np.divide(kap * 1000.0, area_need, out=np.full(n_areas, np.nan), where=has_need),
            "zugang": zugang,
            "dist": _weighted_mean(near, demand.value, demand.area, n_areas),
            "abdeckung": _weighted_mean(covered, demand.value, demand.area, n_areas),
        }
        values = {"n": n_in, "kap": kap, **per_need, "luecke": luecke.astype(np.int64)}
        for m in MEASURES:
            v = values[m]
            columns[f"og_{name}_{m}"] = np.where(has_need, v, np.nan) if m in per_need else v
    table = pd.DataFrame(columns)
    table["og_luecken"] = gaps
    table["og_prioritaet"] = priority(gaps, area_status)
    return GapResult(table=table, city=city, access=access, unreachable=unreachable)


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
