"""Core of the POI matching: normalisation, hstore, Hungarian algorithm, scores, statuses."""

from __future__ import annotations

import itertools
import sys

import numpy as np
import pytest
from helpers import ROOT
from sozialplanung.core import poimatch as pm
from sozialplanung.core.normalize import (
    HouseNumber,
    core_name_tokens,
    house_number,
    name_tokens,
    parse_address,
    split_address,
    street_key,
    streets_agree,
)

NAMES = [
    ("Städtische Kindertagesstätte Sonnenschein", ("staedtisch", "kita", "sonnenschein")),
    ("Staedt. KiTa Sonnenschein", ("staedtisch", "kita", "sonnenschein")),
    ("Kita Sonnenschein (Stadt Oberhausen)", ("kita", "sonnenschein", "staedtisch")),
    ("Kindergarten Löwenzahn e.V.", ("kita", "loewenzahn")),
    ("Kiga Loewenzahn e. V.", ("kita", "loewenzahn")),
    ("Kita Löwenzahn gGmbH", ("kita", "loewenzahn")),
    ("Kita Bärenhöhle gUG (haftungsbeschränkt)", ("kita", "baerenhoehle")),
    ("AWO-Kindertagesstätte Regenbogen", ("awo", "kita", "regenbogen")),
    ("Arbeiterwohlfahrt Kita Regenbogen", ("awo", "kita", "regenbogen")),
    ("Deutsches Rotes Kreuz Seniorentreff Lirich", ("drk", "seniorentreff", "lirich")),
    ("Senioren-Treff Lirich", ("seniorentreff", "lirich")),
    ("Kath. Kita St. Marien", ("kath", "kita", "sankt", "marien")),
    ("Katholische Kita Sankt Marien", ("kath", "kita", "sankt", "marien")),
    ("Ev. Familienzentrum Lutherkirche", ("ev", "familienzentrum", "lutherkirche")),
    ("Evangelisches Fam.-Zentrum Lutherkirche", ("ev", "familienzentrum", "lutherkirche")),
    ("Jugendzentrum (JuZ) Kaktus", ("jugendzentrum", "kaktus")),
    ("Beratungsstelle Mitte der Stadt Oberhausen", ("beratung", "mitte", "staedtisch")),
    ("Stadtteil-Büro Styrum", ("stadtteilbuero", "styrum")),
    ("Quartiersbüro Styrum", ("stadtteilbuero", "styrum")),
    ("Beratungstelle Heide", ("beratung", "heide")),  # one typo in a known word
    ("STRASSE & Co", ("strasse", "co")),
    ("", ()),
    (None, ()),
]


@pytest.mark.parametrize(("name", "tokens"), NAMES)
def test_name_normalisation_table(name, tokens):
    assert name_tokens(name) == tokens


@pytest.mark.parametrize(
    ("text", "street", "number"),
    [
        ("Musterstraße 16-18", "musterstrasse", HouseNumber(16, 18)),
        ("Musterstr. 16 – 18, 46045 Oberhausen", "musterstrasse", HouseNumber(16, 18)),
        ("Muster Str. 12a", "musterstrasse", HouseNumber(12, 12, "a")),
        ("Musterstrasse 12 A", "musterstrasse", HouseNumber(12, 12, "a")),
        ("Konrad-Adenauer-Allee 5", "konradadenaueralle", None),  # replaced below
        ("Am Markt", "ammarkt", None),
        ("Straße des 17. Juni 3", "strassedes17juni", HouseNumber(3, 3)),
        (None, "", None),
    ],
)
def test_address_normalisation(text, street, number):
    if text and text.startswith("Konrad"):
        street, number = "konradadenauerallee", HouseNumber(5, 5)
    assert split_address(text) == (street, number)


ADDRESS_FORMS = [
    ('Wehrstraße 144', 'wehrstrasse', HouseNumber(144, 144), ()),
    ('Wehrstr. 144', 'wehrstrasse', HouseNumber(144, 144), ()),
    ('Wehrstr 144', 'wehrstrasse', HouseNumber(144, 144), ()),
    ('Wehrstrasse 144', 'wehrstrasse', HouseNumber(144, 144), ()),
    ('Wehr-Str. 144', 'wehrstrasse', HouseNumber(144, 144), ()),
    ('Wehr Straße 144', 'wehrstrasse', HouseNumber(144, 144), ()),
    ('WEHRSTRASSE 144', 'wehrstrasse', HouseNumber(144, 144), ()),
    ('Wehrstraße144', 'wehrstrasse', HouseNumber(144, 144), ()),
    ('Wehrstraße 144, 46045 Oberhausen', 'wehrstrasse', HouseNumber(144, 144), ('oberhausen',)),
    ('Wehrstraße 144 46045 Oberhausen', 'wehrstrasse', HouseNumber(144, 144), ('oberhausen',)),
    ('Wehrstraße 144 Oberhausen', 'wehrstrasse', HouseNumber(144, 144), ('oberhausen',)),
    ('Wehrstraße 144 (OB)', 'wehrstrasse', HouseNumber(144, 144), ('ob',)),
    ('Wehrstraße 144 (Alt-Oberhausen)', 'wehrstrasse', HouseNumber(144, 144), ('alt', 'oberhausen')),
    ('Wehrstraße 144, Oberhausen', 'wehrstrasse', HouseNumber(144, 144), ('oberhausen',)),
    ('46045 Oberhausen, Wehrstraße 144', 'wehrstrasse', HouseNumber(144, 144), ('oberhausen',)),
    ('46045 Oberhausen Wehrstraße 144', 'wehrstrasse', HouseNumber(144, 144), ('oberhausen',)),
    ('Oberhausen, Wehrstraße 144', 'wehrstrasse', HouseNumber(144, 144), ('oberhausen',)),
    ('Essener Straße 26 - Buschhausen', 'essenerstrasse', HouseNumber(26, 26), ('buschhausen',)),
    ('Essener Straße 26 – Buschhausen', 'essenerstrasse', HouseNumber(26, 26), ('buschhausen',)),
    ('Essener Str. 26, Buschhausen', 'essenerstrasse', HouseNumber(26, 26), ('buschhausen',)),
    ('Essener Straße 26; 46047 Oberhausen', 'essenerstrasse', HouseNumber(26, 26), ('oberhausen',)),
    ('Musterstraße 16-18', 'musterstrasse', HouseNumber(16, 18), ()),
    ('Musterstraße 16 - 18', 'musterstrasse', HouseNumber(16, 18), ()),
    ('Musterstraße 16/18', 'musterstrasse', HouseNumber(16, 18), ()),
    ('Musterstraße 16 u. 18', 'musterstrasse', HouseNumber(16, 18), ()),
    ('Musterstraße 16 bis 18 (Sterkrade)', 'musterstrasse', HouseNumber(16, 18), ('sterkrade',)),
    ('Musterstraße 3a', 'musterstrasse', HouseNumber(3, 3, 'a'), ()),
    ('Musterstraße 3 a', 'musterstrasse', HouseNumber(3, 3, 'a'), ()),
    ('Musterstraße 3A, 46045 Oberhausen', 'musterstrasse', HouseNumber(3, 3, 'a'), ('oberhausen',)),
    ('Musterstraße 3 Alstaden', 'musterstrasse', HouseNumber(3, 3), ('alstaden',)),
    ('Am Förderturm 3', 'amfoerderturm', HouseNumber(3, 3), ()),
    ('An der Guten Hoffnung 7 - Osterfeld', 'andergutenhoffnung', HouseNumber(7, 7), ('osterfeld',)),
    ('Straße des 17. Juni 3', 'strassedes17juni', HouseNumber(3, 3), ()),
    ('Königshardter Straße 113', 'koenigshardterstrasse', HouseNumber(113, 113), ()),
    ('Mülheimer Str. 3-5 45468 Mülheim an der Ruhr', 'muelheimerstrasse', HouseNumber(3, 5), ('muelheim', 'an', 'der', 'ruhr')),
    ('45468 Mülheim an der Ruhr Mülheimer Str. 3', 'muelheimerstrasse', HouseNumber(3, 3), ('muelheim', 'an', 'der', 'ruhr')),
    ('Marktplatz 1, 24937 Flensburg', 'marktplatz', HouseNumber(1, 1), ('flensburg',)),
    ('Holm 19-21 (FL)', 'holm', HouseNumber(19, 21), ('fl',)),
    ('Rathausplatz', 'rathausplatz', None, ()),
    ('Rathausplatz, 24937 Flensburg', 'rathausplatz', None, ('flensburg',)),
    ('Goethestraße  12 ', 'goethestrasse', HouseNumber(12, 12), ()),
    ('', '', None, ()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "street", "number", "places"), ADDRESS_FORMS)
def test_address_grammar_table(text, street, number, places):
    """City, postcode, district and brackets are set aside, not glued to the street."""
    address = parse_address(text)
    assert (address.street, address.number, address.places) == (street, number, places)


def test_address_grammar_table_is_large():
    assert len(ADDRESS_FORMS) >= 40


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Bahnhofsrtaße", "Bahnhofstraße", True),  # transposition
        ("Markttsraße", "Marktstraße", True),
        ("königshradter straße", "Königshardter Str.", True),
        ("Lindenstrasse", "Lindenstrase", True),  # deletion
        ("Goethestraße", "Goetehstraße", True),
        ("Schillerstraße", "Schillerstrße", True),
        ("Mühlenstraße", "Mühlenstrasse", True),
        ("Styrumer Goetheweg", "Goetheweg", False),  # a word in front: another street
        ("Lindenweg", "Lindenstraße", False),
        ("Ringstraße", "Kingstraße", False),  # one edit in a short base: another street
        ("Nordring", "Südring", False),
        ("Bahnhofstraße", "Bahnhofplatz", False),
        ("Am Markt", "Am Park", False),
    ],
)
def test_streets_agree_tolerantly(a, b, agree):
    assert streets_agree(street_key(a), street_key(b)) is agree


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Kita Sonnenschein (OB)", ("kita", "sonnenschein")),
        ("Kita Sonnenschein - Buschhausen", ("kita", "sonnenschein")),
        ("Kita Sonnenschein, Sterkrade", ("kita", "sonnenschein")),
        ("Kita Sonnenschein (AWO)", ("kita", "sonnenschein", "awo")),  # an operator is kept
        ("Familienzentrum (Lirich)", ("familienzentrum", "lirich")),  # nothing distinctive left
        ("Kita Sonnenschein", ("kita", "sonnenschein")),
    ],
)
def test_core_name_drops_trailing_place_parts(name, core):
    assert core_name_tokens(name) == core


def test_house_number_agreement_and_address_levels():
    assert house_number("16-18").agrees(house_number("17"))
    assert house_number("16/18").agrees(house_number("18"))
    assert not house_number("12a").agrees(house_number("12b"))
    assert house_number("12").agrees(house_number("12 b"))
    assert street_key("Ulmenstr.") == street_key("Ulmenstraße") == street_key("ulmenstrasse")
    reg = pm.prepare([1], [0.0], [0.0], ["A"], ["Ulmenstraße 15"])
    others = ["Ulmenstr. 15", "Ulmenstr.", "Ulmenstr. 17", "Eichenweg 15", None]
    pois = pm.prepare(list(range(5)), [0.0] * 5, [0.0] * 5, ["B"] * 5, others)
    levels = pm._address_scores(reg, pois, np.zeros(5, dtype=int), np.arange(5))
    assert levels[:4].tolist() == [1.0, 0.7, 0.25, 0.0]
    assert np.isnan(levels[4])


def test_hstore_parsing():
    text = r'"amenity"=>"social_facility","name"=>"Caf\"e \\ X","addr:street"=>"Ulmenstraße","note"=>"a=>b"'
    assert pm.relevant_tags(text) == {
        "amenity": "social_facility",
        "name": 'Caf"e \\ X',
        "addr:street": "Ulmenstraße",
    }
    assert pm.relevant_tags(None) == {} and pm.relevant_tags("") == {}
    tags = pm.relevant_tags('"shop"=>"bakery","wheelchair"=>"yes","addr:housenumber"=>"3a"')
    assert tags == {"shop": "bakery", "addr:housenumber": "3a"}


def brute_force(cost: np.ndarray) -> float:
    """Minimum summed cost of a full assignment of the smaller side."""
    n, m = cost.shape
    if n <= m:
        return min(sum(cost[i, c] for i, c in enumerate(p)) for p in itertools.permutations(range(m), n))
    return brute_force(cost.T)


@pytest.mark.parametrize("shape", [(1, 1), (2, 2), (3, 3), (3, 5), (5, 3), (4, 4), (5, 6), (6, 6)])
def test_hungarian_matches_brute_force(shape):
    rng = np.random.default_rng(sum(shape))
    for _ in range(5):
        cost = rng.integers(-9, 10, size=shape).astype(float)
        cols = pm.hungarian(cost)
        assigned = [(i, c) for i, c in enumerate(cols) if c >= 0]
        assert len(assigned) == min(shape)
        assert len({c for _, c in assigned}) == len(assigned)
        assert sum(cost[i, c] for i, c in assigned) == pytest.approx(brute_force(cost))


def test_hungarian_matches_scipy_on_larger_matrices():
    optimize = pytest.importorskip("scipy.optimize")
    rng = np.random.default_rng(3)
    for shape in ((30, 30), (20, 45), (45, 20)):
        cost = rng.random(shape)
        rows, cols = optimize.linear_sum_assignment(cost)
        ours = pm.hungarian(cost)
        total = sum(cost[i, c] for i, c in enumerate(ours) if c >= 0)
        assert total == pytest.approx(cost[rows, cols].sum())


def test_assign_is_one_to_one_and_optimal_per_component():
    # register 0 and 1 both like POI 0; POI 1 only suits register 1 -> 0-0 and 1-1
    i = np.array([0, 1, 1, 2])
    j = np.array([0, 0, 1, 2])
    score = np.array([0.9, 0.95, 0.6, 0.7])
    chosen = pm.assign(i, j, score, 3, 3)
    assert sorted(zip(i[chosen].tolist(), j[chosen].tolist())) == [(0, 0), (1, 1), (2, 2)]
    assert pm.components(i, j, 3, 3).tolist()[:3] == [0, 0, 0]


def places(rows):
    """Places from (id, x, y, name, address)."""
    ids, xs, ys, names, addr = zip(*rows)
    return pm.prepare(ids, xs, ys, names, addr)


def run(register_rows, categories, poi_rows, options=pm.Options(), priors=None):  # noqa: B008
    """Match hand-made data; POI rows are (id, x, y, name, address, amenity, other_tags)."""
    reg = places(register_rows)
    cats = pm.Categories(options.category_map)
    ids, xs, ys, names, addr, amenity, tags = zip(*poi_rows)
    info = pm.prepare_pois(ids, xs, ys, names, addr, None, amenity, tags, "amenity", cats)
    return pm.match(reg, list(categories), info, cats, options, priors)


REGISTER = [
    (1, 0.0, 0.0, "Städtische Kita Sonnenschein", "Ulmenstraße 15"),
    (2, 1000.0, 0.0, "AWO Seniorentreff Lirich", "Eichenweg 3"),
    (3, 2000.0, 0.0, "Kita Regenbogen e.V.", "Birkenweg 16-18"),
    (4, 3000.0, 0.0, "Ev. Jugendzentrum Lutherkirche", "Lindenallee 1"),
    (5, 4000.0, 0.0, "Kath. Kita St. Josef", "Tannenweg 9"),
    (6, 5000.0, 0.0, "Kita Pusteblume", "Ahornweg 4"),
]
CATEGORIES = ["Kita", "Seniorentreff", "Kita", "Jugendzentrum", "Kita", "Kita"]
POIS = [
    # 1: abbreviation, 30 m off; a bakery next door sharing the name word
    ("n1", 20.0, 22.0, "Staedt. Kindergarten Sonnenschein", "Ulmenstr. 15", "kindergarten", None),
    ("n2", 10.0, -15.0, "Bäckerei Sonnenschein", "Ulmenstr. 15", None, '"shop"=>"bakery"'),
    # 2: unnamed POI at the same address
    ("n3", 1025.0, 10.0, None, None, None, '"amenity"=>"social_facility","social_facility"=>"day_care",'
     '"social_facility:for"=>"senior","addr:street"=>"Eichenweg","addr:housenumber"=>"3"'),
    # 3: moved 1.2 km, same name with a legal form dropped
    ("n4", 2000.0, 1200.0, "Kita Regenbogen", "Kastanienweg 2", "kindergarten", None),
    # 4: closed (nothing); 5: renamed to Familienzentrum at the same address
    ("n5", 4030.0, 5.0, "Familienzentrum Lichtblick", "Tannenweg 9", "community_centre",
     '"community_centre:for"=>"family"'),
    # 6: a typo, name and address from other_tags only
    ("n6", 5010.0, 40.0, None, None, None, '"amenity"=>"kindergarten","name"=>"Kita Pustebulme",'
     '"addr:street"=>"Ahornweg","addr:housenumber"=>"4"'),
    # new Kita; an unrelated restaurant
    ("n7", 6000.0, 0.0, "Kita Wirbelwind", "Buchenweg 1", "kindergarten", None),
    ("n8", 6100.0, 0.0, "Pizzeria Sonnenschein", "Buchenweg 3", "restaurant", None),
]  # fmt: skip


def test_status_rules_on_hand_cases():
    result = run(REGISTER, CATEGORIES, POIS)
    reg = result.register
    assert reg["pm_status"].tolist() == [
        "bestätigt",
        "bestätigt",
        "verschoben",
        "nicht gefunden",
        "bestätigt",
        "bestätigt",
    ]
    assert reg["pm_poi_id"].tolist() == ["n1", "n3", "n4", None, "n5", "n6"]
    assert reg["pm_dist_m"].tolist()[:3] == [
        pytest.approx(29.7, abs=0.1),
        pytest.approx(26.9, abs=0.1),
        1200.0,
    ]
    assert reg.loc[5, "pm_poi_name"] == "Kita Pustebulme"
    assert reg.loc[0, "pm_name_score"] > 0.9
    # review: unnamed POI, moved, renamed; not the clear first match
    assert reg["pm_pruefen"].tolist() == [0, 1, 1, 0, 1, 0]
    assert "POI ohne Name" in reg.loc[1, "pm_hinweis"]
    assert "Name weicht ab" in reg.loc[4, "pm_hinweis"]
    assert result.new["pm_poi_id"].tolist() == ["n7"]
    assert result.new["pm_kategorie"].tolist() == ["Kita"]
    assert sorted(result.links["register"].tolist()) == [0, 1, 2, 4, 5]


def test_moved_needs_strong_name_and_max_distance_is_inclusive():
    near = run(REGISTER[:1], ["Kita"], [("a", 250.0, 0.0, "Kita Sonnenschein", None, "kindergarten", None)])
    assert near.register["pm_status"].tolist() == ["bestätigt"]
    far = run(REGISTER[:1], ["Kita"], [("a", 250.1, 0.0, "Kita Sonnenschein", None, "kindergarten", None)])
    assert far.register["pm_status"].tolist() == ["verschoben"]
    weak = run(REGISTER[:1], ["Kita"], [("a", 900.0, 0.0, "Kita Sonnenblume", None, "kindergarten", None)])
    assert weak.register["pm_status"].tolist() == ["nicht gefunden"]
    assert weak.new["pm_poi_id"].tolist() == ["a"]
    beyond = run(
        REGISTER[:1], ["Kita"], [("a", 3001.0, 0.0, "Kita Sonnenschein", None, "kindergarten", None)]
    )
    assert beyond.register["pm_status"].tolist() == ["nicht gefunden"]


def test_without_categories_everything_is_compatible():
    poi = [("a", 10.0, 0.0, "Kita Sonnenschein", None, None, None)]
    result = run(REGISTER[:1], [None], poi)
    assert result.register["pm_status"].tolist() == ["bestätigt"]
    name = result.register.loc[0, "pm_name_score"]
    assert 0.9 < name < 1.0  # "Städtische" is missing in the POI name
    decay = 1 / (1 + (10 / 100) ** 2)  # d = 10 m, half value at 0.4 * MAX_DISTANCE = 100 m
    expected = (0.55 * name + 0.2 * decay) / 0.75  # no address: weights of name and distance only
    assert result.register.loc[0, "pm_score"] == pytest.approx(expected, abs=0.002)


def test_category_map_replaces_builtin_mapping():
    opt = pm.Options(category_map=[("Kita", "kindergarten")])
    pois = [("a", 10.0, 0.0, "Kita Sonnenschein", None, "childcare", None)]
    assert run(REGISTER[:1], ["Kita"], pois, opt).register["pm_status"].tolist() == ["nicht gefunden"]
    assert run(REGISTER[:1], ["Kita"], pois).register["pm_status"].tolist() == ["bestätigt"]


def test_priors_keep_accepted_pairs_and_forbid_rejected_pois():
    pois = [
        ("a", 10.0, 0.0, "Kita Sonnenschein", None, "kindergarten", None),
        ("b", 60.0, 0.0, "Kita Sonnenschein Nord", None, "kindergarten", None),
    ]
    plain = run(REGISTER[:1], ["Kita"], pois)
    assert plain.register["pm_poi_id"].tolist() == ["a"]
    rejected = [pm.parse_prior("rejected", "a", "bestätigt", "2024-05-02", None)]
    again = run(REGISTER[:1], ["Kita"], pois, priors=rejected)
    assert again.register["pm_poi_id"].tolist() == ["b"]
    assert again.register["pm_abgelehnt"].tolist() == ["a"]
    assert again.register["pm_entscheidung"].tolist() == [None]  # the new pair is not reviewed yet
    accepted = [pm.parse_prior("relinked", "b", "bestätigt", "2024-05-02", "a")]
    kept = run(REGISTER[:1], ["Kita"], pois, priors=accepted)
    assert kept.register[["pm_poi_id", "pm_entscheidung", "pm_geprueft_am"]].values.tolist() == [
        ["b", "relinked", "2024-05-02"]
    ]
    assert kept.register["pm_pruefen"].tolist() == [0]
    closed = [pm.parse_prior("accepted", None, "nicht gefunden", "2024-05-02", None)]
    assert run(REGISTER[:1], ["Kita"], pois, priors=closed).register["pm_status"].tolist() == [
        "nicht gefunden"
    ]
    with pytest.raises(pm.MethodError):
        pm.parse_prior("vielleicht", None, None, None, None)


def test_options_are_checked():
    with pytest.raises(pm.MethodError):
        run(REGISTER[:1], ["Kita"], POIS[:1], pm.Options(max_distance=500, moved_distance=100))
    with pytest.raises(pm.MethodError):
        run(REGISTER[:1], ["Kita"], POIS[:1], pm.Options(min_score=1.5))


def test_quality_benchmark_one_seed():
    """Seeded synthetic register and POIs (bench/poimatch_quality.py), thresholds a bit below the goals."""
    sys.path.insert(0, str(ROOT / "bench"))
    from poimatch_quality import Gen, evaluate, run_matching

    inst = Gen(5, 500).instance()
    figures = evaluate(inst, run_matching(inst))
    assert figures["pair_f1"] >= 0.97
    assert figures["status_accuracy"] >= 0.96
    assert figures["new_precision"] >= 0.9
    assert figures["new_recall"] >= 0.9


def test_address_grammar_and_typos_carry_the_match():
    """Register addresses with city, district or postcode, POI streets with a typo."""
    register = [
        (1, 0.0, 0.0, "Kita Löwenzahn", "Wehrstraße 144 (OB)"),
        (2, 3000.0, 0.0, "Jugendzentrum Kaktus", "46045 Oberhausen, Bahnhofstraße 153"),
    ]
    pois = [
        ("a", 60.0, 40.0, None, "Wehrstr. 144", "kindergarten", None),
        ("b", 3050.0, 60.0, None, None, "community_centre",
         '"community_centre"=>"youth_centre","addr:street"=>"Bahnhofsrtaße","addr:housenumber"=>"153"'),
    ]  # fmt: skip
    result = run(register, ["Kita", "Jugendzentrum"], pois)
    assert result.register["pm_poi_id"].tolist() == ["a", "b"]
    assert result.register["pm_status"].tolist() == ["bestätigt", "bestätigt"]
    assert result.new.empty


def test_moved_poi_with_city_suffix_is_moved():
    register = [(1, 0.0, 0.0, "Kita Löwenzahn", "Wehrstraße 144, 46045 Oberhausen")]
    pois = [("a", 1800.0, 0.0, "Kita Löwenzahn Oberhausen", "Marktstraße 3", "kindergarten", None)]
    result = run(register, ["Kita"], pois)
    assert result.register["pm_status"].tolist() == ["verschoben"]
    assert result.register.loc[0, "pm_name_score"] == 1.0
    assert result.new.empty


def test_same_address_candidate_is_never_new_but_a_review_pair():
    """A POI at the entry's address (outside the normal score) becomes a review pair instead
    of a "neu" beside a "nicht gefunden"; so does a renamed POI without address at the same
    place (the only unmatched one of the category within 0.4 MAX_DISTANCE)."""
    register = [(1, 0.0, 0.0, "Kita Löwenzahn", "Wehrstraße 144")]
    pois = [("a", 50.0, 20.0, "Haus der kleinen Forscher", None, "kindergarten", None)]
    renamed = run(register, ["Kita"], pois)
    assert renamed.register["pm_poi_id"].tolist() == ["a"]
    assert renamed.register["pm_pruefen"].tolist() == [1]
    assert renamed.register["pm_hinweis"].str.startswith("gleicher Ort").tolist() == [True]
    assert renamed.new.empty
    same_address = run(register, ["Kita"], [("a", 200.0, 90.0, "Haus der kleinen Forscher", "Wehrstr. 144",
                                             "kindergarten", None)])  # fmt: skip
    assert same_address.register["pm_poi_id"].tolist() == ["a"]
    assert same_address.register["pm_pruefen"].tolist() == [1]
    assert same_address.new.empty
    elsewhere = run(register, ["Kita"], [("a", 200.0, 90.0, "Haus der kleinen Forscher", "Wehrstraße 150",
                                          "kindergarten", None)])  # fmt: skip
    assert elsewhere.register["pm_status"].tolist() == ["nicht gefunden"]
    assert elsewhere.new["pm_poi_id"].tolist() == ["a"]


@pytest.mark.parametrize(
    ("pois", "new"),
    [
        ([("a", 150.0, 0.0, "Haus der kleinen Forscher", None, "kindergarten", None)], ["a"]),  # too far
        ([("a", 50.0, 0.0, "Haus der kleinen Forscher", None, "kindergarten", None),
          ("b", -60.0, 0.0, "Kinderhaus Wirbelwind", None, "kindergarten", None)], ["a", "b"]),  # not the only one
        ([("a", 50.0, 0.0, "Haus der kleinen Forscher", "Wehrstraße 150", "kindergarten", None)], ["a"]),
        ([("a", 50.0, 0.0, "Treff am Markt", None, "community_centre", '"community_centre:for"=>"senior"')],
         []),  # another category: no pair, and not a new Kita
        ([("a", 30.0, 0.0, "Kinderland Spielwaren", None, None, '"shop"=>"toys"')], []),  # look-alike shop
    ],
)  # fmt: skip
def test_same_place_pair_needs_the_only_poi_of_the_category_nearby(pois, new):
    """No "gleicher Ort" pair beyond 0.4 MAX_DISTANCE, with two candidates, a differing
    address, another category or an unrelated POI: the entry stays "nicht gefunden"."""
    result = run([(1, 0.0, 0.0, "Kita Löwenzahn", "Wehrstraße 144")], ["Kita"], pois)
    assert result.register["pm_status"].tolist() == ["nicht gefunden"]
    assert result.new["pm_poi_id"].tolist() == new


def test_second_poi_of_a_matched_institution_is_not_new():
    register = [(1, 0.0, 0.0, "Kita Löwenzahn", "Wehrstraße 144")]
    pois = [
        ("a", 20.0, 0.0, "Kita Löwenzahn", "Wehrstraße 144", "kindergarten", None),
        ("b", 60.0, 30.0, None, "Wehrstraße 144", "kindergarten", None),  # the building
        ("c", 120.0, 0.0, "Förderverein Kita Löwenzahn e.V.", "Wehrstraße 146", None,
         '"office"=>"association"'),
    ]  # fmt: skip
    result = run(register, ["Kita"], pois)
    assert result.register["pm_poi_id"].tolist() == ["a"]
    assert "weiterer POI: b" in result.register.loc[0, "pm_hinweis"]
    assert result.new.empty


def test_two_institutions_at_one_address():
    """Of two Kitas at the entry's address the similarly named one (with a typo, farther away)
    is the partner; the other, clearly named otherwise, is a new institution, not a second POI;
    so is one at the address of the partner naming another operator."""
    register = [(1, 0.0, 0.0, "Evangelische Kita Libelle", "Rosenallee 9")]
    pois = [
        ("a", 4.0, 0.0, "Ev. Kita Leuchtturm", "Rosenallee 9", "kindergarten", None),
        ("b", 0.0, 55.0, "Evangelische Kindertagesstätte Librlle e. V.", "Rosenallee 9", "kindergarten", None),
    ]  # fmt: skip
    result = run(register, ["Kita"], pois)
    assert result.register["pm_poi_id"].tolist() == ["b"]
    assert result.new["pm_poi_id"].tolist() == ["a"]
    assert "weiterer POI" not in (result.register.loc[0, "pm_hinweis"] or "")
    register = [(1, 0.0, 0.0, "AWO Seniorentreff Eisenheim", "Blücherweg 53")]
    pois = [
        ("a", 10.0, 0.0, "AWO Seniorentreff Eisenheim", "Blücherweg 53", "community_centre", None),
        ("b", 30.0, 10.0, "Caritas Seniorentreff Eisenheim", "Bluecherweg 53", "community_centre", None),
    ]  # fmt: skip
    other_operator = run(register, ["Seniorentreff"], pois)
    assert other_operator.register["pm_poi_id"].tolist() == ["a"]
    assert other_operator.new["pm_poi_id"].tolist() == ["b"]


def test_second_quality_benchmark_one_seed():
    """The independent generator (bench/poimatch_quality2.py) at the goals of issue 14."""
    sys.path.insert(0, str(ROOT / "bench"))
    import poimatch_quality2 as q2

    data = q2.generate(7, 500)
    result = q2.run(data)
    figures = q2.overall(q2.outcome(data, result), data, result)
    assert figures["pair_f1"] >= 0.98
    assert figures["status_accuracy"] >= 0.97
    assert figures["new_precision"] >= 0.95
    assert figures["new_recall"] >= 0.95
    assert figures["review_share"] <= 0.3
    kinds = q2.per_kind(q2.outcome(data, result))
    assert {"addr_form", "street_typo", "unnamed", "name_place", "duplicate"} <= set(kinds.index)
