"""POI matching, input: register entries and POIs from raw columns, category classes (no QGIS).

POIs are classified by their category tags (field value and OSM ``other_tags``): exactly
compatible with register categories, generic social (community centre, social facility,
association), unrelated (shops, restaurants ...) or unknown.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

import numpy as np

from .normalize import (
    STOPWORDS,
    Address,
    core_name_tokens,
    fold,
    house_number,
    name_categories,
    name_kinds,
    name_tokens,
    parse_address,
)

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
    if not other_tags or not isinstance(other_tags, str):  # None, or NaN from a pandas 3 column
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


@dataclass
class Columns:
    """Raw columns of register entries or POIs, of equal length (None: not given)."""

    ids: Sequence
    x: Sequence[float]
    y: Sequence[float]
    names: Sequence
    streets: Sequence  # whole addresses when numbers is None
    numbers: Optional[Sequence] = None


@dataclass
class RegisterColumns(Columns):
    """Raw register columns."""

    categories: Optional[Sequence] = None
    priors: Optional[Sequence[tuple]] = None  # per entry (decision, POI id, status, checked, rejected)

    def places(self) -> Places:
        """The register entries prepared for matching."""
        return prepare(self.ids, self.x, self.y, self.names, self.streets, self.numbers)


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
        self._keys_cache: dict[Optional[str], frozenset[str]] = {}

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
        """Category keys of a register category text (remembered per text)."""
        keys = self._keys_cache.get(category)
        if keys is None:
            keys = self._keys_cache[category] = self._register_keys(category)
        return keys

    def _register_keys(self, category: Optional[str]) -> frozenset[str]:
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


# ------------------------------------------------------------------------------ POIs
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


@dataclass
class PoiColumns(Columns):
    """Raw POI columns."""

    categories: Optional[Sequence] = None  # category field values (e.g. amenity)
    other_tags: Optional[Sequence] = None  # OSM tags as hstore text
    category_key: str = ""  # name of the category field (lower case)


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
    """POIs from raw columns, see :func:`prepare_poi_columns` (the positional form)."""
    columns = PoiColumns(ids, x, y, names, streets, numbers, categories, other_tags, category_key)
    return prepare_poi_columns(columns, cats)


def prepare_poi_columns(columns: PoiColumns, cats: Categories) -> PoiInfo:
    """POIs from raw columns; name and address fall back to ``other_tags`` (name, addr:*).

    Names of unrelated POIs (shops ...) are not normalised: they are never candidates.
    """
    n = len(columns.ids)
    rows = _PoiRows(n, columns.category_key, cats)
    none = [None] * n
    use = False
    for k, name, street, number, category, text in zip(
        range(n),
        columns.names,
        columns.streets,
        columns.numbers if columns.numbers is not None else none,
        columns.categories if columns.categories is not None else none,
        columns.other_tags if columns.other_tags is not None else none,
    ):
        if category is not None and type(category) is not str:
            category = _text(category)
        tags = relevant_tags(text) if text else {}
        use = use or bool(category) or bool(tags)
        if rows.unrelated_kind(category, tags):  # a shop, restaurant ...
            rows.skip(k)
        else:
            rows.add(k, name, (street, number), category, tags)
    places = Places(
        list(columns.ids), np.asarray(columns.x, float), np.asarray(columns.y, float), rows.names,
        rows.tokens, [a.street for a in rows.addr], [a.number for a in rows.addr],
        [a.places for a in rows.addr], rows.cores,
    )  # fmt: skip
    return PoiInfo(places, rows.exact, rows.flags, use)


class _PoiRows:
    """The per-POI lists of :func:`prepare_poi_columns`, filled one POI after the other."""

    NO_ADDRESS = Address("", None)

    def __init__(self, n: int, category_key: str, cats: Categories) -> None:
        self.names: list = []
        self.tokens: list = []
        self.cores: list = []
        self.addr: list = []
        self.exact: list = []
        self.flags = np.zeros(n, dtype=np.int64)
        self.category_key, self.cats = category_key, cats
        self.social_values, self.social_keys = cats.social_words()
        self.classes: dict = {}  # (tag set, name categories) -> (exact keys, flag)

    def unrelated_kind(self, category: Optional[str], tags: dict[str, str]) -> bool:
        """A POI of a known kind without any social category value or tag (shop, restaurant)."""
        if (category and self.cats.social_category(category)) or any(
            key in self.social_keys or value in self.social_values for key, value in tags.items()
        ):
            return False
        return bool(category) or any(key in KIND_KEYS for key in tags)

    def skip(self, k: int, name: Optional[str] = None, exact: frozenset = frozenset()) -> None:
        """An unrelated POI: no tokens and no address (``name`` kept for display)."""
        self.names.append(name)
        self.tokens.append(())
        self.cores.append(())
        self.addr.append(self.NO_ADDRESS)
        self.exact.append(exact)
        self.flags[k] = UNRELATED

    def add(self, k: int, name, address: tuple, category: Optional[str], tags: dict[str, str]) -> None:
        """A POI that may be social: classified by its tags and name, name and address normalised."""
        name = _text(name) or _text(tags.get("name"))
        street, number = address
        if _text(street) is None and "addr:street" in tags:
            street, number = tags["addr:street"], tags.get("addr:housenumber")
        tagset = poi_tags(category, self.category_key, tags)
        toks = name_tokens(name) if name else ()
        key = (tagset, name_categories(toks) if self.cats.builtin else ())
        cls = self.classes.get(key)
        if cls is None:
            cls = self.classes[key] = self.cats.poi_class(tagset, toks)
        if cls[1] == UNRELATED:
            self.skip(k, name, cls[0])
            return
        self.names.append(name)
        self.tokens.append(toks)
        self.cores.append(core_name_tokens(name) if name else ())
        self.addr.append(
            _address(street, number, [tags[key] for key in PLACE_KEYS if key in tags] if tags else ())
        )
        self.exact.append(cls[0])
        self.flags[k] = cls[1]
