"""Spatial helpers on plain coordinates (no QGIS import): the metric CRS rule, pairs of
points within a radius, nearest neighbours and point in polygon.

Distances are measured in the data's CRS only when it is projected in metres
and not Mercator-like (Mercator stretches lengths by 1/cos(latitude), 1.61 at
51.5° N); geographic and Mercator-like CRSs go to the UTM zone of the data.

The pair search bins one point set into a grid (cells of radius /
CELLS_PER_RADIUS) and compares each point of the other set with the points of
the neighbouring cells; the candidates of a grid row are one range of the sorted
cell keys, so everything runs vectorised on ragged ranges (:func:`ragged`). Blocks
of BLOCK points run on parallel threads (:mod:`.threads`); the pairs and their
order are the same as on one thread. A search by groups of the second set (offer
categories) is one search: the pairs carry a slot per point and group, and the
nearest distance per point and group is kept on the way.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from .threads import map_ordered

#: Mercator-like CRSs by authority id (also any CRS whose projection is merc/webmerc).
MERCATOR_IDS = frozenset(("EPSG:3857", "EPSG:900913", "EPSG:3395", "EPSG:3785", "EPSG:102100", "ESRI:102100"))
MERCATOR_PROJECTIONS = frozenset(("merc", "webmerc"))
#: Pair candidates handled at once (memory bound of the vectorised search; 128,000
#: was as fast as 64,000 on one thread and the fastest on two, 4 million the slowest).
CHUNK = 128_000
#: Grid cells per radius in the pair search: 2 compares each point with 5 x 5 cells
#: (6.25 R^2), fewer candidates than 3 x 3 cells of size R (9 R^2).
CELLS_PER_RADIUS = 2
#: Points per task of the pair search (tasks run on parallel threads, :mod:`.threads`).
BLOCK = 8192
#: ufunc.at runs vectorised from numpy 1.25 on (np.minimum.at); before, sorting is faster.
FAST_AT = np.lib.NumpyVersion(np.__version__) >= "1.25.0"


# ------------------------------------------------------------------------ metric CRS
def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 UTM zone at a point (326zz north, 327zz south; zone clamped to 1..60)."""
    zone = min(max(int(math.floor((lon + 180.0) / 6.0)) + 1, 1), 60)
    return (32600 if lat >= 0 else 32700) + zone


def is_mercator(authid: str, projection: str) -> bool:
    """Whether a CRS (authority id, PROJ projection acronym) is Mercator-like."""
    return authid.upper() in MERCATOR_IDS or projection.lower() in MERCATOR_PROJECTIONS


def needs_utm(geographic: bool, metres: bool, authid: str, projection: str) -> bool:
    """Whether distances must be measured in a UTM zone instead of the CRS itself."""
    return geographic or not metres or is_mercator(authid, projection)


# --------------------------------------------------------------------- ragged ranges
def ragged(starts: np.ndarray, counts: np.ndarray, scratch: Optional[_Scratch] = None) -> np.ndarray:
    """Concatenated ranges start .. start + count - 1 (vectorised; in ``scratch`` arrays if given):
    one cumulative sum of steps of 1 with a jump where a range begins."""
    starts, counts = np.asarray(starts, dtype=np.int64), np.asarray(counts, dtype=np.int64)
    keep = counts > 0
    starts, counts = starts[keep], counts[keep]
    if counts.size == 0:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(counts)
    total = int(ends[-1])
    steps = np.empty(total, np.int64) if scratch is None else scratch.get("steps", total, np.int64)
    steps.fill(1)
    steps[0] = starts[0]
    steps[ends[:-1]] = starts[1:] - (starts[:-1] + counts[:-1] - 1)
    out = None if scratch is None else scratch.get("ranges", total, np.int64)
    return np.cumsum(steps, out=out)


class _Scratch(threading.local):
    """Work arrays of one thread, reused from chunk to chunk.

    Fresh large arrays are mapped and faulted in by the kernel on every chunk, and
    parallel threads queue for that: reusing them made the pair search 1.3x faster
    on two threads (QGIS 3.44). Views of the same name overwrite each other.
    """

    def __init__(self) -> None:
        self.arrays: dict[str, np.ndarray] = {}

    def get(self, name: str, n: int, dtype: type) -> np.ndarray:
        """An uninitialised array of ``n`` elements."""
        array = self.arrays.get(name)
        if array is None or array.size < n:
            array = self.arrays[name] = np.empty(max(n, CHUNK), dtype)
        return array[:n]


def join_sorted(sorted_keys: np.ndarray, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (query index, position in ``sorted_keys``) with equal keys (vectorised join)."""
    left = np.searchsorted(sorted_keys, query, "left")
    counts = np.searchsorted(sorted_keys, query, "right") - left
    return np.repeat(np.arange(len(query)), counts), ragged(left, counts)


# ----------------------------------------------------------------------- pair search
@dataclass
class Pairs:
    """Pairs (i, j) of points p_i, q_j within a radius, sorted by i; within an i in the order of the
    search grid (rows, cells, index of q), the same for any threads, blocks and chunks.

    A search by groups of q keeps ``slot`` = i * groups + group of q_j (``i`` is computed from it):
    the row of a (p, group) table, as the floating catchment sums it.
    """

    slot: np.ndarray  # i * groups + group of q_j (i itself for one group)
    j: np.ndarray  # index of q
    d: Optional[np.ndarray] = None  # distance; None when the search was not asked for it
    #: (n_p, groups) smallest d per p and group of q (inf without pairs), when the search kept it
    nearest: Optional[np.ndarray] = field(default=None, repr=False)
    groups: int = 1

    @property
    def i(self) -> np.ndarray:
        """Index of p."""
        return self.slot if self.groups == 1 else self.slot // self.groups

    def __iter__(self):
        """``i, j, d = pairs``."""
        return iter((self.i, self.j, self.d))


def empty_pairs(groups: int = 1, n_p: int = 0) -> Pairs:
    """No pairs (nearest all inf for ``n_p`` points)."""
    none = np.zeros(0, np.int64)
    return Pairs(none, none, np.zeros(0), np.full((n_p, groups), np.inf), groups)


def pairs_within(
    px: np.ndarray,
    py: np.ndarray,
    qx: np.ndarray,
    qy: np.ndarray,
    radius: float,
    tolerance: float = 0.0,
    group: Optional[np.ndarray] = None,
    groups: int = 1,
    distances: bool = True,
) -> Pairs:
    """All (i, j) with distance(p_i, q_j) <= radius + tolerance, sorted by i (:class:`Pairs`).

    ``group`` (0 .. groups - 1 per q point) gives the pairs slots by group and the nearest q per
    p and group; without ``distances`` the pairs carry no d (the nearest distances are kept).
    The q points are binned into a grid of cell size radius / CELLS_PER_RADIUS; each p point is
    compared with the q points of the cells its circle reaches (a row of them is one range of
    the sorted cell keys), in chunks of at most ``CHUNK`` candidates, without a loop over pairs.
    """
    px, py = np.asarray(px, dtype=float), np.asarray(py, dtype=float)
    reach = radius + tolerance
    if px.size == 0 or len(qx) == 0 or not reach > 0:
        return empty_pairs(groups, px.size)
    group = np.zeros(len(qx), np.uint8) if group is None else np.asarray(group)
    grid = _Grid(np.asarray(qx, dtype=float), np.asarray(qy, dtype=float), group, groups, reach, px.size)
    nearest = np.empty((px.size, groups))
    blocks = map_ordered(
        lambda a: grid.block(px[a : a + BLOCK], py[a : a + BLOCK], a, nearest, distances),
        range(0, px.size, BLOCK),
    )
    columns = list(zip(*(chunk for block in blocks for chunk in block)))  # slot, j and d (if asked)
    slot, j, *d = map_ordered(np.concatenate, columns)
    return Pairs(slot, j, d[0] if distances else None, nearest, groups)


def by_group(pairs: Pairs, group: np.ndarray, groups: int, n_p: int) -> Pairs:
    """Pairs of one group (with distances) slotted by the group of q, with the nearest per p and group."""
    g = np.asarray(group, dtype=_group_type(groups))[pairs.j]
    slot = pairs.i * groups + g
    return Pairs(slot, pairs.j, pairs.d, _least(slot, g, pairs.d, n_p, groups), groups)


class _Grid:
    """The q points of the pair search binned into cells, sorted by cell key (stable)."""

    def __init__(
        self, qx: np.ndarray, qy: np.ndarray, group: np.ndarray, groups: int, reach: float, n_p: int
    ) -> None:
        self.reach, self.groups = reach, groups
        self.scratch = _Scratch()
        self.cell = reach * (1 + 1e-9) / CELLS_PER_RADIUS
        self.x0, self.y0 = qx.min(), qy.min()
        qcx = np.floor((qx - self.x0) / self.cell).astype(np.int64)
        qcy = np.floor((qy - self.y0) / self.cell).astype(np.int64)
        self.nx, self.ny = int(qcx.max()) + 1, int(qcy.max()) + 1
        qkey = qcy * self.nx + qcx
        self.order = np.argsort(qkey, kind="stable")
        self.keys, self.qx, self.qy = qkey[self.order], qx[self.order], qy[self.order]
        self.group = group[self.order].astype(_group_type(groups))
        # where each cell starts: lookups instead of searches when there are fewer cells than lookups
        cells = self.nx * self.ny
        small = cells <= n_p * (2 * CELLS_PER_RADIUS + 1)
        self.first = np.searchsorted(self.keys, np.arange(cells + 1), "left") if small else None

    def block(
        self, px: np.ndarray, py: np.ndarray, a: int, nearest: np.ndarray, distances: bool
    ) -> list[tuple[np.ndarray, ...]]:
        """The pairs of the points p_a, p_a+1, ... (coordinates px, py) chunk by chunk: slot, j and
        d if ``distances``; their rows of ``nearest`` are filled."""
        low, high, valid = _row_ranges(
            (px - self.x0) / self.cell, (py - self.y0) / self.cell, self.nx, self.ny
        )
        if self.first is not None:
            start, end = self.first[low], self.first[high + 1]
        else:
            start = np.searchsorted(self.keys, low, "left")
            end = np.searchsorted(self.keys, high, "right")
        counts = np.where(valid, end - start, 0)
        chunks = []
        for u, v in _chunks(counts.sum(axis=1)):
            slot, j, d2, least = self.candidates(px, py, start, counts, u, v)
            nearest[a + u : a + v] = least
            slot += (a + u) * self.groups
            chunks.append((slot, j, np.sqrt(d2)) if distances else (slot, j))
        return chunks

    def candidates(
        self, px: np.ndarray, py: np.ndarray, start: np.ndarray, counts: np.ndarray, u: int, v: int
    ) -> tuple[np.ndarray, ...]:
        """Among the candidate ranges (rows of start, counts) of the points u .. v - 1 of a block:
        the pairs within reach (slot counted from u, j, squared d) and the smallest d per point
        and group ((v - u, groups); sqrt of the smallest d^2, which is the same number)."""
        work = self.scratch
        k = ragged(start[u:v].ravel(), counts[u:v].ravel(), work)
        rep = np.repeat(np.arange(v - u), counts[u:v].sum(axis=1))  # the point of each candidate
        n = k.size
        d2 = np.take(px[u:v], rep, out=work.get("d2", n, float), mode="clip")  # clip: no copy
        d2 -= np.take(self.qx, k, out=work.get("q", n, float), mode="clip")
        d2 *= d2
        dy = np.take(py[u:v], rep, out=work.get("dy", n, float), mode="clip")
        dy -= np.take(self.qy, k, out=work.get("q", n, float), mode="clip")
        dy *= dy
        d2 += dy
        keep = np.flatnonzero(np.less_equal(d2, self.reach * self.reach, out=work.get("in", n, bool)))
        m = keep.size
        slot = rep[keep]  # a result: fresh; the others in work arrays
        k = np.take(k, keep, out=work.get("kept", m, np.int64), mode="clip")
        d2 = np.take(d2, keep, out=work.get("d2kept", m, float), mode="clip")
        group = np.take(self.group, k, out=work.get("group", m, self.group.dtype), mode="clip")
        if self.groups > 1:
            slot *= self.groups
            slot += group
        least = np.sqrt(_least(slot, group, d2, v - u, self.groups))
        return slot, self.order[k], d2, least


def _row_ranges(gx: np.ndarray, gy: np.ndarray, nx: int, ny: int) -> tuple[np.ndarray, ...]:
    """Per point (grid coordinates gx, gy) and neighbouring grid row: first and last cell key of the
    cells the circle of the search radius reaches in that row (the chord, a little wider for
    rounding), and whether the row has candidates at all (rows outside the grid or the circle)."""
    k = CELLS_PER_RADIUS
    rows = np.floor(gy).astype(np.int64)[:, None] + np.arange(-k, k + 1)[None, :]
    y = gy[:, None]
    dy = np.maximum(0.0, np.maximum(rows - y, y - (rows + 1)))  # from the point to the row's band
    half = np.sqrt(np.maximum(k * k - dy * dy, 0.0)) * (1 + 1e-9) + 1e-9
    low = np.floor(gx[:, None] - half).astype(np.int64)
    high = np.floor(gx[:, None] + half).astype(np.int64)
    valid = (rows >= 0) & (rows < ny) & (high >= 0) & (low < nx) & (dy <= k * (1 + 1e-9))
    row_key = np.clip(rows, 0, ny - 1) * nx
    return row_key + np.clip(low, 0, nx - 1), row_key + np.clip(high, 0, nx - 1), valid


def _chunks(per_point: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive point ranges [a, b) with about CHUNK candidates each (at least one point)."""
    done = np.concatenate(([0], np.cumsum(per_point)))  # candidates before point k
    bounds, a = [], 0
    while a < per_point.size:
        b = max(int(np.searchsorted(done, done[a] + CHUNK, "right")) - 1, a + 1)
        bounds.append((a, b))
        a = b
    return bounds


# ------------------------------------------------------------------ nearest neighbour
def _group_type(groups: int) -> type:
    """Small integers for group codes: a stable argsort of them is a radix sort."""
    return np.uint8 if groups <= 256 else np.int64


def _least(slot: np.ndarray, group: np.ndarray, values: np.ndarray, n: int, groups: int) -> np.ndarray:
    """(n, groups): per point 0 .. n - 1 and group the smallest value (inf for none), from values
    with their slot (point * groups + group, increasing with the point) and group."""
    best = np.full(n * groups, np.inf)
    if groups > 1 and FAST_AT:
        np.minimum.at(best, slot, values)
    else:  # a slot's values are consecutive once sorted by group (a radix sort of small integers)
        order = slice(None) if groups == 1 else np.argsort(group, kind="stable")
        who, least = _smallest(slot[order], values[order])
        best[who] = least
    return best.reshape(n, groups)


def _smallest(i: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The p indices of pairs sorted by i, each once, and the smallest d of each."""
    if i.size == 0:
        return i, d
    starts = np.flatnonzero(np.concatenate(([True], i[1:] != i[:-1])))
    return i[starts], np.minimum.reduceat(d, starts)


def nearest_in(pairs: Pairs, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per p index: the smallest distance (inf if none) and its q index (-1; the first of equals)."""
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
    px: np.ndarray, py: np.ndarray, qx: np.ndarray, qy: np.ndarray, radius: float, tolerance: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """Distance to and index of the nearest q for every p (inf and -1 when q is empty).

    Searches within ``radius`` (+ tolerance), then four times the radius for the
    points still without a neighbour, and so on until all are found.
    """
    px, py = np.asarray(px, dtype=float), np.asarray(py, dtype=float)
    best = np.full(px.size, np.inf)
    arg = np.full(px.size, -1, dtype=np.int64)
    if px.size == 0 or len(qx) == 0:
        return best, arg
    todo = np.arange(px.size)
    r = max(float(radius), 1.0)
    while todo.size:
        d, j = nearest_in(pairs_within(px[todo], py[todo], qx, qy, r, tolerance), todo.size)
        found = j >= 0
        best[todo[found]], arg[todo[found]] = d[found], j[found]
        todo = todo[~found]
        r *= 4.0
    return best, arg


# ------------------------------------------------------------------- point in polygon
def locate_points(x: np.ndarray, y: np.ndarray, polygons: Sequence[Sequence[np.ndarray]]) -> np.ndarray:
    """Index of the polygon containing each point (-1 for none; the first polygon wins).

    ``polygons[a]`` is a list of closed rings (k x 2 arrays, exterior and holes of
    all parts). Crossing-number test, vectorised per polygon: the points in its
    bounding box are found in the y-sorted points, and each edge is tested only
    against those in its y-range [ymin, ymax). The same answers as
    :func:`.polygons.locate_points_strict`, which also flags points near an edge
    (for GEOS) and takes 4x the time (100,000 points in 100 areas).
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    result = np.full(x.size, -1, dtype=np.int64)
    order = np.argsort(y)  # the order of equal y does not matter; quicksort: vectorised, 6x a stable sort
    ys, xs = y[order], x[order]
    for a, rings in enumerate(polygons):
        inside = _inside_rings(xs, ys, [np.asarray(r, dtype=float) for r in rings if len(r) >= 3])
        if inside is None:
            continue
        hit = order[inside]
        result[hit[result[hit] < 0]] = a
    return result


def _inside_rings(xs: np.ndarray, ys: np.ndarray, rings: list[np.ndarray]) -> Optional[np.ndarray]:
    """Positions of the y-sorted points (xs, ys) inside the rings (odd number of crossings)."""
    if not rings:
        return None
    x0, y0 = np.concatenate([r[:-1, 0] for r in rings]), np.concatenate([r[:-1, 1] for r in rings])
    x1, y1 = np.concatenate([r[1:, 0] for r in rings]), np.concatenate([r[1:, 1] for r in rings])
    b0, b1 = np.searchsorted(ys, [y0.min(), y0.max()], "left")
    cand = b0 + np.flatnonzero((xs[b0:b1] >= x0.min()) & (xs[b0:b1] <= x0.max()))
    cy, cx = ys[cand], xs[cand]
    lo = np.searchsorted(cy, np.minimum(y0, y1), "left")
    counts = np.searchsorted(cy, np.maximum(y0, y1), "left") - lo
    pos = ragged(lo, counts)
    if pos.size == 0:
        return None
    edge = np.repeat(np.arange(x0.size), counts)
    slope = (x1[edge] - x0[edge]) / (y1[edge] - y0[edge])
    crossing = cx[pos] < x0[edge] + (cy[pos] - y0[edge]) * slope
    return cand[np.bincount(pos[crossing], minlength=cand.size) % 2 == 1]
