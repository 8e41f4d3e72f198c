"""The parameters of sozialplanung:sozialindex and sozialplanung:dynamik from the assistant's widgets."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QObject

from ...algorithms.dynamik import DynamikAlgorithm as D
from ...algorithms.sozialindex import SozialindexAlgorithm as S
from .dynamik import DynamikPairs
from .fields import LayerFields
from .indicators import IndicatorTable
from .method import MethodOptions

STATUS_ALG = "sozialplanung:sozialindex"
DYNAMIK_ALG = "sozialplanung:dynamik"
#: The status field that sozialplanung:sozialindex writes and sozialplanung:dynamik reads.
STATUS_FIELD = "si_status"

#: A run: (algorithm id, parameters) per step.
Steps = list[tuple[str, dict]]


def project_context() -> QgsProcessingContext:
    """A Processing context on the current project."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


class AssistantParameters(QObject):
    """Builds the algorithms' parameter dicts (same for preview and run) and the run's steps."""

    def __init__(
        self,
        form,
        fields: LayerFields,
        indicators: IndicatorTable,
        method: MethodOptions,
        pairs: DynamikPairs,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.fields = fields
        self.indicators = indicators
        self.method = method
        self.pairs = pairs
        form.outputFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        form.outputFile.setFilter(self.tr("GeoPackage (*.gpkg)"))

    def status(self, output: Any) -> dict:
        """Parameters of sozialplanung:sozialindex on the chosen layer."""
        layer = self.fields.layer()
        return {
            S.INPUT: layer.id() if layer else None,
            S.ID_FIELD: self.fields.id_field(),
            S.INDICATORS: self.indicators.matrix(),
            S.POPULATION_FIELD: self.fields.population_field(),
            S.EXCLUDE_FIELD: self.fields.exclude_field(),
            **self.method.status_values(),
            S.OUTPUT: output,
        }

    def dynamik(self, source: Any, output: Any) -> dict:
        """Parameters of sozialplanung:dynamik on ``source`` (the status result)."""
        return {
            D.INPUT: source,
            D.ID_FIELD: self.fields.id_field(),
            D.STATUS_FIELD: STATUS_FIELD,
            D.METHOD: 0,
            D.INDICATORS: self.pairs.matrix(),
            **self.method.dynamik_values(),
            D.OUTPUT: output,
        }

    def steps(self) -> Steps:
        """The runs: status (to a temporary file when the Dynamik follows), Dynamik on its output."""
        output = self.form.outputFile.filePath() or QgsProcessing.TEMPORARY_OUTPUT
        final = QgsProcessingOutputLayerDefinition(output, QgsProject.instance())
        year = self.pairs.status_year()
        if self.pairs.enabled():
            t0 = self.pairs.t0()
            final.destinationName = self.tr("Sozialindex {0}").format(f"{t0}–{year}" if t0 and year else "")
            if not self.pairs.has_pairs():
                raise QgsProcessingException(self.tr("The Dynamik step has no indicator pairs."))
            status_file = QgsProcessingUtils.generateTempFilename("sozialindex_status.gpkg")
            return [(STATUS_ALG, self.status(status_file)), (DYNAMIK_ALG, self.dynamik(None, final))]
        final.destinationName = self.tr("Sozialindex status {0}").format(year or "").strip()
        return [(STATUS_ALG, self.status(final))]
