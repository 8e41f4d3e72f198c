"""PostGIS end to end: a PostgreSQL server of our own, demo data in PostGIS, results in PostGIS.

The fixture starts a throwaway PostgreSQL cluster (Debian ``postgresql`` and
``postgis``, installed by ``make deps``) on a free local port, as the
``postgres`` user when the tests run as root, and stops it at the end. Each
algorithm runs once on GeoPackage input/output and once on PostGIS
input/output; the results must be equal, with umlauts, NULLs and ids above
2^31 preserved.
"""

from __future__ import annotations

import glob
import math
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from helpers import DEMO_GPKG, run
from qgis.core import Qgis, QgsDataSourceUri, QgsVectorLayer, QgsVectorLayerExporter
from sozialplanung.algorithms.base import is_null
from sozialplanung.algorithms.compat import make_field
from sozialplanung.core.presets import OBERHAUSEN, change_matrix, count_fields, status_matrix

BIG = 3_000_000_000  # ids above 2^31 need bigint
DB = "sozialplanung"


def postgres_bin() -> Path | None:
    """The bin folder of the newest installed PostgreSQL with PostGIS, or None."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: float(Path(p).parent.name)):
        version = Path(folder).parent.name
        if (Path(folder) / "initdb").exists() and glob.glob(
            f"/usr/share/postgresql/{version}/extension/postgis.control"
        ):
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A PostgreSQL cluster in a temporary folder, run as 'postgres' when we are root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="sozialplanung_pg_"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")

    def cmd(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        proc = subprocess.run(
            [*prefix, str(self.bindir / tool), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if check:
            assert proc.returncode == 0, f"{tool}: {proc.stdout}\n{proc.stderr}"
        return proc

    def start(self) -> None:
        self.cmd("initdb", "-D", str(self.data), "-U", "sp", "--auth=trust", "-E", "UTF8", "--locale=C")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.cmd("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w", "start")
        self.sql("postgres", f"CREATE DATABASE {DB}")
        self.sql(DB, "CREATE EXTENSION postgis")

    def sql(self, database: str, statement: str) -> str:
        return self.cmd(
            "psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "sp", "-d", database, "-Atc", statement
        ).stdout

    def stop(self) -> None:
        self.cmd("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def uri(self, table: str, geometry: str | None = "geom") -> str:
        """QGIS data source string of a table."""
        uri = QgsDataSourceUri()
        uri.setConnection("127.0.0.1", str(self.port), DB, "sp", "")
        uri.setDataSource("public", table, geometry)
        return uri.uri(False)


@pytest.fixture(scope="module")
def server():
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL with PostGIS is not installed (make deps installs it)")
    srv = Server(bindir)
    try:
        srv.start()
        yield srv
    finally:
        srv.stop()


def export(layer: QgsVectorLayer, uri: str) -> None:
    """Copy a layer into a PostGIS table (overwriting it)."""
    error, message = QgsVectorLayerExporter.exportLayer(
        layer, uri, "postgres", layer.crs(), False, {"overwrite": True, "lowercaseFieldNames": True}
    )
    assert error == Qgis.VectorExportResult.Success, message


def areas_with_edge_cases(tmp: Path) -> QgsVectorLayer:
    """Demo blocks aggregated to Sozialquartiere, plus bigint ids, NULLs and umlauts."""
    aggregated = run(
        "sozialplanung:aggregate",
        {
            "INPUT": f"{DEMO_GPKG}|layername=baubloecke",
            "TARGET": f"{DEMO_GPKG}|layername=sozialquartiere",
            "METHOD": 1,
            "FIELDS": count_fields(OBERHAUSEN, ["2021", "2023"]),
            "OUTPUT": str(tmp / "aggregated.gpkg"),
        },
    )["OUTPUT"]
    layer = QgsVectorLayer(aggregated, "areas", "ogr")
    provider = layer.dataProvider()
    provider.addAttributes([make_field("big_id", "long")])
    layer.updateFields()
    big, name = layer.fields().indexOf("big_id"), layer.fields().indexOf("name")
    sgb2, hh = layer.fields().indexOf("sgb2_2023"), layer.fields().indexOf("hh_kinder_2021")
    changes = {}
    for feat in layer.getFeatures():
        sq = feat["sq_id"]
        values = {big: BIG + int(sq) * 1000}
        if sq == 3:
            values[sgb2] = None  # NULL count: not rated
        if sq == 5:
            values[hh] = None  # NULL at t0: no Dynamik
        if sq == 6:
            values[name] = "Brücktorviertel Ää Öö Üü ß"
        changes[feat.id()] = values
    assert provider.changeAttributeValues(changes)
    return QgsVectorLayer(aggregated, "areas", "ogr")


def table_rows(source: str, provider: str, key: tuple[str, ...]) -> dict:
    """Attributes (minus fid/id) and a geometry summary of each feature, keyed by the ``key`` fields."""
    layer = QgsVectorLayer(source, "out", provider)
    assert layer.isValid(), source
    names = [n for n in layer.fields().names() if n not in ("fid", "id")]
    out = {}
    for feat in layer.getFeatures():
        values = {n: None if is_null(feat[n]) else feat[n] for n in names}
        geom = feat.geometry()
        if not geom.isNull():
            values["_geometry"] = (round(geom.area(), 2), round(geom.length(), 2), geom.centroid().asWkt(2))
        out[tuple(values[k] for k in key)] = values
    assert len(out) == layer.featureCount(), f"{key} is not unique in {source}"
    return out


def assert_same(gpkg: dict, pg: dict) -> None:
    """Equal keys, fields and values (floats to 1e-9 relative)."""
    assert gpkg.keys() == pg.keys()
    for key, row in gpkg.items():
        other = pg[key]
        assert row.keys() == other.keys(), set(row) ^ set(other)
        for name, value in row.items():
            if isinstance(value, float) or isinstance(other[name], float):
                assert (value is None) == (other[name] is None), (key, name)
                if value is not None:
                    assert math.isclose(value, other[name], rel_tol=1e-9, abs_tol=1e-9), (key, name)
            else:
                assert value == other[name], (key, name, value, other[name])


def compare_runs(
    server, alg: str, gpkg_params: dict, pg_params: dict, outputs: dict, tmp: Path, tables: tuple = ()
) -> dict:
    """Run ``alg`` on GeoPackage and on PostGIS; outputs maps output name -> key fields.

    ``tables`` names the outputs without geometry.

    Returns the PostGIS rows per output (after asserting they equal the GeoPackage rows).
    """
    stem = alg.split(":")[1]
    gpkg_out = {name: str(tmp / f"{stem}_{name.lower()}.gpkg") for name in outputs}
    pg_out = {name: f"{stem}_{name.lower()}" for name in outputs}
    result = run(alg, {**gpkg_params, **gpkg_out})
    pg_uri = {name: server.uri(t, None if name in tables else "geom") for name, t in pg_out.items()}
    run(alg, {**pg_params, **{name: f"postgis:{uri}" for name, uri in pg_uri.items()}})
    found = {}
    for name, key in outputs.items():
        found[name] = table_rows(pg_uri[name], "postgres", key)
        assert_same(table_rows(result[name], "ogr", key), found[name])
    return found


def pg_input(server, table: str) -> str:
    """A PostGIS table as Processing input string."""
    return f"postgres://{server.uri(table)}"


@pytest.fixture(scope="module")
def areas(server, tmp_path_factory):
    """The edge-case areas as GeoPackage layer and as PostGIS table 'areas'; demo points in PostGIS."""
    layer = areas_with_edge_cases(tmp_path_factory.mktemp("areas"))
    export(layer, server.uri("areas"))
    for name in ("einrichtungen", "poi_osm", "adressen"):
        export(QgsVectorLayer(f"{DEMO_GPKG}|layername={name}", name, "ogr"), server.uri(name))
    return layer


def algorithm_available(alg: str) -> bool:
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(alg) is not None


def test_postgis_server_has_postgis(server):
    assert server.sql(DB, "SELECT postgis_lib_version()").strip().startswith("3.")


def test_sozialindex_and_dynamik_in_postgis_equal_geopackage(server, areas, tmp_path):
    pg_areas = QgsVectorLayer(server.uri("areas"), "areas", "postgres")
    assert pg_areas.isValid() and pg_areas.featureCount() == 27
    assert pg_areas.fields().field("big_id").typeName() == "int8"

    index = {
        "ID_FIELD": "big_id",
        "INDICATORS": status_matrix(OBERHAUSEN, "2023"),
        "POPULATION_FIELD": "ew_2023",
    }
    si = compare_runs(
        server,
        "sozialplanung:sozialindex",
        {**index, "INPUT": areas},
        {**index, "INPUT": pg_input(server, "areas")},
        {"OUTPUT": ("big_id",)},
        tmp_path,
    )["OUTPUT"]
    assert si[(BIG + 3000,)]["si_status"] is None and si[(BIG + 3000,)]["sgb2_2023"] is None
    assert si[(BIG + 3000,)]["si_hinweis"] == "Wert fehlt: sgb2_2023"
    assert si[(BIG + 6000,)]["name"] == "Brücktorviertel Ää Öö Üü ß"
    assert sum(1 for r in si.values() if r["si_status"]) >= 20
    column = (
        "SELECT data_type FROM information_schema.columns WHERE table_name = '{0}' AND column_name = 'big_id'"
    )
    assert server.sql(DB, column.format("sozialindex_output")).strip() == "bigint"

    dyn = {
        "ID_FIELD": "big_id",
        "STATUS_FIELD": "si_status",
        "INDICATORS": change_matrix(OBERHAUSEN, "2021", "2023"),
    }
    out = compare_runs(
        server,
        "sozialplanung:dynamik",
        {**dyn, "INPUT": str(tmp_path / "sozialindex_output.gpkg")},
        {**dyn, "INPUT": pg_input(server, "sozialindex_output")},
        {"OUTPUT": ("big_id",)},
        tmp_path,
    )["OUTPUT"]
    assert out[(BIG + 5000,)]["dyn_klasse"] is None and out[(BIG + 5000,)]["dyn_hinweis"]
    assert out[(BIG + 3000,)]["dyn_hinweis"].startswith("Status nicht bewertet")
    assert server.sql(DB, column.format("dynamik_output")).strip() == "bigint"
    labels = {
        f"{s} & {d}"
        for s in ("Hoch", "Mittel", "Niedrig", "Sehr Niedrig")
        for d in ("Positiv", "Stabil", "Negativ")
    }
    assert {r["si_klasse"] for r in out.values()} - {None} <= labels


def test_offergap_in_postgis_equals_geopackage(server, areas, tmp_path):
    if not algorithm_available("sozialplanung:offergap"):
        pytest.skip("offergap is not registered")
    common = {
        "ID_FIELD": "big_id",
        "NEED_FIELD": "ew_2023",
        "CATEGORY_FIELD": "kategorie",
        "CAPACITY_FIELD": "plaetze",
        "DEMAND_FIELD": "einwohner",
        "RADIUS": 1000,
    }
    gpkg = {
        **common,
        "AREAS": areas,
        "OFFERS": f"{DEMO_GPKG}|layername=einrichtungen",
        "DEMAND": f"{DEMO_GPKG}|layername=adressen",
    }
    pg = {
        **common,
        "AREAS": pg_input(server, "areas"),
        "OFFERS": pg_input(server, "einrichtungen"),
        "DEMAND": pg_input(server, "adressen"),
    }
    long_key = ("big_id", "kategorie", "kennzahl")
    found = compare_runs(
        server,
        "sozialplanung:offergap",
        gpkg,
        pg,
        {"OUTPUT": ("big_id",), "OUTPUT_TABLE": long_key},
        tmp_path,
        tables=("OUTPUT_TABLE",),
    )
    assert len(found["OUTPUT"]) == 27 and (BIG + 6000,) in found["OUTPUT"]
    assert any(name.startswith("og_kita_") for name in found["OUTPUT"][(BIG + 1000,)])


def test_poimatch_in_postgis_equals_geopackage(server, areas, tmp_path):
    if not algorithm_available("sozialplanung:poimatch"):
        pytest.skip("poimatch is not registered")
    common = {
        "REGISTER_ID": "einr_id",
        "REGISTER_NAME": "name",
        "REGISTER_CATEGORY": "kategorie",
        "REGISTER_ADDRESS": "adresse",
        "POI_ID": "osm_id",
        "POI_NAME": "name",
        "POI_CATEGORY": "amenity",
        "POI_ADDRESS": "addr_street",
        "POI_HOUSENUMBER": "addr_housenumber",
    }
    gpkg = {
        **common,
        "REGISTER": f"{DEMO_GPKG}|layername=einrichtungen",
        "POIS": f"{DEMO_GPKG}|layername=poi_osm",
    }
    pg = {**common, "REGISTER": pg_input(server, "einrichtungen"), "POIS": pg_input(server, "poi_osm")}
    outputs = {
        "OUTPUT_REGISTER": ("einr_id",),
        "OUTPUT_NEW": ("osm_id",),
        "OUTPUT_LINKS": ("pm_register_id", "pm_poi_id"),
    }
    found = compare_runs(server, "sozialplanung:poimatch", gpkg, pg, outputs, tmp_path)
    statuses = {r["pm_status"] for r in found["OUTPUT_REGISTER"].values()}
    assert "bestätigt" in statuses
    assert any(r["name"] and "ü" in r["name"] for r in found["OUTPUT_REGISTER"].values())


def test_canceled_run_drops_its_postgis_table(server, tmp_path):
    """Cancel while the output table is being written: the table is dropped again."""
    import sys

    from helpers import ROOT
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    sys.path.insert(0, str(ROOT / "bench"))
    from datagen import areas_gpkg

    export(QgsVectorLayer(f"{areas_gpkg(5000, 3)}|layername=areas", "areas", "ogr"), server.uri("many"))
    feedback = QgsProcessingFeedback()
    seen = []

    def on_progress(progress: float) -> None:
        if progress >= 50 and not seen:  # the sink exists from 50 % on
            seen.append(server.sql(DB, "SELECT to_regclass('public.many_si') IS NOT NULL").strip())
            feedback.cancel()

    feedback.progressChanged.connect(on_progress)
    params = {
        "INPUT": f"postgres://{server.uri('many')}",
        "ID_FIELD": "area_id",
        "INDICATORS": status_matrix(OBERHAUSEN, "2023"),
        "OUTPUT": f"postgis:{server.uri('many_si')}",
    }
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run("sozialplanung:sozialindex", params, feedback)
    assert seen == ["t"]
    assert server.sql(DB, "SELECT to_regclass('public.many_si') IS NULL").strip() == "t"
