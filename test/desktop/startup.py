"""Startup script for the real QGIS desktop (qgis --code): inspect the plugin, screenshot, quit.

Writes a JSON report to $SP_REPORT and screenshots next to it. Runs inside QGIS.
"""

import json
import os
import threading
import traceback

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QMenu
from qgis.utils import active_plugins, iface

REPORT = os.environ["SP_REPORT"]
OUT_DIR = os.path.dirname(REPORT)
report = {"errors": [], "log": []}


def on_message(message, tag, level):
    """Collect warnings and Python errors from the QGIS message log."""
    entry = f"[{tag}] {message}"
    report["log"].append(entry)
    if "python" in (tag or "").lower() or level == Qgis.MessageLevel.Critical:
        report["errors"].append(entry)


QgsApplication.messageLog().messageReceived.connect(on_message)


def write_report():
    """Write the report collected so far."""
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)


def watchdog():
    """QGIS hangs (a dialog waits, a run never ends): report what was reached and quit hard."""
    report["watchdog"] = f"QGIS did not finish within {WATCHDOG} s; reached: {sorted(report)}"
    write_report()
    os._exit(3)


WATCHDOG = float(os.environ.get("SP_WATCHDOG", "50"))
timer = threading.Timer(WATCHDOG, watchdog)
timer.daemon = True
timer.start()


def plugin_menu():
    """The Sozialplanung submenu of the Plugins menu, or None."""
    for action in iface.pluginMenu().actions():
        if action.menu() is not None and action.menu().objectName() == "sozialplanungMenu":
            return action.menu()
    return None


def step_open_menu():
    """Open the plugin menu so that the screenshot shows it."""
    try:
        report["active"] = "sozialplanung" in active_plugins
        report["provider"] = QgsApplication.processingRegistry().providerById("sozialplanung") is not None
        menu = plugin_menu()
        report["menu_actions"] = [a.objectName() for a in menu.actions() if a.objectName()] if menu else []
        iface.mainWindow().showMaximized()
        if menu is not None:
            menu.popup(iface.mainWindow().mapToGlobal(iface.mainWindow().rect().center()))
        extra = os.environ.get("SP_EXTRA")
        if extra:
            with open(extra, encoding="utf-8") as handle:
                code = compile(handle.read(), extra, "exec")
            exec(code, {"report": report, "iface": iface})  # noqa: S102
    except Exception:  # noqa: BLE001 - reported to the test
        report["errors"].append(traceback.format_exc())
    QTimer.singleShot(1500, step_screenshot)


def step_screenshot():
    """Grab the whole screen (menus are separate windows) and the main window."""
    try:
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(os.path.join(OUT_DIR, "desktop_menu.png"))
        menu = iface.mainWindow().findChild(QMenu, "sozialplanungMenu")
        if menu is not None and menu.isVisible():  # where the menu texts are on the screenshot
            box = menu.geometry()
            report["menu_rect"] = [box.x(), box.y(), box.width(), box.height()]
        iface.mainWindow().grab().save(os.path.join(OUT_DIR, "desktop_main.png"))
        report["layers"] = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    except Exception:  # noqa: BLE001
        report["errors"].append(traceback.format_exc())
    timer.cancel()
    write_report()
    QgsApplication.instance().exit(0)


QTimer.singleShot(2000, step_open_menu)
