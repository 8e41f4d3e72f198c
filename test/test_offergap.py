"""sozialplanung:offergap through processing.run and qgis_process on real layers."""

from __future__ import annotations

import math
import sqlite3

import pytest
from helpers import (
    DEMO_GPKG,
    ROOT,
    layer_of,
    memory_layer,
    qgis_process_json,
    recorder,
    rows,
    run,
    square,
    write_gpkg,
)
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

ALG = "sozialplanung:offergap"
X0, Y0 = 350000.0, 5700000.0  # EPSG:25832 near Oberhausen


def pt(x, y):
    return f"POINT({X0 + x} {Y0 + y})"


def areas(extra=()):
    """The worked example: four 1 km squares A-D in a row (need 1000, 2000, 500, 0)."""
    data = [
        (square(X0 + 0, Y0, 1000), 1, "A", 1000, "Hoch"),
        (square(X0 + 1000, Y0, 1000), 2, "B", 2000, "Niedrig"),
        (square(X0 + 2000, Y0, 1000), 3, "C", 500, "Sehr Niedrig"),
        (square(X0 + 3000, Y0, 1000), 4, "D", 0, None),
        *extra,
    ]
    return memory_layer(
        "Polygon", [("id", "integer"), ("name", "string"), ("ew", "integer"), ("status", "string")], data
    )


def offers(extra=()):
    """Kita K1 (60 places) in A, K2 (30) in C, a Stadtteilbüro without capacity in D."""
    data = [
        (pt(900, 500), 1, "Kita", 60),
        (pt(2500, 500), 2, "Kita", 30),
        (pt(3500, 500), 3, "Stadtteilbüro", None),
        *extra,
    ]
    return memory_layer(
        "Point", [("einr_id", "integer"), ("kategorie", "string"), ("plaetze", "integer")], data
    )


def params(**kw):
    p = {
        "AREAS": areas(),
        "ID_FIELD": "id",
        "NEED_FIELD": "ew",
        "STATUS_FIELD": "status",
        "OFFERS": offers(),
        "CATEGORY_FIELD": "kategorie",
        "CAPACITY_FIELD": "plaetze",
        "RADIUS": 1000,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
    }
    p.update(kw)
    return {k: v for k, v in p.items() if v is not None}


def field(out, name):
    return [out[i][name] for i in (1, 2, 3, 4)]


def approx_or_none(values, expected):
    assert len(values) == len(expected)
    for v, e in zip(values, expected):
        assert (v is None) if e is None else v == pytest.approx(e, abs=1e-6), (values, expected)


def test_worked_example_area_centres():
    feedback = recorder()
    result = run(ALG, params(), feedback)
    out = rows(layer_of(result), "id")
    approx_or_none(field(out, "og_kita_zugang"), [20.0, 32.0, 12.0, None])
    assert field(out, "og_kita_n") == [1, 0, 1, 0]
    approx_or_none(field(out, "og_kita_kap"), [60, 0, 30, 0])
    approx_or_none(field(out, "og_kita_je1000"), [60.0, 0.0, 60.0, None])
    approx_or_none(field(out, "og_kita_dist"), [400.0, 600.0, 0.0, None])
    approx_or_none(field(out, "og_kita_abdeckung"), [1.0, 1.0, 1.0, None])
    assert field(out, "og_kita_luecke") == [0, 0, 1, 0]
    # Stadtteilbüro: NULL capacity -> 1 (no known capacity in the category), reaches C (1000 m) and D
    approx_or_none(field(out, "og_stadtteilbuero_zugang"), [0.0, 0.0, 2.0, None])
    approx_or_none(field(out, "og_stadtteilbuero_dist"), [3000.0, 2000.0, 1000.0, None])
    approx_or_none(field(out, "og_stadtteilbuero_abdeckung"), [0.0, 0.0, 1.0, None])
    assert field(out, "og_stadtteilbuero_luecke") == [1, 1, 0, 0]
    assert field(out, "og_luecken") == [1, 1, 1, 0]
    assert field(out, "og_prioritaet") == ["niedrig", "hoch", "hoch", "niedrig"]
    assert out[3]["name"] == "C" and out[3]["status"] == "Sehr Niedrig"  # input fields kept
    assert any("median capacity 1" in w and "Stadtteilbüro" in w for w in feedback.warnings)
    assert any("Kita: city-wide 25.71 per 1,000, gap below 12.86: 1 areas" in i for i in feedback.infos)
    # long table: 4 areas x 2 categories x 7 measures
    table = layer_of(result, "OUTPUT_TABLE")
    assert table.featureCount() == 56
    assert table.fields().names() == ["id", "kategorie", "kennzahl", "feld", "wert"]
    found = {(f["id"], f["kategorie"], f["kennzahl"]): f["wert"] for f in table.getFeatures()}
    assert found[(3, "Kita", "zugang")] == pytest.approx(12.0)
    assert found[(2, "Stadtteilbüro", "luecke")] == 1
    assert not table.isSpatial()


@pytest.mark.parametrize("kind", ["Point", "Polygon"])
def test_demand_locations_spread_the_need(kind):
    # A: need 1000 over weights 1 and 3 (250 at x=100, 750 at x=800); B: one point; C: none
    # (its centre carries the need); one point outside all areas is left out.
    # Polygons (20 m cells) count at their point on surface, here their centre.
    def where(x, y):
        return pt(x, y) if kind == "Point" else square(X0 + x - 10, Y0 + y - 10, 20)

    demand = memory_layer(
        kind,
        [("adr", "integer"), ("einwohner", "integer")],
        [
            (where(100, 500), 1, 1),
            (where(800, 500), 2, 3),
            (where(1500, 500), 3, 7),
            (where(-5000, 0), 4, 50),
        ],
    )
    feedback = recorder()
    out = rows(layer_of(run(ALG, params(DEMAND=demand, DEMAND_FIELD="einwohner"), feedback)), "id")
    approx_or_none(field(out, "og_kita_zugang"), [20.0, 32.0, 12.0, None])  # as with centres
    approx_or_none(field(out, "og_kita_dist"), [(250 * 800 + 750 * 100) / 1000, 600.0, 0.0, None])
    text = " ".join(feedback.warnings)
    assert "1 demand locations lie in no area" in text
    assert "1 areas with need have no demand location (e.g. 3)" in text


@pytest.mark.parametrize(
    "decay, weight",
    [
        (1, lambda d: 1 - d / 1000),
        (2, lambda d: (math.exp(-0.5 * (d / 1000) ** 2) - math.exp(-0.5)) / (1 - math.exp(-0.5))),
    ],
)
def test_decay_through_the_algorithm_without_category_and_capacity(decay, weight):
    # one category 'alle' with capacity 1 per offer; A is reached by K1 only (400 m), K1 also by B (600 m)
    out = rows(layer_of(run(ALG, params(DECAY=decay, CATEGORY_FIELD=None, CAPACITY_FIELD=None))), "id")
    expected = 1000 * weight(400) / (1000 * weight(400) + 2000 * weight(600))
    assert out[1]["og_alle_zugang"] == pytest.approx(expected)
    assert out[1]["og_alle_n"] == 1 and out[1]["og_alle_kap"] == 1
    assert "og_kita_zugang" not in out[1]


def test_gpkg_output_carries_default_style(tmp_path):
    path = tmp_path / "luecken.gpkg"
    run(ALG, params(OUTPUT=str(path), OUTPUT_TABLE=None))
    with sqlite3.connect(path) as db:
        styles = db.execute("select styleName, useAsDefault from layer_styles").fetchall()
    assert styles == [("angebotsluecken", 1)]
    layer = QgsVectorLayer(str(path), "x", "ogr")
    assert layer.renderer().classAttribute() == "og_prioritaet"
    assert (tmp_path / "luecken.qml").exists()


def test_style_priorities_colour_blind_safe():
    layer = memory_layer("Polygon", [("og_prioritaet", "string")], [(square(0, 0), "hoch")])
    message, ok = layer.loadNamedStyle(str(ROOT / "styles" / "angebotsluecken.qml"))
    assert ok, message
    cats = layer.renderer().categories()
    assert [c.value() for c in cats] == ["hoch", "mittel", "niedrig"]
    assert [c.symbol().color().name() for c in cats] == ["#d7191c", "#fdae61", "#abd9e9"]  # RdYlBu


# --------------------------------------------------------------------------- CRSs
def to_crs(layer, authid):
    """A copy of a memory layer in another CRS."""
    target = QgsCoordinateReferenceSystem(authid)
    transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance())
    kind = {0: "Point", 2: "Polygon", 1: "LineString"}[int(layer.geometryType())]
    out = QgsVectorLayer(f"{kind}?crs={authid}", "copy", "memory")
    out.dataProvider().addAttributes(layer.fields().toList())
    out.updateFields()
    feats = []
    for f in layer.getFeatures():
        g = f.geometry()
        g.transform(transform)
        copy = QgsFeature(out.fields())
        copy.setGeometry(g)
        copy.setAttributes(f.attributes())
        feats.append(copy)
    out.dataProvider().addFeatures(feats)
    return out


def demand_layer():
    return memory_layer(
        "Point",
        [("adr", "integer"), ("einwohner", "integer")],
        [(pt(100, 500), 1, 1), (pt(800, 500), 2, 3), (pt(1500, 500), 3, 7), (pt(2400, 300), 4, 2)],
    )


MEASURES = ("og_kita_zugang", "og_kita_dist", "og_kita_abdeckung", "og_stadtteilbuero_dist", "og_prioritaet")


def compare(out, reference):
    for i in (1, 2, 3, 4):
        for name in MEASURES:
            if isinstance(reference[i][name], float):
                assert out[i][name] == pytest.approx(reference[i][name], abs=1e-4), (i, name)
            else:
                assert out[i][name] == reference[i][name], (i, name)


def test_mixed_crs_inputs_give_the_same_result():
    base = params(DEMAND=demand_layer(), DEMAND_FIELD="einwohner", OUTPUT_TABLE=None)
    reference = rows(layer_of(run(ALG, base)), "id")
    mixed = dict(base, OFFERS=to_crs(offers(), "EPSG:4326"), DEMAND=to_crs(demand_layer(), "EPSG:3857"))
    compare(rows(layer_of(run(ALG, mixed)), "id"), reference)


def test_geographic_areas_are_measured_in_utm():
    base = params(DEMAND=demand_layer(), DEMAND_FIELD="einwohner", OUTPUT_TABLE=None)
    reference = rows(layer_of(run(ALG, base)), "id")
    feedback = recorder()
    wgs84 = dict(
        base,
        AREAS=to_crs(areas(), "EPSG:4326"),
        OFFERS=to_crs(offers(), "EPSG:4326"),
        DEMAND=to_crs(demand_layer(), "EPSG:4326"),
    )
    result = layer_of(run(ALG, wgs84, feedback))
    compare(rows(result, "id"), reference)
    assert result.crs().authid() == "EPSG:4326"  # output keeps the areas' CRS
    assert any("EPSG:32632" in i for i in feedback.infos)
    # Web Mercator areas are not measured in their (stretched) metres either
    feedback = recorder()
    compare(
        rows(layer_of(run(ALG, dict(base, AREAS=to_crs(areas(), "EPSG:3857")), feedback)), "id"), reference
    )
    assert any("EPSG:32632" in i for i in feedback.infos)


# ------------------------------------------------------------------------ network
def street_grid():
    """3 x 3 nodes 100 m apart (12 streets of 100 m) and one street nobody can reach."""
    lines = []
    for k in (0, 100, 200):
        for a in (0, 100):
            lines.append(f"LINESTRING({X0 + a} {Y0 + k},{X0 + a + 100} {Y0 + k})")
            lines.append(f"LINESTRING({X0 + k} {Y0 + a},{X0 + k} {Y0 + a + 100})")
    lines.append(f"LINESTRING({X0 + 1000} {Y0 + 1000},{X0 + 1100} {Y0 + 1000})")
    return memory_layer("LineString", [("name", "string")], [(wkt, "Weg") for wkt in lines])


def network_params(network):
    area = memory_layer(
        "Polygon", [("id", "integer"), ("ew", "integer")], [(square(X0 - 50, Y0 - 50, 1250), 1, 100)]
    )
    offer = memory_layer(
        "Point",
        [("kategorie", "string")],
        [(pt(0, -10), "A"), (pt(150, 90), "B")],  # tied to node (0,0) and to (150,100) on a street
    )
    demand = memory_layer(
        "Point",
        [("w", "integer")],
        [(pt(200, 210), 1), (pt(95, 0), 3), (pt(1100, 1010), 1)],  # snap to (200,200), (100,0), (1100,1000)
    )
    return {
        "AREAS": area,
        "ID_FIELD": "id",
        "NEED_FIELD": "ew",
        "OFFERS": offer,
        "CATEGORY_FIELD": "kategorie",
        "DEMAND": demand,
        "DEMAND_FIELD": "w",
        "RADIUS": 300,
        "NETWORK": network,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }


def test_network_distances_by_hand():
    # needs 20, 60, 20. A: 10 + 400 + 10 = 420 and 10 + 100 + 5 = 115 (third point unreachable);
    # B: 10 + (50 + 100) + 10 = 170 and 10 + (50 + 100) + 5 = 165
    feedback = recorder()
    out = rows(layer_of(run(ALG, network_params(street_grid()), feedback)), "id")[1]
    assert out["og_a_dist"] == pytest.approx((20 * 420 + 60 * 115) / 80)  # 191.25
    assert out["og_b_dist"] == pytest.approx((20 * 170 + 60 * 165) / 80)  # 166.25
    assert out["og_a_abdeckung"] == pytest.approx(0.6)  # only the 115 m point within 300 m
    assert out["og_b_abdeckung"] == pytest.approx(0.8)
    assert out["og_a_zugang"] == pytest.approx(10.0)  # 1 place / 60 need, averaged over 100
    assert any("1 demand locations reach no offer of 'A' on the network" in w for w in feedback.warnings)
    # the network in another CRS is reprojected into the areas' CRS
    wgs84 = rows(layer_of(run(ALG, network_params(to_crs(street_grid(), "EPSG:4326")))), "id")[1]
    assert wgs84["og_a_dist"] == pytest.approx(out["og_a_dist"], abs=1e-3)
    assert wgs84["og_b_abdeckung"] == pytest.approx(0.8)
    # straight lines: all three points within 300 m of A except the far one
    straight = rows(layer_of(run(ALG, dict(network_params(None)))), "id")[1]
    d1, d2 = math.hypot(200, 220), math.hypot(95, 10)
    far = math.hypot(1100, 1020)
    assert straight["og_a_dist"] == pytest.approx((20 * d1 + 60 * d2 + 20 * far) / 100)
    assert straight["og_a_abdeckung"] == pytest.approx(0.8)


# --------------------------------------------------------------------- bad input
def expect_error(p, text):
    with pytest.raises(QgsProcessingException, match=text):
        run(ALG, p)


def text_layer():
    return memory_layer(
        "Polygon",
        [("id", "integer"), ("ew", "string")],
        [(square(X0, Y0, 1000), 1, "1000,5"), (square(X0, Y0 + 1000, 1000), 2, "viele")],
    )


@pytest.mark.parametrize(
    "change, text",
    [
        ({"NEED_FIELD": "fehlt"}, r"Field 'fehlt' \(AREAS\) does not exist"),
        ({"CATEGORY_FIELD": "typ"}, r"Field 'typ' \(OFFERS\) does not exist"),
        ({"AREAS": "text"}, "value 'viele' of feature 2 is not a number"),
        ({"AREAS": "negative"}, "Field 'ew': value -5 of feature 5 is negative"),
        ({"AREAS": "duplicate"}, "not unique: '1'"),
        ({"AREAS": "empty"}, "The layer of AREAS is empty"),
        ({"AREAS": "no geometry"}, "Area '5' has no geometry"),
        ({"AREAS": "no need"}, "The need is 0 or NULL in every area"),
        ({"OFFERS": "empty"}, "The layer of OFFERS is empty"),
        ({"OFFERS": "negative"}, "Field 'plaetze': value -10 of feature 4 is negative"),
        ({"OFFERS": "text"}, "Field 'plaetze': value 'zehn' of feature 1 is not a number"),
        ({"OFFERS": "no category"}, "No offer has a category in 'kategorie'"),
        ({"STATUS_FIELD": "name"}, "Unknown status class"),
        ({"RADIUS": 0}, "RADIUS must be greater than 0"),
        ({"DEMAND": "negative", "DEMAND_FIELD": "w"}, "Field 'w': value -1 of feature 1 is negative"),
        ({"DEMAND": "empty"}, "The layer of DEMAND is empty"),
        ({"OUTPUT": "/nonexistent/dir/out.gpkg"}, "Could not create|Could not"),
    ],
)
def test_bad_input(change, text):
    p = params()
    value = change.get("AREAS")
    if value == "text":
        p.update(AREAS=text_layer(), STATUS_FIELD=None)
        p.pop("STATUS_FIELD")
    elif value == "negative":
        p["AREAS"] = areas([(square(X0, Y0 + 1000, 1000), 5, "E", -5, None)])
    elif value == "duplicate":
        p["AREAS"] = areas([(square(X0, Y0 + 1000, 1000), 1, "E", 5, None)])
    elif value == "empty":
        p["AREAS"] = memory_layer("Polygon", [("id", "integer"), ("ew", "integer"), ("status", "string")], [])
    elif value == "no geometry":
        p["AREAS"] = areas([(None, 5, "E", 5, None)])
    elif value == "no need":
        p["AREAS"] = memory_layer(
            "Polygon",
            [("id", "integer"), ("ew", "integer"), ("status", "string")],
            [(square(X0, Y0), 1, 0, None)],
        )
    value = change.get("OFFERS")
    if value == "empty":
        p["OFFERS"] = offers()
        p["OFFERS"].dataProvider().truncate()
    elif value == "negative":
        p["OFFERS"] = offers([(pt(10, 10), 4, "Kita", -10)])
    elif value == "text":
        p["OFFERS"] = memory_layer(
            "Point", [("kategorie", "string"), ("plaetze", "string")], [(pt(0, 0), "Kita", "zehn")]
        )
    elif value == "no category":
        p["OFFERS"] = memory_layer(
            "Point", [("kategorie", "string"), ("plaetze", "integer")], [(pt(0, 0), None, 5)]
        )
    value = change.get("DEMAND")
    if value == "negative":
        p["DEMAND"] = memory_layer("Point", [("w", "integer")], [(pt(10, 10), -1)])
    elif value == "empty":
        p["DEMAND"] = memory_layer("Point", [("w", "integer")], [])
    p.update({k: v for k, v in change.items() if k not in ("AREAS", "OFFERS", "DEMAND")})
    expect_error(p, text)


def test_nothing_written_when_validation_fails(tmp_path):
    path = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException):
        run(ALG, params(OUTPUT=str(path), OUTPUT_TABLE=None, STATUS_FIELD="name"))
    assert not path.exists()


def test_failure_after_the_table_leaves_no_output(tmp_path, monkeypatch):
    """OUTPUT_TABLE goes through the output registry: a failure after it is written removes it too."""
    from sozialplanung.algorithms.offergap import OffergapAlgorithm

    written = []

    def broken(self, *args, **kwargs):
        written.append(sorted(p.name for p in tmp_path.iterdir()))
        raise QgsProcessingException("disk full")

    monkeypatch.setattr(OffergapAlgorithm, "write_rows", broken)
    out, table = tmp_path / "out.gpkg", tmp_path / "table.csv"
    with pytest.raises(QgsProcessingException, match="disk full"):
        run(ALG, params(OUTPUT=str(out), OUTPUT_TABLE=str(table)))
    assert written and any(name.endswith(".csv") for name in written[0])  # the table was written
    assert list(tmp_path.iterdir()) == []


def test_null_need_demand_weight_and_category_warn():
    layer = areas([(square(X0, Y0 + 1000, 1000), 5, "E", None, "Niedrig")])
    demand = memory_layer("Point", [("w", "integer")], [(pt(500, 500), None), (pt(600, 500), 2)])
    feedback = recorder()
    extra = offers([(pt(700, 500), 9, None, 5)])
    p = params(AREAS=layer, OFFERS=extra, DEMAND=demand, DEMAND_FIELD="w")
    out = rows(layer_of(run(ALG, p, feedback)), "id")
    assert out[5]["og_kita_zugang"] is None and out[5]["og_kita_luecke"] == 0
    assert out[5]["og_kita_n"] == 0 and out[5]["og_prioritaet"] == "niedrig"
    text = " ".join(feedback.warnings)
    assert "1 areas have no need (NULL in 'ew')" in text
    assert "1 demand locations with NULL in 'w' count 0" in text
    assert "1 offers without a category ('kategorie' is NULL or empty) are left out" in text
    assert out[1]["og_kita_n"] == 1


def test_qgis_process_on_demo_blocks(tmp_path):
    out = tmp_path / "luecken.gpkg"
    answer = qgis_process_json(
        "run",
        ALG,
        "--",
        f"AREAS={DEMO_GPKG}|layername=baubloecke",
        "ID_FIELD=block_id",
        "NEED_FIELD=ew_2023",
        f"OFFERS={DEMO_GPKG}|layername=einrichtungen",
        "CATEGORY_FIELD=kategorie",
        "CAPACITY_FIELD=plaetze",
        "RADIUS=800",
        f"OUTPUT={out}",
        home=tmp_path / "home",
    )
    assert answer["results"]["OUTPUT"] == str(out)
    layer = QgsVectorLayer(str(out), "x", "ogr")
    assert layer.featureCount() == 402
    names = layer.fields().names()
    for cat in (
        "kita",
        "familienzentrum",
        "jugendzentrum",
        "seniorentreff",
        "beratungsstelle",
        "stadtteilbuero",
    ):
        assert f"og_{cat}_zugang" in names
    need = sum(f["ew_2023"] for f in layer.getFeatures())
    places = sum(f["og_kita_kap"] for f in layer.getFeatures())
    reached = sum(f["ew_2023"] * (f["og_kita_zugang"] or 0) / 1000 for f in layer.getFeatures())
    assert 0 < reached <= places * 1.000001 and need > 0
    assert {f["og_prioritaet"] for f in layer.getFeatures()} <= {"hoch", "mittel", "niedrig"}
    assert layer.renderer().classAttribute() == "og_prioritaet"


def test_threads_follow_the_qgis_max_cores_option():
    """QGIS's "Max cores to use" caps the threads of a run; one thread gives the same figures."""
    from qgis.core import QgsApplication
    from sozialplanung.core import threads

    demand = memory_layer(
        "Point",
        [("adr", "integer"), ("einwohner", "integer")],
        [(pt(50 + 37 * (k % 40), 30 + 29 * (k // 40)), k, 1 + k % 7) for k in range(1600)],
    )
    p = params(DEMAND=demand, DEMAND_FIELD="einwohner")
    try:
        QgsApplication.setMaxThreads(1)
        cap = QgsApplication.maxThreads()  # 1; newer QGIS keeps at least 2
        single = rows(layer_of(run(ALG, p)), "id")
        assert cap in (1, 2) and threads.WORKERS == min(threads.DEFAULT_WORKERS, cap)
        QgsApplication.setMaxThreads(-1)
        default = rows(layer_of(run(ALG, p)), "id")
        assert threads.WORKERS == threads.DEFAULT_WORKERS
    finally:
        QgsApplication.setMaxThreads(-1)
    assert single == default
    assert any(v is not None and v > 0 for v in field(single, "og_kita_zugang"))


def test_geopackage_bulk_read_equals_the_feature_loop(tmp_path, monkeypatch):
    """Offers and demand from a GeoPackage (read in bulk, numbers as arrays) give what memory layers
    (read feature by feature) give, NULL weights and capacities included."""
    from sozialplanung.algorithms.offergap import OffergapAlgorithm

    kinds = []
    numbers = OffergapAlgorithm.numbers

    def spy(self, source, name, values, *args):
        kinds.append((name, type(values).__name__))
        return numbers(self, source, name, values, *args)

    monkeypatch.setattr(OffergapAlgorithm, "numbers", spy)
    demand = memory_layer(
        "Point", [("w", "integer")], [(pt(500, 500), None), (pt(600, 500), 2), (pt(2400, 300), 7)]
    )
    extra = offers([(pt(700, 500), 9, None, 5), (pt(1500, 500), 10, "Kita", None)])
    gpkg = tmp_path / "punkte.gpkg"
    write_gpkg(gpkg, {"angebote": extra, "nachfrage": demand})
    results = []
    for o, d in ((extra, demand), (f"{gpkg}|layername=angebote", f"{gpkg}|layername=nachfrage")):
        feedback = recorder()
        out = rows(layer_of(run(ALG, params(OFFERS=o, DEMAND=d, DEMAND_FIELD="w"), feedback)), "id")
        results.append((out, sorted(feedback.warnings)))
    assert kinds == [("plaetze", "list"), ("w", "list"), ("plaetze", "ndarray"), ("w", "ndarray")]
    assert results[0] == results[1]
    assert results[1][0][1]["og_kita_n"] == 1 and results[1][0][2]["og_kita_n"] == 1
    assert any("NULL in 'w'" in text for text in results[1][1])
