"""Cancelling a long run from another thread stops it quickly and leaves no output file."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from helpers import ROOT, run
from qgis.core import QgsProcessingException, QgsProcessingFeedback

sys.path.insert(0, str(ROOT / "bench"))
from datagen import areas_gpkg, coarse_gpkg, count_names  # noqa: E402
from sozialplanung.core.presets import OBERHAUSEN, status_matrix  # noqa: E402

N = 100_000  # areas / blocks: a run takes several seconds


@pytest.fixture(scope="module")
def big_areas() -> str:
    """100,000 generated areas (cached GeoPackage, made once)."""
    return f"{areas_gpkg(N, 7)}|layername=areas"


def sozialindex_params(layer: str, out: str) -> dict:
    return {
        "INPUT": layer,
        "ID_FIELD": "area_id",
        "INDICATORS": status_matrix(OBERHAUSEN, "2023"),
        "POPULATION_FIELD": "ew_2023",
        "OUTPUT": out,
    }


def aggregate_params(layer: str, out: str) -> dict:
    coarse = coarse_gpkg(40, 25, 1000.0)
    return {
        "INPUT": layer,
        "TARGET": f"{coarse}|layername=bezirke",
        "METHOD": 1,
        "FIELDS": count_names(),
        "OUTPUT": out,
    }


@pytest.mark.parametrize(
    "alg, make_params, at, sink_exists",
    [
        ("sozialplanung:sozialindex", sozialindex_params, 5, False),  # while reading attributes
        ("sozialplanung:sozialindex", sozialindex_params, 60, True),  # while writing the GeoPackage
        ("sozialplanung:aggregate", aggregate_params, 50, False),  # while assigning blocks
    ],
)
def test_cancel_stops_within_a_second_and_removes_the_output(
    tmp_path, big_areas, alg, make_params, at, sink_exists
):
    out = tmp_path / "result.gpkg"
    feedback = QgsProcessingFeedback()
    canceled_at: list[float] = []
    seen: list[bool] = []

    def cancel() -> None:
        canceled_at.append(time.monotonic())
        feedback.cancel()

    def on_progress(progress: float) -> None:
        if progress >= at and not seen:
            seen.append(out.exists())
            threading.Timer(0.05, cancel).start()

    feedback.progressChanged.connect(on_progress)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run(alg, make_params(big_areas, str(out)), feedback)
    stopped = time.monotonic()
    assert canceled_at, "the run ended before the cancel"
    assert stopped - canceled_at[0] < 1.0
    assert seen == [sink_exists]  # the GeoPackage was being written when canceled
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_cancel_keeps_other_layers_of_an_existing_geopackage(tmp_path, big_areas):
    """Writing into an existing GeoPackage: only the canceled layer is dropped."""
    from qgis.core import QgsVectorLayer

    path = tmp_path / "shared.gpkg"
    small = f"{areas_gpkg(50, 7, columns=10)}|layername=areas"
    run("native:savefeatures", {"INPUT": small, "OUTPUT": str(path), "LAYER_NAME": "keep"})
    feedback = QgsProcessingFeedback()
    done: list[bool] = []

    def on_progress(progress: float) -> None:
        if progress >= 60 and not done:
            done.append(True)
            threading.Timer(0.05, feedback.cancel).start()

    feedback.progressChanged.connect(on_progress)
    out = f"ogr:dbname='{path}' table=\"index\" (geom)"
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run("sozialplanung:sozialindex", sozialindex_params(big_areas, out), feedback)
    keep = QgsVectorLayer(f"{path}|layername=keep", "keep", "ogr")
    assert keep.isValid() and keep.featureCount() == 50
    gone = QgsVectorLayer(f"{path}|layername=index", "index", "ogr")
    assert not gone.isValid()
    del keep, gone  # release the OGR connections before QGIS exits
