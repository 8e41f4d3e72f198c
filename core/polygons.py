"""Point in polygon with a certainty flag, and the rings of WKB polygons (no QGIS import).

:func:`locate_points_strict` locates many points in many polygons at once by
the crossing number (as :func:`.spatial.locate_points`) and marks the points
whose answer could differ from an exact test (GEOS): those near an edge, in
more than one polygon or in a shape it cannot read. The caller asks GEOS for
those only, so the result is the exact one.
"""

from __future__ import annotations

import math
import struct
from typing import Optional, Sequence

import numpy as np

from .spatial import CHUNK, ragged


def locate_points_strict(
    x: np.ndarray,
    y: np.ndarray,
    polygons: Sequence[Optional[Sequence[np.ndarray]]],
    tolerance: float,
    boxes: Optional[np.ndarray] = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The polygon containing each point (-1 for none) and whether that answer is uncertain.

    ``polygons[a]`` is a list of closed rings as in :func:`.spatial.locate_points`; None
    is a shape this test cannot read (e.g. curves), then ``boxes[a]`` (xmin,
    ymin, xmax, ymax) stands for it. A point is uncertain when it lies within
    ``tolerance`` of an edge of a polygon whose box (widened by the tolerance)
    holds it, in the box of an unreadable shape, in more than one polygon, or
    has a coordinate that is not finite. Every other answer is the exact one:
    the crossing test only errs for points closer to an edge than a few units
    in the last place of the coordinates, far below a tolerance of 1e-9 times
    their magnitude. Callers decide the uncertain points exactly (GEOS).

    All polygons at once: the (polygon, point) pairs of points in a polygon's
    box come from a grid over the points; each edge meets the pairs of its
    polygon whose point lies in the edge's y-range (one range of the pairs
    sorted by polygon and y), without a loop over polygons.
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    result = np.full(x.size, -1, dtype=np.int64)
    uncertain = ~(np.isfinite(x) & np.isfinite(y))
    edges, box = _edges(polygons, boxes)
    pa, pp = _box_pairs(x, y, box, tolerance)
    unsure = np.array([rings is None for rings in polygons], dtype=bool)
    uncertain[pp[unsure[pa]]] = True
    readable = ~unsure[pa]
    pa, pp = pa[readable], pp[readable]
    inside, near = _crossings_near(x, y, pa, pp, edges, tolerance)
    result[pp[inside]] = pa[inside]
    uncertain[pp[near]] = True
    uncertain |= np.bincount(pp[inside], minlength=x.size) > 1
    return result, uncertain


def _edges(polygons, boxes) -> tuple[tuple[np.ndarray, ...], np.ndarray]:
    """Edges (x0, y0, x1, y1, polygon) of the readable polygons and every polygon's box
    (xmin, ymin, xmax, ymax; NaN for a polygon without rings)."""
    box = np.full((len(polygons), 4), np.nan)
    if boxes is not None:
        box[:] = np.asarray(boxes, dtype=float).reshape(-1, 4)
    rings, owner = [], []
    for a, shape in enumerate(polygons):
        if shape is None:
            continue
        box[a] = np.nan
        for r in shape:
            if len(r) >= 2:
                rings.append(np.asarray(r, dtype=float)[:, :2])
                owner.append(a)
    if not rings:
        empty = np.zeros(0)
        return (empty, empty, empty, empty, np.zeros(0, dtype=np.int64)), box
    vertices = np.concatenate(rings)
    sizes = np.array([len(r) for r in rings])
    first = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    owners = np.array(owner, dtype=np.int64)
    new = np.concatenate(([True], owners[1:] != owners[:-1]))  # a polygon's first ring
    starts = first[new]
    for k, (reduce, column) in enumerate(
        ((np.minimum, 0), (np.minimum, 1), (np.maximum, 0), (np.maximum, 1))
    ):
        box[owners[new], k] = reduce.reduceat(vertices[:, column], starts)
    last = np.ones(vertices.shape[0], dtype=bool)
    last[first] = False  # an edge ends at every vertex but the first of its ring
    end = np.flatnonzero(last)
    edge_owner = np.repeat(owners, sizes - 1)
    return (*vertices[end - 1].T, *vertices[end].T, edge_owner), box


def _box_pairs(x: np.ndarray, y: np.ndarray, box: np.ndarray, tol: float) -> tuple[np.ndarray, np.ndarray]:
    """(polygon, point) of the finite points in a polygon's box widened by ``tol`` (NaN boxes hold
    none). The points are binned into a grid of about one point per cell; the cells of a box in
    one grid row are one range of the sorted cell keys."""
    idx = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    live = np.flatnonzero(np.isfinite(box).all(axis=1))
    none = np.zeros(0, dtype=np.int64)
    if idx.size == 0 or live.size == 0:
        return none, none
    fx, fy = x[idx], y[idx]
    x0, y0 = fx.min(), fy.min()
    w, h = fx.max() - x0, fy.max() - y0
    cell = max(math.sqrt(w * h / idx.size), max(w, h) / idx.size) or 1.0
    nx, ny = int(w / cell) + 1, int(h / cell) + 1
    key = np.floor((fy - y0) / cell).astype(np.int64) * nx + np.floor((fx - x0) / cell).astype(np.int64)
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    b = box[live]
    lo = np.floor((b[:, :2] - tol - (x0, y0)) / cell)
    hi = np.floor((b[:, 2:] + tol - (x0, y0)) / cell)
    hits = (hi[:, 0] >= 0) & (hi[:, 1] >= 0) & (lo[:, 0] < nx) & (lo[:, 1] < ny)
    live, lo, hi = live[hits], lo[hits], hi[hits]
    c0, r0 = np.clip(lo[:, 0], 0, nx - 1).astype(np.int64), np.clip(lo[:, 1], 0, ny - 1).astype(np.int64)
    c1, r1 = np.clip(hi[:, 0], 0, nx - 1).astype(np.int64), np.clip(hi[:, 1], 0, ny - 1).astype(np.int64)
    rows = r1 - r0 + 1
    poly = np.repeat(np.arange(live.size), rows)
    row = ragged(r0, rows)
    start = np.searchsorted(sorted_keys, row * nx + c0[poly], "left")
    counts = np.searchsorted(sorted_keys, row * nx + c1[poly], "right") - start
    pa = np.repeat(live[poly], counts)
    pp = idx[order[ragged(start, counts)]]
    pb = box[pa]
    keep = (
        (x[pp] >= pb[:, 0] - tol)
        & (x[pp] <= pb[:, 2] + tol)
        & (y[pp] >= pb[:, 1] - tol)
        & (y[pp] <= pb[:, 3] + tol)
    )
    return pa[keep], pp[keep]


def _crossings_near(
    x: np.ndarray, y: np.ndarray, pa: np.ndarray, pp: np.ndarray, edges: tuple[np.ndarray, ...], tol: float
) -> tuple[np.ndarray, np.ndarray]:
    """Per (polygon ``pa``, point ``pp``) pair: whether the point is inside (odd number of edges of
    the polygon crossing the ray to +x) and whether it lies within ``tol`` of one of its edges.
    Pairs of edges and (polygon, point) pairs in chunks of about CHUNK."""
    x0, y0, x1, y1, owner = edges
    n = x.size
    inside = np.zeros(pa.size, dtype=bool)
    near = np.zeros(pa.size, dtype=bool)
    if pa.size == 0 or x0.size == 0:
        return inside, near
    y_order = np.argsort(y, kind="stable")  # NaN last
    rank = np.empty(n, dtype=np.int64)
    rank[y_order] = np.arange(n)
    key = pa * n + rank[pp]
    sort = np.argsort(key, kind="stable")
    key, pp_s = key[sort], pp[sort]
    ys = y[y_order]
    ylo, yhi = np.minimum(y0, y1), np.maximum(y0, y1)
    start = np.searchsorted(key, owner * n + np.searchsorted(ys, ylo - tol, "left"), "left")
    counts = np.searchsorted(key, owner * n + np.searchsorted(ys, yhi + tol, "right"), "left") - start
    crossings = np.zeros(pa.size, dtype=np.int64)
    done = np.concatenate(([0], np.cumsum(counts)))
    a = 0
    while a < x0.size:  # edges a .. b - 1: about CHUNK pairs, at least one edge
        b = max(int(np.searchsorted(done, done[a] + CHUNK, "right")) - 1, a + 1)
        pos = ragged(start[a:b], counts[a:b])
        edge = np.repeat(np.arange(a, b), counts[a:b])
        px, py = x[pp_s[pos]], y[pp_s[pos]]
        ex, ey, dx, dy = x0[edge], y0[edge], x1[edge] - x0[edge], y1[edge] - y0[edge]
        in_range = (py >= ylo[edge]) & (py < yhi[edge])
        with np.errstate(divide="ignore", invalid="ignore"):
            crossing = in_range & (px < ex + (py - ey) * (dx / dy))
        crossings += np.bincount(pos[crossing], minlength=pa.size)
        close = np.abs(dx * (py - ey) - dy * (px - ex)) <= tol * np.hypot(dx, dy)
        close &= (px >= np.minimum(ex, ex + dx) - tol) & (px <= np.maximum(ex, ex + dx) + tol)
        near[pos[close]] = True
        a = b
    inside[sort] = crossings % 2 == 1
    near_out = np.zeros(pa.size, dtype=bool)
    near_out[sort] = near
    return inside, near_out


def wkb_rings(wkb: bytes) -> Optional[list[np.ndarray]]:
    """The rings (k x 2 arrays of x, y) of a WKB Polygon or MultiPolygon, with or without Z and M
    (ISO codes or the 2.5D and M flags); None for any other geometry type."""
    data = bytes(wkb)
    rings: list[np.ndarray] = []
    try:
        kind, dims, end, offset = _wkb_header(data, 0)
        if kind == 3:
            return _wkb_polygon(data, offset, dims, end, rings)[1]
        if kind != 6:
            return None
        (parts,) = struct.unpack_from(end + "I", data, offset)
        offset += 4
        for _ in range(parts):
            kind, dims, end, offset = _wkb_header(data, offset)
            if kind != 3:
                return None
            offset, rings = _wkb_polygon(data, offset, dims, end, rings)
    except (struct.error, ValueError, IndexError):
        return None
    return rings


def _wkb_header(data: bytes, offset: int) -> tuple[int, int, str, int]:
    """Base type (1..7 ...), coordinates per point, byte order and the offset after a WKB header."""
    end = "<" if data[offset] == 1 else ">"
    (code,) = struct.unpack_from(end + "I", data, offset + 1)
    z, m = bool(code & 0x80000000), bool(code & 0x40000000)
    code &= 0x0FFFFFFF
    z, m = z or code // 1000 in (1, 3), m or code // 1000 in (2, 3)
    return code % 1000, 2 + z + m, end, offset + 5


def _wkb_polygon(data: bytes, offset: int, dims: int, end: str, rings: list) -> tuple[int, list]:
    """The rings of a WKB polygon body at ``offset`` appended to ``rings``; the offset after it."""
    (count,) = struct.unpack_from(end + "I", data, offset)
    offset += 4
    for _ in range(count):
        (points,) = struct.unpack_from(end + "I", data, offset)
        offset += 4
        coords = np.frombuffer(data, dtype=end + "f8", count=points * dims, offset=offset)
        rings.append(coords.reshape(points, dims)[:, :2].astype(float))
        offset += points * dims * 8
    return offset, rings
