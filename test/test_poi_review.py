"""The review controller of the POI matching (headless) and the dialog without a map."""

from __future__ import annotations

import csv
import datetime

import pytest
from helpers import layer_of, run
from qgis.core import QgsVectorLayer
from test_poimatch import params, poi_layer, pt

TODAY = datetime.date(2024, 5, 2)


@pytest.fixture()
def result():
    """A poimatch result with an unmatched youth centre 150 m from entry 4 for relinking (beyond
    0.4 MAX_DISTANCE: closer, as the only one of its category, it would be a review pair)."""
    pois = poi_layer([(pt(3150, 0), "node/10", "Jugendtreff am Park", "community_centre", None, None,
                       '"community_centre"=>"youth_centre"')])  # fmt: skip
    out = run("sozialplanung:poimatch", params(pois=pois))
    return {k: layer_of(out, k) for k in ("OUTPUT_REGISTER", "OUTPUT_LINKS", "OUTPUT_NEW")}


def controller(result):
    from sozialplanung.ui.poi_review import PoiReviewController

    return PoiReviewController(
        result["OUTPUT_REGISTER"], result["OUTPUT_LINKS"], result["OUTPUT_NEW"], today=TODAY
    )


def values(layer, key, value, *fields):
    feature = next(f for f in layer.getFeatures() if f[key] == value)
    return [None if feature[f] is None or (hasattr(feature[f], "isNull") and feature[f].isNull()) else feature[f]
            for f in fields]  # fmt: skip


def test_entries_sorted_by_status_review_and_score(result):
    c = controller(result)
    assert (c.id_field, c.name_field) == ("einr_id", "name")
    entries = c.entries()
    assert [e.status for e in entries] == [
        "bestätigt",
        "bestätigt",
        "verschoben",
        "nicht gefunden",
        "neu",
        "neu",
    ]
    assert [e.register_id for e in entries[:4]] == ["2", "1", "3", "4"]  # review first
    assert [e.poi_id for e in entries[4:]] == ["node/10", "node/5"]  # near a register entry: review
    assert [e.register_id for e in c.entries("verschoben")] == ["3"]
    assert len(c.entries(review_only=True)) == 4  # 2 unnamed, 3 moved, 4 with a new POI near, node/10
    reg, poi = c.pair_points(entries[2])
    assert poi.y() - reg.y() == pytest.approx(1200.0)


def test_accept_reject_relink_and_export(result, tmp_path):
    c = controller(result)
    by_id = {e.register_id if e.kind == "register" else e.poi_id: e for e in c.entries()}
    c.accept(by_id["3"])  # the move
    c.reject(by_id["2"])  # the unnamed POI
    c.accept(by_id["node/5"])  # a new Kita
    candidates = c.candidates(by_id["4"])
    assert [cand[1] for cand in candidates] == ["node/10"]
    c.relink(by_id["4"], candidates[0][0])
    reg = result["OUTPUT_REGISTER"]
    assert values(reg, "einr_id", 3, "pm_entscheidung", "pm_geprueft_am") == ["accepted", "2024-05-02"]
    assert values(reg, "einr_id", 2, "pm_entscheidung", "pm_abgelehnt") == ["rejected", "way/3"]
    assert values(reg, "einr_id", 4, "pm_status", "pm_poi_id", "pm_entscheidung", "pm_dist_m") == [
        "bestätigt", "node/10", "relinked", 150.0,
    ]  # fmt: skip
    assert values(result["OUTPUT_NEW"], "pm_poi_id", "node/10", "pm_entscheidung", "pm_register_id") == [
        "relinked", "4",
    ]  # fmt: skip
    assert result["OUTPUT_LINKS"].featureCount() == 4  # the relinked pair got its line
    gpkg, csv_path, n = c.export(str(tmp_path / "aenderungen.gpkg"))
    assert n == 2
    layer = QgsVectorLayer(f"{gpkg}|layername=aktualisierung", "u", "ogr")
    assert sorted(f["aktion"] for f in layer.getFeatures()) == ["neue Koordinaten", "neuer Eintrag"]
    with open(csv_path, encoding="utf-8-sig") as handle:
        table = list(csv.DictReader(handle, delimiter=";"))
    moved = next(r for r in table if r["aktion"] == "neue Koordinaten")
    assert moved["register_id"] == "3" and moved["poi_id"] == "node/4"
    assert float(moved["y"]) == pytest.approx(5705000.0 + 1200.0)
    new = next(r for r in table if r["aktion"] == "neuer Eintrag")
    assert (new["name"], new["kategorie"], new["crs"]) == ("Kita Wirbelwind", "Kita", "EPSG:25832")


def test_accepted_closure_is_exported_to_retire(result, tmp_path):
    c = controller(result)
    closed = next(e for e in c.entries() if e.status == "nicht gefunden")
    c.accept(closed)
    rows = c.updates()
    assert [(r["aktion"], r["register_id"]) for r in rows] == [("auflösen", "4")]


def test_controller_refuses_other_layers():
    from sozialplanung.ui.poi_review import PoiReviewController

    layer = QgsVectorLayer("Point?crs=EPSG:25832&field=name:string", "x", "memory")
    with pytest.raises(ValueError, match="pm_status"):
        PoiReviewController(layer)


def test_dialog_lists_and_decides_without_map(result):
    from qgis.core import QgsProject
    from sozialplanung.ui.poi_review import PoiReviewDialog

    project = QgsProject.instance()
    for layer in result.values():
        project.addMapLayer(layer)
    try:
        dialog = PoiReviewDialog(
            None, result["OUTPUT_REGISTER"], result["OUTPUT_LINKS"], result["OUTPUT_NEW"]
        )
        assert dialog.entryTable.rowCount() == 6
        dialog.select(2)
        assert "verschoben" in dialog.detailLabel.text()
        dialog.acceptButton.click()
        assert values(result["OUTPUT_REGISTER"], "einr_id", 3, "pm_entscheidung") == ["accepted"]
        assert dialog.entryTable.item(2, 5).text() == "accepted"
        dialog.filterCombo.setCurrentIndex(dialog.filterCombo.findData("neu"))
        assert dialog.entryTable.rowCount() == 2
        dialog.close()
    finally:
        for layer in result.values():
            project.removeMapLayer(layer.id())
