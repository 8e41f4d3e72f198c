"""Sozialbericht: German numbers, report content (core) and the algorithm (HTML, PDF, threads)."""

from __future__ import annotations

import base64
import math
import shutil
import subprocess
import time
from html.parser import HTMLParser

import pandas as pd
import pytest
from helpers import layer_of, memory_layer, non_blank, rows, run, square
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QImage
from sozialplanung.core import report as rp
from sozialplanung.core.numbers import german, german_int, german_percent
from sozialplanung.core.sozialindex import ChangeIndicator, Indicator


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize(
    "value, decimals, sign, text",
    [
        (1234.5, 1, False, "1.234,5"),
        (1234567.891, 2, False, "1.234.567,89"),
        (-2.26519, 2, False, "-2,27"),
        (0.3, 1, True, "+0,3"),
        (-0.3, 1, True, "-0,3"),
        (-0.04, 1, True, "0,0"),  # rounds to zero: no sign
        (12345, 0, False, "12.345"),
        (None, 1, False, "–"),
        (math.nan, 2, False, "–"),
    ],
)
def test_german_numbers(value, decimals, sign, text):
    assert german(value, decimals, sign) == text


def test_german_int_and_percent():
    assert german_int(27.0) == "27"
    assert german_int(1500) == "1.500"
    assert german_percent(0.875, 1) == "87,5\u00a0%"
    assert german_percent(None) == "–"


# --------------------------------------------------------------------- core
def units() -> pd.DataFrame:
    """Three units with counts at two dates and the fields of sozialindex/dynamik/offergap."""
    return pd.DataFrame(
        {
            "name": ["Nord", "Mitte", "Süd"],
            "sgb2_2023": [100.0, 300.0, 1200.0],
            "ew_2023": [2000.0, 3000.0, 4000.0],
            "sgb2_2021": [100.0, 240.0, 1000.0],
            "ew_2021": [2000.0, 3000.0, 4000.0],
            "si_z_sgb2_2023": [-1.1, -0.2, 1.3],
            "dyn_z_sgb2_2023": [-1.2, 0.0, 1.2],
            "si_index": [1.1, 0.2, -1.3],
            "si_rank": [3.0, 2.0, 1.0],
            "si_status": ["Hoch", "Mittel", "Niedrig"],
            "dyn_klasse": ["Stabil", "Stabil", "Negativ"],
            "si_klasse": ["Hoch & Stabil", "Mittel & Stabil", "Niedrig & Negativ"],
            "si_aufmerksam": [0.0, 0.0, 1.0],
            "og_kita_n": [2.0, 1.0, 0.0],
            "og_kita_luecke": [0.0, 0.0, 1.0],
            "og_luecken": [0.0, 0.0, 1.0],
            "og_prioritaet": ["niedrig", "niedrig", "hoch"],
        }
    )


def test_indicator_specs_from_fields_and_matrices():
    names = list(units().columns)
    assert rp.indicator_specs(names) == [rp.IndicatorSpec("sgb2_2023")]
    specs = rp.indicator_specs(
        names,
        [Indicator("sgb2_2023", "ew_2023"), Indicator("alo_2023", "ew_2023", -1)],
        [ChangeIndicator("sgb2_2021", "ew_2021", "sgb2_2023", "ew_2023")],
    )
    series = (("2021", "sgb2_2021", "ew_2021"), ("2023", "sgb2_2023", "ew_2023"))
    assert specs == [
        rp.IndicatorSpec("sgb2_2023", "ew_2023", "sgb2_2021", "ew_2021", 1, True, series),
        rp.IndicatorSpec("alo_2023", "ew_2023", None, None, -1, True),  # no alo_* field: no series
    ]
    assert specs[0].label == "SGB-II-Leistungsberechtigte"
    assert rp.period(specs) == "2021–2023"
    assert rp.offer_categories(names) == ["kita"]
    assert rp.missing_fields(names) == [] and rp.missing_fields(["si_index"])[0] == "si_rank"


def test_city_value_is_sum_of_numerators_over_sum_of_denominators():
    u = units()
    # (100 + 300 + 1200) / (2000 + 3000 + 4000) = 1600 / 9000 = 17.78 %, not the mean of shares (15 %)
    assert rp.city_share(u, "sgb2_2023", "ew_2023") == pytest.approx(100 * 1600 / 9000)
    assert rp.share(u, "sgb2_2023", "ew_2023").tolist() == pytest.approx([5.0, 10.0, 30.0])
    assert math.isnan(rp.city_share(u, "si_index", None))


def test_tables_and_profile_content():
    u = units()
    specs = rp.indicator_specs(
        list(u.columns),
        [Indicator("sgb2_2023", "ew_2023")],
        [ChangeIndicator("sgb2_2021", "ew_2021", "sgb2_2023", "ew_2023")],
    )
    report = rp.Report("Bericht", u, "name", specs, {"kita": "Kita"}, {2: [("Kita B", "Kita"), ("Amt", "")]})
    report.period = rp.period(specs)
    table = rp.overview_table(report)
    assert table.headers[:7] == ["Rang", "Name", "Index", "Status", "Dynamik", "Klasse", "Auffällig"]
    assert table.rows[0] == [
        "1",
        "Süd",
        "-1,30",
        "Niedrig",
        "Negativ",
        "Niedrig & Negativ",
        "ja",
        "1",
        "hoch",
    ]
    assert [r[1] for r in table.rows] == ["Süd", "Mitte", "Nord"] and table.marked == [True, False, False]
    assert report.profiles() == [2]
    ind = rp.indicator_table(report, 2)
    # Süd: 30.0 % (city 17.8 %), 2021: 25.0 % (city 1340/9000 = 14.9 %): +5.0 and +2.9 pp
    assert ind.rows[0] == [
        "SGB-II-Leistungsberechtigte",
        "30,0",
        "17,8",
        "+12,2",
        "+5,0",
        "+2,9",
        "1,30",
        "1,20",
    ]
    assert ind.marked == [True]  # direction +: above the city value is unfavourable
    key = dict(rp.key_figures(report, 2).rows)
    assert key["Rang (1 = am stärksten benachteiligt)"] == "1 von 3"
    assert (
        key["Dynamik 2021–2023"] == "Negativ"
        and key["Auffällig wegen"] == "Status Niedrig und Dynamik Negativ"
    )
    assert rp.offer_table(report, 2).rows == [["Kita", "0", "ja"]]
    assert rp.offer_summary(report, 0) == (
        "Vorhanden: Kita (2). Fehlend (Versorgungslücke): keine. Priorität: niedrig."
    )
    assert rp.institution_lines(report, 2) == ["Amt", "Kita B (Kita)"]
    assert rp.class_counts(report)[:2] == [("Hoch & Stabil", 1), ("Hoch & Negativ", 0)]


def test_report_without_offer_fields():
    u = units().drop(columns=["og_kita_n", "og_kita_luecke", "og_luecken", "og_prioritaet"])
    report = rp.Report("Bericht", u, "name", rp.indicator_specs(list(u.columns)))
    assert len(rp.overview_table(report).headers) == 7
    assert rp.offer_summary(report, 2) == "Keine Angebotsanalyse im Eingabelayer (Felder og_* fehlen)."
    page = rp.build_html(report)
    assert "og_" in page and "http" not in page


# ------------------------------------------------------------------- HTML parsing
class ReportParser(HTMLParser):
    """Sections (id -> text), table cells by table class, images, external references."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, str] = {}
        self.profiles: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.images: list[str] = []
        self.external: list[str] = []
        self._stack: list[str] = []
        self._table = ""
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            if value and not value.startswith(("data:", "#")):
                self.external.append(value)
        if tag == "section":
            self._stack.append(attrs.get("id", ""))
            self.sections.setdefault(attrs.get("id", ""), "")
            if attrs.get("class") == "profil":
                self.profiles.append(attrs["id"])
        elif tag == "table":
            self._table = attrs.get("class", "")
            self.tables.setdefault(self._table, [])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "img":
            self.images.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == "section":
            self._stack.pop()
        elif tag in ("td", "th") and self._row is not None:
            self._row.append("".join(self._cell or []).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[self._table].append(self._row)
            self._row = None

    def handle_data(self, data):
        for section in self._stack:
            self.sections[section] += data
        if self._cell is not None:
            self._cell.append(data)


def parse(path) -> ReportParser:
    parser = ReportParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


# ---------------------------------------------------------------- algorithm
X0, Y0 = 350000.0, 5700000.0


def result_layer():
    """Six quarters through sozialindex and dynamik, with og_* fields from an offer-gap analysis.

    Shares n1/d = 10..60 %: Q6 is Niedrig; changes 0 except Q5 (+30 pp): Q5 is Negativ.
    """
    fields = [
        ("qid", "integer"),
        ("name", "string"),
        ("ew", "integer"),
        ("n0", "double"),
        ("n1", "double"),
        ("d", "double"),
        ("og_kita_n", "integer"),
        ("og_kita_luecke", "integer"),
        ("og_jugendzentrum_n", "integer"),
        ("og_jugendzentrum_luecke", "integer"),
        ("og_luecken", "integer"),
        ("og_prioritaet", "string"),
    ]
    data = []
    for i in range(6):
        n1 = 10.0 * (i + 1)
        n0 = 20.0 if i == 4 else n1
        gaps = (i % 2, int(i == 5))
        data.append(
            (
                square(X0 + 1000 * (i % 3), Y0 + 1000 * (i // 3), 1000),
                i + 1,
                f"Quartier {i + 1}",
                1500 + 100 * i,
                n0,
                n1,
                100.0,
                2 - i % 2,
                gaps[0],
                int(i < 3),
                gaps[1],
                sum(gaps),
                "hoch" if sum(gaps) else "niedrig",
            )
        )
    layer = memory_layer("Polygon", fields, data)
    status = layer_of(
        run(
            "sozialplanung:sozialindex",
            {
                "INPUT": layer,
                "ID_FIELD": "qid",
                "INDICATORS": ["n1", "d", "+", "1"],
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    )
    return layer_of(
        run(
            "sozialplanung:dynamik",
            {
                "INPUT": status,
                "ID_FIELD": "qid",
                "INDICATORS": ["n0", "d", "n1", "d", "+", "1"],
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    )


def institutions(crs: str = "EPSG:4326"):
    """Two points in Q5, two in Q6 (one without name), one outside; in EPSG:25832 one more
    exactly on the Q5/Q6 border (after a transformation it would not lie exactly on it)."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:25832"), QgsCoordinateReferenceSystem(crs), QgsProject.instance()
    )
    spots = [
        (1500, 1500, "Kita Sonnenschein", "Kita"),
        (1200, 1800, "Jugendhaus Mitte", "Jugendzentrum"),
        (2500, 1500, "Kita Regenbogen", "Kita"),
        (9000, 9000, "Weit weg", "Kita"),
        (2600, 1600, None, "Kita"),
    ]
    if crs == "EPSG:25832":
        spots.append((2000, 1500, "Beratung an der Grenze", "Beratungsstelle"))
    data = []
    for dx, dy, name, category in spots:
        point = transform.transform(QgsPointXY(X0 + dx, Y0 + dy))
        data.append((f"POINT({point.x()} {point.y()})", name, category))
    return memory_layer("Point", [("name", "string"), ("kategorie", "string")], data, crs=crs)


def report_params(layer, tmp_path, **extra):
    params = {
        "INPUT": layer,
        "NAME_FIELD": "name",
        "INDICATORS": ["n1", "d", "+", "1"],
        "INDICATORS_DYNAMIK": ["n0", "d", "n1", "d", "+", "1"],
        "INSTITUTIONS": institutions(),
        "INSTITUTION_NAME_FIELD": "name",
        "INSTITUTION_CATEGORY_FIELD": "kategorie",
        "OUTPUT_HTML": str(tmp_path / "bericht.html"),
    }
    params.update(extra)
    return params


@pytest.fixture(scope="module")
def quarters():
    """(pytest-qgis deletes fixtures named like '*layer*' after each test.)"""
    return result_layer()


def test_report_html_sections_numbers_and_images(quarters, tmp_path):
    result = run("sozialplanung:report", report_params(quarters, tmp_path))
    assert result["OUTPUT_HTML"] == str(tmp_path / "bericht.html") and result["OUTPUT_PDF"] is None
    values = rows(quarters, "name")
    page = parse(tmp_path / "bericht.html")
    assert {"uebersicht", "tabelle", "profile", "erlaeuterungen"} <= set(page.sections)
    assert "Sozialquartiere mit auffälligem Sozialindex" in page.sections["profile"]
    assert page.external == []  # nothing is loaded from elsewhere
    # every unit in the table with the layer's values, German formatted
    table = {r[1]: r for r in page.tables["gebiete"][1:]}
    assert len(table) == 6
    for name, rec in values.items():
        assert table[name][0] == str(rec["si_rank"])
        assert table[name][2] == german(rec["si_index"], 2)
        assert table[name][3:6] == [rec["si_status"], rec["dyn_klasse"], rec["si_klasse"]]
    assert table["Quartier 6"][3] == "Niedrig" and table["Quartier 5"][4] == "Negativ"
    assert table["Quartier 6"][-2:] == ["2", "hoch"]
    # profiles: exactly the units with si_aufmerksam = 1, in rank order
    flagged = sorted((rec["si_rank"], name) for name, rec in values.items() if rec["si_aufmerksam"] == 1)
    assert [name for _, name in flagged] == ["Quartier 6", "Quartier 5"]
    assert len(page.profiles) == 2
    profile = page.sections[page.profiles[1]]  # Quartier 5
    assert "Quartier 5" in profile
    indicators = page.tables["indikatoren"]
    q5 = indicators[3]  # header, Q6 row, header, Q5 row
    # Q5: 50 % against the city value 210 / 600 = 35 %; change +30 pp, city 35 - 180 / 600 = +5 pp
    assert q5 == ["n1", "50,0", "35,0", "+15,0", "+30,0", "+5,0", german(values["Quartier 5"]["si_z_n1"], 2),
                  german(values["Quartier 5"]["dyn_z_n1"], 2)]  # fmt: skip
    # institutions in the quarter (reprojected from EPSG:4326; the border point counts in both)
    assert "Kita Sonnenschein (Kita)" in profile and "Jugendhaus Mitte (Jugendzentrum)" in profile
    assert "Weit weg" not in profile and "Einrichtungen im Quartier (2)" in profile
    q6 = page.sections[page.profiles[0]]
    assert "(ohne Name) (Kita)" in q6 and "Einrichtungen im Quartier (2)" in q6
    # offers present and missing from og_* (category names taken from the institutions layer)
    assert "Vorhanden: Kita (1). Fehlend (Versorgungslücke): Kita, Jugendzentrum. Priorität: hoch." in q6
    # images: overview with legend and one locator per profile, embedded PNGs that are not blank
    assert len(page.images) == 3
    for uri in page.images:
        assert uri.startswith("data:image/png;base64,")
        image = QImage()
        assert image.loadFromData(base64.b64decode(uri.split(",", 1)[1]), "PNG")
        assert image.width() > 200


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) missing")
def test_report_pdf_renders_pages_that_are_not_blank(quarters, tmp_path):
    pdf = tmp_path / "bericht.pdf"
    result = run("sozialplanung:report", report_params(quarters, tmp_path, OUTPUT_PDF=str(pdf)))
    assert result["OUTPUT_PDF"] == str(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "seite")], check=True)
    pages = sorted(tmp_path.glob("seite-*.png"))
    assert (
        len(pages) == 7
    )  # overview, class chart and table, two profiles with a chart page each, explanations
    for png in pages:
        assert non_blank(png) > 5, png
    assert non_blank(pages[0]) > 20  # the coloured map


def test_report_runs_in_a_background_task(quarters, tmp_path):
    """processAlgorithm in a worker thread (as from the toolbox): maps and HTML are made."""
    alg = QgsApplication.processingRegistry().createAlgorithmById("sozialplanung:report")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    params = report_params(quarters, tmp_path, INSTITUTIONS=institutions("EPSG:25832"))
    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    outcome = {}
    task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
    QgsApplication.taskManager().addTask(task)
    for _ in range(6000):  # at most a minute
        QCoreApplication.processEvents()
        if outcome:
            break
        time.sleep(0.01)  # releases the GIL for the worker thread
    assert outcome.get("ok") is True
    page = parse(tmp_path / "bericht.html")
    assert len(page.profiles) == 2 and len(page.images) == 3
    # a point exactly on the border of Q5 and Q6 is listed in both profiles
    for profile in page.profiles:
        assert "Beratung an der Grenze (Beratungsstelle)" in page.sections[profile]
        assert "Einrichtungen im Quartier (3)" in page.sections[profile]


@pytest.mark.parametrize(
    "change, text",
    [
        ({"INPUT": "raw"}, "no field si_index"),
        ({"INSTITUTION_NAME_FIELD": None}, "INSTITUTIONS needs INSTITUTION_NAME_FIELD"),
        ({"INSTITUTION_CATEGORY_FIELD": "typ"}, "Field 'typ'"),
        ({"INDICATORS": ["fehlt", "d", "+", "1"]}, "Field 'fehlt'"),
        ({"OUTPUT_HTML": "/nonexistent/dir/x.html"}, "does not exist"),
    ],
)
def test_report_bad_input(quarters, tmp_path, change, text):
    if change.get("INPUT") == "raw":
        change["INPUT"] = memory_layer("Polygon", [("name", "string")], [(square(0, 0), "A")])
    params = {k: v for k, v in report_params(quarters, tmp_path, **change).items() if v is not None}
    with pytest.raises(QgsProcessingException, match=text):
        run("sozialplanung:report", params)
    assert not (tmp_path / "bericht.html").exists()
