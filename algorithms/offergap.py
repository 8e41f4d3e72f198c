"""sozialplanung:offergap: which areas with need lack which offers (floating catchment, gaps)."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import offergap as core
from .base import SozialplanungAlgorithm
from .compat import make_field
from .io import reading
from .network import StreetNetwork

SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
POINT = QgsWkbTypes.GeometryType.PointGeometry
#: Output field kind per measure.
KINDS = {"n": "int", "kap": "double", "je1000": "double", "zugang": "double", "dist": "double"}
KINDS.update({"abdeckung": "double", "luecke": "int"})


class OffergapAlgorithm(SozialplanungAlgorithm):
    """Offers per area, floating-catchment accessibility, coverage, distance, gaps and priority."""

    ALG_ID = "offergap"
    SHORT_NAME_OUTPUTS = frozenset({"OUTPUT_TABLE"})
    GROUP_ID = "angebote"

    AREAS = "AREAS"
    NEED_FIELD = "NEED_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    OFFERS = "OFFERS"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    DEMAND = "DEMAND"
    DEMAND_FIELD = "DEMAND_FIELD"
    RADIUS = "RADIUS"
    DECAY = "DECAY"
    GAP_RATIO = "GAP_RATIO"
    NETWORK = "NETWORK"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Analyse offer gaps")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """Parameters as in SPEC.md."""
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.add(
            QgsProcessingParameterFeatureSource(
                self.AREAS, self.tr("Areas (e.g. Sozialquartiere)"), polygons
            ),
            self.tr("Polygons with id, need and (optionally) the Sozialindex status; their fields are kept."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("Id field"), parentLayerParameterName=self.AREAS
            ),
            self.tr("Unique id of each area; duplicates are an error."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NEED_FIELD,
                self.tr("Need field (target population)"),
                parentLayerParameterName=self.AREAS,
            ),
            self.tr("Count of the target population per area, e.g. children under 6 or all inhabitants."),
        )
        self.add(
            QgsProcessingParameterField(
                self.STATUS_FIELD, self.tr("Status field"), parentLayerParameterName=self.AREAS, optional=True
            ),
            self.tr(
                "Sozialindex status (si_status or si_status_code) for the priority; empty: status unknown."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.OFFERS, self.tr("Offers (institutions)"), [QgsProcessing.SourceType.TypeVectorPoint]
            ),
            self.tr("Points of the offers, e.g. the institution register."),
        )
        self.add(
            QgsProcessingParameterField(
                self.CATEGORY_FIELD,
                self.tr("Category field"),
                parentLayerParameterName=self.OFFERS,
                optional=True,
            ),
            self.tr(
                "Offer category (e.g. Kita); each category gets its own fields. Empty: one category 'alle'."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CAPACITY_FIELD,
                self.tr("Capacity field"),
                parentLayerParameterName=self.OFFERS,
                optional=True,
            ),
            self.tr("Places or other capacity per offer; empty: 1 per offer. NULL: median of the category."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.DEMAND,
                self.tr("Demand locations (addresses, buildings, grid cells)"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            ),
            self.tr(
                "Where the need lives; each area's need is spread over its locations. Empty: area centres."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.DEMAND_FIELD,
                self.tr("Demand weight field"),
                parentLayerParameterName=self.DEMAND,
                optional=True,
            ),
            self.tr("Residents (or the target group) per demand location; empty: 1 per location."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.RADIUS,
                self.tr("Radius (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=1000.0,
                minValue=0.0,
            ),
            self.tr("Catchment radius in metres; a distance equal to the radius is inside."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.DECAY,
                self.tr("Distance decay"),
                [self.tr("None (2SFCA)"), self.tr("Linear (E2SFCA)"), self.tr("Gaussian (E2SFCA)")],
                defaultValue=0,
            ),
            self.tr(
                "Weight of an offer by distance inside the radius: none, 1 - d/R, or Gaussian to 0 at R."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.GAP_RATIO,
                self.tr("Gap ratio"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.5,
                minValue=0.0,
            ),
            self.tr("A gap where accessibility is below this share of the city-wide value."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.NETWORK,
                self.tr("Street network (optional)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            ),
            self.tr("Lines connected at shared vertices; distances follow them. Empty: straight lines."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Offer gaps"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("The areas with og_* fields per category, og_luecken and og_prioritaet."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE,
                self.tr("Offer gaps (long table)"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr("One row per area, category and measure, for charts and filters."),
        )

        # ------------------------------------------------------------------ reading
        self.add_number_format_parameter()

    def request(self, source, crs, context, attributes: Sequence[int] = ()) -> QgsFeatureRequest:
        """A request with the given attributes and geometries in the working CRS."""
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes(list(attributes))
        if crs.isValid() and source.sourceCrs().isValid() and source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        return request

    def area_geometries(self, areas, fids, ids, crs, context):
        """Rings (for point location) and point on surface of each area, in the working CRS."""
        rings_of, anchor_of = {}, {}
        for feat in areas.getFeatures(self.request(areas, crs, context), SKIP_CHECKS):
            geom = feat.geometry()
            if geom.isEmpty():
                continue
            if geom.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
                raise self.fail(
                    self.tr("{0} must be a polygon layer, not {1}."),
                    self.AREAS,
                    QgsWkbTypes.displayString(geom.wkbType()),
                )
            if QgsWkbTypes.isCurvedType(geom.wkbType()):
                geom = QgsGeometry(geom.constGet().segmentize())
            parts = geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]
            rings_of[feat.id()] = [
                np.array([(p.x(), p.y()) for p in ring]) for part in parts for ring in part
            ]
            point = geom.pointOnSurface().asPoint()
            anchor_of[feat.id()] = (point.x(), point.y())
        missing = [ident for fid, ident in zip(fids, ids) if fid not in rings_of]
        if missing:
            raise self.fail(self.tr("Area '{0}' has no geometry."), missing[0])
        anchors = np.array([anchor_of[fid] for fid in fids], dtype=float).reshape(-1, 2)
        return [rings_of[fid] for fid in fids], anchors

    def read_points(
        self, source, names: Sequence[str], crs, context, feedback, progress: tuple[float, float], numeric=()
    ):
        """Feature ids, x, y (points, or point on surface) and attribute values in one pass (the
        ``numeric`` ones may come as a float array, see ``reading.read_fast_points``)."""
        fields = source.fields()
        idx = [fields.lookupField(n) for n in names]
        single = source.wkbType() != QgsWkbTypes.Type.Unknown and (
            QgsWkbTypes.geometryType(source.wkbType()) == POINT
            and not QgsWkbTypes.isMultiType(source.wkbType())
        )
        fast = reading.read_fast_points(source, names, crs, single, feedback, progress, numeric=numeric)
        if fast is not None:
            return fast
        fids, xs, ys, empty = [], [], [], 0
        values: list[list] = [[] for _ in names]
        total = max(source.featureCount(), 1)
        start, end = progress
        for n, feat in enumerate(source.getFeatures(self.request(source, crs, context, idx), SKIP_CHECKS)):
            geom = feat.geometry()
            if geom.isEmpty():
                empty += 1
                continue
            point = (geom if single else geom.pointOnSurface()).asPoint()
            fids.append(feat.id())
            xs.append(point.x())
            ys.append(point.y())
            attrs = feat.attributes()
            for column, k in zip(values, idx):
                column.append(attrs[k])
            if n % 10000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled."))
                feedback.setProgress(start + (end - start) * n / total)
        if empty:
            feedback.pushWarning(
                self.tr("{0}: {1} features without geometry are left out.").format(source.sourceName(), empty)
            )
        return fids, np.array(xs, dtype=float), np.array(ys, dtype=float), values

    def numbers(self, source, name: str, values, fids: Sequence[int], feedback) -> np.ndarray:
        """Floats of a field (NULL -> NaN); text fields are converted with the base rules."""
        if isinstance(values, np.ndarray):  # numbers read in bulk
            return values
        field = source.fields().field(name)
        if field.isNumeric():  # only NULL can fail to convert
            return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
        text = pd.Series(reading.plain_values(values), dtype=object)
        return self.to_numeric(text, name, pd.Series(fids), feedback).to_numpy()

    # --------------------------------------------------------------- processing
    def prepare(self, parameters, context, feedback) -> core.OffergapInputs:
        """Check the parameters and read areas, offers and demand (and the NETWORK lines)."""
        areas = self.source_or_fail(parameters, self.AREAS, context)
        offers = self.source_or_fail(parameters, self.OFFERS, context)
        demand = self.optional_source(parameters, self.DEMAND, context)
        network = self.optional_source(parameters, self.NETWORK, context)
        p = self.settings(parameters, context, demand is not None)
        p.check()
        if not p.id_field or not p.need_field:
            raise self.fail(self.tr("ID_FIELD and NEED_FIELD are needed."))
        self.check_fields(areas, [p.id_field, p.need_field, p.status_field], self.AREAS)
        self.check_fields(offers, [p.category_field, p.capacity_field], self.OFFERS)
        if demand:
            self.check_fields(demand, [p.demand_field], self.DEMAND)
        reading.require_polygons(areas, self.AREAS)
        crs = self.metric_crs(areas, self.AREAS, context, feedback)
        ids, need, status, polygons, anchors = self.read_areas(p, areas, crs, context, feedback)
        feedback.setProgress(20)
        offer_points = self.read_offers(p, offers, crs, context, feedback)
        demand_points = None if demand is None else self.read_demand(p, demand, crs, context, feedback)
        self.street_network = None if network is None else StreetNetwork(network, crs, context, feedback)
        return core.OffergapInputs(p, ids, need, status, polygons, anchors, offer_points, demand_points)

    def compute(self, inputs: core.OffergapInputs, feedback) -> core.OffergapResult:
        """The analysis in core; its notes go to the log as they arise."""

        def note(item: core.Note) -> None:
            text = self.tr(item.template).format(*item.args)
            (feedback.pushWarning if item.warning else feedback.pushInfo)(text)

        return core.analyse(
            inputs, self.street_network, lambda share: feedback.setProgress(40 + 50 * share), note
        )

    def settings(self, parameters, context, with_demand: bool) -> core.Settings:
        """Field names and method settings of the run."""
        names = (self.ID_FIELD, self.NEED_FIELD, self.STATUS_FIELD, self.CATEGORY_FIELD, self.CAPACITY_FIELD)
        return core.Settings(
            *(self.parameterAsString(parameters, name, context) for name in names),
            self.parameterAsString(parameters, self.DEMAND_FIELD, context) if with_demand else "",
            self.parameterAsDouble(parameters, self.RADIUS, context),
            core.DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)],
            self.parameterAsDouble(parameters, self.GAP_RATIO, context),
        )

    def optional_source(self, parameters, name: str, context):
        """An optional source: None when not given, an error when given but empty."""
        if not parameters.get(name):
            return None
        return self.source_or_fail(parameters, name, context)

    def read_areas(self, p: core.Settings, areas, crs, context, feedback) -> tuple:
        """Ids, need, status values, rings and anchor points of the areas; the source and feature
        ids stay for writing."""
        fids, table = self.read_table(
            areas, p.id_field, [p.need_field], [p.status_field] if p.status_field else [], feedback
        )
        ids = table[p.id_field].tolist()
        polygons, anchors = self.area_geometries(areas, fids, ids, crs, context)
        self.area_source, self.area_fids = areas, fids
        need = table[p.need_field].to_numpy(dtype=float)
        status = table[p.status_field].tolist() if p.status_field else None
        return ids, need, status, polygons, anchors

    def read_offers(self, p: core.Settings, offers, crs, context, feedback) -> core.PointLayer:
        """Offer points with their category values and capacities."""
        wanted = [n for n in (p.category_field, p.capacity_field) if n]
        fids, x, y, values = self.read_points(
            offers, wanted, crs, context, feedback, (20.0, 25.0), [p.capacity_field]
        )
        column = dict(zip(wanted, values))
        capacity = None
        if p.capacity_field:
            capacity = self.numbers(offers, p.capacity_field, column[p.capacity_field], fids, feedback)
        category = reading.plain_values(column[p.category_field]) if p.category_field else None
        return core.PointLayer(fids, x, y, capacity, category)

    def read_demand(self, p: core.Settings, demand, crs, context, feedback) -> core.PointLayer:
        """Demand points with their weights."""
        field = p.demand_field
        fids, x, y, values = self.read_points(
            demand, [field] if field else [], crs, context, feedback, (25.0, 40.0), [field]
        )
        weight = self.numbers(demand, field, values[0], fids, feedback) if field else None
        return core.PointLayer(fids, x, y, weight)

    # ------------------------------------------------------------------ writing
    def write(self, result: core.OffergapResult, inputs: core.OffergapInputs, parameters, context, feedback):
        """OUTPUT (the areas with the og_* fields) and OUTPUT_TABLE, both through the output registry."""
        areas, names = self.area_source, result.names
        new = [make_field(f"og_{n}_{m}", KINDS[m]) for n in names for m in core.MEASURES]
        new += [make_field("og_luecken", "int"), make_field("og_prioritaet", "string")]
        fields, keep = self.output_fields(areas.fields(), new, feedback)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, fields, areas)
        table_fields = QgsFields()
        table_fields.append(areas.fields().field(inputs.settings.id_field))
        for name in ("kategorie", "kennzahl", "feld"):
            table_fields.append(make_field(name, "string"))
        table_fields.append(make_field("wert", "double"))
        dest_table = self.write_plain_table(parameters, self.OUTPUT_TABLE, context, table_fields, result.long)
        self.write_rows(areas, sink, fields, keep, self.area_fids, result.gaps.table, feedback, (90.0, 100.0))
        self.style_output(dest, "angebotsluecken.qml", context)
        self.report(feedback, result, inputs.settings.gap_ratio)
        return {self.OUTPUT: dest, self.OUTPUT_TABLE: dest_table}

    def report(self, feedback, result: core.OffergapResult, gap_ratio: float) -> None:
        """City-wide values, gaps per category and the priorities in the log."""
        gaps = result.gaps
        for k, (name, label) in enumerate(zip(result.names, result.labels)):
            feedback.pushInfo(
                self.tr("{0}: city-wide {1:.2f} per 1,000, gap below {2:.2f}: {3} areas.").format(
                    label,
                    gaps.city[k],
                    gap_ratio * gaps.city[k],
                    int(gaps.table[f"og_{name}_luecke"].sum()),
                )
            )
        counts = gaps.table["og_prioritaet"].value_counts()
        feedback.pushInfo(
            self.tr("Priority: {0} hoch, {1} mittel, {2} niedrig.").format(
                *(int(counts.get(k, 0)) for k in core.PRIORITIES)
            )
        )
