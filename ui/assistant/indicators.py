"""The assistant's indicator table: field, denominator, direction and weight per row."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsFieldProxyModel, QgsVectorLayer
from qgis.gui import QgsDoubleSpinBox, QgsFieldComboBox
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHeaderView

from ...core.presets import Row


class IndicatorTable(QObject):
    """The rows of the form's ``indicatorTable`` with its add and remove buttons."""

    #: A row was added, removed or edited.
    changed = pyqtSignal()

    def __init__(self, form) -> None:
        super().__init__(form)
        self.table = form.indicatorTable
        self.layer: Optional[QgsVectorLayer] = None
        self.quiet = False
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        form.addRowButton.clicked.connect(lambda: self.add_row())
        form.removeRowButton.clicked.connect(self.remove_selected)

    def set_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        """The field pickers offer the fields of ``layer``."""
        self.layer = layer
        for row in range(self.table.rowCount()):
            for col in (0, 1):
                self.cell(row, col).setLayer(layer)

    def cell(self, row: int, col: int):
        """The editor widget of a table cell."""
        return self.table.cellWidget(row, col)

    def add_row(
        self, field: str = "", denominator: Optional[str] = "", direction: str = "+", weight: float = 1.0
    ) -> None:
        """A row with field pickers, direction and weight."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value, allow_empty in ((0, field, False), (1, denominator or "", True)):
            combo = QgsFieldComboBox()
            combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
            combo.setAllowEmptyFieldName(allow_empty)
            combo.setLayer(self.layer)
            combo.setField(value)
            combo.fieldChanged.connect(self.emit_changed)
            self.table.setCellWidget(row, col, combo)
        direction_combo = QComboBox()
        direction_combo.addItem(self.tr("+ (disadvantage)"), "+")
        direction_combo.addItem(self.tr("- (favourable)"), "-")
        direction_combo.setToolTip(
            self.tr("+: a higher value means more disadvantage; -: a higher value is favourable.")
        )
        direction_combo.setCurrentIndex(0 if direction == "+" else 1)
        direction_combo.currentIndexChanged.connect(self.emit_changed)
        self.table.setCellWidget(row, 2, direction_combo)
        spin = QgsDoubleSpinBox()
        spin.setRange(0.0, 100.0)
        spin.setSingleStep(0.5)
        spin.setClearValue(1.0)
        spin.setValue(weight)
        spin.valueChanged.connect(self.emit_changed)
        self.table.setCellWidget(row, 3, spin)
        self.emit_changed()

    def remove_selected(self) -> None:
        """Remove the selected rows (or the last one)."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)
        self.emit_changed()

    def emit_changed(self, *_args) -> None:
        """Tell listeners, unless the whole table is being replaced."""
        if not self.quiet:
            self.changed.emit()

    def rows(self) -> list[Row]:
        """The table as (field, denominator, direction, weight)."""
        return [
            (
                self.cell(row, 0).currentField(),
                self.cell(row, 1).currentField() or None,
                self.cell(row, 2).currentData(),
                self.cell(row, 3).value(),
            )
            for row in range(self.table.rowCount())
        ]

    def set_rows(self, rows: list[Row]) -> None:
        """Replace the table (one change signal)."""
        self.quiet = True
        try:
            self.table.setRowCount(0)
            for field, denominator, direction, weight in rows:
                self.add_row(field, denominator, direction, weight)
        finally:
            self.quiet = False
        self.changed.emit()

    def matrix(self) -> list[str]:
        """The INDICATORS matrix of sozialplanung:sozialindex."""
        flat: list[str] = []
        for field, denominator, direction, weight in self.rows():
            flat += [field, denominator or "", direction, f"{weight:g}"]
        return flat

    def is_empty(self) -> bool:
        """Whether the table has no rows."""
        return self.table.rowCount() == 0
