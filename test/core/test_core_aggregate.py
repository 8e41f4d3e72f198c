"""core/aggregate.py: the sums equal the former per-field bincounts bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
from sozialplanung.core.aggregate import aggregate_counts


def per_field(fine, target, weight, values, n_targets):
    """The former implementation: one bincount and one np.unique per field."""
    values = np.asarray(values, dtype=float)
    if values.ndim == 1:
        values = values[:, None]
    contrib = values[fine]
    nulls = np.isnan(contrib)
    contrib = np.where(nulls, 0.0, contrib) * weight[:, None]
    sums = np.zeros((n_targets, values.shape[1]))
    for j in range(values.shape[1]):
        sums[:, j] = np.bincount(target, weights=contrib[:, j], minlength=n_targets)
    positive = weight > 0
    n_units = np.bincount(target[positive], minlength=n_targets)
    null_counts = np.array([np.unique(fine[nulls[:, j] & positive]).size for j in range(values.shape[1])])
    return sums, n_units, null_counts


@pytest.mark.parametrize("seed", range(40))
def test_aggregate_counts_equals_the_per_field_sums(seed):
    rng = np.random.default_rng(seed)
    n, fields, targets = int(rng.integers(0, 60)), int(rng.integers(1, 5)), int(rng.integers(1, 8))
    values = rng.uniform(0, 100, (n, fields)) * float(rng.choice([1.0, 1e-3, 1e10]))
    values[rng.random((n, fields)) < 0.2] = np.nan
    if seed % 5 == 0:
        values = values[:, 0]
    if seed % 2 and n:  # key and centroid: every fine unit in at most one pair
        fine = rng.permutation(n)[: int(rng.integers(0, n + 1))]
    else:  # area-weighted: a fine unit in several pairs
        fine = rng.integers(0, n, int(rng.integers(0, 90))) if n else np.zeros(0, dtype=np.int64)
    target = rng.integers(0, targets, fine.size)
    weight = (
        np.ones(fine.size) if seed % 3 == 0 else rng.uniform(0, 1, fine.size) * (rng.random(fine.size) < 0.9)
    )
    got = aggregate_counts(fine, target, weight, values, targets)
    sums, n_units, null_counts = per_field(fine, target, weight, values, targets)
    assert got.sums.dtype == sums.dtype and got.sums.shape == sums.shape
    assert got.sums.tobytes() == sums.tobytes()  # bit for bit
    assert got.n_units.tolist() == n_units.tolist()
    assert got.null_counts.tolist() == null_counts.tolist()
