"""The assistant's live preview: the algorithms' own ``preview`` on the chosen layer, attributes read once."""

from __future__ import annotations

from typing import Callable, Optional

import numpy as np
import pandas as pd
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ...algorithms.dynamik import DynamikAlgorithm
from ...algorithms.sozialindex import SozialindexAlgorithm
from ...core import sozialindex as core
from ..histogram import IndexHistogram
from .method import MethodOptions
from .parameters import AssistantParameters, project_context
from .preview_layer import PreviewLayer, status_colours

#: Above this many features the preview runs only on request.
AUTO_PREVIEW_LIMIT = 50000
#: Attribute reads kept per algorithm (field sets tried while editing).
READS_KEPT = 4
#: Output of the preview's parameter dicts (the preview writes nothing).
NO_OUTPUT = "memory:"


class PreviewReading:
    """Mixin for the preview's algorithm instances: each field set is read once (until ``forget``);
    the inputs of the last ``prepare`` stay (their feature ids place the result on the map)."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: dict[tuple, tuple[list[int], pd.DataFrame]] = {}
        self.inputs = None

    def read_table(self, source, id_field, numeric, other=(), feedback=None, unique=True):
        """``read_table`` of the algorithm, answered from the reads kept when it can."""
        key = (id_field, tuple(numeric), tuple(other), unique, self.number_format)
        if key not in self.reads:
            if len(self.reads) >= READS_KEPT:
                self.reads.pop(next(iter(self.reads)))
            self.reads[key] = super().read_table(source, id_field, numeric, other, feedback, unique)
        return self.reads[key]

    def prepare(self, *args, **kwargs):
        """``prepare`` of the algorithm; keeps its inputs."""
        self.inputs = super().prepare(*args, **kwargs)
        return self.inputs

    def forget(self) -> None:
        """Read again next time (the layer or its data changed)."""
        self.reads.clear()
        self.inputs = None


class StatusPreview(PreviewReading, SozialindexAlgorithm):
    """sozialplanung:sozialindex for the preview."""


class DynamikPreview(PreviewReading, DynamikAlgorithm):
    """sozialplanung:dynamik for the preview."""


def preview_algorithm(cls: type) -> PreviewReading:
    """An initialised instance of a preview algorithm."""
    alg = cls()
    alg.initAlgorithm({})
    return alg


class PreviewController(QObject):
    """Recomputes the preview (on request or shortly after a change) and shows counts, histogram, map."""

    #: Emitted after each preview computation (for tests and screenshots).
    updated = pyqtSignal()

    def __init__(
        self,
        form,
        parameters: AssistantParameters,
        algorithms: tuple[StatusPreview, DynamikPreview],
        busy: Callable[[], bool],
    ) -> None:
        super().__init__(form)
        self.form = form
        self.parameters = parameters
        self.method: MethodOptions = parameters.method
        self.status_alg, self.dynamik_alg = algorithms
        self.busy = busy
        self.histogram = IndexHistogram(form)
        form.histogramHolder.addWidget(self.histogram)
        self.colours = status_colours()
        self.map = PreviewLayer(form.layerCombo)
        self.layer: Optional[QgsVectorLayer] = None
        self.result: Optional[pd.DataFrame] = None  # status of the last preview
        self.combined: Optional[pd.DataFrame] = None  # its Dynamik and combined class, if computed
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.auto)
        form.previewButton.clicked.connect(self.update)
        form.showOnMapCheck.toggled.connect(self.show_on_map_toggled)

    def set_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        """Preview another layer: forget the reads and the map layer; automatic for small layers."""
        if self.layer is not None:
            try:
                self.layer.dataChanged.disconnect(self.forget)
            except (TypeError, RuntimeError):
                pass
        self.layer = layer
        self.forget()
        self.map.remove()
        if layer is not None:
            self.form.autoPreviewCheck.setChecked(layer.featureCount() <= AUTO_PREVIEW_LIMIT)
            layer.dataChanged.connect(self.forget)

    def forget(self, *_args) -> None:
        """Read the attributes again next time."""
        self.status_alg.forget()
        self.dynamik_alg.forget()

    def schedule(self, *_args) -> None:
        """Recompute shortly after the last change (when automatic)."""
        if self.form.autoPreviewCheck.isChecked():
            self.timer.start()

    def auto(self) -> None:
        """The delayed automatic preview (skipped when switched off meanwhile or running)."""
        if self.form.autoPreviewCheck.isChecked() and not self.busy():
            self.update()

    def compute(self) -> tuple[pd.DataFrame, Optional[pd.DataFrame]]:
        """Status (and Dynamik) with the run's parameters; raises the algorithms' errors."""
        if self.layer is None:
            raise QgsProcessingException(self.tr("Choose a layer."))
        context, feedback = project_context(), QgsProcessingFeedback()
        params = self.parameters.status(NO_OUTPUT)
        ok, message = self.status_alg.checkParameterValues(params, context)
        if not ok:
            raise QgsProcessingException(message)
        status = self.status_alg.preview(params, context, feedback)
        if not (self.parameters.pairs.enabled() and self.parameters.pairs.has_pairs()):
            return status, None
        params = self.parameters.dynamik(self.layer.id(), NO_OUTPUT)
        return status, self.dynamik_alg.preview(params, context, feedback, status=status["status"])

    def update(self) -> None:
        """Class counts, histogram and the map layer from the current settings."""
        self.timer.stop()
        try:
            status, dynamik = self.compute()
        except QgsProcessingException as err:
            self.show_error(err.args[0] if err.args else str(err))
            return
        self.result, self.combined = status, dynamik
        self.form.previewMessage.setText("")
        self.form.previewCounts.setText(self.counts_html(dynamik))
        favourable = status["index"] if self.method.high_is_good() else -status["index"]
        self.histogram.set_data(favourable.to_numpy(dtype=float), self.method.cuts(), self.colours)
        if self.form.showOnMapCheck.isChecked():
            self.map.show(self.layer, self.status_alg.inputs.fids, status)
        self.updated.emit()

    def show_error(self, text: str) -> None:
        """No counts, an empty histogram and the message."""
        self.result = self.combined = None
        self.form.previewCounts.setText("")
        self.histogram.set_data(np.zeros(0), self.method.cuts(), self.colours)
        self.form.previewMessage.setText(text)
        self.updated.emit()

    def class_counts(self) -> dict[str, int]:
        """Areas per status class in the last preview ('nicht bewertet' for NULL)."""
        if self.result is None:
            return {}
        counts = self.result["status"].fillna(core.NOT_RATED).value_counts()
        return {label: int(counts.get(label, 0)) for label in (*core.STATUS_LABELS, core.NOT_RATED)}

    def counts_html(self, dynamik: Optional[pd.DataFrame]) -> str:
        """A small table of the class counts with the map colours (and the combined classes)."""
        rows = []
        for label, n in self.class_counts().items():
            colour = self.colours.get(label if label != core.NOT_RATED else "", QColor("#bbbbbb")).name()
            rows.append(
                f"<tr><td><span style='color:{colour}'>&#9632;</span> {label}</td><td align='right'>{n}</td></tr>"
            )
        title = self.tr("Status classes")
        html = f"<b>{title}</b><table>{''.join(rows)}</table>"
        if dynamik is not None:
            counts = dynamik["si_klasse"].value_counts()
            lines = [
                f"<tr><td>{label}</td><td align='right'>{int(counts.get(label, 0))}</td></tr>"
                for _, label in core.class_legend(self.method.scheme())
                if counts.get(label, 0)
            ]
            title = self.tr("Combined classes")
            html += f"<b>{title}</b><table>{''.join(lines)}</table>"
        return html

    def show_on_map_toggled(self, checked: bool) -> None:
        """Add or remove the preview layer."""
        if checked:
            self.update()
        else:
            self.map.remove()

    def cleanup(self) -> None:
        """Stop the timer and remove the preview layer."""
        self.timer.stop()
        self.map.remove()
