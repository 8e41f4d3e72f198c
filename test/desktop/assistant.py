"""SP_EXTRA script run inside the real QGIS (globals: report, iface): use the plugin like a planner.

Opens the Sozialindex assistant from the plugin menu, fills it through its widgets
(layer, preset, Dynamik year), previews, runs, and checks the styled result; opens an
algorithm's Processing dialog and the user guide; saves screenshots next to the report.
"""

import os
import time
import traceback

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication, QDialog
from qgis.utils import plugins
from sozialplanung.algorithms.base import PLUGIN_DIR
from sozialplanung.algorithms.compat import history_commands

report = globals()["report"]  # given by startup.py
iface = globals()["iface"]
OUT = os.path.dirname(os.environ["SP_REPORT"])
plugin = plugins["sozialplanung"]
DEMO = os.path.join(PLUGIN_DIR, "data", "oberhausen_demo.gpkg")
report["shots"] = []
report["locale"] = QgsApplication.locale()


def wait(predicate, timeout=45.0):
    """Process events until predicate() holds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        if time.monotonic() > deadline:
            raise TimeoutError("waiting in the desktop script timed out")


def pause(seconds):
    """Let QGIS paint."""
    end = time.monotonic() + seconds
    wait(lambda: time.monotonic() > end)


def shot(widget, name):
    """Save a screenshot of a widget."""
    widget.grab().save(os.path.join(OUT, name))
    report["shots"].append(name)


def menu_action(name):
    """The plugin menu action with this object name."""
    return next((a for a in plugin.menu.actions() if a.objectName() == name), None)


def render_canvas():
    """Wait until the map canvas has drawn and the window looks the same twice in a row."""
    canvas = iface.mapCanvas()
    drawn = []
    canvas.mapCanvasRefreshed.connect(lambda: drawn.append(True))
    canvas.refreshAllLayers()
    wait(lambda: drawn and not canvas.isDrawing())
    view = iface.layerTreeView()  # the legend sizes its symbols after a render: lay it out anew
    for node in QgsProject.instance().layerTreeRoot().findLayers():
        view.layerTreeModel().refreshLayerLegend(node)
    view.scrollToTop()
    previous = None
    for _ in range(20):  # a slow machine may still be painting the legend or the status bar
        pause(0.3)
        image = iface.mainWindow().grab().toImage()
        if image == previous:
            break
        previous = image


def close_dialog_after(delay_ms, name, key, known):
    """Screenshot and close the dialog that is about to open in exec() (Processing dialogs block).

    Returns a list; append to it to stop looking (the call returned: no blocking dialog).
    """
    tries, stop = [30], []

    def close():
        if stop:
            return
        dialogs = [w for w in visible_dialogs() if w not in known]
        if not dialogs:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(300, close)
            return
        report[key] = dialogs[0].windowTitle()
        shot(dialogs[0], name)
        dialogs[0].reject()

    QTimer.singleShot(delay_ms, close)
    return stop


def visible_dialogs():
    """Top-level dialogs shown now."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


plugin.menu.hide()
report["menu_texts"] = {a.objectName(): a.text() for a in plugin.menu.actions() if a.objectName()}

# the demo blocks
layer = QgsVectorLayer(f"{DEMO}|layername=baubloecke", "Baublöcke (Demo)", "ogr")
layer.renderer().symbol().setColor(QColor("#9e9e9e"))  # not QGIS's random colour: screenshots repeat
QgsProject.instance().addMapLayer(layer)
iface.setActiveLayer(layer)
iface.zoomToActiveLayer()

# the assistant through its widgets
menu_action("sozialplanung_assistant").trigger()
dialog = plugin.dialogs["assistant"]
dialog.resize(1300, 760)
dialog.move(60, 60)
dialog.layerCombo.setLayer(layer)
dialog.presetCombo.setCurrentIndex(dialog.presetCombo.findData("oberhausen"))
dialog.applyPresetButton.click()
dialog.dynamikGroup.setChecked(True)
dialog.yearT0Combo.setCurrentIndex(dialog.yearT0Combo.findData("2021"))
previews = []
dialog.previewUpdated.connect(lambda: previews.append(dict(dialog.preview.class_counts())))
dialog.previewButton.click()
wait(lambda: previews)
report["assistant"] = {
    "title": dialog.windowTitle(),
    "tabs": [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())],
    "run_button": dialog.runButton.text(),
    "preset_message": dialog.presetMessage.text(),
    "id_field": dialog.idField.currentField(),
    "population_field": dialog.populationField.currentField(),
    "rows": [list(r) for r in dialog.indicators.rows()],
    "dynamik_rows": dialog.dynamikTable.rowCount(),
    "preview_counts": previews[-1],
    "histogram_values": dialog.histogram.bar_count(),
    "preview_layer": dialog.preview.map.layer() is not None,
    "standardization_options": [
        dialog.standardizationCombo.itemText(i) for i in range(dialog.standardizationCombo.count())
    ],
}
pause(0.5)
shot(dialog, "assistant_indikatoren.png")
for index, name in ((1, "assistant_methode.png"), (2, "assistant_dynamik.png")):
    dialog.tabs.setCurrentIndex(index)
    pause(0.3)
    shot(dialog, name)
dialog.tabs.setCurrentIndex(0)
render_canvas()
shot(iface.mainWindow(), "desktop_vorschau.png")

# run: sozialindex then dynamik in the background, result loaded with the 11-class style
finished = []
dialog.runFinished.connect(lambda ok, layer_id: finished.append((ok, layer_id)))
progress = []
dialog.progressBar.valueChanged.connect(progress.append)
dialog.runButton.click()
wait(lambda: finished)
ok, layer_id = finished[0]
result = QgsProject.instance().mapLayer(layer_id)
report["run"] = {
    "ok": ok,
    "status": dialog.statusLabel.text(),
    "progress_max": max(progress) if progress else 0,
    "layer": result.name() if result else None,
    "features": result.featureCount() if result else 0,
    "renderer_field": result.renderer().classAttribute() if result else None,
    "categories": len(result.renderer().categories()) if result else 0,
    "preview_removed": dialog.preview.map.layer() is None,
}
shot(dialog, "assistant_fertig.png")
report["history"] = [c for c in history_commands() if "sozialplanung:" in c]
dialog.close()
if result is not None:
    iface.setActiveLayer(result)
    iface.zoomToActiveLayer()
    QgsProject.instance().layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    QgsProject.instance().layerTreeRoot().findLayer(result.id()).setExpanded(True)
render_canvas()
shot(iface.mainWindow(), "desktop_ergebnis.png")

# an algorithm from the menu opens its Processing dialog
close_dialog_after(2500, "algorithmus_dialog.png", "algorithm_dialog", visible_dialogs())
menu_action("sozialplanung_dynamik").trigger()

# the user guide
menu_action("sozialplanung_help").trigger()
help_dialog = plugin.dialogs["help"]
pause(0.5)
report["help_chars"] = len(help_dialog.browser.toPlainText())
shot(help_dialog, "hilfe.png")
help_dialog.close()

# dialogs of other parts, when present
report["optional_dialogs"] = {}
for module, function, name in (
    ("poi_review", "open_poi_review", "sozialplanung_poi_review"),
    ("kommonitor_dialog", "open_kommonitor_dialog", "sozialplanung_kommonitor_dialog"),
):
    if menu_action(name) is None:
        continue
    try:
        stop = close_dialog_after(3000, f"{module}.png", f"{module}_modal", visible_dialogs())
        plugin.open_dialog(module, function)
        stop.append(True)
        opened = plugin.dialogs.get(module)
        if opened is not None and opened.isVisible():
            pause(0.5)
            shot(opened, f"{module}.png")
            opened.close()
        report["optional_dialogs"][module] = "ok"
    except Exception:  # noqa: BLE001 - reported, the dialog belongs to another part
        report["optional_dialogs"][module] = traceback.format_exc()

plugin.menu.popup(iface.mainWindow().mapToGlobal(iface.mainWindow().rect().center()))
