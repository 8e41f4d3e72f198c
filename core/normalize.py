"""German normalisation of institution names and addresses (no QGIS import).

Names become lists of canonical tokens: case and accents folded (ä -> ae, ß -> ss, so
the ASCII spellings agree), punctuation removed, legal forms dropped (e.V., gGmbH,
gUG, GmbH ...), abbreviations and synonyms mapped to one word (Kita, Kiga,
Kindergarten, Kindertagesstätte -> ``kita``; Städt. -> ``staedtisch``; Kath. ->
``kath``; St. -> ``sankt``; Arbeiterwohlfahrt -> ``awo`` ...). Streets become one
key without spaces (``Konrad-Adenauer-Str.`` -> ``konradadenauerstrasse``) and house
numbers an interval with an optional letter (``16-18`` -> 16..18, ``12 a`` -> 12a).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})

#: Legal forms and similar suffixes, matched on folded text (before punctuation goes).
_LEGAL = re.compile(
    r"(?<![a-z0-9])(?:"
    r"e\s*\.\s*v\s*\.?|"
    r"g\s*\.?\s*gmbh|gem(?:einnuetzige)?\.?\s*gmbh|ggmbh|gmbh\s*&\s*co\.?\s*kg|gmbh|mbh|"
    r"g\s*\.?\s*ug|gug|ug\s*\(haftungsbeschraenkt\)|ug|"
    r"g\s*\.?\s*ag|gag|"
    r"eingetragener\s+verein|gemeinnuetzige\s+gesellschaft\s+mit\s+beschraenkter\s+haftung|"
    r"k\s*\.?\s*d\s*\.?\s*oe\s*\.?\s*r\.?|a\s*\.?\s*oe\s*\.?\s*r\.?|e\s*\.?\s*g\s*\."
    r")(?![a-z0-9])"
)
#: Multi-word phrases replaced on folded text (word boundaries, punctuation as spaces).
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"arbeiter\s*wohlfahrt", "awo"),
    (r"deutsch(?:es|en)\s+rot(?:es|en)\s+kreuz(?:es)?", "drk"),
    (r"arbeiter\s+samariter\s+bund", "asb"),
    (r"johanniter\s+unfall\s+hilfe", "johanniter"),
    (r"malteser\s+hilfsdienst", "malteser"),
    (r"diakonisch(?:es|en)\s+werk(?:es)?", "diakonie"),
    (r"(?:der\s+)?(?:deutsche[rn]?\s+)?paritaetische[rn]?(?:\s+wohlfahrtsverband)?", "paritaetisch"),
    (r"christlicher\s+verein\s+junger\s+(?:menschen|maenner)", "cvjm"),
    (r"sozialdienst\s+katholischer\s+frauen", "skf"),
    (r"internationaler\s+bund", "ib"),
    (r"fam\s+zentrum", "familienzentrum"),
    (r"familien\s+zentrum", "familienzentrum"),
    (r"jugend\s+zentrum", "jugendzentrum"),
    (r"senioren\s+treff(?:punkt)?", "seniorentreff"),
    (r"stadtteil\s+(?:buero|laden)", "stadtteilbuero"),
    (r"quartiers?\s+buero", "stadtteilbuero"),
    (r"kinder\s+tages\s*(?:staette|einrichtung)", "kita"),
    (r"offene\s+tuer", "ot"),
    (r"der\s+stadt\s+\w+$", "staedtisch"),  # "... der Stadt Oberhausen" as operator
)
_PHRASE_RE = tuple((re.compile(r"(?<![a-z0-9])" + p + r"(?![a-z0-9])"), r) for p, r in _PHRASES)

#: Single-token synonyms and abbreviations -> canonical token.
SYNONYMS: dict[str, str] = {
    **dict.fromkeys(
        (
            "kita",
            "kitas",
            "kindertagesstaette",
            "kindertagesstaetten",
            "kindergarten",
            "kiga",
            "kindertageseinrichtung",
            "kindertagesheim",
            "tageseinrichtung",
            "kindertagesstatte",
        ),
        "kita",
    ),
    **dict.fromkeys(
        ("stadt", "staedt", "staedtisch", "staedtische", "staedtischer", "staedtisches"), "staedtisch"
    ),
    **dict.fromkeys(("kath", "katholisch", "katholische", "katholischer", "katholisches", "rk"), "kath"),
    **dict.fromkeys(
        ("ev", "evang", "evangelisch", "evangelische", "evangelischer", "evangelisches", "evgl"), "ev"
    ),
    **dict.fromkeys(("st", "sankt", "hl", "heilige", "heiligen", "heiliger"), "sankt"),
    **dict.fromkeys(("juz", "jugendzentrum", "jugendtreff", "jugendtreffpunkt", "jz"), "jugendzentrum"),
    **dict.fromkeys(("beratung", "beratungsstelle", "beratungszentrum", "beratungsbuero"), "beratung"),
    **dict.fromkeys(
        (
            "seniorentreff",
            "seniorentreffpunkt",
            "seniorenbegegnungsstaette",
            "altentreff",
            "seniorenclub",
            "seniorenklub",
        ),
        "seniorentreff",
    ),
    **dict.fromkeys(("begegnungsstaette", "begegnungszentrum", "treffpunkt"), "begegnungsstaette"),
    **dict.fromkeys(
        (
            "stadtteilbuero",
            "stadtteilladen",
            "quartiersbuero",
            "quartierbuero",
            "stadtteilzentrum",
            "quartiersmanagement",
            "quartiersladen",
        ),
        "stadtteilbuero",
    ),
    **dict.fromkeys(("familienzentrum", "familienzentren", "famz"), "familienzentrum"),
    **dict.fromkeys(("awo", "arbeiterwohlfahrt"), "awo"),
    **dict.fromkeys(("caritas", "caritasverband"), "caritas"),
    **dict.fromkeys(("diakonie", "diakonisches"), "diakonie"),
    **dict.fromkeys(("paritaetisch", "paritaetischer", "dpwv", "paritaet"), "paritaetisch"),
    **dict.fromkeys(("johanniter", "juh"), "johanniter"),
    **dict.fromkeys(("malteser", "mhd"), "malteser"),
    "ot": "ot",
}
#: Words without meaning for the match.
STOPWORDS = frozenset(
    "der die das des dem den am an im in zum zur und u fuer von vom zu e v nrw mit bei auf "
    "gemeinnuetzige gemeinnuetziger gemeinnuetziges haftungsbeschraenkt".split()
)
#: Canonical tokens that name the kind of institution or its operator (low weight).
GENERIC = frozenset(
    "kita staedtisch kath ev sankt jugendzentrum beratung seniorentreff begegnungsstaette "
    "stadtteilbuero familienzentrum awo drk caritas diakonie paritaetisch asb johanniter malteser "
    "cvjm skf ib ot kinderhaus jugendhaus jugendcafe seniorencafe verein haus zentrum".split()
)
#: Name keywords that show a register category (used for the built-in mapping).
CATEGORY_KEYWORDS: dict[str, frozenset[str]] = {
    "kita": frozenset({"kita", "kinderhaus", "krippe", "kinderkrippe", "hort", "elterninitiative"}),
    "familie": frozenset({"familienzentrum", "familienbuero"}),
    "jugend": frozenset({"jugendzentrum", "jugendhaus", "jugendcafe", "ot", "jugendclub", "jugendheim"}),
    "senior": frozenset({"seniorentreff", "begegnungsstaette", "seniorencafe", "altenstube"}),
    "beratung": frozenset(
        {
            "beratung",
            "erziehungsberatung",
            "schuldnerberatung",
            "suchtberatung",
            "frauenberatung",
            "migrationsberatung",
            "erziehungsberatungsstelle",
            "schwangerschaftsberatung",
        }
    ),
    "stadtteil": frozenset({"stadtteilbuero"}),
}

#: Endings of compound words that show a category.
CATEGORY_ENDINGS: dict[str, tuple[str, ...]] = {
    "beratung": ("beratung", "beratungsstelle", "notfallhilfe", "suchthilfe", "wohnungslosenhilfe"),
    "senior": ("begegnungsstaette", "seniorentreff"),
    "kita": ("kindergarten", "kindertagesstaette"),
    "familie": ("familienzentrum",),
    "jugend": ("jugendzentrum", "jugendtreff"),
}
#: Words naming other kinds of places (a name with one of them is no register institution).
OTHER_KINDS = frozenset(
    "pfarrheim gemeindehaus pfarrzentrum kirche pfarrkirche moschee grundschule gesamtschule realschule "
    "gymnasium schule apotheke baeckerei backstube cafe eiscafe friseur friseursalon salon praxis arztpraxis "
    "zahnarztpraxis seniorenzentrum seniorenheim seniorenresidenz pflegeheim altenheim pflegedienst "
    "wohngruppe wohnheim buergerhaus foerderverein kleingartenverein sportverein schuetzenverein sv tsv "
    "restaurant pizzeria imbiss kiosk trinkhalle blumenhaus blumen bibliothek stadtbibliothek".split()
)
#: Operator tokens; tokens in one group count as the same operator.
OPERATORS = {
    "staedtisch": "stadt", "awo": "awo", "drk": "drk", "asb": "asb", "johanniter": "johanniter",
    "malteser": "malteser", "paritaetisch": "paritaetisch", "cvjm": "cvjm", "ib": "ib",
    "kath": "kath", "caritas": "kath", "skf": "kath", "ev": "ev", "diakonie": "ev",
}  # fmt: skip

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_CITY_OPERATOR = re.compile(r"\(\s*stadt\s[^)]*\)")
_STREET_SUFFIX = re.compile(r"(str|strasse|strase|strae)(?=\W|$)")


def fold(text: object) -> str:
    """Lower case, umlauts as ae/oe/ue, ß as ss, other accents removed."""
    if text is None:
        return ""
    s = str(text).lower().translate(_FOLD)
    if s.isascii():
        return s
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def name_tokens(text: Optional[str]) -> tuple[str, ...]:
    """Canonical tokens of an institution name (empty tuple for no name)."""
    s = fold(text)
    if not s.strip():
        return ()
    s = _LEGAL.sub(" ", s)
    s = _CITY_OPERATOR.sub(" staedtisch ", s)
    s = _NON_ALNUM.sub(" ", s).strip()
    s = re.sub(r"(?<![a-z0-9])e v(?![a-z0-9])", " ", s)
    for pattern, repl in _PHRASE_RE:
        s = pattern.sub(repl, s)
    out = []
    for tok in s.split():
        tok = SYNONYMS.get(tok) or _fuzzy_synonym(tok)
        if tok not in STOPWORDS:
            out.append(tok)
    return tuple(dict.fromkeys(_join_compounds(out)))


_TRAILING_EXTRA = re.compile(r"\s*(?:\(([^)]*)\)?|\s[-–—]\s+([^-–—(]+)|,\s*([^,(]+))\s*$")


@lru_cache(maxsize=200_000)
def core_name_tokens(text: Optional[str]) -> tuple[str, ...]:
    """Name tokens without a trailing bracket, ``- Ortsteil`` or ``, Ort`` part (``Kita
    Sonnenschein (OB)`` -> kita sonnenschein), unless that part names an operator or kind or
    nothing distinctive would be left; otherwise the tokens of the whole name."""
    full = name_tokens(text)
    m = _TRAILING_EXTRA.search(str(text)) if full else None
    if not m:
        return full
    extra = name_tokens(next(g for g in m.groups() if g is not None))
    core = name_tokens(str(text)[: m.start()])
    if any(t in GENERIC or t in OPERATORS for t in extra) or all(t in GENERIC for t in core):
        return full
    return core


def _deletions(word: str) -> set[str]:
    """The word with one letter removed, in every position."""
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


_SYNONYM_DELETIONS: dict[str, str] = {}
_KNOWN = [*SYNONYMS.items(), *((w, w) for words in CATEGORY_KEYWORDS.values() for w in words)]
for _key, _canon in _KNOWN:
    if len(_key) >= 7:
        for _variant in _deletions(_key) | {_key}:
            _SYNONYM_DELETIONS.setdefault(_variant, _canon)


def _fuzzy_synonym(token: str) -> str:
    """The canonical word of a token one typo away from a long synonym, else the token."""
    if len(token) < 7 or token.isdigit():
        return token
    hit = _SYNONYM_DELETIONS.get(token)
    if hit:
        return hit
    for variant in _deletions(token):
        hit = _SYNONYM_DELETIONS.get(variant)
        if hit:
            return hit
    return token


def _join_compounds(tokens: list[str]) -> list[str]:
    """Join two adjacent tokens that form a canonical word (``senioren treff``)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens):
            joined = SYNONYMS.get(tokens[i] + tokens[i + 1])
            if joined:
                out.append(joined)
                i += 2
                continue
        out.append(tokens[i])
        i += 1
    return out


@lru_cache(maxsize=100_000)
def name_categories(tokens: tuple[str, ...]) -> frozenset[str]:
    """Built-in category keys named by the tokens of a name (``kita``, ``jugend`` ...); compounds
    count by their ending (Schuldnerberatung, Wohnungsnotfallhilfe, Seniorenbegegnungsstätte)."""
    return frozenset(
        k
        for k, words in CATEGORY_KEYWORDS.items()
        if any(t in words or t.endswith(CATEGORY_ENDINGS.get(k, ("\0",))) for t in tokens)
    )


@lru_cache(maxsize=100_000)
def name_kinds(tokens: tuple[str, ...]) -> frozenset[str]:
    """Kinds a name states: category keys, or ``andere`` for words of other places."""
    kinds = set(name_categories(tokens))
    if any(t in OTHER_KINDS for t in tokens):
        kinds.add("andere")
    return frozenset(kinds)


@lru_cache(maxsize=100_000)
def name_operators(tokens: tuple[str, ...]) -> frozenset[str]:
    """Operator groups a name states (``kath`` for Kath./Caritas, ``ev`` for Ev./Diakonie ...)."""
    return frozenset(OPERATORS[t] for t in tokens if t in OPERATORS)


# ----------------------------------------------------------------------- addresses
@dataclass(frozen=True)
class HouseNumber:
    """A house number as an interval with an optional letter (``16-18``, ``12a``)."""

    low: int
    high: int
    letter: str = ""

    def agrees(self, other: HouseNumber) -> bool:
        """Same number (letters must agree when both have one) or overlapping ranges."""
        if self.low == self.high and other.low == other.high:
            return self.low == other.low and (
                not self.letter or not other.letter or self.letter == other.letter
            )
        return self.low <= other.high and other.low <= self.high


_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})
_LETTER = r"(?:\s?([a-z])(?![^\W\d_]|\.))?"  # 3a, 3 a (not the O of "3 Oberhausen")
#: A house number: 1-4 digits (5 are a postcode), not an ordinal ("17. Juni"), optional
#: letter, optional range ("16-18", "16 / 18", "16 u. 18", "16 bis 18").
_HOUSE = re.compile(
    r"(?<!\d)(\d{1,4})(?!\d)(?!\.\s*[^\W\d_])"
    + _LETTER
    + r"(?:\s*(?:-|/|\+|u\.|und|bis)\s*(\d{1,4})(?!\d)"
    + _LETTER
    + r")?"
)


def _house(m: re.Match) -> HouseNumber:
    """HouseNumber of a :data:`_HOUSE` match (a range keeps no letter)."""
    low = int(m.group(1))
    high = int(m.group(3)) if m.group(3) else low
    if high < low or high - low > 20:
        high = low
    return HouseNumber(low, high, "" if m.group(3) else m.group(2) or "")


@lru_cache(maxsize=200_000)
def house_number(text: Optional[str]) -> Optional[HouseNumber]:
    """Parse ``12``, ``12a``, ``12 A``, ``16-18``, ``16 – 18``, ``16/18`` (None if none)."""
    m = _HOUSE.search(fold(text).translate(_DASHES))
    return _house(m) if m else None


@lru_cache(maxsize=200_000)
def street_key(text: Optional[str]) -> str:
    """Street name as one key: ``Konrad-Adenauer-Str.`` -> ``konradadenauerstrasse``."""
    s = fold(text)
    s = _STREET_SUFFIX.sub("strasse", s)
    return _NON_ALNUM.sub("", s)


@dataclass(frozen=True)
class Address:
    """A parsed address: street key, house number, and the words set aside (city, district,
    bracketed abbreviations; no postcode)."""

    street: str
    number: Optional[HouseNumber]
    places: tuple[str, ...] = ()


_BRACKET = re.compile(r"\(([^)]*)\)?")
_POSTCODE = re.compile(r"(?<!\d)\d{5}(?!\d)")
#: A leading "PLZ Ort" (Ort may be "Mülheim an der Ruhr", "Frankfurt am Main").
_LEADING_CITY = re.compile(
    r"^\s*\d{5}\s+([^\W\d_][\w.-]*(?:\s+(?:an\s+der|am|a\.\s*d\.|an|in|im|ob\s+der)\s+[\w.-]+)?)\s+"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBER_OR_PART = re.compile(r"[\d,;|(]")
_LETTERS2 = re.compile(r"[^\W\d_]{2}")


def _street_and_number(part: str) -> Optional[tuple[str, re.Match]]:
    """(street text, house number match) of the first number with a street before it."""
    for m in _HOUSE.finditer(part):
        if _LETTERS2.search(part[: m.start()]):
            return part[: m.start()], m
    return None


@lru_cache(maxsize=200_000)
def parse_address(text: Optional[str]) -> Address:
    """Street, number and set-aside places of the forms German registers and OSM use:
    ``Straße Nr``, ``Straße Nr, PLZ Ort``, ``Straße Nr PLZ Ort``, ``Straße Nr Ort``,
    ``Straße Nr (Ortsteil)``, ``Straße Nr - Ortsteil``, ``PLZ Ort, Straße Nr``,
    ``PLZ Ort Straße Nr``; ranges and letters (16-18, 3a, 3 a); Str./Strasse/-str."""
    s = fold(text).translate(_DASHES).strip()
    if not s:
        return Address("", None)
    if not _NUMBER_OR_PART.search(s):  # a bare street name (OSM addr:street)
        return Address(street_key(s.strip(" -")), None)
    places: list[str] = []
    for inner in _BRACKET.findall(s):
        places.extend(_WORD.findall(inner))
    parts = [p.strip(" -") for p in re.split(r"[,;|]", _BRACKET.sub(" ", s)) if p.strip(" -")]
    found = next(((p, hit) for p in parts if (hit := _street_and_number(p))), None)
    if found is None:  # no house number: the first part without postcode is the street
        streets = [p for p in parts if not _POSTCODE.search(p)] or parts or [""]
        street, number, rest = streets[0], None, [p for p in parts if p is not streets[0]]
    else:
        part, (street, m) = found
        number, rest = _house(m), [part[m.end() :], *(p for p in parts if p is not part)]
    lead = _LEADING_CITY.match(street)
    if lead and _LETTERS2.search(street[lead.end() :]):
        places.extend(_WORD.findall(lead.group(1)))
        street = street[lead.end() :]
    for r in rest:
        places.extend(_WORD.findall(r))
    return Address(street_key(street), number, tuple(dict.fromkeys(places)))


def split_address(text: Optional[str]) -> tuple[str, Optional[HouseNumber]]:
    """(street key, house number) of ``Musterstr. 16-18, 46045 Oberhausen`` (see
    :func:`parse_address`)."""
    a = parse_address(text)
    return a.street, a.number


def _osa(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (edits and adjacent transpositions), capped at
    ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for x in range(1, len(a) + 1):
        cur = [x] + [0] * len(b)
        for y in range(1, len(b) + 1):
            cost = a[x - 1] != b[y - 1]
            cur[y] = min(prev[y] + 1, cur[y - 1] + 1, prev[y - 1] + cost)
            if x > 1 and y > 1 and a[x - 1] == b[y - 2] and a[x - 2] == b[y - 1]:
                cur[y] = min(cur[y], prev2[y - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


_STREET_TYPE = re.compile(r"(?:strasse|weg|allee|platz|ring|damm|gasse|ufer|pfad|chaussee)$")


@lru_cache(maxsize=200_000)
def streets_agree(a: str, b: str) -> bool:
    """Street keys that name the same street: equal, one or two typos relative to the length
    of the name without its type (Straße, Weg ...; transpositions count one; 1 from 5 letters,
    2 from 10). A word in front (``Styrumer Goetheweg``) makes another street."""
    if a == b:
        return bool(a)
    if not a or not b:
        return False
    base = min(len(_STREET_TYPE.sub("", a)), len(_STREET_TYPE.sub("", b)))
    limit = 2 if base >= 10 else 1 if base >= 5 else 0
    return limit > 0 and _osa(a, b, limit) <= limit
