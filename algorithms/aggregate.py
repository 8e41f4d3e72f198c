"""sozialplanung:aggregate: sum counts from fine to coarse spatial units."""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import islice

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPoint,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core.aggregate import Aggregated, aggregate_counts
from ..core.polygons import locate_points_strict, wkb_rings
from .base import SozialplanungAlgorithm, to_python
from .compat import make_field
from .io import reading

METHODS = ("key", "centroid", "area")
SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
#: Points closer to a coarse unit's boundary than this share of the coordinates' magnitude are
#: located by GEOS (exactly) rather than by the vectorised crossing test.
TOLERANCE = 1e-9


@dataclass
class AggregateInputs:
    """Counts of the fine units and their (fine, target, weight) assignment to the coarse units."""

    method: str
    names: list[str]
    values: np.ndarray
    fine: np.ndarray
    target: np.ndarray
    weight: np.ndarray
    n_targets: int


def key_text(value) -> str | None:
    """Join key as text: 7, 7.0 and '7' agree; NULL is None."""
    value = to_python(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def is_id_name(name: str) -> bool:
    """Fields named id, fid or ending in _id are ids, not counts."""
    lower = name.lower()
    return lower in ("id", "fid") or lower.endswith("_id")


class Targets:
    """The coarse units' geometries (repaired), their spatial index and prepared GEOS geometries."""

    def __init__(self, geoms: list[QgsGeometry]) -> None:
        self.geoms = geoms
        self.index = QgsSpatialIndex()
        for i, g in enumerate(geoms):
            if not g.isEmpty():
                self.index.addFeature(i, g.boundingBox())
        self.engines: list = [None] * len(geoms)  # prepared when first needed

    def first(self, point: QgsGeometry) -> int:
        """The first target in the index's order that the point intersects (GEOS), -1 for none."""
        inner = point.constGet()
        for j in self.index.intersects(point.boundingBox()):
            engine = self.engines[j]
            if engine is None:
                engine = self.engines[j] = QgsGeometry.createGeometryEngine(self.geoms[j].constGet())
                engine.prepareGeometry()
            if engine.intersects(inner):
                return j
        return -1

    def of_geometry(self, geom: QgsGeometry) -> int:
        """The target of a fine geometry: none if empty; points as they are, else their point on surface."""
        if geom.isEmpty():
            return -1
        point = geom.type() == QgsWkbTypes.GeometryType.PointGeometry
        return self.first(geom if point else geom.pointOnSurface())

    def locate(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Target of each point (-1 for none) by the vectorised crossing test and whether it is
        uncertain (then :meth:`first` decides); targets that are no (multi)polygons count as uncertain
        throughout their bounding box."""
        rings = [[] if g.isEmpty() else wkb_rings(g.asWkb()) for g in self.geoms]
        boxes = np.array([box_of(g) for g in self.geoms], dtype=float).reshape(-1, 4)
        scale = max([1.0, *(float(np.abs(r).max()) for rs in rings if rs for r in rs if r.size)])
        return locate_points_strict(x, y, rings, TOLERANCE * scale, boxes)


def rows_of(fids: list[int], wanted) -> np.ndarray:
    """The positions in ``fids`` (unique feature ids) of the ids ``wanted``."""
    fids, wanted = np.asarray(fids, dtype=np.int64), np.asarray(wanted, dtype=np.int64)
    if fids.size == 0:
        fids = np.full(1, -1, dtype=np.int64)  # matches nothing: every wanted id is missing
    order = np.argsort(fids, kind="stable")
    rows = order[np.minimum(np.searchsorted(fids, wanted, sorter=order), fids.size - 1)]
    missing = np.flatnonzero(fids[rows] != wanted)
    if missing.size:  # as a dictionary lookup would fail
        raise KeyError(int(wanted[missing[0]]))
    return rows


def box_of(geom: QgsGeometry) -> tuple[float, float, float, float]:
    """xmin, ymin, xmax, ymax of a geometry's bounding box."""
    box = geom.boundingBox()
    return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()


class AggregateAlgorithm(SozialplanungAlgorithm):
    """Sum count fields of fine units into coarse units (shares are never averaged)."""

    ALG_ID = "aggregate"

    TARGET = "TARGET"
    METHOD = "METHOD"
    INPUT_KEY = "INPUT_KEY"
    TARGET_KEY = "TARGET_KEY"
    FIELDS = "FIELDS"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Aggregate to spatial level")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """Parameters: fine units, coarse units, method, keys, fields."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Fine units (e.g. blocks)"), [QgsProcessing.SourceType.TypeVector]
            ),
            self.tr("Units with count fields, e.g. statistical blocks."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.TARGET,
                self.tr("Coarse units (e.g. Sozialquartiere)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            ),
            self.tr("Polygons that receive the sums; their fields are kept."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Assignment"),
                [self.tr("By key field"), self.tr("Centroid in polygon"), self.tr("Area-weighted overlap")],
                defaultValue=1,
            ),
            self.tr(
                "Key field: fine units carry the key of their coarse unit. Centroid: the "
                "point on surface of each fine unit decides. Area-weighted: counts are "
                "split by the share of the fine unit's area inside each coarse unit."
            ),
        )
        for name, label, parent in (
            (self.INPUT_KEY, self.tr("Key field of the fine units"), self.INPUT),
            (self.TARGET_KEY, self.tr("Key field of the coarse units"), self.TARGET),
        ):
            self.add(
                QgsProcessingParameterField(name, label, parentLayerParameterName=parent, optional=True),
                self.tr("Only for assignment by key field."),
            )
        self.add(
            QgsProcessingParameterField(
                self.FIELDS,
                self.tr("Count fields to sum"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                allowMultiple=True,
                optional=True,
            ),
            self.tr("Counts (not shares!) to sum; empty: all numeric fields except keys and ids."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Aggregated"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("Coarse units with the summed counts and n_einheiten."),
        )
        self.add_number_format_parameter()

    def count_fields(self, parameters, context, source, keys) -> list[str]:
        """Chosen count fields or all numeric fields except keys and ids."""
        chosen = self.parameterAsFields(parameters, self.FIELDS, context)
        if chosen:
            self.check_fields(source, chosen, self.FIELDS)
            return chosen
        return [
            f.name()
            for f in source.fields()
            if f.isNumeric() and f.name() not in keys and not is_id_name(f.name())
        ]

    def prepare(self, parameters, context, feedback) -> AggregateInputs:
        """Read the counts and assign every fine unit to coarse units (by key or geometry)."""
        source = self.source_or_fail(parameters, self.INPUT, context)
        target = self.target = self.source_or_fail(parameters, self.TARGET, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        in_key = self.parameterAsString(parameters, self.INPUT_KEY, context)
        tg_key = self.parameterAsString(parameters, self.TARGET_KEY, context)
        self.check_assignment(method, source, target, in_key, tg_key)
        names = self.count_fields(parameters, context, source, {in_key, tg_key})
        if not names:
            raise self.fail(self.tr("The fine units have no numeric fields to sum."))
        fine_fids, table = self.read_table(source, in_key or names[0], names, (), feedback, unique=False)
        values = table[names].to_numpy(dtype=float)
        self.check_counts(values, names, fine_fids)
        self.targets = list(target.getFeatures(QgsFeatureRequest(), SKIP_CHECKS))
        if method == "key":
            pairs = self.pairs_by_key(
                table[in_key], self.targets, target.fields().lookupField(tg_key), tg_key
            )
        else:
            pairs = self.pairs_by_geometry(source, target, self.targets, fine_fids, method, context, feedback)
        unassigned = len(fine_fids) - np.unique(pairs[0][pairs[2] > 0]).size
        if unassigned:
            feedback.pushWarning(
                self.tr("{0} fine units lie in no coarse unit and are not counted.").format(unassigned)
            )
        return AggregateInputs(method, names, values, *pairs, len(self.targets))

    def check_counts(self, values: np.ndarray, names: list[str], fids: list[int]) -> None:
        """Counts cannot be negative: the first negative value is an error naming field and feature."""
        negative = np.argwhere(values < 0)
        if len(negative):
            row, col = negative[0]
            raise self.fail(
                self.tr("Field '{0}': negative count {1} at feature {2}; counts cannot be negative."),
                names[col],
                format(values[row, col], "g"),
                fids[row],
            )

    def compute(self, inputs: AggregateInputs, feedback) -> Aggregated:
        """core.aggregate_counts: weighted sums and unit counts per coarse unit."""
        return aggregate_counts(inputs.fine, inputs.target, inputs.weight, inputs.values, inputs.n_targets)

    def write(self, result: Aggregated, inputs: AggregateInputs, parameters, context, feedback) -> dict:
        """The coarse units with the summed counts and n_einheiten."""
        for name, n in zip(inputs.names, result.null_counts):
            if n:
                feedback.pushWarning(
                    self.tr("Field '{0}': {1} fine units are NULL and count as 0.").format(name, n)
                )
        area = inputs.method == "area"
        new = [make_field(n, "double" if area else "long") for n in inputs.names]
        new.append(make_field("n_einheiten", "int"))
        fields, keep = self.output_fields(self.target.fields(), new, feedback)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, fields, self.target)
        features = []
        for i, feat in enumerate(self.targets):
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            sums = result.sums[i] if area else self.whole_sums(result.sums[i], inputs.names, feat)
            attrs = feat.attributes()
            out.setAttributes([attrs[k] for k in keep] + [v.item() for v in sums] + [int(result.n_units[i])])
            features.append(out)
        self.add_features(sink, features)
        feedback.setProgress(100)
        return {self.OUTPUT: dest}

    def check_assignment(self, method: str, source, target, in_key: str, tg_key: str) -> None:
        """Key fields for the key method; fine units with geometry and polygon targets otherwise."""
        if method == "key":
            if not (in_key and tg_key):
                raise self.fail(self.tr("Assignment by key field needs INPUT_KEY and TARGET_KEY."))
            self.check_fields(source, [in_key], self.INPUT_KEY)
            self.check_fields(target, [tg_key], self.TARGET_KEY)
        elif source.wkbType() == QgsWkbTypes.Type.NoGeometry:
            raise self.fail(self.tr("Spatial assignment needs fine units with geometry."))
        else:
            reading.require_polygons(target, self.TARGET)

    def whole_sums(self, sums: np.ndarray, names, feat) -> np.ndarray:
        """Rounded sums as int64; a sum beyond the int64 range is an error (no silent overflow)."""
        rounded = np.round(sums)
        bad = np.flatnonzero(~(np.abs(rounded) < 2.0**63))
        if bad.size:
            raise self.fail(
                self.tr("Field '{0}': the sum {1} in coarse unit {2} is too large for a count field."),
                names[bad[0]],
                format(sums[bad[0]], "g"),
                feat.id(),
            )
        return rounded.astype(np.int64)

    def pairs_by_key(self, keys, targets, key_index, key_name):
        """(fine, target, weight) pairs by equal keys; duplicate target keys are an error."""
        target_of = {}
        for i, feat in enumerate(targets):
            k = key_text(feat.attributes()[key_index])
            if k is None:  # a NULL key matches nothing
                continue
            if k in target_of:
                raise self.fail(self.tr("The key field '{0}' is not unique: '{1}'."), key_name, k)
            target_of[k] = i
        fine, tgt = [], []
        for i, k in enumerate(keys):
            j = target_of.get(key_text(k))
            if j is not None:
                fine.append(i)
                tgt.append(j)
        return np.array(fine, dtype=np.int64), np.array(tgt, dtype=np.int64), np.ones(len(fine))

    def pairs_by_geometry(self, source, target, targets, fine_fids, method, context, feedback):
        """(fine, target, weight) pairs by point on surface or by area share."""
        geoms, repaired = [], 0
        for feat in targets:
            g = feat.geometry()
            if not g.isEmpty() and not g.isGeosValid():
                g = g.makeValid()
                repaired += 1
            geoms.append(g)
        if repaired:
            feedback.pushWarning(
                self.tr(
                    "{0} coarse units have invalid geometries; they are repaired (makeValid) for the assignment."
                ).format(repaired)
            )
        request = QgsFeatureRequest().setNoAttributes()
        request.setDestinationCrs(target.sourceCrs(), context.transformContext())
        located = Targets(geoms)
        if method == "area":
            fine, tgt, weight = self.pairs_by_area(source, request, located, feedback)
        else:
            fine, tgt = self.pairs_by_point(source, request, located, feedback)
            weight = np.ones(len(fine))
        return rows_of(fine_fids, fine), np.array(tgt, dtype=np.int64), np.array(weight, dtype=float)

    def pairs_by_area(self, source, request, targets: Targets, feedback):
        """Fine ids, targets and area shares; fine units that are no polygons count at their point."""
        fine, tgt, weight = [], [], []
        total = max(source.featureCount(), 1)
        for n, feat in enumerate(source.getFeatures(request, SKIP_CHECKS)):
            if n % 1000 == 0:
                self.check_canceled(feedback)
                feedback.setProgress(20 + 70 * n / total)
            geom = feat.geometry()
            if geom.isEmpty():
                continue
            if geom.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
                j = targets.of_geometry(geom)
                if j >= 0:
                    fine.append(feat.id())
                    tgt.append(j)
                    weight.append(1.0)
                continue
            if not geom.isGeosValid():
                geom = geom.makeValid()
            area = geom.area()
            for j in targets.index.intersects(geom.boundingBox()) if area > 0 else []:
                part = geom.intersection(targets.geoms[j]).area()
                if part > 0:
                    fine.append(feat.id())
                    tgt.append(j)
                    weight.append(part / area)
        return fine, tgt, weight

    def pairs_by_point(self, source, request, targets: Targets, feedback):
        """Fine ids and targets by point on surface (points as they are): the points are located
        at once (core.polygons.locate_points_strict); GEOS decides those near a boundary, in more
        than one target and the fine units without a readable point, as one by one before."""
        fids, x, y, decided = self.deciding_points(source, request, targets, feedback)
        tgt, uncertain = targets.locate(x, y)
        for count, k in enumerate(np.flatnonzero(uncertain)):
            if count % 1000 == 0:
                self.check_canceled(feedback)
            if k not in decided:
                decided[k] = targets.first(QgsGeometry(QgsPoint(float(x[k]), float(y[k]))))
        for k, j in decided.items():
            tgt[k] = j
        keep = np.flatnonzero(tgt >= 0)
        return [fids[k] for k in keep], tgt[keep]

    def deciding_points(self, source, request, targets: Targets, feedback):
        """Fine ids and the coordinates of their points (the point on surface, points as they are);
        NaN and the target found one by one (``decided``) where there is no single point to read:
        empty geometries, multipoints, points in layers of another type. The layer's type only
        chooses the fast try: a GeoPackage of mixed types reports the type of one of them."""
        as_is = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        point_type = QgsWkbTypes.GeometryType.PointGeometry
        fids, xs, ys, decided = [], [], [], {}
        add_fid, add_x, add_y = fids.append, xs.append, ys.append
        total = max(source.featureCount(), 1)
        features = source.getFeatures(request, SKIP_CHECKS)
        while True:  # blocks of 1000 features: cancel and progress between them
            self.check_canceled(feedback)
            feedback.setProgress(20 + 70 * len(fids) / total)
            block = list(islice(features, 1000))
            if not block:
                break
            for feat in block:
                geom = feat.geometry()
                add_fid(feat.id())
                try:  # asPoint raises for no geometry and anything but a single point
                    if as_is:
                        point = geom.asPoint()
                    elif geom.isMultipart() and geom.type() == point_type:
                        raise TypeError  # a multipoint counts where any of its points lies
                    else:
                        point = geom.pointOnSurface().asPoint()
                    x, y = point.x(), point.y()
                except (TypeError, ValueError):
                    x = y = math.nan
                if x != x or y != y:
                    decided[len(fids) - 1] = targets.of_geometry(geom)
                add_x(x)
                add_y(y)
        return fids, np.array(xs, dtype=float), np.array(ys, dtype=float), decided
