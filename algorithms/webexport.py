"""sozialplanung:webexport: the Sozialnavigator as a static website (Leaflet, GeoJSON)."""

from __future__ import annotations

import datetime
import json
import os
import shutil
from typing import Any, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core import webexport as core
from ..core.values import MethodError
from .base import PLUGIN_DIR, STYLE_DIR, SozialplanungAlgorithm, is_null, metric_crs_for, to_python

WEB_DIR = os.path.join(PLUGIN_DIR, "web")
LEAFLET_DIR = os.path.join(WEB_DIR, "vendor", "leaflet")
PAGE_FILES = ("sozialnavigator.js", "sozialnavigator.css")
GENERATOR = "Sozialplanung webexport"
CLASS_FIELD = "si_klasse"
CLASS_STYLE = "sozialindex_11.qml"
PX_PER_MM = 96 / 25.4
WGS84 = "EPSG:4326"


def style_classes(qml: str) -> list[dict[str, Any]]:
    """Legend entries of a categorised polygon style, read by QGIS: value, label, colours, hatch."""
    layer = QgsVectorLayer(f"Polygon?field={CLASS_FIELD}:string", "style", "memory")
    message, ok = layer.loadNamedStyle(qml)
    renderer = layer.renderer()
    if not ok or renderer is None or renderer.type() != "categorizedSymbol":
        raise QgsProcessingException(f"{qml}: {message}")
    classes = []
    for category in renderer.categories():
        entry: dict[str, Any] = {"value": to_python(category.value()) or "", "label": category.label()}
        entry.update(fill=None, stroke=None, hatch=None)
        for symbol_layer in category.symbol().symbolLayers():
            kind = symbol_layer.layerType()
            if kind == "SimpleFill" and entry["fill"] is None:
                entry["fill"] = symbol_layer.color().name()
                entry["stroke"] = symbol_layer.strokeColor().name()
            elif kind == "LinePatternFill" and entry["hatch"] is None:
                line = symbol_layer.subSymbol()
                entry["hatch"] = {
                    "color": (line or symbol_layer).color().name(),
                    "angle": symbol_layer.lineAngle(),
                    "spacing": round(symbol_layer.distance() * PX_PER_MM, 1),
                }
        entry["fill"] = entry["fill"] or category.symbol().color().name()
        classes.append(entry)
    return classes


class Reprojector:
    """Geometries to WGS84, simplified on the way in a metric CRS (the layer's, else UTM)."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, context, tolerance_m: float):
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        tc = context.transformContext()
        work = metric_crs_for(crs, extent, tc)
        self.to_work = QgsCoordinateTransform(crs, work, tc)
        self.to_wgs84 = QgsCoordinateTransform(work, wgs84, tc)
        self.tolerance = tolerance_m

    def geojson(self, geometry: QgsGeometry, simplify: bool) -> Optional[dict]:
        """GeoJSON geometry in WGS84, 2D, coordinates rounded to 6 decimals (about 0.1 m)."""
        g = QgsGeometry(geometry)
        g.get().dropZValue()
        g.get().dropMValue()
        g.transform(self.to_work)
        if simplify and self.tolerance > 0:
            simpler = g.simplify(self.tolerance)
            if simpler is not None and not simpler.isEmpty():
                g = simpler
        g.transform(self.to_wgs84)
        return json.loads(g.asJson(6))


class WebexportAlgorithm(SozialplanungAlgorithm):
    """Export Sozialindex areas and institutions as a static Leaflet site."""

    ALG_ID = "webexport"
    GROUP_ID = "berichte"

    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    INSTITUTIONS = "INSTITUTIONS"
    NAME_FIELD = "NAME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    ADDRESS_FIELD = "ADDRESS_FIELD"
    CONTACT_FIELD = "CONTACT_FIELD"
    TITLE = "TITLE"
    DATA_DATE = "DATA_DATE"
    BASEMAP_URL = "BASEMAP_URL"
    BASEMAP_ATTRIBUTION = "BASEMAP_ATTRIBUTION"
    SIMPLIFY = "SIMPLIFY"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    INDEX_HTML = "INDEX_HTML"
    AREA_COUNT = "AREA_COUNT"
    INSTITUTION_COUNT = "INSTITUTION_COUNT"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Export Sozialnavigator (web map)")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """Parameters as in SPEC.md."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.AREAS, self.tr("Areas with si_klasse"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            self.tr("Areas with the combined class si_klasse (output of Classify Dynamik, 11 classes)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.AREA_NAME_FIELD,
                self.tr("Area name field"),
                parentLayerParameterName=self.AREAS,
                optional=True,
            ),
            self.tr("Name of each area, shown in its popup."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INSTITUTIONS, self.tr("Institutions"), [QgsProcessing.SourceType.TypeVectorPoint]
            ),
            self.tr("Points of the social institutions (e.g. the register of Kitas, Familienzentren, ...)."),
        )
        fields = (
            (self.NAME_FIELD, self.tr("Name field"), self.tr("Name of the institution (searchable)."), False),
            (
                self.CATEGORY_FIELD,
                self.tr("Category field"),
                self.tr("Category: marker colour and filter."),
                False,
            ),
            (self.ADDRESS_FIELD, self.tr("Address field"), self.tr("Address shown in the popup."), True),
            (
                self.CONTACT_FIELD,
                self.tr("Contact field"),
                self.tr("Telephone, e-mail or contact person."),
                True,
            ),
        )
        for name, label, help_text, optional in fields:
            self.add(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=self.INSTITUTIONS, optional=optional
                ),
                help_text,
            )
        self.add(
            QgsProcessingParameterString(self.TITLE, self.tr("Page title"), "Sozialnavigator"),
            self.tr("Title of the web page."),
        )
        self.add(
            QgsProcessingParameterString(self.DATA_DATE, self.tr("Date of the data"), "", optional=True),
            self.tr("Shown as 'Datenstand', e.g. 31.12.2023; empty: the date of the export."),
        )
        self.add(
            QgsProcessingParameterString(
                self.BASEMAP_URL, self.tr("Basemap URL (XYZ or WMS)"), "", optional=True
            ),
            self.tr(
                "Empty (default): no background map, the page loads nothing from other servers. "
                "Otherwise an XYZ tile URL with {z}/{x}/{y} or a WMS URL with LAYERS; the "
                "visitor's browser then loads the map images from that server."
            ),
        )
        self.add(
            QgsProcessingParameterString(
                self.BASEMAP_ATTRIBUTION, self.tr("Basemap attribution"), "", optional=True
            ),
            self.tr("Source note of the basemap shown on the map, e.g. '© OpenStreetMap-Mitwirkende'."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.SIMPLIFY,
                self.tr("Simplification tolerance (m)"),
                QgsProcessingParameterNumber.Type.Double,
                5.0,
                minValue=0.0,
            ),
            self.tr("Area outlines are simplified by this distance in metres (0: not at all)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")),
            self.tr("Folder for the website (index.html and its files); put it on any web server."),
        )
        self.addOutput(QgsProcessingOutputFile(self.INDEX_HTML, self.tr("Start page (index.html)")))
        self.addOutput(QgsProcessingOutputNumber(self.AREA_COUNT, self.tr("Number of areas")))
        self.addOutput(QgsProcessingOutputNumber(self.INSTITUTION_COUNT, self.tr("Number of institutions")))

    # ------------------------------------------------------------- reading
    def features(self, source: QgsProcessingFeatureSource, names: list[str], feedback, start: float):
        """(feature id, geometry, {field: python value}) of every feature; progress start..start+40."""
        fields = source.fields()
        request = QgsFeatureRequest().setSubsetOfAttributes([fields.lookupField(n) for n in names])
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        total = max(source.featureCount(), 1)
        for i, feat in enumerate(source.getFeatures(request, flags)):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled."))
            yield feat.id(), feat.geometry(), {n: to_python(feat[n]) for n in names}
            feedback.setProgress(start + 40.0 * i / total)

    def reprojector(self, source, name: str, context, tolerance: float) -> Reprojector:
        """A Reprojector for a source; a layer without valid CRS is an error."""
        crs = source.sourceCrs()
        if not crs.isValid():
            raise self.fail(self.tr("The layer of {0} has no coordinate reference system."), name)
        return Reprojector(crs, source.sourceExtent(), context, tolerance)

    def read_areas(self, parameters, context, feedback, classes) -> tuple[list[dict], list]:
        """GeoJSON features {name, klasse} of the areas; classes not in the style are errors."""
        source = self.source_or_fail(parameters, self.AREAS, context)
        name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context)
        self.check_fields(source, [CLASS_FIELD], self.AREAS)
        self.check_fields(source, [name_field], self.AREA_NAME_FIELD)
        known = {c["value"] for c in classes}
        proj = self.reprojector(
            source, self.AREAS, context, self.parameterAsDouble(parameters, self.SIMPLIFY, context)
        )
        out, skipped = [], 0
        names = [CLASS_FIELD] + ([name_field] if name_field else [])
        for fid, geometry, attrs in self.features(source, names, feedback, 0.0):
            klasse = attrs[CLASS_FIELD]
            klasse = None if is_null(klasse) or str(klasse).strip() == "" else str(klasse)
            if klasse is not None and klasse not in known:
                raise self.fail(
                    self.tr(
                        "Area {0}: {1} '{2}' is not one of the 11 classes of {3} "
                        "(use the Oberhausen scheme in Classify Dynamik)."
                    ),
                    attrs.get(name_field, fid) if name_field else fid,
                    CLASS_FIELD,
                    klasse,
                    CLASS_STYLE,
                )
            if geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            props = {"name": None if not name_field else to_text(attrs[name_field]), "klasse": klasse}
            out.append(core.feature(self.transform(proj, geometry, True, fid), props))
        if skipped:
            feedback.pushWarning(self.tr("{0} areas without geometry are left out.").format(skipped))
        return out, [f["properties"]["klasse"] for f in out]

    def read_institutions(self, parameters, context, feedback) -> list[dict]:
        """GeoJSON point features {name, kategorie, adresse, kontakt} of the institutions."""
        source = self.source_or_fail(parameters, self.INSTITUTIONS, context)
        keys = {
            "name": self.parameterAsString(parameters, self.NAME_FIELD, context),
            "kategorie": self.parameterAsString(parameters, self.CATEGORY_FIELD, context),
            "adresse": self.parameterAsString(parameters, self.ADDRESS_FIELD, context),
            "kontakt": self.parameterAsString(parameters, self.CONTACT_FIELD, context),
        }
        for key, param in (("name", self.NAME_FIELD), ("kategorie", self.CATEGORY_FIELD)):
            if not keys[key]:
                raise self.fail(self.tr("{0} is needed."), param)
        for key, param in zip(
            keys, (self.NAME_FIELD, self.CATEGORY_FIELD, self.ADDRESS_FIELD, self.CONTACT_FIELD)
        ):
            self.check_fields(source, [keys[key]], param)
        proj = self.reprojector(source, self.INSTITUTIONS, context, 0.0)
        used = {k: f for k, f in keys.items() if f}
        out, unnamed, no_geometry = [], 0, 0
        for fid, geometry, attrs in self.features(source, list(dict.fromkeys(used.values())), feedback, 40.0):
            props = {k: to_text(attrs[f]) for k, f in used.items()}
            if not props["name"]:
                unnamed += 1
                continue
            if geometry.isNull() or geometry.isEmpty():
                no_geometry += 1
                continue
            props["kategorie"] = props["kategorie"] or core.NO_CATEGORY
            point = geometry.centroid() if geometry.isMultipart() else geometry
            out.append(core.feature(self.transform(proj, point, False, fid), props))
        if unnamed:
            feedback.pushWarning(self.tr("{0} institutions without a name are left out.").format(unnamed))
        if no_geometry:
            feedback.pushWarning(
                self.tr("{0} institutions without geometry are left out.").format(no_geometry)
            )
        if not out:
            raise self.fail(self.tr("No institution with name and location in {0}."), self.INSTITUTIONS)
        return out

    def transform(self, proj: Reprojector, geometry: QgsGeometry, simplify: bool, fid: int) -> Optional[dict]:
        """Reproject one geometry; a failing transformation names the feature."""
        try:
            return proj.geojson(geometry, simplify)
        except QgsCsException as err:
            raise self.fail(self.tr("Feature {0} cannot be transformed to WGS84: {1}"), fid, err) from None

    # ------------------------------------------------------------- writing
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Validate and read everything, then write the site in one go."""
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or "Sozialnavigator"
        date = self.parameterAsString(parameters, self.DATA_DATE, context).strip()
        date = date or datetime.date.today().strftime("%d.%m.%Y")
        try:
            basemap = core.parse_basemap(
                self.parameterAsString(parameters, self.BASEMAP_URL, context),
                self.parameterAsString(parameters, self.BASEMAP_ATTRIBUTION, context),
            )
        except MethodError as err:
            raise self.method_error(err) from None
        if not os.path.isfile(os.path.join(LEAFLET_DIR, "leaflet.js")):
            raise self.fail(
                self.tr("The map library is missing in {0}: run 'make vendor' in the plugin folder."),
                LEAFLET_DIR,
            )
        index = os.path.join(folder, "index.html")
        if os.path.exists(index) and GENERATOR not in read_text(index):
            raise self.fail(
                self.tr("{0} exists and was not written by this algorithm: choose an empty folder."), index
            )
        if not os.path.exists(index) and os.path.isdir(folder) and os.listdir(folder):
            raise self.fail(
                self.tr(
                    "{0} holds other files and no index.html of an earlier export: choose an empty folder."
                ),
                folder,
            )
        classes = style_classes(os.path.join(STYLE_DIR, CLASS_STYLE))
        areas, values = self.read_areas(parameters, context, feedback, classes)
        institutions = self.read_institutions(parameters, context, feedback)
        colours = core.category_colours(f["properties"]["kategorie"] for f in institutions)
        if len(colours) > len(core.OKABE_ITO):
            feedback.pushWarning(
                self.tr("{0} categories but only {1} distinguishable colours: colours repeat.").format(
                    len(colours), len(core.OKABE_ITO)
                )
            )
        counts = {c: 0 for c in colours}
        for f in institutions:
            counts[f["properties"]["kategorie"]] += 1
        config = {
            "titel": title,
            "datum": date,
            "klassen": core.class_counts(classes, values),
            "kategorien": [{"name": c, "farbe": colours[c], "anzahl": counts[c]} for c in colours],
            "hintergrund": basemap,
        }
        gebiete, einrichtungen = core.feature_collection(areas), core.feature_collection(institutions)
        page = core.render_page(
            read_text(os.path.join(WEB_DIR, "index.html")),
            {
                "TITLE": title,
                "DATE": date,
                "CSP": core.content_security_policy(basemap),
                "GENERATOR": GENERATOR,
            },
            {"CONFIG": config, "AREAS": gebiete, "INSTITUTIONS": einrichtungen},
        )
        feedback.setProgress(85.0)
        try:
            os.makedirs(os.path.join(folder, "daten"), exist_ok=True)
            shutil.copytree(
                LEAFLET_DIR,
                os.path.join(folder, "vendor", "leaflet"),
                ignore=shutil.ignore_patterns(".*"),
                dirs_exist_ok=True,
            )
            for name in PAGE_FILES:
                shutil.copyfile(os.path.join(WEB_DIR, name), os.path.join(folder, name))
            for name, data in (("gebiete", gebiete), ("einrichtungen", einrichtungen)):
                with open(os.path.join(folder, "daten", f"{name}.geojson"), "w", encoding="utf-8") as handle:
                    handle.write(core.to_json(data))
            with open(index, "w", encoding="utf-8") as handle:
                handle.write(page)
        except OSError as err:
            raise self.fail(self.tr("The website cannot be written to {0}: {1}"), folder, err) from None
        feedback.pushInfo(
            self.tr("Sozialnavigator with {0} areas and {1} institutions in {2}").format(
                len(areas), len(institutions), folder
            )
        )
        return {
            self.OUTPUT_FOLDER: folder,
            self.INDEX_HTML: index,
            self.AREA_COUNT: len(areas),
            self.INSTITUTION_COUNT: len(institutions),
        }


def to_text(value: Any) -> Optional[str]:
    """Attribute as stripped text (None for NULL or blank); whole floats without '.0'."""
    if is_null(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def read_text(path: str) -> str:
    """A text file's content."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()
