"""The bundled workflow models 'Angebotslücken' and 'Sozialbericht' in qgis_process.bin."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from helpers import memory_layer, non_blank, qgis_process, qgis_process_json, rows, write_gpkg
from qgis.core import QgsVectorLayer
from test_qgis_process import blocks_gpkg, home  # noqa: F401 - fixtures shared with those tests
from test_report import ReportParser


@pytest.fixture(scope="module")
def offers_gpkg(tmp_path_factory):
    """Three quarters with status and 100 children each; Kitas: 2 in Q1, 1 in Q3; a youth centre in Q2."""
    path = tmp_path_factory.mktemp("angebote") / "angebote.gpkg"
    quarters = memory_layer(
        "Polygon",
        [("qid", "integer"), ("name", "string"), ("kinder", "integer"), ("si_status", "string")],
        [
            (
                f"POLYGON(({x} 0,{x + 200} 0,{x + 200} 100,{x} 100,{x} 0))",
                x // 200 + 1,
                f"Q{x // 200 + 1}",
                100,
                s,
            )
            for x, s in ((0, "Hoch"), (200, "Mittel"), (400, "Sehr Niedrig"))
        ],
    )
    offers = memory_layer(
        "Point",
        [("name", "string"), ("kategorie", "string")],
        [
            ("POINT(50 50)", "Kita A", "Kita"),
            ("POINT(150 50)", "Kita B", "Kita"),
            ("POINT(500 50)", "Kita C", "Kita"),
            ("POINT(300 50)", "Jugendhaus", "Jugendzentrum"),
        ],
    )
    write_gpkg(path, {"quartiere": quarters, "angebote": offers})
    return path


def test_angebotsluecken_model(home, offers_gpkg, tmp_path):  # noqa: F811
    assert "sozialplanung:angebotsluecken" in qgis_process("list", home=home).stdout
    out = tmp_path / "luecken.gpkg"
    qgis_process_json(
        "run",
        "sozialplanung:angebotsluecken",
        "--",
        f"AREAS={offers_gpkg}|layername=quartiere",
        "ID_FIELD=qid",
        "NEED_FIELD=kinder",
        f"OFFERS={offers_gpkg}|layername=angebote",
        "CATEGORY_FIELD=kategorie",
        "RADIUS=150",
        f"offergap:Angebotsluecken={out}",
        home=home,
    )
    result = rows(QgsVectorLayer(str(out), "luecken", "ogr"), "qid")
    assert [result[q]["og_kita_n"] for q in (1, 2, 3)] == [2, 0, 1]
    assert [result[q]["og_jugendzentrum_n"] for q in (1, 2, 3)] == [0, 1, 0]
    assert [result[q]["si_status"] for q in (1, 2, 3)] == ["Hoch", "Mittel", "Sehr Niedrig"]  # fields kept
    assert {result[q]["og_prioritaet"] for q in (1, 2, 3)} <= {"hoch", "mittel", "niedrig"}


def sozialbericht_inputs(gpkg) -> list[str]:
    """The model inputs of the Sozialbericht chain on the three test quarters."""
    return [
        f"BLOCKS={gpkg}|layername=bloecke",
        f"AREAS={gpkg}|layername=quartiere",
        "ID_FIELD=qid",
        "NAME_FIELD=name",
        "POPULATION_FIELD=ew",
        "INDICATORS=sgb2_t1,ew,+,1",
        "INDICATORS_DYNAMIK=sgb2_t0,ew,sgb2_t1,ew,+,1",
        "INDICATORS_ZEITREIHE=sgb2_{jahr},ew,+,1",
        "YEARS=t0,t1",
    ]


def test_sozialbericht_model_writes_html_and_pdf(home, blocks_gpkg, tmp_path):  # noqa: F811
    assert "sozialplanung:sozialbericht" in qgis_process("list", home=home).stdout
    html, pdf, gpkg = tmp_path / "bericht.html", tmp_path / "bericht.pdf", tmp_path / "index.gpkg"
    series = tmp_path / "zeitreihe.gpkg"
    result = qgis_process_json(
        "run",
        "sozialplanung:sozialbericht",
        "--",
        *sozialbericht_inputs(blocks_gpkg),
        f"dynamik:Sozialindex={gpkg}",
        f"report:Bericht={html}",
        f"report:Bericht_PDF={pdf}",
        f"zeitreihe:Zeitreihe={series}",
        home=home,
    )
    assert result["results"]["report:Bericht"] == str(html)
    # t0: 10.5, 12.5, 14.5 %, t1: 12, 20, 28 %: the same z-values, so the same classes, no warning
    editions = rows(QgsVectorLayer(str(series), "zeitreihe", "ogr"), "qid")
    assert [editions[q]["zr_status_t0"] for q in (1, 2, 3)] == ["Hoch", "Mittel", "Niedrig"]
    assert [editions[q]["zr_status_t1"] for q in (1, 2, 3)] == ["Hoch", "Mittel", "Niedrig"]
    assert editions[3]["zr_index_t1"] == pytest.approx(-(1.5**0.5))
    assert [editions[q]["zr_warnung"] for q in (1, 2, 3)] == [0, 0, 0]
    assert rows(QgsVectorLayer(str(gpkg), "index", "ogr"), "qid")[3]["si_klasse"] == "Niedrig & Negativ"
    page = ReportParser()
    page.feed(html.read_text(encoding="utf-8"))
    table = {r[1]: r for r in page.tables["gebiete"][1:]}
    # quarters 12, 20, 28 % SGB II (see test_qgis_process): Quartier 3 is Niedrig & Negativ
    assert table["Quartier 3"][:7] == [
        "1",
        "Quartier 3",
        "-1,22",
        "Niedrig",
        "Negativ",
        "Niedrig & Negativ",
        "ja",
    ]
    assert len(page.profiles) == 1 and "Quartier 3" in page.sections[page.profiles[0]]
    # share 28 % against the city 1200 / 6000 = 20 %
    assert page.tables["indikatoren"][1][:4] == ["sgb2_t1", "28,0", "20,0", "+8,0"]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "s")], check=True
        )
        assert non_blank(next(tmp_path.glob("s-*.png"))) > 10


def test_sozialbericht_model_without_pdf(home, blocks_gpkg, tmp_path):  # noqa: F811
    html = tmp_path / "nur.html"
    qgis_process_json(
        "run",
        "sozialplanung:sozialbericht",
        "--",
        *sozialbericht_inputs(blocks_gpkg),
        "dynamik:Sozialindex=TEMPORARY_OUTPUT",
        "zeitreihe:Zeitreihe=TEMPORARY_OUTPUT",
        f"report:Bericht={html}",
        home=home,
    )
    assert html.exists() and not list(tmp_path.glob("*.pdf"))
