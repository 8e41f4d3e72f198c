"""The Sozialplanung plugin: Processing provider, menu and toolbar."""

from __future__ import annotations

import glob
import importlib
import os
from typing import Callable, Optional

from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QInputDialog, QMenu

from .algorithms.base import ICON_PATH, PLUGIN_DIR, STYLE_DIR
from .algorithms.provider import ALGORITHMS, SozialplanungProvider
from .core import threads

MENU_TITLE = "Sozialplanung"
#: Menu order of the algorithm groups; other groups (models) follow.
GROUP_ORDER = ("sozialindex", "angebote", "berichte")
#: Dialogs imported when first used: (module in ui/, function taking iface, action name).
DIALOGS = (
    ("poi_review", "open_poi_review", "sozialplanung_poi_review"),
    ("kommonitor_dialog", "open_kommonitor_dialog", "sozialplanung_kommonitor_dialog"),
)


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
        self.algorithm_actions: list[QAction] = []
        self.algorithm_anchor: Optional[QAction] = None
        self.menu: Optional[QMenu] = None
        self.toolbar = None
        self.dialogs: dict[str, object] = {}

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
        self.add_action(
            "sozialplanung_assistant", self.tr("Sozialindex assistant…"), self.open_assistant, toolbar=True
        )
        self.menu.addSeparator()
        self.algorithm_anchor = self.menu.addSeparator()
        self.add_algorithm_actions()
        self.provider.algorithmsLoaded.connect(self.add_algorithm_actions)
        self.add_action(
            "sozialplanung_apply_style",
            self.tr("Apply style to active layer…"),
            self.apply_style,
            toolbar=True,
        )
        texts = {
            "poi_review": self.tr("Review POI matches…"),
            "kommonitor_dialog": self.tr("KomMonitor: choose and load indicators…"),
        }
        for module, function, name in DIALOGS:
            self.add_action(name, texts[module], lambda _=False, m=module, f=function: self.open_dialog(m, f))
        self.menu.addSeparator()
        self.add_action("sozialplanung_help", self.tr("Help"), self.show_help)
        self.iface.pluginMenu().addMenu(self.menu)

    def add_action(self, name: str, text: str, slot: Callable, toolbar: bool = False) -> QAction:
        """A menu action with the plugin icon (and on the toolbar)."""
        action = QAction(QIcon(ICON_PATH), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def add_algorithm_actions(self) -> None:
        """One entry per algorithm of the provider in group and provider order (rebuilt on reload)."""
        for action in self.algorithm_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self.algorithm_actions = []
        if self.provider is None or self.menu is None:
            return

        known = [cls.ALG_ID for cls in ALGORITHMS]

        def order(alg) -> tuple:
            group = alg.groupId()
            rank = GROUP_ORDER.index(group) if group in GROUP_ORDER else len(GROUP_ORDER)
            position = known.index(alg.name()) if alg.name() in known else len(known)
            return rank, position, alg.displayName().lower()

        for alg in sorted(self.provider.algorithms(), key=order):
            action = QAction(alg.icon(), alg.displayName(), self.iface.mainWindow())
            action.setObjectName(f"sozialplanung_{alg.name()}")
            action.setToolTip(alg.id())
            action.setData(alg.id())
            action.triggered.connect(lambda _=False, a=action: self.open_algorithm(a.data()))
            self.menu.insertAction(self.algorithm_anchor, action)
            self.algorithm_actions.append(action)

    def open_algorithm(self, alg_id: str) -> None:
        """Open the Processing dialog of an algorithm."""
        import processing

        processing.execAlgorithmDialog(alg_id)

    def open_assistant(self) -> None:
        """Show the Sozialindex assistant (one instance)."""
        from .ui.sozialindex_assistant import SozialindexAssistant

        dialog = self.dialogs.get("assistant")
        if dialog is None:
            dialog = SozialindexAssistant(self.iface)
            self.dialogs["assistant"] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_dialog(self, module: str, function: str) -> None:
        """Open a dialog (its module is imported only when used)."""
        package = importlib.import_module(f"{__package__}.ui.{module}")
        result = getattr(package, function)(self.iface)
        if result is not None:
            self.dialogs[module] = result

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
        """Show the German user guide (docs/anleitung.md) inside QGIS."""
        from .ui.help_dialog import HelpDialog

        dialog = self.dialogs.get("help")
        if dialog is None:
            dialog = HelpDialog(self.iface.mainWindow())
            self.dialogs["help"] = dialog
        dialog.show()
        dialog.raise_()

    def unload(self) -> None:
        """Remove provider, menu, toolbar, dialogs and translator."""
        for dialog in self.dialogs.values():
            if isinstance(dialog, sip.wrapper) and sip.isdeleted(dialog):
                continue  # a dialog that deleted itself on close
            if hasattr(dialog, "cleanup"):
                dialog.cleanup()
            if hasattr(dialog, "close"):
                dialog.close()
            if hasattr(dialog, "deleteLater"):
                dialog.deleteLater()
        self.dialogs = {}
        if self.provider is not None:
            if self.menu is not None:
                self.provider.algorithmsLoaded.disconnect(self.add_algorithm_actions)
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.menu is not None:
            self.iface.pluginMenu().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        self.actions = []
        self.algorithm_actions = []
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        threads.shutdown()  # the kept worker threads of the numpy work
