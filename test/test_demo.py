"""The demo data and `make demo`'s chain (scripts/demo.py through qgis_process.bin)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from helpers import DEMO_GPKG, ROOT, non_blank, rows
from qgis.core import QgsVectorLayer
from sozialplanung.core.sozialindex import class_legend

QUARTERS = {
    "Innenstadt", "Lirich-Süd", "Lirich-Nord", "Marienviertel-Ost", "Marienviertel-West", "Brücktorviertel",
    "Osterfeld-Mitte/Vonderort", "Vondern/Osterfeld-Süd", "Eisenheim/Heide", "Rothebusch", "Tackenberg-Ost",
    "Tackenberg-West", "Sterkrade-Mitte", "Schladviertel", "Bermensfeld", "Walsumermark", "Königshardt",
    "Schmachtendorf", "Holten/Barmingholten", "Klosterhardt", "Grafenbusch/Neue Mitte/Borbeck", "Alstaden",
    "Styrum", "Dümpten", "Buschhausen", "Sterkrade-Nord", "Schwarze Heide/Alsfeld",
}  # fmt: skip


def demo_layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def test_demo_data_layers():
    assert demo_layer("sozialquartiere").crs().authid() == "EPSG:25832"
    names = {f["name"] for f in demo_layer("sozialquartiere").getFeatures()}
    assert names == QUARTERS
    blocks = demo_layer("baubloecke")
    assert 350 <= blocks.featureCount() <= 450
    assert 11 <= demo_layer("arbeitsmarktbezirke").featureCount() <= 13
    assert 200 <= demo_layer("einrichtungen").featureCount() <= 300
    assert 1300 <= demo_layer("poi_osm").featureCount() <= 1700
    assert 12000 <= demo_layer("adressen").featureCount() <= 18000
    small = sum(1 for f in blocks.getFeatures() if f["ew_2023"] < 300)
    assert small > 0
    extent = blocks.extent()
    assert 10000 < extent.width() < 16000 and 9000 < extent.height() < 14000


@pytest.fixture(scope="module")
def demo_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo_output")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


def test_demo_sozialindex_on_both_levels(demo_output):
    labels = {label for _, label in class_legend("oberhausen")}
    for level, id_field, n in (("sozialquartiere", "sq_id", 27), ("arbeitsmarktbezirke", "amb_id", 12)):
        path = demo_output / f"{level}_sozialindex.gpkg"
        layer = QgsVectorLayer(str(path), level, "ogr")
        result = rows(layer, id_field)
        assert len(result) == n
        assert {r["si_klasse"] for r in result.values()} <= labels
        assert layer.renderer().classAttribute() == "si_klasse"
        with sqlite3.connect(path) as db:
            assert db.execute("select count(*) from layer_styles where useAsDefault").fetchone() == (1,)
        assert non_blank(demo_output / f"karte_{level}.png") > 10
    quarters = rows(QgsVectorLayer(str(demo_output / "sozialquartiere_sozialindex.gpkg"), "q", "ogr"), "name")
    # the demo's north-south gradient: northern quarters favourable, Innenstadt/Lirich not
    assert quarters["Königshardt"]["si_status"] == "Hoch"
    assert quarters["Lirich-Nord"]["si_index"] < 0 and quarters["Innenstadt"]["si_index"] < 0
    assert quarters["Lirich-Nord"]["dyn_klasse"] == "Negativ"  # a worsening quarter of the demo
    # blocks sum to the quarters: total population is kept
    blocks = sum(f["ew_2023"] for f in demo_layer("baubloecke").getFeatures())
    assert sum(r["ew_2023"] for r in quarters.values()) == blocks
