"""Bundled QML styles on outputs: in the project when loaded, in the file when written."""

from __future__ import annotations

import os
import shutil

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProcessingUtils, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import save_default_style


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled QML style to an output layer loaded into the project."""

    _alive: list[StylePostProcessor] = []  # instances must outlive the algorithm

    def __init__(self, qml: str) -> None:
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802
        """Load the style onto the layer."""
        if isinstance(layer, QgsVectorLayer):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()

    @classmethod
    def create(cls, qml: str) -> StylePostProcessor:
        """A post-processor kept alive for the session."""
        instance = cls(qml)
        cls._alive.append(instance)
        return instance


def save_style_with_file(dest_id: str, qml: str, context, feedback) -> None:
    """Write ``qml`` as default style of a file output (layer_styles and .qml beside)."""
    path = dest_id.split("|")[0]
    if not os.path.isfile(path):
        return  # memory or database output: styled by the post-processor
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
    if not isinstance(layer, QgsVectorLayer):
        layer = QgsVectorLayer(dest_id, "output", "ogr")
    if not layer.isValid():
        return
    stem = os.path.splitext(path)[0]
    shutil.copyfile(qml, stem + ".qml")
    if path.lower().endswith(".gpkg"):
        layer.loadNamedStyle(qml)
        name = os.path.splitext(os.path.basename(qml))[0]
        error = save_default_style(layer, name, "Sozialplanung")
        if error:
            text = QCoreApplication.translate("SozialplanungAlgorithm", "Style not stored in {0}: {1}")
            feedback.pushWarning(text.format(path, error))
