"""core/offergap.py: hand-worked 2SFCA, decay, coverage, distance, gaps, one run, PySAL reference."""

from __future__ import annotations

import json
import math
import subprocess

import numpy as np
import pytest
from helpers import ROOT
from sozialplanung.core import offergap as og
from sozialplanung.core import spatial
from sozialplanung.core.values import MethodError

# Worked example (also in help/offergap.html): areas A, B, C, D of 1 km side in a row,
# need 1000, 2000, 500, 0 at their centres; Kita K1 (60 places) at x=900, K2 (30) at x=2500.
NEED = np.array([1000.0, 2000.0, 500.0, 0.0])
STATUS = np.array([1, 3, 4, 0])  # Hoch, Niedrig, Sehr Niedrig, unknown


def example(decay="none", gap_ratio=0.5, status=STATUS):
    demand = og.Points(np.array([500.0, 1500, 2500, 3500]), np.full(4, 500.0), NEED.copy(), np.arange(4))
    offers = og.Points(
        np.array([900.0, 2500]),
        np.array([500.0, 500]),
        np.array([60.0, 30]),
        np.array([0, 2]),
        np.zeros(2, int),
    )
    return og.offer_gaps(NEED, status, demand, offers, ["kita"], 1000.0, decay, gap_ratio), demand


def column(result, measure):
    return result.table[f"og_kita_{measure}"].tolist()


def gauss(d, r=1000.0):
    edge = math.exp(-0.5)
    return (math.exp(-0.5 * (d / r) ** 2) - edge) / (1 - edge)


def test_2sfca_by_hand():
    # K1 reaches A (400 m) and B (600 m): R1 = 60 / 3000 = 0.02
    # K2 reaches B (1000 m = RADIUS, inside), C (0 m), D (1000 m, need 0): R2 = 30 / 2500 = 0.012
    result, _ = example()
    assert column(result, "zugang")[:3] == pytest.approx([20.0, 32.0, 12.0])
    assert math.isnan(column(result, "zugang")[3])
    assert result.city == pytest.approx([90 / 3500 * 1000])  # 25.714
    assert column(result, "n") == [1, 0, 1, 0]
    assert column(result, "kap") == [60, 0, 30, 0]
    assert column(result, "je1000")[:3] == pytest.approx([60.0, 0.0, 60.0])
    assert column(result, "dist")[:3] == pytest.approx([400.0, 600.0, 0.0])
    assert column(result, "abdeckung")[:3] == pytest.approx([1.0, 1.0, 1.0])
    # gap below 0.5 x 25.714 = 12.857: only C, a Sehr Niedrig area -> hoch
    assert column(result, "luecke") == [0, 0, 1, 0]
    assert result.table["og_luecken"].tolist() == [0, 0, 1, 0]
    assert result.table["og_prioritaet"].tolist() == ["niedrig", "niedrig", "hoch", "niedrig"]


@pytest.mark.parametrize(
    "decay, expected",
    [
        ("linear", [0.6 * 60 / 1400 * 1000, 0.4 * 60 / 1400 * 1000, 60.0]),
        (
            "gaussian",
            [
                gauss(400) * 60 / (1000 * gauss(400) + 2000 * gauss(600)) * 1000,
                gauss(600) * 60 / (1000 * gauss(400) + 2000 * gauss(600)) * 1000,
                60.0,
            ],
        ),
    ],
)
def test_decay_by_hand(decay, expected):
    # linear: w(400) = 0.6, w(600) = 0.4, w(1000) = 0 -> R1 = 60 / 1400, R2 = 30 / 500
    result, _ = example(decay)
    assert column(result, "zugang")[:3] == pytest.approx(expected)
    assert column(result, "abdeckung")[:3] == pytest.approx([1.0, 1.0, 1.0])  # coverage ignores decay
    assert column(result, "luecke") == [0, 0, 0, 0]


def test_decay_weights_formulas():
    d = np.array([0.0, 250.0, 500.0, 1000.0, 1000.0 + 1e-7, 1001.0])
    assert og.decay_weights(d, 1000, "none").tolist() == [1, 1, 1, 1, 1, 0]
    assert og.decay_weights(d, 1000, "linear") == pytest.approx([1, 0.75, 0.5, 0, 0, 0])
    assert og.decay_weights(d, 1000, "gaussian") == pytest.approx([1, gauss(250), gauss(500), 0, 0, 0])
    assert gauss(500) == pytest.approx(0.7014, abs=1e-4)


@pytest.mark.parametrize("decay", og.DECAYS)
def test_invariant_need_times_access_is_reaching_capacity(decay):
    """sum(need x accessibility) = capacity of the offers that reach any need."""
    rng = np.random.default_rng(7)
    n, m = 500, 40
    need = rng.uniform(0, 50, n)
    need[:20] = 0
    demand = og.Points(rng.uniform(0, 6000, n), rng.uniform(0, 6000, n), need, np.zeros(n, int))
    offers = og.Points(
        rng.uniform(-2000, 8000, m),
        rng.uniform(0, 6000, m),
        rng.uniform(1, 80, m),
        np.zeros(m, int),
        np.zeros(m, int),
    )
    pairs = spatial.pairs_within(demand.x, demand.y, offers.x, offers.y, 700, og.EPS)
    w = og.decay_weights(pairs.d, 700, decay)
    access, ratio = og.floating_catchment(need, offers.value, pairs, w)
    assert access.shape == (n, 1)
    access = access[:, 0]
    reaching = np.bincount(pairs.j, weights=need[pairs.i] * w, minlength=m) > 0
    assert 0 < reaching.sum() < m
    assert (need * access).sum() == pytest.approx(offers.value[reaching].sum(), rel=1e-12)
    assert (ratio[~reaching] == 0).all()
    # on the area level through offer_gaps: sum(NEED x zugang) / 1000 is the same capacity
    result = og.offer_gaps(np.array([need.sum()]), np.zeros(1, int), demand, offers, ["alle"], 700, decay)
    assert need.sum() * result.table["og_alle_zugang"][0] / 1000 == pytest.approx(
        offers.value[reaching].sum()
    )


@pytest.mark.parametrize("decay", og.DECAYS)
def test_floating_catchment_by_group_is_the_catchment_of_each_group(decay):
    """One 2SFCA over the pairs slotted by category gives, bit for bit, the 2SFCA of each
    category's pairs on their own (offers reach only their own category)."""
    rng = np.random.default_rng(12)
    n, m, groups = 3000, 200, 4
    dx, dy, ox, oy = (
        rng.uniform(0, 5000, n),
        rng.uniform(0, 5000, n),
        rng.uniform(0, 5000, m),
        rng.uniform(0, 5000, m),
    )
    need, cap, group = rng.uniform(0, 30, n), rng.uniform(1, 90, m), rng.integers(0, groups, m)
    grouped = spatial.pairs_within(dx, dy, ox, oy, 600.0, og.EPS, group, groups)
    access, ratio = og.floating_catchment(need, cap, grouped, og.pair_weights(grouped, 600.0, decay))
    assert access.shape == (n, groups) and (access > 0).sum() > n
    every = spatial.pairs_within(dx, dy, ox, oy, 600.0, og.EPS)
    for g in range(groups):
        mine = group[every.j] == g
        part = spatial.Pairs(every.i[mine], every.j[mine], every.d[mine])
        alone, alone_ratio = og.floating_catchment(need, cap, part, og.decay_weights(part.d, 600.0, decay))
        assert np.array_equal(access[:, g], alone[:, 0])
        assert np.array_equal(ratio[group == g], alone_ratio[group == g])


def test_weighted_means_per_area_leave_out_non_finite_values_and_points_outside():
    """Bit for bit the mean over the finite values of the points inside an area with weight > 0."""
    rng = np.random.default_rng(13)
    n, areas = 5000, 30
    area = rng.integers(-1, areas, n)  # -1: outside every area
    weights = rng.integers(0, 5, n).astype(float)
    table = rng.uniform(0, 100, (n, 3))
    table[rng.uniform(size=n) < 0.2, 1] = np.inf  # no offer of that category
    table[area == 7, 2] = np.inf  # an area without any finite value
    (means,) = og._weighted_means([table], weights, area, areas + 2)  # 2 areas without points
    for c in range(3):
        ok = np.isfinite(table[:, c]) & (area >= 0) & (weights > 0)
        num = np.bincount(area[ok], weights=weights[ok] * table[ok, c], minlength=areas + 2)
        den = np.bincount(area[ok], weights=weights[ok], minlength=areas + 2)
        expected = np.divide(num, den, out=np.full(areas + 2, np.nan), where=den > 0)
        assert np.array_equal(means[:, c], expected, equal_nan=True)
    assert np.isnan(means[7, 2]) and np.isnan(means[-1]).all() and np.isfinite(means[:areas, :2]).all()


def test_gather_on_threads_equals_indexing(monkeypatch):
    from sozialplanung.core import threads

    rng = np.random.default_rng(14)
    values, index = rng.uniform(size=50), rng.integers(0, 50, 1003)
    monkeypatch.setattr(threads, "PARALLEL_GATHER", 100)  # several parts
    monkeypatch.setattr(threads, "WORKERS", 3)
    assert np.array_equal(threads.gather(values, index), values[index])
    out = np.empty(1003)
    assert threads.gather(values, index, out) is out and np.array_equal(out, values[index])
    monkeypatch.setattr(threads, "WORKERS", 1)
    assert np.array_equal(threads.gather(values, index[:5]), values[index[:5]])


def test_area_without_need_or_unknown_need_has_no_per_need_figures():
    need = np.array([1000.0, np.nan, 0.0])
    demand = og.Points(np.array([0.0, 100, 200]), np.zeros(3), np.array([1000.0, 0, 0]), np.arange(3))
    offers = og.Points(np.array([150.0]), np.zeros(1), np.array([5.0]), np.array([1]), np.zeros(1, int))
    result = og.offer_gaps(need, np.array([3, 3, 3]), demand, offers, ["kita"], 500, gap_ratio=10)
    assert result.table["og_kita_n"].tolist() == [0, 1, 0]
    assert result.table["og_kita_kap"].tolist() == [0, 5, 0]
    for measure in ("je1000", "zugang", "dist", "abdeckung"):
        values = result.table[f"og_kita_{measure}"].tolist()
        assert not math.isnan(values[0]) and math.isnan(values[1]) and math.isnan(values[2]), measure
    assert result.table["og_kita_luecke"].tolist() == [1, 0, 0]  # gap ratio 10: area 1 is a gap
    assert result.table["og_prioritaet"].tolist() == ["hoch", "niedrig", "niedrig"]
    assert result.city == pytest.approx([5.0])  # capacity / known need x 1000


def test_need_weighted_distance_and_coverage_beyond_radius():
    # one area, need 30 at x=0 and 10 at x=3000; one offer at x=100, radius 500
    demand = og.Points(np.array([0.0, 3000]), np.zeros(2), np.array([30.0, 10]), np.zeros(2, int))
    offers = og.Points(np.array([100.0]), np.zeros(1), np.ones(1), np.zeros(1, int), np.zeros(1, int))
    result = og.offer_gaps(np.array([40.0]), np.zeros(1, int), demand, offers, ["alle"], 500)
    assert result.table["og_alle_dist"][0] == pytest.approx((30 * 100 + 10 * 2900) / 40)  # 800
    assert result.table["og_alle_abdeckung"][0] == pytest.approx(0.75)
    assert result.table["og_alle_zugang"][0] == pytest.approx(30 * (1 / 30) / 40 * 1000)


def test_gap_threshold_is_strict_and_ratio_applies():
    # zugang of C is 12.0; city 25.714: ratio 12 / 25.714 = 0.4667
    assert column(example(gap_ratio=0.4666)[0], "luecke")[2] == 0
    assert column(example(gap_ratio=0.4667)[0], "luecke")[2] == 1
    assert column(example(gap_ratio=0.0)[0], "luecke") == [0, 0, 0, 0]
    assert column(example(gap_ratio=12 / (90 / 3.5))[0], "luecke")[2] == 0  # equal is no gap


@pytest.mark.parametrize(
    "gaps, status, expected",
    [
        ([0, 0, 0, 0, 0], [1, 2, 3, 4, 0], ["niedrig"] * 5),
        ([1, 1, 1, 1, 1], [1, 2, 3, 4, 0], ["niedrig", "mittel", "hoch", "hoch", "mittel"]),
        ([3, 2], [2, 0], ["mittel", "mittel"]),
    ],
)
def test_priority_rule(gaps, status, expected):
    assert og.priority(np.array(gaps), np.array(status)).tolist() == expected


def test_status_codes_labels_codes_and_unknown():
    codes = og.status_codes(
        ["Hoch", "mittel", " Sehr  Niedrig", None, "nicht bewertet", 3, 4.0, "2", float("nan")]
    )
    assert codes.tolist() == [1, 2, 4, 0, 0, 3, 4, 2, 0]
    with pytest.raises(MethodError, match="Unknown status class.*Oberhausen"):
        og.status_codes(["Hoch", "Oberhausen"])


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Kita", "kita"),
        ("Stadtteilbüro", "stadtteilbuero"),
        ("Straße / Größe", "strasse_groesse"),
        ("ÄÖÜ", "aeoeue"),
        ("Café-Treff 60+", "cafe_treff_60"),
        ("  Beratung   (Schulden) ", "beratung_schulden"),
        ("???", "kategorie"),
        (7, "7"),
    ],
)
def test_field_safe(value, expected):
    assert og.field_safe(value) == expected


def test_encode_categories_merges_and_skips_empty():
    codes, names, labels, merged = og.encode_categories(["Kita", "KITA", None, "", "Stadtteilbüro", "Kita"])
    assert names == ["kita", "stadtteilbuero"]
    assert labels == ["KITA", "Stadtteilbüro"]  # first value in sorted order
    assert codes.tolist() == [0, 0, -1, -1, 1, 0]
    assert merged == {"kita": ["KITA", "Kita"]}
    with pytest.raises(MethodError, match="at most 100"):
        og.encode_categories([f"k{i}" for i in range(101)])


def test_fill_capacity_median_of_category():
    cap, used = og.fill_capacity(
        np.array([10.0, np.nan, 30, 20, np.nan, np.nan]), np.array([0, 0, 0, 0, 1, 1])
    )
    assert cap.tolist() == [10, 20, 30, 20, 1, 1]
    assert used == {0: (20.0, 1), 1: (1.0, 2)}
    with pytest.raises(MethodError, match="Field 'plaetze': value -3 of feature 12 is negative"):
        og.check_non_negative(np.array([1.0, -3.0]), [11, 12], "plaetze")


def test_distribute_need_by_weights():
    need, fallback = og.distribute_need(
        np.array([100.0, 50.0, np.nan, 30.0]),
        np.array([0, 0, 1, -1, 2, 1]),
        np.array([1.0, 3, 0, 5, 2, np.nan]),
    )
    assert need.tolist() == [25.0, 75.0, 0.0, 0.0, 0.0, 0.0]
    assert fallback.tolist() == [False, True, False, True]  # area 1 weighs 0, area 3 has no point


# ---------------------------------------------------------------- straight distances
def brute(px, py, qx, qy):
    return np.hypot(px[:, None] - qx[None, :], py[:, None] - qy[None, :])


# ------------------------------------------------------------------------- one run
def test_network_distance_enters_core_as_a_function():
    """core.offergap.analyse alone (no QGIS data types): a network function replaces straight lines."""
    settings = og.Settings("id", "ew", radius=1000.0)
    ring = np.array([[0, 0], [2000, 0], [2000, 1000], [0, 1000], [0, 0]], float)
    inputs = og.OffergapInputs(
        settings,
        ["A"],
        np.array([100.0]),
        None,
        [[ring]],
        np.array([[500.0, 500.0]]),
        og.PointLayer([7], np.array([900.0]), np.array([500.0])),
    )
    calls, notes, shares = [], [], []

    def network(demand, offers, n_categories, radius, straight):
        calls.append(straight.i.tolist())
        far = np.full((demand.x.size, n_categories), 1500.0)  # the street is a detour: out of reach
        return og.Distances(spatial.empty_pairs(n_categories, demand.x.size), far), 12.0

    result = og.analyse(inputs, network, shares.append, notes.append)
    assert calls == [[0]]  # the straight pair bounds the network candidates
    assert result.gaps.table["og_alle_abdeckung"].tolist() == [0.0]
    assert result.gaps.table["og_alle_dist"].tolist() == [1500.0]
    assert shares == [0.8, 1.0]
    assert [n.template for n in notes] == [og.SNAPPED] and notes[0].args == (12.0,)
    assert result.long["wert"].size == len(og.MEASURES)


def test_analyse_notes_as_they_arise_and_errors():
    ring = np.array([[0, 0], [1000, 0], [1000, 1000], [0, 1000], [0, 0]], float)
    offers = og.PointLayer(
        [1, 2, 3], np.array([100.0, 200, 300]), np.full(3, 100.0), None, ["Kita", "KITA", None]
    )
    demand = og.PointLayer([5, 6], np.array([500.0, 5000]), np.array([500.0, 5000]), np.array([1.0, np.nan]))
    settings = og.Settings("id", "ew", category_field="kat", demand_field="w", radius=500.0)
    inputs = og.OffergapInputs(
        settings,
        ["A", "B"],
        np.array([10.0, np.nan]),
        ["Hoch", None],
        [[ring], []],
        np.zeros((2, 2)),
        offers,
        demand,
    )
    notes = []
    result = og.analyse(inputs, note=notes.append)
    assert notes == result.notes and all(n.warning for n in notes)
    assert [n.template for n in notes] == [
        og.NO_NEED,
        og.MERGED,
        og.UNCATEGORISED,
        og.NULL_WEIGHT,
        og.OUTSIDE,
    ]
    assert notes[1].args == ("'KITA', 'Kita'", "kita") and notes[2].args == (1, "kat")
    assert result.names == ["kita"] and result.labels == ["KITA"]
    assert result.gaps.table["og_kita_n"].tolist() == [2, 0]
    inputs.offers = og.PointLayer([1], np.zeros(1), np.zeros(1), None, [None])
    with pytest.raises(MethodError, match="No offer has a category in 'kat'"):
        og.analyse(inputs)
    inputs.need = np.array([-1.0, 0.0])
    with pytest.raises(MethodError, match="Field 'ew': value -1 of feature A is negative"):
        og.analyse(inputs)


# -------------------------------------------------------------- PySAL access reference
@pytest.fixture(scope="module")
def access_python():
    """Python of the separate venv with PySAL access (made by `make venv-access`)."""
    venv = ROOT / ".venv" / "access"
    if not (venv / ".installed").exists():  # the stamp is written after a successful install
        proc = subprocess.run(["make", "-s", "venv-access"], cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0 or not (venv / ".installed").exists():
            pytest.skip(f"PySAL access venv cannot be created: {proc.stderr[-500:]}")
    return venv / "bin" / "python"


@pytest.mark.parametrize("decay", og.DECAYS)
def test_matches_pysal_access(access_python, decay):
    rng = np.random.default_rng({"none": 11, "linear": 12, "gaussian": 13}[decay])
    n, m, radius = 400, 60, 800.0
    dx, dy, need = rng.uniform(0, 5000, n), rng.uniform(0, 5000, n), rng.uniform(1, 100, n)
    ox, oy, cap = rng.uniform(0, 5000, m), rng.uniform(0, 5000, m), rng.uniform(1, 50, m)
    dist = brute(dx, dy, ox, oy)
    payload = {
        "demand": [[i, float(need[i])] for i in range(n)],
        "supply": [[10000 + j, float(cap[j])] for j in range(m)],
        "cost": [[i, 10000 + j, float(dist[i, j])] for i in range(n) for j in range(m)],
        "radius": radius,
        "decay": decay,
    }
    proc = subprocess.run(
        [str(access_python), str(ROOT / "test" / "access_reference.py")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
    )
    reference = json.loads(proc.stdout)
    expected = np.array([reference[str(i)] for i in range(n)])
    pairs = spatial.pairs_within(dx, dy, ox, oy, radius, og.EPS)
    ours = og.floating_catchment(need, cap, pairs, og.decay_weights(pairs.d, radius, decay))[0][:, 0]
    assert (expected > 0).sum() > n / 2
    difference = np.abs(ours - expected).max()
    print(f"PySAL access {decay}: max abs difference {difference:.3g}")
    assert difference <= 1e-9


@pytest.mark.parametrize("decay", og.DECAYS)
def test_threads_change_no_bit(monkeypatch, decay):
    """offer_gaps on parallel threads (pair search, categories) equals the serial run bit for bit."""
    from sozialplanung.core import threads

    rng = np.random.default_rng(11)
    n, m = 4000, 300
    dx, dy = rng.uniform(0, 8000, n), rng.uniform(0, 8000, n)
    ox, oy = rng.uniform(0, 8000, m), rng.uniform(0, 8000, m)
    area = (np.floor(dx / 2000) + 4 * np.floor(dy / 2000)).astype(np.int64)
    need = rng.integers(100, 900, 16).astype(float)
    point_need, _ = og.distribute_need(need, area, rng.integers(1, 30, n).astype(float))
    demand = og.Points(dx, dy, point_need, area)
    offers = og.Points(
        ox, oy, rng.integers(5, 60, m).astype(float), np.zeros(m, np.int64), rng.integers(0, 3, m)
    )
    status = rng.integers(0, 5, 16)

    def run():
        return og.offer_gaps(need, status, demand, offers, ["a", "b", "c"], 900.0, decay)

    monkeypatch.setattr(threads, "WORKERS", 1)
    serial = run()
    monkeypatch.setattr(threads, "WORKERS", 2)
    monkeypatch.setattr(spatial, "BLOCK", 300)
    parallel = run()
    assert serial.table["og_a_zugang"].notna().all() and serial.access.any()
    assert serial.table.equals(parallel.table)
    assert np.array_equal(serial.access, parallel.access) and np.array_equal(serial.city, parallel.city)
