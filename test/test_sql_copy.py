"""GeoPackage outputs written by SQLite (algorithms/io/gpkg.py) equal those of the feature loop."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from helpers import memory_layer, recorder, run, square, write_gpkg
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsRectangle, QgsVectorLayer
from sozialplanung.algorithms.io import gpkg, writing

FIELDS = [
    ("gebiet", "string"),
    ("big_id", "long"),
    ("ew", "integer"),
    ("sgb2", "double"),
    ("alo", "double"),
    ("text_zahl", "string"),
    ("si_index", "double"),  # replaced by the result: left out of the copy
]


def areas(n: int = 60) -> QgsVectorLayer:
    """Areas with umlauts, ids beyond 2^31, NULLs, an empty geometry and an invalid bow tie."""
    rows = []
    for i in range(n):
        wkt = square(1000.0 * (i % 8), 1000.0 * (i // 8))
        if i == 5:
            wkt = None
        if i == 7:
            wkt = "POLYGON((0 0,10 10,10 0,0 10,0 0))"
        sgb2 = None if i == 3 else float(i % 17) + 0.25
        rows.append(
            (wkt, f"Gebiet Ä{i}ß", 3_000_000_000 + i, 500 + 37 * i, sgb2, float((i * 7) % 11), str(i), 9.0)
        )
    return memory_layer("Polygon", FIELDS, rows)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    path = tmp_path_factory.mktemp("sqlcopy") / "in.gpkg"
    write_gpkg(path, {"areas": areas()})
    return f"{path}|layername=areas"


def sozialindex(layer: str, out: str) -> dict:
    return {
        "INPUT": layer,
        "ID_FIELD": "big_id",
        "INDICATORS": ["sgb2", "", "+", "1", "alo", "ew", "+", "2"],
        "POPULATION_FIELD": "ew",
        "MIN_POPULATION": 600,
        "OUTPUT": out,
    }


def dump(path: str, table: str) -> dict:
    """Everything a reader sees of a GeoPackage table: columns, rows, spatial index, count, extent."""
    with closing(sqlite3.connect(path)) as con:
        columns = con.execute(f'PRAGMA table_info("{table}")').fetchall()
        rows = con.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()
        geom = con.execute(
            "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
            (table,),
        ).fetchone()
        rtree = con.execute(f'SELECT * FROM "rtree_{table}_{geom[0]}" ORDER BY id').fetchall()
        count = con.execute(
            "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?", (table,)
        ).fetchone()
        extent = con.execute(
            "SELECT min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = ?", (table,)
        ).fetchone()
        valid = con.execute(f"SELECT rtreecheck('rtree_{table}_{geom[0]}')").fetchone()
        triggers = sorted(
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name = ?", (table,)
            )
        )
    return {
        "columns": columns,
        "rows": rows,
        "geom": geom,
        "rtree": rtree,
        "count": count,
        "extent": extent,
        "triggers": triggers,
        "rtreecheck": valid,
    }


def both(monkeypatch, alg: str, params: dict, folder, table: str = "out") -> tuple[dict, dict, list]:
    """The output of the SQL copy and of the feature loop, and the SQL run's log."""
    results, filled = [], []
    fill = gpkg.fill
    monkeypatch.setattr(gpkg, "fill", lambda *a: filled.append(a[0].out_table) or fill(*a))
    for sql, name in ((True, "sql"), (False, "loop")):
        monkeypatch.setattr(writing, "SQL_COPY", sql)
        path = folder / f"{name}.gpkg"
        feedback = recorder()
        run(alg, {**params, "OUTPUT": f"{path}|layername={table}"}, feedback)
        results.append((dump(str(path), table), feedback))
    assert len(filled) == 1  # the SQL run went through gpkg.fill, the loop run did not
    sql, loop = results[0][0], results[1][0]
    # GDAL leaves the cached feature count of the loop's output NULL (count on demand); SQL stores it
    assert sql.pop("count") == (len(sql["rows"]),) and loop.pop("count") in ((None,), (len(loop["rows"]),))
    return sql, loop, results[0][1].warnings


def test_sozialindex_output_by_sql_equals_the_feature_loop(tmp_path, monkeypatch, source):
    sql, loop, warnings = both(monkeypatch, "sozialplanung:sozialindex", sozialindex(source, ""), tmp_path)
    assert sql == loop
    assert len(sql["rows"]) == 60
    assert any("si_index" in w for w in warnings)  # the replaced input field
    names = [c[1] for c in sql["columns"]]
    assert names[:3] == ["fid", "geom", "gebiet"] and "si_status" in names and names.count("si_index") == 1
    row = dict(zip(names, sql["rows"][10]))
    assert (
        row["gebiet"] == "Gebiet Ä10ß"
        and row["big_id"] == 3_000_000_010
        and row["si_status"] in ("Hoch", "Mittel", "Niedrig", "Sehr Niedrig")
    )
    assert dict(zip(names, sql["rows"][5]))["geom"][3] & 0x10  # the feature without geometry: empty
    layer = QgsVectorLayer(f"{tmp_path / 'sql.gpkg'}|layername=out", "out", "ogr")
    assert layer.featureCount() == 60 and layer.extent().xMaximum() == 7100.0


def test_spatial_index_copied_as_it_is_or_box_by_box(tmp_path, monkeypatch, source):
    """The input's R*Tree is copied as it is when the layouts agree, else rebuilt box by box: the
    same boxes, a valid tree, and QGIS finds the same features through it."""
    layouts, outputs = [], {}
    same = gpkg.same_rtree_layout
    for copied in (True, False):
        check = same if copied else (lambda *a: False)
        monkeypatch.setattr(
            gpkg, "same_rtree_layout", lambda *a, check=check: layouts.append(check(*a)) or layouts[-1]
        )
        path = tmp_path / f"{copied}.gpkg"
        run("sozialplanung:sozialindex", sozialindex(source, f"{path}|layername=out"))
        outputs[copied] = dump(str(path), "out")
        layer = QgsVectorLayer(f"{path}|layername=out", "out", "ogr")
        rect = QgsRectangle(500, 500, 3500, 2500)
        found = sorted(f["gebiet"] for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)))
        expected = sorted(
            f["gebiet"]
            for f in layer.getFeatures()
            if f.hasGeometry() and f.geometry().boundingBox().intersects(rect)
        )
        assert found == expected and len(found) >= 4
    assert layouts == [True, False]
    assert outputs[True] == outputs[False] and outputs[True]["rtreecheck"] == ("ok",)
    assert len(outputs[True]["rtree"]) == 59  # one feature has no geometry


def test_dynamik_and_a_layer_in_an_existing_geopackage(tmp_path, monkeypatch, source):
    """The temporary layer of an existing GeoPackage is filled by SQL too; the other layers stay."""
    status_run = run("sozialplanung:sozialindex", sozialindex(source, str(tmp_path / "status.gpkg")))
    params = {
        "INPUT": status_run["OUTPUT"],
        "ID_FIELD": "big_id",
        "STATUS_FIELD": "si_status",
        "INDICATORS": ["", "", "sgb2", "", "+", "1", "", "", "alo", "ew", "-", "1"],
        "OUTPUT": "",
    }
    for name in ("sql", "loop"):
        write_gpkg(tmp_path / f"{name}.gpkg", {"andere": areas(3), "out": areas(2)})
    sql, loop, _ = both(monkeypatch, "sozialplanung:dynamik", params, tmp_path)
    assert sql == loop and len(sql["rows"]) == 60
    with closing(sqlite3.connect(tmp_path / "sql.gpkg")) as con:
        tables = sorted(
            r[0] for r in con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")
        )
    assert tables == ["andere", "out"]


def test_cancel_during_the_sql_copy_leaves_nothing(tmp_path, monkeypatch, source):
    monkeypatch.setattr(gpkg, "STEPS", 50)  # the progress handler runs often: the cancel hits the copy
    interrupted = []
    fill = gpkg.fill

    def watched(*args):
        try:
            fill(*args)
        except sqlite3.OperationalError as err:
            interrupted.append(str(err))
            raise

    monkeypatch.setattr(gpkg, "fill", watched)
    out = tmp_path / "out.gpkg"
    state = {"writing": False}
    feedback = recorder(cancel_when=lambda: state["writing"])
    feedback.progressChanged.connect(lambda p: state.update(writing=state["writing"] or p >= 50))
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run("sozialplanung:sozialindex", sozialindex(source, str(out)), feedback)
    assert interrupted == ["interrupted"]
    assert list(tmp_path.iterdir()) == []


def test_memory_input_keeps_the_feature_loop(tmp_path, monkeypatch):
    """No GeoPackage input: the loop writes (and gives the same table as from a GeoPackage)."""
    calls = []
    original = writing.copy_in_sql
    monkeypatch.setattr(writing, "copy_in_sql", lambda *a: calls.append(original(*a)) or calls[-1])
    out = tmp_path / "mem.gpkg"
    run("sozialplanung:sozialindex", sozialindex(areas(), f"{out}|layername=out"))
    assert calls == [False]
    assert len(dump(str(out), "out")["rows"]) == 60
