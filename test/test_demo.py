"""The demo data and `make demo`'s chain (scripts/demo.py through qgis_process.bin)."""

from __future__ import annotations

import csv
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


def test_demo_writes_the_sozialnavigator(demo_output):
    import json

    site = demo_output / "sozialnavigator"
    areas = json.loads((site / "daten" / "gebiete.geojson").read_text(encoding="utf-8"))
    institutions = json.loads((site / "daten" / "einrichtungen.geojson").read_text(encoding="utf-8"))
    assert len(areas["features"]) == 27 and len(institutions["features"]) == 250
    assert "Sozialnavigator Oberhausen (Demo)" in (site / "index.html").read_text(encoding="utf-8")
    assert (site / "vendor" / "leaflet" / "leaflet.js").is_file()
    assert (
        non_blank(demo_output / "sozialnavigator.png") > 50
    )  # chromium screenshot (docs/ only by make demo)


def test_demo_offer_gaps(demo_output):
    layer = QgsVectorLayer(str(demo_output / "angebotsluecken.gpkg"), "gaps", "ogr")
    quarters = rows(layer, "name")
    assert set(quarters) == QUARTERS
    assert {r["og_prioritaet"] for r in quarters.values()} <= {"hoch", "mittel", "niedrig"}
    assert any(r["og_prioritaet"] == "hoch" for r in quarters.values())
    # 2SFCA keeps the places: need x accessibility sums to at most all Kita places (9,129 in the demo)
    reached = sum(r["ew_2023"] * r["og_kita_zugang"] / 1000 for r in quarters.values())
    assert 0.9 * 9129 < reached <= 9129 + 1e-6
    assert sum(r["og_kita_n"] for r in quarters.values()) == 112
    assert layer.renderer().classAttribute() == "og_prioritaet"
    table = (demo_output / "angebotsluecken_tabelle.csv").read_text(encoding="utf-8").splitlines()
    assert len(table) == 1 + 27 * 6 * 7  # header + quarters x categories x measures
    assert non_blank(demo_output / "karte_angebotsluecken.png") > 5


def test_demo_robustness_and_report(demo_output):
    robust = rows(QgsVectorLayer(str(demo_output / "sozialquartiere_robustheit.gpkg"), "rb", "ogr"), "name")
    assert set(robust) == QUARTERS
    # variants: 7 indicators left out, n-1, weighted, robust z, 100 weight runs
    assert {r["rb_varianten"] for r in robust.values()} == {110}
    # the demo's indicators are almost collinear: every quarter keeps its class in every variant
    assert sum(r["rb_unsicher"] for r in robust.values()) == 0
    assert all(r["rb_rang_min"] <= r["si_rank"] <= r["rb_rang_max"] for r in robust.values())
    html = (demo_output / "report.html").read_text(encoding="utf-8")
    assert html.count('<section class="profil"') == sum(r["si_aufmerksam"] for r in robust.values()) == 8
    assert "Sozialquartiere mit auffälligem Sozialindex" in html and "http" not in html
    assert (demo_output / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert non_blank(demo_output / "report_seite.png") > 10  # docs/report_seite.png only by make demo


def test_demo_time_series_and_early_warning(demo_output):
    series = rows(QgsVectorLayer(str(demo_output / "sozialquartiere_zeitreihe.gpkg"), "zr", "ogr"), "name")
    assert set(series) == QUARTERS
    status = rows(QgsVectorLayer(str(demo_output / "sozialquartiere_sozialindex.gpkg"), "si", "ogr"), "name")
    for name, r in series.items():  # the 2023 edition is the Sozialindex 2023, by the same code path
        assert (r["zr_index_2023"], r["zr_status_2023"]) == (
            status[name]["si_index"],
            status[name]["si_status"],
        )
        assert r["zr_status_2019"] is not None and r["zr_warnung"] in (0, 1)
    warned = sorted(name for name, r in series.items() if r["zr_warnung"] == 1)
    # the demo's worsening quarters: the index fell twice by more than 0.25 SD
    assert warned == ["Lirich-Nord", "Osterfeld-Mitte/Vonderort", "Styrum", "Tackenberg-West"]
    assert series["Lirich-Nord"]["zr_wechsel"] == "Mittel → Niedrig"
    assert series["Lirich-Nord"]["zr_abstiege"] == 2
    assert series["Brücktorviertel"]["zr_wechsel"] == "Sehr Niedrig → Niedrig"
    assert series["Brücktorviertel"]["zr_warnung"] == 0
    layer = QgsVectorLayer(str(demo_output / "sozialquartiere_zeitreihe.gpkg"), "zr", "ogr")
    assert layer.renderer().classAttribute() == "zr_warnung"
    with open(demo_output / "zeitreihe_wechsel.csv", encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))  # quoting differs between GDAL versions
    assert table[0] == ["von_jahr", "bis_jahr", "von_status", "bis_status", "anzahl"]
    assert ["2021", "2023", "Mittel", "Niedrig", "2"] in table and len(table) == 1 + 11
    assert non_blank(demo_output / "karte_zeitreihe.png") > 5


def test_demo_report_profiles_have_charts_with_the_layer_values(demo_output):
    """One bar per indicator and one point per year (2019, 2021, 2023), values as in the layer."""
    from sozialplanung.core import presets
    from test_charts import chart_marks

    layer = QgsVectorLayer(str(demo_output / "sozialquartiere_robustheit.gpkg"), "rb", "ogr")
    quarter = rows(layer, "name")["Innenstadt"]
    html = (demo_output / "report.html").read_text(encoding="utf-8")
    marks = chart_marks(html)
    section = next(
        s for s, c, _, a in marks.marks if c == "anteile" and a["data-label"].startswith("Einwohner mit")
    )
    flat = presets.status_matrix(presets.OBERHAUSEN, "2023")  # field, denominator, direction, weight
    matrix = [flat[k : k + 4] for k in range(0, len(flat), 4)]
    bars = marks.select(section, "anteile", "rect")
    assert len(bars) == len(matrix) == 7
    for bar, (num, den, *_) in zip(bars, matrix):
        assert float(bar["data-value"]) == pytest.approx(100 * quarter[num] / quarter[den], abs=1e-4)
    points = marks.select(section, "zeitreihen", "circle", **{"data-series": "quartier"})
    assert len(points) == 7 * 3
    for k, (num, den, *_) in enumerate(matrix):
        years = points[3 * k : 3 * k + 3]
        assert [p["data-year"] for p in years] == ["2019", "2021", "2023"]
        for p in years:
            y = p["data-year"]
            value = 100 * quarter[num.replace("2023", y)] / quarter[den.replace("2023", y)]
            assert float(p["data-value"]) == pytest.approx(value, abs=1e-4)


def test_demo_report_shows_the_editions_of_the_time_series(demo_output):
    """The report's input carries the Zeitreihe: each profile shows index and class of 2019, 2021, 2023."""
    from test_charts import chart_marks

    series = rows(QgsVectorLayer(str(demo_output / "sozialquartiere_zeitreihe.gpkg"), "zr", "ogr"), "name")
    marks = chart_marks((demo_output / "report.html").read_text(encoding="utf-8"))
    sections = {s for s, c, _, _ in marks.marks if c == "ausgaben"}
    assert sections  # one per profile
    for section in sections:
        points = marks.select(section, "ausgaben", "circle")
        assert [p["data-year"] for p in points] == ["2019", "2021", "2023"]
        quarter = next(
            r
            for r in series.values()
            if pytest.approx(r["zr_index_2023"], abs=1e-4) == float(points[2]["data-value"])
        )
        for p in points:
            assert float(p["data-value"]) == pytest.approx(quarter[f"zr_index_{p['data-year']}"], abs=1e-4)
            assert p["data-class"] == quarter[f"zr_status_{p['data-year']}"]
