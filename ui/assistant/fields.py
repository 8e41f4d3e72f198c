"""The assistant's data step: layer, id/population/exclusion fields and the indicator presets."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...core import presets
from .dynamik import DynamikPairs
from .indicators import IndicatorTable

#: How many id-field candidates are checked for unique values.
ID_CANDIDATES_CHECKED = 3


class LayerFields(QObject):
    """The chosen layer and its id, population and exclusion fields (guessed from the names)."""

    #: The layer changed (a QgsVectorLayer or None); the field pickers already follow it.
    layerChanged = pyqtSignal(object)  # noqa: N815
    #: A field choice changed.
    changed = pyqtSignal()

    def __init__(self, form) -> None:
        super().__init__(form)
        self.form = form
        self.current: Optional[QgsVectorLayer] = None
        form.layerCombo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        form.populationField.setFilters(QgsFieldProxyModel.Filter.Numeric)
        form.populationField.setAllowEmptyFieldName(True)
        form.excludeField.setAllowEmptyFieldName(True)
        form.layerCombo.layerChanged.connect(self.set_layer)
        for combo in self.pickers():
            combo.fieldChanged.connect(self.notify)

    def pickers(self) -> tuple:
        """The id, population and exclusion field pickers."""
        return self.form.idField, self.form.populationField, self.form.excludeField

    def notify(self, *_args) -> None:
        """Tell listeners that a field choice changed."""
        self.changed.emit()

    def layer(self) -> Optional[QgsVectorLayer]:
        """The chosen vector layer."""
        return self.current

    def names(self) -> list[str]:
        """The field names of the layer (none without a layer)."""
        return self.current.fields().names() if self.current is not None else []

    def set_layer(self, layer) -> None:
        """Field pickers follow the layer; guess id and population; the years of the fields."""
        if layer is self.current:
            return  # the combo also signals when rows before the current one change
        self.current = layer if isinstance(layer, QgsVectorLayer) else None
        for combo in self.pickers():
            combo.setLayer(self.current)
        self.form.excludeField.setField("")
        names = self.names()
        years = presets.field_years(names)
        if self.current is not None:
            self.form.idField.setField(self.guess_id_field(self.current))
            self.form.populationField.setField(
                presets.population_field(names, years[0] if years else None) or ""
            )
        self.form.yearCombo.clear()
        self.form.yearCombo.addItem(self.tr("latest complete"), None)
        for year in years:
            self.form.yearCombo.addItem(year, year)
        self.layerChanged.emit(self.current)

    @staticmethod
    def guess_id_field(layer: QgsVectorLayer) -> str:
        """First likely id field with unique values (or the first candidate)."""
        names = presets.id_field_candidates(layer.fields().names())
        count = layer.featureCount()
        for name in names[:ID_CANDIDATES_CHECKED]:
            if len(layer.uniqueValues(layer.fields().lookupField(name))) == count:
                return name
        return names[0] if names else ""

    def id_field(self) -> str:
        """The chosen id field."""
        return self.form.idField.currentField()

    def population_field(self) -> Optional[str]:
        """The chosen population field, if any."""
        return self.form.populationField.currentField() or None

    def exclude_field(self) -> Optional[str]:
        """The chosen exclusion field, if any."""
        return self.form.excludeField.currentField() or None


class Presets(QObject):
    """Fills the indicator table (population field, Dynamik years) from a preset matched to the fields."""

    def __init__(self, form, fields: LayerFields, indicators: IndicatorTable, dynamik: DynamikPairs) -> None:
        super().__init__(form)
        self.form = form
        self.fields = fields
        self.indicators = indicators
        self.dynamik = dynamik
        form.presetCombo.addItem(self.tr("Oberhausen: seven indicators"), "oberhausen")
        form.presetCombo.addItem(self.tr("Berlin MSS: S1, S3, S4"), "berlin")
        form.applyPresetButton.clicked.connect(lambda: self.apply())

    def apply(self, quiet: bool = False) -> None:
        """Fill the table from the chosen preset and the layer's field names (``quiet``: only on a match)."""
        if self.fields.layer() is None:
            return
        names = self.fields.names()
        key = self.form.presetCombo.currentData()
        match = presets.match_preset(presets.PRESETS[key], names, self.form.yearCombo.currentData())
        if quiet and not match.rows:
            return
        self.indicators.set_rows(match.rows)
        if match.population:
            self.form.populationField.setField(match.population)
        earlier = [y for y in presets.field_years(names) if match.year and y < match.year]
        self.dynamik.choose(
            bool(earlier) or self.has_change_fields(match.rows), earlier[0] if earlier else None
        )
        text = self.tr("{0} of {1} indicators found").format(len(match.rows), len(presets.PRESETS[key]))
        if match.year:
            text += self.tr(" (year {0})").format(match.year)
        if match.missing:
            text += self.tr("; missing fields: {0}").format(", ".join(match.missing))
        self.form.presetMessage.setText(text + ".")

    def has_change_fields(self, rows: list[presets.Row]) -> bool:
        """Whether the layer has Berlin-style change fields (D1...) for the rows."""
        found, _ = presets.change_rows(rows, None, None, self.fields.names())
        return bool(rows) and len(found) == len(rows)
