"""Hostile-input catalogue, round two: no silent wrong numbers, no lost layers, no lost review decisions.

One data-driven table (``CASES``) through processing.run; the worst cases also through
qgis_process.bin (exit code and message). Case ids start with the issue's item number.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

import pytest
import test_poimatch as tp
import test_report as tr
from helpers import ROOT, memory_layer, qgis_process, recorder, rows, run, square, write_gpkg
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

X0, Y0 = 350000.0, 5705000.0  # EPSG:25832, about 51.5° N


@dataclass
class Case:
    """An algorithm, parameters built in tmp_path, and the expected error or log plus a check."""

    id: str
    alg: str
    params: Callable[[Path], dict]
    error: Optional[str] = None  # regular expression on the exception message
    log: Optional[str] = None  # regular expression one info or warning must match
    check: Optional[Callable[[dict, Path], None]] = None  # on the result and tmp_path
    cancel_when: Optional[Callable[[Path], bool]] = None


# ------------------------------------------------------------------- data
def blocks(values: list[Any], kind: str = "string", ew: Optional[list] = None):
    """Six areas with the text (or number) field 'wert' and numeric 'd' and 'ew'."""
    fields = [("id", "integer"), ("name", "string"), ("ew", "integer"), ("wert", kind), ("d", "double")]
    ew = ew or [1000] * len(values)
    data = [
        (square(X0 + 100 * i, Y0), i + 1, f"Gebiet {i + 1}", ew[i], v, 100000.0) for i, v in enumerate(values)
    ]
    return memory_layer("Polygon", fields, data)


THOUSANDS = ["10.183", "1.137", "2.500", "3.250", "4.000", "5.125"]
GERMAN = ["10.183,0", "1.137", "2.500", "3.250", "4.000", "5.125"]


def index_params(layer, **kw) -> dict:
    return {
        "INPUT": layer,
        "ID_FIELD": "id",
        "INDICATORS": ["wert", "d", "+", "1"],
        "OUTPUT": "TEMPORARY_OUTPUT",
        **kw,
    }


def offergap_params(tmp: Path, areas=None, offers=None, **kw) -> dict:
    """One 1 km area with need '1.500' (text) and one offer inside."""
    areas = areas or memory_layer(
        "Polygon", [("id", "integer"), ("ew", "string")], [(square(X0, Y0, 1000), 1, "1.500")]
    )
    offers = offers or memory_layer("Point", [("art", "string")], [(f"POINT({X0 + 500} {Y0 + 500})", "Kita")])
    return {
        "AREAS": areas,
        "ID_FIELD": "id",
        "NEED_FIELD": "ew",
        "OFFERS": offers,
        "RADIUS": 800,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_TABLE": None,
        **kw,
    }


def fine_units(values: list[Any]):
    return memory_layer(
        "Point",
        [("id", "integer"), ("ew", "string")],
        [(f"POINT({X0 + 10 + 100 * i} {Y0 + 10})", i + 1, v) for i, v in enumerate(values)],
    )


def coarse_units(geometry: str = "Polygon"):
    wkt = square(X0, Y0, 1000) if geometry == "Polygon" else f"POINT({X0 + 5} {Y0 + 5})"
    return memory_layer(geometry, [("qid", "integer")], [(wkt, 1)])


def aggregate_params(values, **kw) -> dict:
    return {"INPUT": fine_units(values), "TARGET": coarse_units(), "METHOD": 1, "FIELDS": ["ew"],
            "OUTPUT": "TEMPORARY_OUTPUT", **kw}  # fmt: skip


def dynamik_params(layer, **kw) -> dict:
    status = layer_out(run("sozialplanung:sozialindex", index_params(layer, NUMBER_FORMAT=1)))
    return {"INPUT": status, "ID_FIELD": "id", "STATUS_FIELD": "si_status",
            "INDICATORS": ["wert", "d", "wert", "d", "+", "1"], "OUTPUT": "TEMPORARY_OUTPUT", **kw}  # fmt: skip


def layer_out(result: dict, key: str = "OUTPUT") -> QgsVectorLayer:
    value = result[key]
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "out", "ogr")


def reproject(wkt: str, crs: str) -> str:
    geom = QgsGeometry.fromWkt(wkt)
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:25832"), QgsCoordinateReferenceSystem(crs), QgsProject.instance()
    )
    geom.transform(transform)
    return geom.asWkt(9)


def poimatch_in(crs: str, poi_geometry: str = "Point"):
    """Register and POIs of the poimatch tests in ``crs`` (POIs optionally as 40 m building squares)."""
    register, pois = tp.register_layer(), tp.poi_layer()
    reg = [(reproject(f.geometry().asWkt(), crs), *f.attributes()) for f in register.getFeatures()]
    poi = []
    for f in pois.getFeatures():
        wkt = f.geometry().asWkt()
        if poi_geometry == "Polygon":
            p = f.geometry().asPoint()
            wkt = square(p.x() - 20, p.y() - 20, 40)
        elif poi_geometry == "LineString":
            p = f.geometry().asPoint()
            wkt = f"LINESTRING({p.x()} {p.y()},{p.x() + 10} {p.y()})"
        poi.append((reproject(wkt, crs), *f.attributes()))
    return (
        memory_layer("Point", tp.REGISTER_FIELDS, reg, crs),
        memory_layer(poi_geometry, tp.POI_FIELDS, poi, crs),
    )


def moved_register(crs: str):
    """A Kita moved 2000 m (within MOVED_DISTANCE 3000 m; 3220 'm' in Web Mercator at 51.5° N)."""
    register = [(reproject(f"POINT({X0} {Y0})", crs), 1, "Kita Regenbogen", "Kita", "Birkenweg 16")]
    pois = [(reproject(f"POINT({X0 + 2000} {Y0})", crs), "node/4", "Kita Regenbogen", "kindergarten",
             "Kastanienweg", "2", None)]  # fmt: skip
    return memory_layer("Point", tp.REGISTER_FIELDS, register, crs), memory_layer(
        "Point", tp.POI_FIELDS, pois, crs
    )


def statuses(result: dict) -> dict:
    return {k: v["pm_status"] for k, v in rows(layer_out(result, "OUTPUT_REGISTER"), "einr_id").items()}


def existing_gpkg(tmp: Path) -> Path:
    """x.gpkg with a layer 'sozialquartiere' holding one feature (id 99)."""
    path = tmp / "x.gpkg"
    write_gpkg(path, {"sozialquartiere": memory_layer("Polygon", [("id", "integer")], [(square(0, 0), 99)])})
    return path


def untouched(tmp: Path) -> None:
    """The existing layer still holds its one feature; no temporary file or layer is left."""
    layer = QgsVectorLayer(f"{tmp / 'x.gpkg'}|layername=sozialquartiere", "x", "ogr")
    assert layer.isValid() and [f["id"] for f in layer.getFeatures()] == [99]
    whole = QgsVectorLayer(str(tmp / "x.gpkg"), "x", "ogr")
    names = [n.split("!!::!!")[1] for n in whole.dataProvider().subLayers()]
    assert names == ["sozialquartiere"], names
    assert sorted(p.name for p in tmp.iterdir()) == ["x.gpkg"], list(tmp.iterdir())


def expect(condition: bool, context: object = "") -> None:
    assert condition, context


def value_of(result: dict, field: str, key: str = "id", ident: Any = 1, output: str = "OUTPUT") -> Any:
    return rows(layer_out(result, output), key)[ident][field]


def shp_register(tmp: Path) -> QgsVectorLayer:
    """A register with the pm_* fields cut to 10 characters, as a Shapefile makes them."""
    fields = [*tp.REGISTER_FIELDS, ("pm_entsche", "string"), ("pm_status", "string")]
    data = [
        (*row, "abgelehnt", "bestätigt")
        for row in [(tp.pt(0, 0), 1, "Kita Sonnenschein", "Kita", "Ulmenstraße 15")]
    ]
    return memory_layer("Point", fields, data)


# ------------------------------------------------------------------ table
CASES = [
    # 1: thousands separators
    Case("1-sozialindex-ambiguous", "sozialplanung:sozialindex", lambda t: index_params(blocks(THOUSANDS)),
         error=r"Field 'wert': values such as '10\.183' / '1\.137' .*NUMBER_FORMAT"),
    Case("1-sozialindex-german-auto", "sozialplanung:sozialindex", lambda t: index_params(blocks(GERMAN)),
         log=r"Field 'wert': text read as numbers in the format German"),
    Case("1-sozialindex-german-param", "sozialplanung:sozialindex",
         lambda t: index_params(blocks(THOUSANDS), NUMBER_FORMAT=1),
         log=r"format German", check=lambda r, t: expect(value_of(r, "si_rank", ident=1) == 1)),
    Case("1-sozialindex-plain-param", "sozialplanung:sozialindex",
         lambda t: index_params(blocks(THOUSANDS), NUMBER_FORMAT=2), log=r"format plain"),
    Case("1-offergap-ambiguous", "sozialplanung:offergap", lambda t: offergap_params(t),
         error=r"Field 'ew': values such as '1\.500'"),
    Case("1-offergap-german", "sozialplanung:offergap", lambda t: offergap_params(t, NUMBER_FORMAT=1),
         check=lambda r, t: expect(value_of(r, "og_alle_je1000") == pytest.approx(1000 / 1500))),
    Case("1-aggregate-ambiguous", "sozialplanung:aggregate", lambda t: aggregate_params(["1.137", "5.000"]),
         error=r"Field 'ew': values such as '1\.137' / '5\.000'"),
    Case("1-aggregate-german", "sozialplanung:aggregate", lambda t: aggregate_params(["1.137", "5.000,5"]),
         check=lambda r, t: expect(value_of(r, "ew", "qid") == 6138)),
    Case("1-aggregate-mixed-is-error", "sozialplanung:aggregate", lambda t: aggregate_params(["3.5", "2,5"]),
         error=r"Field 'ew': value '3\.5' of feature .* is not a number"),
    Case("1-dynamik-ambiguous", "sozialplanung:dynamik", lambda t: dynamik_params(blocks(THOUSANDS)),
         error=r"Field 'wert': values such as"),
    Case("1-robustheit-ambiguous", "sozialplanung:robustheit", lambda t: index_params(blocks(THOUSANDS)),
         error=r"Field 'wert': values such as"),
    # 2: Shapefile outputs and truncated names read back
    Case("2-poimatch-register-shp", "sozialplanung:poimatch",
         lambda t: tp.params(OUTPUT_REGISTER=str(t / "register.shp")),
         error=r"OUTPUT_REGISTER: a Shapefile cuts field names to 10 characters.*GeoPackage"),
    Case("2-offergap-shp", "sozialplanung:offergap",
         lambda t: offergap_params(t, NUMBER_FORMAT=1, OUTPUT=str(t / "og.shp")), error=r"OUTPUT: a Shapefile"),
    Case("2-dynamik-shp", "sozialplanung:dynamik",
         lambda t: dynamik_params(blocks(GERMAN), OUTPUT=str(t / "dyn.shp")), error=r"OUTPUT: a Shapefile"),
    Case("2-offergap-table-dbf-allowed", "sozialplanung:offergap",
         lambda t: offergap_params(t, NUMBER_FORMAT=1, OUTPUT_TABLE=str(t / "og.shp")),
         check=lambda r, t: expect((t / "og.dbf").exists())),
    Case("2-poimatch-truncated-register", "sozialplanung:poimatch", lambda t: tp.params(register=shp_register(t)),
         error=r"REGISTER: the field 'pm_entsche' looks like 'pm_entscheidung' cut to 10 characters"),
    Case("2-report-truncated-input", "sozialplanung:report",
         lambda t: {**tr.report_params(truncated_result(), t), "INSTITUTIONS": None},
         error=r"INPUT: the field 'si_aufmerk' looks like 'si_aufmerksam'"),
    # 3: one metric CRS (Web Mercator lengths are 1.61x at 51.5° N)
    *[
        Case(f"3-poimatch-moved-{crs}", "sozialplanung:poimatch",
             lambda t, crs=crs: tp.params(*moved_register(crs)),
             check=lambda r, t: expect(statuses(r) == {1: "verschoben"}, statuses(r)))
        for crs in ("EPSG:4326", "EPSG:3857", "EPSG:25832")
    ],
    *[
        Case(f"3-poimatch-demo-{crs}", "sozialplanung:poimatch", lambda t, crs=crs: tp.params(*poimatch_in(crs)),
             check=lambda r, t: expect(statuses(r) == {1: "bestätigt", 2: "bestätigt", 3: "verschoben",
                                                       4: "nicht gefunden"}, statuses(r)))
        for crs in ("EPSG:4326", "EPSG:3857", "EPSG:25832")
    ],
    Case("3-poimatch-mercator-logged", "sozialplanung:poimatch", lambda t: tp.params(*moved_register("EPSG:3857")),
         log=r"Distances are measured in EPSG:32632 .*not in the CRS EPSG:3857 of REGISTER"),
    *[
        Case(f"3-offergap-{crs}", "sozialplanung:offergap", lambda t, crs=crs: offergap_in(t, crs),
             check=lambda r, t: expect(
                 value_of(r, "og_alle_abdeckung") == pytest.approx(0.0) and value_of(r, "og_alle_n") == 0,
                 rows(layer_out(r), "id")))
        for crs in ("EPSG:4326", "EPSG:3857", "EPSG:25832")
    ],
    # 4: failed or canceled runs leave an existing layer as it was; no output over an input
    Case("4-offergap-bad-table-keeps-layer", "sozialplanung:offergap",
         lambda t: offergap_params(t, NUMBER_FORMAT=1, OUTPUT=f"ogr:dbname='{existing_gpkg(t)}' table=\"sozialquartiere\" (geom)",
                                   OUTPUT_TABLE=str(t / "fehlt" / "tabelle.csv")),
         error=r"OUTPUT_TABLE|tabelle\.csv", check=lambda r, t: untouched(t)),
    Case("4-robustheit-cancel-keeps-layer", "sozialplanung:robustheit",
         lambda t: index_params(blocks(GERMAN), OUTPUT=f"ogr:dbname='{existing_gpkg(t)}' table=\"sozialquartiere\" (geom)"),
         cancel_when=lambda t: True, error="Canceled", check=lambda r, t: untouched(t)),
    Case("4-sozialindex-replaces-layer-on-success", "sozialplanung:sozialindex",
         lambda t: index_params(blocks(GERMAN), OUTPUT=f"{existing_gpkg(t)}|layername=sozialquartiere"),
         check=lambda r, t: expect(QgsVectorLayer(f"{t / 'x.gpkg'}|layername=sozialquartiere").featureCount() == 6
                                   and sorted(p.name for p in t.iterdir()) == ["x.gpkg", "x.qml"],
                                   list(t.iterdir()))),
    Case("4-output-over-input", "sozialplanung:sozialindex", lambda t: input_as_output(t),
         error=r"OUTPUT would overwrite the input layer of INPUT"),
    # 5: one destination for several outputs
    Case("5-poimatch-same-destination", "sozialplanung:poimatch",
         lambda t: tp.params(**dict.fromkeys(("OUTPUT_REGISTER", "OUTPUT_NEW", "OUTPUT_LINKS"), str(t / "a.gpkg"))),
         error=r"OUTPUT_REGISTER and OUTPUT_NEW write to the same destination"),
    Case("5-poimatch-distinct-layers-ok", "sozialplanung:poimatch",
         lambda t: tp.params(**{k: f"ogr:dbname='{t / 'a.gpkg'}' table=\"{k.lower()}\" (geom)"
                                for k in ("OUTPUT_REGISTER", "OUTPUT_NEW", "OUTPUT_LINKS")}),
         check=lambda r, t: expect(layer_out(r, "OUTPUT_LINKS").featureCount() == 3)),
    # 6: partial files
    Case("6-offergap-table-removed-on-cancel", "sozialplanung:offergap",
         lambda t: offergap_params(t, NUMBER_FORMAT=1, OUTPUT_TABLE=str(t / "tabelle.csv")),
         cancel_when=lambda t: (t / "tabelle.csv").exists(), error="Canceled",
         check=lambda r, t: expect(list(t.iterdir()) == [], list(t.iterdir()))),
    Case("6-report-html-folder-no-pdf", "sozialplanung:report",
         lambda t: {**tr.report_params(tr.result_layer(), t), "INSTITUTIONS": None,
                    "OUTPUT_HTML": str(mkdir(t / "bericht.html")), "OUTPUT_PDF": str(t / "bericht.pdf")},
         error=r"OUTPUT_HTML: .*bericht\.html is a folder",
         check=lambda r, t: expect(not (t / "bericht.pdf").exists())),
    # 7: geometry types processing.run does not enforce
    Case("7-offergap-point-areas", "sozialplanung:offergap",
         lambda t: offergap_params(t, areas=memory_layer("Point", [("id", "integer"), ("ew", "integer")],
                                                         [(f"POINT({X0} {Y0})", 1, 10)])),
         error=r"AREAS must be a polygon layer, not Point"),
    Case("7-poimatch-polygon-pois", "sozialplanung:poimatch",
         lambda t: tp.params(*poimatch_in("EPSG:25832", "Polygon"), OUTPUT_NEW=str(t / "neu.gpkg")),
         log=r"POIS: \d polygons are matched at a point on their surface",
         check=lambda r, t: expect(statuses(r)[1] == "bestätigt" and layer_out(r, "OUTPUT_NEW").featureCount() == 1)),
    Case("7-poimatch-line-pois", "sozialplanung:poimatch",
         lambda t: tp.params(*poimatch_in("EPSG:25832", "LineString")),
         error=r"POIS: feature \d+ is a Line; points are needed \(or polygons\)"),
    # 8: optional matrices, dynamik METHOD 0, MIN_POPULATION
    Case("8-report-without-matrices", "sozialplanung:report",
         lambda t: {**tr.report_params(tr.result_layer(), t), "INSTITUTIONS": None,
                    "INDICATORS": [None], "INDICATORS_DYNAMIK": [None]},
         check=lambda r, t: expect((t / "bericht.html").exists())),
    Case("8-dynamik-method0-no-indicators", "sozialplanung:dynamik",
         lambda t: dynamik_params(blocks(GERMAN), METHOD=0, INDICATORS=[None]),
         error=r"INDICATORS needed for METHOD 0"),
    Case("8-sozialindex-min-population", "sozialplanung:sozialindex",
         lambda t: index_params(blocks(GERMAN, ew=[100] * 6), POPULATION_FIELD="ew"),
         error=r"Only 0 rated unit\(s\): 6 of 6 units have fewer inhabitants than MIN_POPULATION = 300"),
    # 9: minor
    Case("9-aggregate-point-target", "sozialplanung:aggregate",
         lambda t: aggregate_params([1, 2], INPUT=fine_units(["1", "2"]), TARGET=coarse_units("Point")),
         error=r"TARGET must be a polygon layer, not Point"),
    Case("9-aggregate-int64-overflow", "sozialplanung:aggregate", lambda t: aggregate_params(["1e19", "1"]),
         error=r"Field 'ew': the sum 1e\+19 in coarse unit \d+ is too large for a count field"),
    Case("9-robustheit-two-areas", "sozialplanung:robustheit",
         lambda t: index_params(blocks(GERMAN[:2]), RUNS=3),
         log=r"Variant 'robuster z-Wert' left out: Indicator wert: the median absolute deviation is 0"),
    Case("9-webexport-foreign-folder", "sozialplanung:webexport", lambda t: webexport_params(t),
         error=r"holds other files and no index\.html"),
]  # fmt: skip


def mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def truncated_result() -> QgsVectorLayer:
    """A dynamik result with its fields cut to 10 characters, as a Shapefile makes them."""
    names = ["si_index", "si_rank", "si_status", "si_klasse", "si_aufmerk", "dyn_klasse"]
    fields = [("name", "string"), *[(n, "string") for n in names]]
    return memory_layer("Polygon", fields, [(square(X0, Y0), "Q1", "1", "1", "Hoch", "Hoch", "1", "Stabil")])


def offergap_in(tmp: Path, crs: str) -> dict:
    """One area, one offer 900 m from the area's centre (outside RADIUS 800 m; 1450 'm' in Mercator)."""
    areas = memory_layer(
        "Polygon",
        [("id", "integer"), ("ew", "integer")],
        [(reproject(square(X0, Y0, 200), crs), 1, 100)],
        crs,
    )
    offers = memory_layer(
        "Point", [("art", "string")], [(reproject(f"POINT({X0 + 1000} {Y0 + 100})", crs), "Kita")], crs
    )
    return offergap_params(tmp, areas=areas, offers=offers)


def input_as_output(tmp: Path) -> dict:
    path = tmp / "quartiere.gpkg"
    write_gpkg(path, {"quartiere": blocks(GERMAN)})
    return index_params(
        f"{path}|layername=quartiere", OUTPUT=f"ogr:dbname='{path}' table=\"quartiere\" (geom)"
    )


def webexport_params(tmp: Path) -> dict:
    (tmp / "site").mkdir()
    (tmp / "site" / "data.js").write_text("// not ours", encoding="utf-8")
    status = layer_out(run("sozialplanung:sozialindex", index_params(blocks(GERMAN))))
    institutions = memory_layer(
        "Point", [("name", "string"), ("kat", "string")], [(f"POINT({X0} {Y0})", "Kita A", "Kita")]
    )
    return {"AREAS": status, "AREA_NAME_FIELD": "name", "INSTITUTIONS": institutions, "NAME_FIELD": "name",
            "CATEGORY_FIELD": "kat", "OUTPUT_FOLDER": str(tmp / "site")}  # fmt: skip


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_case(case: Case, tmp_path):
    params = case.params(tmp_path)
    feedback = recorder((lambda: case.cancel_when(tmp_path)) if case.cancel_when else None)
    if case.error:
        with pytest.raises(QgsProcessingException) as info:
            run(case.alg, params, feedback)
        message = str(info.value)
        assert re.search(case.error, message), message
        assert "Traceback" not in message and 'File "' not in message, message
        result = {}
    else:
        result = run(case.alg, params, feedback)
    if case.log:
        log = feedback.infos + feedback.warnings
        assert any(re.search(case.log, text) for text in log), log
    if case.check:
        case.check(result, tmp_path)
    leftovers = [p for p in tmp_path.rglob("*") if ".sozialplanung-" in str(p) or "_tmp_" in p.name]
    assert not leftovers, leftovers


# ------------------------------------------------------------------ pure rules
def test_make_webtest_installs_npm_without_the_vendor_target():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("test/web/node_modules/.package-lock.json:")[1].split("\n\n")[0]
    assert "$(NEED_NPM)" in recipe and "$(MAKE) vendor" not in recipe
    proc = subprocess.run(
        ["make", "-n", "-C", str(ROOT), "webtest"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr


# ------------------------------------------------------------------ qgis_process.bin: the worst five
@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A throwaway QGIS profile with the plugin enabled."""
    path = tmp_path_factory.mktemp("qgis_home")
    qgis_process("plugins", "enable", "sozialplanung", home=path, check=False)
    return path


def gpkg_inputs(tmp: Path, crs: str = "EPSG:25832") -> Path:
    """areas (need '1.500' as text), offers, register and POIs (a Kita moved 2000 m) in one GeoPackage."""
    path = tmp / "eingabe.gpkg"
    register, pois = moved_register(crs)
    areas = memory_layer(
        "Polygon", [("id", "integer"), ("ew", "string")], [(square(X0, Y0, 1000), 1, "1.500")]
    )
    offers = memory_layer("Point", [("art", "string")], [(f"POINT({X0 + 500} {Y0 + 500})", "Kita")])
    write_gpkg(path, {"areas": areas, "offers": offers, "register": register, "pois": pois})
    return path


def poimatch_args(src: Path, *outputs: str) -> list[str]:
    names = ("OUTPUT_REGISTER", "OUTPUT_NEW", "OUTPUT_LINKS")
    return [f"REGISTER={src}|layername=register", "REGISTER_ID=einr_id", "REGISTER_NAME=name",
            "REGISTER_CATEGORY=kategorie", f"POIS={src}|layername=pois", "POI_ID=osm_id", "POI_NAME=name",
            "POI_CATEGORY=amenity", *[f"{n}={o}" for n, o in zip(names, outputs)]]  # fmt: skip


def offergap_args(src: Path, *extra: str) -> list[str]:
    return [f"AREAS={src}|layername=areas", "ID_FIELD=id", "NEED_FIELD=ew", f"OFFERS={src}|layername=offers",
            "RADIUS=800", *extra]  # fmt: skip


def failed(proc: subprocess.CompletedProcess, pattern: str) -> None:
    """Exit code not 0, the message in the output, no Python traceback."""
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0, text
    assert re.search(pattern, text), text
    assert "Traceback" not in text, text


def test_qgis_process_thousands_separator(home, tmp_path):
    src = gpkg_inputs(tmp_path)
    out = tmp_path / "og.gpkg"
    proc = qgis_process("run", "sozialplanung:offergap", "--", *offergap_args(src, f"OUTPUT={out}"),
                        home=home, check=False)  # fmt: skip
    failed(proc, r"Field 'ew': values such as '1\.500'")
    assert not out.exists()
    ok = qgis_process("run", "sozialplanung:offergap", "--", *offergap_args(src, f"OUTPUT={out}", "NUMBER_FORMAT=1"),
                      home=home)  # fmt: skip
    assert "format German" in ok.stdout + ok.stderr
    assert rows(QgsVectorLayer(str(out), "og", "ogr"), "id")[1]["og_alle_je1000"] == pytest.approx(
        1000 / 1500
    )


def test_qgis_process_shapefile_register_refused(home, tmp_path):
    src = gpkg_inputs(tmp_path)
    shp = tmp_path / "register.shp"
    proc = qgis_process("run", "sozialplanung:poimatch", "--",
                        *poimatch_args(src, str(shp), "TEMPORARY_OUTPUT", "TEMPORARY_OUTPUT"), home=home, check=False)  # fmt: skip
    failed(proc, r"OUTPUT_REGISTER: a Shapefile cuts field names to 10 characters.*GeoPackage")
    assert not shp.exists()


def test_qgis_process_mercator_register(home, tmp_path):
    src = gpkg_inputs(tmp_path, "EPSG:3857")
    out = tmp_path / "register.gpkg"
    proc = qgis_process("run", "sozialplanung:poimatch", "--",
                        *poimatch_args(src, str(out), "TEMPORARY_OUTPUT", "TEMPORARY_OUTPUT"), home=home)  # fmt: skip
    assert "EPSG:32632" in proc.stdout + proc.stderr
    assert rows(QgsVectorLayer(str(out), "r", "ogr"), "einr_id")[1]["pm_status"] == "verschoben"


def test_qgis_process_failure_keeps_existing_layer(home, tmp_path):
    target = tmp_path / "ziel"
    target.mkdir()
    existing_gpkg(target)
    src = gpkg_inputs(tmp_path)
    dest = f"ogr:dbname='{target / 'x.gpkg'}' table=\"sozialquartiere\" (geom)"
    proc = qgis_process("run", "sozialplanung:offergap", "--",
                        *offergap_args(src, f"OUTPUT={dest}", "NUMBER_FORMAT=1",
                                       f"OUTPUT_TABLE={tmp_path / 'fehlt' / 'tabelle.csv'}"),
                        home=home, check=False)  # fmt: skip
    failed(proc, r"OUTPUT_TABLE|tabelle\.csv")
    untouched(target)


def test_qgis_process_same_destination_refused(home, tmp_path):
    src = gpkg_inputs(tmp_path)
    same = str(tmp_path / "a.gpkg")
    proc = qgis_process("run", "sozialplanung:poimatch", "--", *poimatch_args(src, same, same, same),
                        home=home, check=False)  # fmt: skip
    failed(proc, r"OUTPUT_REGISTER and OUTPUT_NEW write to the same destination")
    assert not Path(same).exists()


@pytest.mark.parametrize(("crs", "expected"), [("EPSG:4326", "EPSG:32632"), ("EPSG:3857", "EPSG:32632"),
                                               ("EPSG:25832", "EPSG:25832")])  # fmt: skip
def test_webexport_simplifies_in_the_same_metric_crs(crs, expected):
    """webexport's Reprojector uses the shared rule: the same working CRS for 4326, 3857 and 25832 data."""
    from qgis.core import QgsProcessingContext
    from sozialplanung.algorithms.webexport import Reprojector

    layer = memory_layer("Polygon", [("id", "integer")], [(reproject(square(X0, Y0, 500), crs), 1)], crs)
    work = Reprojector(layer.crs(), layer.extent(), QgsProcessingContext(), 5.0).to_work.destinationCrs()
    assert work.authid() == expected
