"""The main job on the bundled demo data, run through qgis_process.bin.

Aggregates the demo blocks (Baublöcke) to Sozialquartiere and Arbeitsmarktbezirke,
computes Sozialindex (2023) and Dynamik (2021 -> 2023) on both levels and renders
PNG maps in the 11-class legend. Follows the quarters over the editions 2019, 2021, 2023
(Zeitreihe, class transitions, early warning) and maps the warnings. Analyses the offer gaps of the Sozialquartiere (institutions by
category, need at the address points) and maps their priority. Checks the robustness of the
quarters' status and writes the Sozialbericht (report.html, report.pdf). Usage:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/demo.py [--output demo_output]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess  # nosec B404
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "oberhausen_demo.gpkg"
QGIS_PROCESS = os.environ.get("QGIS_PROCESS", "qgis_process.bin")
T0, T1 = "2021", "2023"
EDITIONS = ("2019", T0, T1)  # the three demo years, for the Zeitreihe
DATA_DATE = f"31.12.{T1}"
FOOTER = f"Datenstand {DATA_DATE} · synthetische Demodaten · Sozialplanung (QGIS)"
LEVELS = {  # level -> (layer of the coarse units, id field, assignment method)
    "sozialquartiere": ("sozialquartiere", "sq_id", 1),
    "arbeitsmarktbezirke": ("arbeitsmarktbezirke", "amb_id", 1),
}


def plugin_path() -> Path:
    """Folder that holds ``sozialplanung`` -> repository root (for QGIS_PLUGINPATH)."""
    from plugin_link import ensure_plugin_link

    return ensure_plugin_link()


class QgisProcess:
    """qgis_process.bin with a throwaway home, the plugin on QGIS_PLUGINPATH and enabled."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.env = dict(
            os.environ, HOME=str(home), QGIS_PLUGINPATH=str(plugin_path()), QT_QPA_PLATFORM="offscreen"
        )
        self.env.setdefault("XDG_RUNTIME_DIR", str(home))
        self.call("plugins", "enable", "sozialplanung", check=False)  # fails when already enabled
        if "* sozialplanung" not in self.call("plugins"):
            sys.exit("The plugin sozialplanung could not be enabled in qgis_process.")

    def call(self, *args: str, check: bool = True) -> str:
        """Run a command; stop the demo with its output when it fails."""
        cmd = [QGIS_PROCESS, *args]
        proc = subprocess.run(cmd, env=self.env, capture_output=True, text=True, check=False)  # nosec B603
        if check and proc.returncode != 0:
            sys.exit(f"qgis_process {' '.join(args[:2])} failed:\n{proc.stdout}\n{proc.stderr}")
        return proc.stdout

    def run(self, alg: str, **params: object) -> dict:
        """Run an algorithm with --json; a list becomes a repeated parameter (matrices: a comma string)."""
        args = ["--json", "run", f"sozialplanung:{alg}", "--"]
        for key, value in params.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            args += [f"{key}={v}" for v in values]
        print(f"  sozialplanung:{alg} -> {params.get('OUTPUT', '')}")
        out = self.call(*args)
        return json.loads(out[out.index("{") :])


def block_years() -> list[str]:
    """Years of the block counts (field suffixes, found as the assistant's presets find them)."""
    sys.path.insert(0, str(plugin_path()))
    from sozialplanung.core import presets

    with sqlite3.connect(DEMO) as db:
        names = [row[1] for row in db.execute("PRAGMA table_info(baubloecke)")]
    return sorted(presets.field_years(names))


def compute_level(qp: QgisProcess, out: Path, level: str) -> Path:
    """Aggregate blocks to a level (counts of every year), then status (t1) and Dynamik (t0 -> t1)."""
    sys.path.insert(0, str(plugin_path()))
    from sozialplanung.core import presets

    layer, id_field, method = LEVELS[level]
    agg = out / f"{level}_aggregiert.gpkg"
    qp.run(
        "aggregate",
        INPUT=f"{DEMO}|layername=baubloecke",
        TARGET=f"{DEMO}|layername={layer}",
        METHOD=method,
        FIELDS=presets.count_fields(presets.OBERHAUSEN, block_years()),
        OUTPUT=agg,
    )
    status = out / f"{level}_status.gpkg"
    qp.run(
        "sozialindex",
        INPUT=agg,
        ID_FIELD=id_field,
        INDICATORS=",".join(presets.status_matrix(presets.OBERHAUSEN, T1)),
        POPULATION_FIELD=f"ew_{T1}",
        OUTPUT=status,
    )
    result = out / f"{level}_sozialindex.gpkg"
    qp.run(
        "dynamik",
        INPUT=status,
        ID_FIELD=id_field,
        INDICATORS=",".join(presets.change_matrix(presets.OBERHAUSEN, T0, T1)),
        OUTPUT=result,
    )
    return result


def offer_gaps(qp: QgisProcess, out: Path, areas: Path) -> Path:
    """Offer gaps of the Sozialquartiere: institutions by category, need at the address points."""
    result = out / "angebotsluecken.gpkg"
    qp.run(
        "offergap",
        AREAS=areas,
        ID_FIELD="sq_id",
        NEED_FIELD=f"ew_{T1}",
        STATUS_FIELD="si_status",
        OFFERS=f"{DEMO}|layername=einrichtungen",
        CATEGORY_FIELD="kategorie",
        CAPACITY_FIELD="plaetze",
        DEMAND=f"{DEMO}|layername=adressen",
        DEMAND_FIELD="einwohner",
        RADIUS=1000,
        OUTPUT=result,
        OUTPUT_TABLE=out / "angebotsluecken_tabelle.csv",
    )
    return result


def poi_matching(qp: QgisProcess, out: Path) -> Path:
    """Yearly check of the register against the OSM-like POIs (street + number in two fields)."""
    result = out / "poi_abgleich.gpkg"
    qp.run(
        "poimatch",
        REGISTER=f"{DEMO}|layername=einrichtungen",
        REGISTER_ID="einr_id",
        REGISTER_NAME="name",
        REGISTER_CATEGORY="kategorie",
        REGISTER_ADDRESS="adresse",
        POIS=f"{DEMO}|layername=poi_osm",
        POI_ID="osm_id",
        POI_NAME="name",
        POI_CATEGORY="amenity",
        POI_ADDRESS="addr_street",
        POI_HOUSENUMBER="addr_housenumber",
        OUTPUT_REGISTER=result,
        OUTPUT_NEW=out / "poi_abgleich_neu.gpkg",
        OUTPUT_LINKS=out / "poi_abgleich_linien.gpkg",
    )
    return result


def time_series(qp: QgisProcess, out: Path, areas: Path) -> Path:
    """The Sozialindex of the quarters over the three demo editions, transitions and early warning
    (added to ``areas``, so that the Sozialbericht shows the editions)."""
    sys.path.insert(0, str(plugin_path()))
    from sozialplanung.core import presets

    result = out / "sozialquartiere_zeitreihe.gpkg"
    answer = qp.run(
        "zeitreihe",
        INPUT=areas,
        ID_FIELD="sq_id",
        INDICATORS=",".join(presets.status_matrix(presets.OBERHAUSEN, "{jahr}")),
        YEARS=",".join(EDITIONS),
        POPULATION_FIELD="ew_{jahr}",
        OUTPUT=result,
        OUTPUT_TABLE=out / "zeitreihe_wechsel.csv",
    )
    for line in answer.get("log", {}).get("info", []):  # classes per edition, warnings, transitions
        print(f"  {line}")
    return result


def render_series(out: Path) -> None:
    """PNG map of the early warning (zr_warnung, style from the GeoPackage)."""
    from qgis.core import QgsVectorLayer
    from sozialplanung.algorithms.maps import label_areas, render_map

    series = out / "sozialquartiere_zeitreihe.gpkg"
    if not series.exists():
        return
    layer = QgsVectorLayer(str(series), f"Frühwarnung {EDITIONS[0]}–{EDITIONS[-1]}", "ogr")
    label_areas(layer, "name")
    png = out / "karte_zeitreihe.png"
    title = f"Sozialindex-Zeitreihe Oberhausen (Demo) – Frühwarnung {', '.join(EDITIONS)}"
    ok = render_map([layer], str(png), title, footer=FOOTER)
    print(f"  map {png} {'ok' if ok else 'FAILED'}")


def render(out: Path, results: dict[str, Path]) -> None:
    """PNG maps in the 11-class legend (styles come from the GeoPackages), areas named."""
    from qgis.core import QgsApplication, QgsVectorLayer
    from qgis.PyQt.QtGui import QColor

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, str(plugin_path()))
    from sozialplanung.algorithms.maps import label_areas, render_map

    titles = {"sozialquartiere": "Sozialquartiere", "arbeitsmarktbezirke": "Arbeitsmarktbezirke"}
    for level, path in results.items():
        layer = QgsVectorLayer(str(path), f"Sozialindex {T1}, Dynamik {T0}–{T1}", "ogr")
        label_areas(layer, "name")
        png = out / f"karte_{level}.png"
        ok = render_map([layer], str(png), f"Sozialindex Oberhausen (Demo) – {titles[level]}", footer=FOOTER)
        print(f"  map {png} {'ok' if ok else 'FAILED'}")
    gaps = out / "angebotsluecken.gpkg"
    if gaps.exists():  # offer gaps: priority per quarter (style from the GeoPackage) and the institutions
        institutions = QgsVectorLayer(f"{DEMO}|layername=einrichtungen", "Einrichtungen", "ogr")
        institutions.renderer().symbol().setColor(QColor("#303030"))
        institutions.renderer().symbol().setSize(1.6)
        layer = QgsVectorLayer(str(gaps), "Priorität der Lücken", "ogr")
        label_areas(layer, "name")
        png = out / "karte_angebotsluecken.png"
        title = "Angebotslücken Oberhausen (Demo) – Sozialquartiere, Radius 1 km"
        ok = render_map([institutions, layer], str(png), title, footer=FOOTER)
        print(f"  map {png} {'ok' if ok else 'FAILED'}")
    matched = out / "poi_abgleich.gpkg"
    if matched.exists():  # POI matching: register by status, new POIs, lines to the POIs found
        quarters = QgsVectorLayer(f"{DEMO}|layername=sozialquartiere", "Sozialquartiere", "ogr")
        quarters.renderer().symbol().setColor(QColor("#eeeeee"))
        layers = [
            QgsVectorLayer(str(out / "poi_abgleich_neu.gpkg"), "Neu in OSM", "ogr"),
            QgsVectorLayer(str(matched), "Register 2023", "ogr"),
            QgsVectorLayer(str(out / "poi_abgleich_linien.gpkg"), "Zuordnung", "ogr"),
            quarters,
        ]
        for layer, shown in zip(layers, (("neu",), ("bestätigt", "verschoben", "nicht gefunden"))):
            renderer = layer.renderer()  # legend: only the statuses a layer can have
            for k in reversed(range(len(renderer.categories()))):
                if renderer.categories()[k].value() not in shown:
                    renderer.deleteCategory(k)
        png = out / "karte_poi_abgleich.png"
        ok = render_map(layers, str(png), "Abgleich Einrichtungen mit OSM-POIs (Demo)", footer=FOOTER)
        print(f"  map {png} {'ok' if ok else 'FAILED'}")
    render_series(out)
    app.exitQgis()


BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def sozialnavigator(qp: QgisProcess, out: Path, areas: Path) -> Path:
    """The public web map (static site) of the Sozialquartiere and the demo institutions."""
    result = qp.run(
        "webexport",
        AREAS=areas,
        AREA_NAME_FIELD="name",
        INSTITUTIONS=f"{DEMO}|layername=einrichtungen",
        NAME_FIELD="name",
        CATEGORY_FIELD="kategorie",
        ADDRESS_FIELD="adresse",
        CONTACT_FIELD="telefon",
        TITLE="Sozialnavigator Oberhausen (Demo)",
        DATA_DATE=DATA_DATE,
        OUTPUT_FOLDER=out / "sozialnavigator",
    )
    return Path(result["results"]["INDEX_HTML"])


def screenshot(index: Path, png: Path) -> None:
    """A screenshot of the page by Debian's headless chromium (skipped without chromium)."""
    chromium = shutil.which("chromium")
    if not chromium:
        print("  screenshot skipped: chromium is not installed (make apt)")
        return
    with tempfile.TemporaryDirectory() as profile:
        cmd = [chromium, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--window-size=1280,800"]
        cmd += ["--hide-scrollbars", "--virtual-time-budget=5000", f"--screenshot={png}", index.as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)  # nosec B603
    print(f"  screenshot {png} {'ok' if proc.returncode == 0 and png.exists() else 'FAILED'}")


def robustness(qp: QgisProcess, out: Path, areas: Path) -> Path:
    """How much each quarter's status depends on method choices (110 variants)."""
    sys.path.insert(0, str(plugin_path()))
    from sozialplanung.core import presets

    result = out / "sozialquartiere_robustheit.gpkg"
    answer = qp.run(
        "robustheit",
        INPUT=areas,
        ID_FIELD="sq_id",
        INDICATORS=",".join(presets.status_matrix(presets.OBERHAUSEN, T1)),
        POPULATION_FIELD=f"ew_{T1}",
        RUNS=100,
        SEED=1,
        OUTPUT=result,
    )
    for line in answer.get("log", {}).get("info", []):  # variants, uncertain quarters
        print(f"  {line}")
    return result


def report(qp: QgisProcess, out: Path, areas: Path, page_png: Path) -> None:
    """Sozialbericht (HTML and PDF) and a PNG of the first profile page."""
    sys.path.insert(0, str(plugin_path()))
    from sozialplanung.core import presets

    pdf = out / "report.pdf"
    qp.run(
        "report",
        INPUT=areas,
        NAME_FIELD="name",
        INDICATORS=",".join(presets.status_matrix(presets.OBERHAUSEN, T1)),
        INDICATORS_DYNAMIK=",".join(presets.change_matrix(presets.OBERHAUSEN, T0, T1)),
        INSTITUTIONS=f"{DEMO}|layername=einrichtungen",
        INSTITUTION_NAME_FIELD="name",
        INSTITUTION_CATEGORY_FIELD="kategorie",
        TITLE="Sozialbericht Oberhausen (Demo)",
        DATA_DATE=DATA_DATE,
        OUTPUT_HTML=out / "report.html",
        OUTPUT_PDF=pdf,
    )
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        print("  report page PNG skipped: pdftoppm is not installed (make apt: poppler-utils)")
        return
    cmd = [
        pdftoppm,
        "-png",
        "-r",
        "80",
        "-f",
        "3",
        "-l",
        "3",
        "-singlefile",
        str(pdf),
        str(page_png.with_suffix("")),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)  # nosec B603
    print(f"  report page {page_png} {'ok' if proc.returncode == 0 and page_png.exists() else 'FAILED'}")


def main() -> int:
    """Run the demo chain and print where the results are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "demo_output")
    parser.add_argument(
        "--docs", action="store_true", help="also update docs/sozialnavigator.png and docs/report_seite.png"
    )
    args = parser.parse_args()
    out = args.output.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if not DEMO.exists():
        sys.exit(f"{DEMO} is missing: run `make data` first")
    qp = QgisProcess(out / ".qgis-home")
    results = {}
    for level in LEVELS:
        print(f"{level}:")
        results[level] = compute_level(qp, out, level)
    print("angebotsluecken:")
    gaps = offer_gaps(qp, out, results["sozialquartiere"])
    print("poi-abgleich:")
    poi_matching(qp, out)
    print("robustheit:")
    robust = robustness(qp, out, gaps if gaps.exists() else results["sozialquartiere"])
    print("zeitreihe:")
    series = time_series(qp, out, robust)
    render(out, results)
    if args.docs:
        shutil.copyfile(out / "karte_sozialquartiere.png", ROOT / "docs" / "karte_sozialquartiere.png")
    print("sozialnavigator:")
    index = sozialnavigator(qp, out, results["sozialquartiere"])
    docs = ROOT / "docs" if args.docs else out  # only `make docs-images` changes the repository
    screenshot(index, docs / "sozialnavigator.png")
    print("sozialbericht:")
    report(qp, out, series, docs / "report_seite.png")
    print(f"Results in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
