"""The Sozialplanung plugin: Processing provider, menu and toolbar."""

from __future__ import annotations

import glob
import os
from typing import Optional

from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTranslator, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QInputDialog, QMenu

from .algorithms.base import ICON_PATH, PLUGIN_DIR, STYLE_DIR
from .algorithms.provider import ALGORITHMS, SozialplanungProvider

MENU_TITLE = "Sozialplanung"


def install_translator() -> Optional[QTranslator]:
    """Load i18n/sozialplanung_<locale>.qm for the QGIS locale (de_DE, then de)."""
    locale = QgsApplication.locale() or "en"
    for name in (locale, locale[:2]):
        path = os.path.join(PLUGIN_DIR, "i18n", f"sozialplanung_{name}.qm")
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


class SozialplanungPlugin:
    """Registers the provider (also in qgis_process) and, with a GUI, menu and toolbar."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider: Optional[SozialplanungProvider] = None
        self.translator = install_translator()
        self.actions: list[QAction] = []
        self.menu: Optional[QMenu] = None
        self.toolbar = None

    def tr(self, text: str) -> str:
        """Translate in the context of the plugin."""
        return QCoreApplication.translate("SozialplanungPlugin", text)

    def initProcessing(self) -> None:  # noqa: N802
        """Register the Processing provider (called by QGIS and qgis_process)."""
        if self.provider is None:
            self.provider = SozialplanungProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        """Provider first, then menu and toolbar."""
        self.initProcessing()
        self.menu = QMenu(MENU_TITLE, self.iface.mainWindow())
        self.menu.setObjectName("sozialplanungMenu")
        self.menu.setIcon(QIcon(ICON_PATH))
        self.toolbar = self.iface.addToolBar(MENU_TITLE)
        self.toolbar.setObjectName("sozialplanungToolbar")
        for cls in ALGORITHMS:
            alg = cls()
            action = self.add_action(alg.displayName(), lambda _=False, a=alg.ALG_ID: self.open_algorithm(a))
            action.setObjectName(f"sozialplanung_{alg.ALG_ID}")
            if alg.ALG_ID == "sozialindex":
                self.toolbar.addAction(action)
        self.menu.addSeparator()
        self.add_action(self.tr("Apply style to active layer…"), self.apply_style).setObjectName(
            "sozialplanung_apply_style"
        )
        self.add_action(self.tr("Help"), self.show_help).setObjectName("sozialplanung_help")
        self.iface.pluginMenu().addMenu(self.menu)

    def add_action(self, text: str, slot) -> QAction:
        """A menu action with the plugin icon."""
        action = QAction(QIcon(ICON_PATH), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.actions.append(action)
        return action

    def open_algorithm(self, alg_id: str) -> None:
        """Open the Processing dialog of an algorithm."""
        import processing

        processing.execAlgorithmDialog(f"sozialplanung:{alg_id}")

    def apply_style(self) -> None:
        """Pick a bundled style and apply it to the active vector layer."""
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer):
            self.iface.messageBar().pushWarning(MENU_TITLE, self.tr("Select a vector layer first."))
            return
        styles = sorted(os.path.basename(p) for p in glob.glob(os.path.join(STYLE_DIR, "*.qml")))
        name, ok = QInputDialog.getItem(
            self.iface.mainWindow(), MENU_TITLE, self.tr("Style:"), styles, 0, False
        )
        if ok and name:
            message, success = layer.loadNamedStyle(os.path.join(STYLE_DIR, name))
            if not success:
                self.iface.messageBar().pushWarning(MENU_TITLE, message)
            layer.triggerRepaint()

    def show_help(self) -> None:
        """Open the README (user guide) in the browser."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.join(PLUGIN_DIR, "README.md")))

    def unload(self) -> None:
        """Remove provider, menu, toolbar and translator."""
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.menu is not None:
            self.iface.pluginMenu().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        self.actions = []
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
