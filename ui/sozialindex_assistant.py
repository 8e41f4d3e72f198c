"""Sozialindex assistant: layer, indicators, method options, live preview and Dynamik.

The preview computes core.sozialindex on the layer's attributes with the
algorithm's own parameter parsing; the run executes the Processing algorithms
sozialplanung:sozialindex (and sozialplanung:dynamik) in a background task, so
that runs land in the Processing history and the result is loaded styled.
"""

from __future__ import annotations

import os
from typing import Any, Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsFields,
    QgsMapLayerProxyModel,
    QgsMemoryProviderUtils,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDoubleSpinBox, QgsFieldComboBox, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem

from ..algorithms.base import STYLE_DIR
from ..algorithms.compat import add_to_history, load_results, make_field
from ..core import presets
from ..core import sozialindex as core
from .histogram import IndexHistogram

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "sozialindex_assistant.ui"))

STATUS_ALG = "sozialplanung:sozialindex"
DYNAMIK_ALG = "sozialplanung:dynamik"
#: Above this many features the preview runs only on request.
AUTO_PREVIEW_LIMIT = 50000
#: How many id-field candidates are checked for unique values.
ID_CANDIDATES_CHECKED = 3
STATUS_QML = os.path.join(STYLE_DIR, "status.qml")


def status_colours() -> dict[str, QColor]:
    """Fill colour of each status class in styles/status.qml."""
    layer = QgsVectorLayer("Polygon?field=si_status:string", "colours", "memory")
    layer.loadNamedStyle(STATUS_QML)
    renderer = layer.renderer()
    if not hasattr(renderer, "categories"):
        return {}
    return {str(c.value()): c.symbol().color() for c in renderer.categories()}


class AssistantFeedback(QgsProcessingFeedback):
    """Feedback that keeps the error messages of a run for the dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        """Keep the message and pass it on."""
        self.errors.append(error)
        super().reportError(error, fatalError)


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
        registry = QgsApplication.processingRegistry()
        self.status_alg = registry.createAlgorithmById(STATUS_ALG)
        self.dynamik_alg = registry.createAlgorithmById(DYNAMIK_ALG)
        self.histogram = IndexHistogram(self)
        self.histogramHolder.addWidget(self.histogram)
        self.colours = status_colours()
        self.preview_layer_id = ""
        self.preview_source_id = ""
        self.preview_fids: dict[int, int] = {}
        self.preview_result: Optional[pd.DataFrame] = None
        self._cache: dict[tuple, tuple[list[int], pd.DataFrame]] = {}
        self._layer: Optional[QgsVectorLayer] = None
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.context: Optional[QgsProcessingContext] = None
        self.feedback: Optional[AssistantFeedback] = None
        self.steps: list[tuple[str, dict]] = []
        self.step_index = 0
        self.result_layer_id = ""
        self.previous_output: Any = None
        self.current: Optional[tuple] = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.auto_preview)
        self.setup_widgets()
        self.layer_changed(self.layerCombo.currentLayer())

    def tr(self, text: str) -> str:
        """Translate in the context of the dialog (the .ui file uses the same)."""
        return QCoreApplication.translate("SozialindexAssistant", text)

    # ------------------------------------------------------------------ setup
    def setup_widgets(self) -> None:
        """Filters, choices from the algorithms' parameters, signals."""
        self.layerCombo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        numeric = QgsFieldProxyModel.Filter.Numeric
        self.populationField.setFilters(numeric)
        self.populationField.setAllowEmptyFieldName(True)
        self.excludeField.setAllowEmptyFieldName(True)
        for combo, alg, name in (
            (self.standardizationCombo, self.status_alg, "STANDARDIZATION"),
            (self.aggregationCombo, self.status_alg, "AGGREGATION"),
            (self.schemeCombo, self.dynamik_alg, "SCHEME"),
        ):
            param = alg.parameterDefinition(name)
            combo.addItems(param.options())
            combo.setCurrentIndex(int(param.defaultValue() or 0))
            combo.setToolTip(param.help())
        for spin, name in (
            (self.minPopulation, "MIN_POPULATION"),
            (self.cutHoch, "CUT_HOCH"),
            (self.cutNiedrig, "CUT_NIEDRIG"),
            (self.cutSehrNiedrig, "CUT_SEHR_NIEDRIG"),
        ):
            param = self.status_alg.parameterDefinition(name)
            spin.setClearValue(float(param.defaultValue()))
            spin.setValue(float(param.defaultValue()))
            spin.setToolTip(param.help())
        self.cutDynamik.setClearValue(
            float(self.dynamik_alg.parameterDefinition("CUT_DYNAMIK").defaultValue())
        )
        for check, name in (
            (self.sampleSdCheck, "SAMPLE_SD"),
            (self.weightedCheck, "WEIGHTED"),
            (self.highIsGoodCheck, "HIGH_IS_GOOD"),
        ):
            check.setToolTip(self.status_alg.parameterDefinition(name).help())
        self.presetCombo.addItem(self.tr("Oberhausen: seven indicators"), "oberhausen")
        self.presetCombo.addItem(self.tr("Berlin MSS: S1, S3, S4"), "berlin")
        header = self.indicatorTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.dynamikTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.outputFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.outputFile.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.layerCombo.layerChanged.connect(self.layer_changed)
        self.applyPresetButton.clicked.connect(self.apply_preset)
        self.addRowButton.clicked.connect(lambda: self.add_row())
        self.removeRowButton.clicked.connect(self.remove_row)
        self.previewButton.clicked.connect(self.update_preview)
        self.runButton.clicked.connect(self.run)
        self.cancelButton.clicked.connect(self.cancel)
        self.closeButton.clicked.connect(self.close)
        self.yearT0Combo.currentIndexChanged.connect(self.update_dynamik_rows)
        self.dynamikGroup.toggled.connect(self.update_dynamik_rows)
        self.showOnMapCheck.toggled.connect(self.show_on_map_toggled)
        for widget in (self.idField, self.populationField, self.excludeField):
            widget.fieldChanged.connect(self.schedule_preview)
        for combo in (self.standardizationCombo, self.aggregationCombo, self.schemeCombo):
            combo.currentIndexChanged.connect(self.schedule_preview)
        for spin in (self.minPopulation, self.cutHoch, self.cutNiedrig, self.cutSehrNiedrig, self.cutDynamik):
            spin.valueChanged.connect(self.schedule_preview)
        for check in (self.sampleSdCheck, self.weightedCheck, self.highIsGoodCheck):
            check.toggled.connect(self.schedule_preview)

    # ------------------------------------------------------------------ layer and fields
    def layer(self) -> Optional[QgsVectorLayer]:
        """The chosen vector layer."""
        layer = self.layerCombo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def layer_changed(self, layer) -> None:
        """Field pickers follow the layer; guess id and population; fill an empty table."""
        if layer is self._layer:
            return  # the combo also signals when rows before the current one change
        if self._layer is not None:
            try:
                self._layer.dataChanged.disconnect(self.clear_cache)
            except (TypeError, RuntimeError):
                pass
        self._layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.clear_cache()
        self.remove_preview_layer()
        for combo in (self.idField, self.populationField, self.excludeField):
            combo.setLayer(self._layer)
        self.excludeField.setField("")
        for row in range(self.indicatorTable.rowCount()):
            for col in (0, 1):
                self.cell(row, col).setLayer(self._layer)
        years = []
        if self._layer is not None:
            self.autoPreviewCheck.setChecked(self._layer.featureCount() <= AUTO_PREVIEW_LIMIT)
            self._layer.dataChanged.connect(self.clear_cache)
            names = self._layer.fields().names()
            self.idField.setField(self.guess_id_field(self._layer))
            years = presets.field_years(names)
            self.populationField.setField(presets.population_field(names, years[0] if years else None) or "")
        self.yearCombo.clear()
        self.yearCombo.addItem(self.tr("latest complete"), None)
        for year in years:
            self.yearCombo.addItem(year, year)
        if self._layer is not None and self.indicatorTable.rowCount() == 0:
            self.apply_preset(quiet=True)
        self.update_dynamik_rows()
        self.schedule_preview()

    def guess_id_field(self, layer: QgsVectorLayer) -> str:
        """First likely id field with unique values (or the first candidate)."""
        names = presets.id_field_candidates(layer.fields().names())
        count = layer.featureCount()
        for name in names[:ID_CANDIDATES_CHECKED]:
            if len(layer.uniqueValues(layer.fields().lookupField(name))) == count:
                return name
        return names[0] if names else ""

    # ------------------------------------------------------------------ indicator table
    def cell(self, row: int, col: int):
        """The editor widget of a table cell."""
        return self.indicatorTable.cellWidget(row, col)

    def add_row(
        self, field: str = "", denominator: Optional[str] = "", direction: str = "+", weight: float = 1.0
    ):
        """A table row with field pickers, direction and weight."""
        row = self.indicatorTable.rowCount()
        self.indicatorTable.insertRow(row)
        for col, value, allow_empty in ((0, field, False), (1, denominator or "", True)):
            combo = QgsFieldComboBox()
            combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
            combo.setAllowEmptyFieldName(allow_empty)
            combo.setLayer(self._layer)
            combo.setField(value)
            combo.fieldChanged.connect(self.table_changed)
            self.indicatorTable.setCellWidget(row, col, combo)
        direction_combo = QComboBox()
        direction_combo.addItem(self.tr("+ (disadvantage)"), "+")
        direction_combo.addItem(self.tr("- (favourable)"), "-")
        direction_combo.setToolTip(
            self.tr("+: a higher value means more disadvantage; -: a higher value is favourable.")
        )
        direction_combo.setCurrentIndex(0 if direction == "+" else 1)
        direction_combo.currentIndexChanged.connect(self.table_changed)
        self.indicatorTable.setCellWidget(row, 2, direction_combo)
        spin = QgsDoubleSpinBox()
        spin.setRange(0.0, 100.0)
        spin.setSingleStep(0.5)
        spin.setClearValue(1.0)
        spin.setValue(weight)
        spin.valueChanged.connect(self.table_changed)
        self.indicatorTable.setCellWidget(row, 3, spin)
        self.table_changed()

    def remove_row(self) -> None:
        """Remove the selected rows (or the last one)."""
        rows = sorted({index.row() for index in self.indicatorTable.selectedIndexes()}, reverse=True)
        for row in rows or [self.indicatorTable.rowCount() - 1]:
            if row >= 0:
                self.indicatorTable.removeRow(row)
        self.table_changed()

    def table_changed(self, *_args) -> None:
        """Dynamik pairs and preview follow the table."""
        self.update_dynamik_rows()
        self.schedule_preview()

    def indicator_rows(self) -> list[presets.Row]:
        """The table as (field, denominator, direction, weight)."""
        rows = []
        for row in range(self.indicatorTable.rowCount()):
            rows.append(
                (
                    self.cell(row, 0).currentField(),
                    self.cell(row, 1).currentField() or None,
                    self.cell(row, 2).currentData(),
                    self.cell(row, 3).value(),
                )
            )
        return rows

    def set_rows(self, rows: list[presets.Row]) -> None:
        """Replace the table."""
        self.indicatorTable.blockSignals(True)
        self.indicatorTable.setRowCount(0)
        self.indicatorTable.blockSignals(False)
        for field, denominator, direction, weight in rows:
            self.add_row(field, denominator, direction, weight)
        self.table_changed()

    def apply_preset(self, quiet: bool = False) -> None:
        """Fill the table from the chosen preset and the layer's field names."""
        if self._layer is None:
            return
        names = self._layer.fields().names()
        key = self.presetCombo.currentData()
        match = presets.match_preset(presets.PRESETS[key], names, self.yearCombo.currentData())
        if quiet and not match.rows:
            return
        self.set_rows(match.rows)
        if match.population:
            self.populationField.setField(match.population)
        earlier = [y for y in presets.field_years(names) if match.year and y < match.year]
        self.dynamikGroup.setChecked(bool(earlier) or self.has_change_fields(match.rows))
        if earlier:
            self.yearT0Combo.setCurrentIndex(max(self.yearT0Combo.findData(earlier[0]), 0))
        text = self.tr("{0} of {1} indicators found").format(len(match.rows), len(presets.PRESETS[key]))
        if match.year:
            text += self.tr(" (year {0})").format(match.year)
        if match.missing:
            text += self.tr("; missing fields: {0}").format(", ".join(match.missing))
        self.presetMessage.setText(text + ".")

    def has_change_fields(self, rows: list[presets.Row]) -> bool:
        """Whether the layer has Berlin-style change fields (D1...) for the rows."""
        names = self._layer.fields().names() if self._layer else []
        found, _ = presets.change_rows(rows, None, None, names)
        return bool(rows) and len(found) == len(rows)

    def indicator_matrix(self) -> list[str]:
        """The INDICATORS matrix of sozialplanung:sozialindex."""
        flat: list[str] = []
        for field, denominator, direction, weight in self.indicator_rows():
            flat += [field, denominator or "", direction, f"{weight:g}"]
        return flat

    # ------------------------------------------------------------------ Dynamik
    def status_year(self) -> Optional[str]:
        """The year of the indicator fields, if they all carry the same one."""
        years = presets.field_years([r[0] for r in self.indicator_rows() if r[0]])
        return years[0] if len(years) == 1 else None

    def update_dynamik_rows(self, *_args) -> None:
        """Earlier-year choices and the paired fields of the Dynamik step."""
        names = self._layer.fields().names() if self._layer else []
        t1 = self.status_year()
        current = self.yearT0Combo.currentData()
        self.yearT0Combo.blockSignals(True)
        self.yearT0Combo.clear()
        for year in presets.field_years(names):
            if t1 and year < t1:
                self.yearT0Combo.addItem(year, year)
        index = self.yearT0Combo.findData(current)
        self.yearT0Combo.setCurrentIndex(index if index >= 0 else 0)
        self.yearT0Combo.blockSignals(False)
        rows, missing = presets.change_rows(self.indicator_rows(), t1, self.yearT0Combo.currentData(), names)
        self.dynamikTable.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.dynamikTable.setItem(r, c, QTableWidgetItem(value))
        text = ""
        if missing:
            text = self.tr("Not found for the Dynamik: {0}").format(", ".join(missing))
        elif not rows and self.indicatorTable.rowCount():
            text = self.tr("The indicator fields carry no year and the layer has no change fields.")
        self.dynamikMessage.setText(text)
        self.schedule_preview()

    def dynamik_matrix(self) -> list[str]:
        """The INDICATORS matrix of sozialplanung:dynamik from the paired fields."""
        flat = []
        for r in range(self.dynamikTable.rowCount()):
            flat += [self.dynamikTable.item(r, c).text() for c in range(6)]
        return flat

    # ------------------------------------------------------------------ parameters
    def status_parameters(self, output: Any) -> dict:
        """Parameters of sozialplanung:sozialindex from the widgets."""
        layer = self.layer()
        return {
            "INPUT": layer.id() if layer else None,
            "ID_FIELD": self.idField.currentField(),
            "INDICATORS": self.indicator_matrix(),
            "POPULATION_FIELD": self.populationField.currentField() or None,
            "MIN_POPULATION": self.minPopulation.value(),
            "EXCLUDE_FIELD": self.excludeField.currentField() or None,
            "STANDARDIZATION": self.standardizationCombo.currentIndex(),
            "SAMPLE_SD": self.sampleSdCheck.isChecked(),
            "WEIGHTED": self.weightedCheck.isChecked(),
            "AGGREGATION": self.aggregationCombo.currentIndex(),
            "HIGH_IS_GOOD": self.highIsGoodCheck.isChecked(),
            "CUT_HOCH": self.cutHoch.value(),
            "CUT_NIEDRIG": self.cutNiedrig.value(),
            "CUT_SEHR_NIEDRIG": self.cutSehrNiedrig.value(),
            "OUTPUT": output,
        }

    def dynamik_parameters(self, source: Any, output: Any) -> dict:
        """Parameters of sozialplanung:dynamik on the status result."""
        return {
            "INPUT": source,
            "ID_FIELD": self.idField.currentField(),
            "STATUS_FIELD": "si_status",
            "METHOD": 0,
            "INDICATORS": self.dynamik_matrix(),
            "CUT_DYNAMIK": self.cutDynamik.value(),
            "SCHEME": self.schemeCombo.currentIndex(),
            "SAMPLE_SD": self.sampleSdCheck.isChecked(),
            "OUTPUT": output,
        }

    def processing_context(self) -> QgsProcessingContext:
        """A context on the current project."""
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return context

    # ------------------------------------------------------------------ preview
    def schedule_preview(self, *_args) -> None:
        """Recompute the preview shortly after the last change (when automatic)."""
        if self.autoPreviewCheck.isChecked():
            self.timer.start()

    def auto_preview(self) -> None:
        """The delayed automatic preview (skipped when switched off meanwhile or running)."""
        if self.autoPreviewCheck.isChecked() and not self.is_running():
            self.update_preview()

    def clear_cache(self, *_args) -> None:
        """Forget the attributes read for the preview."""
        self._cache.clear()

    def read_attributes(self, id_field: str, numeric: list[str], other: list[str]):
        """Attributes for the preview, read once per field set (algorithm's reader)."""
        key = (self._layer.id(), id_field, tuple(numeric), tuple(other))
        if key not in self._cache:
            source = QgsProcessingFeatureSource(self._layer, self.processing_context())
            self._cache = {key: self.status_alg.read_table(source, id_field, numeric, other)}
        return self._cache[key]

    def compute_preview(self) -> tuple[list[int], pd.DataFrame, Optional[pd.DataFrame]]:
        """Status (and Dynamik) on the layer's attributes; raises on bad input."""
        if self._layer is None:
            raise QgsProcessingException(self.tr("Choose a layer."))
        context = self.processing_context()
        params = self.status_parameters("memory:")
        alg = self.status_alg
        indicators = alg.indicators(params, context)
        options = alg.method_options(params, context)
        id_field = params["ID_FIELD"]
        population, exclude = params["POPULATION_FIELD"], params["EXCLUDE_FIELD"]
        if not id_field:
            raise QgsProcessingException(self.tr("Choose the id field."))
        numeric = [n for ind in indicators for n in (ind.field, ind.denominator) if n]
        numeric += [population] if population else []
        change = []
        if self.dynamikGroup.isChecked() and self.dynamikTable.rowCount():
            change = self.dynamik_alg.change_indicators(self.dynamik_parameters(None, None), context)
            numeric += [
                n for c in change for n in (c.field_t0, c.denominator_t0, c.field_t1, c.denominator_t1) if n
            ]
        numeric = list(dict.fromkeys(numeric))
        alg.check_fields(self._layer, numeric, "INDICATORS")
        if options.weighted and not population:
            raise QgsProcessingException(self.tr("Population weighting needs a population field."))
        fids, table = self.read_attributes(id_field, numeric, [exclude] if exclude else [])
        try:
            result = core.sozialindex(table, indicators, options, population, exclude)
            combined = None
            if change:
                data = table.assign(si_status=result["status"])
                dyn = core.dynamik(
                    data,
                    change,
                    self.cutDynamik.value(),
                    core.Options(sample_sd=options.sample_sd),
                    "si_status",
                )
                scheme = core.SCHEMES[self.schemeCombo.currentIndex()]
                combined = core.combined_classes(result["status"], dyn["klasse"], scheme)
        except core.MethodError as err:
            raise alg.method_error(err) from None
        return fids, result, combined

    def update_preview(self) -> None:
        """Class counts, histogram and the map layer from the current settings."""
        self.timer.stop()
        try:
            fids, result, combined = self.compute_preview()
        except QgsProcessingException as err:
            self.preview_result = None
            self.previewCounts.setText("")
            self.histogram.set_data(np.zeros(0), self.cuts(), self.colours)
            self.previewMessage.setText(err.args[0] if err.args else str(err))
            self.previewUpdated.emit()
            return
        self.preview_result = result
        self.previewMessage.setText("")
        self.previewCounts.setText(self.counts_html(result, combined))
        favourable = result["index"] if self.highIsGoodCheck.isChecked() else -result["index"]
        self.histogram.set_data(favourable.to_numpy(dtype=float), self.cuts(), self.colours)
        if self.showOnMapCheck.isChecked():
            self.show_preview_layer(fids, result)
        self.previewUpdated.emit()

    def cuts(self) -> tuple[float, float, float]:
        """(Sehr Niedrig, Niedrig, Hoch) cuts."""
        return self.cutSehrNiedrig.value(), self.cutNiedrig.value(), self.cutHoch.value()

    def class_counts(self) -> dict[str, int]:
        """Areas per status class in the last preview ('nicht bewertet' for NULL)."""
        if self.preview_result is None:
            return {}
        status = self.preview_result["status"].fillna(core.NOT_RATED)
        counts = status.value_counts()
        return {label: int(counts.get(label, 0)) for label in (*core.STATUS_LABELS, core.NOT_RATED)}

    def counts_html(self, result: pd.DataFrame, combined: Optional[pd.DataFrame]) -> str:
        """A small table of the class counts with the map colours."""
        rows = []
        for label, n in self.class_counts().items():
            colour = self.colours.get(label if label != core.NOT_RATED else "", QColor("#bbbbbb")).name()
            rows.append(
                f"<tr><td><span style='color:{colour}'>&#9632;</span> {label}</td><td align='right'>{n}</td></tr>"
            )
        title = self.tr("Status classes")
        html = f"<b>{title}</b><table>{''.join(rows)}</table>"
        if combined is not None:
            counts = combined["klasse"].value_counts()
            scheme = core.SCHEMES[self.schemeCombo.currentIndex()]
            lines = [
                f"<tr><td>{label}</td><td align='right'>{int(counts.get(label, 0))}</td></tr>"
                for _, label in core.class_legend(scheme)
                if counts.get(label, 0)
            ]
            title = self.tr("Combined classes")
            html += f"<b>{title}</b><table>{''.join(lines)}</table>"
        return html

    # ------------------------------------------------------------------ preview layer on the map
    def preview_layer(self) -> Optional[QgsVectorLayer]:
        """The temporary preview layer, if it is still in the project."""
        layer = QgsProject.instance().mapLayer(self.preview_layer_id) if self.preview_layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def show_preview_layer(self, fids: list[int], result: pd.DataFrame) -> None:
        """Write the preview classes into a temporary memory layer styled with status.qml."""
        source = self._layer
        if source is None or source.geometryType() in (
            QgsWkbTypes.GeometryType.NullGeometry,
            QgsWkbTypes.GeometryType.UnknownGeometry,
        ):
            return
        layer = self.preview_layer()
        if layer is None or self.preview_source_id != source.id():
            layer = self.create_preview_layer(source)
        values = result[["status", "index"]].astype(object).where(result[["status", "index"]].notna(), None)
        changes = {
            self.preview_fids[fid]: {0: status, 1: None if index is None else float(index)}
            for fid, (status, index) in zip(fids, values.itertuples(index=False))
            if fid in self.preview_fids
        }
        layer.dataProvider().changeAttributeValues(changes)
        layer.triggerRepaint()

    def create_preview_layer(self, source: QgsVectorLayer) -> QgsVectorLayer:
        """A memory copy of the geometries with si_status and si_index."""
        self.remove_preview_layer()
        fields = QgsFields()
        fields.append(make_field("si_status", "string"))
        fields.append(make_field("si_index", "double"))
        name = self.tr("Preview: Sozialindex status (temporary)")
        layer = QgsMemoryProviderUtils.createMemoryLayer(name, fields, source.wkbType(), source.crs())
        request = QgsFeatureRequest().setNoAttributes()
        features, source_ids = [], []
        for feat in source.getFeatures(request):
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            features.append(out)
            source_ids.append(feat.id())
        ok, added = layer.dataProvider().addFeatures(features)
        self.preview_fids = {sid: f.id() for sid, f in zip(source_ids, added)} if ok else {}
        layer.loadNamedStyle(STATUS_QML)
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        self.preview_layer_id = layer.id()
        self.preview_source_id = source.id()
        self.layerCombo.setExceptedLayerList([layer])
        return layer

    def remove_preview_layer(self) -> None:
        """Take the temporary preview layer out of the project."""
        layer = self.preview_layer()
        self.preview_layer_id = ""
        self.preview_source_id = ""
        self.preview_fids = {}
        self.layerCombo.setExceptedLayerList([])
        if layer is not None:
            QgsProject.instance().removeMapLayer(layer.id())

    def show_on_map_toggled(self, checked: bool) -> None:
        """Add or remove the preview layer."""
        if checked:
            self.update_preview()
        else:
            self.remove_preview_layer()

    # ------------------------------------------------------------------ run
    def is_running(self) -> bool:
        """Whether a run is in progress."""
        return bool(self.steps)

    def build_steps(self) -> list[tuple[str, dict]]:
        """The algorithm runs: status (to a temporary file when Dynamik follows), Dynamik."""
        output = self.outputFile.filePath() or "TEMPORARY_OUTPUT"
        final = QgsProcessingOutputLayerDefinition(output, QgsProject.instance())
        year = self.status_year()
        if self.dynamikGroup.isChecked():
            t0 = self.yearT0Combo.currentData()
            final.destinationName = self.tr("Sozialindex {0}").format(f"{t0}–{year}" if t0 and year else "")
            if not self.dynamikTable.rowCount():
                raise QgsProcessingException(self.tr("The Dynamik step has no indicator pairs."))
            status_file = QgsProcessingUtils.generateTempFilename("sozialindex_status.gpkg")
            return [
                (STATUS_ALG, self.status_parameters(status_file)),
                (DYNAMIK_ALG, self.dynamik_parameters(None, final)),
            ]
        final.destinationName = self.tr("Sozialindex status {0}").format(year or "").strip()
        return [(STATUS_ALG, self.status_parameters(final))]

    def run(self) -> None:
        """Check the parameters and start the first algorithm in a background task."""
        if self.is_running():
            return
        self.context = self.processing_context()
        try:
            steps = self.build_steps()
            ok, message = self.status_alg.checkParameterValues(steps[0][1], self.context)
            if not ok:
                raise QgsProcessingException(message)
        except QgsProcessingException as err:
            self.statusLabel.setText(err.args[0] if err.args else str(err))
            return
        self.feedback = AssistantFeedback()
        self.feedback.progressChanged.connect(self.on_progress)
        self.steps, self.step_index, self.result_layer_id = steps, 0, ""
        self.set_running(True)
        self.start_step()

    def start_step(self) -> None:
        """Run the current step (the Dynamik reads the status output)."""
        alg_id, params = self.steps[self.step_index]
        if self.step_index > 0:
            params["INPUT"] = self.previous_output
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        self.statusLabel.setText(
            self.tr("Step {0} of {1}: {2}…").format(self.step_index + 1, len(self.steps), alg.displayName())
        )
        add_to_history(alg, params, self.context)
        self.current = (alg, params)
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        self.task.executed.connect(self.step_finished)
        QgsApplication.taskManager().addTask(self.task)

    def on_progress(self, progress: float) -> None:
        """Overall progress over the steps."""
        total = max(len(self.steps), 1)
        self.progressBar.setValue(int((self.step_index + progress / 100.0) / total * 100))

    def cancel(self) -> None:
        """Ask the running algorithm to stop."""
        if self.feedback is not None:
            self.feedback.cancel()
        self.statusLabel.setText(self.tr("Canceling…"))

    def step_finished(self, ok: bool, results: dict) -> None:
        """Next step, or load the result with its style."""
        self.task = None
        if not ok:
            if self.feedback.isCanceled():
                self.statusLabel.setText(self.tr("Canceled: no result was written to the project."))
            else:
                errors = "\n".join(self.feedback.errors) or self.tr("The algorithm failed.")
                self.statusLabel.setText(errors)
                self.iface.messageBar().pushWarning(self.tr("Sozialindex assistant"), errors.splitlines()[0])
            self.finish_run(False)
            return
        self.previous_output = results.get("OUTPUT")
        self.step_index += 1
        if self.step_index < len(self.steps):
            self.start_step()
            return
        try:
            self.load_results()
        except Exception as err:  # noqa: BLE001 - the run must end, with the reason shown
            self.statusLabel.setText(self.tr("The result could not be loaded: {0}").format(err))
            self.finish_run(False)
            return
        self.finish_run(True)

    def load_results(self) -> None:
        """Load the final output into the project (the algorithm's style post-processor applies)."""
        added = [layer.id() for layer in load_results(self.context, self.feedback)]
        project = QgsProject.instance()
        self.result_layer_id = added[-1] if added else ""
        layer = project.mapLayer(self.result_layer_id)
        if layer is not None:
            self.remove_preview_layer()
            self.statusLabel.setText(
                self.tr("Done: layer '{0}' with {1} areas added to the project.").format(
                    layer.name(), layer.featureCount()
                )
            )

    def finish_run(self, ok: bool) -> None:
        """Reset the run state and tell listeners."""
        if ok:
            self.progressBar.setValue(100)
        self.steps = []
        self.set_running(False)
        self.runFinished.emit(ok, self.result_layer_id)

    def set_running(self, running: bool) -> None:
        """Enable cancel while running; lock the inputs."""
        self.runButton.setEnabled(not running)
        self.cancelButton.setEnabled(running)
        self.tabs.setEnabled(not running)
        if running:
            self.progressBar.setValue(0)

    # ------------------------------------------------------------------ closing
    def cleanup(self) -> None:
        """Cancel a run and remove the preview layer."""
        if self.is_running():
            self.cancel()
        self.timer.stop()
        self.remove_preview_layer()

    def closeEvent(self, event) -> None:  # noqa: N802
        """Remove the preview layer when the dialog closes."""
        self.cleanup()
        super().closeEvent(event)


def open_sozialindex_assistant(iface) -> SozialindexAssistant:
    """Create and show the assistant."""
    dialog = SozialindexAssistant(iface)
    dialog.show()
    return dialog
