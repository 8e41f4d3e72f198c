"""sozialindex, dynamik and aggregate through processing.run on real layers."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import layer_of, memory_layer, rows, run, square
from qgis.core import QgsProcessingException, QgsVectorLayer

Z4 = [-1.3416408, -0.4472136, 0.4472136, 1.3416408]
FIELDS = [
    ("id", "integer"),
    ("name", "string"),
    ("ew", "integer"),
    ("n0", "double"),
    ("n1", "double"),
    ("d", "double"),
]


def areas(extra=()):
    """Four squares (+ extras): shares n1/d = 10, 20, 30, 40 %, n0/d = 10 % everywhere."""
    data = [
        (square(0, 0), 1, "Nord", 500, 10, 10, 100),
        (square(100, 0), 2, "Ost", 600, 10, 20, 100),
        (square(200, 0), 3, "Süd", 700, 10, 30, 100),
        (square(300, 0), 4, "West", 800, 10, 40, 100),
        *extra,
    ]
    return memory_layer("Polygon", FIELDS, data)


def index_params(layer, **kw):
    params = {
        "INPUT": layer,
        "ID_FIELD": "id",
        "INDICATORS": ["n1", "d", "+", "1"],
        "POPULATION_FIELD": "ew",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    params.update(kw)
    return params


def test_sozialindex_fields_values_and_unrated_unit():
    layer = areas([(square(400, 0), 5, "Klein", 120, 5, 5, 100)])
    out = rows(layer_of(run("sozialplanung:sozialindex", index_params(layer))), "id")
    assert [out[i]["si_z_n1"] for i in (1, 2, 3, 4)] == pytest.approx(Z4)
    assert [out[i]["si_index"] for i in (1, 2, 3, 4)] == pytest.approx([-z for z in Z4])
    assert [out[i]["si_status"] for i in (1, 2, 3, 4)] == ["Hoch", "Mittel", "Mittel", "Niedrig"]
    assert [out[i]["si_status_code"] for i in (1, 2, 3, 4)] == [1, 2, 2, 3]
    assert [out[i]["si_rank"] for i in (1, 2, 3, 4)] == [4, 3, 2, 1]
    assert out[5]["si_hinweis"] == "weniger als 300 Einwohner"
    assert out[5]["si_index"] is None and out[5]["si_status"] is None
    assert out[3]["name"] == "Süd"  # input fields kept, umlauts intact


def test_sozialindex_gpkg_output_carries_default_style(tmp_path):
    path = tmp_path / "index.gpkg"
    run("sozialplanung:sozialindex", index_params(areas(), OUTPUT=str(path)))
    with sqlite3.connect(path) as db:
        styles = db.execute("select styleName, useAsDefault from layer_styles").fetchall()
    assert styles == [("status", 1)]
    assert (tmp_path / "index.qml").exists()
    layer = QgsVectorLayer(str(path), "x", "ogr")
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.renderer().classAttribute() == "si_status"


def test_dynamik_indicator_change_combined_class():
    status = layer_of(run("sozialplanung:sozialindex", index_params(areas())))
    out = rows(
        layer_of(
            run(
                "sozialplanung:dynamik",
                {
                    "INPUT": status,
                    "ID_FIELD": "id",
                    "INDICATORS": ["n0", "d", "n1", "d", "+", "1"],
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
            )
        ),
        "id",
    )
    # changes 0, 10, 20, 30 pp -> dyn_index = -z -> Positiv, Stabil, Stabil, Negativ
    assert [out[i]["dyn_index"] for i in (1, 2, 3, 4)] == pytest.approx([-z for z in Z4])
    assert [out[i]["dyn_klasse"] for i in (1, 2, 3, 4)] == ["Positiv", "Stabil", "Stabil", "Negativ"]
    assert [out[i]["si_klasse"] for i in (1, 2, 3, 4)] == [
        "Hoch & Stabil",
        "Mittel & Stabil",
        "Mittel & Stabil",
        "Niedrig & Negativ",
    ]
    assert [out[i]["si_klasse_code"] for i in (1, 2, 3, 4)] == [12, 22, 22, 33]
    assert [out[i]["si_aufmerksam"] for i in (1, 2, 3, 4)] == [0, 0, 0, 1]


def test_dynamik_index_difference_and_berlin_scheme():
    layer = memory_layer(
        "Polygon",
        [("id", "integer"), ("si_status", "string"), ("i0", "double"), ("i1", "double")],
        [(square(i * 100, 0), i, "Hoch", 0.0, float(i)) for i in (1, 2, 3, 4)],
    )
    out = rows(
        layer_of(
            run(
                "sozialplanung:dynamik",
                {
                    "INPUT": layer,
                    "ID_FIELD": "id",
                    "METHOD": 1,
                    "INDEX_T0": "i0",
                    "INDEX_T1": "i1",
                    "SCHEME": 1,
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
            )
        ),
        "id",
    )
    assert [out[i]["dyn_index"] for i in (1, 2, 3, 4)] == pytest.approx(Z4)
    assert out[4]["si_klasse"] == "Hoch & Positiv" and out[4]["si_klasse_code"] == 11


def blocks():
    """Six 100 m blocks: three in the west 300x100 area, three in the east one."""
    return memory_layer(
        "Polygon",
        [("block", "integer"), ("key", "string"), ("ew", "integer"), ("sgb2", "integer")],
        [(square(i * 100, 0), i, "W" if i < 3 else "O", 100 * (i + 1), 10 * (i + 1)) for i in range(6)],
    )


def quarters():
    return memory_layer(
        "Polygon",
        [("qid", "string"), ("name", "string")],
        [
            ("POLYGON((0 0,240 0,240 100,0 100,0 0))", "W", "West"),
            ("POLYGON((240 0,600 0,600 100,240 100,240 0))", "O", "Ost"),
        ],
    )


@pytest.mark.parametrize(
    "method, extra, west, east",
    [
        (0, {"INPUT_KEY": "key", "TARGET_KEY": "qid"}, (600, 60, 3), (1500, 150, 3)),
        (1, {}, (300, 30, 2), (1800, 180, 4)),  # point on surface of block 2 (x=250) lies east
        (2, {}, (420, 42, 3), (1680, 168, 4)),  # block 2 split 40 % / 60 %
    ],
)
def test_aggregate_methods(method, extra, west, east):
    params = {
        "INPUT": blocks(),
        "TARGET": quarters(),
        "METHOD": method,
        "FIELDS": ["ew", "sgb2"],
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    params.update(extra)
    out = rows(layer_of(run("sozialplanung:aggregate", params)), "qid")
    assert (out["W"]["ew"], out["W"]["sgb2"], out["W"]["n_einheiten"]) == pytest.approx(west)
    assert (out["O"]["ew"], out["O"]["sgb2"], out["O"]["n_einheiten"]) == pytest.approx(east)
    assert out["W"]["name"] == "West"


def expect_error(alg, params, text):
    with pytest.raises(QgsProcessingException, match=text):
        run(alg, params)


@pytest.mark.parametrize(
    "change, text",
    [
        ({"INDICATORS": ["fehlt", "d", "+", "1"]}, "Field 'fehlt'"),
        ({"INDICATORS": ["n1", "d", "+"]}, "4 values per row"),
        ({"INDICATORS": ["n1", "d", "hoch", "1"]}, "Direction must be"),
        ({"INDICATORS": ["n1", "d", "+", "-2"]}, "Weight must be a number >= 0"),
        ({"INDICATORS": ["n0", "d", "+", "1"]}, "Indicator n0 is constant"),
        ({"MIN_POPULATION": 10000}, "Only 0 rated unit"),
        ({"ID_FIELD": "name", "INPUT": "dup"}, "not unique: 'Nord'"),
        ({"INPUT": "text"}, "value 'viel' of feature 2 is not a number"),
        ({"INPUT": "empty"}, "is empty"),
        ({"CUT_HOCH": -3}, "CUT_SEHR_NIEDRIG < CUT_NIEDRIG < CUT_HOCH"),
        ({"WEIGHTED": True, "POPULATION_FIELD": None}, "Population weighting needs"),
        ({"OUTPUT": "/nonexistent/dir/out.gpkg"}, "Could not create|konnte nicht|Could not"),
    ],
)
def test_sozialindex_bad_input(change, text):
    layer = areas()
    if change.get("INPUT") == "dup":
        layer = areas([(square(400, 0), 5, "Nord", 900, 10, 50, 100)])
    elif change.get("INPUT") == "text":
        layer = memory_layer(
            "Polygon",
            [("id", "integer"), ("n1", "string"), ("d", "double")],
            [(square(0, 0), 1, "3,5", 10), (square(0, 100), 2, "viel", 10)],
        )
    elif change.get("INPUT") == "empty":
        layer = memory_layer("Polygon", FIELDS, [])
    change = {k: v for k, v in change.items() if k != "INPUT"}
    params = index_params(layer, **change)
    if params.get("POPULATION_FIELD") is None:
        params.pop("POPULATION_FIELD")
    if layer.fields().lookupField("ew") < 0:
        params.pop("POPULATION_FIELD")
    expect_error("sozialplanung:sozialindex", params, text)


def test_nothing_written_when_validation_fails(tmp_path):
    path = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException):
        run(
            "sozialplanung:sozialindex",
            index_params(areas(), INDICATORS=["n0", "d", "+", "1"], OUTPUT=str(path)),
        )
    assert not path.exists()


@pytest.mark.parametrize(
    "params, text",
    [
        ({"METHOD": 1}, "INDEX_T0 and INDEX_T1"),
        ({"INDICATORS": ["", "d", "n1", "d", "+", "1"]}, "denominator t0 without field t0"),
        ({"INDICATORS": []}, "No indicators"),
        ({"STATUS_FIELD": "name"}, "Unknown status class"),
        ({"CUT_DYNAMIK": 0}, "CUT_DYNAMIK must be greater than 0"),
    ],
)
def test_dynamik_bad_input(params, text):
    status = layer_of(run("sozialplanung:sozialindex", index_params(areas())))
    full = {
        "INPUT": status,
        "ID_FIELD": "id",
        "INDICATORS": ["n0", "d", "n1", "d", "+", "1"],
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    full.update(params)
    expect_error("sozialplanung:dynamik", full, text)


def test_aggregate_bad_input():
    expect_error(
        "sozialplanung:aggregate",
        {"INPUT": blocks(), "TARGET": quarters(), "METHOD": 0, "OUTPUT": "TEMPORARY_OUTPUT"},
        "INPUT_KEY and TARGET_KEY",
    )
    dup = memory_layer("Polygon", [("qid", "string")], [(square(0, 0), "W"), (square(100, 0), "W")])
    expect_error(
        "sozialplanung:aggregate",
        {
            "INPUT": blocks(),
            "TARGET": dup,
            "METHOD": 0,
            "INPUT_KEY": "key",
            "TARGET_KEY": "qid",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        "not unique: 'W'",
    )
