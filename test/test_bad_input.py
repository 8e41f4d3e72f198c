"""Bad-input catalogue for sozialindex, dynamik and aggregate.

Every case ends either in a QgsProcessingException that names the problem (no
Python traceback in the message, no output file left) or in the documented
handling: the output is written and a warning says what happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import pytest
from helpers import memory_layer, recorder, rows, run, square
from qgis.core import QgsProcessingException, QgsVectorLayer

LONG = "anteil_" + "ü" * 20 + "_" + "x" * 40  # non-ASCII, 68 characters
BOWTIE = "POLYGON((0 0,100 100,100 0,0 100,0 0))"
MULTI = "MULTIPOLYGON(((0 0,50 0,50 50,0 50,0 0)),((60 60,100 60,100 100,60 100,60 60)))"


@dataclass
class Case:
    """Parameters (callables are called) and the expected error or warning plus checks of the output."""

    id: str
    params: dict
    error: Optional[str] = None  # regular expression the exception message must match
    warning: Optional[str] = None  # regular expression one warning must match
    check: Optional[Callable[[dict], None]] = None  # on rows(output, key)
    key: str = "id"
    extra: dict = field(default_factory=dict)


def run_case(alg: str, base: dict, case: Case, tmp_path) -> None:
    out = tmp_path / "out.gpkg"
    params = {**base, "OUTPUT": str(out), **case.params}
    params = {k: v() if callable(v) else v for k, v in params.items()}
    feedback = recorder()
    if case.error:
        with pytest.raises(QgsProcessingException) as info:
            run(alg, params, feedback)
        message = str(info.value)
        assert re.search(case.error, message), message
        assert "Traceback" not in message and 'File "' not in message, message
        assert list(tmp_path.iterdir()) == [], "output left behind"
        return
    run(alg, params, feedback)
    if case.warning:
        assert any(re.search(case.warning, w) for w in feedback.warnings), feedback.warnings
    layer = QgsVectorLayer(params["OUTPUT"], "out", "ogr")
    assert layer.isValid()
    if case.check:
        case.check(rows(layer, case.key))


def expect(condition: bool, context: object) -> None:
    """Assertion usable in a lambda."""
    assert condition, context


def ids(cases: list[Case]) -> list[Any]:
    return [pytest.param(c, id=c.id) for c in cases]


# ---------------------------------------------------------------- sozialindex
FIELDS = [("id", "integer"), ("name", "string"), ("ew", "integer"), ("n", "double"), ("d", "double")]


def areas(*changes, geometry="Polygon", crs="EPSG:25832", fields=FIELDS, count=6):
    """``count`` squares with shares n/d = 10..60 %, ew 1000; changes: (row, column, value)."""
    data = [[square(i * 100, 0), i + 1, f"Gebiet {i + 1}", 1000, 10.0 * (i + 1), 100.0] for i in range(count)]
    for row, col, value in changes:
        data[row][col] = value
    return memory_layer(geometry, fields, data, crs)


def index_base() -> dict:
    return {"INPUT": areas, "ID_FIELD": "id", "INDICATORS": ["n", "d", "+", "1"], "POPULATION_FIELD": "ew"}


def rated(n: int):
    """Check: exactly n units carry a status."""

    def check(out: dict) -> None:
        assert sum(1 for r in out.values() if r["si_status"]) == n, out

    return check


def long_name_layer():
    fields = [("id", "integer"), ("name", "string"), ("ew", "integer"), (LONG, "double"), ("d", "double")]
    return areas((0, 2, "Ümläut-Straße " + "ß" * 200), fields=fields)


SOZIALINDEX_CASES = [
    Case("missing-indicator-field", {"INDICATORS": ["fehlt", "d", "+", "1"]}, error="Field 'fehlt'"),
    Case("missing-id-field", {"ID_FIELD": "gibtsnicht"}, error="gibtsnicht"),
    Case("missing-population-field", {"POPULATION_FIELD": "einwohner"}, error="einwohner"),
    Case(
        "text-in-numeric-field",
        {
            "INPUT": lambda: memory_layer(
                "Polygon",
                [("id", "integer"), ("n", "string"), ("d", "double")],
                [(square(0, 0), 1, "3,5", 10), (square(0, 100), 2, "viel", 10), (square(0, 200), 3, "1", 10)],
            ),
            "POPULATION_FIELD": None,
        },
        error="value 'viel' of feature 2 is not a number",
    ),
    Case(
        "null-indicator-value",
        {"INPUT": lambda: areas((1, 4, None))},
        warning="1 areas not rated",
        check=lambda out: expect(out[2]["si_hinweis"] == "Wert fehlt: n", out[2]),
    ),
    Case(
        "zero-denominator",
        {"INPUT": lambda: areas((2, 5, 0.0))},
        warning="1 areas not rated",
        check=lambda out: expect(out[3]["si_hinweis"] == "Nenner 0 oder leer: d", out[3]),
    ),
    Case(
        "negative-count",
        {"INPUT": lambda: areas((3, 4, -5.0))},
        warning="1 areas not rated",
        check=lambda out: expect(out[4]["si_hinweis"] == "negativer Wert: n", out[4]),
    ),
    Case(
        "zero-population",
        {"INPUT": lambda: areas((0, 3, 0))},
        warning="1 areas not rated",
        check=lambda out: expect(out[1]["si_status"] is None and rated(5)(out) is None, out[1]),
    ),
    Case("duplicate-ids", {"INPUT": lambda: areas((5, 1, 1))}, error="not unique: '1'"),
    Case("null-id", {"INPUT": lambda: areas((5, 1, None))}, error="empty \\(NULL\\)"),
    Case("empty-layer", {"INPUT": lambda: areas(count=0)}, error="is empty"),
    Case("single-feature", {"INPUT": lambda: areas(count=1)}, error="Only 1 rated unit"),
    Case("constant-indicator", {"INDICATORS": ["d", "", "+", "1"]}, error="Indicator d is constant"),
    Case(
        "invalid-geometry-copied",
        {"INPUT": lambda: areas((0, 0, BOWTIE))},
        check=lambda out: rated(6)(out),
    ),
    Case("empty-geometry-copied", {"INPUT": lambda: areas((0, 0, None))}, check=lambda out: rated(6)(out)),
    Case(
        "multipart-copied",
        {"INPUT": lambda: areas((0, 0, MULTI), geometry="MultiPolygon")},
        check=lambda out: rated(6)(out),
    ),
    Case("geographic-crs", {"INPUT": lambda: areas(crs="EPSG:4326")}, check=lambda out: rated(6)(out)),
    Case(
        "non-ascii-long-names",
        {"INPUT": long_name_layer, "INDICATORS": [LONG, "d", "+", "1"]},
        check=lambda out: expect(
            out[1]["name"].startswith("Ümläut-Straße ß") and out[1][f"si_z_{LONG}"] is not None, out[1]
        ),
    ),
    Case(
        "result-field-in-input",
        {"INPUT": lambda: areas(fields=[FIELDS[0], ("si_status", "string"), *FIELDS[2:]])},
        warning="Input field 'si_status' is replaced",
        check=lambda out: expect(
            out[1]["si_status"] in ("Hoch", "Mittel", "Niedrig", "Sehr Niedrig"), out[1]
        ),
    ),
    Case("unwritable-output", {"OUTPUT": lambda: "/proc/sozialplanung/out.gpkg"}, error="."),
]


@pytest.mark.parametrize("case", ids(SOZIALINDEX_CASES))
def test_sozialindex_bad_input(case, tmp_path):
    run_case("sozialplanung:sozialindex", index_base(), case, tmp_path)


def test_core_share_negative_count_is_not_rated():
    import pandas as pd
    from sozialplanung.core.sozialindex import share

    values, reasons = share(pd.DataFrame({"n": [5.0, -1.0, 3.0], "d": [10.0, 10.0, -2.0]}), "n", "d")
    assert values.tolist()[0] == pytest.approx(50.0) and values.isna().tolist() == [False, True, True]
    assert reasons.tolist() == ["", "negativer Wert: n", "negativer Wert: d"]


# -------------------------------------------------------------------- dynamik
DYN_FIELDS = [
    ("id", "integer"),
    ("name", "string"),
    ("si_status", "string"),
    ("n0", "double"),
    ("d0", "double"),
    ("n1", "double"),
    ("d1", "double"),
]
STATUS = ["Hoch", "Mittel", "Mittel", "Niedrig", "Sehr Niedrig", "Mittel"]


def dyn_areas(*changes, geometry="Polygon", crs="EPSG:25832", fields=DYN_FIELDS, count=6):
    """``count`` squares: share 10 % at t0, 10..60 % at t1 (changes 0..50 pp); changes: (row, column, value)."""
    data = [
        [square(i * 100, 0), i + 1, f"Gebiet {i + 1}", STATUS[i], 10.0, 100.0, 10.0 * (i + 1), 100.0]
        for i in range(count)
    ]
    for row, col, value in changes:
        data[row][col] = value
    return memory_layer(geometry, fields, data, crs)


def dyn_base() -> dict:
    return {"INPUT": dyn_areas, "ID_FIELD": "id", "INDICATORS": ["n0", "d0", "n1", "d1", "+", "1"]}


def dyn_rated(n: int):
    def check(out: dict) -> None:
        assert sum(1 for r in out.values() if r["dyn_klasse"]) == n, out

    return check


DYNAMIK_CASES = [
    Case(
        "missing-indicator-field",
        {"INDICATORS": ["n0", "d0", "fehlt", "d1", "+", "1"]},
        error="Field 'fehlt'",
    ),
    Case("missing-status-field", {"STATUS_FIELD": "status_alt"}, error="status_alt"),
    Case("unknown-status-class", {"STATUS_FIELD": "name"}, error="Unknown status class"),
    Case("index-difference-without-fields", {"METHOD": 1}, error="INDEX_T0 and INDEX_T1"),
    Case(
        "text-in-numeric-field",
        {"INPUT": lambda: dyn_areas(fields=[*DYN_FIELDS[:5], ("n1", "string"), DYN_FIELDS[6]])},
        check=dyn_rated(6),
    ),
    Case(
        "text-no-number",
        {
            "INPUT": lambda: dyn_areas(
                (4, 6, "k.A."), fields=[*DYN_FIELDS[:5], ("n1", "string"), DYN_FIELDS[6]]
            )
        },
        error="value 'k.A.' of feature 5 is not a number",
    ),
    Case(
        "null-status",
        {"INPUT": lambda: dyn_areas((2, 3, None))},
        warning="1 areas without Dynamik",
        check=lambda out: expect(out[3]["dyn_hinweis"] == "Status nicht bewertet", out[3]),
    ),
    Case(
        "null-value",
        {"INPUT": lambda: dyn_areas((1, 6, None))},
        warning="1 areas without Dynamik",
        check=lambda out: expect(out[2]["dyn_klasse"] is None and out[2]["si_klasse"] is None, out[2]),
    ),
    Case(
        "zero-denominator",
        {"INPUT": lambda: dyn_areas((0, 5, 0.0))},
        warning="1 areas without Dynamik",
        check=lambda out: expect(out[1]["dyn_hinweis"] == "Nenner 0 oder leer: d0", out[1]),
    ),
    Case(
        "negative-count",
        {"INPUT": lambda: dyn_areas((5, 6, -3.0))},
        warning="1 areas without Dynamik",
        check=lambda out: expect(out[6]["dyn_hinweis"] == "negativer Wert: n1", out[6]),
    ),
    Case("duplicate-ids", {"INPUT": lambda: dyn_areas((5, 1, 2))}, error="not unique: '2'"),
    Case("empty-layer", {"INPUT": lambda: dyn_areas(count=0)}, error="is empty"),
    Case("single-feature", {"INPUT": lambda: dyn_areas(count=1)}, error="Only 1 rated unit"),
    Case("constant-change", {"INDICATORS": ["n0", "d0", "n0", "d1", "+", "1"]}, error="constant"),
    Case("invalid-geometry-copied", {"INPUT": lambda: dyn_areas((0, 0, BOWTIE))}, check=dyn_rated(6)),
    Case("empty-geometry-copied", {"INPUT": lambda: dyn_areas((0, 0, None))}, check=dyn_rated(6)),
    Case(
        "multipart-copied",
        {"INPUT": lambda: dyn_areas((0, 0, MULTI), geometry="MultiPolygon")},
        check=dyn_rated(6),
    ),
    Case("geographic-crs", {"INPUT": lambda: dyn_areas(crs="EPSG:4326")}, check=dyn_rated(6)),
    Case(
        "non-ascii-long-names",
        {
            "INPUT": lambda: dyn_areas(
                (0, 2, "Ümläut-Straße " + "ß" * 200),
                fields=[*DYN_FIELDS[:5], (LONG, "double"), DYN_FIELDS[6]],
            ),
            "INDICATORS": ["n0", "d0", LONG, "d1", "+", "1"],
        },
        check=lambda out: expect(
            out[1]["name"].startswith("Ümläut") and out[1][f"dyn_z_{LONG}"] is not None, out[1]
        ),
    ),
    Case(
        "result-field-in-input",
        {"INPUT": lambda: dyn_areas(fields=[DYN_FIELDS[0], ("dyn_klasse", "string"), *DYN_FIELDS[2:]])},
        warning="Input field 'dyn_klasse' is replaced",
        check=dyn_rated(6),
    ),
    Case("unwritable-output", {"OUTPUT": lambda: "/proc/sozialplanung/out.gpkg"}, error="."),
]


@pytest.mark.parametrize("case", ids(DYNAMIK_CASES))
def test_dynamik_bad_input(case, tmp_path):
    run_case("sozialplanung:dynamik", dyn_base(), case, tmp_path)


# ------------------------------------------------------------------ aggregate
BLOCK_FIELDS = [("block", "integer"), ("key", "string"), ("ew", "integer"), ("sgb2", "integer")]


def blocks(*changes, geometry="Polygon", crs="EPSG:25832", fields=BLOCK_FIELDS, count=6):
    """Six 100 m blocks: 0-2 in the west quarter (key W), 3-5 in the east one (key O)."""
    data = [
        [square(i * 100 + 10, 10, 80), i, "W" if i < 3 else "O", 100 * (i + 1), 10 * (i + 1)]
        for i in range(count)
    ]
    for row, col, value in changes:
        data[row][col] = value
    return memory_layer(geometry, fields, data, crs)


def quarters(*changes, crs="EPSG:25832", fields=(("qid", "string"), ("name", "string"))):
    data = [
        ["POLYGON((0 0,300 0,300 100,0 100,0 0))", "W", "West"],
        ["POLYGON((300 0,600 0,600 100,300 100,300 0))", "O", "Ost"],
    ]
    for row, col, value in changes:
        data[row][col] = value
    if crs != "EPSG:25832":
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:25832"),
            QgsCoordinateReferenceSystem(crs),
            QgsProject.instance(),
        )
        for row in data:
            geom = QgsGeometry.fromWkt(row[0])
            geom.transform(transform)
            row[0] = geom.asWkt(9)
    return memory_layer("Polygon", list(fields), data, crs)


def agg_base() -> dict:
    return {"INPUT": blocks, "TARGET": quarters, "METHOD": 1, "FIELDS": ["ew", "sgb2"]}


def sums(west: tuple, east: tuple):
    """Check (ew, sgb2, n_einheiten) of both quarters."""

    def check(out: dict) -> None:
        got = [tuple(out[q][k] for k in ("ew", "sgb2", "n_einheiten")) for q in ("W", "O")]
        assert got == [west, east], got

    return check


ALL = sums((600, 60, 3), (1500, 150, 3))

AGGREGATE_CASES = [
    Case("key-method-without-keys", {"METHOD": 0}, error="INPUT_KEY and TARGET_KEY"),
    Case("missing-key-field", {"METHOD": 0, "INPUT_KEY": "fehlt", "TARGET_KEY": "qid"}, error="fehlt"),
    Case("missing-count-field", {"FIELDS": ["ew", "fehlt"]}, error="fehlt"),
    Case(
        "duplicate-target-keys",
        {"METHOD": 0, "INPUT_KEY": "key", "TARGET_KEY": "qid", "TARGET": lambda: quarters((1, 1, "W"))},
        error="not unique: 'W'",
    ),
    Case(
        "null-keys-do-not-match",
        {
            "METHOD": 0,
            "INPUT_KEY": "key",
            "TARGET_KEY": "qid",
            "INPUT": lambda: blocks((0, 2, None)),
            "TARGET": lambda: quarters((1, 1, None)),
        },
        warning="4 fine units lie in no coarse unit",
        key="name",
        check=lambda out: expect((out["West"]["ew"], out["Ost"]["ew"]) == (500, 0), out),
    ),
    Case(
        "numbers-as-text",
        {
            "INPUT": lambda: blocks(
                (1, 3, "200,0"), fields=[*BLOCK_FIELDS[:2], ("ew", "string"), BLOCK_FIELDS[3]]
            )
        },
        check=ALL,
    ),
    Case(
        "text-count-field",
        {
            "INPUT": lambda: blocks(
                (1, 3, "viel"), fields=[*BLOCK_FIELDS[:2], ("ew", "string"), BLOCK_FIELDS[3]]
            )
        },
        error="Field 'ew': value 'viel' of feature",
    ),
    Case(
        "null-counts",
        {"INPUT": lambda: blocks((1, 3, None))},
        warning="Field 'ew': 1 fine units are NULL and count as 0",
        check=sums((400, 60, 3), (1500, 150, 3)),
    ),
    Case("negative-count", {"INPUT": lambda: blocks((4, 4, -7))}, error="Field 'sgb2'.*negative.*-7"),
    Case(
        "outside-all-targets",
        {"INPUT": lambda: blocks((5, 0, square(5000, 5000)))},
        warning="1 fine units lie in no coarse unit",
        check=sums((600, 60, 3), (900, 90, 2)),
    ),
    Case("empty-input", {"INPUT": lambda: blocks(count=0)}, error="is empty"),
    Case(
        "empty-target", {"TARGET": lambda: memory_layer("Polygon", [("qid", "string")], [])}, error="is empty"
    ),
    Case("single-feature", {"INPUT": lambda: blocks(count=1)}, check=sums((100, 10, 1), (0, 0, 0))),
    Case(
        "invalid-target-geometry",
        {"TARGET": lambda: quarters((0, 0, "POLYGON((0 0,300 100,300 0,0 100,0 0))"))},
        warning="invalid geometr",
        check=lambda out: expect(out["O"]["ew"] == 1500 and out["W"]["n_einheiten"] >= 1, out),
    ),
    Case(
        "invalid-fine-geometry-area",
        {"METHOD": 2, "INPUT": lambda: blocks((0, 0, "POLYGON((10 10,90 90,90 10,10 90,10 10))"))},
        check=lambda out: expect(out["W"]["ew"] == pytest.approx(600) and out["O"]["ew"] == 1500, out),
    ),
    Case(
        "empty-fine-geometry",
        {"INPUT": lambda: blocks((2, 0, None))},
        warning="1 fine units lie in no coarse unit",
        check=sums((300, 30, 2), (1500, 150, 3)),
    ),
    Case(
        "multipart-fine-units",
        {
            "INPUT": lambda: blocks(
                (
                    0,
                    0,
                    "MULTIPOLYGON(((10 10,90 10,90 90,10 90,10 10)),((110 10,120 10,120 20,110 20,110 10)))",
                ),
                geometry="MultiPolygon",
            )
        },
        check=ALL,
    ),
    Case("target-in-geographic-crs", {"TARGET": lambda: quarters(crs="EPSG:4326")}, check=ALL),
    Case(
        "layers-in-different-crs-area",
        {"METHOD": 2, "TARGET": lambda: quarters(crs="EPSG:3857")},
        check=lambda out: expect(
            (out["W"]["ew"], out["O"]["ew"]) == (pytest.approx(600, rel=1e-3), pytest.approx(1500, rel=1e-3)),
            out,
        ),
    ),
    Case(
        "fine-units-without-geometry",
        {"INPUT": lambda: blocks(geometry="None")},
        error="needs fine units with geometry",
    ),
    Case(
        "non-ascii-long-names",
        {
            "INPUT": lambda: blocks(fields=[*BLOCK_FIELDS[:2], (LONG, "integer"), BLOCK_FIELDS[3]]),
            "TARGET": lambda: quarters((0, 2, "Ümläut-Straße " + "ß" * 200)),
            "FIELDS": [LONG],
        },
        check=lambda out: expect(out["W"][LONG] == 600 and out["W"]["name"].startswith("Ümläut"), out),
    ),
    Case(
        "count-field-in-target",
        {"TARGET": lambda: quarters(fields=(("qid", "string"), ("ew", "string")))},
        warning="Input field 'ew' is replaced",
        check=ALL,
    ),
    Case("unwritable-output", {"OUTPUT": lambda: "/proc/sozialplanung/out.gpkg"}, error="."),
]


@pytest.mark.parametrize("case", ids(AGGREGATE_CASES))
def test_aggregate_bad_input(case, tmp_path):
    if case.key == "id":
        case.key = "qid"
    run_case("sozialplanung:aggregate", agg_base(), case, tmp_path)
