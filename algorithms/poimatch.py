"""sozialplanung:poimatch: match the register of social institutions with POIs."""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import poimatch as core
from .base import SozialplanungAlgorithm, is_null, to_python
from .compat import make_field
from .io import reading

SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
POINT = QgsWkbTypes.GeometryType.PointGeometry
POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
PRIOR_FIELDS = ("pm_entscheidung", "pm_poi_id", "pm_status", "pm_geprueft_am", "pm_abgelehnt")
LINK_FIELDS = (
    ("pm_register_id", "string"),
    ("pm_poi_id", "string"),
    ("pm_register_name", "string"),
    ("pm_poi_name", "string"),
    ("pm_status", "string"),
    ("pm_score", "double"),
    ("pm_dist_m", "double"),
    ("pm_pruefen", "int"),
)
REGISTER_TYPES = {
    "pm_name_score": "double",
    "pm_dist_m": "double",
    "pm_score": "double",
    "pm_pruefen": "int",
}
NEW_TYPES = {"pm_pruefen": "int"}


@dataclass
class Layer:
    """Attributes and metric coordinates of a point source."""

    fids: list
    x: np.ndarray
    y: np.ndarray
    columns: dict  # field name -> list of values


@dataclass
class Inputs:
    """Plain data for core (both layers' columns, the options) and for writing."""

    register: core.RegisterColumns
    pois: core.PoiColumns
    options: core.Options
    reg: Layer  # the register as read (feature ids, metric coordinates, attributes)
    poi: Layer  # the POIs as read
    reg_fields: dict  # parameter -> register field name (None: not chosen)


def column(layer: Layer, fields: dict, key: str) -> Optional[list]:
    """The values of the field chosen for parameter ``key`` (None: no field chosen)."""
    return layer.columns[fields[key]] if fields[key] else None


@dataclass(frozen=True)
class SocialFilter:
    """Keeps POIs whose OSM category field (amenity, shop, office ...) is empty or has a social
    value, so that shops and restaurants never reach Python: as an expression (IN / IS NULL,
    run as SQL by file and database providers) or as a mask over values read in bulk."""

    field: str
    values: frozenset

    @classmethod
    def of(cls, cats: core.Categories, category: Optional[str]) -> Optional[SocialFilter]:
        """None for other category fields (their values may be German words such as Kita)."""
        if not category or category.lower() not in core.KIND_KEYS:
            return None
        return cls(category, frozenset(v.lower() for v in cats.social_words()[0]))

    def expression(self) -> str:
        """The filter as a QGIS expression."""
        col = QgsExpression.quotedColumnRef(self.field)
        listed = ", ".join(QgsExpression.quotedString(v) for v in sorted(self.values))
        return f"{col} IS NULL OR {col} = '' OR lower({col}) IN ({listed})"

    def mask(self, values: Sequence) -> np.ndarray:
        """The filter over a column of values (None for NULL)."""
        return np.array([v is None or v == "" or str(v).lower() in self.values for v in values], dtype=bool)


def without_null(values) -> list:
    """Attribute values with NULL as None (fast for the usual str/int/float values)."""
    plain = (str, int, float)
    return [v if type(v) in plain else to_python(v) for v in values]


class PoiMatchAlgorithm(SozialplanungAlgorithm):
    """Match register entries with POIs: confirmed, moved, not found, new."""

    ALG_ID = "poimatch"
    GROUP_ID = "angebote"

    REGISTER = "REGISTER"
    REGISTER_ID = "REGISTER_ID"
    REGISTER_NAME = "REGISTER_NAME"
    REGISTER_CATEGORY = "REGISTER_CATEGORY"
    REGISTER_ADDRESS = "REGISTER_ADDRESS"
    REGISTER_HOUSENUMBER = "REGISTER_HOUSENUMBER"
    POIS = "POIS"
    POI_ID = "POI_ID"
    POI_NAME = "POI_NAME"
    POI_CATEGORY = "POI_CATEGORY"
    POI_ADDRESS = "POI_ADDRESS"
    POI_HOUSENUMBER = "POI_HOUSENUMBER"
    POI_TAGS = "POI_TAGS"
    MAX_DISTANCE = "MAX_DISTANCE"
    MOVED_DISTANCE = "MOVED_DISTANCE"
    MIN_SCORE = "MIN_SCORE"
    CATEGORY_MAP = "CATEGORY_MAP"
    OUTPUT_REGISTER = "OUTPUT_REGISTER"
    OUTPUT_NEW = "OUTPUT_NEW"
    OUTPUT_LINKS = "OUTPUT_LINKS"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Match institutions with POIs")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """Parameters as in SPEC.md (plus house number and tag fields)."""
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        self.add(
            QgsProcessingParameterFeatureSource(self.REGISTER, self.tr("Register of institutions"), point),
            self.tr("Points of the register (a reviewed result of an earlier run keeps its decisions)."),
        )
        self.add_field(self.REGISTER_ID, self.tr("Register id"), self.REGISTER, self.tr("Unique id."))
        self.add_field(self.REGISTER_NAME, self.tr("Register name"), self.REGISTER, self.tr("Name."))
        self.add_field(
            self.REGISTER_CATEGORY,
            self.tr("Register category"),
            self.REGISTER,
            self.tr("Category, e.g. Kita, Familienzentrum, Jugendzentrum."),
            True,
        )
        self.add_field(
            self.REGISTER_ADDRESS,
            self.tr("Register address (or street)"),
            self.REGISTER,
            self.tr("Address 'Street 12a', or the street when a house number field is given."),
            True,
        )
        self.add_field(
            self.REGISTER_HOUSENUMBER,
            self.tr("Register house number"),
            self.REGISTER,
            self.tr("House number when the address field holds only the street."),
            True,
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.POIS, self.tr("Points of interest"), point),
            self.tr("POIs, e.g. OpenStreetMap points from the OGR OSM driver."),
        )
        self.add_field(self.POI_ID, self.tr("POI id"), self.POIS, self.tr("Unique id, e.g. osm_id."))
        self.add_field(
            self.POI_NAME, self.tr("POI name"), self.POIS, self.tr("Name (empty: name tag of other_tags).")
        )
        self.add_field(
            self.POI_CATEGORY,
            self.tr("POI category"),
            self.POIS,
            self.tr("Category field, e.g. amenity; other_tags are read as well."),
            True,
        )
        self.add_field(
            self.POI_ADDRESS,
            self.tr("POI address (or street)"),
            self.POIS,
            self.tr("Address or street (e.g. addr_street); empty: addr:* tags of other_tags."),
            True,
        )
        self.add_field(
            self.POI_HOUSENUMBER,
            self.tr("POI house number"),
            self.POIS,
            self.tr("House number (e.g. addr_housenumber) when the address field holds only the street."),
            True,
        )
        self.add_field(
            self.POI_TAGS,
            self.tr("POI tags (hstore)"),
            self.POIS,
            self.tr("OSM tags as hstore text; empty: the field other_tags when the layer has it."),
            True,
            advanced=True,
        )
        for name, label, default, help_text in (
            (self.MAX_DISTANCE, self.tr("Maximum distance for a confirmation"), 250.0,
             self.tr("A match up to this distance is 'bestätigt'.")),
            (self.MOVED_DISTANCE, self.tr("Maximum distance for a move"), 3000.0,
             self.tr("A strong name match up to this distance is 'verschoben'.")),
        ):  # fmt: skip
            param = QgsProcessingParameterDistance(name, label, default, self.REGISTER, minValue=0.0)
            self.add(param, help_text)
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_SCORE,
                self.tr("Minimum score"),
                QgsProcessingParameterNumber.Type.Double,
                0.5,
                minValue=0.0,
                maxValue=1.0,
            ),
            self.tr(
                "Pairs below this score are not matched; up to 0.15 above it they are marked for review."
            ),
        )
        self.add(
            QgsProcessingParameterMatrix(
                self.CATEGORY_MAP,
                self.tr("Category mapping"),
                headers=["Registerkategorie", "POI-Kategorie"],
                optional=True,
            ),
            self.tr(
                "One pair per row: register category and a POI category (value, or OSM key=value). "
                "Empty: built-in mapping of German category words to OSM tags."
            ),
            advanced=True,
        )
        for name, label, kind in (
            (self.OUTPUT_REGISTER, self.tr("Register matched"), QgsProcessing.SourceType.TypeVectorPoint),
            (self.OUTPUT_NEW, self.tr("New institutions"), QgsProcessing.SourceType.TypeVectorPoint),
            (self.OUTPUT_LINKS, self.tr("Match lines"), QgsProcessing.SourceType.TypeVectorLine),
        ):
            self.add(QgsProcessingParameterFeatureSink(name, label, kind), label)

    def add_field(self, name, label, parent, help_text, optional=False, advanced=False) -> None:
        """A field parameter of a parent layer."""
        self.add(
            QgsProcessingParameterField(name, label, parentLayerParameterName=parent, optional=optional),
            help_text,
            advanced,
        )

    # ----------------------------------------------------------------- reading
    def read_pois(self, source, names, crs, context, feedback, keep: Optional[SocialFilter]) -> Layer:
        """The POIs: in bulk for a plain GeoPackage/Shapefile point layer in ``crs``, else ``read``."""
        single = source.wkbType() != QgsWkbTypes.Type.Unknown and not QgsWkbTypes.isMultiType(
            source.wkbType()
        )
        single = single and QgsWkbTypes.geometryType(source.wkbType()) == POINT
        select = None if keep is None else (keep.field, keep.mask)
        fast = reading.read_fast_points(source, names, crs, single, feedback, (0, 20), select)
        if fast is None:
            return self.read(source, names, crs, context, feedback, self.POIS, True, keep)
        fids, x, y, columns = fast
        return Layer(fids, x, y, dict(zip(names, columns)))

    def read(self, source, names, crs, context, feedback, label: str, skip_empty: bool, keep=None) -> Layer:
        """Attributes of ``names`` and coordinates in ``crs``; features without point are errors
        (register) or skipped with a warning (POIs); ``keep`` filters the POIs."""
        fields = source.fields()
        idx = [fields.lookupField(n) for n in names]
        request = QgsFeatureRequest().setSubsetOfAttributes(idx)
        if keep is not None:
            request.setFilterExpression(keep.expression())
            request.setExpressionContext(self.createExpressionContext({}, context, source))
        if source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        fids, xs, ys, rows = [], [], [], []
        skipped = 0
        total = max(source.featureCount(), 1)
        pick = itemgetter(*idx) if len(idx) > 1 else (lambda attrs: (attrs[idx[0]],))
        # a point layer takes the short path; other layers are checked feature by feature
        points = QgsWkbTypes.geometryType(source.wkbType()) == POINT
        multi = QgsWkbTypes.isMultiType(source.wkbType())
        surfaces = 0
        for n, feat in enumerate(source.getFeatures(request, SKIP_CHECKS)):
            if n % 5000 == 0:
                self.check_canceled(feedback)
                feedback.setProgress(20.0 * n / total)
            point = feat.geometry().constGet() if points else self.surface_point(feat, label, skip_empty)
            if point is None or point.isEmpty():
                if not skip_empty:
                    raise self.fail(self.tr("{0}: feature {1} has no geometry."), label, feat.id())
                skipped += 1
                continue
            if points and multi:
                point = point.geometryN(0)
            surfaces += not points and feat.geometry().type() == POLYGON
            fids.append(feat.id())
            xs.append(point.x())
            ys.append(point.y())
            rows.append(pick(feat.attributes()))
        if surfaces:
            feedback.pushInfo(
                self.tr("{0}: {1} polygons are matched at a point on their surface.").format(label, surfaces)
            )
        if skipped:
            feedback.pushWarning(
                self.tr("{0}: {1} features without geometry are skipped.").format(label, skipped)
            )
        columns = {name: without_null(col) for name, col in zip(names, zip(*rows))} if rows else {}
        columns = {name: columns.get(name, []) for name in names}
        return Layer(fids, np.array(xs, dtype=float), np.array(ys, dtype=float), columns)

    def surface_point(self, feat: QgsFeature, label: str, polygons: bool) -> Optional[QgsPointXY]:
        """The point of a feature of a mixed or polygon layer: polygons (POIs only) at a point on
        their surface; None when empty; other geometry types are an error naming the parameter."""
        geom = feat.geometry()
        if geom.isNull() or geom.isEmpty():
            return None
        kind = geom.type()
        if kind == POLYGON and polygons:  # OSM maps many institutions as building outlines
            return geom.pointOnSurface().asPoint()
        if kind != POINT:
            raise self.fail(
                self.tr("{0}: feature {1} is a {2}; points are needed{3}."),
                label,
                feat.id(),
                QgsWkbTypes.geometryDisplayString(kind),
                self.tr(" (or polygons)") if polygons else "",
            )
        return geom.asMultiPoint()[0] if geom.isMultipart() else geom.asPoint()

    def field_names(self, parameters, context, source, keys, param_of_source) -> dict:
        """Chosen field names (None when empty); checks that they exist."""
        out = {k: self.parameterAsString(parameters, k, context) or None for k in keys}
        for k, name in out.items():
            if name:
                self.check_fields(source, [name], k)
        for k in keys[:2]:
            if not out[k]:
                raise self.fail(self.tr("{0} is required ({1})."), k, param_of_source)
        return out

    def category_map(self, parameters, context) -> Optional[list[tuple[str, str]]]:
        """Rows of CATEGORY_MAP (None: built-in mapping)."""
        flat = self.parameterAsMatrix(parameters, self.CATEGORY_MAP, context) or []
        if not any(str(v).strip() for v in flat if not is_null(v)):
            return None
        rows = self.matrix_rows(parameters, self.CATEGORY_MAP, context, 2)
        for reg, poi in rows:
            if not reg or not poi:
                raise self.fail(
                    self.tr("CATEGORY_MAP: every row needs a register and a POI category: {0}"), [reg, poi]
                )
        return [(r, p) for r, p in rows] or None

    def options(self, parameters, context) -> core.Options:
        """Method options from the parameters."""
        return core.Options(
            self.parameterAsDouble(parameters, self.MAX_DISTANCE, context),
            self.parameterAsDouble(parameters, self.MOVED_DISTANCE, context),
            self.parameterAsDouble(parameters, self.MIN_SCORE, context),
            self.category_map(parameters, context),
        )

    # ----------------------------------------------------------------- running
    def prepare(self, parameters, context, feedback) -> Inputs:
        """Both layers in a metric CRS as plain columns for core (the sources kept for writing)."""
        register = self.source_or_fail(parameters, self.REGISTER, context)
        pois = self.source_or_fail(parameters, self.POIS, context)
        rf = self.field_names(
            parameters, context, register,
            (self.REGISTER_ID, self.REGISTER_NAME, self.REGISTER_CATEGORY, self.REGISTER_ADDRESS,
             self.REGISTER_HOUSENUMBER), self.REGISTER,
        )  # fmt: skip
        pf = self.field_names(
            parameters, context, pois,
            (self.POI_ID, self.POI_NAME, self.POI_CATEGORY, self.POI_ADDRESS, self.POI_HOUSENUMBER,
             self.POI_TAGS), self.POIS,
        )  # fmt: skip
        if not pf[self.POI_TAGS] and "other_tags" in pois.fields().names():
            pf[self.POI_TAGS] = "other_tags"
        opt = self.options(parameters, context)
        if opt.max_distance <= 0 or opt.moved_distance < opt.max_distance:
            raise self.fail(self.tr("MAX_DISTANCE must be > 0 and MOVED_DISTANCE at least MAX_DISTANCE."))
        reading.check_truncated(register, [*PRIOR_FIELDS, *core.REGISTER_FIELDS], self.REGISTER)
        crs = self.metric_crs(register, self.REGISTER, context, feedback)
        self.register_source, self.poi_source, self.work_crs = register, pois, crs
        prior_names = [n for n in PRIOR_FIELDS if n in register.fields().names()]
        reg_names = list(dict.fromkeys([v for v in rf.values() if v] + prior_names))
        reg = self.read(register, reg_names, crs, context, feedback, self.REGISTER, False)
        poi_names = list(dict.fromkeys(v for v in pf.values() if v))
        keep = SocialFilter.of(core.Categories(opt.category_map), pf[self.POI_CATEGORY])
        poi = self.read_pois(pois, poi_names, crs, context, feedback, keep)
        for layer, id_field in ((reg, rf[self.REGISTER_ID]), (poi, pf[self.POI_ID])):
            reading.check_ids(pd.Series(layer.columns[id_field], dtype=object).map(core.id_text), id_field)
        feedback.setProgress(25)
        priors = "pm_entscheidung" in prior_names
        return Inputs(self.register_columns(reg, rf, priors), self.poi_columns(poi, pf), opt, reg, poi, rf)

    def register_columns(self, reg: Layer, rf: dict, priors: bool) -> core.RegisterColumns:
        """The register's columns for core (``priors``: with the decisions of an earlier review)."""
        n = len(reg.fids)
        rows = None
        if priors:
            rows = [
                tuple(reg.columns[f][k] if f in reg.columns else None for f in PRIOR_FIELDS) for k in range(n)
            ]
        return core.RegisterColumns(
            reg.columns[rf[self.REGISTER_ID]], reg.x, reg.y, reg.columns[rf[self.REGISTER_NAME]],
            column(reg, rf, self.REGISTER_ADDRESS) or [None] * n, column(reg, rf, self.REGISTER_HOUSENUMBER),
            column(reg, rf, self.REGISTER_CATEGORY), rows,
        )  # fmt: skip

    def poi_columns(self, poi: Layer, pf: dict) -> core.PoiColumns:
        """The POIs' columns for core."""
        category = pf[self.POI_CATEGORY]
        return core.PoiColumns(
            poi.columns[pf[self.POI_ID]], poi.x, poi.y, poi.columns[pf[self.POI_NAME]],
            column(poi, pf, self.POI_ADDRESS) or [None] * len(poi.fids), column(poi, pf, self.POI_HOUSENUMBER),
            column(poi, pf, self.POI_CATEGORY), column(poi, pf, self.POI_TAGS), category.lower() if category else "",
        )  # fmt: skip

    def compute(self, inputs: Inputs, feedback) -> core.MatchResult:
        """The matching in core (progress 40 to 80 %)."""
        return core.match_columns(
            inputs.register, inputs.pois, inputs.options, lambda share: feedback.setProgress(40 + 40 * share)
        )

    def write(self, result: core.MatchResult, inputs: Inputs, parameters, context, feedback) -> dict:
        """The counts in the log; the register, the new POIs and the lines."""
        for status in core.STATUSES:
            feedback.pushInfo(f"{status}: {result.stats.get(status, 0)}")
        feedback.pushInfo(self.tr("Marked for review: {0}").format(result.stats["review"]))
        outputs = self.write_register(parameters, context, feedback, inputs.reg, result)
        outputs.update(self.write_new(parameters, context, feedback, inputs.poi, result))
        outputs.update(self.write_links(parameters, context, inputs, result))
        return outputs

    # ----------------------------------------------------------------- writing
    def write_register(self, parameters, context, feedback, reg: Layer, result) -> dict:
        """The register with the pm_* fields (fields of an earlier run are replaced silently)."""
        register = self.register_source
        new = [make_field(n, REGISTER_TYPES.get(n, "string")) for n in core.REGISTER_FIELDS]
        own = {n.lower() for n in core.REGISTER_FIELDS}
        kept = QgsFields()
        keep = []
        for k, f in enumerate(register.fields()):
            if f.name().lower() not in own:
                kept.append(f)
                keep.append(k)
        fields = QgsFields(kept)
        for f in new:
            fields.append(f)
        sink, dest = self.create_sink(parameters, self.OUTPUT_REGISTER, context, fields, register)
        self.write_rows(register, sink, fields, keep, reg.fids, result.register, feedback, (80.0, 92.0))
        self.style_output(dest, "poi_abgleich.qml", context)
        return {self.OUTPUT_REGISTER: dest}

    def write_new(self, parameters, context, feedback, poi: Layer, result) -> dict:
        """POIs listed as new, with their input fields and the pm_* fields."""
        pois = self.poi_source
        new = [make_field(n, NEW_TYPES.get(n, "string")) for n in core.NEW_FIELDS]
        fields, keep = self.output_fields(pois.fields(), new, feedback)
        points = QgsWkbTypes.geometryType(pois.wkbType()) == POINT
        wkb = None if points else QgsWkbTypes.Type.Point
        sink, dest = self.create_sink(parameters, self.OUTPUT_NEW, context, fields, pois, wkb)
        if len(result.new):
            fids = [poi.fids[p] for p in result.new["poi"]]
            rows = result.new.set_index(pd.Index(fids))[list(core.NEW_FIELDS)]
            request = QgsFeatureRequest().setFilterFids(fids)
            batch = []
            for feat in pois.getFeatures(request, SKIP_CHECKS):
                attrs = feat.attributes()
                out = QgsFeature(fields)
                geom = feat.geometry()
                out.setGeometry(geom.pointOnSurface() if geom.type() == POLYGON else geom)
                values = [to_python(v) for v in rows.loc[feat.id()].tolist()]
                out.setAttributes([attrs[k] for k in keep] + values)
                batch.append(out)
            self.add_features(sink, batch)
        self.style_output(dest, "poi_abgleich.qml", context)
        return {self.OUTPUT_NEW: dest}

    def write_links(self, parameters, context, inputs: Inputs, result) -> dict:
        """Lines from each register entry to its POI (in the register's CRS)."""
        register, crs = self.register_source, self.work_crs
        reg, poi, rf = inputs.reg, inputs.poi, inputs.reg_fields
        fields = QgsFields()
        for name, kind in LINK_FIELDS:
            fields.append(make_field(name, kind))
        sink, dest = self.create_sink(
            parameters, self.OUTPUT_LINKS, context, fields, register, QgsWkbTypes.Type.LineString
        )
        back = None
        if crs != register.sourceCrs():
            back = QgsCoordinateTransform(crs, register.sourceCrs(), context.transformContext())
        names = reg.columns[rf[self.REGISTER_NAME]]
        ids = reg.columns[rf[self.REGISTER_ID]]
        poi_ids = result.register["pm_poi_id"].tolist()
        poi_names = result.register["pm_poi_name"].tolist()
        batch = []
        for r, p, status, score, dist, review in result.links.itertuples(index=False):
            line = QgsGeometry.fromPolylineXY(
                [QgsPointXY(reg.x[r], reg.y[r]), QgsPointXY(poi.x[p], poi.y[p])]
            )
            if back is not None:
                line.transform(back)
            out = QgsFeature(fields)
            out.setGeometry(line)
            out.setAttributes(
                [core.id_text(ids[r]), poi_ids[r], names[r], poi_names[r], status, to_python(score),
                 to_python(dist), int(review)]
            )  # fmt: skip
            batch.append(out)
        self.add_features(sink, batch)
        self.style_output(dest, "poi_abgleich_links.qml", context)
        return {self.OUTPUT_LINKS: dest}
