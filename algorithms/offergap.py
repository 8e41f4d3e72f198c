"""sozialplanung:offergap: which areas with need lack which offers (floating catchment, gaps)."""

from __future__ import annotations

from typing import NamedTuple, Optional, Sequence

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
from .base import SozialplanungAlgorithm, to_python
from .compat import make_field
from .network import network_distances

SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
POINT = QgsWkbTypes.GeometryType.PointGeometry
#: Output field kind per measure.
KINDS = {"n": "int", "kap": "double", "je1000": "double", "zugang": "double", "dist": "double"}
KINDS.update({"abdeckung": "double", "luecke": "int"})


class Settings(NamedTuple):
    """Field names and method settings of one run."""

    id_field: str
    need_field: str
    status_field: str
    category_field: str
    capacity_field: str
    demand_field: str
    radius: float
    decay: str
    gap_ratio: float


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
        self, source, names: Sequence[str], crs, context, feedback, progress: tuple[float, float]
    ):
        """Feature ids, x, y (points, or point on surface) and attribute values in one pass."""
        fields = source.fields()
        idx = [fields.lookupField(n) for n in names]
        single = source.wkbType() != QgsWkbTypes.Type.Unknown and (
            QgsWkbTypes.geometryType(source.wkbType()) == POINT
            and not QgsWkbTypes.isMultiType(source.wkbType())
        )
        fast = self.read_fast_points(source, names, crs, single, feedback, progress)
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

    def numbers(self, source, name: str, values: list, fids: Sequence[int], feedback) -> np.ndarray:
        """Floats of a field (NULL -> NaN); text fields are converted with the base rules."""
        field = source.fields().field(name)
        if field.isNumeric():  # only NULL can fail to convert
            return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
        text = pd.Series([to_python(v) for v in values], dtype=object)
        return self.to_numeric(text, name, pd.Series(fids), feedback).to_numpy()

    # --------------------------------------------------------------- processing
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Validate and read everything, compute in core, then write the outputs."""
        areas = self.source_or_fail(parameters, self.AREAS, context)
        offers = self.source_or_fail(parameters, self.OFFERS, context)
        demand = self.optional_source(parameters, self.DEMAND, context)
        network = self.optional_source(parameters, self.NETWORK, context)
        names = (self.ID_FIELD, self.NEED_FIELD, self.STATUS_FIELD, self.CATEGORY_FIELD, self.CAPACITY_FIELD)
        text = [self.parameterAsString(parameters, name, context) for name in names]
        p = Settings(
            *text,
            self.parameterAsString(parameters, self.DEMAND_FIELD, context) if demand else "",
            self.parameterAsDouble(parameters, self.RADIUS, context),
            core.DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)],
            self.parameterAsDouble(parameters, self.GAP_RATIO, context),
        )
        try:
            core.check_settings(p.radius, p.gap_ratio, p.decay)
        except core.MethodError as err:
            raise self.method_error(err) from None
        if not p.id_field or not p.need_field:
            raise self.fail(self.tr("ID_FIELD and NEED_FIELD are needed."))
        self.check_fields(areas, [p.id_field, p.need_field, p.status_field], self.AREAS)
        self.check_fields(offers, [p.category_field, p.capacity_field], self.OFFERS)
        if demand:
            self.check_fields(demand, [p.demand_field], self.DEMAND)
        self.require_polygons(areas, self.AREAS)
        crs = self.metric_crs(areas, self.AREAS, context, feedback)
        try:
            result, names, labels, table, fids = self.compute(
                p, areas, offers, demand, network, crs, context, feedback
            )
        except core.MethodError as err:
            raise self.method_error(err) from None
        new = [make_field(f"og_{n}_{m}", KINDS[m]) for n in names for m in core.MEASURES]
        new += [make_field("og_luecken", "int"), make_field("og_prioritaet", "string")]
        fields, keep = self.output_fields(areas.fields(), new, feedback)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, fields, areas)
        dest_table = self.write_table(parameters, context, areas.fields().field(p.id_field), table)
        self.write_rows(areas, sink, fields, keep, fids, result.table, feedback, (90.0, 100.0))
        self.style_output(dest, "angebotsluecken.qml", context)
        self.report(feedback, result, names, labels, p.gap_ratio)
        return {self.OUTPUT: dest, self.OUTPUT_TABLE: dest_table}

    def optional_source(self, parameters, name: str, context):
        """An optional source: None when not given, an error when given but empty."""
        if not parameters.get(name):
            return None
        return self.source_or_fail(parameters, name, context)

    def compute(self, p: Settings, areas, offers, demand, network, crs, context, feedback):
        """Read areas, offers and demand into core inputs and run the analysis."""
        id_field, need_field, status_field = p.id_field, p.need_field, p.status_field
        fids, table = self.read_table(
            areas, id_field, [need_field], [status_field] if status_field else [], feedback
        )
        ids = table[id_field].tolist()
        need = table[need_field].to_numpy(dtype=float)
        core.check_non_negative(need, ids, need_field)
        unknown = int(np.isnan(need).sum())
        if unknown:
            feedback.pushWarning(
                self.tr("{0} areas have no need (NULL in '{1}'): no per-need figures, no gap.").format(
                    unknown, need_field
                )
            )
        status = (
            core.status_codes(table[status_field].tolist()) if status_field else np.zeros(len(ids), np.int64)
        )
        polygons, anchors = self.area_geometries(areas, fids, ids, crs, context)
        feedback.setProgress(20)
        offer_points, names, labels = self.read_offers(p, offers, polygons, crs, context, feedback)
        demand_points = self.read_demand(p, demand, need, ids, polygons, anchors, crs, context, feedback)
        distances = None
        if network is not None:
            euclid = core.pairs_within(
                demand_points.x, demand_points.y, offer_points.x, offer_points.y, p.radius
            )
            distances, leg = network_distances(
                network, crs, context, feedback, demand_points, offer_points, len(names), p.radius, euclid
            )
            feedback.pushInfo(
                self.tr("Network: demand snapped to the nearest node, at most {0:.0f} m away.").format(leg)
            )
        feedback.setProgress(80)
        result = core.offer_gaps(
            need, status, demand_points, offer_points, names, p.radius, p.decay, p.gap_ratio, distances
        )
        for name, label, n in zip(names, labels, result.unreachable):
            if n:
                feedback.pushWarning(
                    self.tr(
                        "{0} demand locations reach no offer of '{1}' on the network; og_{2}_dist leaves them out."
                    ).format(n, label, name)
                )
        return result, names, labels, core.long_table(ids, result, names, labels), fids

    def read_offers(self, p: Settings, offers, polygons, crs, context, feedback):
        """Offer points with category codes, capacity and containing area."""
        category_field, capacity_field = p.category_field, p.capacity_field
        wanted = [n for n in (category_field, capacity_field) if n]
        fids, x, y, values = self.read_points(offers, wanted, crs, context, feedback, (20.0, 25.0))
        column = dict(zip(wanted, values))
        if category_field:
            codes, names, labels, merged = core.encode_categories(
                [to_python(v) for v in column[category_field]]
            )
            for name, raw in merged.items():
                feedback.pushWarning(
                    self.tr("Categories {0} are one category '{1}'.").format(
                        ", ".join(f"'{r}'" for r in raw), name
                    )
                )
            dropped = int((codes < 0).sum())
            if dropped:
                feedback.pushWarning(
                    self.tr("{0} offers without a category ('{1}' is NULL or empty) are left out.").format(
                        dropped, category_field
                    )
                )
            if not names:
                raise self.fail(self.tr("No offer has a category in '{0}'."), category_field)
        else:
            codes, names, labels = np.zeros(len(fids), np.int64), [core.ALL], [core.ALL]
        if capacity_field:
            capacity = self.numbers(offers, capacity_field, column[capacity_field], fids, feedback)
            core.check_non_negative(capacity, fids, capacity_field)
            kept = codes >= 0
            capacity[kept], used = core.fill_capacity(capacity[kept], codes[kept])
            for code, (value, n) in used.items():
                feedback.pushWarning(
                    self.tr(
                        "'{0}': {1} offers with NULL capacity get the median capacity {2:g} of the category."
                    ).format(labels[code], n, value)
                )
        else:
            capacity = np.ones(len(fids))
        kept = codes >= 0
        x, y, capacity, codes = x[kept], y[kept], capacity[kept], codes[kept]
        area = core.locate_points(x, y, polygons)
        return core.Points(x, y, capacity, area, codes), names, labels

    def read_demand(
        self, p: Settings, demand, need, ids, polygons, anchors, crs, context, feedback
    ) -> core.Points:
        """Demand points carrying the area needs (area centres without a DEMAND layer)."""
        known = np.nan_to_num(need)
        area_index = np.arange(len(need))
        if demand is None:
            return core.Points(anchors[:, 0], anchors[:, 1], known, area_index)
        field = p.demand_field
        fids, x, y, values = self.read_points(
            demand, [field] if field else [], crs, context, feedback, (25.0, 40.0)
        )
        weight = self.numbers(demand, field, values[0], fids, feedback) if field else np.ones(len(fids))
        core.check_non_negative(weight, fids, field)
        nulls = int(np.isnan(weight).sum())
        if nulls:
            feedback.pushWarning(
                self.tr("{0} demand locations with NULL in '{1}' count 0.").format(nulls, field)
            )
        area = core.locate_points(x, y, polygons)
        outside = int((area < 0).sum())
        if outside:
            feedback.pushWarning(
                self.tr("{0} demand locations lie in no area and are left out.").format(outside)
            )
        point_need, fallback = core.distribute_need(need, area, weight)
        if fallback.any():
            first = [str(ids[k]) for k in np.flatnonzero(fallback)[:5]]
            feedback.pushWarning(
                self.tr(
                    "{0} areas with need have no demand location (e.g. {1}); their centre carries the need."
                ).format(int(fallback.sum()), ", ".join(first))
            )
        extra = np.flatnonzero(fallback)
        keep = area >= 0
        return core.Points(
            np.concatenate([x[keep], anchors[extra, 0]]),
            np.concatenate([y[keep], anchors[extra, 1]]),
            np.concatenate([point_need[keep], known[extra]]),
            np.concatenate([area[keep], area_index[extra]]),
        )

    # ------------------------------------------------------------------ writing
    def write_table(self, parameters, context, id_qfield, table) -> Optional[str]:
        """OUTPUT_TABLE: the long form without geometry (None when not requested)."""
        if not parameters.get(self.OUTPUT_TABLE):
            return None
        fields = QgsFields()
        fields.append(id_qfield)
        for name in ("kategorie", "kennzahl", "feld"):
            fields.append(make_field(name, "string"))
        fields.append(make_field("wert", "double"))
        return self.write_plain_table(parameters, self.OUTPUT_TABLE, context, fields, table)

    def report(self, feedback, result, names: Sequence[str], labels: Sequence[str], gap_ratio: float) -> None:
        """City-wide values, gaps per category and the priorities in the log."""
        for k, (name, label) in enumerate(zip(names, labels)):
            feedback.pushInfo(
                self.tr("{0}: city-wide {1:.2f} per 1,000, gap below {2:.2f}: {3} areas.").format(
                    label,
                    result.city[k],
                    gap_ratio * result.city[k],
                    int(result.table[f"og_{name}_luecke"].sum()),
                )
            )
        counts = result.table["og_prioritaet"].value_counts()
        feedback.pushInfo(
            self.tr("Priority: {0} hoch, {1} mittel, {2} niedrig.").format(
                *(int(counts.get(k, 0)) for k in core.PRIORITIES)
            )
        )
