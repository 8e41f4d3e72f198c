"""Summing counts from fine to coarse spatial units (no QGIS)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Aggregated:
    """Sums per coarse unit, the number of contributing fine units and NULL counts."""

    sums: np.ndarray  # (n_targets, n_fields)
    n_units: np.ndarray  # (n_targets,)
    null_counts: np.ndarray  # (n_fields,) fine units with NULL that contributed


def aggregate_counts(
    fine: np.ndarray,
    target: np.ndarray,
    weight: np.ndarray,
    values: np.ndarray,
    n_targets: int,
) -> Aggregated:
    """Weighted sums of ``values`` rows over (fine, target, weight) pairs.

    ``fine`` and ``target`` index the rows of ``values`` and the coarse units;
    ``weight`` is 1 for key and centroid assignment and the share of the fine
    unit's area for area-weighted overlap. NULL (NaN) counts add nothing and
    are counted. Shares are never averaged: callers sum counts, then divide.
    """
    values = np.asarray(values, dtype=float)
    if values.ndim == 1:
        values = values[:, None]
    fine = np.asarray(fine, dtype=np.int64)
    target = np.asarray(target, dtype=np.int64)
    weight = np.asarray(weight, dtype=float)
    n_fields = values.shape[1]
    contrib = values[fine]  # a copy
    nulls = np.isnan(contrib)
    contrib[nulls] = 0.0
    if not (weight == 1.0).all():  # times 1 changes nothing
        contrib *= weight[:, None]
    # one bincount over (target, field) cells; each cell sums its pairs in their order, as per field
    cells = (target[:, None] * n_fields + np.arange(n_fields)).ravel()
    sums = np.bincount(cells, weights=contrib.ravel(), minlength=n_targets * n_fields)
    sums = sums.astype(float, copy=False).reshape(n_targets, n_fields)  # float even without pairs
    positive = weight > 0
    n_units = np.bincount(target[positive], minlength=n_targets)
    row, field = np.nonzero(nulls & positive[:, None])
    if fine.size and np.bincount(fine).max() > 1:  # a fine unit in several pairs counts once per field
        row, field = np.divmod(np.unique(fine[row] * n_fields + field), n_fields)
    null_counts = np.bincount(field, minlength=n_fields).astype(np.int64)
    return Aggregated(sums=sums, n_units=n_units, null_counts=null_counts)
