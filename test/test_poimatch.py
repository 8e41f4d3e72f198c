"""sozialplanung:poimatch through processing.run on real layers."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import DEMO_GPKG, layer_of, memory_layer, recorder, rows, run
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

REGISTER_FIELDS = [("einr_id", "integer"), ("name", "string"), ("kategorie", "string"), ("adresse", "string")]
POI_FIELDS = [
    ("osm_id", "string"),
    ("name", "string"),
    ("amenity", "string"),
    ("addr_street", "string"),
    ("addr_housenumber", "string"),
    ("other_tags", "string"),
]
X0, Y0 = 350000.0, 5705000.0


def pt(dx: float, dy: float) -> str:
    """WKT point relative to the test origin (EPSG:25832)."""
    return f"POINT({X0 + dx} {Y0 + dy})"


def register_layer(extra=()):
    """Four register entries."""
    data = [
        (pt(0, 0), 1, "Städtische Kita Sonnenschein", "Kita", "Ulmenstraße 15"),
        (pt(1000, 0), 2, "AWO Seniorentreff Lirich", "Seniorentreff", "Eichenweg 3"),
        (pt(2000, 0), 3, "Kita Regenbogen e.V.", "Kita", "Birkenweg 16-18"),
        (pt(3000, 0), 4, "Ev. Jugendzentrum Lutherkirche", "Jugendzentrum", "Lindenallee 1"),
        *extra,
    ]
    return memory_layer("Point", REGISTER_FIELDS, data)


def poi_layer(extra=()):
    """OSM-like POIs: a variant, a lookalike shop, an unnamed POI, a move, a new Kita, a restaurant."""
    data = [
        (pt(20, 22), "node/1", "Staedt. Kindergarten Sonnenschein", "kindergarten", "Ulmenstr.", "15", None),
        (pt(10, -15), "node/2", "Bäckerei Sonnenschein", None, "Ulmenstr.", "15", '"shop"=>"bakery"'),
        (pt(1025, 10), "way/3", None, "social_facility", "Eichenweg", "3",
         '"social_facility"=>"day_care","social_facility:for"=>"senior"'),
        (pt(2000, 1200), "node/4", "Kita Regenbogen", "kindergarten", "Kastanienweg", "2", None),
        (pt(6000, 0), "node/5", "Kita Wirbelwind", "kindergarten", "Buchenweg", "1", None),
        (pt(6100, 0), "node/6", "Pizzeria Sonnenschein", "restaurant", "Buchenweg", "3", None),
        *extra,
    ]  # fmt: skip
    return memory_layer("Point", POI_FIELDS, data)


def params(register=None, pois=None, **kw):
    """Parameters as the demo uses them."""
    p = {
        "REGISTER": register or register_layer(),
        "REGISTER_ID": "einr_id",
        "REGISTER_NAME": "name",
        "REGISTER_CATEGORY": "kategorie",
        "REGISTER_ADDRESS": "adresse",
        "POIS": pois or poi_layer(),
        "POI_ID": "osm_id",
        "POI_NAME": "name",
        "POI_CATEGORY": "amenity",
        "POI_ADDRESS": "addr_street",
        "POI_HOUSENUMBER": "addr_housenumber",
        "OUTPUT_REGISTER": "TEMPORARY_OUTPUT",
        "OUTPUT_NEW": "TEMPORARY_OUTPUT",
        "OUTPUT_LINKS": "TEMPORARY_OUTPUT",
    }
    p.update(kw)
    return p


def test_poimatch_statuses_fields_new_and_links():
    result = run("sozialplanung:poimatch", params())
    reg = rows(layer_of(result, "OUTPUT_REGISTER"), "einr_id")
    assert [reg[i]["pm_status"] for i in (1, 2, 3, 4)] == [
        "bestätigt",
        "bestätigt",
        "verschoben",
        "nicht gefunden",
    ]
    assert [reg[i]["pm_poi_id"] for i in (1, 2, 3, 4)] == ["node/1", "way/3", "node/4", None]
    assert reg[1]["pm_poi_name"] == "Staedt. Kindergarten Sonnenschein"
    assert reg[1]["pm_dist_m"] == pytest.approx(29.7, abs=0.1)
    assert reg[3]["pm_dist_m"] == pytest.approx(1200.0)
    assert reg[1]["pm_score"] > 0.9 and reg[1]["pm_pruefen"] == 0
    assert reg[2]["pm_name_score"] is None and reg[2]["pm_pruefen"] == 1
    assert "POI ohne Name" in reg[2]["pm_hinweis"]
    assert reg[4]["pm_entscheidung"] is None and reg[4]["pm_geprueft_am"] is None
    assert reg[1]["adresse"] == "Ulmenstraße 15"  # input fields kept, umlauts intact
    new = rows(layer_of(result, "OUTPUT_NEW"), "osm_id")
    assert list(new) == ["node/5"]
    assert new["node/5"]["pm_status"] == "neu" and new["node/5"]["pm_kategorie"] == "Kita"
    assert new["node/5"]["pm_poi_name"] == "Kita Wirbelwind"
    links = layer_of(result, "OUTPUT_LINKS")
    assert links.featureCount() == 3
    line = next(f for f in links.getFeatures() if f["pm_register_id"] == "3")
    assert line["pm_status"] == "verschoben"
    assert line.geometry().length() == pytest.approx(1200.0)


def test_poimatch_reads_name_category_and_address_from_other_tags():
    fields = [("osm_id", "string"), ("name", "string"), ("other_tags", "string")]
    pois = memory_layer(
        "Point",
        fields,
        [
            (pt(15, 5), "node/9", None, '"amenity"=>"kindergarten","name"=>"Kita Sonnenschein",'
             '"addr:street"=>"Ulmenstraße","addr:housenumber"=>"15"'),
            (pt(5, 5), "node/8", "Sonnenschein Moden", '"shop"=>"clothes"'),
        ],
    )  # fmt: skip
    p = params(pois=pois, POI_CATEGORY=None, POI_ADDRESS=None, POI_HOUSENUMBER=None)
    reg = rows(layer_of(run("sozialplanung:poimatch", p), "OUTPUT_REGISTER"), "einr_id")
    assert reg[1]["pm_poi_id"] == "node/9" and reg[1]["pm_poi_name"] == "Kita Sonnenschein"
    assert "Adresse" not in (reg[1]["pm_hinweis"] or "")


def test_poimatch_geographic_pois_are_measured_in_metres():
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_wgs = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:25832"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    p = to_wgs.transform(QgsPointXY(X0 + 20, Y0 + 22))
    pois = memory_layer(
        "Point", POI_FIELDS, [(f"POINT({p.x()} {p.y()})", "n1", "Kita Sonnenschein", "kindergarten", None, None, None)],
        crs="EPSG:4326",
    )  # fmt: skip
    reg = rows(layer_of(run("sozialplanung:poimatch", params(pois=pois)), "OUTPUT_REGISTER"), "einr_id")
    assert reg[1]["pm_status"] == "bestätigt"
    assert reg[1]["pm_dist_m"] == pytest.approx(29.7, abs=0.2)


def test_poimatch_gpkg_outputs_carry_styles(tmp_path):
    out = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in ("OUTPUT_REGISTER", "OUTPUT_NEW", "OUTPUT_LINKS")}
    run("sozialplanung:poimatch", params(**out))
    for key, style in (("OUTPUT_REGISTER", "poi_abgleich"), ("OUTPUT_NEW", "poi_abgleich"),
                       ("OUTPUT_LINKS", "poi_abgleich_links")):  # fmt: skip
        with sqlite3.connect(out[key]) as db:
            assert db.execute("select styleName, useAsDefault from layer_styles").fetchall() == [(style, 1)]
        layer = QgsVectorLayer(out[key], "x", "ogr")
        assert layer.renderer().type() == "categorizedSymbol"
        assert layer.renderer().classAttribute() == "pm_status"
        values = [c.value() for c in layer.renderer().categories()]
        expected = ["bestätigt", "verschoben"] + (
            ["nicht gefunden", "neu", ""] if style == "poi_abgleich" else []
        )
        assert values == expected
        colours = [c.symbol().color().name() for c in layer.renderer().categories()]
        assert len(set(colours)) == len(colours)


def test_rerun_with_reviewed_register_keeps_decisions(tmp_path):
    first = tmp_path / "first.gpkg"
    run("sozialplanung:poimatch", params(OUTPUT_REGISTER=str(first)))
    reviewed = QgsVectorLayer(str(first), "reviewed", "ogr")
    by_id = {f["einr_id"]: f.id() for f in reviewed.getFeatures()}
    idx = reviewed.fields().lookupField
    assert reviewed.startEditing()
    # accept the move, reject the unnamed POI, confirm the closure
    for einr, decision in ((3, "accepted"), (2, "rejected"), (4, "accepted")):
        reviewed.changeAttributeValue(by_id[einr], idx("pm_entscheidung"), decision)
        reviewed.changeAttributeValue(by_id[einr], idx("pm_geprueft_am"), "2024-05-02")
    assert reviewed.commitChanges()
    # a year later: the moved Kita's POI drifted a little, a second Kita Regenbogen appears near the old place
    pois = poi_layer([(pt(2030, 10), "node/7", "Kita Regenbogen", "kindergarten", "Birkenweg", "16", None)])
    again = rows(layer_of(run("sozialplanung:poimatch", params(register=reviewed, pois=pois)), "OUTPUT_REGISTER"),
                 "einr_id")  # fmt: skip
    assert again[3]["pm_poi_id"] == "node/4" and again[3]["pm_status"] == "verschoben"
    assert (again[3]["pm_entscheidung"], again[3]["pm_geprueft_am"]) == ("accepted", "2024-05-02")
    assert again[2]["pm_abgelehnt"] == "way/3" and again[2]["pm_status"] == "nicht gefunden"
    assert again[2]["pm_entscheidung"] == "rejected"
    assert (again[4]["pm_status"], again[4]["pm_entscheidung"]) == ("nicht gefunden", "accepted")
    assert again[1]["pm_entscheidung"] is None and again[1]["pm_poi_id"] == "node/1"


def test_poimatch_on_demo_data():
    demo = str(DEMO_GPKG)
    p = params(
        register=f"{demo}|layername=einrichtungen",
        pois=f"{demo}|layername=poi_osm",
    )
    result = run("sozialplanung:poimatch", p)
    reg = layer_of(result, "OUTPUT_REGISTER")
    statuses = [f["pm_status"] for f in reg.getFeatures()]
    assert reg.featureCount() == 250
    # the demo data: about 8 % closed, 3 % moved, 20 new institutions
    assert 10 <= statuses.count("nicht gefunden") <= 30
    assert 4 <= statuses.count("verschoben") <= 12
    assert 15 <= layer_of(result, "OUTPUT_NEW").featureCount() <= 25


def test_bulk_read_of_the_pois_matches_the_feature_request(monkeypatch):
    """The GeoPackage POIs are read in bulk (category filter applied in Python); a memory copy goes
    through the feature request with the SQL-like filter: the same statuses, partners and new POIs."""
    from sozialplanung.algorithms.io import arrow as fastread

    bulk = []
    read_columns = fastread.read_columns
    monkeypatch.setattr(fastread, "read_columns", lambda *a, **k: bulk.append(a[0]) or read_columns(*a, **k))
    demo = str(DEMO_GPKG)
    gpkg = QgsVectorLayer(f"{demo}|layername=poi_osm", "poi", "ogr")
    copy = gpkg.materialize(QgsFeatureRequest())
    outputs = []
    for pois in (f"{demo}|layername=poi_osm", copy):
        result = run("sozialplanung:poimatch", params(register=f"{demo}|layername=einrichtungen", pois=pois))
        reg = rows(layer_of(result, "OUTPUT_REGISTER"), "einr_id")
        new = sorted(f["osm_id"] for f in layer_of(result, "OUTPUT_NEW").getFeatures())
        outputs.append(({k: (r["pm_status"], r["pm_poi_id"], r["pm_score"]) for k, r in reg.items()}, new))
    assert [layer for _, layer in bulk] == ["poi_osm"]  # the GeoPackage run only
    assert outputs[0] == outputs[1]
    assert len(outputs[0][0]) == 250 and len(outputs[0][1]) > 10


BAD_INPUT = [
    ("missing register field", {"REGISTER_NAME": "gibtsnicht"}, "gibtsnicht"),
    ("missing POI field", {"POI_ADDRESS": "strasse"}, "strasse"),
    ("max distance zero", {"MAX_DISTANCE": 0}, "MAX_DISTANCE"),
    ("moved below max", {"MAX_DISTANCE": 500, "MOVED_DISTANCE": 100}, "MOVED_DISTANCE"),
    ("map row without POI category", {"CATEGORY_MAP": ["Kita", ""]}, "CATEGORY_MAP"),
    ("map with odd values", {"CATEGORY_MAP": ["Kita", "kindergarten", "Jugend"]}, "CATEGORY_MAP"),
]


@pytest.mark.parametrize(("case", "change", "message"), BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_poimatch_bad_parameters(case, change, message):
    with pytest.raises(QgsProcessingException, match=message):
        run("sozialplanung:poimatch", params(**change))


def test_poimatch_bad_layers():
    dup = register_layer([(pt(50, 50), 1, "Kita Doppelt", "Kita", "Ulmenstraße 1")])
    with pytest.raises(QgsProcessingException, match="einr_id.*not unique"):
        run("sozialplanung:poimatch", params(register=dup))
    no_id = register_layer([(pt(50, 50), None, "Kita ohne Nummer", "Kita", "Ulmenstraße 1")])
    with pytest.raises(QgsProcessingException, match="einr_id.*NULL"):
        run("sozialplanung:poimatch", params(register=no_id))
    dup_poi = poi_layer([(pt(9, 9), "node/1", "Kita X", "kindergarten", None, None, None)])
    with pytest.raises(QgsProcessingException, match="osm_id.*not unique"):
        run("sozialplanung:poimatch", params(pois=dup_poi))
    empty = memory_layer("Point", REGISTER_FIELDS, [])
    with pytest.raises(QgsProcessingException, match="empty"):
        run("sozialplanung:poimatch", params(register=empty))
    no_geometry = register_layer([(None, 9, "Kita ohne Punkt", "Kita", "Ulmenstraße 1")])
    with pytest.raises(QgsProcessingException, match="feature .* has no geometry"):
        run("sozialplanung:poimatch", params(register=no_geometry))
    bad_decision = memory_layer(
        "Point",
        [*REGISTER_FIELDS, ("pm_entscheidung", "string")],
        [(pt(0, 0), 1, "Kita A", "Kita", None, "ja")],
    )
    with pytest.raises(QgsProcessingException, match="pm_entscheidung"):
        run("sozialplanung:poimatch", params(register=bad_decision))


def test_poimatch_with_only_unrelated_pois_finds_nothing():
    shops = memory_layer("Point", POI_FIELDS, [(pt(5, 5), "n1", "Kita-Café", "cafe", None, None, None)])
    result = run("sozialplanung:poimatch", params(pois=shops))
    statuses = {f["pm_status"] for f in layer_of(result, "OUTPUT_REGISTER").getFeatures()}
    assert statuses == {"nicht gefunden"}
    assert layer_of(result, "OUTPUT_NEW").featureCount() == 0
    assert layer_of(result, "OUTPUT_LINKS").featureCount() == 0


def test_poimatch_skips_pois_without_geometry_with_warning():
    feedback = recorder()
    pois = poi_layer([(None, "node/99", "Kita ohne Punkt", "kindergarten", None, None, None)])
    result = run("sozialplanung:poimatch", params(pois=pois), feedback)
    assert any("1 features without geometry" in w for w in feedback.warnings)
    assert layer_of(result, "OUTPUT_REGISTER").featureCount() == 4
