"""Rendering styled layers to PNG maps with title and legend (QGIS print layout)."""

from __future__ import annotations

import os
from typing import Optional, Sequence

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from .base import PLUGIN_DIR
from .compat import KILOMETERS, LABEL_HORIZONTAL

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
NORTH_ARROW = os.path.join(PLUGIN_DIR, "icons", "nordpfeil.svg")
LEGEND_MAX_MM = 120.0  # widest legend before long names are wrapped at spaces


def add_label(
    layout: QgsPrintLayout,
    text: str,
    rect: tuple[float, float, float, float],
    size: float = 10,
    bold: bool = False,
    page: int = 0,
) -> QgsLayoutItemLabel:
    """A text label at (x, y, width, height) mm on ``page``."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setFont(QFont("DejaVu Sans", int(size), QFont.Weight.Bold if bold else QFont.Weight.Normal))
    place(label, rect, page)
    layout.addLayoutItem(label)
    return label


def place(item, rect: tuple[float, float, float, float], page: int = 0) -> None:
    """Move and resize a layout item to (x, y, width, height) mm on ``page``."""
    x, y, w, h = rect
    item.attemptMove(QgsLayoutPoint(x, y, MM), True, False, page)
    item.attemptResize(QgsLayoutSize(w, h, MM))


def label_areas(layer: QgsVectorLayer, field: str, size: float = 7.0) -> None:
    """Name labels inside the polygons, horizontal, with a white halo; QGIS drops labels that
    would overlap another label (the labelling engine's default)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.isExpression = False
    settings.placement = LABEL_HORIZONTAL
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(size)
    text.setColor(QColor("#111111"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def add_scale_bar(
    layout: QgsPrintLayout, map_item: QgsLayoutItemMap, position: tuple[float, float], page: int = 0
):
    """A single-box scale bar in kilometres for ``map_item`` at ``position`` mm."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.applyDefaultSize(KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setBackgroundEnabled(True)
    bar.attemptMove(QgsLayoutPoint(position[0], position[1], MM), True, False, page)
    layout.addLayoutItem(bar)
    bar.refresh()
    return bar


def add_north_arrow(layout: QgsPrintLayout, map_item: QgsLayoutItemMap, rect, page: int = 0):
    """The north arrow (icons/nordpfeil.svg), rotated with the map, at (x, y, w, h) mm."""
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(NORTH_ARROW, QgsLayoutItemPicture.Format.FormatSVG)
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    arrow.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    place(arrow, rect, page)
    layout.addLayoutItem(arrow)
    return arrow


def add_picture(layout: QgsPrintLayout, path: str, rect, page: int = 0) -> QgsLayoutItemPicture:
    """An SVG file (a chart) scaled into (x, y, w, h) mm."""
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(path, QgsLayoutItemPicture.Format.FormatSVG)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    place(picture, rect, page)
    layout.addLayoutItem(picture)
    return picture


def fit_aspect(bounds: QgsRectangle, aspect: float) -> QgsRectangle:
    """``bounds`` widened or heightened about its centre to the width/height ``aspect``."""
    out = QgsRectangle(bounds)
    if bounds.height() <= 0 or bounds.width() <= 0:
        return out
    if bounds.width() / bounds.height() < aspect:
        grow = (aspect * bounds.height() - bounds.width()) / 2
        out.setXMinimum(bounds.xMinimum() - grow)
        out.setXMaximum(bounds.xMaximum() + grow)
    else:
        grow = (bounds.width() / aspect - bounds.height()) / 2
        out.setYMinimum(bounds.yMinimum() - grow)
        out.setYMaximum(bounds.yMaximum() + grow)
    return out


def add_map(
    layout: QgsPrintLayout,
    layers: Sequence[QgsMapLayer],
    rect: tuple[float, float, float, float],
    extent: Optional[QgsRectangle] = None,
    page: int = 0,
) -> QgsLayoutItemMap:
    """A framed map of ``layers`` (first on top) showing ``extent`` (default: all layers, +4 %)."""
    item = QgsLayoutItemMap(layout)
    place(item, rect, page)
    item.setLayers(list(layers))
    bounds = QgsRectangle(extent) if extent else QgsRectangle(layers[-1].extent())
    for layer in layers if not extent else []:
        bounds.combineExtentWith(layer.extent())
    bounds.scale(1.04)
    item.setCrs(layers[-1].crs())
    item.setExtent(fit_aspect(bounds, rect[2] / rect[3]))  # same aspect: the item keeps its size
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    return item


def add_legend(
    layout: QgsPrintLayout,
    map_item: QgsLayoutItemMap,
    layers: Sequence[QgsMapLayer],
    position: tuple[float, float],
    page: int = 0,
) -> QgsLayoutItemLegend:
    """The legend of ``layers`` (their symbology, no title) at ``position`` mm."""
    leg = QgsLayoutItemLegend(layout)
    leg.setLinkedMap(map_item)
    leg.setAutoUpdateModel(False)
    model_root = leg.model().rootGroup()
    model_root.removeAllChildren()
    for layer in layers:
        model_root.addLayer(layer)
    leg.setTitle("")
    leg.setStyleFont(QgsLegendStyle.Style.SymbolLabel, QFont("DejaVu Sans", 10))
    leg.setStyleFont(QgsLegendStyle.Style.Subgroup, QFont("DejaVu Sans", 11, QFont.Weight.Bold))
    leg.setResizeToContents(True)
    leg.attemptMove(QgsLayoutPoint(position[0], position[1], MM), True, False, page)
    layout.addLayoutItem(leg)
    if legend_size(leg).width() > LEGEND_MAX_MM:  # a long layer name: wrapped at spaces, never cut
        leg.setWrapString(" ")
    size = legend_size(leg)
    leg.attemptResize(QgsLayoutSize(size.width(), size.height(), MM))
    return leg


def legend_size(leg: QgsLayoutItemLegend) -> QSizeF:
    """Size (mm) the legend's content needs, titles included (the item sizes itself only when painted)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(11811)  # 300 dpi
    image.setDotsPerMeterY(11811)
    painter = QPainter(image)
    try:
        context = QgsRenderContext.fromQPainter(painter)
        return QgsLegendRenderer(leg.model(), leg.legendSettings()).minimumSize(context)
    finally:
        painter.end()


def legend_width(layers: Sequence[QgsMapLayer], project: Optional[QgsProject]) -> float:
    """Width (mm) the legend of ``layers`` needs (measured on a scratch layout)."""
    layout = new_layout(layers, project, (297.0, 210.0))
    try:
        item = add_map(layout, layers, (0, 0, 100, 100))
        return legend_size(add_legend(layout, item, layers, (0, 0))).width()
    finally:
        sip.delete(layout)


def new_layout(
    layers: Sequence[QgsMapLayer], project: Optional[QgsProject], size_mm: tuple[float, float]
) -> QgsPrintLayout:
    """A one-page layout of ``size_mm`` in ``project`` (default: the current project), layers added."""
    project = project or QgsProject.instance()
    for layer in layers:
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(size_mm[0], size_mm[1], MM))
    return layout


def map_image(
    layers: Sequence[QgsMapLayer],
    title: str = "",
    legend: bool = True,
    size_mm: tuple[float, float] = (297.0, 210.0),
    dpi: int = 120,
    extent: Optional[QgsRectangle] = None,
    project: Optional[QgsProject] = None,
    footer: str = "",
) -> QImage:
    """Render ``layers`` (first on top) with an optional title, legend and footer into an image.

    With a legend the map also gets a scale bar and a north arrow; the legend is as
    wide as its longest entry (the map gives way). ``project`` holds the layers while
    rendering; pass a private ``QgsProject()`` when rendering outside the main thread.
    """
    width, height = size_mm
    side = legend_width(layers, project) + 8.0 if legend else 0.0
    layout = new_layout(layers, project, size_mm)
    top, bottom = (17.0 if title else 5.0), (9.0 if footer else 5.0)
    if title:
        add_label(layout, title, (8, 4, width - 16, 12), 16, bold=True)
    item = add_map(layout, layers, (5, top, width - 10 - side, height - top - bottom), extent)
    if legend:
        add_legend(layout, item, layers, (width - side, top))
        add_scale_bar(layout, item, (8, height - bottom - 14))
        add_north_arrow(layout, item, (width - side - 17, top + 2, 10, 15))
    if footer:
        add_label(layout, footer, (5, height - 7.5, width - 10, 6), 8)
    try:
        return QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
    finally:
        sip.delete(layout)  # now, while its project still exists (not whenever Python collects it)


def render_map(layers: Sequence[QgsMapLayer], path: str, *args, **kwargs) -> bool:
    """Render ``layers`` into a PNG file (arguments as :func:`map_image`)."""
    image = map_image(layers, *args, **kwargs)
    return not image.isNull() and image.save(path, "PNG")


def png_bytes(image: QImage) -> Optional[bytes]:
    """The image encoded as PNG (None for a null image)."""
    if image.isNull():
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
