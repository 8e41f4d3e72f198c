"""POI matching, names: IDF-weighted token and trigram similarity, blocking keys (no QGIS)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

import numpy as np

from .normalize import GENERIC, STOPWORDS, name_kinds, name_operators
from .poimatch_input import Places

#: Name similarity factor when the names state different kinds (Kita vs. Pfarrheim).
KIND_MISMATCH = 0.6
#: Name similarity factor when the names state different operators (AWO vs. Caritas).
OPERATOR_MISMATCH = 0.75
#: Generic (operator/kind) tokens weigh this much of a distinctive token.
GENERIC_WEIGHT = 0.3
#: Similarity of two tokens one typo apart (relative to equal tokens).
TYPO_SIMILARITY = 0.85


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
        tok, gram = self._rows(names)
        self.tok_width = len(self.tok_vocab)
        self.tok = self._sparse(tok, n, self.tok_width)
        self.gram = self._sparse(gram, n, self.gram_width)
        # tokens one typo apart count TYPO_SIMILARITY of an equal token
        near = self._typo_neighbours()
        soft = tuple(list(c) for c in tok)
        for nid, col, w in zip(*tok):
            for other in near.get(col, ()):
                soft[0].append(nid)
                soft[1].append(other)
                soft[2].append(TYPO_SIMILARITY * w)
        self.soft = self._sparse(soft, n, self.tok_width) if near else self.tok

    def _rows(self, names: list) -> tuple[tuple[list, list, list], tuple[list, list, list]]:
        """(name ids, column ids, weights) of the token and of the trigram vectors, name by name."""
        tok: tuple[list, list, list] = ([], [], [])
        gram: tuple[list, list, list] = ([], [], [])
        gram_vocab: dict[str, int] = {}
        grams_of: dict[str, list[int]] = {}  # token -> its trigram ids, made once per token
        for nid, toks in enumerate(names):
            for t in toks:
                w = self.weight[t]
                tok[0].append(nid)
                tok[1].append(self.tok_vocab[t])
                tok[2].append(w)
                grams = grams_of.get(t)
                if grams is None:
                    padded = f"#{t}#"
                    grams = grams_of[t] = [
                        gram_vocab.setdefault(padded[k : k + 3], len(gram_vocab))
                        for k in range(len(padded) - 2)
                    ]
                gram[0].extend([nid] * len(grams))
                gram[1].extend(grams)
                gram[2].extend([w] * len(grams))
        self.gram_width = len(gram_vocab)
        return tok, gram

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
        """(pointer, columns, weights, sorted keys, norms) of a row-sparse matrix from
        (name ids, column ids, weights)."""
        if not len(rows[0]):
            z = np.zeros(0)
            return np.zeros(n + 1, dtype=np.int64), z.astype(np.int64), z, z.astype(np.int64), np.ones(n)
        nid = np.asarray(rows[0], dtype=np.int64)
        col = np.asarray(rows[1], dtype=np.int64)
        weights = np.asarray(rows[2], dtype=float)
        key = nid * (width + 1) + col
        uniq, inv = np.unique(key, return_inverse=True)
        w = np.bincount(inv, weights=weights)
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


@dataclass
class NameIds:
    """The name index of one matching and the name id of every register entry and POI."""

    index: NameIndex
    reg: np.ndarray  # name id per register entry (-1: unnamed)
    pois: np.ndarray  # name id per POI (-1: unnamed or never a candidate)

    @classmethod
    def of(cls, reg: Places, pois: Places, rows_p: np.ndarray) -> NameIds:
        """The index over the names of the register and of the candidate POIs ``rows_p``."""
        index = NameIndex([*reg.tokens, *(pois.tokens[k] for k in rows_p)], name_cores(reg, pois, rows_p))
        p_nid = np.full(len(pois.ids), -1, dtype=np.int64)
        p_nid[rows_p] = index.ids([pois.tokens[k] for k in rows_p])
        return cls(index, index.ids(reg.tokens), p_nid)
