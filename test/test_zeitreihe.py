"""sozialplanung:zeitreihe through Processing: known transitions, Berlin 2021, bad input, qgis_process."""

from __future__ import annotations

import re
import sqlite3
import sys

import pytest
from helpers import ROOT, layer_of, memory_layer, qgis_process_json, recorder, rows, run, square, write_gpkg
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer
from test_qgis_process import home  # noqa: F401 - fixture shared with those tests

sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "test" / "core")]
import validate_berlin  # noqa: E402
from test_core_zeitreihe import INDEX, YEARS  # noqa: E402

ALG = "sozialplanung:zeitreihe"


def areas(extra: dict | None = None):
    """The seven areas of test_core_zeitreihe as counts n_<year> of 1000 inhabitants ew_<year>."""
    fields = [("id", "string")] + [(f"{v}_{y}", "double") for y in YEARS for v in ("n", "ew")]
    data = []
    for i, (area, index) in enumerate(INDEX.items()):
        values = []
        for k, _ in enumerate(YEARS):
            values += [10.0 * (50.0 - 10.0 * index[k]), 1000.0]
        data.append((square(100 * i, 0), area, *values))
    for name, values in (extra or {}).items():
        fields.append((name, "double"))
        data = [(*row, v) for row, v in zip(data, values)]
    return memory_layer("Polygon", fields, data)


def params(**change) -> dict:
    p = {
        "INPUT": areas(),
        "ID_FIELD": "id",
        "INDICATORS": ["n_{jahr}", "ew_{jahr}", "+", "1"],
        "YEARS": "2019, 2021, 2023",
        "POPULATION_FIELD": "ew_{jahr}",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
    }
    p.update(change)
    return {k: v for k, v in p.items() if v is not None}


def test_fields_values_and_transitions():
    feedback = recorder()
    result = run(ALG, params(), feedback)
    out = rows(layer_of(result), "id")
    assert out["A"]["zr_index_2019"] == pytest.approx(1.5) and out["A"]["zr_index_2023"] == pytest.approx(0.5)
    assert [out[a]["zr_status_2023"] for a in INDEX] == [
        "Mittel",
        "Mittel",
        "Niedrig",
        "Hoch",
        "Sehr Niedrig",
        "Mittel",
        "Hoch",
    ]
    assert out["E"]["zr_rang_2023"] == 1 and out["D"]["zr_rang_2023"] == 7
    assert {a: out[a]["zr_wechsel"] for a in "ACDG"} == {
        "A": "Hoch → Mittel",
        "C": "Mittel → Niedrig",
        "D": "",
        "G": "Sehr Niedrig → Hoch",
    }
    assert [out[a]["zr_abstiege"] for a in INDEX] == [2, 0, 2, 0, 2, 1, 0]
    assert [out[a]["zr_warnung"] for a in INDEX] == [1, 0, 1, 0, 1, 0, 0]
    assert out["E"]["zr_hinweis"].startswith("Index seit 2019 2 Ausgaben in Folge")
    assert out["A"]["n_2019"] == 350.0  # input fields kept
    table = [tuple(f.attributes()) for f in layer_of(result, "OUTPUT_TABLE").getFeatures()]
    assert len(table) == 4 + 7 and sum(r[4] for r in table) == 14  # 7 areas x 2 transitions
    assert ("2021", "2023", "Sehr Niedrig", "Hoch", 1) in table
    assert ("2019", "2021", "Mittel", "Mittel", 3) in table
    assert "Early warning (zr_warnung = 1) for 3 of 7 areas rated in 2023." in feedback.infos
    assert "  2021 → 2023: Hoch → Mittel: 1" in feedback.infos


def test_years_found_automatically_and_base_year_mode():
    feedback = recorder()
    layer = areas({"n_2017": [500.0] * 7})  # 2017 has no ew_2017: left out with a warning naming it
    out = rows(layer_of(run(ALG, params(INPUT=layer, YEARS=""), feedback)), "id")
    assert out["G"]["zr_status_2023"] == "Hoch" and "zr_index_2017" not in out["G"]
    assert "Year 2017 left out: field 'ew_2017' (INDICATORS) does not exist." in feedback.warnings
    assert "Editions found: 2019, 2021, 2023." in feedback.infos
    base = rows(layer_of(run(ALG, params(COMPARISON=1, YEARS="2019,2021"))), "id")
    # the shares are permutations of the same values: against 2019's mean and SD nothing changes
    assert base["A"]["zr_index_2021"] == pytest.approx(1.0)
    assert base["D"]["zr_wechsel"] == "" and base["G"]["zr_wechsel"] == "Niedrig → Sehr Niedrig"


def test_gpkg_output_carries_the_warning_style(tmp_path):
    out = tmp_path / "zeitreihe.gpkg"
    run(ALG, params(OUTPUT=str(out), OUTPUT_TABLE=str(tmp_path / "wechsel.csv")))
    layer = QgsVectorLayer(str(out), "zr", "ogr")
    assert layer.renderer().classAttribute() == "zr_warnung"
    with sqlite3.connect(out) as db:
        assert db.execute("select count(*) from layer_styles where useAsDefault").fetchone() == (1,)
    lines = (tmp_path / "wechsel.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "von_jahr,bis_jahr,von_status,bis_status,anzahl" and len(lines) == 1 + 11


def test_areas_rated_in_one_edition_but_not_another_are_reported():
    layer = areas()
    layer.startEditing()
    feature = next(f for f in layer.getFeatures() if f["id"] == "F")
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("ew_2021"), 100.0)  # below 300
    layer.commitChanges()
    feedback = recorder()
    out = rows(layer_of(run(ALG, params(INPUT=layer), feedback)), "id")
    assert out["F"]["zr_status_2021"] is None and out["F"]["zr_index_2021"] is None
    assert out["F"]["zr_status_2023"] is not None and out["F"]["zr_warnung"] is not None
    assert out["F"]["zr_hinweis"] == "2021 nicht bewertet: weniger als 300 Einwohner"
    assert (
        "1 areas rated in another edition are not rated in 2021: F (the reason is in zr_hinweis)."
        in feedback.warnings
    )


def value(v):
    """None for NULL."""
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def berlin_layer():
    """Berlin's MSS 2021 shares as edition 2021 and, share minus two-year change, as edition 2019."""
    shares = validate_berlin.shares_layer(validate_berlin.DEFAULT_DIR)
    fields = [("PLR_ID", "string"), ("EW", "double"), ("AUSSCHLUSS", "integer")]
    fields += [(f"{s}_{y}", "double") for y in ("2019", "2021") for s in ("S1", "S3", "S4")]
    layer = memory_layer("None", fields, [])
    feats = []
    for f in shares.getFeatures():
        now = [value(f[s]) for s in ("S1", "S3", "S4")]
        change = [value(f[d]) for d in ("D1", "D3", "D4")]
        before = [None if v is None or d is None else v - d for v, d in zip(now, change)]
        feat = QgsFeature(layer.fields())
        feat.setAttributes([f["PLR_ID"], f["EW"], f["AUSSCHLUSS"], *before, *now])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return shares, layer


@pytest.mark.skipif(not validate_berlin.DEFAULT_DIR.exists(), reason="../shared/reference not present")
def test_berlin_2021_edition_equals_sozialindex_exactly():
    shares, layer = berlin_layer()
    common = {"POPULATION_FIELD": "EW", "MIN_POPULATION": 300, "EXCLUDE_FIELD": "AUSSCHLUSS"}
    status = rows(
        layer_of(
            run(
                "sozialplanung:sozialindex",
                {
                    "INPUT": shares,
                    "ID_FIELD": "PLR_ID",
                    "INDICATORS": ["S1", "", "+", 1, "S3", "", "+", 1, "S4", "", "+", 1],
                    "OUTPUT": "TEMPORARY_OUTPUT",
                    **common,
                },
            )
        ),
        "PLR_ID",
    )
    series = rows(
        layer_of(
            run(
                ALG,
                {
                    "INPUT": layer,
                    "ID_FIELD": "PLR_ID",
                    "INDICATORS": ["S1_{jahr}", "", "+", 1, "S3_{jahr}", "", "+", 1, "S4_{jahr}", "", "+", 1],
                    "YEARS": "2019,2021",
                    "OUTPUT": "TEMPORARY_OUTPUT",
                    **common,
                },
            )
        ),
        "PLR_ID",
    )
    assert len(series) == len(status) > 536
    rated = [k for k, r in status.items() if r["si_status"] is not None]
    assert len(rated) == 536
    for key, r in status.items():
        s = series[key]
        assert (s["zr_index_2021"], s["zr_status_2021"], s["zr_rang_2021"]) == (
            r["si_index"],
            r["si_status"],
            r["si_rank"],
        ), key
    official = validate_berlin.read_official(validate_berlin.DEFAULT_DIR)
    assert sum(series[k]["zr_status_2021"] == official[k]["status"] for k in rated) == 536
    assert all(series[k]["zr_warnung"] in (0, 1) for k in rated)


@pytest.mark.parametrize(
    "change, text",
    [
        ({"YEARS": "2019,2021,2025"}, "Field 'n_2025' (INDICATORS, year 2025) does not exist"),
        (
            {"POPULATION_FIELD": "einw_{jahr}"},
            "Field 'einw_2019' (POPULATION_FIELD, year 2019) does not exist",
        ),
        ({"YEARS": "2023"}, "At least two editions are needed, but YEARS gives 1: 2023"),
        ({"YEARS": "2021,2021"}, "YEARS: 2021 is given more than once"),
        ({"INDICATORS": ["n_2019", "ew_2019", "+", "1"]}, "placeholder"),
        ({"COMPARISON": 1, "STANDARDIZATION": 3}, "not the percentile rank"),
        ({"WEIGHTED": True, "POPULATION_FIELD": None}, "Population weighting needs"),
    ],
)
def test_bad_input(change, text):
    with pytest.raises(QgsProcessingException, match=re.escape(text)):
        run(ALG, params(**change))


def test_only_one_edition_found_names_the_missing_field():
    fields = [("id", "integer"), ("n_2021", "double"), ("n_2023", "double"), ("ew_2023", "double")]
    layer = memory_layer("Point", fields, [(None, 1, 1.0, 1.0, 1.0)])
    with pytest.raises(
        QgsProcessingException, match=r"exist for 1 year\(s\) only \(2023\)\. Missing fields: 2021: 'ew_2021'"
    ):
        run(ALG, params(INPUT=layer, YEARS=""))


def test_a_failing_edition_is_named():
    layer = areas()
    layer.startEditing()
    for f in layer.getFeatures():
        layer.changeAttributeValue(f.id(), layer.fields().indexOf("n_2021"), 500.0)
    layer.commitChanges()
    with pytest.raises(QgsProcessingException, match="Edition 2021: Indicator n_2021 is constant"):
        run(ALG, params(INPUT=layer))


def test_text_that_is_no_number_names_field_and_feature():
    layer = memory_layer(
        "Point",
        [("id", "integer"), ("n_2019", "string"), ("n_2021", "double")],
        [(None, 1, "x", 1.0), (None, 2, "2", 2.0), (None, 3, "3", 4.0)],
    )
    with pytest.raises(
        QgsProcessingException, match="Field 'n_2019': value 'x' of feature 1 is not a number"
    ):
        run(ALG, params(INPUT=layer, INDICATORS=["n_{jahr}", "", "+", "1"], YEARS="", POPULATION_FIELD=None))


def test_qgis_process_run(home, tmp_path):  # noqa: F811
    gpkg = tmp_path / "areas.gpkg"
    write_gpkg(gpkg, {"quartiere": areas()})
    out = tmp_path / "zr.gpkg"
    answer = qgis_process_json(
        "run",
        ALG,
        "--",
        f"INPUT={gpkg}|layername=quartiere",
        "ID_FIELD=id",
        "INDICATORS=n_{jahr},ew_{jahr},+,1",
        "POPULATION_FIELD=ew_{jahr}",
        f"OUTPUT={out}",
        home=home,
    )
    assert answer["results"]["OUTPUT"] == str(out)
    result = rows(QgsVectorLayer(str(out), "zr", "ogr"), "id")
    assert [result[a]["zr_warnung"] for a in INDEX] == [1, 0, 1, 0, 1, 0, 0]
    assert result["G"]["zr_wechsel"] == "Sehr Niedrig → Hoch"
