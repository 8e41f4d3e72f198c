"""sozialplanung:webexport: core helpers, the algorithm, and the page in headless Chromium."""

from __future__ import annotations

import functools
import html
import json
import math
import re
import subprocess
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers import DEMO_GPKG, ROOT, memory_layer, non_blank, run, square
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from sozialplanung.core import webexport as core
from sozialplanung.core.sozialindex import class_legend
from sozialplanung.core.values import MethodError

ALG = "sozialplanung:webexport"
R = 6378137.0  # EPSG:3857 sphere
SHOTS = ROOT / "test_output" / "webexport"
CLASSES = [label for _, label in class_legend("oberhausen")]
AREA_FIELDS = [("id", "integer"), ("name", "string"), ("si_klasse", "string")]
INST_FIELDS = [
    ("name", "string"),
    ("kat", "string"),
    ("adr", "string"),
    ("tel", "string"),
    ("geheim", "string"),
]


# ------------------------------------------------------------------ core
def test_category_colours_sorted_okabe_ito_and_repeating():
    colours = core.category_colours(["Kita", "beratung", "Kita", "Altentreff"])
    assert colours == {"Altentreff": "#0072B2", "beratung": "#E69F00", "Kita": "#009E73"}
    many = core.category_colours([f"k{i:02d}" for i in range(10)])
    assert many["k08"] == many["k00"] and len(set(many.values())) == 8


def test_parse_basemap_xyz_wms_and_qgis_source():
    assert core.parse_basemap("  ") is None
    xyz = core.parse_basemap("https://{s}.tile.example.org/{z}/{x}/{y}.png", " © Beispiel ")
    assert xyz == {
        "type": "xyz",
        "url": "https://{s}.tile.example.org/{z}/{x}/{y}.png",
        "origin": "https://*.tile.example.org",
        "attribution": "© Beispiel",
    }
    wms = core.parse_basemap(
        "https://geo.example.de/wms?map=/x.map&SERVICE=WMS&LAYERS=stadtplan&FORMAT=image/jpeg"
    )
    assert wms["type"] == "wms" and wms["layers"] == "stadtplan" and wms["format"] == "image/jpeg"
    assert (
        wms["url"] == "https://geo.example.de/wms?map=%2Fx.map" and wms["origin"] == "https://geo.example.de"
    )
    qgis = core.parse_basemap("type=xyz&url=https://tiles.example.de/%7Bz%7D/%7Bx%7D/%7By%7D.png&zmax=19")
    assert qgis["type"] == "xyz" and qgis["url"] == "https://tiles.example.de/{z}/{x}/{y}.png"
    wms_source = core.parse_basemap(
        "crs=EPSG:25832&format=image/png&layers=dop&styles&url=https://wms.example.de/dop"
    )
    assert (wms_source["url"], wms_source["layers"]) == ("https://wms.example.de/dop", "dop")


@pytest.mark.parametrize(
    "bad",
    ["javascript:alert(1)", "ftp://example.de/{z}/{x}/{y}", "//example.de/{z}/{x}/{y}", "https://example.de/wms",
     "https://example.de/{z}/{x}.png", "https://{z}.example.de/{z}/{x}/{y}.png", "https://u@example.de/{z}/{x}/{y}"],
)  # fmt: skip
def test_parse_basemap_rejects(bad):
    with pytest.raises(MethodError):
        core.parse_basemap(bad)


def test_content_security_policy_names_only_the_basemap_host():
    assert "http" not in core.content_security_policy(None)
    assert "default-src 'none'" in core.content_security_policy(None)
    policy = core.content_security_policy({"origin": "https://tiles.example.de"})
    assert "img-src 'self' data: https://tiles.example.de;" in policy


def test_json_in_html_cannot_close_the_script_element():
    text = core.json_in_html({"name": "</script><b>&"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": "</script><b>&"}


def test_render_page_escapes_and_checks_placeholders():
    page = core.render_page("<title>{{TITLE}}</title><x>{{DATA}}</x>", {"TITLE": 'A & "B"'}, {"DATA": [1]})
    assert page == "<title>A &amp; &quot;B&quot;</title><x>[1]</x>"
    with pytest.raises(ValueError):
        core.render_page("{{TITLE}}", {}, {})


def test_class_counts_null_is_not_rated():
    classes = [{"value": "Hoch & Stabil"}, {"value": ""}]
    counts = core.class_counts(classes, ["Hoch & Stabil", None, "Hoch & Stabil", None, None])
    assert [c["count"] for c in counts] == [2, 3]


# ------------------------------------------------------------- algorithm
def areas_layer(rows=None, crs="EPSG:25832"):
    rows = (
        rows
        if rows is not None
        else [(square(0, 0, 1000), 1, "Nord", "Hoch & Stabil"), (square(1000, 0, 1000), 2, "Süd", None)]
    )
    return memory_layer("Polygon", AREA_FIELDS, rows, crs=crs)


def institutions_layer(rows=None, crs="EPSG:25832"):
    rows = (
        rows
        if rows is not None
        else [
            ("POINT(500 500)", "Kita Sonnenschein", "Kita", "Hauptstraße 1", "0208 123", "x"),
            ("POINT(1500 500)", "Jugendtreff Süd", "Jugendzentrum", None, None, "y"),
        ]
    )
    return memory_layer("Point", INST_FIELDS, rows, crs=crs)


def export(tmp_path, areas=None, institutions=None, feedback=None, **kw):
    params = {
        "AREAS": areas_layer() if areas is None else areas,
        "AREA_NAME_FIELD": "name",
        "INSTITUTIONS": institutions_layer() if institutions is None else institutions,
        "NAME_FIELD": "name",
        "CATEGORY_FIELD": "kat",
        "ADDRESS_FIELD": "adr",
        "CONTACT_FIELD": "tel",
        "TITLE": "Sozialnavigator Test",
        "DATA_DATE": "31.12.2023",
        "OUTPUT_FOLDER": str(tmp_path / "site"),
    }
    params.update(kw)
    result = run(ALG, params, feedback)
    return result, Path(result["OUTPUT_FOLDER"])


def embedded(site: Path, element_id: str):
    """A JSON block of index.html."""
    page = (site / "index.html").read_text(encoding="utf-8")
    match = re.search(
        rf'<script type="application/(?:geo\+)?json" id="{element_id}">(.*?)</script>', page, re.S
    )
    return json.loads(match.group(1))


def geojson(site: Path, name: str) -> dict:
    return json.loads((site / "daten" / f"{name}.geojson").read_text(encoding="utf-8"))


def style_colours() -> list[tuple[str, str]]:
    layer = memory_layer("Polygon", [("si_klasse", "string")], [])
    layer.loadNamedStyle(str(ROOT / "styles" / "sozialindex_11.qml"))
    return [(c.label(), c.symbol().symbolLayer(0).color().name()) for c in layer.renderer().categories()]


def test_site_files_fields_and_counts(tmp_path):
    result, site = export(tmp_path)
    assert result["AREA_COUNT"] == 2 and result["INSTITUTION_COUNT"] == 2
    assert result["INDEX_HTML"] == str(site / "index.html")
    for name in (
        "index.html",
        "sozialnavigator.js",
        "sozialnavigator.css",
        "daten/gebiete.geojson",
        "daten/einrichtungen.geojson",
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet/leaflet.css",
        "vendor/leaflet/LICENSE",
        "vendor/leaflet/images/layers.png",
    ):
        assert (site / name).is_file(), name
    areas, inst = geojson(site, "gebiete"), geojson(site, "einrichtungen")
    assert areas == embedded(site, "sn-gebiete") and inst == embedded(site, "sn-einrichtungen")
    assert [f["properties"] for f in areas["features"]] == [
        {"name": "Nord", "klasse": "Hoch & Stabil"},
        {"name": "Süd", "klasse": None},
    ]
    assert [f["properties"] for f in inst["features"]] == [
        {"name": "Kita Sonnenschein", "kategorie": "Kita", "adresse": "Hauptstraße 1", "kontakt": "0208 123"},
        {"name": "Jugendtreff Süd", "kategorie": "Jugendzentrum", "adresse": None, "kontakt": None},
    ]
    page = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in page and "<title>Sozialnavigator Test</title>" in page
    assert "Datenstand: 31.12.2023" in page and "Was bedeutet der Sozialindex?" in page
    config = embedded(site, "sn-konfiguration")
    assert config["kategorien"] == [
        {"name": "Jugendzentrum", "farbe": "#0072B2", "anzahl": 1},
        {"name": "Kita", "farbe": "#E69F00", "anzahl": 1},
    ]
    assert config["hintergrund"] is None
    assert [c["count"] for c in config["klassen"]] == [1] + [0] * 10 + [1]


def test_legend_colours_read_from_the_qml_not_duplicated(tmp_path):
    _, site = export(tmp_path)
    classes = embedded(site, "sn-konfiguration")["klassen"]
    assert [(c["label"], c["fill"]) for c in classes] == style_colours()
    assert [c["value"] for c in classes] == CLASSES + [""]
    hatched = [c["label"] for c in classes if c["hatch"]]
    assert hatched == [c for c in CLASSES if c.endswith("Negativ")]
    assert classes[1]["hatch"] == {"color": "#404040", "angle": 45.0, "spacing": 11.3}
    web = "".join(p.read_text(encoding="utf-8").lower() for p in (ROOT / "web").glob("*.*"))
    assert not [colour for _, colour in style_colours() if colour in web]


def test_reprojection_from_web_mercator_rounded_to_six_decimals(tmp_path):
    x, y = 100000.0, 6000000.0
    inst = institutions_layer([(f"POINT({x} {y})", "A", "Kita", None, None, None)], crs="EPSG:3857")
    areas = areas_layer([(square(x, y, 2000), 1, "A", "Mittel & Stabil")], crs="EPSG:3857")
    _, site = export(tmp_path, areas, inst)
    lon = math.degrees(x / R)
    lat = math.degrees(2 * math.atan(math.exp(y / R)) - math.pi / 2)
    point = geojson(site, "einrichtungen")["features"][0]["geometry"]
    assert point["type"] == "Point"
    assert point["coordinates"] == pytest.approx([round(lon, 6), round(lat, 6)], abs=1.1e-6)
    ring = geojson(site, "gebiete")["features"][0]["geometry"]["coordinates"][0]
    assert ring[0] == pytest.approx([round(lon, 6), round(lat, 6)], abs=1.1e-6)
    text = (site / "daten" / "gebiete.geojson").read_text() + (
        site / "daten" / "einrichtungen.geojson"
    ).read_text()
    assert not re.search(r"\d\.\d{7,}", text)


def wobbly(x0: float, y0: float, n: int, step: float, noise: float) -> str:
    """A square whose south side has n vertices that wobble by +-noise metres."""
    south = [(x0 + i * step, y0 + (noise if i % 2 else -noise)) for i in range(n + 1)]
    x1, y1 = x0 + n * step, y0 + n * step
    ring = [*south, (x1, y1), (x0, y1), south[0]]
    return "POLYGON((" + ",".join(f"{x} {y}" for x, y in ring) + "))"


def vertices(site: Path) -> int:
    return len(geojson(site, "gebiete")["features"][0]["geometry"]["coordinates"][0])


def test_simplification_in_metres_also_for_geographic_input(tmp_path):
    metric = areas_layer([(wobbly(350000, 5700000, 200, 10, 1.0), 1, "A", "Hoch & Stabil")])
    _, site = export(tmp_path / "a", metric)
    assert vertices(site) == 5  # 1 m wobble vanishes at 5 m tolerance
    _, site = export(tmp_path / "b", metric, SIMPLIFY=0)
    assert vertices(site) == 204
    _, site = export(tmp_path / "c", metric, SIMPLIFY=0.5)
    assert vertices(site) == 204  # wobble larger than the tolerance is kept
    # the same in degrees (about 1 m = 0.000009 deg latitude): simplified through UTM, not by 5 degrees
    deg = areas_layer(
        [(wobbly(6.85, 51.47, 200, 0.0001, 0.000009), 1, "A", "Hoch & Stabil")], crs="EPSG:4326"
    )
    inst = institutions_layer([("POINT(6.86 51.48)", "A", "Kita", None, None, None)], crs="EPSG:4326")
    _, site = export(tmp_path / "d", deg, inst)
    assert vertices(site) == 5
    ring = geojson(site, "gebiete")["features"][0]["geometry"]["coordinates"][0]
    assert ring[0] == pytest.approx([6.85, 51.47 - 0.000009], abs=2e-6)


def test_institution_without_name_category_or_geometry(tmp_path):
    inst = institutions_layer(
        [
            ("POINT(1 1)", "A", None, None, None, None),
            ("POINT(2 2)", None, "Kita", None, None, None),
            (None, "C", "Kita", None, None, None),
            ("POINT(3 3)", "  ", "Kita", None, None, None),
        ]
    )
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    result, site = export(tmp_path, institutions=inst, feedback=feedback)
    assert result["INSTITUTION_COUNT"] == 1
    assert geojson(site, "einrichtungen")["features"][0]["properties"]["kategorie"] == "ohne Kategorie"
    assert any("2 institutions without a name" in w for w in warnings)
    assert any("1 institutions without geometry" in w for w in warnings)


def test_optional_fields_left_out(tmp_path):
    _, site = export(tmp_path, ADDRESS_FIELD=None, CONTACT_FIELD=None, AREA_NAME_FIELD=None)
    assert geojson(site, "einrichtungen")["features"][0]["properties"] == {
        "name": "Kita Sonnenschein",
        "kategorie": "Kita",
    }
    assert geojson(site, "gebiete")["features"][0]["properties"] == {"name": None, "klasse": "Hoch & Stabil"}


def test_markup_in_names_stays_text(tmp_path):
    inst = institutions_layer([("POINT(1 1)", "<script>alert(1)</script>", "<b>Kita</b>", None, None, None)])
    _, site = export(tmp_path, institutions=inst, TITLE="<i>Titel</i>")
    page = (site / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;i&gt;Titel&lt;/i&gt;" in page
    assert (
        embedded(site, "sn-einrichtungen")["features"][0]["properties"]["name"] == "<script>alert(1)</script>"
    )


def test_basemap_opens_only_its_host(tmp_path):
    url = "https://tiles.example.de/{z}/{x}/{y}.png"
    _, site = export(tmp_path, BASEMAP_URL=url, BASEMAP_ATTRIBUTION="© Stadt")
    config = embedded(site, "sn-konfiguration")
    assert config["hintergrund"]["url"] == url and config["hintergrund"]["attribution"] == "© Stadt"
    assert external_hosts(site) == {"tiles.example.de"}
    page = html.unescape((site / "index.html").read_text(encoding="utf-8"))
    assert "img-src 'self' data: https://tiles.example.de;" in page


def test_rerun_into_the_same_folder_but_not_over_foreign_files(tmp_path):
    export(tmp_path)
    export(tmp_path, TITLE="Zweiter Lauf")  # own export: overwritten
    assert "Zweiter Lauf" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    foreign = tmp_path / "fremd"
    foreign.mkdir()
    (foreign / "index.html").write_text("<html>Startseite der Stadt</html>")
    with pytest.raises(QgsProcessingException, match="not written by this algorithm"):
        export(tmp_path, OUTPUT_FOLDER=str(foreign))
    assert (foreign / "index.html").read_text() == "<html>Startseite der Stadt</html>"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"AREAS": "no_class"}, "Field 'si_klasse'"),
        ({"AREAS": "berlin"}, "'Hoch & Positiv' is not one of the 11 classes"),
        ({"AREAS": "no_crs"}, "no coordinate reference system"),
        ({"INSTITUTIONS": "empty"}, "is empty"),
        ({"CATEGORY_FIELD": "missing"}, "Field 'missing' (CATEGORY_FIELD)"),
        ({"BASEMAP_URL": "javascript:alert(1)"}, "BASEMAP_URL must be an http"),
        ({"BASEMAP_URL": "https://example.de/wms"}, "neither a tile URL"),
    ],
)
def test_bad_input_is_reported_before_anything_is_written(tmp_path, change, message):
    layers = {
        "no_class": memory_layer("Polygon", [("id", "integer")], [(square(0, 0), 1)]),
        "berlin": areas_layer([(square(0, 0), 1, "A", "Hoch & Positiv")]),
        "no_crs": areas_layer(crs=""),
        "empty": institutions_layer([]),
    }
    params = {k: layers.get(v, v) for k, v in change.items()}
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        export(tmp_path, **params)
    assert not (tmp_path / "site").exists()


# ------------------------------------------------------- no external hosts
URL = re.compile(r"""(?:https?:)?//[\w.*-]+(?::\d+)?""")
COMMENT = re.compile(r"/\*.*?\*/", re.S)
SVG_NS = "http://www.w3.org/2000/svg"  # XML namespace name in leaflet.js: an identifier, never loaded


def external_hosts(site: Path) -> set[str]:
    """Hosts named by any file of the site, outside comments.

    In leaflet.js two names are no request: the SVG namespace, and the default
    attribution link, which sozialnavigator.js replaces with a link to the local licence.
    """
    hosts = set()
    for path in site.rglob("*"):
        if path.suffix not in {".html", ".js", ".css", ".geojson", ""} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix in {".css", ".js"}:
            text = COMMENT.sub("", text) if path.suffix == ".css" else text.split("*/", 1)[-1]
        if path.name == "leaflet.js":
            text = text.replace(SVG_NS, "").replace('prefix:\'<a href="https://leafletjs.com"', "")
        for match in URL.finditer(text):
            hosts.add(match.group(0).split("//", 1)[1])
    return hosts


def test_site_references_no_external_host(tmp_path):
    _, site = export(tmp_path)
    assert external_hosts(site) == set()
    js = (site / "sozialnavigator.js").read_text(encoding="utf-8")
    assert "setPrefix('<a href=\"vendor/leaflet/LICENSE\">Leaflet</a>')" in js  # replaces leafletjs.com
    page = (site / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert refs and all(not re.match(r"[a-z]+:|//", r) or r == "data:," for r in refs), refs
    css = (site / "vendor" / "leaflet" / "leaflet.css").read_text() + (
        site / "sozialnavigator.css"
    ).read_text()
    assert all(u.startswith(("images/", "#")) for u in re.findall(r"url\(([^)]*)\)", css))


# --------------------------------------------------------- demo + browser
@contextmanager
def serve(folder: Path):
    """A static HTTP server on 127.0.0.1 (free port) for ``folder``."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):  # noqa: D102
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def demo_areas() -> QgsVectorLayer:
    """The 27 demo Sozialquartiere with every one of the 11 classes and one area not rated."""
    source = QgsVectorLayer(f"{DEMO_GPKG}|layername=sozialquartiere", "sq", "ogr")
    values = [None if i == 26 else CLASSES[i % len(CLASSES)] for i in range(source.featureCount())]
    rows = [(f.geometry().asWkt(), f["sq_id"], f["name"], v) for f, v in zip(source.getFeatures(), values)]
    return memory_layer("MultiPolygon", AREA_FIELDS, rows)


@pytest.fixture(scope="module")
def browser_report(tmp_path_factory):
    """Export the demo, serve it on loopback and drive it with Debian's chromium."""
    node_modules = ROOT / "test" / "web" / "node_modules" / "playwright-core"
    assert node_modules.is_dir(), "run `make webtest` (npm ci in test/web) first"
    assert Path("/usr/bin/chromium").exists(), "Debian's chromium is missing: run `make apt`"
    institutions = QgsVectorLayer(f"{DEMO_GPKG}|layername=einrichtungen", "e", "ogr")
    out = tmp_path_factory.mktemp("web")
    result = run(
        ALG,
        {
            "AREAS": demo_areas(),
            "AREA_NAME_FIELD": "name",
            "INSTITUTIONS": institutions,
            "NAME_FIELD": "name",
            "CATEGORY_FIELD": "kategorie",
            "ADDRESS_FIELD": "adresse",
            "CONTACT_FIELD": "telefon",
            "TITLE": "Sozialnavigator Oberhausen (Test)",
            "DATA_DATE": "31.12.2023",
            "OUTPUT_FOLDER": str(out / "site"),
        },
    )
    site = Path(result["OUTPUT_FOLDER"])
    target = next(f for f in institutions.getFeatures() if f["name"] == "Städt. Kita Marienkäfer")
    target = {k: target[k] for k in ("name", "kategorie", "adresse", "telefon")}
    categories = [f["kategorie"] for f in institutions.getFeatures()]
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serve(site) as url:
        proc = subprocess.run(
            [
                "node",
                str(ROOT / "test" / "web" / "check.mjs"),
                url,
                str(SHOTS),
                "städt. KITA marienKAEFER",
                "Kita",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    report.update(site=site, target=target, categories=categories)  # plain data: no layer outlives QGIS
    return report


def test_demo_export_counts(browser_report):
    site = browser_report["site"]
    assert len(geojson(site, "gebiete")["features"]) == 27
    assert len(geojson(site, "einrichtungen")["features"]) == 250
    assert external_hosts(site) == set()


def test_browser_loads_without_errors_and_only_from_loopback(browser_report):
    assert browser_report["console"] == []
    assert browser_report["failed"] == []
    assert browser_report["requests"] and all(
        u.startswith("http://127.0.0.1:") for u in browser_report["requests"]
    )
    assert browser_report["externalLinks"] == []
    assert browser_report["lang"] == "de" and browser_report["title"] == "Sozialnavigator Oberhausen (Test)"
    assert "Datenstand: 31.12.2023" in browser_report["date"]
    assert browser_report["explanation"] == "Was bedeutet der Sozialindex?"


def test_browser_markers_areas_and_legend(browser_report):
    assert browser_report["markers"] == len(browser_report["categories"]) == 250
    assert len(browser_report["areas"]) == 27
    legend = browser_report["legend"]
    assert len(legend) == 12 and legend[-1]["text"].startswith("nicht bewertet")  # 11 classes + not rated
    colours = dict(style_colours())
    patterns = {f"url(#{p['id']})": p for p in browser_report["patterns"]}
    for item, label in zip(legend, CLASSES + ["nicht bewertet"]):
        assert item["text"].startswith(label)
        fill = patterns[item["fill"]]["fill"] if item["fill"].startswith("url(") else item["fill"]
        assert fill == colours[label]
        assert item["fill"].startswith("url(") == label.endswith("Negativ")
    assert {p["hatch"] for p in browser_report["patterns"]} == {"#404040"}


def test_browser_category_filter_hides_the_others(browser_report):
    kitas = browser_report["categories"].count("Kita")
    assert browser_report["markersNone"] == 0
    assert browser_report["filter"]["markers"] == kitas == 112
    colours = core.category_colours(browser_report["categories"])
    assert browser_report["filter"]["fills"] == [colours["Kita"]]
    assert browser_report["status"] == "112 von 250 Einrichtungen werden angezeigt."
    assert browser_report["markersAll"] == 250


def test_browser_search_by_keyboard_opens_the_popup(browser_report):
    target = browser_report["target"]
    assert browser_report["searchFocus"]["id"] == "suche" and browser_report["tabsToSearch"] < 15
    assert browser_report["hits"] == ["Städt. Kita Marienkäfer – Kita"]
    assert browser_report["hitFocus"]["tag"] == "BUTTON"
    popup = browser_report["popup"]
    for value in (target["name"], "Kita", target["adresse"], target["telefon"]):
        assert value in popup
    assert browser_report["popupFocus"]["inPopup"] is True
    assert browser_report["closeLabel"] == "Schließen"
    assert browser_report["popupAfterEscape"] == 0
    assert browser_report["focusAfterEscape"]["text"] == "Städt. Kita Marienkäfer – Kita"


def test_browser_accessibility(browser_report):
    assert browser_report["unlabelled"] == []
    for key in ("searchFocus", "hitFocus"):  # visible keyboard focus
        assert browser_report[key]["outline"] == "solid" and browser_report[key]["outlineWidth"] >= 2
    contrast = browser_report["contrast"]
    assert contrast["checked"] > 40
    assert contrast["lowest"][0]["ratio"] >= 4.5, contrast["lowest"]
    phone = browser_report["phone"]
    assert phone["scrollWidth"] <= phone["width"] == 390  # no horizontal scrolling
    assert phone["mapHeight"] > 300 and phone["searchWidth"] > 300 and phone["markers"] == 250


def test_browser_screenshots_not_blank(browser_report):
    for name in ("sozialnavigator.png", "sozialnavigator_popup.png", "sozialnavigator_phone.png"):
        assert non_blank(SHOTS / name) > 50, name


def test_zip_carries_the_vendored_map_library(tmp_path):
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import make_zip

    names = make_zip.build(tmp_path / "sozialplanung.zip")
    for name in ("leaflet.js", "leaflet.css", "LICENSE", "images/layers.png"):
        assert f"sozialplanung/web/vendor/leaflet/{name}" in names
    assert not [n for n in names if "/web/vendor/" in n and "/." in n]  # no stamp files
