"""Quality benchmark of the POI matching on seeded synthetic data (no QGIS needed).

A register of social institutions with a realistic yearly change, and OSM-like POIs
with realistic differences: abbreviations and legal forms, ASCII umlauts, typos,
word order, unnamed POIs, Kitas renamed to Familienzentrum at the same address,
moves of 0.5 to 2.5 km, closures, new institutions, geocoding offsets of tens of
metres, unrelated shops next door that share a word with the institution
("Bäckerei Sonnenschein" beside "Kita Sonnenschein"), and many unrelated POIs.

Measures pair F1, status accuracy and precision/recall of the new institutions.
Usage (any Python 3 with numpy and pandas, run from the repository's parent folder
or with the repository on sys.path as package ``sozialplanung``)::

    python3 bench/poimatch_quality.py --seeds 1 2 3 4 5 --register 600
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass

import numpy as np
import pandas as pd

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    REPO = os.path.basename(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if REPO != "sozialplanung":  # a checkout with another folder name: link it as package
        import tempfile

        link_dir = os.path.join(tempfile.gettempdir(), f"sozialplanung_bench_{os.getuid()}")
        os.makedirs(link_dir, exist_ok=True)
        link = os.path.join(link_dir, "sozialplanung")
        if not os.path.exists(link):
            os.symlink(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), link)
        sys.path.insert(0, link_dir)

from sozialplanung.core import poimatch as pm  # noqa: E402
from sozialplanung.core.normalize import name_tokens  # noqa: E402

THEMES = (
    "Sonnenschein Regenbogen Pusteblume Löwenzahn Sternschnuppe Wirbelwind Schatzkiste Kunterbunt "
    "Pünktchen Zwergenland Sonnenblume Marienkäfer Spatzennest Regenwurm Wolkenschloss Räuberhöhle "
    "Bärenhöhle Abenteuerland Purzelbaum Seepferdchen Glühwürmchen Mäusenest Kleeblatt Schmetterling "
    "Kastanienbaum Wiesenzwerge Lummerland Villa Kunterbunt Zauberwald Rasselbande Froschkönig "
    "Flohkiste Himmelszelt Drachenburg Baumhaus Wichtelhaus Sausewind Traumland Eulennest Igelbau "
    "Sonnenkinder Pfiffikus Rappelkiste Tausendfüßler Zwergenstübchen Mäuseburg Springmaus Kuschelhaus "
    "Farbenfroh Rasselbande Sterntaler Wunderland Kinderland Nesthäkchen Knirpsenland Pinguin Seestern "
    "Sonnenstrahl Morgenstern Apfelbaum Kirschblüte Lindenbaum Eichhörnchen Biberburg Fuchsbau Wolkenreich "
    "Schneckenhaus Spatzenhaus Bienenkorb Hummelnest Libelle Grashüpfer Kunterbund Regentropfen Zaubergarten "
    "Weltentdecker Sonnenhügel Mondschein Abenteuerinsel Piratennest Leuchtturm Arche Kinderinsel Lummerhaus"
).split()
PLACES = (
    "Lirich Styrum Alstaden Dümpten Holten Buschhausen Königshardt Tackenberg Osterfeld Klosterhardt "
    "Schmachtendorf Walsumermark Biefang Sterkrade Eisenheim Borbeck Heide Vonderort Rothebusch "
    "Marienviertel Brücktor Schlad Knappenviertel Bermensfeld Grafenbusch Weierheide Barmingholten"
).split()
SAINTS = (
    "St. Marien", "St. Josef", "St. Michael", "St. Antonius", "St. Barbara", "St. Clemens", "St. Pankratius",
    "Herz Jesu", "Christ König", "St. Johann", "Heilig Geist", "St. Katharina", "St. Bernardus",
)  # fmt: skip
CHURCHES = (
    "Lutherkirche", "Christuskirche", "Pauluskirche", "Friedenskirche", "Emmauskirche", "Johanneskirche",
    "Markuskirche", "Versöhnungskirche", "Gnadenkirche", "Auferstehungskirche",
)  # fmt: skip
TOPICS = (
    "Schuldnerberatung", "Suchtberatung", "Migrationsberatung", "Erziehungsberatung", "Frauenberatung",
    "Schwangerschaftsberatung", "Wohnungsnotfallhilfe",
)  # fmt: skip
STREET_BASES = (
    "Haupt Bahnhof Schul Kirch Garten Linden Eichen Birken Buchen Ulmen Ahorn Tannen Rosen Tulpen "
    "Nelken Mühlen Brunnen Wiesen Feld Wald Berg Tal Sonnen Stern Mond Markt Post Park Fried Kolping "
    "Goethe Schiller Lessing Heine Uhland Mozart Beethoven Bach Händel Kant Bismarck Moltke Roon "
    "Blücher Gneisenau Lothringer Elsässer Mülheimer Duisburger Essener Bottroper Dinslakener "
    "Weseler Holtener Sterkrader Osterfelder Lipper Steinbrink Falkensteiner Vestische Grenz"
).split()
STREET_SUFFIXES = (("straße", 6), ("weg", 2), ("allee", 1), ("ring", 1), ("platz", 0.4), ("gasse", 0.3))
CATEGORIES = {"Kita": 45, "Familienzentrum": 12, "Jugendzentrum": 12, "Seniorentreff": 13,
              "Beratungsstelle": 13, "Stadtteilbüro": 5}  # fmt: skip
OPERATORS = {
    "Kita": {"Stadt": 35, "Kath": 20, "Ev": 15, "AWO": 10, "DRK": 5, "frei": 15},
    "Familienzentrum": {
        "Stadt": 30,
        "AWO": 15,
        "Kath": 20,
        "Ev": 15,
        "Diakonie": 5,
        "Caritas": 5,
        "frei": 10,
    },
    "Jugendzentrum": {"Stadt": 35, "Kath": 20, "Ev": 20, "AWO": 10, "frei": 15},
    "Seniorentreff": {"AWO": 25, "DRK": 15, "Caritas": 15, "Diakonie": 15, "Kath": 10, "Ev": 10, "Stadt": 10},
    "Beratungsstelle": {"Caritas": 25, "Diakonie": 25, "AWO": 15, "Stadt": 20, "frei": 15},
    "Stadtteilbüro": {"Stadt": 60, "frei": 40},
}
TEMPLATES = {
    ("Kita", "Stadt"): ("Städtische Kindertagesstätte {theme}", "Städtische Kita {theme}", "Städt. Kita {theme}"),
    ("Kita", "Kath"): ("Kath. Kita {saint}", "Kath. Kindergarten {saint}", "Kath. Kindertagesstätte {theme}"),
    ("Kita", "Ev"): ("Ev. Kita {theme}", "Ev. Kindergarten {church}", "Evangelische Kita {theme}"),
    ("Kita", "AWO"): ("AWO Kita {theme}", "AWO-Kindertagesstätte {theme}"),
    ("Kita", "DRK"): ("DRK-Kita {theme}", "DRK Kindertagesstätte {theme}"),
    ("Kita", "frei"): ("Kita {theme} e.V.", "Kinderhaus {theme}", "Elterninitiative {theme} e.V.",
                       "Kita {theme} gGmbH"),
    ("Familienzentrum", "Stadt"): ("Städtisches Familienzentrum {theme}", "Familienzentrum {place}"),
    ("Familienzentrum", "AWO"): ("AWO Familienzentrum {place}",),
    ("Familienzentrum", "Kath"): ("Kath. Familienzentrum {saint}", "Familienzentrum {saint}"),
    ("Familienzentrum", "Ev"): ("Ev. Familienzentrum {church}",),
    ("Familienzentrum", "Diakonie"): ("Diakonie Familienzentrum {place}",),
    ("Familienzentrum", "Caritas"): ("Caritas Familienzentrum {place}",),
    ("Familienzentrum", "frei"): ("Familienzentrum {theme} e.V.", "Familienzentrum {theme} gGmbH"),
    ("Jugendzentrum", "Stadt"): ("Städtisches Jugendzentrum {place}", "Jugendzentrum {theme}",
                                 "Jugendhaus {place}"),
    ("Jugendzentrum", "Kath"): ("Kath. Jugendzentrum {saint}", "Offene Tür {saint}"),
    ("Jugendzentrum", "Ev"): ("Ev. Jugendzentrum {church}", "Ev. Jugendhaus {place}"),
    ("Jugendzentrum", "AWO"): ("AWO Jugendtreff {place}",),
    ("Jugendzentrum", "frei"): ("Jugendzentrum {theme} e.V.", "Jugendcafé {theme}"),
    ("Seniorentreff", "AWO"): ("AWO Seniorentreff {place}", "AWO Begegnungsstätte {place}"),
    ("Seniorentreff", "DRK"): ("DRK Seniorentreff {place}",),
    ("Seniorentreff", "Caritas"): ("Caritas Seniorentreff {place}", "Caritas Begegnungsstätte {saint}"),
    ("Seniorentreff", "Diakonie"): ("Diakonie Seniorencafé {place}", "Seniorentreff {church}"),
    ("Seniorentreff", "Kath"): ("Seniorentreff {saint}", "Kath. Altenstube {saint}"),
    ("Seniorentreff", "Ev"): ("Ev. Seniorentreff {church}",),
    ("Seniorentreff", "Stadt"): ("Städtische Seniorenbegegnungsstätte {place}",),
    ("Beratungsstelle", "Caritas"): ("Caritas Beratungsstelle {place}", "Caritas {topic} {place}"),
    ("Beratungsstelle", "Diakonie"): ("Diakonie {topic} {place}", "Diakonie Beratungsstelle {place}"),
    ("Beratungsstelle", "AWO"): ("AWO {topic} {place}", "AWO Beratungszentrum {place}"),
    ("Beratungsstelle", "Stadt"): ("Städtische Erziehungsberatungsstelle {place}",
                                   "Beratungsstelle {place} der Stadt Oberhausen"),
    ("Beratungsstelle", "frei"): ("{topic} {place} e.V.", "Beratungsstelle {theme} gGmbH"),
    ("Stadtteilbüro", "Stadt"): ("Stadtteilbüro {place}",),
    ("Stadtteilbüro", "frei"): ("Stadtteilbüro {place}", "Quartiersbüro {place}"),
}  # fmt: skip
VARIANTS = (  # register wording -> OSM wordings
    ("Städtische Kindertagesstätte", ("Städt. Kita", "Kita", "Städtische Kita", "Kindertagesstätte")),
    ("Kindertagesstätte", ("Kita", "KiTa", "Kindergarten", "Kiga")),
    ("Kindergarten", ("Kita", "Kiga", "Kindertagesstätte")),
    ("Kita", ("Kindertagesstätte", "KiTa", "Kiga", "Kindergarten")),
    ("Städtisches", ("Städt.", "")),
    ("Städtische", ("Städt.", "")),
    ("Städt.", ("Städtische", "Stadt.")),
    ("Kath.", ("Katholische", "Kath", "")),
    ("Ev.", ("Evangelische", "Ev", "")),
    ("Evangelische", ("Ev.",)),
    ("St.", ("Sankt", "St")),
    ("AWO", ("Arbeiterwohlfahrt",)),
    ("DRK", ("Deutsches Rotes Kreuz", "DRK-")),
    ("Jugendzentrum", ("JuZ", "Jugendzentrum (JuZ)", "Jugendtreff")),
    ("Beratungsstelle", ("Beratung", "Beratungszentrum")),
    ("Seniorentreff", ("Seniorentreffpunkt", "Senioren-Treff")),
    ("Familienzentrum", ("Familienzentrum NRW", "Fam.-Zentrum")),
    ("Stadtteilbüro", ("Stadtteilladen", "Stadtteil-Büro")),
    ("Begegnungsstätte", ("Begegnungszentrum", "Treffpunkt")),
)
TAGS = {  # category -> alternatives (probability, tags)
    "Kita": ((0.9, {"amenity": "kindergarten"}), (1.0, {"amenity": "childcare"})),
    "Familienzentrum": ((0.5, {"amenity": "social_facility", "social_facility": "outreach",
                               "social_facility:for": "family"}),
                        (0.8, {"amenity": "community_centre", "community_centre:for": "family"}),
                        (1.0, {"amenity": "kindergarten"})),
    "Jugendzentrum": ((0.6, {"amenity": "community_centre", "community_centre": "youth_centre"}),
                      (0.9, {"amenity": "social_facility", "social_facility:for": "juvenile"}),
                      (1.0, {"amenity": "community_centre"})),
    "Seniorentreff": ((0.5, {"amenity": "community_centre", "community_centre:for": "senior"}),
                      (0.8, {"amenity": "social_facility", "social_facility": "day_care",
                             "social_facility:for": "senior"}),
                      (1.0, {"amenity": "community_centre"})),
    "Beratungsstelle": ((0.8, {"amenity": "social_facility", "social_facility": "outreach"}),
                        (1.0, {"office": "association"})),
    "Stadtteilbüro": ((0.5, {"amenity": "community_centre"}), (1.0, {"office": "association"})),
}  # fmt: skip
UNRELATED = {  # kind -> (weight, tags, name templates)
    "bakery": (8, {"shop": "bakery"}, ("Bäckerei {sur}", "{sur} Backstube", "BackWerk")),
    "hairdresser": (8, {"shop": "hairdresser"}, ("Friseur {first}", "Salon {first}", "Haarstudio {sur}")),
    "supermarket": (4, {"shop": "supermarket"}, ("REWE", "EDEKA {sur}", "Lidl", "Netto")),
    "kiosk": (6, {"shop": "kiosk"}, ("Kiosk {street}", "Trinkhalle {sur}")),
    "restaurant": (12, {"amenity": "restaurant"}, ("Restaurant {sur}", "Pizzeria {theme}", "Gaststätte {place}")),
    "fast_food": (8, {"amenity": "fast_food"}, ("Imbiss {sur}", "Döner {place}")),
    "cafe": (6, {"amenity": "cafe"}, ("Café {sur}", "Eiscafé {theme}")),
    "pharmacy": (4, {"amenity": "pharmacy"}, ("{theme}-Apotheke", "Apotheke {place}")),
    "doctors": (10, {"amenity": "doctors"}, ("Praxis Dr. {sur}", "Dr. med. {first} {sur}")),
    "school": (5, {"amenity": "school"}, ("Grundschule {place}", "Gesamtschule {place}")),
    "church": (4, {"amenity": "place_of_worship"}, ("Kath. Kirche {saint}", "{church}")),
    "bank": (2, {"amenity": "bank"}, ("Stadtsparkasse", "Volksbank")),
    "florist": (2, {"shop": "florist"}, ("Blumen {sur}",)),
    "nursing_home": (2, {"amenity": "social_facility", "social_facility": "nursing_home",
                         "social_facility:for": "senior"}, ("Seniorenheim Haus {sur}", "Seniorenzentrum {place}")),
    "group_home": (1, {"amenity": "social_facility", "social_facility": "group_home"}, ("Wohngruppe {place}",)),
    "club": (3, {"office": "association"}, ("SV {place} 1920 e.V.", "Kleingartenverein {theme} e.V.")),
    "community": (1, {"amenity": "community_centre"}, ("Bürgerhaus {place}", "Gemeindehaus {church}")),
}  # fmt: skip
SURNAMES = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
            "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
            "Yilmaz Kaya Nowak Kowalski Jansen").split()  # fmt: skip
FIRST = "Anna Maria Petra Sabine Ayse Fatma Giuseppe Marco Thomas Michael Andreas Jens Olga".split()
FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


@dataclass
class Instance:
    """Generated data and the truth."""

    register: pd.DataFrame  # einr_id, x, y, name, kategorie, adresse
    pois: pd.DataFrame  # osm_id, x, y, name, amenity, addr_street, addr_housenumber, other_tags
    truth_pair: dict  # einr_id -> osm_id (only entries that still exist)
    truth_status: dict  # einr_id -> status
    truth_new: set  # osm ids of new institutions


class Gen:
    """Seeded generator."""

    def __init__(self, seed: int, n_register: int, density: float = 2.5) -> None:
        self.rng = np.random.default_rng(seed)
        self.n = n_register
        self.side = max(3000.0, np.sqrt(n_register / density) * 1000.0)
        self.addresses = self._addresses()

    def pick(self, seq):
        """A random element."""
        return seq[int(self.rng.integers(len(seq)))]

    def wpick(self, weights: dict):
        """A weighted random key."""
        keys = list(weights)
        p = np.array([weights[k] for k in keys], dtype=float)
        return keys[int(self.rng.choice(len(keys), p=p / p.sum()))]

    def _addresses(self):
        """Streets as random segments with numbered address points; a district per street."""
        n_streets = int(self.n * 1.2) + 50
        names = list(dict.fromkeys(b + s for b in STREET_BASES for s, _ in STREET_SUFFIXES))
        self.rng.shuffle(names)
        out, used = [], set()
        for k in range(n_streets):  # street names are unique in the city ("Liricher Goetheweg")
            x0, y0 = self.rng.uniform(0, self.side, 2)
            name = names[k % len(names)]
            if k >= len(names):
                name = f"{self.place(x0, y0)}er {name}"
            if name in used:
                continue
            used.add(name)
            ang = self.rng.uniform(0, np.pi)
            length = self.rng.uniform(200, 1200)
            place = self.place(x0, y0)
            for h in range(1, int(length / 12)):
                t = h * 12.0
                side = 8 if h % 2 else -8
                x = x0 + np.cos(ang) * t - np.sin(ang) * side
                y = y0 + np.sin(ang) * t + np.cos(ang) * side
                out.append((name, h, x, y, place))
        return out

    def place(self, x: float, y: float) -> str:
        """Name of the district (about 3 km across) around a point."""
        cells = max(5, int(self.side // 3000))
        k = int(x // (self.side / cells)) + cells * int(y // (self.side / cells))
        base, variant = PLACES[k % len(PLACES)], k // len(PLACES)
        return (
            base
            if variant == 0
            else f"{base}-{('Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Heide', 'Feld')[variant % 7]}"
        )

    def address(self):
        """A random address point."""
        return self.addresses[int(self.rng.integers(len(self.addresses)))]

    def name(self, cat: str, addr) -> tuple[str, str]:
        """Name of an institution and its distinctive word (a street name for a tenth of them)."""
        op = self.wpick(OPERATORS[cat])
        tpl = self.pick(TEMPLATES[(cat, op)])
        if "{theme}" in tpl and self.rng.random() < 0.1:
            tpl = tpl.replace("{theme}", addr[0])
        values = {
            "theme": self.pick(THEMES),
            "saint": self.pick(SAINTS),
            "church": self.pick(CHURCHES),
            "place": addr[4],
            "topic": self.pick(TOPICS),
        }
        word = next(
            (values[k] for k in ("theme", "saint", "church", "place") if "{" + k + "}" in tpl), addr[4]
        )
        return tpl.format(**values), word

    # ------------------------------------------------------------------ variants
    def vary_name(self, name: str) -> str:
        """An OSM wording of a register name."""
        r = self.rng.random
        out = name
        if r() < 0.6:
            hits = [(k, alts) for k, alts in VARIANTS if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", out)]
            if hits:
                k, alts = self.pick(hits)
                out = re.sub(rf"(?<!\w){re.escape(k)}(?!\w)", self.pick(alts).replace("\\", ""), out, count=1)
                out = " ".join(out.split())
        if r() < 0.25:
            for form in (" e.V.", " gGmbH", " e. V."):
                if out.endswith(form.strip()) or out.endswith(form):
                    out = out[: -len(form)].rstrip() if out.endswith(form) else out
                    break
            else:
                out += self.pick((" e.V.", " gGmbH", " gUG", " e. V."))
        if r() < 0.15:
            first, _, rest = out.partition(" ")
            suffix = {"AWO": " der AWO", "DRK": " (DRK)", "Caritas": " der Caritas", "Diakonie": " der Diakonie",
                      "Kath.": " (kath.)", "Ev.": " (ev.)", "Städtische": " (Stadt Oberhausen)"}  # fmt: skip
            if first in suffix and rest:
                out = rest + suffix[first]
            elif rest and " " not in rest:
                out = f"{rest} {first}"
        if r() < 0.12:
            out = self.typo(out)
        if r() < 0.12:
            out = out.translate(FOLD)
        if r() < 0.1:
            out = out.upper() if r() < 0.3 else out.lower()
        return out

    def typo(self, text: str) -> str:
        """One typing error in a longer word."""
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if not cands:
            return text
        i = self.pick(cands)
        w = words[i]
        j = int(self.rng.integers(1, len(w) - 2))
        op = int(self.rng.integers(4))
        if op == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif op == 1:
            w = w[:j] + w[j + 1 :]
        elif op == 2:
            w = w[:j] + w[j] + w[j:]
        else:
            w = w[:j] + self.pick("aeinrst") + w[j + 1 :]
        words[i] = w
        return " ".join(words)

    def vary_street(self, street: str) -> str:
        """An OSM wording of a street."""
        r = self.rng.random()
        if r < 0.25:
            return street.replace("straße", "str.")
        if r < 0.33:
            return street.replace("ß", "ss")
        if r < 0.36:
            return street.translate(FOLD)
        return street

    def vary_number(self, nr: str) -> str:
        """An OSM wording of a house number."""
        if "-" in nr:
            a, b = nr.split("-")
            return self.pick((a, f"{a} - {b}", f"{a}\u2013{b}", nr))
        if nr[-1].isalpha():
            return self.pick((f"{nr[:-1]} {nr[-1]}", nr[:-1] + nr[-1].upper(), nr))
        return nr

    def offset(self, x: float, y: float, lo: float, hi: float) -> tuple[float, float]:
        """A point lo..hi metres away."""
        a = self.rng.uniform(0, 2 * np.pi)
        r = self.rng.uniform(lo, hi)
        return x + r * np.cos(a), y + r * np.sin(a)

    def tags(self, cat: str) -> dict:
        """OSM tags of a category."""
        r = self.rng.random()
        return dict(next(t for p, t in TAGS[cat] if r < p))

    # ------------------------------------------------------------------ instance
    def instance(self, n_pois: int = 0) -> Instance:
        """Register, POIs (about ``n_pois`` when given) and truth."""
        reg_rows, poi_rows = [], []
        truth_pair, truth_status, truth_new = {}, {}, set()
        used_names = (
            set()
        )  # normalised: a city has one "Stadtteilbüro Lirich", not also a "Quartiersbüro Lirich"
        ids = iter(self.rng.permutation(10**8)[: max(self.n * 12, n_pois * 2)])

        def poi(name, x, y, tags, street=None, number=None):
            osm_id = f"node/{next(ids)}"
            addr = {}
            if street:
                addr = {"addr:street": self.vary_street(street), "addr:housenumber": self.vary_number(number)}
                if self.rng.random() < 0.6:
                    addr["addr:postcode"] = "46045"
            all_tags = {**tags, **addr}
            amenity = all_tags.pop("amenity", None)
            other = ",".join(f'"{k}"=>"{v}"' for k, v in all_tags.items()) or None
            poi_rows.append(
                (osm_id, x, y, name, amenity, addr.get("addr:street"), addr.get("addr:housenumber"), other)
            )
            return osm_id

        for k in range(self.n):
            for attempt in range(60):  # a name new in the city (another address or category if need be)
                if attempt % 20 == 0:
                    cat = self.wpick(CATEGORIES)
                addr = self.address()
                name, word = self.name(cat, addr)
                if name_tokens(name) not in used_names:
                    break
            used_names.add(name_tokens(name))
            r = self.rng.random()
            nr = str(addr[1])
            if r < 0.1:
                nr = f"{addr[1]}-{addr[1] + 2}"
            elif r < 0.15:
                nr = f"{addr[1]}a"
            x, y = self.offset(addr[2], addr[3], 0, 6)
            einr_id = k + 1
            reg_rows.append((einr_id, x, y, name, cat, f"{addr[0]} {nr}"))
            role = self.rng.random()
            px, py = self.offset(x, y, 5, 60)
            keep_addr = self.rng.random() > 0.1
            if role < 0.08:  # closed
                truth_status[einr_id] = pm.STATUS_MISSING
            elif role < 0.12:  # unnamed
                truth_pair[einr_id] = poi(None, px, py, self.tags(cat), addr[0], nr)
                truth_status[einr_id] = pm.STATUS_CONFIRMED
            elif role < 0.15 and cat == "Kita":  # renamed Kita -> Familienzentrum
                new_name = self.pick((f"Familienzentrum {self.pick(THEMES)}", f"Familienzentrum {addr[4]}",
                                      f"Familienzentrum {word}"))  # fmt: skip
                truth_pair[einr_id] = poi(new_name, px, py, self.tags("Familienzentrum"), addr[0], nr)
                truth_status[einr_id] = pm.STATUS_CONFIRMED
            elif role < 0.18:  # moved 0.5-2.5 km
                for _ in range(100):
                    mx, my = self.offset(x, y, 500, 2500)
                    if 0 <= mx <= self.side and 0 <= my <= self.side:
                        break
                new = min(self.addresses[:: max(1, len(self.addresses) // 3000)],
                          key=lambda a: (a[2] - mx) ** 2 + (a[3] - my) ** 2)  # fmt: skip
                street, number = (new[0], str(new[1])) if self.rng.random() < 0.5 else (addr[0], nr)
                truth_pair[einr_id] = poi(self.vary_name(name), mx, my, self.tags(cat), street, number)
                truth_status[einr_id] = pm.STATUS_MOVED
            else:
                street = addr[0] if keep_addr else None
                truth_pair[einr_id] = poi(self.vary_name(name), px, py, self.tags(cat), street, nr)
                truth_status[einr_id] = pm.STATUS_CONFIRMED
            if self.rng.random() < 0.3:  # unrelated neighbour sharing the distinctive word
                kind = self.pick(("bakery", "pharmacy", "cafe", "hairdresser", "florist", "church", "school",
                                  "nursing_home", "community", "club"))  # fmt: skip
                base = {"bakery": "Bäckerei {w}", "pharmacy": "{w}-Apotheke", "cafe": "Café {w}",
                        "hairdresser": "Friseursalon {w}", "florist": "Blumenhaus {w}",
                        "church": "Kirche {w}", "school": "Grundschule {w}", "nursing_home": "Seniorenzentrum {w}",
                        "community": "Pfarrheim {w}", "club": "Förderverein {w} e.V."}[kind]  # fmt: skip
                lx, ly = self.offset(x, y, 5, 40)
                step = self.pick((-2, 0, 2)) if addr[1] > 2 else 0
                poi(base.format(w=word), lx, ly, UNRELATED[kind][1], addr[0], str(addr[1] + step))
        for _ in range(max(1, round(0.06 * self.n))):  # new institutions
            for attempt in range(60):
                if attempt % 20 == 0:
                    cat = self.wpick(CATEGORIES)
                addr = self.address()
                name, _word = self.name(cat, addr)
                if name_tokens(name) not in used_names:
                    break
            used_names.add(name_tokens(name))
            x, y = self.offset(addr[2], addr[3], 3, 25)
            truth_new.add(poi(name, x, y, self.tags(cat), addr[0], str(addr[1])))
        kinds = list(UNRELATED)
        weights = {k: UNRELATED[k][0] for k in kinds}
        for _ in range(max(4 * self.n, n_pois - len(poi_rows))):  # unrelated POIs
            kind = self.wpick(weights)
            addr = self.address()
            values = {"sur": self.pick(SURNAMES), "first": self.pick(FIRST), "place": addr[4],
                      "street": addr[0], "theme": self.pick(THEMES), "saint": self.pick(SAINTS),
                      "church": self.pick(CHURCHES)}  # fmt: skip
            name = self.pick(UNRELATED[kind][2]).format(**values)
            x, y = self.offset(addr[2], addr[3], 3, 20)
            with_addr = self.rng.random() < 0.65
            poi(None if self.rng.random() < 0.08 else name, x, y, UNRELATED[kind][1],
                addr[0] if with_addr else None, str(addr[1]))  # fmt: skip
        register = pd.DataFrame(reg_rows, columns=["einr_id", "x", "y", "name", "kategorie", "adresse"])
        cols = ["osm_id", "x", "y", "name", "amenity", "addr_street", "addr_housenumber", "other_tags"]
        pois = pd.DataFrame(poi_rows, columns=cols).sample(
            frac=1.0, random_state=int(self.rng.integers(1 << 30))
        )
        return Instance(register, pois.reset_index(drop=True), truth_pair, truth_status, truth_new)


def run_matching(inst: Instance, options: pm.Options = pm.Options()) -> pm.MatchResult:  # noqa: B008
    """The matching as the algorithm calls it (address of POIs: addr_street + addr_housenumber)."""
    reg = inst.register
    places = pm.prepare(reg["einr_id"], reg["x"], reg["y"], reg["name"], reg["adresse"])
    cats = pm.Categories(options.category_map)
    p = inst.pois
    info = pm.prepare_pois(
        p["osm_id"], p["x"], p["y"], p["name"], p["addr_street"], p["addr_housenumber"],
        p["amenity"], p["other_tags"], "amenity", cats,
    )  # fmt: skip
    return pm.match(places, list(reg["kategorie"]), info, cats, options)


def evaluate(inst: Instance, result: pm.MatchResult) -> dict:
    """Pair F1, status accuracy, new precision and recall."""
    reg = inst.register
    predicted = {
        int(e): p for e, p, s in zip(reg["einr_id"], result.register["pm_poi_id"], result.register["pm_status"])
        if p is not None and s != pm.STATUS_MISSING
    }  # fmt: skip
    truth = inst.truth_pair
    tp = sum(1 for e, p in predicted.items() if truth.get(e) == p)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    status = list(result.register["pm_status"])
    acc = float(np.mean([status[k] == inst.truth_status[int(e)] for k, e in enumerate(reg["einr_id"])]))
    new_ids = {inst.pois["osm_id"].iloc[p] for p in result.new["poi"]}
    tp_new = len(new_ids & inst.truth_new)
    return {
        "pair_precision": precision,
        "pair_recall": recall,
        "pair_f1": f1,
        "status_accuracy": acc,
        "new_precision": tp_new / len(new_ids) if new_ids else 1.0,
        "new_recall": tp_new / len(inst.truth_new) if inst.truth_new else 1.0,
        "review_share": float(result.register["pm_pruefen"].mean()),
    }


def errors(inst: Instance, result: pm.MatchResult, limit: int = 30) -> list[str]:
    """Readable list of wrong pairs, statuses and new POIs (for tuning the method)."""
    reg = inst.register
    pois = inst.pois.set_index("osm_id")
    out = []
    for k, e in enumerate(reg["einr_id"]):
        row = result.register.iloc[k]
        want = inst.truth_pair.get(int(e))
        if row["pm_poi_id"] != want or row["pm_status"] != inst.truth_status[int(e)]:
            want_name = pois.loc[want, "name"] if want else None
            out.append(
                f"{e} {reg['name'].iloc[k]!r} [{inst.truth_status[int(e)]} -> {want_name!r}] got "
                f"{row['pm_status']} {row['pm_poi_name']!r} s={row['pm_score']} n={row['pm_name_score']} "
                f"d={row['pm_dist_m']}"
            )
    got_new = {inst.pois["osm_id"].iloc[p] for p in result.new["poi"]}
    for osm in sorted(got_new ^ inst.truth_new):
        kind = "false new" if osm in got_new else "missed new"
        out.append(
            f"{kind}: {pois.loc[osm, 'name']!r} {pois.loc[osm, 'amenity']} {pois.loc[osm, 'other_tags']}"
        )
    return out[:limit]


def main() -> int:
    """Run several seeds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    parser.add_argument("--register", type=int, default=600)
    parser.add_argument("--density", type=float, default=2.5, help="register entries per km²")
    parser.add_argument("--errors", action="store_true", help="list the errors")
    args = parser.parse_args()
    rows = []
    for seed in args.seeds:
        inst = Gen(seed, args.register, args.density).instance()
        result = run_matching(inst)
        figures = evaluate(inst, result)
        rows.append({"seed": seed, **figures})
        if args.errors:
            print("\n".join(errors(inst, result, 60)))
    table = pd.DataFrame(rows).set_index("seed")
    print(table.round(4).to_string())
    print("min:", table.min().round(4).to_dict())
    goals = (table["pair_f1"] >= 0.98) & (table["status_accuracy"] >= 0.97)
    goals &= (table["new_precision"] >= 0.95) & (table["new_recall"] >= 0.95)
    print("all goals met" if goals.all() else "goals NOT met for seeds " + str(list(table.index[~goals])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
