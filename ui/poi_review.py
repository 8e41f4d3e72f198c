"""Review dialog for the results of ``sozialplanung:poimatch``.

Lists register entries and new POIs by status and score, zooms the map to each pair
(link line drawn), records accept / reject / relink decisions in the result layers
(``pm_entscheidung``, ``pm_geprueft_am``) and exports the accepted changes as an
update list (GeoPackage and CSV). The logic lives in :class:`PoiReviewController`
(no widgets), the dialog only shows it. Open it with :func:`open_poi_review`.
"""

from __future__ import annotations

import csv
import datetime
import os
from dataclasses import dataclass
from typing import Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QTableWidgetItem

from ..algorithms.base import to_python
from ..algorithms.compat import make_field
from ..core.poimatch import (
    DECISION_ACCEPTED,
    DECISION_REJECTED,
    DECISION_RELINKED,
    STATUS_CONFIRMED,
    STATUS_MISSING,
    STATUS_MOVED,
    STATUS_NEW,
    STATUSES,
    id_text,
)

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "poi_review.ui"))
#: Update list actions (German, as the register keeps them).
NEW_COORDINATES, NEW_ENTRY, RETIRE = "neue Koordinaten", "neuer Eintrag", "auflösen"
EXPORT_FIELDS = ("aktion", "register_id", "poi_id", "name", "kategorie", "x", "y", "crs", "geprueft_am")
COLUMNS = ("Status", "Register", "POI", "Score", "m", "Entscheidung", "Hinweis")


def tr(text: str) -> str:
    """Translate in the context of the dialog."""
    return QCoreApplication.translate("PoiReviewDialog", text)


@dataclass
class Entry:
    """One row of the review list: a register entry or a new POI."""

    kind: str  # "register" or "new"
    fid: int
    status: str
    register_id: Optional[str]
    register_name: Optional[str]
    poi_id: Optional[str]
    poi_name: Optional[str]
    score: Optional[float]
    dist: Optional[float]
    review: bool
    decision: Optional[str]
    hint: Optional[str]


def _value(feature: QgsFeature, name: str):
    """Attribute as Python value (None for NULL or a missing field)."""
    index = feature.fields().lookupField(name)
    return to_python(feature.attributes()[index]) if index >= 0 else None


def _point(geometry: QgsGeometry, last: bool = False) -> Optional[QgsPointXY]:
    """First (or last) vertex of a geometry."""
    if geometry is None or geometry.isEmpty():
        return None
    vertices = list(geometry.vertices())
    vertex = vertices[-1] if last else vertices[0]
    return QgsPointXY(vertex.x(), vertex.y())


class PoiReviewController:
    """Review logic on the result layers of poimatch (testable without widgets)."""

    def __init__(
        self,
        register: QgsVectorLayer,
        links: Optional[QgsVectorLayer] = None,
        new: Optional[QgsVectorLayer] = None,
        max_distance: float = 250.0,
        today: Optional[datetime.date] = None,
    ) -> None:
        for layer, field in (
            (register, "pm_status"),
            (register, "pm_entscheidung"),
            (new, "pm_entscheidung"),
        ):
            if layer is not None and layer.fields().lookupField(field) < 0:
                raise ValueError(
                    tr("Layer '{0}' has no field {1}: not a poimatch result.").format(layer.name(), field)
                )
        self.register, self.links, self.new = register, links, new
        self.max_distance = max_distance
        self.today = (today or datetime.date.today()).isoformat()
        self.id_field, self.name_field = self._guess_fields()

    # ---------------------------------------------------------------- reading
    def _guess_fields(self) -> tuple[Optional[str], Optional[str]]:
        """Id and name fields of the register: those whose values the links layer repeats."""
        names = [f.name() for f in self.register.fields() if not f.name().startswith("pm_")]
        ids, labels = set(), set()
        for link in self.links.getFeatures() if self.links is not None else []:
            ids.add(id_text(_value(link, "pm_register_id")))
            labels.add(_value(link, "pm_register_name"))
        id_field = name_field = None
        if ids:
            for name in names:
                values = {id_text(_value(f, name)) for f in self.register.getFeatures()}
                if id_field is None and ids <= values:
                    id_field = name
                elif (
                    name_field is None
                    and labels
                    and labels <= {_value(f, name) for f in self.register.getFeatures()}
                ):
                    name_field = name
        fallback_name = next((n for n in names if "name" in n.lower()), names[1] if len(names) > 1 else None)
        return id_field or (names[0] if names else None), name_field or fallback_name

    def link_points(self) -> dict:
        """POI point of every register id (end of its link line)."""
        out = {}
        for link in self.links.getFeatures() if self.links is not None else []:
            out[id_text(_value(link, "pm_register_id"))] = _point(link.geometry(), last=True)
        return out

    def entries(self, status: Optional[str] = None, review_only: bool = False) -> list[Entry]:
        """Entries sorted by status (bestätigt, verschoben, nicht gefunden, neu), then
        marked for review first, then by score (lowest first)."""
        out = []
        for f in self.register.getFeatures():
            out.append(
                Entry("register", f.id(), _value(f, "pm_status"), id_text(_value(f, self.id_field)),
                      _value(f, self.name_field), _value(f, "pm_poi_id"), _value(f, "pm_poi_name"),
                      _value(f, "pm_score"), _value(f, "pm_dist_m"), bool(_value(f, "pm_pruefen")),
                      _value(f, "pm_entscheidung"), _value(f, "pm_hinweis"))
            )  # fmt: skip
        for f in self.new.getFeatures() if self.new is not None else []:
            out.append(
                Entry("new", f.id(), STATUS_NEW, _value(f, "pm_register_id"), None, _value(f, "pm_poi_id"),
                      _value(f, "pm_poi_name"), None, None, bool(_value(f, "pm_pruefen")),
                      _value(f, "pm_entscheidung"), _value(f, "pm_hinweis"))
            )  # fmt: skip
        if status:
            out = [e for e in out if e.status == status]
        if review_only:
            out = [e for e in out if e.review]
        order = {s: k for k, s in enumerate(STATUSES)}
        return sorted(out, key=lambda e: (order.get(e.status, 9), not e.review, e.score or 0.0, e.fid))

    def layer_of(self, entry: Entry) -> QgsVectorLayer:
        """The layer holding an entry."""
        return self.register if entry.kind == "register" else self.new

    def pair_points(self, entry: Entry) -> tuple[Optional[QgsPointXY], Optional[QgsPointXY]]:
        """(register point, POI point) of an entry in the register layer's CRS."""
        if entry.kind == "new":
            poi = _point(self.new.getFeature(entry.fid).geometry())
            return None, self._to_register(poi, self.new)
        reg = _point(self.register.getFeature(entry.fid).geometry())
        return reg, self.link_points().get(entry.register_id) if entry.poi_id else None

    def _to_register(self, point: Optional[QgsPointXY], layer: QgsVectorLayer) -> Optional[QgsPointXY]:
        """A point of ``layer`` in the register layer's CRS."""
        if point is None or layer.crs() == self.register.crs():
            return point
        transform = QgsCoordinateTransform(layer.crs(), self.register.crs(), QgsProject.instance())
        return transform.transform(point)

    def candidates(self, entry: Entry, radius: float = 1000.0) -> list[tuple[int, str, str, float]]:
        """New POIs not yet used near a register entry: (fid, POI id, name, distance), nearest first."""
        reg, _ = self.pair_points(entry)
        if entry.kind != "register" or reg is None or self.new is None:
            return []
        out = []
        for f in self.new.getFeatures():
            point = self._to_register(_point(f.geometry()), self.new)
            if point is None or _value(f, "pm_entscheidung") == DECISION_RELINKED:
                continue
            dist = point.distance(reg)
            if dist <= radius:
                out.append((f.id(), _value(f, "pm_poi_id"), _value(f, "pm_poi_name"), dist))
        return sorted(out, key=lambda c: c[3])

    # -------------------------------------------------------------- decisions
    def _write(self, layer: QgsVectorLayer, fid: int, values: dict) -> None:
        """Change attributes in an edit session (committed unless the user edits the layer)."""
        own = not layer.isEditable()
        if own and not layer.startEditing():
            raise RuntimeError(tr("Layer '{0}' cannot be edited.").format(layer.name()))
        for name, value in values.items():
            index = layer.fields().lookupField(name)
            if index >= 0:
                layer.changeAttributeValue(fid, index, value)
        if own and not layer.commitChanges():
            errors = "; ".join(layer.commitErrors())
            layer.rollBack()
            raise RuntimeError(tr("Changes to '{0}' not saved: {1}").format(layer.name(), errors))

    def accept(self, entry: Entry) -> None:
        """Accept the entry as it is (pair, new institution or closure)."""
        self._write(
            self.layer_of(entry),
            entry.fid,
            {"pm_entscheidung": DECISION_ACCEPTED, "pm_geprueft_am": self.today},
        )

    def reject(self, entry: Entry) -> None:
        """Reject the pair (its POI is remembered in pm_abgelehnt), the new POI or the closure."""
        values = {"pm_entscheidung": DECISION_REJECTED, "pm_geprueft_am": self.today}
        if entry.kind == "register" and entry.poi_id and entry.status != STATUS_MISSING:
            feature = self.register.getFeature(entry.fid)
            old = [p for p in (_value(feature, "pm_abgelehnt") or "").split(",") if p]
            values["pm_abgelehnt"] = ",".join(dict.fromkeys([*old, entry.poi_id]))
        self._write(self.layer_of(entry), entry.fid, values)

    def relink(self, entry: Entry, new_fid: int) -> None:
        """Link a register entry to a POI of the new layer instead."""
        if entry.kind != "register" or self.new is None:
            raise ValueError(tr("Only register entries can be relinked to a POI of the new layer."))
        poi = self.new.getFeature(new_fid)
        reg, _ = self.pair_points(entry)
        point = self._to_register(_point(poi.geometry()), self.new)
        dist = point.distance(reg) if reg is not None and point is not None else None
        status = STATUS_CONFIRMED if dist is not None and dist <= self.max_distance else STATUS_MOVED
        self._write(
            self.register,
            entry.fid,
            {"pm_status": status, "pm_poi_id": _value(poi, "pm_poi_id"), "pm_poi_name": _value(poi, "pm_poi_name"),
             "pm_dist_m": round(dist, 1) if dist is not None else None, "pm_score": None, "pm_name_score": None,
             "pm_entscheidung": DECISION_RELINKED, "pm_geprueft_am": self.today},
        )  # fmt: skip
        self._write(
            self.new,
            new_fid,
            {
                "pm_entscheidung": DECISION_RELINKED,
                "pm_register_id": entry.register_id,
                "pm_geprueft_am": self.today,
            },
        )
        if self.links is not None and reg is not None and point is not None:
            self._relink_line(entry, reg, point, status, _value(poi, "pm_poi_id"), _value(poi, "pm_poi_name"))

    def _relink_line(self, entry: Entry, reg, point, status, poi_id, poi_name) -> None:
        """Move (or add) the link line of a relinked entry."""
        geometry = QgsGeometry.fromPolylineXY([reg, point])
        if self.links.crs() != self.register.crs():
            geometry.transform(
                QgsCoordinateTransform(self.register.crs(), self.links.crs(), QgsProject.instance())
            )
        own = not self.links.isEditable()
        if own:
            self.links.startEditing()
        request = QgsFeatureRequest().setFilterExpression(f"\"pm_register_id\" = '{entry.register_id}'")
        found = next(iter(self.links.getFeatures(request)), None) if entry.register_id else None
        values = {"pm_poi_id": poi_id, "pm_poi_name": poi_name, "pm_status": status}
        if found is None:
            feature = QgsFeature(self.links.fields())
            feature.setGeometry(geometry)
            for name, value in {**values, "pm_register_id": entry.register_id}.items():
                if feature.fields().lookupField(name) >= 0:
                    feature[name] = value
            self.links.addFeature(feature)
        else:
            self.links.changeGeometry(found.id(), geometry)
            for name, value in values.items():
                self.links.changeAttributeValue(found.id(), self.links.fields().lookupField(name), value)
        if own:
            self.links.commitChanges()

    # ------------------------------------------------------------------ export
    def updates(self) -> list[dict]:
        """Accepted changes for the register: new coordinates, new entries, entries to retire."""
        crs = self.register.crs().authid()
        points = self.link_points()
        out = []
        for f in self.register.getFeatures():
            decision, status = _value(f, "pm_entscheidung"), _value(f, "pm_status")
            reg_id = id_text(_value(f, self.id_field))
            row = {"register_id": reg_id, "name": _value(f, self.name_field), "kategorie": None, "crs": crs,
                   "geprueft_am": _value(f, "pm_geprueft_am"), "poi_id": _value(f, "pm_poi_id")}  # fmt: skip
            if (
                decision in (DECISION_ACCEPTED, DECISION_RELINKED)
                and status == STATUS_MOVED
                and points.get(reg_id) is not None
            ):
                point = points[reg_id]
                out.append({**row, "aktion": NEW_COORDINATES, "x": point.x(), "y": point.y()})
            elif decision == DECISION_ACCEPTED and status == STATUS_MISSING:
                point = _point(f.geometry())
                out.append(
                    {
                        **row,
                        "aktion": RETIRE,
                        "x": point.x() if point else None,
                        "y": point.y() if point else None,
                    }
                )
        for f in self.new.getFeatures() if self.new is not None else []:
            if _value(f, "pm_entscheidung") == DECISION_ACCEPTED:
                point = self._to_register(_point(f.geometry()), self.new)
                out.append(
                    {"aktion": NEW_ENTRY, "register_id": None, "poi_id": _value(f, "pm_poi_id"),
                     "name": _value(f, "pm_poi_name"), "kategorie": _value(f, "pm_kategorie"),
                     "x": point.x() if point else None, "y": point.y() if point else None, "crs": crs,
                     "geprueft_am": _value(f, "pm_geprueft_am")}
                )  # fmt: skip
        return out

    def export(self, gpkg_path: str) -> tuple[str, str, int]:
        """Write the update list as GeoPackage (layer ``aktualisierung``) and CSV beside it."""
        rows = self.updates()
        fields = QgsFields()
        for name in EXPORT_FIELDS:
            fields.append(make_field(name, "double" if name in ("x", "y") else "string"))
        layer = QgsVectorLayer(f"Point?crs={self.register.crs().authid()}", "aktualisierung", "memory")
        layer.dataProvider().addAttributes(list(fields))
        layer.updateFields()
        features = []
        for row in rows:
            feature = QgsFeature(layer.fields())
            if row["x"] is not None:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row["x"], row["y"])))
            feature.setAttributes([row.get(n) for n in EXPORT_FIELDS])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "aktualisierung"
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, gpkg_path, QgsCoordinateTransformContext(), options
        )
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            raise RuntimeError(error[1])
        csv_path = os.path.splitext(gpkg_path)[0] + ".csv"
        with open(csv_path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=EXPORT_FIELDS, delimiter=";")
            writer.writeheader()
            for row in rows:
                writer.writerow({n: row.get(n) for n in EXPORT_FIELDS})
        return gpkg_path, csv_path, len(rows)


def _is_result(layer, fields: tuple[str, ...], geometry=None) -> bool:
    """A vector layer with the given fields (and geometry type)."""
    if not isinstance(layer, QgsVectorLayer):
        return False
    if geometry is not None and layer.geometryType() != geometry:
        return False
    return all(layer.fields().lookupField(f) >= 0 for f in fields)


def find_layers(project: QgsProject, active=None) -> tuple:
    """(register, links, new) result layers of the project (the active layer first)."""
    layers = ([active] if active is not None else []) + list(project.mapLayers().values())
    point, line = QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.LineGeometry

    def first(fields: tuple[str, ...], geometry):
        return next((layer for layer in layers if _is_result(layer, fields, geometry)), None)

    register = first(("pm_status", "pm_abgelehnt"), point)
    links = first(("pm_register_id", "pm_poi_id"), line)
    new = first(("pm_kategorie", "pm_entscheidung"), point)
    return register, links, new


class PoiReviewDialog(QDialog, FORM_CLASS):
    """Shows the controller's entries, the pair on the map, and takes the decisions."""

    def __init__(self, iface=None, register=None, links=None, new=None, parent=None) -> None:
        super().__init__(parent or (iface.mainWindow() if iface else None))
        self.setupUi(self)
        self.iface = iface
        self.controller: Optional[PoiReviewController] = None
        self.shown: list[Entry] = []
        self.band = self.marker = None
        point, line = QgsMapLayerProxyModel.Filter.PointLayer, QgsMapLayerProxyModel.Filter.LineLayer
        for combo, kind, layer in ((self.registerCombo, point, register), (self.linksCombo, line, links),
                                   (self.newCombo, point, new)):  # fmt: skip
            combo.setFilters(kind)
            combo.setAllowEmptyLayer(combo is not self.registerCombo)
            combo.setLayer(layer)
            combo.layerChanged.connect(self.load)
        self.filterCombo.addItem(tr("All"), None)
        for status in STATUSES:
            self.filterCombo.addItem(status, status)
        self.entryTable.setColumnCount(len(COLUMNS))
        self.entryTable.setHorizontalHeaderLabels(list(COLUMNS))
        self.entryTable.horizontalHeader().setStretchLastSection(True)
        self.filterCombo.currentIndexChanged.connect(self.fill)
        self.reviewOnlyCheck.toggled.connect(self.fill)
        self.entryTable.itemSelectionChanged.connect(self.show_entry)
        self.acceptButton.clicked.connect(lambda: self.decide(DECISION_ACCEPTED))
        self.rejectButton.clicked.connect(lambda: self.decide(DECISION_REJECTED))
        self.relinkButton.clicked.connect(lambda: self.decide(DECISION_RELINKED))
        self.exportButton.clicked.connect(self.export)
        self.finished.connect(self.clear_map)
        self.load()

    def load(self, *_args) -> None:
        """(Re)build the controller from the chosen layers."""
        try:
            self.controller = PoiReviewController(
                self.registerCombo.currentLayer(),
                self.linksCombo.currentLayer(),
                self.newCombo.currentLayer(),
            )
        except (ValueError, AttributeError) as err:
            self.controller = None
            self.detailLabel.setText(
                str(err) if isinstance(err, ValueError) else tr("Choose a poimatch result.")
            )
        self.fill()

    def fill(self, *_args) -> None:
        """Fill the table with the filtered entries."""
        self.shown = (
            self.controller.entries(self.filterCombo.currentData(), self.reviewOnlyCheck.isChecked())
            if self.controller
            else []
        )
        self.entryTable.setRowCount(len(self.shown))
        for row, e in enumerate(self.shown):
            values = (e.status, e.register_name or e.register_id, e.poi_name or e.poi_id,
                      "" if e.score is None else f"{e.score:.2f}", "" if e.dist is None else f"{e.dist:.0f}",
                      e.decision or "", e.hint or "")  # fmt: skip
            for col, value in enumerate(values):
                item = QTableWidgetItem("" if value is None else str(value))
                if e.review and not e.decision:
                    item.setBackground(QColor("#fff3bf"))
                self.entryTable.setItem(row, col, item)
        self.entryTable.resizeColumnsToContents()
        self.countLabel.setText(tr("{0} entries").format(len(self.shown)))
        self.update_buttons()

    def current(self) -> Optional[Entry]:
        """The selected entry."""
        rows = self.entryTable.selectionModel().selectedRows() if self.entryTable.selectionModel() else []
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def select(self, row: int) -> None:
        """Select a row (and show its pair)."""
        if 0 <= row < len(self.shown):
            self.entryTable.selectRow(row)

    def update_buttons(self) -> None:
        """Enable the buttons that apply to the selected entry."""
        entry = self.current()
        self.acceptButton.setEnabled(entry is not None)
        self.rejectButton.setEnabled(entry is not None)
        self.relinkButton.setEnabled(entry is not None and self.candidateCombo.count() > 0)
        self.exportButton.setEnabled(self.controller is not None)

    def show_entry(self) -> None:
        """Details, relink candidates and the pair on the map."""
        entry = self.current()
        self.candidateCombo.clear()
        if entry is None or self.controller is None:
            self.update_buttons()
            return
        self.detailLabel.setText(
            tr("{0}: {1} → {2} (score {3}, {4} m). {5}").format(
                entry.status, entry.register_name or entry.register_id or "–", entry.poi_name or entry.poi_id or "–",
                "–" if entry.score is None else f"{entry.score:.2f}", "–" if entry.dist is None else f"{entry.dist:.0f}",
                entry.hint or "",
            )
        )  # fmt: skip
        for fid, poi_id, name, dist in self.controller.candidates(entry):
            self.candidateCombo.addItem(f"{name or poi_id} ({dist:.0f} m)", fid)
        self.update_buttons()
        self.show_on_map(entry)

    def show_on_map(self, entry: Entry) -> None:
        """Zoom the canvas to the pair and draw the link line."""
        if self.iface is None:
            return
        from qgis.gui import QgsRubberBand, QgsVertexMarker

        canvas = self.iface.mapCanvas()
        self.clear_map()
        points = [p for p in self.controller.pair_points(entry) if p is not None]
        if not points:
            return
        transform = QgsCoordinateTransform(
            self.controller.register.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        points = [transform.transform(p) for p in points]
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.LineGeometry)
        self.band.setColor(QColor(215, 25, 28, 220))
        self.band.setWidth(3)
        for p in points:
            self.band.addPoint(p)
        self.marker = QgsVertexMarker(canvas)
        self.marker.setCenter(points[-1])
        self.marker.setColor(QColor(123, 50, 148))
        self.marker.setIconSize(14)
        self.marker.setPenWidth(3)
        rect = QgsRectangle(points[0], points[-1])
        units = 200.0 if not canvas.mapSettings().destinationCrs().isGeographic() else 0.002
        rect.grow(max(units, 0.3 * max(rect.width(), rect.height())))
        canvas.setExtent(rect)
        canvas.refresh()

    def clear_map(self, *_args) -> None:
        """Remove the line and marker from the canvas."""
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        for item in (self.band, self.marker):
            if item is not None:
                canvas.scene().removeItem(item)
        self.band = self.marker = None

    def decide(self, decision: str) -> None:
        """Record a decision for the selected entry and go on to the next one."""
        entry = self.current()
        if entry is None or self.controller is None:
            return
        row = self.entryTable.currentRow()
        try:
            if decision == DECISION_ACCEPTED:
                self.controller.accept(entry)
            elif decision == DECISION_REJECTED:
                self.controller.reject(entry)
            else:
                self.controller.relink(entry, self.candidateCombo.currentData())
        except (RuntimeError, ValueError) as err:
            self.detailLabel.setText(str(err))
            return
        for layer in (self.controller.register, self.controller.new, self.controller.links):
            if layer is not None:
                layer.triggerRepaint()
        self.fill()
        self.select(min(row + 1, len(self.shown) - 1))

    def export(self) -> None:
        """Ask for a file and export the update list."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Export update list"), "", "GeoPackage (*.gpkg)")
        if not path:
            return
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        try:
            gpkg, csv_path, n = self.controller.export(path)
        except (RuntimeError, OSError) as err:
            self.detailLabel.setText(str(err))
            return
        self.detailLabel.setText(tr("{0} changes written to {1} and {2}.").format(n, gpkg, csv_path))


_open_dialogs: list[PoiReviewDialog] = []


def open_poi_review(iface, register=None, links=None, new=None) -> PoiReviewDialog:
    """Open the review dialog (non-modal) on poimatch results of the project."""
    found = find_layers(QgsProject.instance(), iface.activeLayer() if iface is not None else None)
    dialog = PoiReviewDialog(iface, register or found[0], links or found[1], new or found[2])
    _open_dialogs[:] = [d for d in _open_dialogs if d.isVisible()] + [dialog]
    dialog.show()
    return dialog
