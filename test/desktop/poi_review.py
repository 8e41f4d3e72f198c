"""SP_EXTRA script for the desktop test: poimatch on the demo data, review dialog, decisions.

Runs inside QGIS (globals ``report`` and ``iface``); results go to report["poi_review"].
"""
# ruff: noqa: F821 - report and iface are globals given by test/desktop/startup.py

import os

import processing
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from sozialplanung.algorithms.base import to_python
from sozialplanung.ui.poi_review import open_poi_review

out_dir = os.path.dirname(os.environ["SP_REPORT"])
demo = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.environ["SP_EXTRA"]))), "data", "oberhausen_demo.gpkg"
)
popup = QApplication.activePopupWidget()
if popup is not None:
    popup.close()
paths = {
    k: os.path.join(out_dir, f"{k.lower()}.gpkg") for k in ("OUTPUT_REGISTER", "OUTPUT_NEW", "OUTPUT_LINKS")
}
for path in paths.values():
    if os.path.exists(path):
        os.remove(path)
processing.run(
    "sozialplanung:poimatch",
    {
        "REGISTER": f"{demo}|layername=einrichtungen",
        "REGISTER_ID": "einr_id",
        "REGISTER_NAME": "name",
        "REGISTER_CATEGORY": "kategorie",
        "REGISTER_ADDRESS": "adresse",
        "POIS": f"{demo}|layername=poi_osm",
        "POI_ID": "osm_id",
        "POI_NAME": "name",
        "POI_CATEGORY": "amenity",
        "POI_ADDRESS": "addr_street",
        "POI_HOUSENUMBER": "addr_housenumber",
        **paths,
    },
)
layers = {k: QgsVectorLayer(p, k, "ogr") for k, p in paths.items()}
project = QgsProject.instance()
project.addMapLayer(QgsVectorLayer(f"{demo}|layername=sozialquartiere", "Sozialquartiere", "ogr"))
for key in ("OUTPUT_LINKS", "OUTPUT_NEW", "OUTPUT_REGISTER"):
    project.addMapLayer(layers[key])
iface.setActiveLayer(layers["OUTPUT_REGISTER"])
dialog = open_poi_review(iface)
state = {"rows": dialog.entryTable.rowCount(), "register_layer": dialog.registerCombo.currentLayer().name()}
moved = next(k for k, e in enumerate(dialog.shown) if e.status == "verschoben")
dialog.select(moved)
entry = dialog.current()
state["accepted_id"] = entry.register_id
dialog.acceptButton.click()
unnamed = next(
    k for k, e in enumerate(dialog.shown) if e.status == "bestätigt" and e.review and not e.decision
)
dialog.select(unnamed)
rejected = dialog.current()
state["rejected_id"], state["rejected_poi"] = rejected.register_id, rejected.poi_id
dialog.rejectButton.click()
register = QgsVectorLayer(paths["OUTPUT_REGISTER"], "check", "ogr")  # read back from the file
for key, reg_id in (("accepted", state["accepted_id"]), ("rejected", state["rejected_id"])):
    feature = next(f for f in register.getFeatures() if str(f["einr_id"]) == reg_id)
    state[key] = [to_python(feature[n]) for n in ("pm_entscheidung", "pm_geprueft_am", "pm_abgelehnt")]
report["poi_review"] = state


def show_pair():
    """After QGIS zoomed to the new layers: show the accepted move on the map (screenshot)."""
    dialog.select(-1)
    dialog.entryTable.clearSelection()
    dialog.select(moved)
    iface.mapCanvas().waitWhileRendering()
    state["extent_width"] = iface.mapCanvas().extent().width()
    state["band_points"] = dialog.band.numberOfVertices() if dialog.band is not None else 0
    dialog.grab().save(os.path.join(out_dir, "poi_review_dialog.png"))
    project.setDirty(False)  # no "save project?" question when QGIS quits


screen = QApplication.primaryScreen().availableGeometry()
dialog.resize(760, 560)
dialog.move(screen.right() - 770, screen.top() + 120)
QTimer.singleShot(600, show_pair)
