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
from qgis.PyQt.QtGui import QFont

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


def render_map(
    layers: Sequence[QgsMapLayer],
    path: str,
    title: str = "",
    legend: bool = True,
    size_mm: tuple[float, float] = (297.0, 210.0),
    dpi: int = 120,
    extent: Optional[QgsRectangle] = None,
    project: Optional[QgsProject] = None,
) -> bool:
    """Render ``layers`` (first on top) into a PNG with an optional title and legend."""
    project = project or QgsProject.instance()
    for layer in layers:
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(size_mm[0], size_mm[1], MM))
    width, height = size_mm
    top = 5.0
    if title:
        label = QgsLayoutItemLabel(layout)
        label.setText(title)
        label.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
        label.attemptMove(QgsLayoutPoint(8, 4, MM))
        label.attemptResize(QgsLayoutSize(width - 16, 12, MM))
        layout.addLayoutItem(label)
        top = 17.0
    legend_width = 78.0 if legend else 0.0
    item = QgsLayoutItemMap(layout)
    item.attemptMove(QgsLayoutPoint(5, top, MM))
    item.attemptResize(QgsLayoutSize(width - 10 - legend_width, height - top - 5, MM))
    item.setLayers(list(layers))
    rect = QgsRectangle(extent) if extent else QgsRectangle(layers[-1].extent())
    for layer in layers if not extent else []:
        rect.combineExtentWith(layer.extent())
    rect.scale(1.04)
    item.setCrs(layers[-1].crs())
    item.setExtent(rect)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    if legend:
        leg = QgsLayoutItemLegend(layout)
        leg.setLinkedMap(item)
        leg.setAutoUpdateModel(False)
        model_root = leg.model().rootGroup()
        model_root.removeAllChildren()
        for layer in layers:
            model_root.addLayer(layer)
        leg.setTitle("")
        leg.setStyleFont(QgsLegendStyle.Style.SymbolLabel, QFont("DejaVu Sans", 10))
        leg.setStyleFont(QgsLegendStyle.Style.Subgroup, QFont("DejaVu Sans", 11, QFont.Weight.Bold))
        leg.attemptMove(QgsLayoutPoint(width - legend_width, top, MM))
        layout.addLayoutItem(leg)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    result = QgsLayoutExporter(layout).exportToImage(path, settings)
    return result == QgsLayoutExporter.ExportResult.Success
