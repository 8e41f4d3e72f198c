"""The few places where QGIS versions differ (3.22 LTR to 3.44 LTR, written for QGIS 4).

Each switch tests ``Qgis.QGIS_VERSION_INT`` (not whether an import works), so the code
path taken is the one documented for that version; test/test_compat.py checks each helper
on the QGIS it runs on, and the version matrix (make test-matrix) runs them on all three.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsField,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsUnitTypes,
)

VERSION = Qgis.QGIS_VERSION_INT

if VERSION >= 33800:  # QgsField takes QMetaType from QGIS 3.38 on
    from qgis.PyQt.QtCore import QMetaType

    FIELD_TYPES = {
        "double": QMetaType.Type.Double,
        "int": QMetaType.Type.Int,
        "long": QMetaType.Type.LongLong,
        "string": QMetaType.Type.QString,
    }
else:
    from qgis.PyQt.QtCore import QVariant

    FIELD_TYPES = {
        "double": QVariant.Double,
        "int": QVariant.Int,
        "long": QVariant.LongLong,
        "string": QVariant.String,
    }

#: Label placement inside polygons, horizontal (Qgis.LabelPlacement from QGIS 3.26 on).
LABEL_HORIZONTAL = (
    Qgis.LabelPlacement.Horizontal if VERSION >= 32600 else QgsPalLayerSettings.Placement.Horizontal
)

#: Metres as a distance unit (Qgis.DistanceUnit from QGIS 3.30 on).
METERS = Qgis.DistanceUnit.Meters if VERSION >= 33000 else QgsUnitTypes.DistanceUnit.DistanceMeters
#: Kilometres as a distance unit (scale bars).
KILOMETERS = (
    Qgis.DistanceUnit.Kilometers if VERSION >= 33000 else QgsUnitTypes.DistanceUnit.DistanceKilometers
)


def make_field(name: str, kind: str) -> QgsField:
    """An output field of kind double, int, long or string."""
    return QgsField(name, FIELD_TYPES[kind])


def save_default_style(layer: QgsMapLayer, name: str, description: str) -> str:
    """Store the layer's current style as default style in its database; '' or the error."""
    if VERSION >= 34200:  # saveStyleToDatabase is deprecated from 3.42 on
        results, error = layer.saveStyleToDatabaseV2(name, description, True, "")
        failed = (
            QgsMapLayer.SaveStyleResult.DatabaseWriteFailed | QgsMapLayer.SaveStyleResult.QmlGenerationFailed
        )
        return error or "failed" if results & failed else ""
    return layer.saveStyleToDatabase(name, description, True, "")


def add_to_history(alg: QgsProcessingAlgorithm, parameters: dict, context: QgsProcessingContext) -> None:
    """Record a run in the Processing history and the recent algorithms, as the Processing dialog does."""
    from qgis.gui import QgsGui

    command = alg.asPythonCommand(parameters, context)
    if VERSION >= 32400:  # history provider registry from QGIS 3.24 on
        details = {
            "python_command": command,
            "algorithm_id": alg.id(),
            "parameters": alg.asMap(parameters, context),
        }
        QgsGui.historyProviderRegistry().addEntry("processing", details)
    elif command:
        from processing.core.ProcessingLog import ProcessingLog

        ProcessingLog.addToLog(command)
    QgsGui.instance().processingRecentAlgorithmLog().push(alg.id())


def history_commands() -> list[str]:
    """The Python commands in the Processing history, oldest first."""
    if VERSION >= 32400:
        from qgis.gui import QgsGui

        entries = QgsGui.historyProviderRegistry().queryEntries(providerId="processing")
        return [str(e.entry.get("python_command", "")) for e in entries]
    from processing.core.ProcessingLog import ProcessingLog

    return [e.text for e in ProcessingLog.getLogEntries()]


def load_results(context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> list[QgsMapLayer]:
    """Add a finished run's layers-to-load to their project and run their post-processors (styles).

    What the Processing dialog does after a run, without processing.gui's handleAlgorithmResults,
    whose signature changed after 3.22 and which needs the desktop's layer tree.
    """
    added: list[QgsMapLayer] = []
    for layer_id, details in context.layersToLoadOnCompletion().items():
        layer = QgsProcessingUtils.mapLayerFromString(layer_id, context)
        if layer is None:
            feedback.reportError(f"{layer_id}: not a layer")
            continue
        details.setOutputLayerName(layer)
        if context.temporaryLayerStore().mapLayer(layer.id()) is layer:
            context.temporaryLayerStore().takeMapLayer(layer)
        (details.project or QgsProject.instance()).addMapLayer(layer)
        if details.postProcessor() is not None:
            details.postProcessor().postProcessLayer(layer, context, feedback)
        added.append(layer)
    context.setLayersToLoadOnCompletion({})
    return added
