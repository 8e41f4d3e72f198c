"""A hand-written Flensburg-type case: a municipal register of 30 institutions against OSM-like
POIs with the messiness of real data (address forms, operators, Danish names, unnamed buildings,
look-alike shops, renamings, moves, closures and new institutions). Exact statuses per entry."""

from __future__ import annotations

import pytest
from sozialplanung.core import poimatch as pm

# (id, x, y, name, category, address as the register writes it)
REGISTER = [
    (1, 0, 0, "Städtische Kita Sonnenschein", "Kita", "Friesische Straße 12, 24937 Flensburg"),
    (2, 1000, 0, "Kindertagesstätte Regenbogen Flensburg", "Kita", "Mürwiker Str. 45"),
    (3, 2000, 0, "Dansk Børnehave Duborg", "Kita", "Ritterstraße 27"),
    (4, 3000, 0, "Ev. Kita St. Jürgen", "Kita", "Glücksburger Straße 80 (Jürgensby)"),
    (5, 4000, 0, "Kita Lütt Matten", "Kita", "Twedter Plack 3"),
    (6, 5000, 0, "AWO Kita Fruerlund", "Kita", "Fruerlundhof 2-4"),
    (7, 6000, 0, "DRK Kindergarten Weiche", "Kita", "Alter Husumer Weg 150"),
    (8, 7000, 0, "Kita Wirbelwind e.V.", "Kita", "Marienhölzungsweg 30"),
    (9, 8000, 0, "Kita Pusteblume", "Kita", "Bohlberg 9"),
    (10, 9000, 0, "Kath. Kita St. Marien", "Kita", "Nordergraben 36"),
    (11, 0, 1000, "AWO Seniorenbegegnungsstätte Neustadt", "Seniorentreff", "Neustadt 16"),
    (12, 1000, 1000, "Seniorentreff Engelsby", "Seniorentreff", "Brahmsstraße 1"),
    (13, 2000, 1000, "Begegnungsstätte Mürwik", "Seniorentreff", "Kielseng 8"),
    (14, 3000, 1000, "Seniorenclub Sandberg", "Seniorentreff", "Sandberg 90"),
    (15, 4000, 1000, "Jugendzentrum Volksbad", "Jugendzentrum", "Schiffbrücke 67"),
    (16, 5000, 1000, "Jugendtreff Hof Weiche", "Jugendzentrum", "Hofweg 2"),
    (17, 6000, 1000, "Kinder- und Jugendhaus Nordstadt", "Jugendzentrum", "Harrisleer Str. 100"),
    (18, 7000, 1000, "Ev. Jugendtreff Adelby", "Jugendzentrum", "Tastruper Weg 11"),
    (19, 8000, 1000, "Diakonie Schuldnerberatung", "Beratungsstelle", "Johannisstraße 5"),
    (20, 9000, 1000, "Pro Familia Beratungsstelle Flensburg", "Beratungsstelle", "Marienstraße 29-31"),
    (21, 0, 2000, "Erziehungsberatungsstelle der Stadt Flensburg", "Beratungsstelle", "Waitzstr. 6"),
    (22, 1000, 2000, "Caritas Migrationsberatung", "Beratungsstelle", "Nikolaistraße 5"),
    (23, 2000, 2000, "Familienzentrum Ramsharde", "Familienzentrum", "Ramsharde 51"),
    (24, 3000, 2000, "Familienzentrum Mürwik", "Familienzentrum", "Osterallee 121"),
    (25, 4000, 2000, "Familienzentrum Jürgensby", "Familienzentrum", "Jürgensgaarder Str. 14"),
    (26, 5000, 2000, "Kita Storchennest", "Kita", "Kappelner Straße 4"),
    (27, 6000, 2000, "Kita Kleine Strolche", "Kita", "Osbekweg 7"),
    (28, 7000, 2000, "Kita Tarup", "Kita", "Taruper Hauptstraße 20"),
    (29, 8000, 2000, "Mehrgenerationenhaus Flensburg", "Familienzentrum", "Heinrichstraße 15"),
    (30, 9000, 2000, "Kita Sandkuhle", "Kita", "Sandkuhle 3"),
]
SOCIAL = '"amenity"=>"social_facility","social_facility"=>'
# (id, x, y, name, street field (with number or without), amenity, other_tags)
POIS = [
    ("n1", 25, 18, "Städt. Kindertagesstätte Sonnenschein", "Friesische Str. 12", "kindergarten", None),
    ("n2", 10, -20, "Sonnenschein Apotheke", "Friesische Straße 10", "pharmacy", None),  # look-alike
    ("n3", 1030, 20, "Kita Regenbogen", None, "kindergarten",
     '"addr:street"=>"Mürwiker Straße","addr:housenumber"=>"45","addr:city"=>"Flensburg"'),
    ("n4", 2015, -10, "Dansk Børnehave Duborg", "Ritterstr. 27", "kindergarten", None),
    ("n5", 3040, 30, "Evangelischer Kindergarten St. Jürgen", "Glücksburger Straße 80", "kindergarten", None),
    ("w6", 4020, 35, None, "Twedter Plack 3", "kindergarten", None),  # the building, unnamed
    ("n7", 5010, 10, "AWO Kindertagesstätte Fruerlund", "Fruerlundhof 4", "kindergarten", None),
    ("n8", 6020, 1500, "DRK-Kindergarten Weiche", "Westerallee 12", "kindergarten", None),  # moved
    # 8: renamed, no address, at the same place; 9: closed (nothing)
    ("n9", 7030, 40, "Kinderhaus Sternschnuppe", None, "kindergarten", None),
    ("n10", 9020, 15, "Kath. Kindertagesstätte St. Marien", "Nordergraben 36", "kindergarten", None),
    ("w10", 9060, -40, None, "Nordergraben 36", "kindergarten", None),  # second POI, unnamed
    ("n11", 15, 1010, "AWO Begegnungsstätte Neustadt", "Neustadt 16", "community_centre",
     '"community_centre:for"=>"senior"'),
    ("n12", 1020, 1025, None, None, None,
     SOCIAL + '"day_care","social_facility:for"=>"senior","addr:street"=>"Brahmsstraße","addr:housenumber"=>"1"'),
    ("n13", 2010, 1030, "Mürwiker Begegnungsstätte", "Kielseng 8", "community_centre",
     '"community_centre:for"=>"senior"'),
    # 14: closed; a bakery with the street name nearby
    ("n14", 3020, 1010, "Bäckerei Sandberg", "Sandberg 88", None, '"shop"=>"bakery"'),
    ("n15", 4025, 1015, "Volksbad", "Schiffbrücke 67", "community_centre", '"community_centre"=>"youth_centre"'),
    ("n16", 5030, 1020, "Jugendtreff Hof Weiche", "Hofweg 2", "community_centre",
     '"community_centre"=>"youth_centre"'),
    ("n17", 6010, 1040, "Kinder- u. Jugendhaus Nordstadt", "Harrisleer Straße 100", "community_centre",
     '"community_centre"=>"youth_centre"'),
    ("n18", 7040, 980, "Ev. Jugendtreff Adelby", "Tastruper Weg 11", "community_centre",
     '"community_centre"=>"youth_centre"'),
    ("n19", 8015, 1012, "Schuldner- und Insolvenzberatung der Diakonie", "Johannisstr. 5", None,
     SOCIAL + '"outreach"'),
    ("n20", 9030, 1020, "pro familia Flensburg", "Marienstr. 29", None, SOCIAL + '"outreach"'),
    ("n21", 20, 2030, "Erziehungsberatung Stadt Flensburg", "Waitzstraße 6", None, SOCIAL + '"outreach"'),
    ("n22", 1010, 2015, "Migrationsberatung für Erwachsene (Caritas)", "Nikolaistraße 5", None,
     SOCIAL + '"outreach"'),
    ("n23", 2020, 2010, "Familienzentrum Ramsharde", "Ramsharde 51", "community_centre",
     '"community_centre:for"=>"family"'),
    ("n23b", 2060, 2030, "Förderverein Familienzentrum Ramsharde e.V.", "Ramsharde 53", None,
     '"office"=>"association"'),
    # 24: renamed at its address
    ("n24", 3030, 2020, "Haus der Familie Mürwik-Osterallee", "Osterallee 121", "community_centre",
     '"community_centre:for"=>"family"'),
    ("n25", 4010, 2025, "Familienzentrum Jürgensby", "Jürgensgarder Straße 14", "community_centre",
     '"community_centre:for"=>"family"'),  # street typo in OSM
    ("n26", 5015, 2010, "Kita Storchennest", "Kappelner Straße 4", "kindergarten", None),
    ("n26b", 5020, 2040, "Kita Seeschwalben", "Kappelner Straße 4", "kindergarten", None),  # second Kita, new
    ("n27", 6025, 2020, "Kita Kleine Strolche", "Osbekweg 7", "kindergarten", None),
    ("n28", 7015, 2005, "Kita Tarup", "Taruper Hauptstr. 20", "kindergarten", None),
    ("n29", 8020, 2020, "Mehrgenerationenhaus", "Heinrichstraße 15", "community_centre",
     '"community_centre:for"=>"family"'),
    ("n30", 9010, 2010, "Kita Sandkuhle", "Sandkuhle 3", "kindergarten", None),
    ("n31", 9500, 3500, "Kita Möwennest", "Fördestraße 60", "kindergarten", None),  # new
    ("n32", 500, 3500, "Jugendtreff Hafen-Ost", "Ballastkai 2", "community_centre",
     '"community_centre"=>"youth_centre"'),  # new
    ("n33", 4500, 3500, "Edeka Sonnenschein", "Fördestraße 2", None, '"shop"=>"supermarket"'),
]  # fmt: skip

EXPECTED = {  # id: (status, POI id, marked for review)
    1: ("bestätigt", "n1", 0), 2: ("bestätigt", "n3", 0), 3: ("bestätigt", "n4", 0),
    4: ("bestätigt", "n5", 0), 5: ("bestätigt", "w6", 1), 6: ("bestätigt", "n7", 0),
    7: ("verschoben", "n8", 1), 8: ("bestätigt", "n9", 1), 9: ("nicht gefunden", None, 0),
    10: ("bestätigt", "n10", 0), 11: ("bestätigt", "n11", 0), 12: ("bestätigt", "n12", 1),
    13: ("bestätigt", "n13", 0), 14: ("nicht gefunden", None, 0), 15: ("bestätigt", "n15", 0),
    16: ("bestätigt", "n16", 0), 17: ("bestätigt", "n17", 0), 18: ("bestätigt", "n18", 0),
    19: ("bestätigt", "n19", 0), 20: ("bestätigt", "n20", 0), 21: ("bestätigt", "n21", 0),
    22: ("bestätigt", "n22", 0), 23: ("bestätigt", "n23", 0), 24: ("bestätigt", "n24", 1),
    25: ("bestätigt", "n25", 0), 26: ("bestätigt", "n26", 0), 27: ("bestätigt", "n27", 0),
    28: ("bestätigt", "n28", 0), 29: ("bestätigt", "n29", 0), 30: ("bestätigt", "n30", 0),
}  # fmt: skip


@pytest.fixture(scope="module")
def result() -> pm.MatchResult:
    ids, xs, ys, names, categories, addresses = zip(*REGISTER)
    reg = pm.prepare(ids, xs, ys, names, addresses)
    cats = pm.Categories()
    p_ids, px, py, p_names, streets, amenity, tags = zip(*POIS)
    info = pm.prepare_pois(p_ids, px, py, p_names, streets, None, amenity, tags, "amenity", cats)
    return pm.match(reg, list(categories), info, cats, pm.Options())


def test_every_entry_has_its_expected_status_partner_and_review_flag(result):
    got = {
        r[0]: (row.pm_status, row.pm_poi_id, int(row.pm_pruefen))
        for r, row in zip(REGISTER, result.register.itertuples())
    }
    assert got == EXPECTED


def test_new_institutions_are_exactly_the_new_ones(result):
    """New: a second Kita at a matched address, a new Kita and a new youth club; not the
    unnamed second POI, the Förderverein, the pharmacy, the bakery or the supermarket."""
    assert sorted(result.new["pm_poi_id"]) == ["n26b", "n31", "n32"]
    assert result.new.set_index("pm_poi_id").loc["n31", "pm_kategorie"] == "Kita"


def test_hints_name_the_reason(result):
    hint = dict(zip((r[0] for r in REGISTER), result.register["pm_hinweis"].fillna("")))
    assert hint[8].startswith("gleicher Ort")
    assert hint[24] == "Name weicht ab"  # renamed at its address: matched by address, reviewed
    assert "weiterer POI: w10" in hint[10]
    assert "verschoben um" in hint[7]
