"""POI matching, results: earlier review decisions and the output tables (no QGIS).

Status ``bestätigt`` / ``verschoben`` / ``nicht gefunden``, review flag and hints per
register entry, and POIs of a compatible category without partner (``neu``). Earlier
review decisions (``accepted``/``relinked`` pairs, ``rejected`` POIs) are kept.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .i18n import QT_TRANSLATE_NOOP
from .normalize import name_categories
from .poimatch_assign import Assignment
from .poimatch_input import Places, PoiInfo, _text, id_text
from .poimatch_scoring import NAME_DIFFERS, REVIEW_BAND, STRONG_NAME, Pairs, Tables
from .values import MethodError, plain_text_columns

STATUS_CONFIRMED = "bestätigt"
STATUS_MOVED = "verschoben"
STATUS_MISSING = "nicht gefunden"
STATUS_NEW = "neu"
STATUSES = (STATUS_CONFIRMED, STATUS_MOVED, STATUS_MISSING, STATUS_NEW)
#: Review decisions (field pm_entscheidung).
DECISION_ACCEPTED = "accepted"
DECISION_REJECTED = "rejected"
DECISION_RELINKED = "relinked"
DECISIONS = (DECISION_ACCEPTED, DECISION_REJECTED, DECISION_RELINKED)

REGISTER_FIELDS = (
    "pm_status", "pm_poi_id", "pm_poi_name", "pm_name_score", "pm_dist_m", "pm_score", "pm_pruefen",
    "pm_hinweis", "pm_entscheidung", "pm_geprueft_am", "pm_abgelehnt",
)  # fmt: skip
NEW_FIELDS = (
    "pm_status", "pm_poi_id", "pm_poi_name", "pm_kategorie", "pm_register_id", "pm_pruefen", "pm_hinweis", "pm_entscheidung",
    "pm_geprueft_am",
)  # fmt: skip
LINK_COLUMNS = ("register", "poi", "pm_status", "pm_score", "pm_dist_m", "pm_pruefen")


@dataclass
class MatchResult:
    """Per register entry and per POI results, plus the links."""

    register: pd.DataFrame  # pm_* columns, one row per register entry (input order)
    new: pd.DataFrame  # POIs listed as new: poi (row index), pm_* columns
    links: pd.DataFrame  # register row, poi row, pm_* columns of the pair
    stats: dict = field(default_factory=dict)


# ------------------------------------------------------------------------- decisions
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


@dataclass
class Decisions:
    """Earlier decisions as fixed pairs and rejected POIs."""

    priors: list  # Prior or None per register entry
    fixed: dict = field(default_factory=dict)  # register row -> POI row (None: accepted as not found)
    forbidden: set = field(default_factory=set)  # rejected (register row, POI row) pairs
    notes: dict = field(default_factory=dict)  # register row -> hint

    @classmethod
    def of(cls, priors: Sequence[Optional[Prior]], pois: Places) -> Decisions:
        """The pairs and rejections of ``priors`` among the POIs (by their ids)."""
        out = cls(list(priors))
        poi_row = {id_text(p): k for k, p in enumerate(pois.ids)}
        for r, prior in enumerate(out.priors):
            if prior is None:
                continue
            for rej in prior.rejected:
                if rej in poi_row:
                    out.forbidden.add((r, poi_row[rej]))
            if prior.decision in (DECISION_ACCEPTED, DECISION_RELINKED):
                if prior.status == STATUS_MISSING or prior.poi_id is None:
                    out.fixed[r] = None
                elif prior.poi_id in poi_row:
                    out.fixed[r] = poi_row[prior.poi_id]
                else:
                    out.notes[r] = "zugeordneter POI fehlt"
            elif (
                prior.decision == DECISION_REJECTED
                and prior.poi_id in poi_row
                and prior.status != STATUS_MISSING
            ):
                out.forbidden.add((r, poi_row[prior.poi_id]))
        return out

    @property
    def taken(self) -> set:
        """POI rows of the fixed pairs."""
        return {p for p in self.fixed.values() if p is not None}

    def allowed(self, pairs: Pairs) -> np.ndarray:
        """Pairs that may be chosen: compatible, not fixed and not rejected."""
        allowed = pairs.compat >= 0.5
        if self.fixed:
            allowed &= ~np.isin(pairs.i, list(self.fixed)) & ~np.isin(pairs.j, list(self.taken))
        if self.forbidden:
            forbidden = self.forbidden
            allowed &= np.array([(x, y) not in forbidden for x, y in zip(pairs.i, pairs.j)], dtype=bool)
        return allowed


# --------------------------------------------------------------------------- results
def _round(value: float, digits: int) -> Optional[float]:
    """Rounded float or None for NaN."""
    return None if value is None or math.isnan(value) else round(float(value), digits)


def _add_hint(register: pd.DataFrame, k: int, hint: str) -> None:
    """Append a hint to the pm_hinweis of register row k."""
    register.at[k, "pm_hinweis"] = "; ".join(h for h in (register.at[k, "pm_hinweis"], hint) if h)


def results(t: Tables, decisions: Decisions, pairs: Pairs, chosen: Assignment) -> MatchResult:
    """Output tables from the chosen pairs and the kept decisions."""
    rows = _RegisterRows(t, decisions, pairs, chosen)
    register = plain_text_columns(
        pd.DataFrame([rows.row(r) for r in range(len(t.reg.ids))], columns=REGISTER_FIELDS)
    )
    link_frame = plain_text_columns(pd.DataFrame(rows.links, columns=list(LINK_COLUMNS)))
    new = new_pois(t, pairs, decisions, rows.match_of, rows.matched | set(chosen.dupes))
    reg_of = rows.reg_of()
    for dup, p in chosen.dupes.items():  # a second POI of a matched institution: noted, not new
        _add_hint(register, reg_of[p], f"weiterer POI: {id_text(t.pois.ids[dup])}")
    # an entry not found with a new POI nearby: review (perhaps renamed beyond recognition)
    row_of = {id_text(r): k for k, r in enumerate(t.reg.ids)}
    near_new = new.loc[new["pm_register_id"].notna(), ["pm_register_id", "pm_poi_name"]]
    for reg_id, poi_name in near_new.itertuples(index=False):
        k = row_of[reg_id]
        if register.at[k, "pm_entscheidung"] is None:
            register.at[k, "pm_pruefen"] = 1
            _add_hint(register, k, f"neuer POI in der Nähe: {poi_name or 'ohne Name'}")
    stats = {
        "candidates": int(len(pairs.i)),
        **{s: int((register["pm_status"] == s).sum()) for s in STATUSES[:3]},
        STATUS_NEW: int(len(new)),
        "review": int(register["pm_pruefen"].sum()),
    }
    return MatchResult(register, new, link_frame, stats)


class _RegisterRows:
    """The result row of each register entry (and its link), from the chosen pairs."""

    def __init__(self, t: Tables, decisions: Decisions, pairs: Pairs, chosen: Assignment) -> None:
        self.t, self.decisions, self.pairs, self.forced = t, decisions, pairs, chosen.forced
        i, j = pairs.i, pairs.j
        self.match_of = {int(i[e]): int(e) for e in chosen.chosen}
        self.matched = {int(j[e]) for e in chosen.chosen} | decisions.taken
        self.best_other = self._best_other()
        self.links: list[tuple] = []

    def _best_other(self) -> np.ndarray:
        """Best score per register entry of a pair not chosen and not rejected (ambiguity, near misses)."""
        i, j, score = self.pairs.i, self.pairs.j, self.pairs.score
        forbidden = self.decisions.forbidden
        best_other = np.zeros(len(self.t.reg.ids))
        valid = np.flatnonzero(score > 0)
        for e in valid[np.argsort(score[valid])]:
            r = int(i[e])
            if self.match_of.get(r) != e and (r, int(j[e])) not in forbidden:
                best_other[r] = score[e]
        return best_other

    def reg_of(self) -> dict:
        """Register row of every matched POI row."""
        fixed = self.decisions.fixed
        j = self.pairs.j
        return {int(j[e]): r for r, e in self.match_of.items()} | {
            p: r for r, p in fixed.items() if p is not None
        }

    def row(self, r: int) -> dict:
        """The pm_* fields of register entry r (its link is added to ``links``)."""
        rec = dict.fromkeys(REGISTER_FIELDS)
        rec["pm_pruefen"] = 0
        notes = self.decisions.notes
        hints = [notes[r]] if r in notes else []
        if r in self.decisions.fixed:
            p, dist = self._fixed(r, rec, hints)
        elif r in self.match_of:
            p, dist = self._chosen(r, self.match_of[r], rec, hints)
        else:
            p = dist = None
            opt, best = self.t.opt, self.best_other[r]
            if best >= opt.min_score - REVIEW_BAND and best > 0:
                hints.append("Kandidat knapp unter Mindestwert")
                rec["pm_pruefen"] = 1
        if p is not None:
            self._pair(r, p, dist, rec, hints)
        else:
            rec["pm_status"] = STATUS_MISSING
        prior = self.decisions.priors[r]
        if prior is not None:
            self._prior(r, prior, rec)
        rec["pm_hinweis"] = "; ".join(hints) or None
        return rec

    def _fixed(self, r: int, rec: dict, hints: list) -> tuple[Optional[int], Optional[float]]:
        """A pair fixed by an earlier decision: (POI row, distance) or (None, None)."""
        prior, p = self.decisions.priors[r], self.decisions.fixed[r]
        rec["pm_entscheidung"], rec["pm_geprueft_am"] = prior.decision, prior.checked
        hints.append("manuell geprüft")
        if p is None:
            return None, None
        reg, pois, pairs = self.t.reg, self.t.pois, self.pairs
        dist = float(math.hypot(reg.x[r] - pois.x[p], reg.y[r] - pois.y[p]))
        hit = np.flatnonzero((pairs.i == r) & (pairs.j == p))
        rec["pm_score"] = _round(pairs.score[hit[0]], 3) if len(hit) else None
        rec["pm_name_score"] = _round(pairs.name[hit[0]], 3) if len(hit) else None
        return p, dist

    def _chosen(self, r: int, e: int, rec: dict, hints: list) -> tuple[int, float]:
        """A chosen pair (edge e): (POI row, distance), scores, hints and the review flag."""
        pairs, opt = self.pairs, self.t.opt
        p, dist = int(pairs.j[e]), float(pairs.d[e])
        score, name, addr = pairs.score[e], pairs.name[e], pairs.addr[e]
        rec["pm_score"] = _round(score, 3)
        rec["pm_name_score"] = _round(name, 3)
        review = e in self.forced
        if review:
            hints.append(
                "gleiche Adresse"
                if addr >= 1.0
                else "gleicher Name"
                if name >= STRONG_NAME
                else "gleicher Ort"
            )
        elif score < opt.min_score + REVIEW_BAND:
            hints.append("knapp über Mindestwert")
            review = True
        if self.t.pois.names[p] is None:
            hints.append("POI ohne Name")
            review = True
        elif not np.isnan(name) and name < NAME_DIFFERS:
            hints.append("Name weicht ab")
            review = True
        if addr == 0.0 or addr == 0.25:
            hints.append("Adresse weicht ab")
        if self.best_other[r] >= score - 0.05:
            hints.append("ähnlich gute Alternative")
            review = True
        rec["pm_pruefen"] = int(review or dist > opt.max_distance)
        return p, dist

    def _pair(self, r: int, p: int, dist: float, rec: dict, hints: list) -> None:
        """Status, POI fields and the link of a paired entry."""
        pois = self.t.pois
        rec["pm_status"] = STATUS_CONFIRMED if dist <= self.t.opt.max_distance else STATUS_MOVED
        rec["pm_poi_id"] = id_text(pois.ids[p])
        rec["pm_poi_name"] = pois.names[p]
        rec["pm_dist_m"] = round(dist, 1)
        if rec["pm_status"] == STATUS_MOVED:
            hints.append(f"verschoben um {dist:.0f} m")
        self.links.append((r, p, rec["pm_status"], rec["pm_score"], rec["pm_dist_m"], rec["pm_pruefen"]))

    def _prior(self, r: int, prior: Prior, rec: dict) -> None:
        """Fields kept from an earlier decision: a rejected closure, the rejected POIs."""
        rejected_pair = prior.decision == DECISION_REJECTED
        if r not in self.decisions.fixed and rejected_pair and rec["pm_status"] == STATUS_MISSING:
            rec["pm_entscheidung"], rec["pm_geprueft_am"] = prior.decision, prior.checked
            rec["pm_pruefen"] = 0
        rejected = list(prior.rejected)
        if rejected_pair and prior.poi_id and prior.status != STATUS_MISSING:
            rejected.append(prior.poi_id)
        rec["pm_abgelehnt"] = ",".join(dict.fromkeys(rejected)) or None


# -------------------------------------------------------------------------- new POIs
def new_pois(t: Tables, pairs: Pairs, decisions: Decisions, match_of: dict, matched: set) -> pd.DataFrame:
    """POIs of a register category without partner (``neu``), except the ``matched`` ones."""
    label = _category_labels(t)
    present = set(label) if label else set(cats_keys(t.info))
    near = _near_unmatched(pairs, t.opt.max_distance, match_of, decisions.fixed)
    pois = t.pois
    rows = []
    for p in range(len(pois.ids)):
        if p in matched:
            continue
        if t.use:
            keys = t.info.exact[p] & present
            if not keys:
                continue
            named = name_categories(pois.tokens[p]) & keys
            order = sorted(named) + sorted(keys - named)
            cat = next((max(label[k], key=label[k].get) for k in order if k in label), ", ".join(order))
        else:
            if pois.names[p] is None:
                continue
            cat = None
        rows.append(_new_row(t, p, cat, near.get(p)))
    return plain_text_columns(pd.DataFrame(rows, columns=["poi", *NEW_FIELDS]))


def _new_row(t: Tables, p: int, cat: Optional[str], near: Optional[tuple[float, int]]) -> dict:
    """The row of new POI p: category label, nearest unmatched register entry (distance, row)."""
    hints, review, reg_id = [], 0, None
    if near is not None:
        reg_id = id_text(t.reg.ids[near[1]])
        hints.append(f"nahe Registereintrag {reg_id} ({near[0]:.0f} m)")
        review = 1
    name = t.pois.names[p]
    if name is None:
        hints.append("ohne Name")
    return {"poi": p, "pm_status": STATUS_NEW, "pm_poi_id": id_text(t.pois.ids[p]), "pm_poi_name": name,
            "pm_kategorie": cat, "pm_register_id": reg_id,
            "pm_pruefen": review, "pm_hinweis": "; ".join(hints) or None, "pm_entscheidung": None,
            "pm_geprueft_am": None}  # fmt: skip


def _category_labels(t: Tables) -> dict[str, dict[str, int]]:
    """Category key -> {register category text: how many entries have it}."""
    label: dict[str, dict[str, int]] = {}
    for text, keys in zip(t.categories, t.keys):
        for k in keys:
            label.setdefault(k, {})
            label[k][str(text).strip()] = label[k].get(str(text).strip(), 0) + 1
    return label


def _near_unmatched(
    pairs: Pairs, max_distance: float, match_of: dict, fixed: dict
) -> dict[int, tuple[float, int]]:
    """POI row -> (distance, row) of the nearest unmatched register entry within max_distance."""
    i, j, d = pairs.i, pairs.j, pairs.d
    near: dict[int, tuple[float, int]] = {}
    for e in np.flatnonzero(d <= max_distance):
        r, p = int(i[e]), int(j[e])
        if r not in match_of and r not in fixed and (p not in near or d[e] < near[p][0]):
            near[p] = (float(d[e]), r)
    return near


def cats_keys(info: PoiInfo) -> set:
    """All category keys any POI has (used when the register has no categories)."""
    out: set = set()
    for e in info.exact:
        out |= e
    return out
