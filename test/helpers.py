"""Helpers shared by the tests: plugin link, layers, Processing runs, qgis_process."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Iterable, Sequence

ROOT = Path(__file__).resolve().parents[1]
# one folder per checkout: worktrees testing at the same time must not relink each other's plugin
PLUGIN_PARENT = (
    Path(tempfile.gettempdir())
    / f"sozialplanung_plugins_{os.getuid()}_{hashlib.sha1(bytes(ROOT)).hexdigest()[:8]}"
)
DEMO_GPKG = ROOT / "data" / "oberhausen_demo.gpkg"
QGIS_PROCESS = "qgis_process.bin"


def ensure_plugin_link() -> Path:
    """A folder holding ``sozialplanung`` -> the repository root (the plugin package)."""
    PLUGIN_PARENT.mkdir(exist_ok=True)
    link = PLUGIN_PARENT / "sozialplanung"
    if link.is_symlink() and Path(os.readlink(link)) != ROOT:
        link.unlink()
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    return PLUGIN_PARENT


def memory_layer(
    geometry: str, fields: Sequence[tuple[str, str]], rows: Iterable[Sequence[Any]], crs="EPSG:25832"
):
    """A memory layer; rows are (wkt or None, *attributes)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    spec = "&".join(f"field={name}:{kind}" for name, kind in fields)
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&{spec}", "test", "memory")
    assert layer.isValid()
    feats = []
    for wkt, *attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


def square(x: float, y: float, size: float = 100.0) -> str:
    """WKT of an axis-parallel square."""
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def run(alg: str, params: dict, feedback=None) -> dict:
    """processing.run with a fresh context."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg, params, context=context, feedback=feedback or QgsProcessingFeedback())


def layer_of(result: Any, key: str = "OUTPUT"):
    """The output layer of a Processing result (object or path)."""
    from qgis.core import QgsVectorLayer

    value = result[key] if isinstance(result, dict) else result
    if isinstance(value, QgsVectorLayer):
        return value
    layer = QgsVectorLayer(value, "out", "ogr")
    assert layer.isValid(), value
    return layer


def rows(layer, key: str) -> dict:
    """Attributes per feature keyed by ``key`` as plain dicts (NULL -> None)."""
    out = {}
    names = layer.fields().names()
    for f in layer.getFeatures():
        values = [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in f.attributes()]
        rec = dict(zip(names, values))
        out[rec[key]] = rec
    return out


def qgis_process(
    *args: str, home: Path, check: bool = True, timeout: int = 300
) -> subprocess.CompletedProcess:
    """Run qgis_process.bin with a throwaway home (profile) and the plugin on QGIS_PLUGINPATH."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        QGIS_PLUGINPATH=str(ensure_plugin_link()),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(home),
    )
    proc = subprocess.run(
        [QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if check:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def qgis_process_json(*args: str, home: Path) -> dict:
    """Run an algorithm through qgis_process --json and parse the answer."""
    proc = qgis_process("--json", *args, home=home)
    return json.loads(proc.stdout[proc.stdout.index("{") :])


def non_blank(png: Path) -> int:
    """Number of distinct colours in a screenshot (a blank image has 1)."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), png
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


def write_gpkg(path, layers: dict) -> None:
    """Memory layers into one GeoPackage (layer name -> layer)."""
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    for name, layer in layers.items():
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if path.exists():
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        err = QgsVectorFileWriter.writeAsVectorFormatV2(
            layer, str(path), QgsCoordinateTransformContext(), options
        )
        assert err[0] == QgsVectorFileWriter.WriterError.NoError, err
