"""Seeded generated layers for the benchmarks and the large-layer tests.

Areas are a grid of squares with the count fields of Oberhausen's seven
indicators for two dates (``<var>_2021``, ``<var>_2023``), a status field and a
name with umlauts. Generation uses numpy for the numbers and writes the
GeoPackage through QGIS in batches. Files are cached by their parameters.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

CACHE = Path(tempfile.gettempdir()) / f"sozialplanung_bench_{os.getuid()}"
YEARS = ("2021", "2023")
#: (count, denominator, typical share) of the generated counts.
VARIABLES = (
    ("mig", "ew", 0.30),
    ("sgb2", "ew", 0.12),
    ("sgb2_u15", "ew_u15", 0.20),
    ("alo_u25", "ew_15_24", 0.05),
    ("grusi_65", "ew_65plus", 0.06),
    ("hh_alleinerz", "hh_kinder", 0.20),
    ("hh_kinderreich", "hh_kinder", 0.12),
)
#: Denominators as shares of the population (ew itself is drawn).
BASES = (("ew_u15", 0.14), ("ew_15_24", 0.11), ("ew_65plus", 0.21), ("hh_kinder", 0.10))
STATUS = ("Hoch", "Mittel", "Niedrig", "Sehr Niedrig")
NAMES = ("Süd", "Groß-Weiler", "Lirich-Nord", "Alstaden Straße", "Schmachtendorf")


def count_names() -> list[str]:
    """All generated count fields, e.g. ew_2021, mig_2021, ..."""
    bases = ["ew"] + [b for b, _ in BASES]
    return [f"{v}_{y}" for y in YEARS for v in bases + [c for c, _, _ in VARIABLES]]


def grid_counts(n: int, seed: int) -> dict[str, np.ndarray]:
    """Counts for ``n`` units: population 100..3000 (about 7 % below 300), shares drawn per unit."""
    rng = np.random.default_rng(seed)
    out: dict[str, np.ndarray] = {}
    ew0 = rng.integers(100, 3000, n)
    for k, year in enumerate(YEARS):
        ew = np.maximum(ew0 + rng.integers(-50, 50, n) * k, 0)
        cols = {"ew": ew}
        for base, p in BASES:
            cols[base] = rng.binomial(ew, p)
        for count, den, p in VARIABLES:
            level = np.clip(rng.normal(p, p / 2, n), 0.0, 1.0)
            cols[count] = rng.binomial(cols[den], level)
        for name, values in cols.items():
            out[f"{name}_{year}"] = values.astype(np.int64)
    return out


def square_grid(n: int, columns: int, size: float, x0: float = 350000.0, y0: float = 5700000.0):
    """WKT squares of a grid filled row by row (``n`` cells, ``columns`` per row)."""
    i = np.arange(n)
    xs = x0 + (i % columns) * size
    ys = y0 + (i // columns) * size
    return [
        f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"
        for x, y in zip(xs.tolist(), ys.tolist())
    ]


def write_gpkg(
    path: Path,
    layer: str,
    geometry: str,
    fields: Sequence[tuple[str, str]],
    wkts: Sequence[str | None],
    columns: dict[str, Sequence],
    crs: str = "EPSG:25832",
) -> Path:
    """Write a GeoPackage layer; ``fields`` are (name, 'long'|'int'|'double'|'string')."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFeatureSink,
        QgsFields,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from sozialplanung.algorithms.compat import make_field

    qfields = QgsFields()
    for name, kind in fields:
        qfields.append(make_field(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    writer = QgsVectorFileWriter.create(
        str(path),
        qfields,
        QgsWkbTypes.parseType(geometry),
        QgsCoordinateReferenceSystem(crs),
        QgsCoordinateTransformContext(),
        options,
    )
    assert writer.hasError() == QgsVectorFileWriter.WriterError.NoError, writer.errorMessage()
    values = [
        np.asarray(columns[name]).tolist() if not isinstance(columns[name], list) else columns[name]
        for name, _ in fields
    ]
    batch = []
    for i, wkt in enumerate(wkts):
        feat = QgsFeature(qfields)
        if wkt:
            feat.setGeometry(QgsGeometry.fromWkt(wkt))
        feat.setAttributes([col[i] for col in values])
        batch.append(feat)
        if len(batch) == 5000:
            writer.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
    writer.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    del writer  # flushes and closes the file
    return path


def areas_gpkg(n: int, seed: int = 1, columns: int = 400, size: float = 100.0) -> Path:
    """``n`` square areas with id ``area_id`` (large, > 2^31), name, status and all counts."""
    path = CACHE / f"areas_{n}_{seed}_{columns}_{size:g}.gpkg"
    if path.exists():
        return path
    counts = grid_counts(n, seed)
    rng = np.random.default_rng(seed + 1)
    data = {
        "area_id": (3_000_000_000 + np.arange(n)).tolist(),
        "name": [f"{NAMES[i % len(NAMES)]} {i}" for i in range(n)],
        "status": [STATUS[k] for k in rng.integers(0, 4, n)],
        **counts,
    }
    fields = [("area_id", "long"), ("name", "string"), ("status", "string")]
    fields += [(c, "long") for c in counts]
    tmp = path.with_suffix(".tmp.gpkg")
    write_gpkg(tmp, "areas", "Polygon", fields, square_grid(n, columns, size), data)
    tmp.rename(path)
    return path


def coarse_gpkg(columns: int, rows: int, size: float, seed: int = 1) -> Path:
    """``columns x rows`` coarse square areas (``size`` m) over the fine grid, id ``bezirk_id``."""
    n = columns * rows
    path = CACHE / f"coarse_{columns}x{rows}_{size:g}_{seed}.gpkg"
    if path.exists():
        return path
    data = {"bezirk_id": list(range(1, n + 1)), "name": [f"Bezirk {NAMES[i % 5]} {i}" for i in range(n)]}
    tmp = path.with_suffix(".tmp.gpkg")
    write_gpkg(
        tmp,
        "bezirke",
        "Polygon",
        [("bezirk_id", "long"), ("name", "string")],
        square_grid(n, columns, size),
        data,
    )
    tmp.rename(path)
    return path
