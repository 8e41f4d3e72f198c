"""Bulk reading of plain GeoPackage and Shapefile layers through GDAL's Arrow interface.

A fast path only: every function returns None when it cannot read exactly what a
``QgsFeatureRequest`` over the same source would give (other providers, subset
filters, selections, edit buffers, joined or virtual fields, field types other
than integer/real/text, GDAL older than 3.6); the caller then reads feature by
feature. Feature ids are the OGR FIDs, which the QGIS OGR provider uses as
feature ids (the ``fid`` column of a GeoPackage).
"""

from __future__ import annotations

import os
from typing import Any, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsFields,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsVectorLayer,
)

try:
    from osgeo import ogr
except ImportError:  # QGIS without GDAL's Python bindings
    ogr = None

#: OGR drivers whose FIDs are the QGIS feature ids; text only from UTF-8 GeoPackages.
DRIVERS = ("GPKG", "ESRI Shapefile")
TEXT_DRIVERS = ("GPKG",)
_BATCH = "MAX_FEATURES_IN_BATCH=10000"

#: Location of an OGR layer: (file, layer name or index).
Location = tuple[str, Any]


def available() -> bool:
    """GDAL's Python bindings with the Arrow stream (GDAL >= 3.6)."""
    return ogr is not None and hasattr(ogr.Layer, "GetArrowStreamAsNumPy")


def ogr_location(layer: Optional[QgsVectorLayer], value: Any = None) -> Optional[Location]:
    """(file, layer) of an unfiltered GeoPackage/Shapefile layer read whole, else None.

    ``value`` is the parameter value the layer came from (selection or limit: None).
    """
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", ""):
            return None
    if not available() or not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return None
    if layer.providerType() != "ogr" or layer.subsetString() or layer.isEditable():
        return None
    if layer.dataProvider().storageType() not in DRIVERS:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if parts.get("subset") or parts.get("geometryType") or not os.path.isfile(path):
        return None
    name = parts.get("layerName")
    return path, name if name else parts.get("layerId") or 0


def python_values(values: np.ndarray) -> list:
    """Plain Python values of a (masked) column; None where masked, str from bytes."""
    out = np.ma.getdata(values).tolist()
    if values.dtype.kind == "S":
        out = [v.decode("utf-8") for v in out]
    mask = np.ma.getmaskarray(values)
    if mask.any():
        out = [None if m else v for v, m in zip(out, mask.tolist())]
    return out


def _open_layer(location: Location, feature_count: int):
    """(dataset, layer) of an OGR location whose feature count is ``feature_count``, else None."""
    path, key = location
    try:
        dataset = ogr.Open(path)
        layer = None
        if dataset is not None:
            layer = dataset.GetLayerByName(key) if isinstance(key, str) else dataset.GetLayer(int(key))
    except RuntimeError:  # GDAL with exceptions enabled
        return None
    if layer is None or layer.GetFeatureCount() != feature_count:
        return None
    return dataset, layer


def _plain_fields(dataset, layer, names: Sequence[str]) -> bool:
    """Whether every named field is an integer/real (or, in a GeoPackage, text) field without subtype."""
    defn = layer.GetLayerDefn()
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    kinds = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)
    if dataset.GetDriver().GetName() in TEXT_DRIVERS:
        kinds += (ogr.OFTString,)
    for name in names:
        if name == fid_name:
            continue
        index = defn.GetFieldIndex(name)
        if index < 0 or defn.GetFieldDefn(index).GetName() != name:
            return False
        field = defn.GetFieldDefn(index)
        if field.GetType() not in kinds or field.GetSubType() != ogr.OFSTNone:
            return False
    return True


def _batches(layer, names: Sequence[str], geometry: bool):
    """The layer's Arrow stream as numpy batches with only the named fields (and geometry), or None."""
    defn = layer.GetLayerDefn()
    ignored = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    layer.SetIgnoredFields([n for n in ignored if n not in names] + ([] if geometry else ["OGR_GEOMETRY"]))
    try:
        return layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", _BATCH])
    except Exception:  # the driver offers no Arrow stream: read feature by feature
        return None


def read_columns(
    location: Location,
    fields: QgsFields,
    names: Sequence[str],
    feature_count: int,
    geometry: bool = False,
    step=None,
) -> Optional[tuple[list[int], dict[str, np.ndarray], Optional[np.ndarray]]]:
    """Feature ids, the named attribute columns and (optionally) WKB.

    Columns are numpy arrays, masked where NULL (text as UTF-8 bytes; see
    ``python_values``). ``fields`` are the source's QGIS fields (all named
    fields must come from the provider); ``feature_count`` must match the
    file's count. ``step(n)`` is called after each batch with the features read
    so far (progress; may raise). None when the fast path does not apply.
    """
    if any(fields.fieldOrigin(fields.lookupField(n)) != QgsFields.FieldOrigin.OriginProvider for n in names):
        return None
    opened = _open_layer(location, feature_count)
    if opened is None or not _plain_fields(*opened, names):
        return None
    dataset, layer = opened
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    geom_name = layer.GetGeometryColumn() or "wkb_geometry"
    stream = _batches(layer, names, geometry)
    if stream is None:
        return None
    fids: list[np.ndarray] = []
    columns: dict[str, list[np.ndarray]] = {n: [] for n in names}
    wkb: list[np.ndarray] = []
    wanted = [fid_name, *names, *([geom_name] if geometry else [])]
    for batch in stream:
        if any(n not in batch for n in wanted):
            return None
        fids.append(batch[fid_name])
        for name in names:
            columns[name].append(batch[fid_name if name == fid_name else name])
        if geometry:
            wkb.append(batch[geom_name])
        if step is not None:
            step(sum(map(len, fids)))
    if not fids:
        return None
    result = {n: np.ma.concatenate(c) if len(c) > 1 else c[0] for n, c in columns.items()}
    same = len({w.dtype for w in wkb}) == 1  # fixed-size points in every batch (else no coordinates)
    shapes = np.concatenate(wkb) if geometry and same else None
    return np.concatenate(fids).tolist(), result, shapes


def point_coordinates(wkb: Optional[np.ndarray]) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """x and y of 2D little-endian WKB points (NaN for empty points), else None."""
    if wkb is None or wkb.dtype.kind != "V" or wkb.dtype.itemsize != 21 or np.ma.getmaskarray(wkb).any():
        return None
    raw = np.frombuffer(np.ma.getdata(wkb).tobytes(), dtype=np.uint8).reshape(-1, 21)
    if not (raw[:, 0] == 1).all() or not (raw[:, 1:5].copy().view("<u4")[:, 0] == 1).all():
        return None
    xy = raw[:, 5:].copy().view("<f8")
    return xy[:, 0].copy(), xy[:, 1].copy()
