"""Reading layers into plain data for core: checks, attribute tables, bulk points, metric CRS."""

from __future__ import annotations

from operator import itemgetter
from typing import Iterable, Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import spatial
from ...core import values as numbers
from ..compat import METERS
from . import arrow
from .common import check_canceled, fail, to_python

POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
_PLAIN = frozenset((int, float, str, bool, type(None)))
_NUMBERS = frozenset((int, float, type(None)))


def plain_values(values: Sequence) -> list:
    """Plain Python values of a column (None for NULL and NaN); no per-value call when all are plain."""
    types = set(map(type, values))
    if types <= _PLAIN and not (float in types and any(v != v for v in values)):  # v != v: NaN
        return list(values)
    return [to_python(v) for v in values]


def source_or_fail(alg, parameters, name: str, context) -> QgsProcessingFeatureSource:
    """The feature source of ``alg``'s parameter ``name``; empty or missing sources are errors."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    if source.featureCount() == 0:
        raise fail(QCoreApplication.translate("SozialplanungAlgorithm", "The layer of {0} is empty."), name)
    if arrow.available():  # remembered for the bulk reading fast path
        layer = alg.parameterAsVectorLayer(parameters, name, context)
        source.ogr_location = arrow.ogr_location(layer, parameters.get(name))
    return source


def require_polygons(source, name: str) -> None:
    """Processing does not enforce declared geometry types: a non-polygon layer is an error naming ``name``."""
    kind = QgsWkbTypes.geometryType(source.wkbType())
    if kind not in (POLYGON, QgsWkbTypes.GeometryType.UnknownGeometry):
        raise fail(
            QCoreApplication.translate("SozialplanungAlgorithm", "{0} must be a polygon layer, not {1}."),
            name,
            QgsWkbTypes.geometryDisplayString(kind),
        )


def check_fields(source, names: Iterable[Optional[str]], param: str) -> None:
    """Every named field exists in the source."""
    have = source.fields().names()
    for name in names:
        if name and name not in have:
            raise fail(
                QCoreApplication.translate(
                    "SozialplanungAlgorithm", "Field '{0}' ({1}) does not exist in the input layer."
                ),
                name,
                param,
            )


def check_truncated(source, names: Iterable[str], param: str) -> None:
    """A field cut to 10 characters by a Shapefile (pm_entsche for pm_entscheidung) is an error."""
    have = set(source.fields().names())
    for name in names:
        if len(name) > 10 and name not in have and name[:10] in have:
            raise fail(
                QCoreApplication.translate(
                    "SozialplanungAlgorithm",
                    "{0}: the field '{1}' looks like '{2}' cut to 10 characters by a Shapefile. "
                    "Use the GeoPackage output of the earlier run.",
                ),
                param,
                name[:10],
                name,
            )


def read_fast(
    source,
    names: Sequence[str],
    feedback: Optional[QgsProcessingFeedback] = None,
    geometry: bool = False,
    progress: tuple[float, float] = (0.0, 20.0),
) -> Optional[tuple]:
    """Feature ids and attribute columns (plus WKB with ``geometry``) read in bulk, or None.

    Only for sources from ``source_or_fail`` on a plain GeoPackage/Shapefile
    layer (see ``arrow``); the caller falls back to a feature request.
    """
    location = getattr(source, "ogr_location", None)
    if location is None:
        return None
    total = max(source.featureCount(), 1)

    def step(done: int) -> None:
        check_canceled(feedback)
        if feedback is not None:
            feedback.setProgress(progress[0] + (progress[1] - progress[0]) * done / total)

    result = arrow.read_columns(location, source.fields(), names, source.featureCount(), geometry, step)
    if result is None:
        return None
    return result if geometry else result[:2]


def read_slow(source, names: Sequence[str], feedback: Optional[QgsProcessingFeedback]) -> tuple[list, list]:
    """Feature ids and attribute columns through a feature request without geometry."""
    fields = source.fields()
    idx = [fields.lookupField(n) for n in names]
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(idx)
    pick = itemgetter(*idx) if len(idx) > 1 else (lambda attrs: (attrs[idx[0]],))
    fids, rows = [], []
    total = max(source.featureCount(), 1)
    flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    for i, feat in enumerate(source.getFeatures(request, flags)):
        if feedback is not None and i % 5000 == 0:
            check_canceled(feedback)
            feedback.setProgress(20.0 * i / total)
        fids.append(feat.id())
        rows.append(pick(feat.attributes()))
    return fids, list(zip(*rows)) if rows else [()] * len(names)


def read_table(
    source: QgsProcessingFeatureSource,
    id_field: str,
    numeric: Sequence[str],
    other: Sequence[str] = (),
    feedback: Optional[QgsProcessingFeedback] = None,
    unique: bool = True,
    number_format: str = numbers.AUTO,
) -> tuple[list[int], pd.DataFrame]:
    """Attributes without geometry: feature ids and a frame indexed 0..n-1.

    Numeric fields become floats (NULL -> NaN; text is read by ``number_format``,
    see core.values); text that is no number raises an error naming field, value
    and feature. Duplicate or NULL ids raise an error when ``unique``.
    """
    names = list(dict.fromkeys(n for n in [id_field, *numeric, *other] if n))
    numeric = list(dict.fromkeys(n for n in numeric if n))
    floats = {}  # numeric columns read in bulk from number fields: floats directly
    fast = read_fast(source, names, feedback)
    if fast is not None:
        fids, arrays = fast
        for name in numeric:
            if name != id_field and arrays[name].dtype.kind in "iuf":
                floats[name] = np.ma.filled(arrays[name].astype(float), np.nan)
        columns = [[] if n in floats else arrow.python_values(arrays[n]) for n in names]
    else:
        fids, columns = read_slow(source, names, feedback)
    series = {n: pd.Series(plain_values(c), dtype=object) for n, c in zip(names, columns)}
    if unique:
        check_ids(series[id_field], id_field)
    for name in numeric:
        if name in floats:
            series[name] = pd.Series(floats[name], dtype=float)
        else:
            series[name] = to_numeric(series[name], name, series[id_field], number_format, feedback)
    return fids, pd.DataFrame(series, columns=names)


def read_fast_points(
    source, names: Sequence[str], crs, single: bool, feedback, progress, select=None, numeric=()
):
    """(fids, x, y, columns) of single points already in ``crs``, read in bulk (see ``read_fast``);
    features without geometry are left out with a warning. None when the fast path does not apply.

    ``select`` = (field, function of that column's values giving a boolean mask) keeps only the
    features it selects; the other columns are converted for those only. Columns named in
    ``numeric`` come as float arrays (NaN for NULL) when the file stores numbers, else as lists.
    """
    if not single or (crs.isValid() and source.sourceCrs().isValid() and source.sourceCrs() != crs):
        return None
    fast = read_fast(source, list(names), feedback, geometry=True, progress=progress)
    coords = None if fast is None else arrow.point_coordinates(fast[2])
    if coords is None:
        return None
    fids, arrays, _ = fast
    x, y = coords
    keep = ~(np.isnan(x) | np.isnan(y))
    empty = int(len(x) - keep.sum())
    if empty:
        feedback.pushWarning(
            QCoreApplication.translate(
                "SozialplanungAlgorithm", "{0}: {1} features without geometry are left out."
            ).format(source.sourceName(), empty)
        )
    if select is not None:
        field, chosen = select
        keep &= np.asarray(chosen(arrow.python_values(arrays[field])), dtype=bool)
    rows = np.flatnonzero(keep)
    if rows.size < len(fids):
        fids = np.asarray(fids, dtype=np.int64)[rows].tolist()
    columns = [
        np.ma.filled(arrays[n][rows].astype(float), np.nan)
        if n in numeric and arrays[n].dtype.kind in "iuf"
        else arrow.python_values(arrays[n][rows])
        for n in names
    ]
    return fids, x[rows], y[rows], columns


def check_ids(ids: pd.Series, id_field: str) -> None:
    """Ids are present and unique."""
    if ids.isna().any():
        raise fail(
            QCoreApplication.translate(
                "SozialplanungAlgorithm", "The id field '{0}' is empty (NULL) for some features."
            ),
            id_field,
        )
    dup = ids[ids.duplicated()]
    if len(dup):
        raise fail(
            QCoreApplication.translate(
                "SozialplanungAlgorithm", "The id field '{0}' is not unique: '{1}' occurs more than once."
            ),
            id_field,
            dup.iloc[0],
        )


def to_numeric(
    values: pd.Series, field: str, ids: pd.Series, number_format: str = numbers.AUTO, feedback=None
) -> pd.Series:
    """Floats from numbers or numeric text (one rule per column, see core.values); names the first non-number."""
    if set(map(type, values)) <= _NUMBERS:  # fast path: numbers and NULL only
        return pd.Series(values.to_numpy(dtype=object).astype(float), index=values.index, dtype=float)
    try:
        out, used = numbers.parse_column(values.tolist(), number_format)
    except numbers.AmbiguousColumnError as err:
        raise fail(
            QCoreApplication.translate(
                "SozialplanungAlgorithm",
                "Field '{0}': values such as {1} can be read with a thousands separator or as "
                "decimals. Choose the number format (NUMBER_FORMAT) or write the field as a number.",
            ),
            field,
            " / ".join(f"'{e}'" for e in err.examples),
        ) from None
    except numbers.NotANumberError as err:
        raise fail(
            QCoreApplication.translate(
                "SozialplanungAlgorithm", "Field '{0}': value '{1}' of feature {2} is not a number."
            ),
            field,
            err.value,
            ids.iloc[err.position],
        ) from None
    if feedback is not None:
        german = used == numbers.GERMAN
        rule = (
            QCoreApplication.translate("SozialplanungAlgorithm", "German (1.234,5)")
            if german
            else QCoreApplication.translate("SozialplanungAlgorithm", "plain (1234.5)")
        )
        feedback.pushInfo(
            QCoreApplication.translate(
                "SozialplanungAlgorithm", "Field '{0}': text read as numbers in the format {1}."
            ).format(field, rule)
        )
    return pd.Series(out, index=values.index, dtype=float)


def metric_crs(source, name: str, context, feedback) -> QgsCoordinateReferenceSystem:
    """The CRS for distances of parameter ``name``'s layer (see ``metric_crs_for``), stated in the log."""
    crs = source.sourceCrs()
    if not crs.isValid():
        feedback.pushWarning(
            QCoreApplication.translate(
                "SozialplanungAlgorithm", "{0} has no CRS; coordinates are taken as metres."
            ).format(name)
        )
        return crs
    metric = metric_crs_for(crs, source.sourceExtent(), context.transformContext())
    if metric != crs:
        feedback.pushInfo(
            QCoreApplication.translate(
                "SozialplanungAlgorithm", "Distances are measured in {0} ({1}), not in the CRS {2} of {3}."
            ).format(metric.authid(), metric.description(), crs.authid(), name)
        )
    return metric


def metric_crs_for(
    crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, transform_context
) -> QgsCoordinateReferenceSystem:
    """``crs`` when it is projected in metres and not Mercator-like, else the UTM zone of ``extent``."""
    metres = crs.mapUnits() == METERS
    if not spatial.needs_utm(crs.isGeographic(), metres, crs.authid(), crs.projectionAcronym()):
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    try:
        centre = QgsCoordinateTransform(crs, wgs84, transform_context).transform(extent.center())
    except QgsCsException:
        centre = extent.center() if crs.isGeographic() else QgsPointXY(9.0, 51.0)
    return QgsCoordinateReferenceSystem(f"EPSG:{spatial.utm_epsg(centre.x(), centre.y())}")
