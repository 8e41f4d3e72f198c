"""Robustness of the Sozialindex: core variants with known answers, and the algorithm."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import layer_of, memory_layer, rows, run, square
from qgis.core import QgsProcessingException
from sozialplanung.core import robustheit as rb
from sozialplanung.core import sozialindex as si

# 14 units, mean 0 and sd (with n) exactly 1: the single-indicator index is -x.
X = [-2, -1, -1, -1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2]


def test_variants_list():
    inds = [si.Indicator("a"), si.Indicator("b", weight=2.0), si.Indicator("c")]
    names = [v.name for v in rb.variants(inds, si.Options(), population=True, runs=3, seed=7)]
    assert names == [
        "ohne a",
        "ohne b",
        "ohne c",
        "Standardabweichung mit n-1",
        "einwohnergewichtet",
        "robuster z-Wert",
        "Gewichte 1",
        "Gewichte 2",
        "Gewichte 3",
    ]
    robust = rb.variants(inds, si.Options(standardization="rank", sample_sd=True), False, 0)
    assert [v.name for v in robust] == [
        "ohne a",
        "ohne b",
        "ohne c",
        "Standardabweichung mit n",
        "z-Wert",
        "robuster z-Wert",
    ]
    weights = [[i.weight for i in v.indicators] for v in rb.variants(inds, si.Options(), False, 50, 1)[-50:]]
    flat = [w / base for ws in weights for w, base in zip(ws, (1.0, 2.0, 1.0))]
    assert 0.5 <= min(flat) < 0.6 and 1.4 < max(flat) <= 1.5  # +-50 %
    again = [[i.weight for i in v.indicators] for v in rb.variants(inds, si.Options(), False, 50, 1)[-50:]]
    assert again == weights  # same seed, same draws


def test_unit_on_a_cut_is_uncertain_unit_far_from_cuts_is_not():
    data = pd.DataFrame({"a": [10.0 + 5 * x for x in X]})
    result = rb.robustheit(data, [si.Indicator("a")], si.Options(), runs=3, seed=1)
    table = result.table
    assert result.base["index"].tolist() == pytest.approx([-x for x in X])
    # Variants: n-1, robust z and 3 random weights (one indicator: weights and robust z
    # change nothing after re-standardisation). With n-1 the index is -x * sqrt(13/14):
    # units at exactly +-1 (on the cuts Hoch / Niedrig) move inside to Mittel.
    assert table["varianten"].tolist() == [5] * 14
    on_cut = [i for i, x in enumerate(X) if abs(x) == 1]
    far = [i for i, x in enumerate(X) if abs(x) != 1]
    assert table["anteil_gleich"][on_cut].tolist() == pytest.approx([0.8] * 6)
    assert table["unsicher"][on_cut].tolist() == [1] * 6
    assert table["andere"][on_cut].tolist() == ["Mittel (1)"] * 6
    assert table["anteil_gleich"][far].tolist() == [1.0] * 8
    assert table["unsicher"][far].tolist() == [0] * 8
    assert table["andere"][far].isna().all()
    # a monotone change of the index keeps the ranks
    assert (table["rang_min"] == table["rang_max"]).all()
    assert table["rang_min"][13] == 1 and table["status"][13] == "Sehr Niedrig"
    assert result.skipped == []


def test_share_exactly_at_stable_share_is_stable_and_unrated_units_stay_null():
    data = pd.DataFrame({"a": [10.0 + 5 * x for x in X] + [99.0], "ew": [1000] * 14 + [100]})
    # 2 identical indicators: leave-one-out (2), n-1, weighted, robust, 5 runs = 10 variants;
    # only n-1 moves the units on a cut: share 9/10 = 0.9, not below STABLE_SHARE 0.9.
    data["b"] = data["a"]
    inds = [si.Indicator("a"), si.Indicator("b")]
    table = rb.robustheit(data, inds, si.Options(), "ew", runs=5, seed=3, stable_share=0.9).table
    assert table["varianten"][0] == 10
    assert table["anteil_gleich"][1] == pytest.approx(0.9)
    assert table["unsicher"][1] == 0
    table = rb.robustheit(data, inds, si.Options(), "ew", runs=4, seed=3, stable_share=0.9).table
    assert table["anteil_gleich"][1] == pytest.approx(8 / 9) and table["unsicher"][1] == 1
    assert table.iloc[14][["anteil_gleich", "rang_min", "unsicher", "status"]].isna().all()
    assert table["hinweis"][14] == "weniger als 300 Einwohner"


def test_random_weights_move_ranks_and_variants_that_fail_are_skipped():
    # b has MAD = 0 (most values equal): robust z fails and is left out, the rest runs.
    data = pd.DataFrame({"a": [1.0, 2, 3, 4, 5, 6], "b": [0.0, 0, 0, 0, 1, 9]})
    result = rb.robustheit(data, [si.Indicator("a"), si.Indicator("b")], si.Options(), runs=20, seed=5)
    assert [name for name, _ in result.skipped] == ["robuster z-Wert"]
    assert result.table["varianten"][0] == 2 + 1 + 20
    assert (result.table["rang_min"] <= result.base["rank"]).all()
    assert (result.table["rang_max"] >= result.base["rank"]).all()
    assert (result.table["rang_max"] > result.table["rang_min"]).any()


def test_bad_stable_share_and_cancel():
    data = pd.DataFrame({"a": [1.0, 2, 3, 4]})
    with pytest.raises(si.MethodError, match="STABLE_SHARE"):
        rb.robustheit(data, [si.Indicator("a")], si.Options(), stable_share=0)
    with pytest.raises(si.MethodError, match="Canceled"):
        rb.robustheit(data, [si.Indicator("a")], si.Options(), runs=5, step=lambda i, n: i < 2)


def quarters():
    """14 areas with shares 10 + 5x %, 1000 inhabitants each, and a small one (not rated)."""
    data = [(square(100 * i, 0), i + 1, 1000, 10.0 + 5 * x, 100.0) for i, x in enumerate(X)]
    data.append((square(1400, 0), 15, 50, 99.0, 100.0))
    return memory_layer(
        "Polygon", [("id", "integer"), ("ew", "integer"), ("n", "double"), ("d", "double")], data
    )


def test_algorithm_fields_and_known_answer():
    params = {
        "INPUT": quarters(),
        "ID_FIELD": "id",
        "INDICATORS": ["n", "d", "+", "1"],
        "POPULATION_FIELD": "ew",
        "RUNS": 10,
        "SEED": 42,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    out = rows(layer_of(run("sozialplanung:robustheit", params)), "id")
    # variants: n-1, weighted (equal populations: no change), robust z, 10 runs = 13
    assert out[1]["rb_varianten"] == 13
    assert out[11]["rb_status"] == "Niedrig"  # x = 1: exactly on CUT_NIEDRIG
    assert out[11]["rb_anteil_gleich"] == pytest.approx(12 / 13)
    assert out[11]["rb_unsicher"] == 0  # 0.923 >= 0.9
    assert out[5]["rb_status"] == "Mittel" and out[5]["rb_anteil_gleich"] == 1.0
    assert out[14]["rb_rang_min"] == out[14]["rb_rang_max"] == 1
    assert out[15]["rb_anteil_gleich"] is None and out[15]["rb_hinweis"] == "weniger als 300 Einwohner"
    params.update(RUNS=5, STABLE_SHARE=0.95)
    out = rows(layer_of(run("sozialplanung:robustheit", params)), "id")
    assert out[11]["rb_anteil_gleich"] == pytest.approx(7 / 8) and out[11]["rb_unsicher"] == 1
    assert out[11]["rb_andere"] == "Mittel (1)"
    assert out[5]["rb_unsicher"] == 0


@pytest.mark.parametrize(
    "change, text",
    [
        ({"INDICATORS": ["fehlt", "d", "+", "1"]}, "Field 'fehlt'"),
        ({"STABLE_SHARE": 0}, "STABLE_SHARE must be between 0 and 1"),
        ({"WEIGHTED": True, "POPULATION_FIELD": None}, "Population weighting needs"),
    ],
)
def test_algorithm_bad_input(change, text):
    params = {
        "INPUT": quarters(),
        "ID_FIELD": "id",
        "INDICATORS": ["n", "d", "+", "1"],
        "POPULATION_FIELD": "ew",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    params.update(change)
    params = {k: v for k, v in params.items() if v is not None}
    with pytest.raises(QgsProcessingException, match=text):
        run("sozialplanung:robustheit", params)
