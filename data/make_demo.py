"""Generate the synthetic demo GeoPackage ``oberhausen_demo.gpkg`` for the sozialplanung plugin.

README
======
Run with the system interpreter that carries the QGIS Python API::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 data/make_demo.py [--output PATH]

The output (default ``data/oberhausen_demo.gpkg`` next to this script) is deleted first and
rebuilt deterministically (``numpy.random.default_rng(20231231)``).  All layers are in
EPSG:25832 and cover an Oberhausen-sized extent (about 14 km x 12 km, lower left corner near
x=346000, y=5701000).  Geometry and numbers are plausible but invented, not real data.

Layers
------
``sozialquartiere`` (MultiPolygon, 27)
    Voronoi cells of 27 hand-placed seeds clipped to an irregular city outline.
    Fields: ``sq_id`` (1..27), ``name``, ``sozialraum`` (6 Sozialraeume), ``stadtbezirk``
    (Alt-Oberhausen, Sterkrade, Osterfeld).
``baubloecke`` (MultiPolygon, ~400)
    Statistical blocks nesting exactly in the quarters (10-20 Voronoi cells per quarter).
    Fields: ``block_id`` (sq_id * 100 + n), ``sq_id``, ``amb_id`` (labour market district that
    contains the block's point on surface) and integer counts ``<var>_<year>`` for the years
    2019, 2021, 2023 and the variables ``ew`` (inhabitants), ``ew_u15``, ``ew_15_24``,
    ``ew_65plus``, ``hh`` (households), ``hh_kinder`` (households with children), ``mig`` (of ew),
    ``sgb2`` (of ew, includes sgb2_u15), ``sgb2_u15`` (of ew_u15), ``alo_u25`` (of ew_15_24),
    ``grusi_65`` (of ew_65plus), ``hh_alleinerz`` and ``hh_kinderreich`` (of hh_kinder).
    Numerators never exceed their denominators.  There is a north-south social gradient, four
    hot spots, four improving quarters (Brücktorviertel, Marienviertel-Ost, Sterkrade-Mitte,
    Alstaden) and four worsening ones (Lirich-Nord, Osterfeld-Mitte/Vonderort, Tackenberg-West,
    Styrum); about 210,000 inhabitants in 2023.
``arbeitsmarktbezirke`` (MultiPolygon, 12)
    Voronoi cells of 12 other seeds clipped to the outline, cutting across the quarters.
    Fields: ``amb_id`` (1..12), ``name`` ("Arbeitsmarktbezirk 01" ...).
``einrichtungen`` (Point, 250)
    Register of social institutions.  Fields: ``einr_id``, ``name``, ``traeger``,
    ``kategorie`` (Kita, Familienzentrum, Jugendzentrum, Seniorentreff, Beratungsstelle,
    Stadtteilbüro), ``strasse``, ``hausnr``, ``plz``, ``ort``, ``adresse``, ``plaetze``,
    ``telefon``.  Each entry sits on (or within a few metres of) an address point.
``poi_osm`` (Point, ~1500)
    OpenStreetMap-like points as exported by the OGR OSM driver.  Fields: ``osm_id``
    ("node/..." or "way/..."), ``name``, ``amenity``, ``social_facility``, ``shop``,
    ``addr_street``, ``addr_housenumber``, ``other_tags`` (hstore text with every tag except
    ``name`` and ``amenity``).  Contents: ~85 % of the register with name/address variants and
    5-60 m offsets (3 % of the register moved 0.5-2.5 km), 4 % without name, 3 % Kitas renamed to
    Familienzentrum at the same address, 8 % of the register missing (closed), 20 new
    institutions, and unrelated shops, restaurants, schools, doctors, ... (some deliberately
    named like nearby institutions, e.g. "Bäckerei Sonnenschein").
``adressen`` (Point, ~15000)
    Residential address points inside the blocks.  Fields: ``adr_id``, ``strasse``, ``hausnr``,
    ``einwohner``, ``kinder_u6``, ``kinder_u15``.  Per block, ``einwohner`` sums to ``ew_2023``
    and ``kinder_u15`` to ``ew_u15_2023``.

Postcodes are the real Oberhausen ones (46045-46149), assigned per quarter.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsSpatialIndex,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the plugin folder, for algorithms.compat
from algorithms.compat import make_field  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Sequence

# fmt: off
T = TypeVar("T")
Rng = np.random.Generator

SEED = 20231231
CRS = "EPSG:25832"
X0, Y0 = 346000.0, 5701000.0
YEARS = (2019, 2021, 2023)
TOTAL_EW_2023 = 210_000
VARS = (
    "ew", "ew_u15", "ew_15_24", "ew_65plus", "hh", "hh_kinder", "mig", "sgb2", "sgb2_u15",
    "alo_u25", "grusi_65", "hh_alleinerz", "hh_kinderreich",
)
DENOMINATOR = {
    "ew_u15": "ew", "ew_15_24": "ew", "ew_65plus": "ew", "hh_kinder": "hh", "mig": "ew",
    "sgb2": "ew", "sgb2_u15": "ew_u15", "alo_u25": "ew_15_24", "grusi_65": "ew_65plus",
    "hh_alleinerz": "hh_kinder", "hh_kinderreich": "hh_kinder",
}
SOZIALRAEUME = {
    "AS": "Sozialraum Alt-Oberhausen Süd",
    "AN": "Sozialraum Alt-Oberhausen Nord",
    "OS": "Sozialraum Osterfeld Süd",
    "ON": "Sozialraum Osterfeld Nord",
    "SM": "Sozialraum Sterkrade Mitte",
    "SN": "Sozialraum Sterkrade Nord",
}
BEZIRKE = {"AO": "Alt-Oberhausen", "OF": "Osterfeld", "ST": "Sterkrade"}

# name, bezirk, sozialraum, seed x/y in km, deprivation s (2023), density, trend, plz, place
QUARTERS: tuple[tuple[str, str, str, float, float, float, float, int, str, str], ...] = (
    ("Innenstadt", "AO", "AS", 6.4, 1.9, 0.85, 1.50, 0, "46045", "Innenstadt"),
    ("Lirich-Süd", "AO", "AS", 4.5, 1.7, 0.72, 1.15, 0, "46049", "Lirich"),
    ("Lirich-Nord", "AO", "AN", 4.7, 3.1, 0.70, 1.20, -1, "46047", "Lirich"),
    ("Marienviertel-Ost", "AO", "AS", 9.1, 1.7, 0.55, 1.20, 1, "46045", "Marienviertel"),
    ("Marienviertel-West", "AO", "AS", 8.0, 1.9, 0.65, 1.30, 0, "46045", "Marienviertel"),
    ("Brücktorviertel", "AO", "AN", 7.4, 3.0, 0.72, 1.25, 1, "46047", "Brücktorviertel"),
    ("Osterfeld-Mitte/Vonderort", "OF", "OS", 11.3, 4.9, 0.68, 1.10, -1, "46117", "Osterfeld"),
    ("Vondern/Osterfeld-Süd", "OF", "OS", 10.0, 3.5, 0.58, 0.90, 0, "46117", "Vondern"),
    ("Eisenheim/Heide", "OF", "OS", 9.3, 5.6, 0.50, 0.90, 0, "46117", "Eisenheim"),
    ("Rothebusch", "OF", "OS", 12.0, 6.7, 0.38, 0.90, 0, "46119", "Rothebusch"),
    ("Tackenberg-Ost", "OF", "ON", 10.3, 7.8, 0.40, 0.95, 0, "46119", "Tackenberg"),
    ("Tackenberg-West", "OF", "ON", 8.6, 7.2, 0.50, 1.05, -1, "46119", "Tackenberg"),
    ("Sterkrade-Mitte", "ST", "SM", 6.9, 7.5, 0.52, 1.30, 1, "46145", "Sterkrade"),
    ("Schladviertel", "ST", "SM", 6.3, 6.2, 0.45, 1.00, 0, "46145", "Schlad"),
    ("Bermensfeld", "ST", "SM", 5.1, 7.3, 0.35, 0.95, 0, "46145", "Bermensfeld"),
    ("Walsumermark", "ST", "SN", 2.0, 10.8, 0.15, 0.70, 0, "46147", "Walsumermark"),
    ("Königshardt", "ST", "SN", 7.6, 10.7, 0.12, 0.75, 0, "46149", "Königshardt"),
    ("Schmachtendorf", "ST", "SN", 4.8, 10.9, 0.14, 0.80, 0, "46147", "Schmachtendorf"),
    ("Holten/Barmingholten", "ST", "SN", 1.8, 8.5, 0.22, 0.80, 0, "46147", "Holten"),
    ("Klosterhardt", "OF", "ON", 9.4, 9.4, 0.25, 0.85, 0, "46119", "Klosterhardt"),
    ("Grafenbusch/Neue Mitte/Borbeck", "AO", "AN", 7.1, 4.5, 0.48, 0.90, 0, "46047",
     "Grafenbusch"),
    ("Alstaden", "AO", "AS", 2.9, 0.9, 0.36, 0.95, 1, "46049", "Alstaden"),
    ("Styrum", "AO", "AS", 6.0, 0.6, 0.60, 1.00, -1, "46045", "Styrum"),
    ("Dümpten", "AO", "AS", 10.4, 0.8, 0.35, 0.95, 0, "46045", "Dümpten"),
    ("Buschhausen", "AO", "AN", 3.6, 4.9, 0.40, 0.85, 0, "46049", "Buschhausen"),
    ("Sterkrade-Nord", "ST", "SN", 6.6, 9.0, 0.26, 0.90, 0, "46149", "Sterkrade"),
    ("Schwarze Heide/Alsfeld", "ST", "SM", 4.0, 8.3, 0.22, 0.80, 0, "46147", "Alsfeld"),
)
OUTLINE_KM = (
    (0.3, 1.2), (1.8, 0.2), (4.0, 0.3), (5.6, 0.0), (7.5, 0.4), (9.0, 0.1), (11.2, 0.2),
    (12.0, 1.4), (12.6, 2.6), (13.8, 3.9), (13.5, 5.6), (13.9, 7.2), (12.6, 8.0), (11.4, 8.6),
    (10.8, 10.1), (9.1, 11.0), (8.6, 11.9), (6.8, 11.7), (5.0, 12.0), (3.2, 11.8), (1.2, 11.9),
    (0.4, 10.6), (0.8, 9.2), (0.1, 7.6), (1.6, 6.2), (1.5, 4.8), (2.2, 3.5), (1.0, 2.5),
)
AMB_SEEDS_KM = (
    (2.8, 10.6), (6.2, 10.2), (9.2, 9.6), (3.0, 7.2), (6.9, 8.0), (11.3, 7.4),
    (5.0, 5.3), (8.8, 5.3), (12.4, 4.0), (2.6, 2.6), (6.0, 2.2), (9.6, 1.6),
)
# x/y in km, radius in m, deprivation bump, population multiplier (high-rise estates)
HOT_SPOTS = (
    (6.5, 1.8, 450.0, 0.18, 1.6),
    (4.8, 3.2, 400.0, 0.25, 2.0),
    (11.2, 4.8, 400.0, 0.20, 1.6),
    (8.5, 7.1, 350.0, 0.20, 1.8),
)
SAINTS = (
    "St. Marien", "St. Josef", "Herz Jesu", "St. Antonius", "St. Pankratius", "St. Clemens",
    "Liebfrauen", "St. Michael", "St. Barbara", "St. Johannes", "St. Theresia", "St. Bernardus",
    "Christ König", "St. Katharina", "St. Joseph", "St. Franziskus", "Herz Mariä",
)
CHURCHES = (
    "Christuskirche", "Lutherkirche", "Pauluskirche", "Friedenskirche", "Auferstehungskirche",
    "Markuskirche", "Johanneskirche", "Apostelkirche", "Emmauskirche", "Versöhnungskirche",
    "Erlöserkirche", "Gnadenkirche",
)
THEMES = (
    "Sonnenschein", "Regenbogen", "Pusteblume", "Löwenzahn", "Sternschnuppe", "Kunterbunt",
    "Wirbelwind", "Zwergenland", "Abenteuerland", "Marienkäfer", "Schatzkiste", "Spatzennest",
    "Arche Noah", "Villa Kunterbunt", "Bärenhöhle", "Rappelkiste", "Himmelszelt", "Schmetterling",
    "Waldwichtel", "Sonnenblume", "Kleine Strolche", "Entdeckerland", "Traumland", "Purzelbaum",
    "Kinderinsel", "Tausendfüßler", "Glühwürmchen", "Flohkiste", "Wolkenburg", "Mäuseburg",
    "Sausewind", "Kleine Hände", "Zauberwald", "Farbenfroh", "Lummerland", "Sterntaler",
    "Krümelkiste", "Löwenherz", "Pfiffikus", "Seepferdchen", "Wiesenzwerge", "Hummelnest",
    "Baumhaus", "Zwergenstübchen", "Burg Drachenstein", "Rasselbande", "Springmaus", "Kuschelhaus",
    "Am Park", "Am Hain", "Zauberkiste", "Tabaluga", "Kleiner Prinz", "Nesthäkchen",
)
JUZ_NAMES = ("Kaktus", "Kiste", "Druckluft", "Steinbruch", "Oase", "Tabu", "Zentrale",
             "Haltestelle", "Bunker", "Fabrik", "Treibhaus", "Container")
TOPICS = ("Schuldnerberatung", "Suchtberatung", "Migrationsberatung", "Erziehungsberatung",
          "Schwangerschaftsberatung", "Familienberatung", "Wohnungsnotfallhilfe")
STREET_BASES = (
    "Linden", "Birken", "Eichen", "Ahorn", "Buchen", "Tannen", "Fichten", "Rosen", "Tulpen",
    "Nelken", "Veilchen", "Amsel", "Drossel", "Finken", "Lerchen", "Meisen", "Falken", "Adler",
    "Schwalben", "Kiebitz", "Goethe", "Schiller", "Lessing", "Heine", "Uhland", "Mozart",
    "Beethoven", "Händel", "Kant", "Bismarck", "Moltke", "Blücher", "Gneisenau", "Humboldt",
    "Kolping", "Bergbau", "Hütten", "Zechen", "Schacht", "Gruben", "Stollen", "Kokerei",
    "Hochofen", "Mühlen", "Brunnen", "Kirch", "Schul", "Garten", "Wiesen", "Feld", "Wald",
    "Heide", "Teich", "Sonnen", "Berg", "Tal", "Hof", "Kamp", "Busch", "Ulmen", "Erlen", "Weiden",
    "Holunder", "Flieder", "Jasmin", "Lilien", "Astern", "Dahlien", "Krokus", "Kastanien",
    "Eschen", "Hasel", "Pappel", "Kirschen", "Apfel", "Birnen", "Quellen", "Rhein", "Ruhr",
    "Emscher", "Lippe", "Weser", "Elbe", "Main", "Mosel", "Saar", "Havel", "Spree", "Oder",
    "Barbara", "Glückauf", "Kumpel", "Steiger", "Förder", "Kaue", "Halden", "Kanal",
)
STREET_SUFFIXES = (("straße", 0.55), ("weg", 0.22), ("allee", 0.07), ("ring", 0.08),
                   ("platz", 0.04), ("gasse", 0.04))
MAJOR_STREETS = (
    "Mülheimer Straße", "Essener Straße", "Duisburger Straße", "Bottroper Straße",
    "Dorstener Straße", "Weseler Straße", "Dinslakener Straße", "Kirchhellener Straße",
    "Holtener Straße", "Sterkrader Straße", "Osterfelder Straße", "Königshardter Straße",
    "Teutoburger Straße", "Vestische Straße", "Hansastraße", "Marktstraße", "Elsässer Straße",
    "Friedrich-Karl-Straße", "Concordiastraße", "Lothringer Straße", "Falkensteinstraße",
    "Bahnhofstraße", "Steinbrinkstraße", "Alleestraße", "Goebenstraße", "Nohlstraße",
    "Helmholtzstraße", "Lipperheidstraße", "Elsa-Brändström-Straße", "Gutehoffnungsstraße",
    "Eisenheimer Straße", "Fahnhorststraße", "Harkortstraße", "Danziger Straße",
)
SURNAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun",
    "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Kowalski", "Nowak", "Yilmaz",
    "Kaya", "Demir", "Öztürk", "Rossi", "Esposito", "Papadopoulos", "Jansen", "Brinkmann",
    "Terhorst", "Kemper", "Hülsmann", "Overbeck", "Tenhagen",
)
FIRST_NAMES = ("Anna", "Sabine", "Petra", "Claudia", "Ayse", "Elif", "Maria", "Monika", "Jana",
               "Lena", "Thomas", "Michael", "Andreas", "Stefan", "Murat", "Mehmet", "Giuseppe",
               "Dimitri", "Jens", "Frank")
ITALIAN = ("Da Mario", "Bella Italia", "La Piazza", "Roma", "Napoli", "Venezia", "Toscana",
           "Il Gusto", "Da Enzo", "La Gondola", "Sole Mio", "Capri")
PUBS = ("Zur Post", "Zum Anker", "Zum Förderturm", "Haus Union", "Zur Linde", "Kumpel-Treff",
        "Bei Uschi", "Zum Schacht", "Altes Fährhaus", "Zur Zeche")
PHARMACY_WORDS = ("Rathaus", "Markt", "Bahnhof", "Linden", "Adler", "Löwen", "Stern", "Hirsch",
                  "Einhorn", "Rosen", "Park", "Glückauf", "Brunnen", "Kur")

CATEGORY_COUNTS = {"Kita": 112, "Familienzentrum": 32, "Jugendzentrum": 26, "Seniorentreff": 36,
                   "Beratungsstelle": 34, "Stadtteilbüro": 10}
PLAETZE = {"Kita": (40, 120), "Familienzentrum": (60, 150), "Jugendzentrum": (30, 120),
           "Seniorentreff": (20, 80), "Beratungsstelle": (5, 30), "Stadtteilbüro": (10, 40)}
TRAEGER_WEIGHTS: dict[str, dict[str, float]] = {
    "Kita": {"Stadt Oberhausen": 35, "Kath. Kirchengemeinde": 20, "Ev. Kirchengemeinde": 15,
             "AWO": 10, "DRK": 5, "Paritätischer": 5, "freie Träger": 10},
    "Familienzentrum": {"Stadt Oberhausen": 30, "AWO": 15, "Kath. Kirchengemeinde": 20,
                        "Ev. Kirchengemeinde": 15, "Diakonie": 5, "Caritas": 5,
                        "Paritätischer": 5, "freie Träger": 5},
    "Jugendzentrum": {"Stadt Oberhausen": 35, "Kath. Kirchengemeinde": 20,
                      "Ev. Kirchengemeinde": 20, "AWO": 10, "freie Träger": 15},
    "Seniorentreff": {"AWO": 25, "DRK": 15, "Caritas": 15, "Diakonie": 15,
                      "Kath. Kirchengemeinde": 10, "Ev. Kirchengemeinde": 10,
                      "Stadt Oberhausen": 5, "Paritätischer": 5},
    "Beratungsstelle": {"Caritas": 25, "Diakonie": 25, "AWO": 15, "Paritätischer": 15,
                        "Stadt Oberhausen": 15, "freie Träger": 5},
    "Stadtteilbüro": {"Stadt Oberhausen": 60, "freie Träger": 40},
}
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "Kita": {
        "Stadt Oberhausen": ("Städtische Kindertagesstätte {theme}", "Städtische Kita {theme}",
                             "Städt. Kita {theme}", "Städtische Kindertagesstätte {street}"),
        "Kath. Kirchengemeinde": ("Kath. Kita {saint}", "Kath. Kindergarten {saint}",
                                  "Kath. Kindertagesstätte {theme}"),
        "Ev. Kirchengemeinde": ("Ev. Kita {theme} e.V.", "Ev. Kindergarten {church}",
                                "Ev. Kita {theme}"),
        "AWO": ("AWO Kita {theme}", "AWO-Kindertagesstätte {theme}"),
        "DRK": ("DRK-Kita {theme}", "DRK Kindertagesstätte {theme}"),
        "Paritätischer": ("Kita {theme} e.V.", "Elterninitiative {theme} e.V."),
        "freie Träger": ("Kita {theme} gGmbH", "Kinderhaus {theme}",
                         "Montessori-Kinderhaus {place}"),
    },
    "Familienzentrum": {
        "Stadt Oberhausen": ("Städtisches Familienzentrum {theme}", "Familienzentrum {place}"),
        "AWO": ("AWO Familienzentrum {place}",),
        "Kath. Kirchengemeinde": ("Kath. Familienzentrum {saint}", "Familienzentrum {saint}"),
        "Ev. Kirchengemeinde": ("Ev. Familienzentrum {church}", "Ev. Familienzentrum {place}"),
        "Diakonie": ("Diakonie Familienzentrum {place}",),
        "Caritas": ("Caritas Familienzentrum {place}",),
        "Paritätischer": ("Familienzentrum {theme} e.V.",),
        "freie Träger": ("Familienzentrum {theme} gGmbH",),
    },
    "Jugendzentrum": {
        "Stadt Oberhausen": ("Städtisches Jugendzentrum {place}", "Jugendzentrum {juz}",
                             "Jugendhaus {place}"),
        "Kath. Kirchengemeinde": ("Kath. Jugendzentrum {saint}", "Offene Tür {saint}"),
        "Ev. Kirchengemeinde": ("Ev. Jugendzentrum {church}", "Ev. Jugendhaus {place}"),
        "AWO": ("AWO Jugendtreff {place}",),
        "freie Träger": ("Jugendzentrum {juz} e.V.", "Jugendcafé {juz}"),
    },
    "Seniorentreff": {
        "AWO": ("AWO Seniorentreff {place}", "AWO Begegnungsstätte {place}"),
        "DRK": ("DRK Seniorentreff {place}",),
        "Caritas": ("Caritas Seniorentreff {place}", "Caritas Seniorenbegegnungsstätte {saint}"),
        "Diakonie": ("Diakonie Seniorencafé {place}", "Seniorentreff {church}"),
        "Kath. Kirchengemeinde": ("Seniorentreff {saint}", "Kath. Altenstube {saint}"),
        "Ev. Kirchengemeinde": ("Ev. Seniorentreff {church}",),
        "Stadt Oberhausen": ("Städtische Seniorenbegegnungsstätte {place}",),
        "Paritätischer": ("Seniorentreff {place} e.V.",),
    },
    "Beratungsstelle": {
        "Caritas": ("Caritas Beratungsstelle {place}", "Caritas {topic} {place}"),
        "Diakonie": ("Diakonie {topic} {place}", "Diakonie Beratungsstelle {place}"),
        "AWO": ("AWO {topic} {place}", "AWO Beratungszentrum {place}"),
        "Paritätischer": ("{topic} {place} e.V.",),
        "Stadt Oberhausen": ("Städtische Erziehungsberatungsstelle {place}",
                             "Beratungsstelle {place} der Stadt Oberhausen"),
        "freie Träger": ("Frauenberatung {place} e.V.", "Beratungsstelle {theme} gGmbH"),
    },
    "Stadtteilbüro": {
        "Stadt Oberhausen": ("Stadtteilbüro {quarter}",),
        "freie Träger": ("Stadtteilbüro {quarter}", "Quartiersbüro {quarter}"),
    },
}
OPERATORS = {
    "Stadt Oberhausen": "Stadt Oberhausen", "AWO": "AWO Kreisverband Oberhausen e.V.",
    "Caritas": "Caritasverband Oberhausen e.V.", "Diakonie": "Diakonisches Werk Oberhausen",
    "DRK": "DRK Kreisverband Oberhausen e.V.", "Paritätischer": "Der Paritätische Oberhausen",
    "Kath. Kirchengemeinde": "Kath. Propsteigemeinde St. Clemens",
    "Ev. Kirchengemeinde": "Ev. Kirchenkreis Oberhausen",
}
ABBREVIATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Städtische Kindertagesstätte", ("Städt. Kita", "Kita", "Städtische Kita")),
    ("Kindertagesstätte", ("Kita", "KiTa", "Kindergarten", "Kiga")),
    ("Kindergarten", ("Kita", "Kiga", "Kindertagesstätte")),
    ("Kita", ("Kindertagesstätte", "KiTa", "Kiga", "Kindergarten")),
    ("Städtisches", ("Städt.", "")),
    ("Städtische", ("Städt.", "")),
    ("Städt.", ("Städtische",)),
    ("Kath.", ("Katholische", "Kath", "")),
    ("Ev.", ("Evangelische", "Ev", "")),
    ("St.", ("Sankt", "St")),
    ("Jugendzentrum", ("JUZ", "Jugendzentrum (JuZ)", "Jugendtreff")),
    ("Beratungsstelle", ("Beratung", "Beratungszentrum")),
    ("Seniorentreff", ("Seniorentreffpunkt", "Senioren-Treff")),
    ("Familienzentrum", ("Familienzentrum NRW", "Fam.-Zentrum")),
    ("Stadtteilbüro", ("Stadtteilladen", "Stadtteil-Büro")),
    ("Begegnungsstätte", ("Begegnungszentrum", "Treffpunkt")),
)
MOVABLE_PREFIXES = {"AWO": " der AWO", "DRK": " (DRK)", "Caritas": " der Caritas",
                    "Diakonie": " der Diakonie", "Kath.": " (kath.)", "Ev.": " (ev.)",
                    "Städtische": " (Stadt Oberhausen)", "Städtisches": " (Stadt Oberhausen)"}
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss"})
POI_KINDS: dict[str, float] = {
    "restaurant": 130, "fast_food": 90, "cafe": 60, "pharmacy": 45, "doctors": 110,
    "dentist": 50, "school": 60, "bank": 25, "place_of_worship": 40, "fuel": 20,
    "post_office": 8, "library": 5, "nursing_home": 20, "group_home": 10, "shelter": 4,
    "ambulatory_care": 10, "community_centre": 12, "association": 20, "bakery": 85,
    "hairdresser": 90, "supermarket": 45, "kiosk": 70, "convenience": 25, "butcher": 15,
    "clothes": 40, "florist": 20, "optician": 15, "mobile_phone": 20, "beauty": 30,
    "bicycle": 8, "car_repair": 25, "chemist": 15, "books": 5, "toys": 5,
}
N_POI = 1500
TOKEN_KEYS = ("theme", "saint", "church", "juz", "street", "place")
SOCIAL_KINDS = {"nursing_home": "senior", "group_home": "disabled", "shelter": "homeless",
                "ambulatory_care": "senior"}
SHOP_KINDS = {"bakery", "hairdresser", "supermarket", "kiosk", "convenience", "butcher",
              "clothes", "florist", "optician", "mobile_phone", "beauty", "bicycle",
              "car_repair", "chemist", "books", "toys"}
MISC_WORDS = {"doner": ("Antalya", "Istanbul", "Bosporus"),
              "greek": ("Olympia", "Mykonos", "Kreta"), "china": ("Peking", "Lotus", "Mandarin"),
              "school": ("Goethe", "Schiller", "Astrid-Lindgren", "Kolping")}
GENERIC_NAMES: dict[str, tuple[str, ...]] = {
    "restaurant": ("Restaurant {sur}", "Pizzeria {italian}", "Gaststätte {pub}",
                   "China-Restaurant {china}", "Taverna {greek}", "Ristorante {italian}"),
    "fast_food": ("{doner} Döner", "Imbiss {sur}", "McDonald's", "Burger King", "Pizza {first}"),
    "cafe": ("Café {sur}", "Eiscafé {italian}"),
    "pharmacy": ("{pharm}-Apotheke", "Apotheke am {street}"),
    "doctors": ("Dr. med. {first} {sur}", "Praxis Dr. {sur}", "Gemeinschaftspraxis {sur} & {sur2}"),
    "dentist": ("Zahnarztpraxis Dr. {sur}",),
    "school": ("Grundschule {place}", "Gesamtschule {place}", "Realschule {place}",
               "{school}-Schule"),
    "bank": ("Stadtsparkasse Oberhausen", "Volksbank Rhein-Ruhr", "Commerzbank", "Postbank"),
    "place_of_worship": ("Kath. Kirche {saint}", "{church}", "DITIB Moschee {place}",
                         "Neuapostolische Kirche {place}"),
    "fuel": ("Aral", "Shell", "Esso", "Jet", "Star"),
    "post_office": ("Deutsche Post", "Postfiliale {place}"),
    "library": ("Stadtbibliothek Zweigstelle {place}",),
    "community_centre": ("Bürgerhaus {place}", "Vereinsheim {sur}"),
    "association": ("SV {place} 1920 e.V.", "Kleingartenverein {theme} e.V.",
                    "Schützenverein {place} e.V."),
    "nursing_home": ("Seniorenheim Haus {sur}", "Seniorenzentrum {church}"),
    "group_home": ("Wohngruppe {place}", "Wohnheim {street}"),
    "shelter": ("Notunterkunft {street}",),
    "ambulatory_care": ("Pflegedienst {sur}", "Ambulanter Pflegedienst {place}"),
    "bakery": ("Bäckerei {sur}", "{sur} Backstube", "Bäckerei Kamps", "BackWerk"),
    "hairdresser": ("Friseur {first}", "Salon {first}", "Haarstudio {sur}"),
    "supermarket": ("REWE", "EDEKA {sur}", "ALDI SÜD", "Lidl", "Netto", "Penny"),
    "kiosk": ("Kiosk {street}", "Trinkhalle {sur}", "Büdchen {first}"),
    "convenience": ("Lebensmittel {sur}", "Mini-Markt {first}"),
    "butcher": ("Metzgerei {sur}",),
    "clothes": ("Mode {first}", "KiK", "Takko", "NKD"),
    "florist": ("Blumen {sur}",),
    "optician": ("Optik {sur}", "Fielmann"),
    "mobile_phone": ("Handy-Shop {first}",),
    "beauty": ("Kosmetikstudio {first}", "Nagelstudio {first}"),
    "bicycle": ("Fahrrad {sur}",),
    "car_repair": ("Kfz-Werkstatt {sur}",),
    "chemist": ("dm-drogerie markt", "Rossmann"),
    "books": ("Buchhandlung {sur}",),
    "toys": ("Spielwaren {sur}",),
}
# category -> (cumulative probability, tags) alternatives
CATEGORY_TAGS: dict[str, tuple[tuple[float, dict[str, str]], ...]] = {
    "Kita": ((1.0, {"amenity": "kindergarten"}),),
    "Familienzentrum": (
        (0.6, {"amenity": "social_facility", "social_facility": "outreach",
               "social_facility:for": "family"}),
        (1.0, {"amenity": "community_centre", "community_centre:for": "family"})),
    "Jugendzentrum": (
        (0.6, {"amenity": "community_centre", "community_centre": "youth_centre"}),
        (1.0, {"amenity": "social_facility", "social_facility": "outreach",
               "social_facility:for": "juvenile"})),
    "Seniorentreff": (
        (0.5, {"amenity": "social_facility", "social_facility": "day_care",
               "social_facility:for": "senior"}),
        (1.0, {"amenity": "community_centre", "community_centre:for": "senior"})),
    "Beratungsstelle": ((1.0, {"amenity": "social_facility", "social_facility": "outreach"}),),
    "Stadtteilbüro": ((0.5, {"amenity": "community_centre"}), (1.0, {"office": "association"})),
}
# fmt: on


@dataclass
class Quarter:
    """A Sozialquartier and its generation parameters."""

    sq_id: int
    name: str
    bezirk: str
    sozialraum: str
    seed: QgsPointXY
    s: float
    dens: float
    trend: int
    plz: str
    place: str
    saint: str = ""
    church: str = ""
    geom: QgsGeometry = field(default_factory=QgsGeometry)
    streets: list[str] = field(default_factory=list)
    drift: float = 0.0


@dataclass
class Block:
    """A statistical block (Baublock) with its yearly counts."""

    block_id: int
    quarter: Quarter
    geom: QgsGeometry
    amb_id: int = 0
    noise: float = 0.0
    bump: float = 0.0
    popmult: float = 1.0
    values: dict[str, int] = field(default_factory=dict)


@dataclass
class Address:
    """A residential address point."""

    adr_id: int
    x: float
    y: float
    strasse: str
    hausnr: str
    einwohner: int
    kinder_u6: int
    kinder_u15: int
    quarter: Quarter


@dataclass
class Institution:
    """A register entry (Einrichtung)."""

    einr_id: int
    name: str
    traeger: str
    kategorie: str
    strasse: str
    hausnr: str
    plz: str
    x: float
    y: float
    plaetze: int
    telefon: str
    quarter: Quarter
    token: str


@dataclass
class Poi:
    """An OSM-like point of interest."""

    name: str | None
    tags: dict[str, str]
    x: float
    y: float
    osm_id: str = ""


# --------------------------------------------------------------------------- helpers


def _say(msg: str) -> None:
    """Write one line to stdout."""
    sys.stdout.write(msg + "\n")


def _pick(rng: Rng, seq: Sequence[T]) -> T:
    """Return a uniformly chosen element of ``seq``."""
    return seq[int(rng.integers(len(seq)))]


def _wpick(rng: Rng, weights: dict[str, float]) -> str:
    """Return a key of ``weights`` chosen proportionally to its weight."""
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _field(name: str, kind: type) -> QgsField:
    """Return an Int (``int``) or String (``str``) field (the plugin's version-safe helper)."""
    return make_field(name, "int" if kind is int else "string")


def _km(x: float, y: float) -> QgsPointXY:
    """Convert km offsets from the lower-left corner to EPSG:25832 coordinates."""
    return QgsPointXY(X0 + x * 1000.0, Y0 + y * 1000.0)


def _offset(rng: Rng, x: float, y: float, rmin: float, rmax: float) -> tuple[float, float]:
    """Return a point at a random distance in [rmin, rmax] and random bearing."""
    r, a = rng.uniform(rmin, rmax), rng.uniform(0.0, 2.0 * math.pi)
    return x + r * math.cos(a), y + r * math.sin(a)


def _polygonal(geom: QgsGeometry) -> QgsGeometry:
    """Return the polygonal part of ``geom`` as a valid MultiPolygon."""
    if QgsWkbTypes.flatType(geom.wkbType()) == QgsWkbTypes.Type.GeometryCollection:
        parts = [
            p for p in geom.asGeometryCollection() if p.type() == QgsWkbTypes.GeometryType.PolygonGeometry
        ]
        geom = QgsGeometry.collectGeometry(parts)
    if not geom.isGeosValid():
        geom = geom.makeValid()
    geom.convertToMultiType()
    return geom


def _voronoi_cells(seeds: list[QgsPointXY], clip: QgsGeometry) -> list[QgsGeometry]:
    """Return the Voronoi cell of each seed (same order), clipped to ``clip``."""
    extent = clip.boundingBox()
    extent.grow(2000.0)
    diagram = QgsGeometry.fromMultiPointXY(seeds).voronoiDiagram(QgsGeometry.fromRect(extent))
    parts = diagram.asGeometryCollection()
    cells = []
    for seed in seeds:
        cell = next(p for p in parts if p.contains(seed))
        cells.append(_polygonal(cell.intersection(clip)))
    return cells


def _random_points(rng: Rng, geom: QgsGeometry, n: int, min_dist: float = 0.0) -> list[QgsPointXY]:
    """Return ``n`` random points inside ``geom`` (optionally at least ``min_dist`` apart)."""
    box = geom.boundingBox()
    out: list[QgsPointXY] = []
    tries = 0
    while len(out) < n:
        tries += 1
        if tries % (50 * n) == 0:
            min_dist *= 0.8
        pt = QgsPointXY(
            rng.uniform(box.xMinimum(), box.xMaximum()), rng.uniform(box.yMinimum(), box.yMaximum())
        )
        if not geom.contains(pt):
            continue
        if min_dist > 0 and any(pt.distance(o) < min_dist for o in out):
            continue
        out.append(pt)
    return out


# --------------------------------------------------------------------------- geometry


def _outline(rng: Rng) -> QgsGeometry:
    """Return the irregular city outline (hand-drawn ring with jittered edge points)."""
    ring: list[QgsPointXY] = []
    pts = [_km(x, y) for x, y in OUTLINE_KM]
    for a, b in zip(pts, [*pts[1:], pts[0]]):
        ring.append(a)
        dx, dy = b.x() - a.x(), b.y() - a.y()
        nx, ny = -dy / math.hypot(dx, dy), dx / math.hypot(dx, dy)
        for t in (0.25, 0.5, 0.75):
            off = float(np.clip(rng.normal(0.0, 60.0), -150.0, 150.0))
            ring.append(QgsPointXY(a.x() + t * dx + off * nx, a.y() + t * dy + off * ny))
    ring.append(ring[0])
    geom = QgsGeometry.fromPolygonXY([ring])
    return geom if geom.isGeosValid() else geom.makeValid()


def _quarters(rng: Rng, outline: QgsGeometry) -> list[Quarter]:
    """Build the 27 quarters as Voronoi cells clipped to the outline."""
    quarters = []
    for i, (name, bez, sr, x, y, s, dens, trend, plz, place) in enumerate(QUARTERS, start=1):
        q = Quarter(i, name, BEZIRKE[bez], SOZIALRAEUME[sr], _km(x, y), s, dens, trend, plz, place)
        q.saint = "St. Marien" if name.startswith("Marienviertel") else _pick(rng, SAINTS)
        q.church = _pick(rng, CHURCHES)
        q.drift = float(rng.normal(0.0, 0.01))
        if not outline.contains(q.seed):
            raise RuntimeError(f"seed of {name} outside the outline")
        quarters.append(q)
    for q, cell in zip(quarters, _voronoi_cells([q.seed for q in quarters], outline)):
        q.geom = cell
    return quarters


def _amb(outline: QgsGeometry) -> list[QgsGeometry]:
    """Build the 12 Arbeitsmarktbezirke."""
    return _voronoi_cells([_km(x, y) for x, y in AMB_SEEDS_KM], outline)


def _blocks(rng: Rng, quarters: list[Quarter], ambs: list[QgsGeometry]) -> list[Block]:
    """Split every quarter into 10-20 Voronoi blocks and assign amb_id."""
    blocks = []
    for q in quarters:
        n = int(rng.integers(10, 21))
        spacing = 0.35 * math.sqrt(q.geom.area() / n)
        seeds = sorted(_random_points(rng, q.geom, n, spacing), key=lambda p: (-p.y(), p.x()))
        for k, cell in enumerate(_voronoi_cells(seeds, q.geom), start=1):
            blocks.append(Block(q.sq_id * 100 + k, q, cell))
    for b in blocks:
        pos = b.geom.pointOnSurface()
        b.amb_id = next(i for i, a in enumerate(ambs, start=1) if a.intersects(pos))
    return blocks


# --------------------------------------------------------------------------- statistics


def _mark_hot_spots(blocks: list[Block]) -> None:
    """Raise deprivation and density of blocks around the hot spots."""
    centres = [b.geom.pointOnSurface().asPoint() for b in blocks]
    for x, y, radius, bump, mult in HOT_SPOTS:
        c = _km(x, y)
        dist = [c.distance(p) for p in centres]
        nearest = min(dist)
        for i, d in enumerate(dist):
            if d < radius or d == nearest:
                blocks[i].bump = bump * (1.0 - 0.4 * min(d / radius, 1.0))
                blocks[i].popmult = mult


def _population_2023(rng: Rng, blocks: list[Block]) -> np.ndarray:
    """Return block populations 2023 (about 5 % small blocks, total about 210,000)."""
    n = len(blocks)
    small = rng.random(n) < 0.05
    small_ew = np.where(rng.random(n) < 0.35, rng.integers(5, 50, n), rng.integers(50, 300, n))
    dens = np.array([b.quarter.dens * b.popmult for b in blocks])
    excess = dens * rng.lognormal(0.0, 0.6, n)
    big = ~small
    for _ in range(5):
        scale = (TOTAL_EW_2023 - small_ew[small].sum() - 300 * big.sum()) / excess[big].sum()
        excess = np.minimum(excess * scale, 2300.0)
    return np.where(small, small_ew, 300 + np.rint(excess)).astype(int)


def _deprivation(b: Block, year: int) -> float:
    """Return the effective deprivation index of a block in a year."""
    steps = (2023 - year) // 2
    shift = 0.07 * steps * b.quarter.trend if b.quarter.trend else b.quarter.drift * steps
    return float(np.clip(b.quarter.s + b.noise + b.bump + shift, 0.02, 1.0))


def _part(rng: Rng, den: int, p: float) -> int:
    """Return a count of about ``p * den`` (4 % relative noise), never above ``den``."""
    return int(np.clip(round(den * p * rng.normal(1.0, 0.04)), 0, den))


def _year_values(rng: Rng, b: Block, ew: int, year: int) -> dict[str, int]:
    """Draw all counts of one block and year from its population and deprivation."""
    s0 = float(np.clip(b.quarter.s + b.noise + b.bump, 0.0, 1.0))
    s = _deprivation(b, year)
    p_u15 = 0.115 + 0.05 * s0
    p_1524 = 0.095 + 0.02 * s0
    p_65 = 0.27 - 0.10 * s0
    u15, a1524, a65, _ = (
        int(v) for v in rng.multinomial(ew, [p_u15, p_1524, p_65, 1.0 - p_u15 - p_1524 - p_65])
    )
    hh = min(ew, round(ew / (2.2 - 0.35 * s0 + rng.normal(0.0, 0.03)))) if ew else 0
    hh_k = min(_part(rng, hh, 0.16 + 0.06 * s0), u15 + a1524 // 3)
    p_sgb, p_child = 0.05 + 0.30 * s, 0.08 + 0.42 * s
    p_rest = float(np.clip((p_sgb - p_child * p_u15) / (1.0 - p_u15), 0.0, 1.0))
    sgb2_u15 = _part(rng, u15, p_child)
    return {
        "ew": ew,
        "ew_u15": u15,
        "ew_15_24": a1524,
        "ew_65plus": a65,
        "hh": hh,
        "hh_kinder": hh_k,
        "mig": _part(rng, ew, 0.15 + 0.45 * s),
        "sgb2": sgb2_u15 + _part(rng, ew - u15, p_rest),
        "sgb2_u15": sgb2_u15,
        "alo_u25": _part(rng, a1524, 0.02 + 0.10 * s),
        "grusi_65": _part(rng, a65, 0.02 + 0.13 * s),
        "hh_alleinerz": _part(rng, hh_k, 0.12 + 0.22 * s),
        "hh_kinderreich": _part(rng, hh_k, 0.07 + 0.15 * s),
    }


def _statistics(rng: Rng, blocks: list[Block]) -> None:
    """Fill ``values`` (``<var>_<year>``) of every block."""
    _mark_hot_spots(blocks)
    for b in blocks:
        b.noise = float(rng.normal(0.0, 0.06))
    ew23 = _population_2023(rng, blocks)
    sq_ids = dict.fromkeys(b.quarter.sq_id for b in blocks)
    growth = {i: float(rng.normal(0.0, 0.02)) for i in sq_ids}
    for b, e23 in zip(blocks, ew23):
        e19 = round(e23 / (1.0 + growth[b.quarter.sq_id]) * (1.0 + rng.normal(0.0, 0.015)))
        e21 = round((e19 + e23) / 2.0 * (1.0 + rng.normal(0.0, 0.008)))
        for year, ew in zip(YEARS, (e19, e21, int(e23))):
            for var, val in _year_values(rng, b, max(ew, 0), year).items():
                b.values[f"{var}_{year}"] = val


# --------------------------------------------------------------------------- addresses


def _street_pool(rng: Rng, n: int) -> list[str]:
    """Return ``n`` distinct plausible street names."""
    combos = [(base + suf, w) for base in STREET_BASES for suf, w in STREET_SUFFIXES]
    keys = rng.random(len(combos)) ** (1.0 / np.array([w for _, w in combos]))
    ordered = [combos[i][0] for i in np.argsort(-keys)]
    majors = list(MAJOR_STREETS)
    rng.shuffle(majors)
    pool = list(dict.fromkeys(majors + ordered))[:n]
    rng.shuffle(pool)
    return pool


def _assign_streets(rng: Rng, quarters: list[Quarter], blocks: list[Block]) -> None:
    """Give every quarter its own set of street names."""
    counts = {q.sq_id: sum(b.quarter is q for b in blocks) for q in quarters}
    pool = _street_pool(rng, sum(counts[q.sq_id] + 2 for q in quarters))
    pos = 0
    for q in quarters:
        q.streets = pool[pos : pos + counts[q.sq_id] + 2]
        pos += counts[q.sq_id] + 2


def _street_weight(street: str) -> float:
    """Return the relative number of addresses a street of this kind gets."""
    small = {"platz": 0.15, "gasse": 0.3, "weg": 0.7}
    return next((w for suf, w in small.items() if street.endswith(suf)), 1.0)


def _house_number(rng: Rng, counters: dict[str, int], street: str) -> str:
    """Return the next house number on ``street`` (sometimes with a letter)."""
    last = counters.get(street, 0)
    if last and rng.random() < 0.05:
        return f"{last}{_pick(rng, 'abc')}"
    nr = last + int(rng.choice([1, 2], p=[0.35, 0.65]))
    counters[street] = nr
    return str(nr)


def _block_addresses(rng: Rng, b: Block, counters: dict[str, int], start: int) -> list[Address]:
    """Distribute a block's 2023 population over new address points."""
    ew, u15 = b.values["ew_2023"], b.values["ew_u15_2023"]
    per_addr = 40.0 if b.popmult > 1.0 else 13.5
    n = int(np.clip(round(ew / per_addr), 1, max(ew, 1)))
    weights = rng.lognormal(0.0, 0.7, n)
    einw = 1 + rng.multinomial(max(ew - n, 0), weights / weights.sum()) if ew else np.zeros(n)
    einw = einw.astype(np.int64)
    k15 = rng.multivariate_hypergeometric(einw, u15)
    k6 = rng.multivariate_hypergeometric(k15, int(rng.binomial(u15, 0.4)))
    inner = b.geom.buffer(-8.0, 4)
    area = inner if not inner.isEmpty() and inner.area() > 100.0 else b.geom
    streets = [str(s) for s in rng.choice(b.quarter.streets, size=3, replace=False)]
    p_street = np.array([_street_weight(s) for s in streets])
    p_street /= p_street.sum()
    out = []
    for i, pt in enumerate(_random_points(rng, area, n)):
        street = streets[int(rng.choice(3, p=p_street))]
        out.append(
            Address(
                start + i,
                pt.x(),
                pt.y(),
                street,
                _house_number(rng, counters, street),
                int(einw[i]),
                int(k6[i]),
                int(k15[i]),
                b.quarter,
            )
        )
    return out


def _addresses(rng: Rng, quarters: list[Quarter], blocks: list[Block]) -> list[Address]:
    """Create the address points of all blocks."""
    _assign_streets(rng, quarters, blocks)
    counters: dict[str, int] = {}
    out: list[Address] = []
    for b in blocks:
        out.extend(_block_addresses(rng, b, counters, len(out) + 1))
    return out


# --------------------------------------------------------------------------- register


def _name(rng: Rng, cat: str, traeger: str, adr: Address) -> tuple[str, str]:
    """Return an institution name and the distinctive token used in it."""
    q = adr.quarter
    tpl = _pick(rng, TEMPLATES[cat][traeger])
    values = {
        "theme": _pick(rng, THEMES),
        "saint": q.saint,
        "church": q.church,
        "place": q.place,
        "topic": _pick(rng, TOPICS),
        "juz": _pick(rng, JUZ_NAMES),
        "street": adr.strasse,
        "quarter": q.name.split("/")[0],
    }
    token = next(
        (values[k] for k in TOKEN_KEYS if "{" + k + "}" in tpl),
        q.place,
    )
    return tpl.format(**values), token


def _telefon(rng: Rng, traeger: str) -> str:
    """Return a plausible Oberhausen phone number."""
    if traeger == "Stadt Oberhausen":
        return f"0208 825-{int(rng.integers(1000, 9999))}"
    return f"0208 {int(rng.integers(200000, 9999999))}"


def _register_hausnr(rng: Rng, nr: str) -> str:
    """Turn some plain house numbers into ranges ("16-18") or letters ("12a")."""
    if not nr.isdigit():
        return nr
    r = rng.random()
    if r < 0.10:
        return f"{nr}-{int(nr) + 2}"
    return f"{nr}a" if r < 0.15 else nr


def _institution_sites(
    rng: Rng, addresses: list[Address], quarters: list[Quarter]
) -> list[tuple[str, Address]]:
    """Choose (category, address) pairs; denser and poorer areas get more institutions."""
    w = np.array([(a.einwohner + 2.0 * a.kinder_u6) * (0.6 + a.quarter.s) for a in addresses])
    used: set[int] = set()
    sites: list[tuple[str, Address]] = []
    poorest = sorted(quarters, key=lambda q: -q.s)[: CATEGORY_COUNTS["Stadtteilbüro"]]
    for q in poorest:
        idx = [i for i, a in enumerate(addresses) if a.quarter is q]
        i = int(rng.choice(idx, p=w[idx] / w[idx].sum()))
        used.add(i)
        sites.append(("Stadtteilbüro", addresses[i]))
    for cat, n in CATEGORY_COUNTS.items():
        if cat == "Stadtteilbüro":
            continue
        for i in rng.choice(len(addresses), size=3 * n, replace=False, p=w / w.sum()):
            if int(i) not in used and sum(c == cat for c, _ in sites) < n:
                used.add(int(i))
                sites.append((cat, addresses[int(i)]))
    return sites


def _institutions(rng: Rng, addresses: list[Address], quarters: list[Quarter]) -> list[Institution]:
    """Create the register of social institutions."""
    seen: set[str] = set()
    out: list[Institution] = []
    for cat, adr in _institution_sites(rng, addresses, quarters):
        traeger = _wpick(rng, TRAEGER_WEIGHTS[cat])
        for _ in range(30):
            name, token = _name(rng, cat, traeger, adr)
            if name not in seen and f"{cat}|{traeger}|{token}" not in seen:
                break
            traeger = _wpick(rng, TRAEGER_WEIGHTS[cat])
        seen.update((name, f"{cat}|{traeger}|{token}"))
        x, y = _offset(rng, adr.x, adr.y, 0.0, 6.0)
        lo, hi = PLAETZE[cat]
        out.append(
            Institution(
                len(out) + 1,
                name,
                traeger,
                cat,
                adr.strasse,
                _register_hausnr(rng, adr.hausnr),
                adr.quarter.plz,
                x,
                y,
                int(rng.integers(lo, hi + 1)),
                _telefon(rng, traeger),
                adr.quarter,
                token,
            )
        )
    order = sorted(out, key=lambda e: (e.quarter.sq_id, e.kategorie, e.name))
    for i, e in enumerate(order, start=1):
        e.einr_id = i
    return order


# --------------------------------------------------------------------------- OSM variants


def _typo(rng: Rng, text: str) -> str:
    """Introduce one typing error into a longer word."""
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not cands:
        return text
    i = _pick(rng, cands)
    w = words[i]
    j = int(rng.integers(1, len(w) - 2))
    op = int(rng.integers(3))
    if op == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    elif op == 1:
        w = w[:j] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def _abbreviate(rng: Rng, name: str) -> str:
    """Swap one known term for an abbreviation or synonym."""
    hits = [(k, alts) for k, alts in ABBREVIATIONS if k in name]
    if not hits:
        return name
    key, alts = _pick(rng, hits)
    return " ".join(name.replace(key, _pick(rng, alts), 1).split())


def _legal_form(rng: Rng, name: str) -> str:
    """Drop an existing legal form or add one."""
    stripped = re.sub(r"\s*(e\.\s?V\.|gGmbH)$", "", name)
    if stripped != name:
        return stripped
    return name + _pick(rng, (" e.V.", " gGmbH", " e. V."))


def _reorder(rng: Rng, name: str) -> str:
    """Move a leading operator prefix to the end."""
    first, _, rest = name.partition(" ")
    if first in MOVABLE_PREFIXES and rest:
        return rest + MOVABLE_PREFIXES[first]
    if rest and " " not in rest and rng.random() < 0.5:
        return f"{rest} {first}"
    return name


def _vary_name(rng: Rng, name: str) -> str:
    """Return an OSM-style variant of a register name."""
    if rng.random() < 0.15:
        return name
    ops = ((_abbreviate, 0.6), (_legal_form, 0.25), (_reorder, 0.15), (_typo, 0.12))
    out = name
    for op, p in ops:
        if rng.random() < p:
            out = op(rng, out)
    if rng.random() < 0.12:
        out = out.translate(UMLAUTS)
    if out == name:
        out = _abbreviate(rng, name) if rng.random() < 0.5 else name
    return out


def _vary_street(rng: Rng, street: str) -> str:
    """Return an OSM-style variant of a street name."""
    r = rng.random()
    if r < 0.25:
        return street.replace("straße", "str.").replace("Straße", "Str.")
    if r < 0.33:
        return street.replace("ß", "ss")
    if r < 0.36:
        return street.translate(UMLAUTS)
    return street


def _vary_hausnr(rng: Rng, nr: str) -> str:
    """Return an OSM-style variant of a house number."""
    m = re.fullmatch(r"(\d+)-(\d+)", nr)
    if m:
        return _pick(rng, (m[1], f"{m[1]} - {m[2]}", f"{m[1]}\u2013{m[2]}", nr))
    m = re.fullmatch(r"(\d+)([a-z])", nr)
    if m:
        return _pick(rng, (f"{m[1]} {m[2]}", f"{m[1]}{m[2].upper()}", nr))
    return nr


def _target_group(name: str) -> dict[str, str]:
    """Return a social_facility:for tag derived from words in a counselling service's name."""
    groups = (
        ("Schuldner", "debtor"),
        ("Sucht", "drug_addicted"),
        ("Migration", "migrant"),
        ("Schwanger", "women"),
        ("Frauen", "women"),
        ("Erziehung", "family"),
        ("Familie", "family"),
        ("Wohnung", "homeless"),
    )
    return next(({"social_facility:for": g} for w, g in groups if w in name), {})


def _category_tags(rng: Rng, cat: str, name: str) -> dict[str, str]:
    """Return OSM tags typical for a register category (``name`` refines counselling)."""
    r = rng.random()
    tags = next(dict(t) for p, t in CATEGORY_TAGS[cat] if r < p)
    return tags | _target_group(name) if cat == "Beratungsstelle" else tags


def _address_tags(rng: Rng, street: str, nr: str, plz: str) -> dict[str, str]:
    """Return addr:* tags (street and number varied)."""
    tags = {"addr:street": _vary_street(rng, street), "addr:housenumber": _vary_hausnr(rng, nr)}
    if rng.random() < 0.7:
        tags |= {"addr:postcode": plz, "addr:city": "Oberhausen"}
    return tags


def _extra_tags(rng: Rng, e: Institution) -> dict[str, str]:
    """Return optional operator/capacity/phone tags of a register-based POI."""
    tags: dict[str, str] = {}
    if rng.random() < 0.4 and e.traeger in OPERATORS:
        tags["operator"] = OPERATORS[e.traeger]
    if e.kategorie == "Kita" and rng.random() < 0.25:
        tags["capacity"] = str(e.plaetze)
    if rng.random() < 0.2:
        tags["phone"] = "+49 208 " + e.telefon.split(" ", 1)[1].replace("-", "")
    return tags


def _register_poi(
    rng: Rng,
    e: Institution,
    role: str,
    addresses: list[Address],
    outline: QgsGeometry,
) -> Poi:
    """Return the OSM counterpart of a register entry for the given role."""
    x, y = _offset(rng, e.x, e.y, 5.0, 60.0)
    street, nr, plz = e.strasse, e.hausnr, e.plz
    name: str | None = _vary_name(rng, e.name)
    tags = _category_tags(rng, e.kategorie, e.name)
    if role == "moved":
        while True:
            x, y = _offset(rng, e.x, e.y, 500.0, 2500.0)
            if outline.contains(QgsPointXY(x, y)):
                break
        if rng.random() < 0.5:
            near = min(addresses, key=lambda a: (a.x - x) ** 2 + (a.y - y) ** 2)
            street, nr, plz = near.strasse, near.hausnr, near.quarter.plz
    elif role == "noname":
        name = None
    elif role == "renamed":
        tags = _category_tags(rng, "Familienzentrum", "")
        name = _pick(
            rng,
            (
                f"Familienzentrum {_pick(rng, THEMES)}",
                f"Familienzentrum {e.quarter.place}",
                f"Familienzentrum {e.token}",
            ),
        )
    keep_addr = role in ("noname", "renamed") or rng.random() > 0.1
    addr = _address_tags(rng, street, nr, plz) if keep_addr else {}
    return Poi(name, tags | addr | _extra_tags(rng, e), x, y)


def _roles(rng: Rng, register: list[Institution]) -> dict[int, str]:
    """Assign OSM roles (normal, closed, noname, moved, renamed) to register entries."""
    n = len(register)
    kitas = [e.einr_id for e in register if e.kategorie == "Kita"]
    renamed = {int(i) for i in rng.choice(kitas, size=round(0.03 * n), replace=False)}
    rest = [e.einr_id for e in register if e.einr_id not in renamed]
    rng.shuffle(rest)
    sizes = {"closed": round(0.08 * n), "noname": round(0.04 * n), "moved": round(0.03 * n)}
    roles = dict.fromkeys(sorted(renamed), "renamed")
    pos = 0
    for role, k in sizes.items():
        roles |= dict.fromkeys(rest[pos : pos + k], role)
        pos += k
    roles |= dict.fromkeys(rest[pos:], "normal")
    return roles


def _new_institution_pois(
    rng: Rng,
    addresses: list[Address],
    register: list[Institution],
) -> list[Poi]:
    """Return 20 institutions that exist in OSM but not in the register."""
    known = {e.name for e in register}
    cats = (
        ["Kita"] * 8
        + ["Familienzentrum"] * 3
        + ["Jugendzentrum"] * 3
        + ["Seniorentreff"] * 3
        + ["Beratungsstelle"] * 2
        + ["Stadtteilbüro"]
    )
    out = []
    for cat in cats:
        adr = _pick(rng, addresses)
        name = next(
            n
            for n, _ in (_name(rng, cat, _wpick(rng, TRAEGER_WEIGHTS[cat]), adr) for _ in range(50))
            if n not in known
        )
        known.add(name)
        x, y = _offset(rng, adr.x, adr.y, 3.0, 20.0)
        tags = _category_tags(rng, cat, name)
        tags |= _address_tags(rng, adr.strasse, adr.hausnr, adr.quarter.plz)
        out.append(Poi(name, tags, x, y))
    return out


def _lookalike(rng: Rng, e: Institution) -> Poi:
    """Return an unrelated POI next door that shares a word with the institution's name."""
    t = e.token
    if t in SAINTS:
        options = (
            (f"Kath. Kirche {t}", {"amenity": "place_of_worship", "religion": "christian"}),
            (f"Pfarrheim {t}", {"amenity": "community_centre"}),
            (f"{t}-Apotheke", {"amenity": "pharmacy"}),
            (f"Kath. Grundschule {t}", {"amenity": "school"}),
        )
    elif t in CHURCHES:
        options = (
            (t, {"amenity": "place_of_worship", "religion": "christian"}),
            (f"Gemeindehaus {t}", {"amenity": "community_centre"}),
        )
    elif t == e.quarter.place:
        options = (
            (
                f"Seniorenzentrum {t}",
                {"amenity": "social_facility", "social_facility": "nursing_home"},
            ),
            (f"Grundschule {t}", {"amenity": "school"}),
            (f"Apotheke {t}", {"amenity": "pharmacy"}),
            (f"SV {t} 1921 e.V.", {"office": "association"}),
        )
    else:
        options = (
            (f"Bäckerei {t}", {"shop": "bakery"}),
            (f"{t}-Apotheke", {"amenity": "pharmacy"}),
            (f"Café {t}", {"amenity": "cafe"}),
            (f"Friseursalon {t}", {"shop": "hairdresser"}),
            (f"Blumenhaus {t}", {"shop": "florist"}),
        )
    name, tags = _pick(rng, options)
    nr = re.match(r"\d+", e.hausnr)
    num = str(int(nr[0]) + _pick(rng, (-2, 0, 2))) if nr and int(nr[0]) > 2 else e.hausnr
    x, y = _offset(rng, e.x, e.y, 5.0, 40.0)
    return Poi(name, tags | _address_tags(rng, e.strasse, num, e.plz), x, y)


def _generic_name(rng: Rng, kind: str, adr: Address) -> tuple[str, dict[str, str]]:
    """Return name and tags of an unrelated POI of the given kind."""
    q = adr.quarter
    values = {
        "sur": _pick(rng, SURNAMES),
        "sur2": _pick(rng, SURNAMES),
        "first": _pick(rng, FIRST_NAMES),
        "place": q.place,
        "street": adr.strasse,
        "saint": q.saint,
        "church": q.church,
        "theme": _pick(rng, THEMES),
        "italian": _pick(rng, ITALIAN),
        "pub": _pick(rng, PUBS),
        "pharm": _pick(rng, PHARMACY_WORDS),
        **{k: _pick(rng, v) for k, v in MISC_WORDS.items()},
    }
    name = _pick(rng, GENERIC_NAMES[kind]).format(**values)
    if kind in SOCIAL_KINDS:
        tags = {
            "amenity": "social_facility",
            "social_facility": kind,
            "social_facility:for": SOCIAL_KINDS[kind],
        }
    elif kind in SHOP_KINDS:
        tags = {"shop": kind}
    else:
        tags = {"office": "association"} if kind == "association" else {"amenity": kind}
    return name, tags


def _generic_pois(rng: Rng, addresses: list[Address], n: int) -> list[Poi]:
    """Return ``n`` unrelated POIs at random address points."""
    out = []
    for _ in range(n):
        adr = _pick(rng, addresses)
        name, tags = _generic_name(rng, _wpick(rng, POI_KINDS), adr)
        if rng.random() < 0.65:
            tags |= _address_tags(rng, adr.strasse, adr.hausnr, adr.quarter.plz)
        x, y = _offset(rng, adr.x, adr.y, 3.0, 20.0)
        out.append(Poi(None if rng.random() < 0.08 else name, tags, x, y))
    return out


def _osm(
    rng: Rng,
    register: list[Institution],
    addresses: list[Address],
    outline: QgsGeometry,
) -> list[Poi]:
    """Build the OSM-like POI list (register variants, new entries, unrelated places)."""
    roles = _roles(rng, register)
    pois = [
        _register_poi(rng, e, roles[e.einr_id], addresses, outline)
        for e in register
        if roles[e.einr_id] != "closed"
    ]
    pois += _new_institution_pois(rng, addresses, register)
    pois += [_lookalike(rng, e) for e in rng.choice(register, size=80, replace=False)]
    pois += _generic_pois(rng, addresses, N_POI - len(pois))
    ids: dict[str, None] = {}  # insertion-ordered, hence deterministic
    while len(ids) < len(pois):
        if rng.random() < 0.85:
            ids[f"node/{int(rng.integers(25_000_000, 11_900_000_000))}"] = None
        else:
            ids[f"way/{int(rng.integers(20_000_000, 1_200_000_000))}"] = None
    for poi, osm_id in zip(pois, ids):
        poi.osm_id = osm_id
    return [pois[int(i)] for i in rng.permutation(len(pois))]


def _hstore(tags: dict[str, str]) -> str | None:
    """Return tags in OGR OSM driver hstore notation."""

    def esc(v: str) -> str:
        return v.replace("\\", "\\\\").replace('"', '\\"')

    text = ",".join(f'"{esc(k)}"=>"{esc(v)}"' for k, v in tags.items())
    return text or None


# --------------------------------------------------------------------------- writing


Row = tuple[QgsGeometry, list[object]]


def _write(
    path: Path,
    name: str,
    spec: tuple[str, list[tuple[str, type]]],
    rows: list[Row],
    *,
    first: bool,
) -> None:
    """Write one layer (via a memory layer) into the GeoPackage."""
    geom_type, fields = spec
    mem = QgsVectorLayer(f"{geom_type}?crs={CRS}", name, "memory")
    prov = mem.dataProvider()
    prov.addAttributes([_field(n, k) for n, k in fields])
    mem.updateFields()
    feats = []
    for geom, attrs in rows:
        f = QgsFeature(mem.fields())
        f.setGeometry(geom)
        f.setAttributes(attrs)
        feats.append(f)
    prov.addFeatures(feats)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = name
    opts.fileEncoding = "UTF-8"
    opts.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    if first:
        opts.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    err, msg, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
        mem, str(path), QgsCoordinateTransformContext(), opts
    )
    if err != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(f"writing {name} failed: {msg}")


def _pt(x: float, y: float) -> QgsGeometry:
    """Return a point geometry."""
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


def _write_all(path: Path, data: dict[str, list]) -> None:
    """Write all six layers."""
    value_fields = [(f"{v}_{y}", int) for v in VARS for y in YEARS]
    quarters: list[Quarter] = data["quarters"]
    _write(
        path,
        "sozialquartiere",
        (
            "MultiPolygon",
            [("sq_id", int), ("name", str), ("sozialraum", str), ("stadtbezirk", str)],
        ),
        [(q.geom, [q.sq_id, q.name, q.sozialraum, q.bezirk]) for q in quarters],
        first=True,
    )
    _write(
        path,
        "baubloecke",
        ("MultiPolygon", [("block_id", int), ("sq_id", int), ("amb_id", int), *value_fields]),
        [
            (
                b.geom,
                [b.block_id, b.quarter.sq_id, b.amb_id, *(b.values[n] for n, _ in value_fields)],
            )
            for b in data["blocks"]
        ],
        first=False,
    )
    _write(
        path,
        "arbeitsmarktbezirke",
        ("MultiPolygon", [("amb_id", int), ("name", str)]),
        [(g, [i, f"Arbeitsmarktbezirk {i:02d}"]) for i, g in enumerate(data["ambs"], 1)],
        first=False,
    )
    _write(
        path,
        "einrichtungen",
        (
            "Point",
            [
                ("einr_id", int),
                ("name", str),
                ("traeger", str),
                ("kategorie", str),
                ("strasse", str),
                ("hausnr", str),
                ("plz", str),
                ("ort", str),
                ("adresse", str),
                ("plaetze", int),
                ("telefon", str),
            ],
        ),
        [
            (
                _pt(e.x, e.y),
                [
                    e.einr_id,
                    e.name,
                    e.traeger,
                    e.kategorie,
                    e.strasse,
                    e.hausnr,
                    e.plz,
                    "Oberhausen",
                    f"{e.strasse} {e.hausnr}",
                    e.plaetze,
                    e.telefon,
                ],
            )
            for e in data["register"]
        ],
        first=False,
    )
    _write(
        path,
        "poi_osm",
        (
            "Point",
            [
                ("osm_id", str),
                ("name", str),
                ("amenity", str),
                ("social_facility", str),
                ("shop", str),
                ("addr_street", str),
                ("addr_housenumber", str),
                ("other_tags", str),
            ],
        ),
        [
            (
                _pt(p.x, p.y),
                [
                    p.osm_id,
                    p.name,
                    p.tags.get("amenity"),
                    p.tags.get("social_facility"),
                    p.tags.get("shop"),
                    p.tags.get("addr:street"),
                    p.tags.get("addr:housenumber"),
                    _hstore({k: v for k, v in p.tags.items() if k != "amenity"}),
                ],
            )
            for p in data["pois"]
        ],
        first=False,
    )
    _write(
        path,
        "adressen",
        (
            "Point",
            [
                ("adr_id", int),
                ("strasse", str),
                ("hausnr", str),
                ("einwohner", int),
                ("kinder_u6", int),
                ("kinder_u15", int),
            ],
        ),
        [
            (_pt(a.x, a.y), [a.adr_id, a.strasse, a.hausnr, a.einwohner, a.kinder_u6, a.kinder_u15])
            for a in data["addresses"]
        ],
        first=False,
    )


# --------------------------------------------------------------------------- verification


def _open(path: Path, name: str) -> QgsVectorLayer:
    """Open one layer of the GeoPackage and check validity of layer and geometries."""
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"layer {name} is not valid")
    bad = sum(not f.geometry().isGeosValid() for f in layer.getFeatures())
    if bad:
        raise RuntimeError(f"{bad} invalid geometries in {name}")
    fields = ", ".join(f.name() for f in layer.fields())
    _say(f"{name}: {layer.featureCount()} features, geometries valid; fields: {fields}")
    return layer


def _check_blocks(layer: QgsVectorLayer) -> list[QgsFeature]:
    """Print population totals and share ranges, and check numerators vs denominators."""
    feats = list(layer.getFeatures())
    for year in YEARS:
        _say(f"  ew_{year} total: {sum(f[f'ew_{year}'] for f in feats)}")
    for num, den in DENOMINATOR.items():
        for year in YEARS:
            if any(f[f"{num}_{year}"] > f[f"{den}_{year}"] for f in feats):
                raise RuntimeError(f"{num}_{year} exceeds {den}_{year}")
    big = [f for f in feats if f["ew_2023"] >= 300]
    ew = np.array([f["ew_2023"] for f in feats])
    _say(
        f"  blocks < 300 ew: {int((ew < 300).sum())}, < 50 ew: {int((ew < 50).sum())}, "
        f"max ew: {int(ew.max())}"
    )
    for num in ("sgb2", "sgb2_u15", "mig", "grusi_65", "alo_u25", "hh_alleinerz"):
        den = DENOMINATOR[num]
        sh = np.array([f[f"{num}_2023"] / max(f[f"{den}_2023"], 1) for f in big])
        _say(
            f"  {num}/{den} 2023 (blocks >= 300 ew): min {sh.min():.1%}, "
            f"p5 {np.percentile(sh, 5):.1%}, p95 {np.percentile(sh, 95):.1%}, "
            f"max {sh.max():.1%}"
        )
    return feats


def _share(feats: list[QgsFeature], num: str, den: str, year: int) -> float:
    """Return the pooled share num/den of the features in a year."""
    return sum(f[f"{num}_{year}"] for f in feats) / sum(f[f"{den}_{year}"] for f in feats)


def _check_trends(blocks: list[QgsFeature], quarters: QgsVectorLayer) -> None:
    """Print SGB II shares of trend quarters; check all shares move in the trend direction."""
    names = {f["sq_id"]: f["name"] for f in quarters.getFeatures()}
    trend = {i: row[7] for i, row in enumerate(QUARTERS, start=1)}
    numerators = [n for n in DENOMINATOR if n not in ("ew_u15", "ew_15_24", "ew_65plus")]
    for sq_id, name in names.items():
        if not trend[sq_id]:
            continue
        sel = [f for f in blocks if f["sq_id"] == sq_id]
        wrong = []
        for num in numerators:
            den = DENOMINATOR[num]
            sh = [_share(sel, num, den, y) for y in YEARS]
            steps = [trend[sq_id] * (a - b) for a, b in zip(sh, sh[1:])]
            if num != "hh_kinder" and min(steps) <= 0:
                wrong.append(num)
            if num == "sgb2":
                sgb2 = " -> ".join(f"{v:.1%}" for v in sh)
        label = "improving" if trend[sq_id] > 0 else "worsening"
        _say(f"  {label} {name}: sgb2 {sgb2}; inconsistent: {', '.join(wrong) or 'none'}")


def _check_nesting(blocks: list[QgsFeature], quarters: QgsVectorLayer) -> None:
    """Check that the blocks tile their quarters."""
    worst = 0.0
    for q in quarters.getFeatures():
        area = sum(f.geometry().area() for f in blocks if f["sq_id"] == q["sq_id"])
        worst = max(worst, abs(area - q.geometry().area()))
    _say(f"  block/quarter area mismatch (max): {worst:.3f} m2")


def _check_addresses(addr: QgsVectorLayer, blocks: list[QgsFeature]) -> None:
    """Check that address populations sum to ew_2023 per block."""
    index = QgsSpatialIndex()
    by_id = {}
    for f in blocks:
        index.addFeature(f)
        by_id[f.id()] = f
    sums: dict[int, int] = {}
    for a in addr.getFeatures():
        g = a.geometry()
        cands = [by_id[i] for i in index.intersects(g.boundingBox())]
        hit = next(f for f in cands if f.geometry().contains(g))
        sums[hit["block_id"]] = sums.get(hit["block_id"], 0) + a["einwohner"]
    wrong = sum(sums.get(f["block_id"], 0) != f["ew_2023"] for f in blocks)
    _say(f"  address sums differing from ew_2023: {wrong} blocks")


def _verify(path: Path) -> None:
    """Reopen all layers and print a short summary."""
    quarters = _open(path, "sozialquartiere")
    blocks = _check_blocks(_open(path, "baubloecke"))
    _check_trends(blocks, quarters)
    _check_nesting(blocks, quarters)
    _open(path, "arbeitsmarktbezirke")
    _open(path, "einrichtungen")
    _open(path, "poi_osm")
    _check_addresses(_open(path, "adressen"), blocks)


# --------------------------------------------------------------------------- main


def build(path: Path) -> None:
    """Generate all data and write the GeoPackage to ``path``."""
    path.unlink(missing_ok=True)
    rng = np.random.default_rng(SEED)
    outline = _outline(rng)
    quarters = _quarters(rng, outline)
    ambs = _amb(outline)
    blocks = _blocks(rng, quarters, ambs)
    _statistics(rng, blocks)
    addresses = _addresses(rng, quarters, blocks)
    register = _institutions(rng, addresses, quarters)
    pois = _osm(rng, register, addresses, outline)
    _write_all(
        path,
        {
            "quarters": quarters,
            "blocks": blocks,
            "ambs": ambs,
            "register": register,
            "pois": pois,
            "addresses": addresses,
        },
    )


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output", type=Path, default=Path(__file__).resolve().parent / "oberhausen_demo.gpkg"
    )
    args = parser.parse_args()
    start = time.perf_counter()
    app = QgsApplication([], GUIenabled=False)
    app.initQgis()
    try:
        build(args.output)
        _say(f"wrote {args.output} in {time.perf_counter() - start:.1f} s")
        _verify(args.output)
    finally:
        app.exitQgis()
    _say(f"done in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
