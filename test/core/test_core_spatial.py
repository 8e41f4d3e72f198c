"""core/spatial.py: metric CRS rule, ragged ranges, the grid pair search, nearest, point in polygon."""

from __future__ import annotations

import numpy as np
import pytest
from sozialplanung.core import spatial


def brute(px, py, qx, qy):
    return np.hypot(px[:, None] - qx[None, :], py[:, None] - qy[None, :])


# ------------------------------------------------------------------------ metric CRS
@pytest.mark.parametrize(
    ("geographic", "metres", "authid", "projection", "utm"),
    [
        (True, False, "EPSG:4326", "longlat", True),
        (False, True, "EPSG:3857", "merc", True),
        (False, True, "EPSG:3395", "merc", True),
        (False, True, "", "webmerc", True),
        (False, True, "EPSG:25832", "utm", False),
        (False, False, "EPSG:2249", "lcc", True),  # US feet
    ],
)
def test_metric_crs_rule(geographic, metres, authid, projection, utm):
    assert spatial.needs_utm(geographic, metres, authid, projection) is utm


@pytest.mark.parametrize(
    ("lon", "lat", "epsg"),
    [
        (6.85, 51.47, 32632),
        (13.4, 52.5, 32633),
        (-70.6, -33.4, 32719),
        (-180.0, 10.0, 32601),
        (180.0, 0, 32660),
        (-200, -10, 32701),  # clamped to zones 1..60
        (200, 0, 32660),
    ],
)
def test_utm_zone(lon, lat, epsg):
    assert spatial.utm_epsg(lon, lat) == epsg


# --------------------------------------------------------------------- ragged ranges
def test_ragged_and_join_sorted():
    assert spatial.ragged(np.array([5, 0, 2]), np.array([2, 0, 3])).tolist() == [5, 6, 2, 3, 4]
    assert spatial.ragged(np.array([1]), np.array([0])).tolist() == []
    keys = np.array([1, 1, 3, 4, 4, 4])
    q, pos = spatial.join_sorted(keys, np.array([4, 2, 1]))
    assert q.tolist() == [0, 0, 0, 2, 2] and pos.tolist() == [3, 4, 5, 0, 1]
    q, pos = spatial.join_sorted(keys, np.array([7]))
    assert q.size == 0 and pos.size == 0


@pytest.mark.parametrize("seed", range(3))
def test_ragged_equals_the_ranges(seed):
    rng = np.random.default_rng(seed)
    counts = rng.poisson(1.5, 500)  # many zeros, also at the start and the end
    counts[0], counts[-1] = 0, 0
    starts = rng.integers(0, 1000, 500)
    expected = np.concatenate([np.arange(s, s + c) for s, c in zip(starts, counts)])
    assert np.array_equal(spatial.ragged(starts, counts), expected)
    scratch = spatial._Scratch()  # reused work arrays: same values, also when a later call is shorter
    assert np.array_equal(spatial.ragged(starts, counts, scratch), expected)
    assert spatial.ragged(np.array([7]), np.array([2]), scratch).tolist() == [7, 8]
    assert np.array_equal(spatial.ragged(starts, counts, scratch), expected)
    assert len(scratch.arrays) == 2  # steps and ranges


def test_map_ordered_keeps_the_order_on_threads_and_serial(monkeypatch):
    from sozialplanung.core import threads

    items = list(range(40))
    for workers in (1, 2, 4):
        monkeypatch.setattr(threads, "WORKERS", workers)
        assert threads.map_ordered(lambda k: k * k, items) == [k * k for k in items]
    assert threads.map_ordered(lambda k: k, []) == []


def test_map_ordered_errors_nesting_and_the_thread_cap(monkeypatch):
    """The first failing item's error, as in the serial loop; nested calls on the kept threads
    finish; never more threads at once than WORKERS."""
    import threading
    import time

    from sozialplanung.core import threads

    monkeypatch.setattr(threads, "WORKERS", 2)

    def fail_on_odd(k: int) -> int:
        if k % 2:
            raise ValueError(k)
        return k

    with pytest.raises(ValueError, match="^1$"):
        threads.map_ordered(fail_on_odd, range(8))
    nested = threads.map_ordered(lambda a: threads.map_ordered(lambda b: a * 10 + b, range(5)), range(6))
    assert nested == [[a * 10 + b for b in range(5)] for a in range(6)]
    running, most, lock = [0], [0], threading.Lock()

    def count(k: int) -> int:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.002)
        with lock:
            running[0] -= 1
        return k

    assert threads.map_ordered(count, range(30)) == list(range(30)) and most[0] <= 2
    monkeypatch.setattr(threads, "WORKERS", 1)
    most[0] = 0
    assert threads.map_ordered(count, range(5)) == list(range(5)) and most[0] == 1
    threads.shutdown()  # ends the kept threads; the next parallel call starts them again
    monkeypatch.setattr(threads, "WORKERS", 2)
    assert threads.map_ordered(lambda k: -k, range(4)) == [0, -1, -2, -3]


def test_use_at_most_caps_the_default(monkeypatch):
    from sozialplanung.core import threads

    monkeypatch.setattr(threads, "WORKERS", threads.WORKERS)  # restored afterwards
    monkeypatch.setattr(threads, "DEFAULT_WORKERS", 4)
    for limit, expected in ((1, 1), (3, 3), (8, 4), (0, 4), (-1, 4)):
        threads.use_at_most(limit)
        assert threads.WORKERS == expected


# ----------------------------------------------------------------------- pair search
def test_pairs_within_matches_brute_force_including_the_radius():
    rng = np.random.default_rng(1)
    px, py = rng.uniform(0, 5000, 2000), rng.uniform(0, 5000, 2000)
    qx, qy = rng.uniform(-500, 5500, 300), rng.uniform(0, 5000, 300)
    qx[:3], qy[:3] = px[:3] + 600, py[:3] + 800  # exactly 1000 m away
    for tolerance in (0.0, 1e-6):
        pairs = spatial.pairs_within(px, py, qx, qy, 1000, tolerance)
        ii, jj = np.nonzero(brute(px, py, qx, qy) <= 1000 + tolerance)
        assert sorted(zip(pairs.i.tolist(), pairs.j.tolist())) == sorted(zip(ii.tolist(), jj.tolist()))
        assert (tolerance == 0) or {(k, k) for k in range(3)} <= set(zip(pairs.i.tolist(), pairs.j.tolist()))
        assert (np.diff(pairs.i) >= 0).all()
        assert pairs.d == pytest.approx(brute(px, py, qx, qy)[pairs.i, pairs.j])


def test_pairs_within_tolerance_and_unpacking():
    px, py = np.array([0.0]), np.array([0.0])
    qx, qy = np.array([100.0, 100.0 + 5e-7, 100.1]), np.zeros(3)
    i, j, d = spatial.pairs_within(px, py, qx, qy, 100.0)
    assert j.tolist() == [0] and d.tolist() == [100.0]
    assert spatial.pairs_within(px, py, qx, qy, 100.0, 1e-6).j.tolist() == [0, 1]
    assert spatial.pairs_within(px, py, qx, qy, 0.0).i.size == 0


def test_pairs_within_small_chunks_and_empty(monkeypatch):
    rng = np.random.default_rng(2)
    px, py, qx, qy = (rng.uniform(0, 3000, k) for k in (500, 500, 80, 80))
    full = spatial.pairs_within(px, py, qx, qy, 400)
    monkeypatch.setattr(spatial, "CHUNK", 50)
    small = spatial.pairs_within(px, py, qx, qy, 400)
    assert np.array_equal(full.i, small.i) and np.array_equal(full.j, small.j)
    assert spatial.pairs_within(px, py, qx[:0], qy[:0], 400).i.size == 0
    assert spatial.pairs_within(px[:0], py[:0], qx, qy, 400).i.size == 0


@pytest.mark.parametrize("radius", [1000.0, 20.0])  # cell table / search of the sorted keys
def test_grouped_pairs_are_the_pairs_slotted_by_group(radius):
    """A search by groups gives the same pairs in the same order, slot = i * groups + group,
    and per point and group the smallest distance of the pairs of that group."""
    rng = np.random.default_rng(4)
    px, py = rng.uniform(0, 5000, 2000), rng.uniform(0, 5000, 2000)
    qx, qy = rng.uniform(-500, 5500, 300), rng.uniform(0, 5000, 300)
    group = rng.integers(0, 4, 300)
    every = spatial.pairs_within(px, py, qx, qy, radius)
    grouped = spatial.pairs_within(px, py, qx, qy, radius, group=group, groups=4)
    assert every.i.size > 0 and grouped.groups == 4 and grouped.nearest.shape == (2000, 4)
    assert np.array_equal(grouped.i, every.i) and np.array_equal(grouped.j, every.j)
    assert np.array_equal(grouped.d, every.d)
    assert np.array_equal(grouped.slot, every.i * 4 + group[every.j])
    for g in range(4):
        mine = group[every.j] == g
        near, _ = spatial.nearest_in(spatial.Pairs(every.i[mine], every.j[mine], every.d[mine]), 2000)
        assert np.array_equal(grouped.nearest[:, g], near)
    assert np.isinf(grouped.nearest).any() and np.isfinite(grouped.nearest).any()
    bare = spatial.pairs_within(px, py, qx, qy, radius, group=group, groups=4, distances=False)
    assert bare.d is None and np.array_equal(bare.slot, grouped.slot)
    assert np.array_equal(bare.nearest, grouped.nearest)
    slotted = spatial.by_group(every, group, 4, 2000)  # the same from pairs of one group
    assert np.array_equal(slotted.slot, grouped.slot) and np.array_equal(slotted.nearest, grouped.nearest)


@pytest.mark.parametrize("fast_at", [True, False])
def test_smallest_per_point_and_group_with_and_without_ufunc_at(monkeypatch, fast_at):
    """np.minimum.at (numpy >= 1.25) and a radix sort by group + reduceat (older numpy) give the
    same minima; one group needs neither."""
    monkeypatch.setattr(spatial, "FAST_AT", fast_at)
    rng = np.random.default_rng(5)
    point = np.sort(rng.integers(0, 300, 2000))
    group = rng.integers(0, 4, 2000).astype(np.uint8)
    values = rng.uniform(0, 10, 2000)
    expected = np.full((310, 4), np.inf)
    for p, g, v in zip(point, group, values):
        expected[p, g] = min(expected[p, g], v)
    assert np.array_equal(spatial._least(point * 4 + group, group, values, 310, 4), expected)
    alone = np.full((310, 1), np.inf)
    for p, v in zip(point, values):
        alone[p, 0] = min(alone[p, 0], v)
    assert np.array_equal(spatial._least(point, group * 0, values, 310, 1), alone)


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_pairs_are_identical_for_any_threads_blocks_and_chunks(monkeypatch, workers):
    """Threads, point blocks and candidate chunks change nothing: same pairs, same order, same bits."""
    from sozialplanung.core import threads

    rng = np.random.default_rng(9)
    px, py = rng.uniform(0, 6000, 3000), rng.uniform(0, 6000, 3000)
    qx, qy = rng.uniform(0, 6000, 400), rng.uniform(0, 6000, 400)
    group = rng.integers(0, 3, 400)
    monkeypatch.setattr(threads, "WORKERS", 1)
    reference = spatial.pairs_within(px, py, qx, qy, 700.0, 1e-6, group, 3)
    monkeypatch.setattr(threads, "WORKERS", workers)
    monkeypatch.setattr(spatial, "BLOCK", 257)
    monkeypatch.setattr(spatial, "CHUNK", 999)
    again = spatial.pairs_within(px, py, qx, qy, 700.0, 1e-6, group, 3)
    assert reference.slot.size > 30_000
    for column in ("slot", "j", "d", "nearest"):
        assert np.array_equal(getattr(reference, column), getattr(again, column))


# ------------------------------------------------------------------ nearest neighbour
def test_nearest_far_points_and_ties():
    rng = np.random.default_rng(3)
    px, py = rng.uniform(-50000, 50000, 400), rng.uniform(0, 1000, 400)
    qx, qy = rng.uniform(0, 1000, 5), rng.uniform(0, 1000, 5)
    d, arg = spatial.nearest(px, py, qx, qy, 100)
    full = brute(px, py, qx, qy)
    assert d == pytest.approx(full.min(axis=1))
    assert (full[np.arange(400), arg] == full.min(axis=1)).all()
    d, arg = spatial.nearest(px, py, qx[:0], qy[:0], 100)
    assert np.isinf(d).all() and (arg == -1).all()


def test_nearest_of_pairs_per_point():
    pairs = spatial.Pairs(np.array([0, 0, 2]), np.array([1, 0, 0]), np.array([5.0, 3.0, 7.0]))
    best, arg = spatial.nearest_in(pairs, 3)
    assert best.tolist() == [3.0, np.inf, 7.0] and arg.tolist() == [0, -1, 0]


def test_the_search_keeps_the_smallest_distance_per_point(monkeypatch):
    """The pair search's per-point minimum (kept chunk by chunk) is the nearest of its pairs."""
    rng = np.random.default_rng(11)
    px, py = rng.uniform(0, 4000, 1500), rng.uniform(0, 4000, 1500)
    qx, qy = rng.uniform(0, 4000, 200), rng.uniform(0, 4000, 200)
    monkeypatch.setattr(spatial, "BLOCK", 300)
    monkeypatch.setattr(spatial, "CHUNK", 500)
    pairs = spatial.pairs_within(px, py, qx, qy, 400.0)
    assert pairs.nearest.shape == (1500, 1) and np.isinf(pairs.nearest).sum() > 0
    plain = spatial.Pairs(pairs.i, pairs.j, pairs.d)
    assert np.array_equal(pairs.nearest[:, 0], spatial.nearest_in(plain, 1500)[0])


# ------------------------------------------------------------------- point in polygon
def test_locate_points_holes_multipart_and_shared_edges():
    square = np.array([[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]], float)
    hole = np.array([[40, 40], [40, 60], [60, 60], [60, 40], [40, 40]], float)
    east = square + [100, 0]
    island = square + [300, 0]
    x = np.array([10, 50, 150, 350, 250, 100, 100, 0])
    y = np.array([10, 50, 50, 50, 50, 50, 100, 0])
    where = spatial.locate_points(x, y, [[square, hole], [east, island], []])
    # x=100 on the shared edge goes to exactly one area (the east one, half-open rule)
    assert where.tolist() == [0, -1, 1, 1, -1, 1, -1, 0]


@pytest.mark.parametrize("seed", range(12))
def test_pairs_within_equals_brute_force_on_random_scales(seed):
    """The chord-limited candidate rows miss no pair: random sizes, scales, radii, integer grids."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 1500)), int(rng.integers(1, 300))
    scale = float(rng.choice([10.0, 1000.0, 1e5]))
    px, py = rng.integers(0, 60, n) * scale / 60, rng.integers(0, 60, n) * scale / 60  # many exact ties
    qx, qy = rng.uniform(0, scale, m), rng.uniform(0, scale, m)
    qx[: m // 3] = px[: m // 3] + scale / 60  # some at exactly one grid step
    qy[: m // 3] = py[: m // 3]
    radius = float(rng.choice([scale / 60, scale / 7, scale / 2]))
    got = spatial.pairs_within(px, py, qx, qy, radius)
    d2 = (px[:, None] - qx[None, :]) ** 2 + (py[:, None] - qy[None, :]) ** 2  # the search's own formula
    i, j = np.nonzero(d2 <= radius * radius)
    assert sorted(zip(got.i.tolist(), got.j.tolist())) == sorted(zip(i.tolist(), j.tolist()))
