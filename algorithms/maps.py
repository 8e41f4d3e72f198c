"""Rendering styled layers to PNG maps with title and legend (QGIS print layout)."""

from __future__ import annotations

from typing import Optional, Sequence

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QFont, QImage

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


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
    item.setExtent(bounds)
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
    leg.attemptMove(QgsLayoutPoint(position[0], position[1], MM), True, False, page)
    layout.addLayoutItem(leg)
    return leg


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
) -> QImage:
    """Render ``layers`` (first on top) with an optional title and legend into an image.

    ``project`` holds the layers while rendering; pass a private ``QgsProject()``
    when rendering outside the main thread (e.g. in ``processAlgorithm``).
    """
    layout = new_layout(layers, project, size_mm)
    width, height = size_mm
    top = 5.0
    if title:
        add_label(layout, title, (8, 4, width - 16, 12), 16, bold=True)
        top = 17.0
    legend_width = 78.0 if legend else 0.0
    item = add_map(layout, layers, (5, top, width - 10 - legend_width, height - top - 5), extent)
    if legend:
        add_legend(layout, item, layers, (width - legend_width, top))
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
