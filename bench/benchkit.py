"""The bench protocol: BenchResult, BenchContext and starting QGIS with the plugin.

A bench module ``bench/bench_<name>.py`` defines ``run(ctx: BenchContext) ->
list[BenchResult]``; ``bench/run.py`` imports every such module and calls it.
Use ``ctx.compare(...)`` to time an algorithm against a native one on the same
data: both run alternately ``ctx.runs`` times in this process, each run writing
a fresh GeoPackage, and the medians are compared.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
#: Placeholder in parameter dicts: replaced by a fresh GeoPackage path for each run.
GPKG = "<gpkg>"


@dataclass
class BenchResult:
    """One comparison: our algorithm against a native algorithm on the same data."""

    name: str  # e.g. "sozialindex"
    data: str  # e.g. "100,000 areas, 7 indicators"
    seconds: float  # median wall time of our algorithm
    native: str  # e.g. "native:savefeatures"
    native_seconds: float  # median wall time of the native algorithm
    goal: float  # the ratio must be at most this
    note: str = ""

    @property
    def ratio(self) -> float:
        """Our time divided by the native time."""
        return self.seconds / self.native_seconds if self.native_seconds > 0 else float("inf")

    @property
    def ok(self) -> bool:
        """Whether the goal is met."""
        return self.ratio <= self.goal


class BenchContext:
    """What a bench module gets: runs, scale, a temporary folder and timing helpers."""

    def __init__(self, tmp: Path, runs: int = 5, scale: float = 1.0, seed: int = 1) -> None:
        self.tmp = tmp
        self.runs = runs
        self.scale = scale
        self.seed = seed
        self._n = 0

    def size(self, n: int) -> int:
        """A data size scaled by --scale (at least 10)."""
        return max(10, int(round(n * self.scale)))

    def output(self, stem: str = "out") -> str:
        """A fresh GeoPackage path in the temporary folder."""
        self._n += 1
        return str(self.tmp / f"{stem}_{self._n}.gpkg")

    def processing(self, alg: str, params: dict) -> dict:
        """processing.run with a fresh context and feedback (GPKG placeholders filled)."""
        import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        filled = {k: self.output(k.lower()) if v == GPKG else v for k, v in params.items()}
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg, filled, context=context, feedback=QgsProcessingFeedback())

    def timed(self, fn: Callable[[], Any]) -> float:
        """Wall time of one call in seconds."""
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    def compare(
        self,
        name: str,
        data: str,
        goal: float,
        ours: tuple[str, dict],
        native: tuple[str, dict],
        note: str = "",
    ) -> BenchResult:
        """Median times of (alg id, params) pairs, run alternately after one warm-up each."""
        self.processing(*ours)  # warm-up: file cache, imports, provider start
        self.processing(*native)
        mine, theirs = [], []
        for _ in range(self.runs):
            mine.append(self.timed(lambda: self.processing(*ours)))
            theirs.append(self.timed(lambda: self.processing(*native)))
            self.clean()
        return BenchResult(
            name, data, statistics.median(mine), native[0], statistics.median(theirs), goal, note
        )

    def clean(self) -> None:
        """Remove the outputs written so far."""
        for path in self.tmp.glob("*"):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def start_qgis():
    """A headless QgsApplication with Processing and the plugin's provider loaded."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "scripts"))
    from plugin_link import ensure_plugin_link

    sys.path.insert(0, str(ensure_plugin_link()))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import sozialplanung

    plugin = sozialplanung.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def standalone(run: Callable[[BenchContext], list[BenchResult]], description: str) -> int:
    """Run one bench module alone (median of --runs), printing one line per result."""
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    app, plugin = start_qgis()
    with tempfile.TemporaryDirectory(prefix="sozialplanung_bench_") as tmp:
        results = run(BenchContext(Path(tmp), runs=args.runs, scale=args.scale))
    for result in results:
        print(
            f"{result.name}: {result.data}: {result.seconds:.2f} s, {result.native} "
            f"{result.native_seconds:.2f} s, ratio {result.ratio:.2f}x (goal <= {result.goal:g}x, "
            f"{'met' if result.ok else 'NOT met'}; median of {args.runs})"
        )
    plugin.unload()
    app.exitQgis()
    return 0
