"""The assistant's Dynamik step: the earlier year and the field pairs t0/t1 of each indicator."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from ...core import presets
from .indicators import IndicatorTable


class DynamikPairs(QObject):
    """``dynamikGroup``: the year t0 and the pairs of sozialplanung:dynamik, following the indicator table."""

    #: The pairs or the Dynamik switch changed.
    changed = pyqtSignal()

    def __init__(self, form, names: Callable[[], list[str]], indicators: IndicatorTable) -> None:
        super().__init__(form)
        self.form = form
        self.names = names
        self.indicators = indicators
        form.dynamikTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        form.yearT0Combo.currentIndexChanged.connect(self.update)
        form.dynamikGroup.toggled.connect(self.update)

    def enabled(self) -> bool:
        """Whether the Dynamik step is switched on."""
        return self.form.dynamikGroup.isChecked()

    def has_pairs(self) -> bool:
        """Whether there are field pairs for the Dynamik."""
        return self.form.dynamikTable.rowCount() > 0

    def choose(self, enabled: bool, t0: Optional[str]) -> None:
        """Switch the step on or off and choose the year t0 (if given and offered)."""
        self.form.dynamikGroup.setChecked(enabled)
        if t0:
            self.form.yearT0Combo.setCurrentIndex(max(self.form.yearT0Combo.findData(t0), 0))

    def status_year(self) -> Optional[str]:
        """The year of the indicator fields, if they all carry the same one."""
        years = presets.field_years([r[0] for r in self.indicators.rows() if r[0]])
        return years[0] if len(years) == 1 else None

    def t0(self) -> Optional[str]:
        """The chosen earlier year."""
        return self.form.yearT0Combo.currentData()

    def update(self, *_args) -> None:
        """Earlier-year choices and the paired fields of the Dynamik step."""
        names = self.names()
        t1 = self.status_year()
        combo = self.form.yearT0Combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for year in presets.field_years(names):
            if t1 and year < t1:
                combo.addItem(year, year)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        rows, missing = presets.change_rows(self.indicators.rows(), t1, combo.currentData(), names)
        table = self.form.dynamikTable
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        text = ""
        if missing:
            text = self.tr("Not found for the Dynamik: {0}").format(", ".join(missing))
        elif not rows and not self.indicators.is_empty():
            text = self.tr("The indicator fields carry no year and the layer has no change fields.")
        self.form.dynamikMessage.setText(text)
        self.changed.emit()

    def matrix(self) -> list[str]:
        """The INDICATORS matrix of sozialplanung:dynamik from the paired fields."""
        table = self.form.dynamikTable
        return [table.item(r, c).text() for r in range(table.rowCount()) for c in range(6)]
