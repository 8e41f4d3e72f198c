"""Maps and the PDF of the Sozialbericht, built as a QGIS print layout.

The layout shows the same :class:`core.report.Table` objects as the HTML page:
overview map with legend, the table of all units, one page per profile. All
layouts live in a private ``QgsProject`` so that nothing here touches the
user's project (``processAlgorithm`` runs in a worker thread).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from typing import Optional

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsPrintLayout,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsTextFormat,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core import charts
from ..core import report as core
from .maps import (
    MM,
    add_label,
    add_legend,
    add_map,
    add_north_arrow,
    add_picture,
    add_scale_bar,
    map_image,
    new_layout,
    place,
    png_bytes,
)

A4 = (210.0, 297.0)
LEFT, TOP = 12.0, 12.0
WIDTH = A4[0] - 2 * LEFT
TABLE_ROWS_PER_PAGE = 42
CHAR_MM = 1.55  # mean width of a character of DejaVu Sans at 8 pt
LINE_MM = 2.9  # line height at 8 pt
CELL_MM = 2.2  # cell margins and grid of a table row
HEADER_BACKGROUND = QColor("#e8eef5")
MARK_BACKGROUND = QColor("#fdecea")


def highlight_layer(base: QgsVectorLayer, feature_geometry, name: str) -> QgsVectorLayer:
    """A memory layer with one outline (no fill) to mark a unit on a locator map."""
    layer = QgsVectorLayer(QgsWkbTypes.displayString(base.wkbType()), name, "memory")
    layer.setCrs(base.crs())
    feature = QgsFeature()
    feature.setGeometry(feature_geometry)
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#000000", "outline_width": "0.9", "outline_width_unit": "MM"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def overview_png(layer: QgsVectorLayer, project: QgsProject, footer: str = "") -> Optional[bytes]:
    """The overview map (labelled layer) with legend, scale bar, north arrow and footer."""
    image = map_image([layer], legend=True, size_mm=(250, 180), dpi=110, project=project, footer=footer)
    return png_bytes(image)


def locator_png(
    base: QgsVectorLayer, highlight: QgsVectorLayer, extent: QgsRectangle, project: QgsProject
) -> Optional[bytes]:
    """A small map of the whole city with one unit outlined."""
    image = map_image(
        [highlight, base], legend=False, size_mm=(80, 70), dpi=100, extent=extent, project=project
    )
    return png_bytes(image)


def _cell(
    text: str, bold: bool = False, right: bool = False, background: Optional[QColor] = None
) -> QgsTableCell:
    cell = QgsTableCell(text)
    fmt = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(8)
    cell.setTextFormat(fmt)
    if right:
        cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
    if background is not None:
        cell.setBackgroundColor(background)
    return cell


def column_widths(table: core.Table, width: float) -> list[float]:
    """Content width (mm) of each column: at least the longest header word (bold), the rest
    shared in proportion to the longest cell text (capped at 40 characters)."""
    usable = width - 2.0 * len(table.headers)  # cell margins
    least = [max(len(w) for w in h.split()) * CHAR_MM * 1.12 for h in table.headers]
    wanted = [
        max(lo, min(max((len(row[c]) for row in table.rows), default=0), 40) * CHAR_MM)
        for c, lo in enumerate(least)
    ]
    if sum(wanted) <= usable or sum(wanted) == sum(least):
        return [w * usable / sum(wanted) for w in wanted]
    if sum(least) >= usable:
        return [w * usable / sum(least) for w in least]
    share = (usable - sum(least)) / (sum(wanted) - sum(least))
    return [lo + (w - lo) * share for lo, w in zip(least, wanted)]


def _wrapped_lines(text: str, width: float) -> int:
    """Lines of ``text`` wrapped at words into ``width`` mm (estimate)."""
    per_line = max(int(width / CHAR_MM), 1)
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > per_line:
            lines, used = lines + 1, 0
        used += len(word) + (1 if used else 0)
        lines += max(len(word) - 1, 0) // per_line
    return lines


def table_height(table: core.Table, widths: list[float]) -> float:
    """Estimated height (mm) of a table with word-wrapped cells."""
    return sum(
        CELL_MM + LINE_MM * max(_wrapped_lines(text, w) for text, w in zip(row, widths))
        for row in [table.headers, *table.rows]
    )


def add_table(
    layout: QgsPrintLayout, table: core.Table, rect: tuple[float, float, float, float], page: int
) -> float:
    """A manual table in a frame; returns its estimated height in mm."""
    item = QgsLayoutItemManualTable.create(layout)
    rows = [[_cell(h, bold=True, background=HEADER_BACKGROUND) for h in table.headers]]
    for r, row in enumerate(table.rows):
        mark = MARK_BACKGROUND if table.marked and table.marked[r] else None
        rows.append([_cell(v, right=table.numeric[c], background=mark) for c, v in enumerate(row)])
    item.setTableContents(rows)
    widths = column_widths(table, rect[2])
    item.setColumnWidths(widths)
    item.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    item.setCellMargin(1.0)
    item.setGridStrokeWidth(0.2)
    item.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    layout.addMultiFrame(item)
    frame = QgsLayoutFrame(layout, item)
    place(frame, rect, page)
    item.addFrame(frame)
    return table_height(table, widths)


def _page(layout: QgsPrintLayout) -> int:
    """Append an A4 page; its index."""
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(A4[0], A4[1], MM))
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def _lines_height(text: str, chars_per_line: int, line_mm: float) -> float:
    lines = sum(max(1, -(-len(part) // chars_per_line)) for part in text.split("\n"))
    return lines * line_mm + 2.0


@dataclass
class PdfMaps:
    """Layers of the PDF: ``overview`` (labelled) for page 1, ``base`` and one outline per profile."""

    base: QgsVectorLayer
    overview: QgsVectorLayer
    highlights: dict[int, QgsVectorLayer]


def add_chart(layout: QgsPrintLayout, svg: str, folder: str, y: float, page: int) -> float:
    """A chart (SVG written to ``folder``) across the page at ``y``; its height in mm."""
    width_px, height_px = charts.size(svg)
    path = os.path.join(folder, f"chart_{len(os.listdir(folder))}.svg")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(svg)
    height = height_px * WIDTH / width_px
    add_picture(layout, path, (LEFT, y, WIDTH, height), page)
    return height


def add_charts(layout: QgsPrintLayout, items: list[core.Chart], folder: str, y: float, page: int) -> float:
    """Charts (or their notes) one below the other from ``y``; the y below them."""
    for chart in items:
        if chart.svg:
            y += add_chart(layout, chart.svg, folder, y, page) + 4
        else:
            text = f"{chart.heading}: {chart.note}"
            height = _lines_height(text, 110, 4.0)
            add_label(layout, text, (LEFT, y, WIDTH, height), 9, page=page)
            y += height + 2
    return y


def overview_page(layout: QgsPrintLayout, report: core.Report, maps: PdfMaps) -> None:
    """Page 1: title, labelled map with legend, scale bar and north arrow, class counts."""
    add_label(layout, report.title, (LEFT, TOP, WIDTH, 10), 18, bold=True)
    meta = f"{len(report.units)} Gebiete, {report.n_rated()} bewertet, {len(report.profiles())} auffällig"
    add_label(layout, meta, (LEFT, TOP + 11, WIDTH, 6), 9)
    map_item = add_map(layout, [maps.overview], (LEFT, TOP + 19, WIDTH, 165))
    add_scale_bar(layout, map_item, (LEFT + 3, TOP + 19 + 165 - 15))
    add_north_arrow(layout, map_item, (LEFT + WIDTH - 13, TOP + 22, 10, 15))
    add_legend(layout, map_item, [maps.overview], (LEFT, TOP + 188))
    counts = core.Table(
        ["Klasse", "Gebiete"], [[k, str(n)] for k, n in core.class_counts(report)], [False, True]
    )
    add_table(layout, counts, (LEFT + 120, TOP + 188, 66, 80), 0)


def table_pages(layout: QgsPrintLayout, report: core.Report, folder: str) -> None:
    """The class chart, then the table of all units (TABLE_ROWS_PER_PAGE rows a page, fewer below the chart)."""
    table = core.overview_table(report)
    start, first = 0, True
    while first or start < len(table.rows):
        page = _page(layout)
        add_label(layout, "Alle Gebiete", (LEFT, TOP, WIDTH, 9), 14, bold=True, page=page)
        y = add_charts(layout, [core.overview_chart(report)], folder, TOP + 11, page) if first else TOP + 11
        rows = (
            TABLE_ROWS_PER_PAGE - int((y - TOP - 11) / (CELL_MM + LINE_MM)) - 1
            if first
            else TABLE_ROWS_PER_PAGE
        )
        chunk = core.Table(
            table.headers, table.rows[start : start + rows], table.numeric, table.marked[start : start + rows]
        )
        add_table(layout, chunk, (LEFT, y, WIDTH, A4[1] - y - 14), page)
        start, first = start + rows, False


def profile_page(layout: QgsPrintLayout, report: core.Report, i: int, maps: PdfMaps, first: bool) -> None:
    """Key figures, locator map, indicators, offers and institutions of unit ``i``."""
    page = _page(layout)
    if first:
        add_label(layout, core.PROFILE_HEADING, (LEFT, TOP - 6, WIDTH, 6), 9, page=page)
    add_label(layout, report.name(i), (LEFT, TOP, WIDTH, 9), 15, bold=True, page=page)
    y = TOP + 12
    key_height = add_table(layout, core.key_figures(report, i), (LEFT, y, 112, 75), page)
    add_map(
        layout, [maps.highlights[i], maps.base], (LEFT + 118, y, WIDTH - 118, 62), maps.base.extent(), page
    )
    y += max(key_height, 62) + 6
    if report.indicators:
        add_label(layout, "Indikatoren", (LEFT, y, WIDTH, 6), 11, bold=True, page=page)
        y += 7 + add_table(layout, core.indicator_table(report, i), (LEFT, y + 7, WIDTH, 120), page) + 5
    add_label(layout, "Angebote", (LEFT, y, WIDTH, 6), 11, bold=True, page=page)
    summary = core.offer_summary(report, i)
    height = _lines_height(summary, 110, 4.0)
    add_label(layout, summary, (LEFT, y + 7, WIDTH, height), 9, page=page)
    y += 7 + height
    offers = core.offer_table(report, i)
    if offers.rows:
        y += add_table(layout, offers, (LEFT, y, 110, 80), page) + 5
    institutions = core.institution_lines(report, i)
    add_label(layout, f"Einrichtungen im Quartier ({len(institutions)})", (LEFT, y, WIDTH, 6), 11, True, page)
    text = "; ".join(institutions) or "keine"
    add_label(layout, text, (LEFT, y + 7, WIDTH, max(A4[1] - TOP - y - 7, 10)), 8, page=page)


def chart_page(layout: QgsPrintLayout, report: core.Report, i: int, folder: str) -> None:
    """The charts of unit ``i`` on a page of their own."""
    page = _page(layout)
    add_label(layout, f"{report.name(i)}: Diagramme", (LEFT, TOP, WIDTH, 9), 15, bold=True, page=page)
    add_charts(layout, core.profile_charts(report, i), folder, TOP + 12, page)


def add_footers(layout: QgsPrintLayout, report: core.Report) -> None:
    """Title, data date and page number at the foot of every page."""
    pages = layout.pageCollection().pageCount()
    for page in range(pages):
        text = f"{report.title} · {report.footer()} · Seite {page + 1} von {pages}"
        add_label(layout, text, (LEFT, A4[1] - 9, WIDTH, 5), 7, page=page)


def build_pdf(
    report: core.Report, maps: PdfMaps, project: QgsProject, path: str, feedback: QgsProcessingFeedback
) -> bool:
    """Write the report as PDF: overview, class chart, table of all units, per profile a page of
    figures and one of charts, explanations; a footer with the data date on every page."""
    layout = new_layout([maps.base, maps.overview, *maps.highlights.values()], project, A4)
    try:
        with tempfile.TemporaryDirectory(prefix="sozialbericht_") as folder:
            overview_page(layout, report, maps)
            table_pages(layout, report, folder)
            for n, i in enumerate(report.profiles()):
                if feedback.isCanceled():
                    return False
                profile_page(layout, report, i, maps, n == 0)
                chart_page(layout, report, i, folder)
            page = _page(layout)
            add_label(layout, "Erläuterungen", (LEFT, TOP, WIDTH, 9), 14, bold=True, page=page)
            notes = "\n\n".join(core.explanations(report))
            add_label(layout, notes, (LEFT, TOP + 12, WIDTH, 150), 9, page=page)
            add_footers(layout, report)
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.rasterizeWholeImage = False
            result = QgsLayoutExporter(layout).exportToPdf(path, settings)
    finally:
        sip.delete(layout)  # while its project still exists
    return result == QgsLayoutExporter.ExportResult.Success
