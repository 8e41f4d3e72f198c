"""Helpers shared by the tests: plugin link, layers, Processing runs, a recording feedback, qgis_process.

No QGIS import at module level: the core tests (test/core) use this module without QGIS.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from plugin_link import PLUGIN_PARENT, ensure_plugin_link  # noqa: E402, F401 (PLUGIN_PARENT: conftest)

DEMO_GPKG = ROOT / "data" / "oberhausen_demo.gpkg"
QGIS_PROCESS = "qgis_process.bin"
OUTPUT = ROOT / "test_output"
#: A desktop run that takes longer fails: QGIS hung (the startup script's watchdog fires first).
DESKTOP_LIMIT = 60


@functools.cache
def _recorder_class() -> type:
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        """Feedback that keeps infos, warnings, errors and progress; cancels once ``cancel_when()`` is true."""

        def __init__(self, cancel_when: Optional[Callable[[], bool]] = None) -> None:
            super().__init__()
            self.infos: list[str] = []
            self.warnings: list[str] = []
            self.errors: list[str] = []
            self.progress: list[float] = []
            self.cancel_when = cancel_when
            self.progressChanged.connect(self.progress.append)

        def pushInfo(self, text: str) -> None:  # noqa: N802
            self.infos.append(text)
            super().pushInfo(text)

        def pushWarning(self, text: str) -> None:  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

        def reportError(self, text: str, fatal: bool = False) -> None:  # noqa: N802
            self.errors.append(text)
            super().reportError(text, fatal)

        def isCanceled(self) -> bool:  # noqa: N802
            return bool(self.cancel_when and self.cancel_when()) or super().isCanceled()

    return Recorder


def recorder(cancel_when: Optional[Callable[[], bool]] = None):
    """A QgsProcessingFeedback that records pushInfo, pushWarning, reportError and the progress
    (lists ``infos``, ``warnings``, ``errors``, ``progress``); it reports canceled once
    ``cancel_when()`` is true."""
    return _recorder_class()(cancel_when)


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


def run(alg: str, params: dict, feedback=None, context=None) -> dict:
    """processing.run with the given or a fresh context."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if context is None:
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


def run_desktop(name: str, extra: Path | None = None, settings: str = "") -> dict:
    """Start ``qgis`` under xvfb-run with the plugin enabled; return the startup script's report.

    ``extra`` is a script run inside QGIS (see test/desktop/startup.py); ``settings`` is appended
    to the profile's QGIS3.ini (e.g. a locale section). A QGIS that has not quit after
    DESKTOP_LIMIT seconds is killed with its process group and the test fails.
    """
    out = OUTPUT / name
    out.mkdir(parents=True, exist_ok=True)
    profiles = out / "profiles"
    plugin_dir = profiles / "profiles" / "default" / "python" / "plugins"
    plugin_dir.mkdir(parents=True, exist_ok=True)
    link = plugin_dir / "sozialplanung"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(
        "[PythonPlugins]\nsozialplanung=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n\n" + settings
    )
    report = out / "report.json"
    report.unlink(missing_ok=True)
    env = dict(os.environ, SP_REPORT=str(report), QT_QPA_PLATFORM="xcb", SP_WATCHDOG=str(DESKTOP_LIMIT - 8))
    if extra:
        env["SP_EXTRA"] = str(extra)
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck"]
    cmd += ["--profiles-path", str(profiles), "--code", str(ROOT / "test" / "desktop" / "startup.py")]
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        stdout, stderr = proc.communicate(timeout=DESKTOP_LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        raise AssertionError(f"QGIS desktop hung for {DESKTOP_LIMIT} s: {stderr[-2000:]}") from None
    assert report.exists(), stdout[-3000:] + stderr[-3000:]
    data = json.loads(report.read_text())
    assert not data.get("watchdog"), data["watchdog"]
    return data
