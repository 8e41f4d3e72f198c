"""Matching a register of social institutions with points of interest (no QGIS import).

Steps (see help/poimatch.html for the formulas):

1. POIs are classified by their category tags (field value and OSM ``other_tags``):
   exactly compatible with register categories, generic social (community centre,
   social facility, association), unrelated (shops, restaurants ...) or unknown.
   Unrelated POIs are never candidates.
2. Candidates: every POI within ``max_distance`` (grid index, vectorised), and POIs up
   to ``moved_distance`` away that share a distinctive name token (or its first or
   last four letters, so one typo does not hide it).
3. Scores from name similarity (IDF-weighted token cosine with typo-tolerant token
   matching, and weighted character trigram cosine), address agreement, distance
   decay and category compatibility.
4. One-to-one assignment maximising the summed score per connected component of the
   candidate graph (Hungarian algorithm, :func:`hungarian`).
5. Status ``bestätigt`` / ``verschoben`` / ``nicht gefunden``, review flag, and POIs of a
   compatible category without partner (``neu``).

Earlier review decisions (``accepted``/``relinked`` pairs, ``rejected`` POIs) are kept.

This module is the entry (:func:`match_columns`, :func:`match`) and finds the candidates;
the steps live in ``poimatch_input`` (1), ``poimatch_names`` (name similarity),
``poimatch_scoring`` (3), ``poimatch_assign`` (4) and ``poimatch_results`` (5).
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from .i18n import QT_TRANSLATE_NOOP
from .poimatch_assign import assign, choose, components, hungarian
from .poimatch_input import (
    KIND_KEYS,
    Categories,
    Places,
    PoiColumns,
    PoiInfo,
    RegisterColumns,
    id_text,
    prepare,
    prepare_poi_columns,
    prepare_pois,
    relevant_tags,
)
from .poimatch_names import NameIds, NameIndex
from .poimatch_results import (
    DECISION_ACCEPTED,
    DECISION_REJECTED,
    DECISION_RELINKED,
    DECISIONS,
    NEW_FIELDS,
    REGISTER_FIELDS,
    STATUS_CONFIRMED,
    STATUS_MISSING,
    STATUS_MOVED,
    STATUS_NEW,
    STATUSES,
    Decisions,
    MatchResult,
    Prior,
    parse_prior,
    results,
)
from .poimatch_scoring import DECAY_SHARE, NAME_DIFFERS, STRONG_NAME, Options, Pairs, Tables, _address_scores
from .spatial import join_sorted, pairs_within
from .values import MethodError

#: What callers use (the algorithm, the review dialog, tests and the quality generators).
__all__ = [
    "DECISIONS", "DECISION_ACCEPTED", "DECISION_REJECTED", "DECISION_RELINKED", "KIND_KEYS", "NEW_FIELDS",
    "REGISTER_FIELDS", "STATUSES", "STATUS_CONFIRMED", "STATUS_MISSING", "STATUS_MOVED", "STATUS_NEW",
    "Categories", "MatchResult", "MethodError", "Options", "Places", "PoiColumns", "PoiInfo", "Prior",
    "RegisterColumns", "assign", "components", "hungarian", "id_text", "match", "match_columns", "parse_prior",
    "prepare", "prepare_pois", "relevant_tags",
]  # fmt: skip


def match_columns(register: RegisterColumns, pois: PoiColumns, opt: Options, progress=None) -> MatchResult:
    """Match from raw columns: prepare both tables, read the earlier decisions, :func:`match`.

    ``progress`` gets the share done (0 after preparing, then as in :func:`match`).
    """
    cats = Categories(opt.category_map)
    places = register.places()
    info = prepare_poi_columns(pois, cats)
    if progress is not None:
        progress(0.0)
    priors = None if register.priors is None else [parse_prior(*row) for row in register.priors]
    categories = register.categories if register.categories is not None else [None] * len(places.ids)
    return match(places, categories, info, cats, opt, priors, progress)


def match(
    reg: Places,
    reg_categories: Sequence,
    info: PoiInfo,
    cats: Categories,
    opt: Options,
    priors: Optional[Sequence[Optional[Prior]]] = None,
    progress=None,
) -> MatchResult:
    """Match register entries with POIs (see the module docstring)."""
    check_options(opt)
    report = progress or (lambda _share: None)
    tables = Tables.of(reg, reg_categories, info, cats, opt)
    rows_p = tables.candidate_pois()
    names = NameIds.of(reg, info.places, rows_p)
    i, j, d = candidates(tables, names, rows_p)
    report(0.4)
    pairs = Pairs.scored(tables, names, i, j, d)
    report(0.6)
    n_r, n_p = len(reg.ids), len(info.places.ids)
    decisions = Decisions.of(priors if priors is not None else [None] * n_r, info.places)
    chosen = choose(pairs, decisions.allowed(pairs), opt, n_r, n_p)
    matched = np.unique(
        np.concatenate([pairs.j[chosen.chosen], np.fromiter(decisions.taken, dtype=np.int64)])
    )
    chosen.dupes = duplicate_pois(names.index, names.pois, info, matched, opt)
    report(0.8)
    return results(tables, decisions, pairs, chosen)


def check_options(opt: Options) -> None:
    """MethodError for distances or a minimum score out of range."""
    if opt.max_distance <= 0 or opt.moved_distance < opt.max_distance:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError", "MAX_DISTANCE must be > 0 and MOVED_DISTANCE at least MAX_DISTANCE."
            )
        )
    if not 0.0 <= opt.min_score <= 1.0:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "MIN_SCORE must lie between 0 and 1."))


# ---------------------------------------------------------------------- candidates
def candidates(t: Tables, names: NameIds, rows_p: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(register row, POI row, distance) of the candidates: every POI of ``rows_p`` within
    MAX_DISTANCE, and POIs up to MOVED_DISTANCE away with agreeing distinctive name tokens."""
    reg, pois, opt = t.reg, t.pois, t.opt
    a, b, d = pairs_within(reg.x, reg.y, pois.x[rows_p], pois.y[rows_p], opt.max_distance)
    b = rows_p[b]
    fi, fj, fd = name_block_pairs(names.index, reg, pois, names.reg, names.pois, opt.moved_distance)
    far = fd > opt.max_distance
    return np.concatenate([a, fi[far]]), np.concatenate([b, fj[far]]), np.concatenate([d, fd[far]])


def name_block_pairs(
    index: NameIndex, reg: Places, pois: Places, r_nid: np.ndarray, p_nid: np.ndarray, radius: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs within ``radius`` whose distinctive name tokens agree (up to one typo).

    Keys are made once per distinct name (:func:`signature_keys`) and joined vectorised.
    """
    key_nid, key_code = index.signature_table()
    empty = np.zeros(0, dtype=np.int64)
    if not len(key_nid):
        return empty, empty, np.zeros(0)

    def rows_keys(nid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        rows = np.flatnonzero(nid >= 0)
        q, pos = join_sorted(key_nid, nid[rows])
        return rows[q], key_code[pos]

    ri, rk = rows_keys(r_nid)
    pi, pk = rows_keys(p_nid)
    if not len(ri) or not len(pi):
        return empty, empty, np.zeros(0)
    # key and grid cell (size radius) together: only neighbouring cells can be within radius
    x0 = min(reg.x.min(), pois.x.min())
    y0 = min(reg.y.min(), pois.y.min())
    cx = lambda x: np.floor((x - x0) / radius).astype(np.int64) + 1  # noqa: E731
    width = int(max(cx(reg.x).max(), cx(pois.x).max())) + 2
    height = int(max(np.floor((reg.y.max() - y0) / radius), np.floor((pois.y.max() - y0) / radius))) + 3
    cells = width * height
    pcell = (np.floor((pois.y[pi] - y0) / radius).astype(np.int64) + 1) * width + cx(pois.x[pi])
    rcell = (np.floor((reg.y[ri] - y0) / radius).astype(np.int64) + 1) * width + cx(reg.x[ri])
    pkey = pk * cells + pcell
    order = np.argsort(pkey, kind="stable")
    skeys = pkey[order]
    out_i, out_j = [], []
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            q, pos = join_sorted(skeys, rk * cells + rcell + dy * width + dx)
            out_i.append(ri[q])
            out_j.append(pi[order[pos]])
    i, j = np.concatenate(out_i), np.concatenate(out_j)
    if not len(i):
        return empty, empty, np.zeros(0)
    pair = np.unique(i * (len(pois.ids) + 1) + j)
    i, j = pair // (len(pois.ids) + 1), pair % (len(pois.ids) + 1)
    d = np.hypot(reg.x[i] - pois.x[j], reg.y[i] - pois.y[j])
    keep = (d <= radius) & (index.mismatch_factor(r_nid[i], p_nid[j]) == 1.0)  # same kind and operator
    return i[keep], j[keep], d[keep]


def duplicate_pois(index: NameIndex, p_nid: np.ndarray, info: PoiInfo, matched: np.ndarray, opt: Options):
    """Unmatched POIs (of a register category) that duplicate a matched POI within MAX_DISTANCE:
    a shared category (or none known for the matched one) and the same address without a
    differing name (similarity below NAME_DIFFERS, or another operator or kind named: another
    institution in the house), or without a
    differing address a name similarity of at least STRONG_NAME or one side unnamed within
    DECAY_SHARE * MAX_DISTANCE (a node and a building for one institution).
    Returns {duplicate POI: matched POI}."""
    pois = info.places
    rest = np.setdiff1d(np.flatnonzero([bool(e) for e in info.exact]), matched)
    if not len(rest) or not len(matched):
        return {}
    a, b, _ = pairs_within(pois.x[rest], pois.y[rest], pois.x[matched], pois.y[matched], opt.max_distance)
    u, m = rest[a], matched[b]
    shared = np.array([bool(info.exact[x] & info.exact[y]) or not info.exact[y] for x, y in zip(u, m)], bool)
    addr = _address_scores(pois, pois, u, m)
    name = index.similarity(p_nid[u], p_nid[m])
    unnamed = (p_nid[u] < 0) | (p_nid[m] < 0)
    differs = ~unnamed & (index.mismatch_factor(np.maximum(p_nid[u], 0), np.maximum(p_nid[m], 0)) < 1.0)
    close = np.hypot(pois.x[u] - pois.x[m], pois.y[u] - pois.y[m]) <= DECAY_SHARE * opt.max_distance
    similar = (name >= STRONG_NAME) | (unnamed & close)
    dup = shared & (((addr >= 1.0) & ~(name < NAME_DIFFERS) & ~differs) | (similar & ~(addr < 0.7)))
    out: dict[int, int] = {}
    for x, y in zip(u[dup].tolist(), m[dup].tolist()):
        out.setdefault(x, y)
    return out
