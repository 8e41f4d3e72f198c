"""Writing results: input features plus result columns, and plain tables, in batches."""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Optional, Sequence

import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import gpkg
from .common import check_canceled
from .outputs import destination_parts, output_file
from .reading import plain_values

#: Features written per sink.addFeatures call.
BATCH = 1000
#: GeoPackage to GeoPackage by SQLite where it applies (tests switch it off to compare).
SQL_COPY = True


def python_rows(frame: pd.DataFrame) -> list[tuple]:
    """Rows of plain Python values (None for NaN/NA), converted column by column."""
    columns = []
    for _, column in frame.items():
        array = column.to_numpy()
        missing = pd.isna(array)
        if array.dtype.kind == "f" and missing.any():  # None for NaN without a loop in Python
            array = array.astype(object)  # Python floats
            array[missing] = None
            values = array.tolist()
        else:
            values = array.tolist()  # numpy scalars -> int/float/str
            if missing.any():
                values = [None if m else v for v, m in zip(values, missing.tolist())]
        if array.dtype == object:
            values = plain_values(values)
        columns.append(values)
    return list(zip(*columns)) if columns else [()] * len(frame)


def output_fields(source_fields: QgsFields, new: Sequence[QgsField], feedback) -> tuple[QgsFields, list[int]]:
    """Input fields plus new fields, and the indices of the kept input fields.

    An input field with the name of a new field is replaced (with a warning).
    """
    new_names = {f.name().lower() for f in new}
    out, keep = QgsFields(), []
    for i, f in enumerate(source_fields):
        if f.name().lower() in new_names:
            feedback.pushWarning(
                QCoreApplication.translate(
                    "SozialplanungAlgorithm", "Input field '{0}' is replaced by the result."
                ).format(f.name())
            )
            continue
        out.append(f)
        keep.append(i)
    for f in new:
        out.append(f)
    return out, keep


def add_features(sink: QgsFeatureSink, features: list[QgsFeature], error: str = "") -> None:
    """sink.addFeatures, or a QgsProcessingException with ``error`` (or the sink's last error)."""
    if features and not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(error or sink.lastError())


def _with_results(source, fields: QgsFields, keep: Sequence[int], fids, result: pd.DataFrame):
    """The source's features, each with its kept input attributes and its result row."""
    row_of = {fid: i for i, fid in enumerate(fids)}
    values = python_rows(result)
    keep_all = list(keep) == list(range(source.fields().count()))
    new_indices = range(len(keep), fields.count())
    flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    for feat in source.getFeatures(QgsFeatureRequest(), flags):
        row = values[row_of[feat.id()]]
        feat.setFields(fields, False)
        if keep_all:  # append the results without a round trip of the input attributes
            feat.resizeAttributes(fields.count())
            list(map(feat.setAttribute, new_indices, row))
        else:
            attrs = feat.attributes()
            feat.setAttributes([attrs[i] for i in keep] + list(row))
        yield feat


def write_features(
    sink: QgsFeatureSink,
    features,
    total: int,
    feedback: QgsProcessingFeedback,
    threaded: bool,
    progress: tuple[float, float] = (50.0, 100.0),
    error: str = "",
) -> None:
    """Add ``features`` in batches with progress and cancel checks.

    With ``threaded`` (file outputs) a thread writes the previous batch while the
    next one is built.
    """
    start, end = progress
    batch: list[QgsFeature] = []
    pending: Optional[Future] = None
    with ThreadPoolExecutor(max_workers=1) as writer:  # on errors waits for ``pending``
        for n, feat in enumerate(features):
            batch.append(feat)
            if len(batch) < BATCH:
                continue
            check_canceled(feedback)
            if pending is not None:
                pending.result()  # raises the write error
            if threaded:
                pending = writer.submit(add_features, sink, batch, error)
            else:
                add_features(sink, batch, error)
            batch = []
            feedback.setProgress(start + (end - start) * n / max(total, 1))
        if pending is not None:
            pending.result()
    add_features(sink, batch, error)


def write_rows(source, sink, fields, keep, fids, result, feedback, threaded, progress, error="") -> None:
    """Write each source feature with its kept input attributes and the result row."""
    features = _with_results(source, fields, keep, fids, result)
    write_features(sink, features, len(fids), feedback, threaded, progress, error)


def copy_in_sql(
    source, output, fields: QgsFields, keep, fids, result: pd.DataFrame, feedback, progress
) -> bool:
    """``write_rows`` by SQLite from a GeoPackage input into a GeoPackage output (see ``gpkg``);
    False (nothing done) when that path does not apply."""
    if not SQL_COPY or output is None or output.sink is None:
        return False
    names = [source.fields().at(i).name() for i in keep]
    results = [fields.at(i).name() for i in range(len(keep), fields.count())]
    where = destination_parts(output.dest)[1] if not output.temp_layer else output.temp_layer
    copy = gpkg.plan(getattr(source, "ogr_location", None), names, output_file(output.dest), where, results)
    if copy is None:
        return False
    output.close()  # QGIS made the table, its columns and the spatial index; SQLite fills them
    start, end = progress
    done = [start]

    def step() -> bool:
        if feedback.isCanceled():
            return False
        done[0] = min(end - 1.0, done[0] + 0.5)
        feedback.setProgress(done[0])
        return True

    try:
        gpkg.fill(copy, fids, python_rows(result), step)
    except (sqlite3.Error, ValueError) as err:
        check_canceled(feedback)
        raise QgsProcessingException(f"{output.final}: {err}") from None
    feedback.setProgress(end)
    return True


def table_features(fields: QgsFields, frame: pd.DataFrame) -> list[QgsFeature]:
    """One feature without geometry per row of ``frame``."""
    features = []
    for row in python_rows(frame):
        feat = QgsFeature(fields)
        feat.setAttributes(list(row))
        features.append(feat)
    return features
