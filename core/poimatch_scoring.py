"""POI matching, scoring: options, candidate pairs and their evidence, scores (no QGIS).

Scores from name similarity, address agreement, distance decay and category
compatibility (see :func:`score_pairs` and help/poimatch.html).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from .normalize import streets_agree
from .poimatch_input import UNRELATED, Categories, Places, PoiInfo, _text, compat_level
from .poimatch_names import NameIds

#: Score band above MIN_SCORE in which a match is marked for review.
REVIEW_BAND = 0.15
#: Name similarity a match beyond MAX_DISTANCE needs (``verschoben``).
STRONG_NAME = 0.8
#: Name similarity below which a matched name counts as different (review).
NAME_DIFFERS = 0.6
#: Distance (as share of MAX_DISTANCE) at which the distance decay is 0.5.
DECAY_SHARE = 0.4
#: Weights of name, address and distance in the name-based score.
W_NAME, W_ADDR, W_DIST = 0.55, 0.25, 0.20
#: Score factor per category compatibility level.
COMPAT_FACTOR = {1.0: 1.0, 0.8: 0.9, 0.7: 0.85, 0.5: 0.55, 0.0: 0.0}
#: Factor for the address-based score (an unnamed social facility at the address).
ADDR_FACTOR = {1.0: 1.0, 0.8: 0.9, 0.7: 0.85, 0.5: 0.7, 0.0: 0.0}
#: Factor for a strong name match far away (a moved institution).
FAR_FACTOR = {1.0: 1.0, 0.8: 0.95, 0.7: 0.9, 0.5: 0.8, 0.0: 0.0}


@dataclass(frozen=True)
class Options:
    """Parameters of the matching (metres, scores 0 to 1)."""

    max_distance: float = 250.0
    moved_distance: float = 3000.0
    min_score: float = 0.5
    category_map: Optional[Sequence[tuple[str, str]]] = None  # None or empty: built-in


@dataclass
class Tables:
    """The register and the POIs of one matching, with their category classes."""

    reg: Places
    categories: list  # register category values
    keys: list  # frozenset of category keys per register entry
    info: PoiInfo
    opt: Options
    use: bool  # categories count (a POI or a register entry has one)

    @classmethod
    def of(cls, reg: Places, categories: Sequence, info: PoiInfo, cats: Categories, opt: Options) -> Tables:
        """Category keys of the register entries, and whether categories count."""
        categories = list(categories)
        keys = [cats.register_keys(c) for c in categories]
        use = info.use_categories or any(_text(c) for c in categories)
        return cls(reg, categories, keys, info, opt, use)

    @property
    def pois(self) -> Places:
        """The POIs."""
        return self.info.places

    def candidate_pois(self) -> np.ndarray:
        """Rows of the POIs that may be candidates (all but unrelated ones when categories count)."""
        return np.flatnonzero(self.info.flags != UNRELATED) if self.use else np.arange(len(self.pois.ids))


@dataclass
class Pairs:
    """Candidate pairs (edges) of register entries and POIs with their evidence and score."""

    i: np.ndarray  # register row
    j: np.ndarray  # POI row
    d: np.ndarray  # distance in metres
    name: np.ndarray  # name similarity (NaN: a side unnamed)
    addr: np.ndarray  # address agreement (NaN: unknown)
    compat: np.ndarray  # category compatibility level
    score: np.ndarray
    how: np.ndarray  # 0 name, 1 address, 2 place, 3 name far away

    @classmethod
    def scored(cls, t: Tables, names: NameIds, i: np.ndarray, j: np.ndarray, d: np.ndarray) -> Pairs:
        """The evidence and scores of the pairs (i[k], j[k]) at distance d[k]."""
        name = names.index.similarity(names.reg[i], names.pois[j])
        levels = _compat_table(t.keys, t.info, t.use)
        compat = levels[0][levels[1][i], levels[2][j]]
        addr = _address_scores(t.reg, t.pois, i, j)
        score, how = score_pairs(name, addr, d, compat, t.opt)
        return cls(i, j, d, name, addr, compat, score, how)


def _address_columns(places: Places, rows: np.ndarray, codes: dict[str, int]) -> np.ndarray:
    """Street code (-1 unknown), house number low, high and letter (-1/0 none) of the given
    rows, as a 4 x len(rows) array; street codes are shared through ``codes``."""
    uniq, inv = np.unique(rows, return_inverse=True)
    nums = [places.numbers[r] for r in uniq.tolist()]
    out = np.array(
        [
            [codes.setdefault(places.streets[r], len(codes)) for r in uniq.tolist()],
            [h.low if h else -1 for h in nums],
            [h.high if h else -1 for h in nums],
            [ord(h.letter) if h and h.letter else 0 for h in nums],
        ],
        dtype=np.int64,
    ).reshape(4, len(uniq))
    return out[:, inv]


def _address_scores(reg: Places, pois: Places, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Address agreement per pair (NaN unknown, 0, 0.25, 0.7, 1). Streets agree when their
    keys are equal, or, where the house numbers agree, tolerantly (:func:`streets_agree`)."""
    codes: dict[str, int] = {"": -1}
    a_s, rl, rh, rlet = _address_columns(reg, i, codes)
    b_s, pl, ph, plet = _address_columns(pois, j, codes)
    out = np.full(len(i), np.nan)
    known = (a_s >= 0) & (b_s >= 0)
    out[known] = 0.0
    have = (rl >= 0) & (pl >= 0)
    single = (rl == rh) & (pl == ph)
    letters_ok = (rlet == 0) | (plet == 0) | (rlet == plet)
    agree = np.where(single, (rl == pl) & letters_ok, (rl <= ph) & (pl <= rh))
    same = known & (a_s == b_s)
    loose = np.flatnonzero(known & ~same & have & agree)
    if len(loose):
        keys = list(codes)
        pairs, inv = np.unique(a_s[loose] * (len(keys) + 1) + b_s[loose], return_inverse=True)
        ok = np.array([streets_agree(keys[q // (len(keys) + 1)], keys[q % (len(keys) + 1)]) for q in pairs])
        same[loose[ok[inv]]] = True
    out[same & ~have] = 0.7
    out[same & have & agree] = 1.0
    out[same & have & ~agree] = 0.25
    return out


def _factor(level: np.ndarray, table: dict = COMPAT_FACTOR) -> np.ndarray:
    """Score factor of compatibility levels."""
    out = np.zeros(len(level))
    for lv, f in table.items():
        out[level == lv] = f
    return out


def score_pairs(
    name: np.ndarray, addr: np.ndarray, dist: np.ndarray, compat: np.ndarray, opt: Options
) -> tuple[np.ndarray, np.ndarray]:
    """Score per pair and how it was reached (0 name, 1 address, 2 place, 3 name far away).

    Near (distance <= MAX_DISTANCE), with decay D = 1 / (1 + (d / (0.4 MAX_DISTANCE))^2):
    name-based (0.55 N + 0.25 A + 0.2 D) / (sum of weights of known parts);
    address-based 0.9 (0.6 A + 0.4 D), times 0.9 + 0.1 N for a named POI (of two POIs at
    the address the one with the similar name wins), where the address agrees (A = 1, or
    A >= 0.7 for an unnamed side) and the POI is unnamed, an institution (compatibility >= 0.7)
    or a generic social place with a similar name (N >= 0.6); place-based 0.55 D for an unnamed side without address. The best of
    these times its category factor. Far (up to MOVED_DISTANCE): 0.85 N times the
    far factor, only for N >= STRONG_NAME.
    """
    near = dist <= opt.max_distance
    decay = 1.0 / (1.0 + (dist / (DECAY_SHARE * max(opt.max_distance, 1e-9))) ** 2)
    named = ~np.isnan(name)
    a_known = ~np.isnan(addr)
    a0 = np.where(a_known, addr, 0.0)
    n0 = np.where(named, name, 0.0)
    by_name = (W_NAME * n0 + W_ADDR * a0 + W_DIST * decay) / (W_NAME + W_ADDR * a_known + W_DIST)
    by_name = np.where(named, by_name, 0.0)
    institution = (compat >= 0.7) | ((compat >= 0.5) & (n0 >= NAME_DIFFERS)) | ~named
    addr_ok = a_known & ((a0 >= 1.0) | (~named & (a0 >= 0.7))) & institution
    by_addr = np.where(addr_ok, 0.9 * (0.6 * a0 + 0.4 * decay) * np.where(named, 0.9 + 0.1 * n0, 1.0), 0.0)
    by_place = np.where(~named & ~a_known & (compat >= 0.8), 0.55 * decay, 0.0)
    factor = _factor(compat)
    parts = np.vstack([by_name * factor, by_addr * _factor(compat, ADDR_FACTOR), by_place * factor])
    how = np.argmax(parts, axis=0)
    score = np.where(near, parts.max(axis=0), 0.0)
    far_ok = ~near & named & (n0 >= STRONG_NAME) & (compat >= 0.5)
    score = np.where(far_ok, 0.85 * n0 * _factor(compat, FAR_FACTOR), score)
    how = np.where(~near, 3, how)
    return score, how


def _compat_table(reg_keys, info: PoiInfo, use: bool):
    """(level table, register class per entry, POI class per POI) for vectorised lookup."""
    r_classes: dict[frozenset, int] = {}
    r_cls = np.array([r_classes.setdefault(k, len(r_classes)) for k in reg_keys], dtype=np.int64)
    p_classes: dict[tuple, int] = {}
    p_cls = np.array(
        [p_classes.setdefault((e, int(f)), len(p_classes)) for e, f in zip(info.exact, info.flags)],
        dtype=np.int64,
    )
    table = np.zeros((max(len(r_classes), 1), max(len(p_classes), 1)))
    for rk, ri in r_classes.items():
        for (pe, pf), pi in p_classes.items():
            table[ri, pi] = compat_level(rk, pe, pf, use)
    return table, r_cls, p_cls
