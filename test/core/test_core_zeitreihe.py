"""Sozialindex over editions (core): known transitions, declines, base-year mode, NULL in one year."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sozialplanung.core import sozialindex as si
from sozialplanung.core import zeitreihe as zr

# Seven areas with one indicator (share, '+'): in every year a permutation of the shares
# 35 ... 65, mean 50 and SD (with n) exactly 10, so the index is -(share - 50) / 10, i.e.
# one of 1.5, 1, 0.5, 0, -0.5, -1, -1.5. Areas were moved across the cuts on purpose.
YEARS = ["2019", "2021", "2023"]
INDEX = {  # area: index 2019, 2021, 2023
    "A": (1.5, 1.0, 0.5),  # falls twice by 0.5 and drops Hoch -> Mittel
    "B": (-1.5, -1.0, -0.5),  # rises: Sehr Niedrig -> Niedrig -> Mittel
    "C": (0.5, 0.0, -1.0),  # falls twice (0.5, 1.0), Mittel -> Niedrig
    "D": (1.0, 1.5, 1.5),  # Hoch throughout, last change 0: no decline
    "E": (0.0, -0.5, -1.5),  # falls twice, Mittel -> Sehr Niedrig
    "F": (-0.5, 0.5, 0.0),  # one decline only, stays Mittel
    "G": (-1.0, -1.5, 1.0),  # Sehr Niedrig -> Hoch
}
TEMPLATE = zr.Template((si.Indicator("anteil_{jahr}"),))


def frame(index: dict = INDEX, years=YEARS) -> pd.DataFrame:
    data = {"id": list(index)}
    for k, y in enumerate(years):
        data[f"anteil_{y}"] = [50.0 - 10.0 * v[k] for v in index.values()]
    return pd.DataFrame(data)


def by_id(table: pd.DataFrame, column: str) -> dict:
    return dict(zip(INDEX, table[column].tolist()))


def test_index_status_and_rank_per_edition():
    table = zr.zeitreihe(frame(), TEMPLATE, YEARS).table
    for k, y in enumerate(YEARS):
        assert table[f"index_{y}"].tolist() == pytest.approx([v[k] for v in INDEX.values()])
    assert by_id(table, "status_2019") == {
        "A": "Hoch",
        "B": "Sehr Niedrig",  # -1.5 exactly on CUT_SEHR_NIEDRIG: outer class
        "C": "Mittel",
        "D": "Hoch",  # 1.0 exactly on CUT_HOCH
        "E": "Mittel",
        "F": "Mittel",
        "G": "Niedrig",  # -1.0 exactly on CUT_NIEDRIG
    }
    assert by_id(table, "rang_2023") == {"A": 5, "B": 3, "C": 2, "D": 7, "E": 1, "F": 4, "G": 6}


def test_each_edition_equals_sozialindex_of_that_year():
    data = frame()
    table = zr.zeitreihe(data, TEMPLATE, YEARS).table
    for y in YEARS:
        alone = si.sozialindex(data, [si.Indicator(f"anteil_{y}")])
        assert table[f"index_{y}"].tolist() == alone["index"].tolist()  # exactly, same code path
        assert table[f"status_{y}"].tolist() == alone["status"].tolist()
        assert table[f"rang_{y}"].tolist() == alone["rank"].tolist()


def test_class_change_declines_and_warning():
    table = zr.zeitreihe(frame(), TEMPLATE, YEARS).table
    assert by_id(table, "wechsel") == {
        "A": "Hoch → Mittel",
        "B": "Niedrig → Mittel",
        "C": "Mittel → Niedrig",
        "D": "",
        "E": "Mittel → Sehr Niedrig",
        "F": "",
        "G": "Sehr Niedrig → Hoch",
    }
    assert by_id(table, "abstiege") == {"A": 2, "B": 0, "C": 2, "D": 0, "E": 2, "F": 1, "G": 0}
    assert by_id(table, "warnung") == {"A": 1, "B": 0, "C": 1, "D": 0, "E": 1, "F": 0, "G": 0}
    hinweis = by_id(table, "hinweis")
    assert hinweis["A"] == (
        "Index seit 2019 2 Ausgaben in Folge um mehr als 0,25 SD gefallen; Klasse gefallen: Hoch → Mittel"
    )
    assert hinweis["B"] is None and hinweis["F"] is None


def test_a_decline_of_exactly_warn_delta_does_not_warn():
    # WARN_DELTA 0.5: A's declines of exactly 0.5 are not "more than"; its class drop still warns.
    table = zr.zeitreihe(frame(), TEMPLATE, YEARS, warn_delta=0.5).table
    assert table["warnung"][0] == 1
    assert table["hinweis"][0] == "Klasse gefallen: Hoch → Mittel"
    # C fell by 0.5 then 1.0: only the last decline is larger than 0.5, but the class dropped
    assert table["hinweis"][2] == "Klasse gefallen: Mittel → Niedrig"
    # WARN_DELTA 0.4: E fell by 0.5 and 1.0, twice more than 0.4
    table = zr.zeitreihe(frame(), TEMPLATE, YEARS, warn_delta=0.4).table
    assert table["hinweis"][4].startswith("Index seit 2019 2 Ausgaben in Folge um mehr als 0,40 SD")


def test_transitions_table():
    result = zr.zeitreihe(frame(), TEMPLATE, YEARS)
    last = result.transitions[result.transitions["von_jahr"] == "2021"]
    assert [tuple(r) for r in last.itertuples(index=False)] == [
        ("2021", "2023", "Hoch", "Hoch", 1),  # D
        ("2021", "2023", "Hoch", "Mittel", 1),  # A
        ("2021", "2023", "Mittel", "Mittel", 1),  # F
        ("2021", "2023", "Mittel", "Niedrig", 1),  # C
        ("2021", "2023", "Mittel", "Sehr Niedrig", 1),  # E
        ("2021", "2023", "Niedrig", "Mittel", 1),  # B
        ("2021", "2023", "Sehr Niedrig", "Hoch", 1),  # G
    ]
    first = result.transitions[result.transitions["von_jahr"] == "2019"]
    assert first["anzahl"].sum() == 7
    # 2019 -> 2021: Hoch: A, D -> Hoch, Hoch; Mittel: C, E, F -> Mittel, Mittel, Mittel
    assert first[(first["von_status"] == "Hoch") & (first["bis_status"] == "Hoch")]["anzahl"].tolist() == [2]
    assert first[(first["von_status"] == "Mittel")]["anzahl"].tolist() == [3]


def test_longer_falls_are_counted_back_from_the_last_edition():
    fav = pd.DataFrame(
        {"a": [3.0, 0.0, 1.0], "b": [2.0, 1.0, 1.0], "c": [1.0, 2.0, 1.0], "d": [0.0, 1.9, np.nan]}
    )
    status = pd.DataFrame({y: ["Mittel", "Mittel", "Mittel"] for y in "abcd"})
    status.loc[2, "d"] = None
    early = zr.early_warning(fav, status, 0.25)
    assert early["abstiege"].tolist() == [3, 1, 0]  # third: not rated last, no decline counted
    assert early["warnung"].tolist() == [1, 0, None]
    assert early["hinweis"][0] == "Index seit a 3 Ausgaben in Folge um mehr als 0,25 SD gefallen"
    assert early["wechsel"].tolist() == ["", "", "Mittel → nicht bewertet"]


def test_base_year_mode_sees_a_citywide_decline():
    # 2021: every share 10 points higher (citywide worse by one base-year SD)
    data = frame({k: (v[0], v[0] - 1.0) for k, v in INDEX.items()}, ["2019", "2021"])
    own = zr.zeitreihe(data, TEMPLATE, ["2019", "2021"]).table
    assert own["index_2021"].tolist() == pytest.approx(
        own["index_2019"].tolist()
    )  # each year alone: no change
    assert own["warnung"].tolist() == [0] * 7
    base = zr.zeitreihe(data, TEMPLATE, ["2019", "2021"], comparison="basisjahr").table
    assert base["index_2019"].tolist() == own["index_2019"].tolist()
    assert base["index_2021"].tolist() == pytest.approx([v[0] - 1.0 for v in INDEX.values()])
    assert by_id(base, "status_2021") == {
        "A": "Mittel",  # 0.5
        "B": "Sehr Niedrig",  # -2.5
        "C": "Mittel",  # -0.5
        "D": "Mittel",  # 0.0
        "E": "Niedrig",  # -1.0
        "F": "Sehr Niedrig",  # -1.5
        "G": "Sehr Niedrig",  # -2.0
    }
    assert by_id(base, "warnung") == {"A": 1, "B": 0, "C": 0, "D": 1, "E": 1, "F": 1, "G": 1}
    assert by_id(base, "abstiege") == {k: 1 for k in INDEX}


def test_null_in_one_year_is_not_rated_that_year_and_reported():
    # four areas 40, 40, 60, 60: z = -1, -1, 1, 1; in 2021 area 4 has no value
    data = pd.DataFrame({"anteil_2019": [40.0, 40.0, 60.0, 60.0], "anteil_2021": [40.0, 40.0, 60.0, None]})
    result = zr.zeitreihe(data, TEMPLATE, ["2019", "2021"])
    table = result.table
    assert table["index_2019"].tolist() == pytest.approx([1, 1, -1, -1])
    # 2021 over three areas: mean 46.67, SD sqrt(800/9) = 9.43: z = -1/sqrt(2), -1/sqrt(2), sqrt(2)
    assert table["index_2021"][:3].tolist() == pytest.approx([2**-0.5, 2**-0.5, -(2**0.5)])
    assert np.isnan(table["index_2021"][3]) and table["status_2021"][3] is None
    assert table["warnung"][3] is None
    assert table["wechsel"][3] == "Niedrig → nicht bewertet"
    assert table["hinweis"][3] == "2021 nicht bewertet: Wert fehlt: anteil_2021"
    assert {y: list(ix) for y, ix in zr.partly_rated(result.rated).items()} == {"2019": [], "2021": [3]}
    row = result.transitions[result.transitions["bis_status"] == "nicht bewertet"]
    assert row[["von_status", "anzahl"]].values.tolist() == [["Niedrig", 1]]


def test_years_parsing_and_detection():
    assert zr.parse_years("2023, 2019;2021") == ["2019", "2021", "2023"]
    assert zr.parse_years("t0 t1") == ["t0", "t1"]
    with pytest.raises(si.MethodError, match="2021 is given more than once"):
        zr.parse_years("2021,2021")
    with pytest.raises(si.MethodError, match="'20-21' is no year"):
        zr.parse_years("20-21")
    template = zr.Template(
        (si.Indicator("sgb2_{jahr}", "ew_{jahr}"), si.Indicator("alo_{jahr}")), "ew_{jahr}"
    )
    names = ["sgb2_2019", "ew_2019", "alo_2019", "sgb2_2021", "ew_2021", "alo_2021", "sgb2_2023", "ew_2023"]
    assert zr.available_years(template, names) == (["2019", "2021"], {"2023": "alo_2023"})
    assert zr.first_missing(template, ["2019", "2023"], names) == ("2023", "alo_2023")
    assert template.numeric("2019") == ["sgb2_2019", "ew_2019", "alo_2019"]


def test_bad_settings_name_the_problem():
    with pytest.raises(si.MethodError, match="At least two editions are needed, but YEARS gives 1: 2019"):
        zr.zeitreihe(frame(), TEMPLATE, ["2019"])
    with pytest.raises(si.MethodError, match="placeholder"):
        zr.zeitreihe(frame(), zr.Template((si.Indicator("anteil_2019"),)), YEARS)
    with pytest.raises(si.MethodError, match="percentile rank"):
        zr.zeitreihe(frame(), TEMPLATE, YEARS, si.Options(standardization="rank"), "basisjahr")
    data = frame()
    data["anteil_2021"] = 50.0
    with pytest.raises(zr.EditionError, match="Edition 2021: Indicator anteil_2021 is constant") as err:
        zr.zeitreihe(data, TEMPLATE, YEARS)
    assert err.value.year == "2021"


def test_cancel_after_an_edition():
    calls = []

    def step(i: int, n: int) -> bool:
        calls.append((i, n))
        return False

    with pytest.raises(si.MethodError, match="Canceled"):
        zr.zeitreihe(frame(), TEMPLATE, YEARS, step=step)
    assert calls == [(1, 3)]
