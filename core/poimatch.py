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
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP
from .normalize import (
    GENERIC,
    STOPWORDS,
    Address,
    core_name_tokens,
    fold,
    house_number,
    name_categories,
    name_kinds,
    name_operators,
    name_tokens,
    parse_address,
    streets_agree,
)
from .spatial import join_sorted, pairs_within
from .values import MethodError

STATUS_CONFIRMED = "bestätigt"
STATUS_MOVED = "verschoben"
STATUS_MISSING = "nicht gefunden"
STATUS_NEW = "neu"
STATUSES = (STATUS_CONFIRMED, STATUS_MOVED, STATUS_MISSING, STATUS_NEW)
DECISIONS = ("accepted", "rejected", "relinked")

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
#: Name similarity factor when the names state different kinds (Kita vs. Pfarrheim).
KIND_MISMATCH = 0.6
#: Name similarity factor when the names state different operators (AWO vs. Caritas).
OPERATOR_MISMATCH = 0.75
#: Generic (operator/kind) tokens weigh this much of a distinctive token.
GENERIC_WEIGHT = 0.3
#: Similarity of two tokens one typo apart (relative to equal tokens).
TYPO_SIMILARITY = 0.85
#: Candidates kept per register entry (best scores) before the assignment.
MAX_CANDIDATES = 8

# Built-in category mapping: category key -> (words in register categories, OSM tags).
BUILTIN_CATEGORIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "kita": (
        ("kita", "kindertages", "kinderg", "kiga", "krippe", "hort", "kinderhaus", "tageseinrichtung"),
        ("amenity=kindergarten", "amenity=childcare", "social_facility:for=child"),
    ),
    "familie": (
        ("famil",),
        ("social_facility:for=family", "community_centre:for=family", "amenity=family_centre"),
    ),
    "jugend": (
        ("jugend", "juz"),
        (
            "community_centre=youth_centre",
            "community_centre:for=juvenile",
            "community_centre:for=youth",
            "social_facility:for=juvenile",
            "social_facility:for=youth",
            "amenity=youth_centre",
            "leisure=youth_centre",
        ),
    ),
    "senior": (
        ("senior", "alten", "begegnung"),
        ("community_centre:for=senior", "social_facility=day_care", "amenity=senior_centre"),
    ),
    "beratung": (
        ("beratung",),
        ("social_facility=outreach", "healthcare=counselling", "office=counselling", "amenity=counselling"),
    ),
    "stadtteil": (
        ("stadtteil", "quartier"),
        ("office=quarter_management",),
    ),
}
#: Tags of social institutions in general (compatible, but of no particular category).
GENERIC_SOCIAL_TAGS = frozenset(
    (
        "amenity=social_facility",
        "amenity=community_centre",
        "amenity=social_centre",
        "office=association",
        "office=ngo",
        "office=charity",
        "office=religion",
        "social_facility=outreach",
        "social_facility=day_care",
        "social_facility=food_bank",
        "social_facility=soup_kitchen",
    )
)
#: OSM keys that say what a POI is (a POI with one of them and no social tag is unrelated).
KIND_KEYS = (
    "amenity",
    "shop",
    "office",
    "craft",
    "tourism",
    "leisure",
    "healthcare",
    "social_facility",
    "social_facility:for",
    "community_centre",
    "community_centre:for",
    "club",
    "emergency",
    "sport",
)
ADDRESS_KEYS = ("addr:street", "addr:housenumber", "addr:place")
#: Address tags naming the place (set aside, used to recognise place words in names).
PLACE_KEYS = ("addr:city", "addr:suburb", "addr:district", "addr:postcode")
_TAG_RE = re.compile(
    r'"('
    + "|".join(re.escape(k) for k in (*KIND_KEYS, "name", *ADDRESS_KEYS, *PLACE_KEYS))
    + r')"\s*=>\s*"((?:[^"\\]|\\.)*)"'
)

UNRELATED, UNKNOWN, GENERIC_SOCIAL = -1, -2, -3


@dataclass(frozen=True)
class Options:
    """Parameters of the matching (metres, scores 0 to 1)."""

    max_distance: float = 250.0
    moved_distance: float = 3000.0
    min_score: float = 0.5
    category_map: Optional[Sequence[tuple[str, str]]] = None  # None or empty: built-in


@dataclass
class Places:
    """Register entries or POIs prepared for matching (arrays of equal length)."""

    ids: list
    x: np.ndarray
    y: np.ndarray
    names: list  # display names (None for unnamed)
    tokens: list  # tuples of canonical name tokens
    streets: list  # street keys ('' unknown)
    numbers: list  # HouseNumber or None
    places: list = field(default_factory=list)  # set-aside address words (city, district)
    cores: list = field(default_factory=list)  # name tokens without trailing extras

    def __post_init__(self) -> None:
        """No places and the full names as cores unless given."""
        self.places = self.places or [()] * len(self.ids)
        self.cores = self.cores or list(self.tokens)


@dataclass
class MatchResult:
    """Per register entry and per POI results, plus the links."""

    register: pd.DataFrame  # pm_* columns, one row per register entry (input order)
    new: pd.DataFrame  # POIs listed as new: poi (row index), pm_* columns
    links: pd.DataFrame  # register row, poi row, pm_* columns of the pair
    stats: dict = field(default_factory=dict)


# ----------------------------------------------------------------------------- input
def _text(value) -> Optional[str]:
    """Stripped text or None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _address(street, number, places: Sequence = ()) -> Address:
    """Parsed address from one address text or street + number (+ city, district values)."""
    a = parse_address(street if type(street) is str else _text(street))
    number = _text(number)
    words = tuple(w for v in places if type(v) is str for w in _place_words(v))
    if number is None and not words:
        return a
    return Address(
        a.street,
        house_number(number) if number is not None else a.number,
        tuple(dict.fromkeys(a.places + words)) if words else a.places,
    )


@lru_cache(maxsize=100_000)
def _place_words(value: str) -> tuple[str, ...]:
    """Words of a city or district value (``Mülheim an der Ruhr`` -> muelheim, ruhr)."""
    return tuple(w for w in re.findall(r"[a-z]{2,}", fold(value)) if w not in STOPWORDS)


def relevant_tags(other_tags: Optional[str]) -> dict[str, str]:
    """The tags matching needs (kind, name, address) from an hstore text as the OGR OSM driver
    writes ``other_tags``: ``"key"=>"value",...`` with ``\\"`` and ``\\\\`` escaped; other keys are
    skipped without being parsed."""
    if not other_tags:
        return {}
    return {k: v.replace('\\"', '"').replace("\\\\", "\\") for k, v in _TAG_RE.findall(other_tags)}


def prepare(
    ids: Sequence,
    x: Sequence[float],
    y: Sequence[float],
    names: Sequence,
    streets: Sequence,
    numbers: Optional[Sequence] = None,
) -> Places:
    """Places from raw columns (numbers None: streets hold whole addresses)."""
    numbers = numbers if numbers is not None else [None] * len(ids)
    clean = [_text(n) for n in names]
    addr = [_address(s, n) for s, n in zip(streets, numbers)]
    return Places(
        list(ids),
        np.asarray(x, dtype=float),
        np.asarray(y, dtype=float),
        clean,
        [name_tokens(n) if n else () for n in clean],
        [a.street for a in addr],
        [a.number for a in addr],
        [a.places for a in addr],
        [core_name_tokens(n) if n else () for n in clean],
    )


# ------------------------------------------------------------------------ categories
class Categories:
    """Category compatibility between register categories and POI tags."""

    def __init__(self, category_map: Optional[Sequence[tuple[str, str]]] = None) -> None:
        self.builtin = not category_map
        if self.builtin:
            self.register_words = {k: words for k, (words, _) in BUILTIN_CATEGORIES.items()}
            self.poi_tags = {k: set(tags) for k, (_, tags) in BUILTIN_CATEGORIES.items()}
        else:
            self.register_words = {}
            self.poi_tags = {}
            for reg, poi in category_map:
                key = fold(reg).strip()
                self.register_words[key] = (key,)
                self.poi_tags.setdefault(key, set()).add(self._entry(poi))
        self._social_cache: dict[str, bool] = {}

    def social_category(self, value: str) -> bool:
        """True when a category field value may be social (social OSM value or category word)."""
        hit = self._social_cache.get(value)
        if hit is None:
            parts = [p.strip() for p in fold(value).split(";")]
            values = self.social_words()[0]
            hit = any(p in values or (self.builtin and self.register_keys(p)) for p in parts)
            self._social_cache[value] = hit
        return hit

    def social_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """Values and keys of social tags (a POI with none of them is unrelated, if it has a kind)."""
        values, keys = set(), set()
        for entry in [*GENERIC_SOCIAL_TAGS, *(e for tags in self.poi_tags.values() for e in tags)]:
            key, _, value = entry.partition("=")
            values.add(value)
            if key != "*":
                keys.add(key)
        return frozenset(values), frozenset(keys - {"amenity", "office", "leisure", "healthcare", "shop"})

    @staticmethod
    def _entry(text: str) -> str:
        """A map entry as ``key=value`` or ``*=value`` (any key)."""
        text = fold(text).strip().replace(" ", "")
        return text if "=" in text else "*=" + text

    def register_keys(self, category: Optional[str]) -> frozenset[str]:
        """Category keys of a register category text."""
        text = fold(category).strip()
        if not text:
            return frozenset()
        if self.builtin:
            return frozenset(k for k, words in self.register_words.items() if any(w in text for w in words))
        return frozenset({text}) if text in self.poi_tags else frozenset()

    def poi_class(self, tags: frozenset[str], tokens: tuple[str, ...]) -> tuple[frozenset[str], int]:
        """(exact category keys, flag) of a POI: flag GENERIC_SOCIAL, UNRELATED, UNKNOWN or 0."""
        exact = {k for k, wanted in self.poi_tags.items() if self._matches(wanted, tags)}
        if self.builtin:  # a category field with German words (Kita, Jugendzentrum ...)
            for t in tags:
                if t.startswith("*="):
                    exact |= self.register_keys(t[2:])
        generic = bool(tags & GENERIC_SOCIAL_TAGS)
        known = bool(tags)
        if self.builtin and (generic or not known or exact) and (exact or "andere" not in name_kinds(tokens)):
            exact |= name_categories(tokens)  # not for "Förderverein Kita ..." (another kind)
        if exact:
            return frozenset(exact), 0
        if generic:
            return frozenset(), GENERIC_SOCIAL
        return frozenset(), UNRELATED if known else UNKNOWN

    @staticmethod
    def _matches(wanted: set[str], tags: frozenset[str]) -> bool:
        """A wanted entry is present (``*=v`` also matches any ``k=v`` and vice versa)."""
        for entry in wanted:
            if entry in tags:
                return True
            key, _, value = entry.partition("=")
            if key == "*":
                if any(t.endswith("=" + value) for t in tags):
                    return True
            elif "*=" + value in tags:
                return True
        return False


def poi_tags(category: Optional[str], category_key: str, tags: dict[str, str]) -> frozenset[str]:
    """Tag set of a POI: ``k=v`` for kind tags, ``*=v`` and ``<field>=v`` for the category field."""
    out = {f"{k}={fold(v)}" for k, v in tags.items() if k in KIND_KEYS and v}
    for value in (fold(category).strip(),) if category else ():
        if value:
            for part in value.split(";"):
                out.add("*=" + part.strip())
                if category_key:
                    out.add(f"{category_key}={part.strip()}")
    return frozenset(out)


def compat_level(reg_keys: frozenset[str], poi_exact: frozenset[str], flag: int, use: bool) -> float:
    """Compatibility 1 (same category), 0.8 (unknown), 0.7 (other social category),
    0.5 (generic social), 0 (unrelated)."""
    if not use:
        return 1.0
    if flag == UNRELATED:
        return 0.0
    if flag == UNKNOWN or not reg_keys:
        return 0.8
    if reg_keys & poi_exact:
        return 1.0
    if poi_exact:
        return 0.7
    return 0.5


# ---------------------------------------------------------------------- candidates
def signature_keys(tokens: tuple[str, ...]) -> list[str]:
    """Blocking keys of a name for moves: its distinctive (non-generic) tokens in order, and
    the same with one token cut to its first or last four letters (so one typo still meets)."""
    dist = sorted(t for t in tokens if t not in GENERIC)
    if not dist:
        return []
    keys = ["|".join(dist)]
    for k, t in enumerate(dist):
        if len(t) >= 5:
            for cut in ("<" + t[:4], ">" + t[-4:]):
                keys.append("|".join([*dist[:k], cut, *dist[k + 1 :]]))
    return keys


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


# -------------------------------------------------------------------- name similarity
class NameIndex:
    """Sparse token and trigram vectors of names with IDF weights (vectorised pair scores)."""

    def __init__(
        self, token_lists: Iterable[tuple[str, ...]], cores: Optional[dict[tuple, tuple]] = None
    ) -> None:
        """Names as token tuples; ``cores``: name -> its core (without trailing place words),
        compared as well (the better similarity counts)."""
        self.names: dict[tuple[str, ...], int] = {}
        for toks in token_lists:
            if toks and toks not in self.names:
                self.names[toks] = len(self.names)
        df: dict[str, int] = {}
        for toks in self.names:
            for t in toks:
                df[t] = df.get(t, 0) + 1
        cores = {k: v for k, v in (cores or {}).items() if k in self.names and v and v != k}
        for core in cores.values():
            self.names.setdefault(core, len(self.names))
            for t in core:
                df.setdefault(t, 1)
        self.core = np.arange(len(self.names), dtype=np.int64)
        for full, core in cores.items():
            self.core[self.names[full]] = self.names[core]
        self.has_cores = bool(cores)
        names = list(self.names)
        n = len(names)
        self.weight = {
            t: (GENERIC_WEIGHT if t in GENERIC else 1.0) * (1.0 + math.log((n + 1) / (c + 1)))
            for t, c in df.items()
        }
        self.tok_vocab = {t: k for k, t in enumerate(df)}
        gram_vocab: dict[str, int] = {}
        tok_rows, gram_rows = [], []
        for nid, toks in enumerate(names):
            for t in toks:
                tok_rows.append((nid, self.tok_vocab[t], self.weight[t]))
                padded = f"#{t}#"
                for k in range(len(padded) - 2):
                    g = padded[k : k + 3]
                    gram_rows.append((nid, gram_vocab.setdefault(g, len(gram_vocab)), self.weight[t]))
        self.tok_width, self.gram_width = len(self.tok_vocab), len(gram_vocab)
        self.tok = self._sparse(tok_rows, n, self.tok_width)
        self.gram = self._sparse(gram_rows, n, self.gram_width)
        # tokens one typo apart count TYPO_SIMILARITY of an equal token
        near = self._typo_neighbours()
        soft_rows = list(tok_rows)
        for nid, col, w in tok_rows:
            for other in near.get(col, ()):
                soft_rows.append((nid, other, TYPO_SIMILARITY * w))
        self.soft = self._sparse(soft_rows, n, self.tok_width) if near else self.tok

    def _typo_neighbours(self) -> dict[int, list[int]]:
        """Token ids of tokens one deletion (either side) apart, for tokens of 5+ letters."""
        by_variant: dict[str, list[int]] = {}
        for t, k in self.tok_vocab.items():
            if len(t) >= 5 and not t.isdigit():
                for v in {t, *(t[:m] + t[m + 1 :] for m in range(len(t)))}:
                    by_variant.setdefault(v, []).append(k)
        near: dict[int, set[int]] = {}
        for ids in by_variant.values():
            if len(ids) > 1:
                for a in ids:
                    near.setdefault(a, set()).update(b for b in ids if b != a)
        return {k: sorted(v) for k, v in near.items()}

    @staticmethod
    def _sparse(rows, n: int, width: int):
        """(pointer, columns, weights, sorted keys, norms) of a row-sparse matrix."""
        if not rows:
            z = np.zeros(0)
            return np.zeros(n + 1, dtype=np.int64), z.astype(np.int64), z, z.astype(np.int64), np.ones(n)
        arr = np.asarray(rows, dtype=float)
        nid = arr[:, 0].astype(np.int64)
        col = arr[:, 1].astype(np.int64)
        key = nid * (width + 1) + col
        uniq, inv = np.unique(key, return_inverse=True)
        w = np.bincount(inv, weights=arr[:, 2])
        nid_u = uniq // (width + 1)
        col_u = uniq % (width + 1)
        ptr = np.zeros(n + 1, dtype=np.int64)
        np.add.at(ptr, nid_u + 1, 1)
        ptr = np.cumsum(ptr)
        norms = np.sqrt(np.bincount(nid_u, weights=w * w, minlength=n))
        return ptr, col_u, w, uniq, np.where(norms > 0, norms, 1.0)

    def signature_table(self) -> tuple[np.ndarray, np.ndarray]:
        """(name id, key code) of the blocking keys of every name, sorted by name id."""
        codes: dict[str, int] = {}
        nids, keys = [], []
        names = list(self.names)
        for nid, toks in enumerate(names):
            core = self.core[nid]
            for k in dict.fromkeys(
                signature_keys(toks) + (signature_keys(names[core]) if core != nid else [])
            ):
                nids.append(nid)
                keys.append(codes.setdefault(k, len(codes)))
        return np.asarray(nids, dtype=np.int64), np.asarray(keys, dtype=np.int64)

    def ids(self, token_lists: Sequence[tuple[str, ...]]) -> np.ndarray:
        """Name ids (-1 for no name)."""
        return np.array([self.names.get(t, -1) if t else -1 for t in token_lists], dtype=np.int64)

    def _cosine(self, sp, width: int, a: np.ndarray, b: np.ndarray, left=None) -> np.ndarray:
        """Cosine of rows a[k] and b[k] of a sparse matrix (``left``: another matrix for the a
        side, e.g. with typo neighbours; norms stay those of ``sp``, the result is at most 1)."""
        keys, norms = sp[3], sp[4]
        ptr, col, w = (left or sp)[:3]
        if not len(keys) or not len(a):
            return np.zeros(len(a))
        counts = ptr[a + 1] - ptr[a]
        pair = np.repeat(np.arange(len(a)), counts)
        starts = np.repeat(ptr[a] - np.cumsum(counts) + counts, counts)
        pos = starts + np.arange(counts.sum())
        probe = b[pair] * (width + 1) + col[pos]
        hit = np.searchsorted(keys, probe)
        hit = np.minimum(hit, len(keys) - 1)
        found = keys[hit] == probe
        dot = np.bincount(pair[found], weights=w[pos[found]] * sp[2][hit[found]], minlength=len(a))
        return np.minimum(dot / (norms[a] * norms[b]), 1.0)

    def similarity(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """max(token cosine with typo tolerance, trigram cosine) of name ids a[k], b[k] times
        the mismatch factor (NaN where a name is missing)."""
        out = np.full(len(a), np.nan)
        ok = (a >= 0) & (b >= 0)
        if ok.any():
            a, b = a[ok], b[ok]
            best = self._similarity(a, b)
            ca, cb = self.core[a], self.core[b]
            for x, y in ((ca, b), (a, cb)) if self.has_cores else ():
                alt = np.flatnonzero((x != a) | (y != b))
                best[alt] = np.maximum(best[alt], self._similarity(x[alt], y[alt]))
            out[ok] = best
        return out

    def _similarity(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """max(token cosine with typo tolerance, trigram cosine) times the mismatch factor."""
        tok = self._cosine(self.tok, self.tok_width, a, b, self.soft)
        gram = self._cosine(self.gram, self.gram_width, a, b)
        return np.maximum(tok, gram) * self.mismatch_factor(a, b)

    def mismatch_factor(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """KIND_MISMATCH and OPERATOR_MISMATCH where both names state disjoint kinds / operators."""
        if not hasattr(self, "_classes"):
            kind_ids: dict = {}
            op_ids: dict = {}
            kinds = [kind_ids.setdefault(name_kinds(t), len(kind_ids)) for t in self.names]
            ops = [op_ids.setdefault(name_operators(t), len(op_ids)) for t in self.names]
            kt = np.array(
                [[1.0 if not x or not y or x & y else KIND_MISMATCH for y in kind_ids] for x in kind_ids]
            )
            ot = np.array(
                [[1.0 if not x or not y or x & y else OPERATOR_MISMATCH for y in op_ids] for x in op_ids]
            )
            self._classes = (np.array(kinds), np.array(ops), kt, ot)
        kinds, ops, kt, ot = self._classes
        return kt[kinds[a], kinds[b]] * ot[ops[a], ops[b]]


# ------------------------------------------------------------------------ assignment
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


# --------------------------------------------------------------------------- scoring
def id_text(value) -> Optional[str]:
    """An id as text (7, 7.0 and '7' agree; None for NULL)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


@dataclass
class PoiInfo:
    """POIs with their category classes."""

    places: Places
    exact: list  # frozenset of category keys per POI
    flags: np.ndarray  # 0, GENERIC_SOCIAL, UNRELATED or UNKNOWN
    use_categories: bool


def prepare_pois(
    ids: Sequence,
    x: Sequence[float],
    y: Sequence[float],
    names: Sequence,
    streets: Sequence,
    numbers: Optional[Sequence],
    categories: Optional[Sequence],
    other_tags: Optional[Sequence],
    category_key: str,
    cats: Categories,
) -> PoiInfo:
    """POIs from raw columns; name and address fall back to ``other_tags`` (name, addr:*).

    Names of unrelated POIs (shops ...) are not normalised: they are never candidates.
    """
    n = len(ids)
    names, streets = list(names), list(streets)
    categories = list(categories) if categories is not None else [None] * n
    other_tags = list(other_tags) if other_tags is not None else [None] * n
    numbers = list(numbers) if numbers is not None else [None] * n
    out_names, out_addr, exact, flags = [], [], [], np.zeros(n, dtype=np.int64)
    tokens, cores = [], []
    no_addr = Address("", None)
    cache: dict = {}
    use = False
    social_values, social_keys = cats.social_words()
    nothing = frozenset()
    for k in range(n):
        text, category = other_tags[k], categories[k]
        if category is not None and type(category) is not str:
            category = _text(category)
        tags = relevant_tags(text) if text else {}
        use = use or bool(category) or bool(tags)
        if not (category and cats.social_category(category)) and not any(
            key in social_keys or value in social_values for key, value in tags.items()
        ):
            if category or any(key in KIND_KEYS for key in tags):  # a shop, restaurant ...
                out_names.append(None)
                tokens.append(())
                cores.append(())
                out_addr.append(no_addr)
                exact.append(nothing)
                flags[k] = UNRELATED
                continue
        name = _text(names[k]) or _text(tags.get("name"))
        street, number = streets[k], numbers[k]
        if _text(street) is None and "addr:street" in tags:
            street, number = tags["addr:street"], tags.get("addr:housenumber")
        tagset = poi_tags(category, category_key, tags)
        toks = name_tokens(name) if name else ()
        key = (tagset, name_categories(toks) if cats.builtin else ())
        cls = cache.get(key)
        if cls is None:
            cls = cache[key] = cats.poi_class(tagset, toks)
        exact.append(cls[0])
        flags[k] = cls[1]
        out_names.append(name)
        if cls[1] == UNRELATED:
            tokens.append(())
            cores.append(())
            out_addr.append(no_addr)
            continue
        tokens.append(toks)
        cores.append(core_name_tokens(name) if name else ())
        out_addr.append(
            _address(street, number, [tags[key] for key in PLACE_KEYS if key in tags] if tags else ())
        )
    places = Places(
        list(ids), np.asarray(x, float), np.asarray(y, float), out_names, tokens,
        [a.street for a in out_addr], [a.number for a in out_addr], [a.places for a in out_addr], cores,
    )  # fmt: skip
    return PoiInfo(places, exact, flags, use)


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


# ------------------------------------------------------------------------ the method
@dataclass
class Prior:
    """Earlier review of one register entry (fields of a reviewed result layer)."""

    decision: Optional[str] = None
    poi_id: Optional[str] = None
    status: Optional[str] = None
    checked: Optional[str] = None
    rejected: tuple[str, ...] = ()


def parse_prior(decision, poi_id, status, checked, rejected) -> Optional[Prior]:
    """A Prior from field values (None when there is nothing to keep)."""
    dec = _text(decision)
    dec = dec.lower() if dec else None
    rej = tuple(r for r in (p.strip() for p in (_text(rejected) or "").split(",")) if r)
    if dec is None and not rej:
        return None
    if dec is not None and dec not in DECISIONS:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError",
                "pm_entscheidung must be accepted, rejected or relinked, not '{0}'.",
            ),
            dec,
        )
    return Prior(dec, id_text(poi_id), _text(status), _text(checked), rej)


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
    if opt.max_distance <= 0 or opt.moved_distance < opt.max_distance:
        raise MethodError(
            QT_TRANSLATE_NOOP(
                "MethodError", "MAX_DISTANCE must be > 0 and MOVED_DISTANCE at least MAX_DISTANCE."
            )
        )
    if not 0.0 <= opt.min_score <= 1.0:
        raise MethodError(QT_TRANSLATE_NOOP("MethodError", "MIN_SCORE must lie between 0 and 1."))
    pois = info.places
    n_r, n_p = len(reg.ids), len(pois.ids)
    priors = list(priors) if priors is not None else [None] * n_r
    reg_keys = [cats.register_keys(c) for c in reg_categories]
    use = info.use_categories or any(_text(c) for c in reg_categories)
    rows_p = np.flatnonzero(info.flags != UNRELATED) if use else np.arange(n_p)
    report = progress or (lambda _share: None)

    index = NameIndex([*reg.tokens, *(pois.tokens[k] for k in rows_p)], name_cores(reg, pois, rows_p))
    r_nid = index.ids(reg.tokens)
    p_nid = np.full(n_p, -1, dtype=np.int64)
    p_nid[rows_p] = index.ids([pois.tokens[k] for k in rows_p])

    # candidates: near by grid, far by shared distinctive name tokens
    a, b, d = pairs_within(reg.x, reg.y, pois.x[rows_p], pois.y[rows_p], opt.max_distance)
    b = rows_p[b]
    fi, fj, fd = name_block_pairs(index, reg, pois, r_nid, p_nid, opt.moved_distance)
    far = fd > opt.max_distance
    i = np.concatenate([a, fi[far]])
    j = np.concatenate([b, fj[far]])
    d = np.concatenate([d, fd[far]])
    report(0.4)

    # evidence
    name = index.similarity(r_nid[i], p_nid[j])
    levels = _compat_table(reg_keys, info, use)
    compat = levels[0][levels[1][i], levels[2][j]]
    addr = _address_scores(reg, pois, i, j)
    score, how = score_pairs(name, addr, d, compat, opt)
    report(0.6)

    # earlier decisions: fixed pairs and rejected POIs
    poi_row = {id_text(p): k for k, p in enumerate(pois.ids)}
    fixed: dict[int, Optional[int]] = {}
    forbidden = set()
    notes: dict[int, str] = {}
    for r, prior in enumerate(priors):
        if prior is None:
            continue
        for rej in prior.rejected:
            if rej in poi_row:
                forbidden.add((r, poi_row[rej]))
        if prior.decision in ("accepted", "relinked"):
            if prior.status == STATUS_MISSING or prior.poi_id is None:
                fixed[r] = None
            elif prior.poi_id in poi_row:
                fixed[r] = poi_row[prior.poi_id]
            else:
                notes[r] = "zugeordneter POI fehlt"
        elif prior.decision == "rejected" and prior.poi_id in poi_row and prior.status != STATUS_MISSING:
            forbidden.add((r, poi_row[prior.poi_id]))
    taken = {p for p in fixed.values() if p is not None}
    allowed = compat >= 0.5
    if fixed:
        allowed &= ~np.isin(i, list(fixed)) & ~np.isin(j, list(taken))
    if forbidden:
        allowed &= np.array([(x, y) not in forbidden for x, y in zip(i, j)], dtype=bool)
    keep = allowed & (score >= max(opt.min_score, 1e-9))
    # stage 1: confident near pairs; stage 2: weak near pairs and moves among the rest
    sure = keep & (d <= opt.max_distance) & (score >= opt.min_score + REVIEW_BAND)
    edges = _best_per_register(np.flatnonzero(sure), i, score, MAX_CANDIDATES)
    chosen = edges[assign(i[edges], j[edges], score[edges], n_r, n_p)]
    left = keep & ~sure & ~np.isin(i, i[chosen]) & ~np.isin(j, j[chosen])
    edges = _best_per_register(np.flatnonzero(left), i, score, MAX_CANDIDATES)
    chosen = np.concatenate([chosen, edges[assign(i[edges], j[edges], score[edges], n_r, n_p)]])
    forced = review_pairs(allowed & (compat >= 0.7), i, j, d, name, addr, score, chosen, opt, compat)
    chosen = np.concatenate([chosen, forced])
    matched = np.unique(np.concatenate([j[chosen], np.fromiter(taken, dtype=np.int64)]))
    dupes = duplicate_pois(index, p_nid, info, matched, opt)
    report(0.8)
    return _results(
        reg,
        reg_categories,
        reg_keys,
        info,
        opt,
        priors,
        fixed,
        notes,
        forbidden,
        i,
        j,
        d,
        name,
        addr,
        score,
        how,
        chosen,
        use,
        set(forced.tolist()),
        dupes,
    )


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


def review_pairs(allowed, i, j, d, name, addr, score, chosen, opt: Options, compat) -> np.ndarray:
    """Edges pairing unmatched register entries with unmatched POIs (of a register category or
    unknown kind) at the same address (house number included), within MAX_DISTANCE with a
    name similarity of at least STRONG_NAME, or at the same place: the only unmatched POI of
    the entry's category within DECAY_SHARE * MAX_DISTANCE without a differing address, whose
    only such entry it is (renamed). Such a POI is rather the entry itself than a new
    institution (a pair for review)."""
    n_r, n_p = int(i.max(initial=-1)) + 1, int(j.max(initial=-1)) + 1
    free = allowed & ~np.isin(i, i[chosen]) & ~np.isin(j, j[chosen])
    close = free & (compat >= 1.0) & (d <= DECAY_SHARE * opt.max_distance) & ~(addr < 0.7)
    only = (
        close
        & (np.bincount(i[close], minlength=n_r)[i] == 1)
        & (np.bincount(j[close], minlength=n_p)[j] == 1)
    )
    free &= (addr >= 1.0) | ((d <= opt.max_distance) & (name >= STRONG_NAME)) | only
    edges = np.flatnonzero(free)
    value = score + np.nan_to_num(addr) + np.nan_to_num(name)  # address and name first
    edges = _best_per_register(edges, i, value, 1)
    return edges[assign(i[edges], j[edges], value[edges], n_r, n_p)]


def name_cores(reg: Places, pois: Places, rows_p: np.ndarray) -> dict[tuple, tuple]:
    """Name -> core: without a trailing bracket/dash/comma part (:func:`core_name_tokens`) and
    without trailing words that the addresses name as city or district (``Kita Sonnenschein
    Oberhausen``), as long as a distinctive token is left."""
    words = {w for p in (*reg.places, *(pois.places[k] for k in rows_p)) if p for w in p}
    words -= GENERIC | STOPWORDS
    out: dict[tuple, tuple] = {}
    pairs = [(reg.tokens, reg.cores), ([pois.tokens[k] for k in rows_p], [pois.cores[k] for k in rows_p])]
    for tokens, cores in pairs:
        for toks, core in zip(tokens, cores):
            core = list(core)
            while len(core) > 1 and core[-1] in words and any(t not in GENERIC for t in core[:-1]):
                core.pop()
            if toks and tuple(core) != toks:
                out[toks] = tuple(core)
    return out


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


def _best_per_register(edges: np.ndarray, i: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """The k best-scoring edges of each register entry."""
    if not len(edges):
        return edges
    order = edges[np.lexsort((-score[edges], i[edges]))]
    first = np.concatenate(([True], i[order][1:] != i[order][:-1]))
    group_start = np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
    return np.sort(order[np.arange(len(order)) - group_start < k])


def _round(value: float, digits: int) -> Optional[float]:
    """Rounded float or None for NaN."""
    return None if value is None or math.isnan(value) else round(float(value), digits)


def _results(reg, reg_categories, reg_keys, info, opt, priors, fixed, notes, forbidden,
             i, j, d, name, addr, score, how, chosen, use, forced=frozenset(), dupes=None) -> MatchResult:  # fmt: skip
    """Output tables from the chosen edges and the kept decisions."""
    pois = info.places
    n_r = len(reg.ids)
    match_of = {int(i[e]): int(e) for e in chosen}
    matched_p = {int(j[e]) for e in chosen} | {p for p in fixed.values() if p is not None}
    # second best per register entry (ambiguity) and best unused score (near misses)
    best_other = np.zeros(n_r)
    valid = np.flatnonzero(score > 0)
    for e in valid[np.argsort(score[valid])]:
        r = int(i[e])
        if match_of.get(r) != e and (r, int(j[e])) not in forbidden:
            best_other[r] = score[e]
    band = opt.min_score + REVIEW_BAND
    rows = []
    links = []
    for r in range(n_r):
        prior = priors[r]
        rec = dict.fromkeys(
            ("pm_status", "pm_poi_id", "pm_poi_name", "pm_name_score", "pm_dist_m", "pm_score", "pm_hinweis",
             "pm_entscheidung", "pm_geprueft_am", "pm_abgelehnt"),
        )  # fmt: skip
        rec["pm_pruefen"] = 0
        hints = [notes[r]] if r in notes else []
        p, e = None, match_of.get(r)
        if r in fixed:
            p = fixed[r]
            rec["pm_entscheidung"], rec["pm_geprueft_am"] = prior.decision, prior.checked
            hints.append("manuell geprüft")
            if p is not None:
                dist = float(math.hypot(reg.x[r] - pois.x[p], reg.y[r] - pois.y[p]))
                hit = np.flatnonzero((i == r) & (j == p))
                rec["pm_score"] = _round(score[hit[0]], 3) if len(hit) else None
                rec["pm_name_score"] = _round(name[hit[0]], 3) if len(hit) else None
        elif e is not None:
            p = int(j[e])
            dist = float(d[e])
            rec["pm_score"] = _round(score[e], 3)
            rec["pm_name_score"] = _round(name[e], 3)
            review = e in forced
            if review:
                hints.append(
                    "gleiche Adresse"
                    if addr[e] >= 1.0
                    else "gleicher Name"
                    if name[e] >= STRONG_NAME
                    else "gleicher Ort"
                )
            elif score[e] < band:
                hints.append("knapp über Mindestwert")
                review = True
            if pois.names[p] is None:
                hints.append("POI ohne Name")
                review = True
            elif not np.isnan(name[e]) and name[e] < NAME_DIFFERS:
                hints.append("Name weicht ab")
                review = True
            if addr[e] == 0.0 or addr[e] == 0.25:
                hints.append("Adresse weicht ab")
            if best_other[r] >= score[e] - 0.05:
                hints.append("ähnlich gute Alternative")
                review = True
            if dist > opt.max_distance:
                review = True
            rec["pm_pruefen"] = int(review)
        else:
            if best_other[r] >= opt.min_score - REVIEW_BAND and best_other[r] > 0:
                hints.append("Kandidat knapp unter Mindestwert")
                rec["pm_pruefen"] = 1
        if p is not None:
            rec["pm_status"] = STATUS_CONFIRMED if dist <= opt.max_distance else STATUS_MOVED
            rec["pm_poi_id"] = id_text(pois.ids[p])
            rec["pm_poi_name"] = pois.names[p]
            rec["pm_dist_m"] = round(dist, 1)
            if rec["pm_status"] == STATUS_MOVED:
                hints.append(f"verschoben um {dist:.0f} m")
            links.append((r, p, rec["pm_status"], rec["pm_score"], rec["pm_dist_m"], rec["pm_pruefen"]))
        else:
            rec["pm_status"] = STATUS_MISSING
        if prior is not None:
            if r not in fixed and prior.decision == "rejected" and rec["pm_status"] == STATUS_MISSING:
                rec["pm_entscheidung"], rec["pm_geprueft_am"] = prior.decision, prior.checked
                rec["pm_pruefen"] = 0
            rejected = list(prior.rejected)
            if prior.decision == "rejected" and prior.poi_id and prior.status != STATUS_MISSING:
                rejected.append(prior.poi_id)
            rec["pm_abgelehnt"] = ",".join(dict.fromkeys(rejected)) or None
        rec["pm_hinweis"] = "; ".join(hints) or None
        rows.append(rec)
    register = pd.DataFrame(rows, columns=REGISTER_FIELDS)
    link_frame = pd.DataFrame(
        links, columns=["register", "poi", "pm_status", "pm_score", "pm_dist_m", "pm_pruefen"]
    )
    dupes = dupes or {}
    new = _new_pois(
        reg, reg_categories, reg_keys, info, opt, matched_p | set(dupes), i, j, d, match_of, fixed, use
    )
    reg_of = {int(j[e]): r for r, e in match_of.items()} | {p: r for r, p in fixed.items() if p is not None}
    for dup, p in dupes.items():  # a second POI of a matched institution: noted, not new
        k = reg_of[p]
        hint = f"weiterer POI: {id_text(pois.ids[dup])}"
        register.at[k, "pm_hinweis"] = "; ".join(h for h in (register.at[k, "pm_hinweis"], hint) if h)
    # an entry not found with a new POI nearby: review (perhaps renamed beyond recognition)
    row_of = {id_text(r): k for k, r in enumerate(reg.ids)}
    near_new = new.loc[new["pm_register_id"].notna(), ["pm_register_id", "pm_poi_name"]]
    for reg_id, poi_name in near_new.itertuples(index=False):
        k = row_of[reg_id]
        if register.at[k, "pm_entscheidung"] is None:
            register.at[k, "pm_pruefen"] = 1
            hint = f"neuer POI in der Nähe: {poi_name or 'ohne Name'}"
            register.at[k, "pm_hinweis"] = "; ".join(h for h in (register.at[k, "pm_hinweis"], hint) if h)
    stats = {
        "candidates": int(len(i)),
        **{s: int((register["pm_status"] == s).sum()) for s in STATUSES[:3]},
        STATUS_NEW: int(len(new)),
        "review": int(register["pm_pruefen"].sum()),
    }
    return MatchResult(register, new, link_frame, stats)


REGISTER_FIELDS = (
    "pm_status", "pm_poi_id", "pm_poi_name", "pm_name_score", "pm_dist_m", "pm_score", "pm_pruefen",
    "pm_hinweis", "pm_entscheidung", "pm_geprueft_am", "pm_abgelehnt",
)  # fmt: skip
NEW_FIELDS = (
    "pm_status", "pm_poi_id", "pm_poi_name", "pm_kategorie", "pm_register_id", "pm_pruefen", "pm_hinweis", "pm_entscheidung",
    "pm_geprueft_am",
)  # fmt: skip


def _new_pois(reg, reg_categories, reg_keys, info, opt, matched_p, i, j, d, match_of, fixed, use):
    """POIs of a register category without partner (``neu``)."""
    pois = info.places
    label: dict[str, dict[str, int]] = {}
    for text, keys in zip(reg_categories, reg_keys):
        for k in keys:
            label.setdefault(k, {})
            label[k][str(text).strip()] = label[k].get(str(text).strip(), 0) + 1
    present = set(label) if label else set(cats_keys(info))
    near_unmatched: dict[int, tuple[float, int]] = {}
    for e in np.flatnonzero(d <= opt.max_distance):
        r, p = int(i[e]), int(j[e])
        if r not in match_of and r not in fixed and (p not in near_unmatched or d[e] < near_unmatched[p][0]):
            near_unmatched[p] = (float(d[e]), r)
    rows = []
    for p in range(len(pois.ids)):
        if p in matched_p:
            continue
        if use:
            keys = info.exact[p] & present
            if not keys:
                continue
            named = name_categories(pois.tokens[p]) & keys
            order = sorted(named) + sorted(keys - named)
            cat = next((max(label[k], key=label[k].get) for k in order if k in label), ", ".join(order))
        else:
            if pois.names[p] is None:
                continue
            cat = None
        hints, review, reg_id = [], 0, None
        if p in near_unmatched:
            reg_id = id_text(reg.ids[near_unmatched[p][1]])
            hints.append(f"nahe Registereintrag {reg_id} ({near_unmatched[p][0]:.0f} m)")
            review = 1
        if pois.names[p] is None:
            hints.append("ohne Name")
        rows.append(
            {"poi": p, "pm_status": STATUS_NEW, "pm_poi_id": id_text(pois.ids[p]), "pm_poi_name": pois.names[p],
             "pm_kategorie": cat, "pm_register_id": reg_id,
             "pm_pruefen": review, "pm_hinweis": "; ".join(hints) or None, "pm_entscheidung": None,
             "pm_geprueft_am": None}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=["poi", *NEW_FIELDS])


def cats_keys(info: PoiInfo) -> set:
    """All category keys any POI has (used when the register has no categories)."""
    out: set = set()
    for e in info.exact:
        out |= e
    return out
