"""Dialog: browse a KomMonitor server's indicators, spatial units and georesources, load them.

Loading runs the Processing algorithm ``sozialplanung:kommonitor``; the dialog only
fetches the lists to choose from and builds the parameters.
"""

from __future__ import annotations

import os
from typing import Any, Optional

from qgis.core import QgsProcessing, QgsProcessingException, QgsProject, QgsSettings
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QTableWidgetItem

from ..algorithms.base import help_path
from ..algorithms.kommonitor import KomMonitorAlgorithm as K
from ..algorithms.kommonitor import KomMonitorClient, method_message
from ..core import kommonitor as core
from ..core.values import MethodError

ALG_ID = "sozialplanung:kommonitor"
SETTINGS = "sozialplanung/kommonitor/"
FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "kommonitor_dialog.ui"))
COL_NAME, COL_PREFIX, COL_DATES, COL_ID = range(4)


class KomMonitorDialog(QDialog, FORM_CLASS):
    """Choose server, spatial unit and indicators (or a georesource); load via Processing."""

    def __init__(self, iface=None, parent=None) -> None:
        super().__init__(parent or (iface.mainWindow() if iface else None))
        self.setupUi(self)
        self.iface = iface
        self.units: list[dict] = []
        self.indicators: list[dict] = []
        self.georesources: list[dict] = []
        self.load_button = QPushButton(self.tr("Load into project"))
        self.processing_button = QPushButton(self.tr("Open in Processing…"))
        self.buttonBox.addButton(self.load_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttonBox.addButton(self.processing_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.load_button.setObjectName("loadButton")
        self.processing_button.setObjectName("processingButton")
        self.load_button.clicked.connect(self.load)
        self.processing_button.clicked.connect(self.open_processing)
        self.buttonBox.helpRequested.connect(self.show_help)
        self.connectButton.clicked.connect(self.fetch_lists)
        self.urlEdit.textChanged.connect(self.update_buttons)
        self.unitCombo.currentIndexChanged.connect(self.fill_indicators)
        self.publicCheck.toggled.connect(self.authSelect.setDisabled)
        self.indicatorTable.horizontalHeader().setStretchLastSection(True)
        self.crsWidget.setOptionVisible(self.crsWidget.CrsOption.CrsNotSet, True)
        self.crsWidget.setNotSetText(self.tr("As served (EPSG:4326)"))
        project_crs = QgsProject.instance().crs()
        if project_crs.isValid():
            self.crsWidget.setCrs(project_crs)
        settings = QgsSettings()
        self.urlEdit.setText(settings.value(SETTINGS + "url", "", str))
        self.publicCheck.setChecked(settings.value(SETTINGS + "public", False, bool))
        self.authSelect.setConfigId(settings.value(SETTINGS + "authcfg", "", str))
        self.update_buttons()

    def tr(self, text: str) -> str:
        """Translate in the context of the dialog."""
        return QCoreApplication.translate("KomMonitorDialog", text)

    # -------------------------------------------------------------- server
    def client(self) -> KomMonitorClient:
        """A client for the entered server (raises MethodError on a bad URL or auth id)."""
        return KomMonitorClient(
            self.urlEdit.text().strip(), self.publicCheck.isChecked(), self.authSelect.configId(), 30
        )

    def fetch_lists(self) -> None:
        """Fetch spatial units, indicators and georesources and fill the choices."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            client = self.client()
            self.units = client.spatial_units()
            self.indicators = client.indicators()
            try:
                self.georesources = client.georesources()
            except MethodError:
                self.georesources = []  # indicators are usable without them
        except MethodError as err:
            self.show_status(method_message(err), error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        settings = QgsSettings()
        settings.setValue(SETTINGS + "url", self.urlEdit.text().strip())
        settings.setValue(SETTINGS + "public", self.publicCheck.isChecked())
        settings.setValue(SETTINGS + "authcfg", self.authSelect.configId())
        self.unitCombo.blockSignals(True)
        self.unitCombo.clear()
        for unit in self.units:
            self.unitCombo.addItem(core.spatial_unit_label(unit), unit.get("spatialUnitId"))
        self.unitCombo.blockSignals(False)
        self.georesourceCombo.clear()
        for geo in self.georesources:
            self.georesourceCombo.addItem(str(geo.get("datasetName")), geo.get("georesourceId"))
        self.fill_indicators()
        self.show_status(
            self.tr("{0} spatial units, {1} indicators, {2} georesources.").format(
                len(self.units), len(self.indicators), len(self.georesources)
            )
        )

    def fill_indicators(self) -> None:
        """The indicators applicable to the chosen spatial unit, with a suggested prefix."""
        unit_id = self.unitCombo.currentData()
        table = self.indicatorTable
        table.setRowCount(0)
        for ind in self.indicators:
            units = [u.get("spatialUnitId") for u in ind.get("applicableSpatialUnits") or []]
            if unit_id not in units:
                continue
            row = table.rowCount()
            table.insertRow(row)
            name = QTableWidgetItem(f"{ind.get('indicatorName')} [{ind.get('unit') or ''}]")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setData(Qt.ItemDataRole.UserRole, ind.get("indicatorId"))
            table.setItem(row, COL_NAME, name)
            abbreviation = str(ind.get("abbreviation") or ind.get("indicatorName") or "ind")
            table.setItem(row, COL_PREFIX, QTableWidgetItem(core.field_safe(abbreviation)[:20]))
            dates = sorted(ind.get("applicableDates") or [])
            text = f"{dates[0][:4]}–{dates[-1][:4]} ({len(dates)})" if dates else ""
            for col, value in ((COL_DATES, text), (COL_ID, str(ind.get("indicatorId")))):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        self.update_buttons()

    def update_buttons(self) -> None:
        """Loading needs a URL."""
        enabled = bool(self.urlEdit.text().strip())
        self.load_button.setEnabled(enabled)
        self.processing_button.setEnabled(enabled)

    # ---------------------------------------------------------- parameters
    def checked_indicators(self) -> list[tuple[str, str]]:
        """(indicatorId, prefix) of the ticked rows."""
        result = []
        for row in range(self.indicatorTable.rowCount()):
            item = self.indicatorTable.item(row, COL_NAME)
            if item.checkState() == Qt.CheckState.Checked:
                prefix = self.indicatorTable.item(row, COL_PREFIX).text().strip()
                result.append((str(item.data(Qt.ItemDataRole.UserRole)), prefix))
        return result

    def parameters(self) -> dict[str, Any]:
        """Parameters of sozialplanung:kommonitor from the dialog."""
        params: dict[str, Any] = {
            K.BASE_URL: self.urlEdit.text().strip(),
            K.PUBLIC: self.publicCheck.isChecked(),
            K.AUTH_CONFIG: "" if self.publicCheck.isChecked() else self.authSelect.configId(),
            K.OUTPUT: QgsProcessing.TEMPORARY_OUTPUT,
        }
        crs = self.crsWidget.crs()
        if crs.isValid():
            params[K.TARGET_CRS] = crs.authid() or crs.toWkt()
        if self.resourceTabs.currentWidget() is self.georesourceTab:
            params[K.RESOURCE] = 1
            params[K.GEORESOURCE_ID] = self.georesourceCombo.currentData() or ""
            params[K.DATES] = self.georesourceDateEdit.text().strip()
        else:
            chosen = self.checked_indicators()
            params[K.RESOURCE] = 0
            params[K.SPATIAL_UNIT_ID] = self.unitCombo.currentData() or ""
            params[K.INDICATOR_IDS] = ",".join(i for i, _ in chosen)
            params[K.COLUMN_PREFIXES] = ",".join(p for _, p in chosen)
            params[K.DATES] = self.datesEdit.text().strip()
        return params

    def layer_name(self) -> str:
        """Name of the loaded layer: KomMonitor: <spatial unit or georesource>."""
        if self.resourceTabs.currentWidget() is self.georesourceTab:
            return f"KomMonitor: {self.georesourceCombo.currentText()}"
        return f"KomMonitor: {self.unitCombo.currentText()}"

    # ------------------------------------------------------------- actions
    def load(self) -> Optional[str]:
        """Run the algorithm and add the result to the project; returns the layer id."""
        import processing

        params = self.parameters()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = processing.run(ALG_ID, params)
        except QgsProcessingException as err:
            self.show_status(str(err), error=True)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        layer = result[K.OUTPUT]
        layer.setName(self.layer_name())
        QgsProject.instance().addMapLayer(layer)
        self.show_status(
            self.tr("Loaded {0} features into '{1}'.").format(layer.featureCount(), layer.name())
        )
        return layer.id()

    def open_processing(self) -> None:
        """The algorithm's Processing dialog, filled in (for batch, models, file output)."""
        import processing

        processing.execAlgorithmDialog(ALG_ID, self.parameters())

    def show_help(self) -> None:
        """The algorithm's help page."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(help_path("kommonitor")))

    def show_status(self, text: str, error: bool = False) -> None:
        """Message in the dialog (and the message bar for errors)."""
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #b00020;" if error else "")
        if error and self.iface is not None:
            self.iface.messageBar().pushWarning("KomMonitor", text)


def open_kommonitor_dialog(iface) -> KomMonitorDialog:
    """Open the KomMonitor dialog (non-modal) and return it."""
    dialog = KomMonitorDialog(iface)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
