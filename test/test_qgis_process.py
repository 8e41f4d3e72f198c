"""The plugin in qgis_process.bin: enable, list, help, run (subprocess, fresh profile)."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import memory_layer, qgis_process, qgis_process_json, rows, square, write_gpkg
from qgis.core import QgsVectorLayer


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A throwaway home (QGIS profile) with the plugin enabled."""
    path = tmp_path_factory.mktemp("qgis_home")
    proc = qgis_process("plugins", "enable", "sozialplanung", home=path, check=False)
    assert "sozialplanung" in proc.stdout + proc.stderr
    return path


@pytest.fixture(scope="module")
def blocks_gpkg(tmp_path_factory):
    """A GeoPackage with six blocks with counts at two dates, two of them in each of three quarters."""
    path = tmp_path_factory.mktemp("data") / "bloecke.gpkg"
    layer = memory_layer(
        "Polygon",
        [
            ("id", "integer"),
            ("name", "string"),
            ("ew", "integer"),
            ("sgb2_t0", "integer"),
            ("sgb2_t1", "integer"),
        ],
        [(square(i * 100, 0), i + 1, f"Block {i + 1}", 1000, 100 + 10 * i, 100 + 40 * i) for i in range(6)],
    )
    quarters = memory_layer(
        "Polygon",
        [("qid", "integer"), ("name", "string")],
        [
            (
                f"POLYGON(({x} 0,{x + 200} 0,{x + 200} 100,{x} 100,{x} 0))",
                x // 200 + 1,
                f"Quartier {x // 200 + 1}",
            )
            for x in (0, 200, 400)
        ],
    )
    write_gpkg(path, {"bloecke": layer, "quartiere": quarters})
    return path


def quarter_rows(path) -> dict:
    """The quarters of an output GeoPackage by qid; checks that they sum blocks (1,2), (3,4), (5,6):
    ew 2000 each, sgb2_t1 = 240, 400, 560."""
    result = rows(QgsVectorLayer(str(path), "q", "ogr"), "qid")
    assert [result[q]["ew"] for q in (1, 2, 3)] == [2000, 2000, 2000]
    assert [result[q]["sgb2_t1"] for q in (1, 2, 3)] == [240, 400, 560]
    return result


def test_plugin_enabled_and_listed(home):
    listing = qgis_process("list", home=home).stdout
    for alg in ("sozialplanung:sozialindex", "sozialplanung:dynamik", "sozialplanung:aggregate"):
        assert alg in listing
    assert "Sozialplanung" in listing
    plugins = qgis_process("plugins", home=home).stdout
    assert "* sozialplanung" in plugins  # enabled


def test_help_lists_parameters(home):
    text = qgis_process("help", "sozialplanung:sozialindex", home=home).stdout
    for name in ("INPUT", "ID_FIELD", "INDICATORS", "MIN_POPULATION", "CUT_SEHR_NIEDRIG", "OUTPUT"):
        assert name in text


def test_run_status_and_dynamik_chain(home, blocks_gpkg, tmp_path):
    status = tmp_path / "status.gpkg"
    result = qgis_process_json(
        "run",
        "sozialplanung:sozialindex",
        "--",
        f"INPUT={blocks_gpkg}|layername=bloecke",
        "ID_FIELD=id",
        "INDICATORS=sgb2_t1,ew,+,1",
        "POPULATION_FIELD=ew",
        f"OUTPUT={status}",
        home=home,
    )
    assert result["results"]["OUTPUT"].startswith(str(status))
    dyn = tmp_path / "dynamik.gpkg"
    qgis_process_json(
        "run",
        "sozialplanung:dynamik",
        "--",
        f"INPUT={status}",
        "ID_FIELD=id",
        "INDICATORS=sgb2_t0,ew,sgb2_t1,ew,+,1",
        f"OUTPUT={dyn}",
        home=home,
    )
    layer = QgsVectorLayer(str(dyn), "dyn", "ogr")
    out = rows(layer, "id")
    # shares 10..30 % rising linearly: z = -1.46, -0.88, -0.29, 0.29, 0.88, 1.46
    assert [out[i]["si_status"] for i in range(1, 7)] == [
        "Hoch",
        "Mittel",
        "Mittel",
        "Mittel",
        "Mittel",
        "Niedrig",
    ]
    assert out[1]["si_klasse"] == "Hoch & Stabil" and out[6]["si_klasse"] == "Niedrig & Negativ"
    assert out[6]["si_aufmerksam"] == 1
    with sqlite3.connect(dyn) as db:
        assert db.execute("select styleName from layer_styles where useAsDefault").fetchall() == [
            ("sozialindex_11",)
        ]
    assert layer.renderer().classAttribute() == "si_klasse"


def test_aggregate_centroid_run(home, blocks_gpkg, tmp_path):
    """Blocks into quarters by point on surface (the bulk location path) through qgis_process.bin."""
    out = tmp_path / "quartiere.gpkg"
    qgis_process_json(
        "run",
        "sozialplanung:aggregate",
        "--",
        f"INPUT={blocks_gpkg}|layername=bloecke",
        f"TARGET={blocks_gpkg}|layername=quartiere",
        "METHOD=1",
        "FIELDS=ew",
        "FIELDS=sgb2_t1",
        f"OUTPUT={out}",
        home=home,
    )
    result = quarter_rows(out)
    assert [result[q]["n_einheiten"] for q in (1, 2, 3)] == [2, 2, 2]


def test_bad_input_is_a_clear_error_not_a_traceback(home, blocks_gpkg, tmp_path):
    out = tmp_path / "x.gpkg"
    proc = qgis_process(
        "run",
        "sozialplanung:sozialindex",
        "--",
        f"INPUT={blocks_gpkg}|layername=bloecke",
        "ID_FIELD=id",
        "INDICATORS=fehlt,ew,+,1",
        f"OUTPUT={out}",
        home=home,
        check=False,
    )
    assert proc.returncode != 0
    assert "Field 'fehlt' (INDICATORS) does not exist" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert not out.exists()


def test_bundled_model_runs_in_qgis_process(home, blocks_gpkg, tmp_path):
    assert "sozialplanung:sozialindex_dynamik" in qgis_process("list", home=home).stdout
    out = tmp_path / "modell.gpkg"
    qgis_process_json(
        "run",
        "sozialplanung:sozialindex_dynamik",
        "--",
        f"BLOCKS={blocks_gpkg}|layername=bloecke",
        f"AREAS={blocks_gpkg}|layername=quartiere",
        "ID_FIELD=qid",
        "POPULATION_FIELD=ew",
        "INDICATORS=sgb2_t1,ew,+,1",
        "INDICATORS_DYNAMIK=sgb2_t0,ew,sgb2_t1,ew,+,1",
        f"dynamik:Sozialindex={out}",
        home=home,
    )
    result = quarter_rows(out)  # SGB II shares 12, 20, 28 %
    assert [result[q]["si_status"] for q in (1, 2, 3)] == ["Hoch", "Mittel", "Niedrig"]
    assert result[3]["si_klasse"] == "Niedrig & Negativ"
