"""POI matching, assignment: one-to-one choice of candidate pairs (no QGIS).

One-to-one assignment maximising the summed score per connected component of the
candidate graph (Hungarian algorithm, :func:`hungarian`), in two stages (confident near
pairs first), plus pairs for review (:func:`review_pairs`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .poimatch_scoring import DECAY_SHARE, REVIEW_BAND, STRONG_NAME, Options, Pairs

#: Candidates kept per register entry (best scores) before the assignment.
MAX_CANDIDATES = 8


@dataclass
class Assignment:
    """The chosen pairs of one matching."""

    chosen: np.ndarray  # chosen edges (indices into the pairs)
    forced: set  # chosen edges paired for review (:func:`review_pairs`)
    dupes: dict = field(default_factory=dict)  # unmatched POI -> the matched POI it duplicates


def choose(pairs: Pairs, allowed: np.ndarray, opt: Options, n_r: int, n_p: int) -> Assignment:
    """One-to-one choice among the allowed pairs: confident near pairs first, then weak near
    pairs and moves among the rest, then pairs for review (:func:`review_pairs`)."""
    i, j, d, score = pairs.i, pairs.j, pairs.d, pairs.score
    keep = allowed & (score >= max(opt.min_score, 1e-9))
    sure = keep & (d <= opt.max_distance) & (score >= opt.min_score + REVIEW_BAND)
    edges = _best_per_register(np.flatnonzero(sure), i, score, MAX_CANDIDATES)
    chosen = edges[assign(i[edges], j[edges], score[edges], n_r, n_p)]
    left = keep & ~sure & ~np.isin(i, i[chosen]) & ~np.isin(j, j[chosen])
    edges = _best_per_register(np.flatnonzero(left), i, score, MAX_CANDIDATES)
    chosen = np.concatenate([chosen, edges[assign(i[edges], j[edges], score[edges], n_r, n_p)]])
    forced = review_pairs(pairs, allowed & (pairs.compat >= 0.7), chosen, opt)
    return Assignment(np.concatenate([chosen, forced]), set(forced.tolist()))


def review_pairs(pairs: Pairs, allowed: np.ndarray, chosen: np.ndarray, opt: Options) -> np.ndarray:
    """Edges pairing unmatched register entries with unmatched POIs (of a register category or
    unknown kind) at the same address (house number included), within MAX_DISTANCE with a
    name similarity of at least STRONG_NAME, or at the same place: the only unmatched POI of
    the entry's category within DECAY_SHARE * MAX_DISTANCE without a differing address, whose
    only such entry it is (renamed). Such a POI is rather the entry itself than a new
    institution (a pair for review)."""
    i, j, d, name, addr = pairs.i, pairs.j, pairs.d, pairs.name, pairs.addr
    n_r, n_p = int(i.max(initial=-1)) + 1, int(j.max(initial=-1)) + 1
    free = allowed & ~np.isin(i, i[chosen]) & ~np.isin(j, j[chosen])
    close = free & (pairs.compat >= 1.0) & (d <= DECAY_SHARE * opt.max_distance) & ~(addr < 0.7)
    only = (
        close
        & (np.bincount(i[close], minlength=n_r)[i] == 1)
        & (np.bincount(j[close], minlength=n_p)[j] == 1)
    )
    free &= (addr >= 1.0) | ((d <= opt.max_distance) & (name >= STRONG_NAME)) | only
    edges = np.flatnonzero(free)
    value = pairs.score + np.nan_to_num(addr) + np.nan_to_num(name)  # address and name first
    edges = _best_per_register(edges, i, value, 1)
    return edges[assign(i[edges], j[edges], value[edges], n_r, n_p)]


def hungarian(cost: np.ndarray) -> np.ndarray:
    """Optimal assignment minimising the summed cost: column of each row (-1: none).

    Shortest augmenting paths with potentials (Kuhn-Munkres in the O(n^2 m) form),
    vectorised over the columns. Rectangular matrices are allowed; with more rows
    than columns some rows stay unassigned. Entries must be finite.
    """
    cost = np.asarray(cost, dtype=float)
    if cost.ndim != 2:
        raise ValueError("cost must be a matrix")
    n, m = cost.shape
    if n == 0 or m == 0:
        return np.full(n, -1, dtype=np.int64)
    if n > m:
        cols = hungarian(cost.T)
        out = np.full(n, -1, dtype=np.int64)
        assigned = cols >= 0
        out[cols[assigned]] = np.nonzero(assigned)[0]
        return out
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    p = np.zeros(m + 1, dtype=np.int64)  # p[j]: row (1-based) on column j, 0 = free
    way = np.zeros(m + 1, dtype=np.int64)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            free = ~used
            free[0] = False
            cur = cost[i0 - 1] - u[i0] - v[1:]
            better = free[1:] & (cur < minv[1:])
            minv[1:][better] = cur[better]
            way[1:][better] = j0
            masked = np.where(free, minv, np.inf)
            j1 = int(np.argmin(masked))
            delta = masked[j1]
            u[p[used]] += delta
            v[used] -= delta
            minv[free] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    out = np.full(n, -1, dtype=np.int64)
    cols = np.nonzero(p[1:])[0]
    out[p[1:][cols] - 1] = cols
    return out


def components(a: np.ndarray, b: np.ndarray, n_a: int, n_b: int) -> np.ndarray:
    """Connected component label of each edge (a[k], b[k]) of a bipartite graph."""
    label = np.arange(n_a + n_b)
    ends = (a, b + n_a)
    while True:
        low = np.minimum(label[ends[0]], label[ends[1]])
        new = label.copy()
        np.minimum.at(new, ends[0], low)
        np.minimum.at(new, ends[1], low)
        new = new[new]  # pointer jumping
        if np.array_equal(new, label):
            return label[ends[0]]
        label = new


def assign(i: np.ndarray, j: np.ndarray, score: np.ndarray, n_r: int, n_p: int) -> np.ndarray:
    """One-to-one choice of edges maximising the summed score (boolean mask over edges)."""
    chosen = np.zeros(len(i), dtype=bool)
    if not len(i):
        return chosen
    comp = components(i, j, n_r, n_p)
    order = np.argsort(comp, kind="stable")
    bounds = np.flatnonzero(np.diff(comp[order])) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(order)]))
    single = (ends - starts) == 1
    chosen[order[starts[single]]] = True
    for s, e in zip(starts[~single], ends[~single]):
        edges = order[s:e]
        ri, rinv = np.unique(i[edges], return_inverse=True)
        pj, pinv = np.unique(j[edges], return_inverse=True)
        cost = np.zeros((len(ri), len(pj)))
        cost[rinv, pinv] = -score[edges]
        col = hungarian(cost)
        pick = col[rinv] == pinv
        chosen[edges[pick]] = True
    return chosen


def _best_per_register(edges: np.ndarray, i: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """The k best-scoring edges of each register entry."""
    if not len(edges):
        return edges
    order = edges[np.lexsort((-score[edges], i[edges]))]
    first = np.concatenate(([True], i[order][1:] != i[order][:-1]))
    group_start = np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
    return np.sort(order[np.arange(len(order)) - group_start < k])
