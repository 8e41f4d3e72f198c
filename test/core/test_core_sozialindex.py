"""Core method with numbers checked by hand (no QGIS needed)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from sozialplanung.core import sozialindex as si
from sozialplanung.core.aggregate import aggregate_counts

Z4 = [-1.3416408, -0.4472136, 0.4472136, 1.3416408]  # z of 1, 2, 3, 4 (sd with n)


def frame(**cols) -> pd.DataFrame:
    return pd.DataFrame({k: pd.Series(v, dtype=float) for k, v in cols.items()})


def test_single_indicator_z_classes_and_rank():
    out = si.sozialindex(frame(a=[1, 2, 3, 4]), [si.Indicator("a")])
    assert out["z_a"].tolist() == pytest.approx(Z4)
    assert out["index"].tolist() == pytest.approx([-z for z in Z4])
    assert out["status"].tolist() == ["Hoch", "Mittel", "Mittel", "Niedrig"]
    assert out["status_code"].tolist() == [1, 2, 2, 3]
    assert out["rank"].tolist() == [4, 3, 2, 1]  # 1 = most disadvantaged
    assert out["hinweis"].isna().all()


def test_value_on_cut_belongs_to_outer_class():
    out = si.sozialindex(frame(a=[-1, -1, 1, 1]), [si.Indicator("a")])
    assert out["index"].tolist() == pytest.approx([1, 1, -1, -1])
    assert out["status"].tolist() == ["Hoch", "Hoch", "Niedrig", "Niedrig"]
    opts = si.Options(cut_niedrig=-0.5, cut_sehr_niedrig=-1.0)
    out = si.sozialindex(frame(a=[-1, -1, 1, 1]), [si.Indicator("a")], opts)
    assert out["status"].tolist() == ["Hoch", "Hoch", "Sehr Niedrig", "Sehr Niedrig"]


def test_count_and_denominator_share_and_not_rated_reasons():
    data = frame(
        n=[10, 20, 30, 40, 5, 7, np.nan],
        d=[100, 100, 100, 100, 0, 100, 100],
        ew=[500, 600, 700, 800, 900, 120, 900],
    )
    out = si.sozialindex(data, [si.Indicator("n", "d")], population="ew")
    # shares 10, 20, 30, 40 % over the four rated units: z as for 1..4
    assert out["z_n"].iloc[:4].tolist() == pytest.approx(Z4)
    assert out["hinweis"].iloc[4] == "Nenner 0 oder leer: d"
    assert out["hinweis"].iloc[5] == "weniger als 300 Einwohner"
    assert out["hinweis"].iloc[6] == "Wert fehlt: n"
    assert out.iloc[4:][["index", "status", "rank", "score", "z_n"]].isna().all().all()


def test_exclusion_flag_values():
    data = pd.DataFrame({"a": [1.0, 2, 3, 4, 100], "x": [0, None, "nein", "", "ja"]})
    out = si.sozialindex(data, [si.Indicator("a")], exclude="x")
    assert out["z_a"].iloc[:4].tolist() == pytest.approx(Z4)  # outlier not in mean or sd
    assert out["hinweis"].iloc[4] == "ausgeschlossen (x)"
    assert [si.is_true(v) for v in (1, "1", "true", "Ja", "x", 0, "0", None, float("nan"))] == [True] * 5 + [
        False
    ] * 4


def test_weights_and_directions():
    data = frame(a=[1, 2, 3, 4], b=[4, 3, 2, 1])
    # score = z_a + 2 * z_b = -z_a, standardised again: -z_a; favourable = z_a
    out = si.sozialindex(data, [si.Indicator("a"), si.Indicator("b", weight=2)])
    assert out["score"].tolist() == pytest.approx([-z for z in Z4])
    assert out["index"].tolist() == pytest.approx(Z4)
    # direction '-' on b: score = z_a - z_b = 2 z_a
    out = si.sozialindex(data, [si.Indicator("a"), si.Indicator("b", direction=-1)])
    assert out["score"].tolist() == pytest.approx([2 * z for z in Z4])
    assert out["index"].tolist() == pytest.approx([-z for z in Z4])


def test_sum_versus_weighted_mean():
    data = frame(a=[1, 2, 3, 4], b=[0, 0, 1, 1])
    inds = [si.Indicator("a"), si.Indicator("b")]
    summed = [-2.3416408, -1.4472136, 1.4472136, 2.3416408]
    sd = math.sqrt((summed[0] ** 2 + summed[1] ** 2) / 2)
    out = si.sozialindex(data, inds)
    assert out["score"].tolist() == pytest.approx(summed)
    assert out["index"].tolist() == pytest.approx([-s / sd for s in summed])
    out = si.sozialindex(data, inds, si.Options(aggregation="mean"))
    assert out["score"].tolist() == pytest.approx([s / 2 for s in summed])
    assert out["index"].tolist() == pytest.approx([-s / 2 for s in summed])
    assert out["status"].tolist() == ["Hoch", "Mittel", "Mittel", "Niedrig"]


def test_population_weighting_and_sample_sd_and_orientation():
    data = frame(a=[1, 3], ew=[300, 900])
    out = si.sozialindex(data, [si.Indicator("a")], si.Options(weighted=True), population="ew")
    assert out["z_a"].tolist() == pytest.approx([-1.7320508, 0.5773503])
    out = si.sozialindex(frame(a=[1, 2, 3, 4]), [si.Indicator("a")], si.Options(sample_sd=True))
    assert out["z_a"].iloc[0] == pytest.approx(-1.5 / math.sqrt(5 / 3))
    out = si.sozialindex(frame(a=[1, 2, 3, 4]), [si.Indicator("a")], si.Options(high_is_good=False))
    assert out["index"].tolist() == pytest.approx(Z4)
    assert out["status"].tolist() == ["Hoch", "Mittel", "Mittel", "Niedrig"]  # classes unchanged


def test_other_standardisations():
    x = np.array([1.0, 2, 3, 4, 100])
    assert si.standardize(x, "robust")[4] == pytest.approx(97 / 1.4826022)
    assert si.standardize(x, "minmax").tolist() == pytest.approx([0, 1 / 99, 2 / 99, 3 / 99, 1])
    assert si.standardize(x, "rank").tolist() == pytest.approx([0.2, 0.4, 0.6, 0.8, 1.0])
    assert np.isnan(si.standardize(np.array([1.0, np.nan, 3.0]))[1])


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: si.sozialindex(frame(a=[2, 2, 2]), [si.Indicator("a")]), "Indicator a is constant"),
        (lambda: si.sozialindex(frame(a=[1, np.nan]), [si.Indicator("a")]), "Only 1 rated unit"),
        (lambda: si.parse_direction("hoch"), "Direction must be '+' or '-', not 'hoch'"),
        (lambda: si.parse_weight("-1"), "Weight must be a number >= 0, not '-1'"),
        (lambda: si.parse_weight("viel"), "Weight must be a number, not 'viel'"),
        (lambda: si.Options(cut_hoch=-2).check(), "CUT_SEHR_NIEDRIG < CUT_NIEDRIG < CUT_HOCH"),
        (lambda: si.sozialindex(frame(a=[1, 2]), [si.Indicator("a", weight=0)]), "weight > 0"),
        (lambda: si.sozialindex(frame(a=[1, 2]), [si.Indicator("a"), si.Indicator("a")]), "more than once"),
    ],
)
def test_method_errors_name_the_problem(call, message):
    with pytest.raises(si.MethodError, match=message.replace("(", r"\(").replace("+", r"\+")):
        call()


def test_dynamik_indicator_change_and_combined_classes():
    data = pd.DataFrame(
        {"s0": [10.0] * 4, "s1": [9.0, 10, 11, 12], "st": ["Hoch", "Mittel", "Niedrig", "Sehr Niedrig"]}
    )
    dyn = si.dynamik(data, [si.ChangeIndicator("s0", None, "s1", None)], status="st")
    assert dyn["index"].tolist() == pytest.approx([-z for z in Z4])
    assert dyn["klasse"].tolist() == ["Positiv", "Stabil", "Stabil", "Negativ"]
    comb = si.combined_classes(data["st"], dyn["klasse"])
    assert comb["klasse"].tolist() == [
        "Hoch & Stabil",
        "Mittel & Stabil",
        "Niedrig & Stabil",
        "Sehr Niedrig & Negativ",
    ]
    assert comb["code"].tolist() == [12, 22, 32, 43]
    assert comb["aufmerksam"].tolist() == [0, 0, 1, 1]
    berlin = si.combined_classes(data["st"], dyn["klasse"], "berlin")
    assert berlin["klasse"].iloc[0] == "Hoch & Positiv" and berlin["code"].iloc[0] == 11


def test_dynamik_given_change_counts_and_unrated_status():
    data = pd.DataFrame(
        {
            "n0": [1.0, 2, 3, 4, 1],
            "d0": [10.0] * 5,
            "n1": [2.0, 2, 3, 5, 1],
            "d1": [10.0] * 4 + [0.0],
            "st": ["Mittel"] * 4 + [None],
        }
    )
    dyn = si.dynamik(data, [si.ChangeIndicator("n0", "d0", "n1", "d1")], status="st")
    # changes in percentage points: 10, 0, 0, 10 -> z = 1, -1, -1, 1 -> favourable -1, 1, 1, -1
    assert dyn["index"].iloc[:4].tolist() == pytest.approx([-1, 1, 1, -1])
    assert dyn["klasse"].iloc[:4].tolist() == ["Negativ", "Positiv", "Positiv", "Negativ"]
    assert dyn["hinweis"].iloc[4] == "Status nicht bewertet; Nenner 0 oder leer: d1"
    given = si.dynamik(pd.DataFrame({"d": [10.0, 0, 0, 10]}), [si.ChangeIndicator(None, None, "d", None)])
    assert given["index"].tolist() == pytest.approx([-1, 1, 1, -1])


def test_dynamik_index_difference():
    dyn = si.dynamik_index_difference(pd.Series([0.0, 0, 0, 0]), pd.Series([1.0, 2, 3, 4]))
    assert dyn["index"].tolist() == pytest.approx(Z4)
    assert dyn["klasse"].tolist() == ["Negativ", "Stabil", "Stabil", "Positiv"]


def test_combined_class_legend_and_unknown_status():
    legend = si.class_legend("oberhausen")
    assert (
        len(legend) == 11
        and legend[0] == (12, "Hoch & Stabil")
        and legend[-1] == (43, "Sehr Niedrig & Negativ")
    )
    assert len(si.class_legend("berlin")) == 12
    with pytest.raises(si.MethodError, match="Unknown status class"):
        si.combined_classes(pd.Series(["gut"]), pd.Series(["Stabil"]))
    comb = si.combined_classes(pd.Series(["Niedrig", None, "Mittel"]), pd.Series([None, "Negativ", None]))
    assert comb["klasse"].isna().all()
    assert comb["aufmerksam"].tolist() == [1, 1, None]


def test_aggregate_counts_weights_and_nulls():
    values = np.array([[1.0, np.nan], [2.0, 5.0], [3.0, 7.0]])
    res = aggregate_counts(
        np.array([0, 1, 2, 2]), np.array([0, 0, 0, 1]), np.array([1, 1, 0.5, 0.5]), values, 2
    )
    assert res.sums.ravel().tolist() == pytest.approx([4.5, 8.5, 1.5, 3.5])
    assert res.n_units.tolist() == [3, 1]
    assert res.null_counts.tolist() == [0, 1]


def test_label_codes_none_for_missing_and_unknown_labels():
    codes = si.label_codes(pd.Series(["Negativ", None, "Stabil", "gut", np.nan], name="k"), si.DYN_LABELS)
    assert codes.tolist() == [3, None, 2, None, None]
    assert codes.dtype == object and codes.name == "k"
