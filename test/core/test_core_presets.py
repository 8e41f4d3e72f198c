"""Preset heuristics: indicator tables filled from field names (no QGIS needed)."""

from __future__ import annotations

from sozialplanung.core import presets

COUNTS = [
    "ew",
    "ew_u15",
    "ew_15_24",
    "ew_65plus",
    "hh_kinder",
    "mig",
    "sgb2",
    "sgb2_u15",
    "alo_u25",
    "grusi_65",
    "hh_alleinerz",
    "hh_kinderreich",
]
DEMO = ["fid", "block_id", "sq_id", "amb_id"] + [f"{c}_{y}" for c in COUNTS for y in (2019, 2021, 2023)]


def test_field_years_latest_first():
    assert presets.field_years(DEMO) == ["2023", "2021", "2019"]
    assert presets.field_years(["S1", "EW", "name"]) == []


def test_oberhausen_preset_takes_latest_year_with_all_seven_indicators():
    match = presets.match_preset(presets.OBERHAUSEN, DEMO)
    assert match.year == "2023"
    assert match.missing == []
    assert match.population == "ew_2023"
    assert match.rows[0] == ("mig_2023", "ew_2023", "+", 1.0)
    assert match.rows[3] == ("alo_u25_2023", "ew_15_24_2023", "+", 1.0)
    assert [r[0] for r in match.rows] == [
        "mig_2023",
        "sgb2_2023",
        "sgb2_u15_2023",
        "alo_u25_2023",
        "grusi_65_2023",
        "hh_alleinerz_2023",
        "hh_kinderreich_2023",
    ]


def test_latest_year_loses_when_an_earlier_year_is_complete():
    names = [n for n in DEMO if not n.startswith(("grusi_65_2023", "mig_2023"))]
    match = presets.match_preset(presets.OBERHAUSEN, names)
    assert match.year == "2021"
    assert len(match.rows) == 7
    forced = presets.match_preset(presets.OBERHAUSEN, names, year="2023")
    assert len(forced.rows) == 5
    assert forced.missing == ["mig_2023", "grusi_65_2023"]


def test_case_insensitive_and_fields_without_year():
    names = ["ID", "EW", "MIG", "SGB2", "ew_u15", "SGB2_U15"]
    match = presets.match_preset(presets.OBERHAUSEN, names)
    assert match.year is None
    assert match.rows[:3] == [
        ("MIG", "EW", "+", 1.0),
        ("SGB2", "EW", "+", 1.0),
        ("SGB2_U15", "ew_u15", "+", 1.0),
    ]
    assert len(match.missing) == 8  # alo_u25/ew_15_24, grusi_65/ew_65plus, 2 x hh_*/hh_kinder
    assert match.population == "EW"


def test_berlin_preset_and_change_fields():
    names = ["PLR_ID", "EW", "S1", "S2", "S3", "S4", "D1", "D3", "D4"]
    match = presets.match_preset(presets.BERLIN_MSS, names)
    assert match.rows == [("S1", None, "+", 1.0), ("S3", None, "+", 1.0), ("S4", None, "+", 1.0)]
    assert match.population == "EW"
    rows, missing = presets.change_rows(match.rows, match.year, None, names)
    assert rows == [["", "", "D1", "", "+", "1"], ["", "", "D3", "", "+", "1"], ["", "", "D4", "", "+", "1"]]
    assert missing == []


def test_berlin_with_year_suffix():
    names = ["plr_id", "s1_2019", "s1_2021", "s3_2021", "s4_2021", "s3_2019", "s4_2019"]
    match = presets.match_preset(presets.BERLIN_MSS, names)
    assert match.year == "2021"
    assert [r[0] for r in match.rows] == ["s1_2021", "s3_2021", "s4_2021"]
    rows, missing = presets.change_rows(match.rows, "2021", "2019", names)
    assert rows[0] == ["s1_2019", "", "s1_2021", "", "+", "1"]
    assert missing == []


def test_change_rows_pair_fields_of_the_earlier_year():
    match = presets.match_preset(presets.OBERHAUSEN, DEMO)
    rows, missing = presets.change_rows(match.rows, "2023", "2021", DEMO)
    assert missing == []
    assert rows[1] == ["sgb2_2021", "ew_2021", "sgb2_2023", "ew_2023", "+", "1"]
    flat = [cell for row in rows for cell in row]
    assert flat == presets.change_matrix(presets.OBERHAUSEN, "2021", "2023")
    names = [n for n in DEMO if n != "ew_15_24_2019"]
    rows, missing = presets.change_rows(match.rows, "2023", "2019", names)
    assert len(rows) == 6
    assert missing == ["ew_15_24_2023 (2019)"]


def test_id_field_candidates():
    assert presets.id_field_candidates(DEMO)[:3] == ["block_id", "sq_id", "amb_id"]
    assert presets.id_field_candidates(["name", "fid", "ID", "x"]) == ["ID", "name", "x"]
    assert presets.id_field_candidates(["gebietsschluessel", "name"])[0] == "gebietsschluessel"
