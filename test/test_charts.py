"""Charts of the Sozialbericht (SVG read back from the HTML), editions from zr_* fields, map legends."""

from __future__ import annotations

import math
import re
from html.parser import HTMLParser

import pytest
from helpers import memory_layer, rows, run, square
from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtGui import QImage
from sozialplanung.algorithms import compat
from sozialplanung.core import charts
from sozialplanung.core import report as rp
from sozialplanung.core.sozialindex import ChangeIndicator, Indicator
from test_report import report_params, result_layer, units


class ChartParser(HTMLParser):
    """Marks of the inline SVG charts: (section id, chart kind, tag, attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str, str, dict]] = []
        self.sections: list[str] = []
        self.chart = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.sections.append(attrs.get("id", ""))
        elif tag == "svg":
            self.chart = attrs.get("data-chart", "")
        elif tag in ("rect", "circle", "line") and ("data-value" in attrs or "data-count" in attrs):
            self.marks.append((self.sections[-1] if self.sections else "", self.chart, tag, attrs))

    def handle_endtag(self, tag):
        if tag == "section" and self.sections:
            self.sections.pop()

    def select(self, section: str, chart: str, tag: str, **match: str) -> list[dict]:
        """Attributes of the marks of one chart in one section, filtered by attribute values."""
        return [
            a
            for s, c, t, a in self.marks
            if s == section and c == chart and t == tag and all(a.get(k) == v for k, v in match.items())
        ]


def chart_marks(page: str) -> ChartParser:
    parser = ChartParser()
    parser.feed(page)
    return parser


def three_years():
    """units() plus counts of 2019: Süd 800 of 4000 (20 %), city 1400 / 9000."""
    u = units()
    u["sgb2_2019"] = [100.0, 500.0, 800.0]
    u["ew_2019"] = [2000.0, 3000.0, 4000.0]
    return u


def sample_report(u) -> rp.Report:
    specs = rp.indicator_specs(
        list(u.columns),
        [Indicator("sgb2_2023", "ew_2023")],
        [ChangeIndicator("sgb2_2021", "ew_2021", "sgb2_2023", "ew_2023")],
    )
    palette = {"Niedrig & Negativ": "#bf8040", "Niedrig": "#fdae61", "Mittel": "#ffe08a", "Hoch": "#2c7bb6"}
    return rp.Report(
        "Bericht", u, "name", specs, period=rp.period(specs), palette=palette, status_palette=palette
    )


def test_profile_bars_and_years_equal_the_shares():
    report = sample_report(three_years())
    marks = chart_marks(rp.build_html(report))
    bars = marks.select("profil-3", "anteile", "rect")
    assert [(b["data-label"], float(b["data-value"])) for b in bars] == [
        ("SGB-II-Leistungsberechtigte", 30.0)
    ]
    assert float(bars[0]["data-city"]) == pytest.approx(100 * 1600 / 9000, abs=1e-4)
    points = marks.select("profil-3", "zeitreihen", "circle", **{"data-series": "quartier"})
    assert [(p["data-year"], float(p["data-value"])) for p in points] == [
        ("2019", 20.0),
        ("2021", 25.0),
        ("2023", 30.0),
    ]
    city = marks.select("profil-3", "zeitreihen", "rect", **{"data-series": "stadt"})
    assert [float(c["data-value"]) for c in city] == pytest.approx(
        [100 * 1400 / 9000, 100 * 1340 / 9000, 100 * 1600 / 9000], abs=1e-4
    )
    # the bar has the colour of the quarter's class (styles/ palette), its value is written next to it
    assert 'fill="#bf8040"' in report_chart(report, 2, 0) and "30,0 %" in report_chart(report, 2, 0)
    # no zr_* fields: the edition chart is a note on the current edition
    note = rp.profile_charts(report, 2)[-1]
    assert note.svg == "" and "Status Niedrig" in note.note and "zr_index_<Jahr>" in note.note
    # overview: the counts of the 11 classes in one bar
    counts = {c["data-class"]: int(c["data-count"]) for c in marks.select("uebersicht", "klassen", "rect")}
    assert counts == {"Hoch & Stabil": 1, "Mittel & Stabil": 1, "Niedrig & Negativ": 1}


def report_chart(report: rp.Report, i: int, n: int) -> str:
    return rp.profile_charts(report, i)[n].svg


def with_editions(u):
    """zr_* fields of the Sozialindex-Zeitreihe: Nord and Süd change status, Mitte unrated in 2019."""
    u["zr_index_2019"] = [0.2, math.nan, -0.4]
    u["zr_index_2021"] = [0.9, 0.1, -0.9]
    u["zr_index_2023"] = [1.1, 0.2, -1.3]
    u["zr_status_2019"] = ["Mittel", None, "Mittel"]
    u["zr_status_2021"] = ["Hoch", "Mittel", "Niedrig"]
    u["zr_status_2023"] = ["Hoch", "Mittel", "Niedrig"]
    return u


def test_editions_from_zeitreihe_fields():
    u = with_editions(three_years())
    numeric, text = rp.fields_to_read(list(u.columns), rp.indicator_specs(list(u.columns)))
    assert {"zr_index_2019", "zr_index_2023"} <= set(numeric) and "zr_status_2021" in text
    report = sample_report(u)
    assert report.editions() == ["2019", "2021", "2023"]
    marks = chart_marks(rp.build_html(report))
    points = marks.select("profil-3", "ausgaben", "circle")
    assert [(p["data-year"], float(p["data-value"]), p["data-class"]) for p in points] == [
        ("2019", -0.4, "Mittel"),
        ("2021", -0.9, "Niedrig"),
        ("2023", -1.3, "Niedrig"),
    ]
    assert [p["fill"] for p in points] == ["#ffe08a", "#fdae61", "#fdae61"]  # status colours
    counts = {
        (c["data-year"], c["data-class"]): int(c["data-count"])
        for c in marks.select("uebersicht", "klassen", "rect")
    }
    assert counts == {
        ("2019", "Mittel"): 2,
        ("2019", "nicht bewertet"): 1,
        ("2021", "Hoch"): 1,
        ("2021", "Mittel"): 1,
        ("2021", "Niedrig"): 1,
        ("2023", "Hoch"): 1,
        ("2023", "Mittel"): 1,
        ("2023", "Niedrig"): 1,
    }
    chart = rp.overview_chart(report).svg
    assert "2 mit Wechsel" in chart and "0 mit Wechsel" in chart  # 2019->2021: Nord, Süd (Mitte unrated)
    assert 'fill="#fdae61"' in rp.profile_charts(report, 2)[-1].svg  # Niedrig in the status colour


def test_chart_module_handles_missing_values_and_sizes():
    svg = charts.bar_chart([charts.Bar("a", math.nan, 10.0), charts.Bar("b", 5.0, math.nan)], "#123456", "T")
    assert svg.count("data-value=") == 1 and "– %" in svg and charts.size(svg)[0] == 640
    series = charts.Series("x", ["2019", "2023"], [1.0, math.nan], [2.0, 2.5])
    svg = charts.year_chart([series], "T")
    assert svg.count('data-series="quartier"') == 1 and svg.count('data-series="stadt"') == 2


def zeitreihe_layer():
    """The report's test quarters with hand-made zr_* fields (two editions)."""
    layer = result_layer()
    copy = layer.materialize(QgsFeatureRequest())
    provider = copy.dataProvider()
    provider.addAttributes(
        [compat.make_field(f"zr_index_{y}", "double") for y in (2021, 2023)]
        + [compat.make_field(f"zr_status_{y}", "string") for y in (2021, 2023)]
    )
    copy.updateFields()
    names = copy.fields().names()
    changes = {}
    for f in copy.getFeatures():
        index = f["si_index"]
        status = f["si_status"]
        changes[f.id()] = {
            names.index("zr_index_2021"): index + 0.5,
            names.index("zr_index_2023"): index,
            names.index("zr_status_2021"): "Mittel",
            names.index("zr_status_2023"): status,
        }
    provider.changeAttributeValues(changes)
    return copy


def test_report_uses_zeitreihe_fields_of_the_layer(tmp_path):
    layer = zeitreihe_layer()
    run("sozialplanung:report", report_params(layer, tmp_path))
    values = rows(layer, "name")
    marks = chart_marks((tmp_path / "bericht.html").read_text(encoding="utf-8"))
    q6 = marks.select("profil-6", "ausgaben", "circle")
    assert [(p["data-year"], float(p["data-value"])) for p in q6] == [
        ("2021", pytest.approx(values["Quartier 6"]["si_index"] + 0.5)),
        ("2023", pytest.approx(values["Quartier 6"]["si_index"])),
    ]
    assert [p["data-class"] for p in q6] == ["Mittel", "Niedrig"]
    counts = {
        (c["data-year"], c["data-class"]): int(c["data-count"])
        for c in marks.select("uebersicht", "klassen", "rect")
    }
    assert counts[("2021", "Mittel")] == 6 and counts[("2023", "Niedrig")] == 1
    # bars: one per indicator, with the layer's share (Q6: n1 / d = 60 %)
    bars = marks.select("profil-6", "anteile", "rect")
    assert [float(b["data-value"]) for b in bars] == [60.0]


def test_map_legend_fits_a_long_layer_name_and_areas_are_labelled(tmp_path):
    from sozialplanung.algorithms import maps

    name = "Sozialindex 2023, Dynamik 2021–2023 (Sozialquartiere der Demo)"
    layer = memory_layer(
        "Polygon", [("name", "string")], [(square(1000 * i, 0, 1000), f"Quartier {i}") for i in range(3)]
    )
    layer.setName(name)
    maps.label_areas(layer, "name")
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "name"
    width = maps.legend_width([layer], None)
    assert width <= maps.LEGEND_MAX_MM + 1  # wrapped at spaces instead of running off the page
    png = tmp_path / "karte.png"
    assert maps.render_map([layer], str(png), "Titel", footer="Datenstand 31.12.2023")
    image = QImage(str(png))
    # the last 4 mm at the right edge stay white: nothing of the legend is cut by the page border
    edge = int(image.width() * 4 / 297)
    dark = sum(
        1
        for x in range(image.width() - edge, image.width())
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 200
    )
    assert dark == 0


def test_edition_chart_keeps_the_class_cuts_in_view():
    """A change of 0.06 SD must not look like a fall through the classes: the axis spans the cuts."""
    svg = charts.edition_chart(["2019", "2021", "2023"], [-2.21, -2.27, -2.27], ["Sehr Niedrig"] * 3, {}, "t")
    dashed = re.findall(r'<line [^>]*y1="([\d.]+)"[^>]*stroke-dasharray', svg)
    assert len(dashed) == 3  # 1.0, -1.0, -1.5
    labels = re.findall(r">(-?[\d,]+)</text>", svg.replace("−", "-"))
    assert "1,5" in labels and "-2,5" in labels
    ys = [float(c) for c in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert max(ys) - min(ys) < 5  # 0.06 SD is a few pixels, not the whole height
