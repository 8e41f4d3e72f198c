"""Sozialindex assistant: layer, indicators, method options, live preview and Dynamik.

The dialog wires the parts in ``ui/assistant``: the preview runs the algorithms'
own ``preview`` (same parameters, same checks and messages as a run); the run
executes sozialplanung:sozialindex (and sozialplanung:dynamik) in background
tasks, so that runs land in the Processing history and the result is loaded styled.
"""

from __future__ import annotations

import os
from typing import Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt import uic
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QDialog

from .assistant.dynamik import DynamikPairs
from .assistant.fields import LayerFields, Presets
from .assistant.indicators import IndicatorTable
from .assistant.method import MethodOptions
from .assistant.parameters import AssistantParameters
from .assistant.preview import DynamikPreview, PreviewController, StatusPreview, preview_algorithm
from .assistant.runner import RunController

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "sozialindex_assistant.ui"))


class SozialindexAssistant(QDialog, FORM_CLASS):
    """Step-by-step dialog for the Sozialindex (status) and optionally the Dynamik."""

    #: Emitted when a run ends: success, and the loaded result layer id ('' if none).
    runFinished = pyqtSignal(bool, str)  # noqa: N815
    #: Emitted after each preview computation (for tests and screenshots).
    previewUpdated = pyqtSignal()  # noqa: N815

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent if parent is not None else iface.mainWindow())
        self.setupUi(self)
        self.iface = iface
        algorithms = preview_algorithm(StatusPreview), preview_algorithm(DynamikPreview)
        self.fields = LayerFields(self)
        self.indicators = IndicatorTable(self)
        self.method = MethodOptions(self, *algorithms)
        self.dynamik = DynamikPairs(self, self.fields.names, self.indicators)
        self.presets = Presets(self, self.fields, self.indicators, self.dynamik)
        self.parameters = AssistantParameters(self, self.fields, self.indicators, self.method, self.dynamik)
        self.runner = RunController(self, iface)
        self.preview = PreviewController(self, self.parameters, algorithms, self.runner.is_running)
        self.histogram = self.preview.histogram
        self.connect_parts()
        self.fields.set_layer(self.layerCombo.currentLayer())

    def connect_parts(self) -> None:
        """Changes flow from the inputs to the Dynamik pairs and the preview; buttons to the run."""
        self.fields.layerChanged.connect(self.layer_changed)
        self.indicators.changed.connect(self.dynamik.update)
        for part in (self.fields, self.method, self.dynamik):
            part.changed.connect(self.preview.schedule)
        self.preview.updated.connect(self.previewUpdated)
        self.runner.finished.connect(self.run_finished)
        self.runButton.clicked.connect(self.run)
        self.closeButton.clicked.connect(self.close)

    def layer_changed(self, layer: Optional[QgsVectorLayer]) -> None:
        """A new layer: preview and table follow; an empty table is filled from the preset."""
        self.preview.set_layer(layer)
        self.indicators.set_layer(layer)
        if layer is not None and self.indicators.is_empty():
            self.presets.apply(quiet=True)
        self.dynamik.update()

    def run(self) -> None:
        """Run the algorithms with the current parameters."""
        self.runner.run(self.parameters.steps)

    def run_finished(self, ok: bool, layer_id: str) -> None:
        """The loaded result replaces the preview layer."""
        if layer_id:
            self.preview.map.remove()
        self.runFinished.emit(ok, layer_id)

    def cleanup(self) -> None:
        """Cancel a run and remove the preview layer."""
        if self.runner.is_running():
            self.runner.cancel()
        self.preview.cleanup()

    def closeEvent(self, event) -> None:  # noqa: N802
        """Remove the preview layer when the dialog closes."""
        self.cleanup()
        super().closeEvent(event)


def open_sozialindex_assistant(iface) -> SozialindexAssistant:
    """Create and show the assistant."""
    dialog = SozialindexAssistant(iface)
    dialog.show()
    return dialog
