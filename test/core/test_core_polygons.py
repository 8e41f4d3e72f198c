"""core/polygons.py: point in polygon with a certainty flag, rings of WKB polygons."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from sozialplanung.core import polygons as pip


# ------------------------------------------------------------ strict point in polygon
def test_locate_points_strict_flags_boundaries_overlaps_and_unreadable_shapes():
    square = np.array([[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]], float) + [5e5, 5.7e6]
    hole = np.array([[40, 40], [40, 60], [60, 60], [60, 40], [40, 40]], float) + [5e5, 5.7e6]
    east = square + [100, 0]
    over = square + [150, 50]  # overlaps east
    polygons = [[square, hole], [east], [], [over], None]
    boxes = np.array([[0, 0, 0, 0]] * 4 + [[5e5 + 500, 5.7e6, 5e5 + 600, 5.7e6 + 100]], float)
    pts = [
        (10, 10),
        (50, 50),
        (150, 20),
        (100, 50),
        (0, 0),
        (40, 50),
        (50, 0),
        (180, 80),
        (550, 50),
        (700, 50),
    ]
    x = np.array([p[0] for p in pts] + [np.nan], float) + 5e5
    y = np.array([p[1] for p in pts] + [50], float) + 5.7e6
    where, uncertain = pip.locate_points_strict(x, y, polygons, 1e-9 * 5.7e6, boxes)
    assert uncertain.tolist() == [False, False, False, True, True, True, True, True, True, False, True]
    certain = np.where(uncertain, -9, where)
    assert certain.tolist() == [0, -1, 1, -9, -9, -9, -9, -9, -9, -1, -9]


@pytest.mark.parametrize("seed", range(8))
def test_locate_points_strict_certain_answers_equal_locate_points(seed):
    """Random polygons on an integer grid (many points on edges and vertices, shared edges, holes):
    every certain answer is the one of locate_points, every point on a boundary is uncertain."""
    rng = np.random.default_rng(seed)
    scale = float(rng.choice([1.0, 1e3, 1e6]))
    polygons = []
    for _ in range(int(rng.integers(1, 30))):
        x0, y0 = rng.integers(0, 20, 2)
        w, h = rng.integers(1, 8, 2)
        ring = np.array([[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]], float)
        polygons.append([(ring + [5, 7]) * scale])
    n = 3000
    x = (rng.integers(0, 60, n) / 2.0 + rng.choice([0, 0.001], n)) * scale
    y = (rng.integers(0, 60, n) / 2.0) * scale
    where, uncertain = pip.locate_points_strict(x, y, polygons, 1e-9 * 30 * scale)
    inside = np.zeros((n, len(polygons)), bool)
    on_edge = np.zeros(n, bool)
    for a, (ring,) in enumerate(polygons):
        lo, hi = ring.min(axis=0), ring.max(axis=0)
        inside[:, a] = (x > lo[0]) & (x < hi[0]) & (y > lo[1]) & (y < hi[1])
        on_edge |= (((x == lo[0]) | (x == hi[0])) & (y >= lo[1]) & (y <= hi[1])) | (
            ((y == lo[1]) | (y == hi[1])) & (x >= lo[0]) & (x <= hi[0])
        )
    assert uncertain[on_edge].all()
    assert uncertain[inside.sum(axis=1) > 1].all()
    certain = ~uncertain
    expected = np.where(inside.any(axis=1), inside.argmax(axis=1), -1)
    assert (where[certain] == expected[certain]).all()
    assert certain.sum() > n / 3


def wkb(code: int, body: bytes, order: str = "<") -> bytes:
    return struct.pack(order + "BI", 1 if order == "<" else 0, code) + body


def rings_body(rings, dims: int, order: str = "<") -> bytes:
    out = struct.pack(order + "I", len(rings))
    for ring in rings:
        out += struct.pack(order + "I", len(ring))
        for point in ring:
            out += struct.pack(order + "d" * dims, *point[:2], *([7.0] * (dims - 2)))
    return out


def test_wkb_rings_reads_polygons_and_multipolygons_with_z_and_m():
    shell = [(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)]
    hole = [(1, 1), (1, 2), (2, 2), (1, 1)]
    expected = [np.array(shell, float), np.array(hole, float)]
    for code, dims, order in (
        (3, 2, "<"),
        (1003, 3, ">"),
        (2003, 3, "<"),
        (3003, 4, "<"),
        (0x80000003, 3, "<"),
    ):
        got = pip.wkb_rings(wkb(code, rings_body([shell, hole], dims, order), order))
        assert [g.tolist() for g in got] == [e.tolist() for e in expected], code
    part = wkb(3, rings_body([shell], 2))
    multi = wkb(6, struct.pack("<I", 2) + part + wkb(3, rings_body([hole], 2)))
    assert [g.tolist() for g in pip.wkb_rings(multi)] == [e.tolist() for e in expected]
    assert pip.wkb_rings(wkb(1, struct.pack("<dd", 1, 2))) is None  # a point
    assert pip.wkb_rings(wkb(10, rings_body([shell], 2))) is None  # a curve polygon
    assert pip.wkb_rings(wkb(6, struct.pack("<I", 1) + wkb(1, struct.pack("<dd", 1, 2)))) is None
    assert pip.wkb_rings(part[:-4]) is None  # cut short
    assert pip.wkb_rings(wkb(3, struct.pack("<I", 0))) == []  # empty polygon
