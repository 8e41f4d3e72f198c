"""The preview's temporary map layer: the geometries of the chosen layer with si_status and si_index."""

from __future__ import annotations

import os
from typing import Optional

import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsMemoryProviderUtils,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtGui import QColor

from ...algorithms.base import STYLE_DIR
from ...algorithms.compat import make_field

STATUS_QML = os.path.join(STYLE_DIR, "status.qml")
NO_GEOMETRY = (QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry)


def status_colours() -> dict[str, QColor]:
    """Fill colour of each status class in styles/status.qml."""
    layer = QgsVectorLayer("Polygon?field=si_status:string", "colours", "memory")
    layer.loadNamedStyle(STATUS_QML)
    renderer = layer.renderer()
    if not hasattr(renderer, "categories"):
        return {}
    return {str(c.value()): c.symbol().color() for c in renderer.categories()}


class PreviewLayer(QObject):
    """A memory layer in the project styled with status.qml; left out of the assistant's layer choice."""

    def __init__(self, layer_combo) -> None:
        super().__init__(layer_combo)
        self.layer_combo = layer_combo
        self.layer_id = ""
        self.source_id = ""
        self.fids: dict[int, int] = {}  # feature id in the source -> in the preview layer

    def layer(self) -> Optional[QgsVectorLayer]:
        """The temporary preview layer, if it is still in the project."""
        layer = QgsProject.instance().mapLayer(self.layer_id) if self.layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def show(self, source: Optional[QgsVectorLayer], fids: list[int], result: pd.DataFrame) -> None:
        """Write the status and index of the features ``fids`` of ``source`` into the preview layer."""
        if source is None or source.geometryType() in NO_GEOMETRY:
            return
        layer = self.layer()
        if layer is None or self.source_id != source.id():
            layer = self.create(source)
        columns = result[["status", "index"]]
        values = columns.astype(object).where(columns.notna(), None)
        changes = {
            self.fids[fid]: {0: status, 1: None if index is None else float(index)}
            for fid, (status, index) in zip(fids, values.itertuples(index=False))
            if fid in self.fids
        }
        layer.dataProvider().changeAttributeValues(changes)
        layer.triggerRepaint()

    def create(self, source: QgsVectorLayer) -> QgsVectorLayer:
        """A memory copy of the geometries with si_status and si_index, on top of the layer tree."""
        self.remove()
        fields = QgsFields()
        fields.append(make_field("si_status", "string"))
        fields.append(make_field("si_index", "double"))
        name = self.tr("Preview: Sozialindex status (temporary)")
        layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, source.wkbType(), source.crs())
        features, source_ids = [], []
        for feat in source.getFeatures(QgsFeatureRequest().setNoAttributes()):
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            features.append(out)
            source_ids.append(feat.id())
        ok, added = layer.dataProvider().addFeatures(features)
        self.fids = {sid: f.id() for sid, f in zip(source_ids, added)} if ok else {}
        layer.loadNamedStyle(STATUS_QML)
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        self.layer_id = layer.id()
        self.source_id = source.id()
        self.layer_combo.setExceptedLayerList([layer])
        return layer

    def remove(self) -> None:
        """Take the temporary preview layer out of the project."""
        layer = self.layer()
        self.layer_id = ""
        self.source_id = ""
        self.fids = {}
        self.layer_combo.setExceptedLayerList([])
        if layer is not None:
            QgsProject.instance().removeMapLayer(layer.id())
