"""The main job on the bundled demo data, run through qgis_process.bin.

Aggregates the demo blocks (Baublöcke) to Sozialquartiere and Arbeitsmarktbezirke,
computes Sozialindex (2023) and Dynamik (2021 -> 2023) on both levels and renders
PNG maps in the 11-class legend. Usage:

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/demo.py [--output demo_output]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess  # nosec B404
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "oberhausen_demo.gpkg"
QGIS_PROCESS = os.environ.get("QGIS_PROCESS", "qgis_process.bin")
T0, T1 = "2021", "2023"
LEVELS = {  # level -> (layer of the coarse units, id field, assignment method)
    "sozialquartiere": ("sozialquartiere", "sq_id", 1),
    "arbeitsmarktbezirke": ("arbeitsmarktbezirke", "amb_id", 1),
}


def plugin_path() -> Path:
    """Folder that holds ``sozialplanung`` -> repository root (for QGIS_PLUGINPATH)."""
    sys.path.insert(0, str(ROOT / "test"))
    from helpers import ensure_plugin_link

    return ensure_plugin_link()


class QgisProcess:
    """qgis_process.bin with a throwaway home, the plugin on QGIS_PLUGINPATH and enabled."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True)
        self.env = dict(
            os.environ, HOME=str(home), QGIS_PLUGINPATH=str(plugin_path()), QT_QPA_PLATFORM="offscreen"
        )
        self.env.setdefault("XDG_RUNTIME_DIR", str(home))
        self.call("plugins", "enable", "sozialplanung", check=False)  # fails when already enabled
        if "* sozialplanung" not in self.call("plugins"):
            sys.exit("The plugin sozialplanung could not be enabled in qgis_process.")

    def call(self, *args: str, check: bool = True) -> str:
        """Run a command; stop the demo with its output when it fails."""
        cmd = [QGIS_PROCESS, *args]
        proc = subprocess.run(cmd, env=self.env, capture_output=True, text=True, check=False)  # nosec B603
        if check and proc.returncode != 0:
            sys.exit(f"qgis_process {' '.join(args[:2])} failed:\n{proc.stdout}\n{proc.stderr}")
        return proc.stdout

    def run(self, alg: str, **params: object) -> dict:
        """Run an algorithm with --json; a list becomes a repeated parameter (matrices: a comma string)."""
        args = ["--json", "run", f"sozialplanung:{alg}", "--"]
        for key, value in params.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            args += [f"{key}={v}" for v in values]
        print(f"  sozialplanung:{alg} -> {params.get('OUTPUT', '')}")
        out = self.call(*args)
        return json.loads(out[out.index("{") :])


def compute_level(qp: QgisProcess, out: Path, level: str) -> Path:
    """Aggregate blocks to a level, then status (t1) and Dynamik (t0 -> t1)."""
    sys.path.insert(0, str(plugin_path()))
    from sozialplanung.core import presets

    layer, id_field, method = LEVELS[level]
    agg = out / f"{level}_aggregiert.gpkg"
    qp.run(
        "aggregate",
        INPUT=f"{DEMO}|layername=baubloecke",
        TARGET=f"{DEMO}|layername={layer}",
        METHOD=method,
        FIELDS=presets.count_fields(presets.OBERHAUSEN, [T0, T1]),
        OUTPUT=agg,
    )
    status = out / f"{level}_status.gpkg"
    qp.run(
        "sozialindex",
        INPUT=agg,
        ID_FIELD=id_field,
        INDICATORS=",".join(presets.status_matrix(presets.OBERHAUSEN, T1)),
        POPULATION_FIELD=f"ew_{T1}",
        OUTPUT=status,
    )
    result = out / f"{level}_sozialindex.gpkg"
    qp.run(
        "dynamik",
        INPUT=status,
        ID_FIELD=id_field,
        INDICATORS=",".join(presets.change_matrix(presets.OBERHAUSEN, T0, T1)),
        OUTPUT=result,
    )
    return result


def render(out: Path, results: dict[str, Path]) -> None:
    """PNG maps in the 11-class legend (styles come from the GeoPackages)."""
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, str(plugin_path()))
    from sozialplanung.algorithms.maps import render_map

    titles = {"sozialquartiere": "Sozialquartiere", "arbeitsmarktbezirke": "Arbeitsmarktbezirke"}
    for level, path in results.items():
        layer = QgsVectorLayer(str(path), f"Sozialindex {T1}, Dynamik {T0}–{T1}", "ogr")
        png = out / f"karte_{level}.png"
        ok = render_map([layer], str(png), f"Sozialindex Oberhausen (Demo) – {titles[level]}")
        print(f"  map {png} {'ok' if ok else 'FAILED'}")
    app.exitQgis()


def main() -> int:
    """Run the demo chain and print where the results are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "demo_output")
    args = parser.parse_args()
    out = args.output.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if not DEMO.exists():
        sys.exit(f"{DEMO} is missing: run `make data` first")
    qp = QgisProcess(out / ".qgis-home")
    results = {}
    for level in LEVELS:
        print(f"{level}:")
        results[level] = compute_level(qp, out, level)
    render(out, results)
    print(f"Results in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
