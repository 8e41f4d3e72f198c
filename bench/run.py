"""Benchmarks: each algorithm against the native QGIS algorithm doing the comparable job.

Usage (``make bench``)::

    /usr/bin/python3 bench/run.py [--runs 5] [--scale 1.0] [--only sozialindex] [--output FILE] [--strict]
    /usr/bin/python3 bench/run.py --combine

Discovers ``bench/bench_*.py`` modules (protocol in bench/README.md), prints a
table and writes it with a description of the machine to ``bench/results_<QGIS x.y>.md``;
then (and with ``--combine`` alone) ``bench/results.md`` puts the ratios of every QGIS
version measured side by side (``make bench`` runs 3.22 here and 3.44 in the sid chroot).
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from benchkit import BenchContext, BenchResult, start_qgis  # noqa: E402


def machine() -> list[tuple[str, str]]:
    """CPU, cores, RAM, OS and the versions that matter for the timings."""
    import numpy
    import pandas
    from qgis.core import Qgis

    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
        with open("/proc/meminfo", encoding="utf-8") as handle:
            kib = int(next(line.split()[1] for line in handle if line.startswith("MemTotal")))
        ram = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        ram = "unknown"
    try:
        from osgeo import gdal

        gdal_version = gdal.__version__
    except ImportError:
        gdal_version = "unknown"
    return [
        ("CPU", cpu),
        ("Cores", str(os.cpu_count())),
        ("RAM", ram),
        ("OS", platform.platform()),
        ("QGIS", Qgis.QGIS_VERSION),
        ("GDAL", gdal_version),
        ("Python", platform.python_version()),
        ("numpy", numpy.__version__),
        ("pandas", pandas.__version__),
    ]


def qgis_minor() -> str:
    """'3.44' for QGIS 3.44.x."""
    from qgis.core import Qgis

    return ".".join(Qgis.QGIS_VERSION.split(".")[:2])


def combine() -> None:
    """bench/results.md: the ratio per algorithm and QGIS version, then each version's file."""
    files = sorted(HERE.glob("results_*.md"), key=lambda p: [int(x) for x in p.stem[8:].split(".")])
    versions = [p.stem[8:] for p in files]
    ratios: dict[tuple[str, str], dict[str, str]] = {}
    for version, path in zip(versions, files):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) == 8 and cells[5].endswith("x") and cells[0] != "algorithm":
                ratios.setdefault((cells[0], cells[6]), {})[version] = (
                    f"{cells[5]}{'' if cells[7].startswith('yes') else ' (missed)'}"
                )
    lines = [
        "# Benchmark results",
        "",
        "Ratio = our time / the native QGIS algorithm's time on the same data in the same process "
        "(median of the runs after one warm-up; both write a GeoPackage). `make bench` measures the "
        "machine's QGIS and QGIS 3.44 in the Debian sid chroot; details per version below.",
        "",
        "| algorithm | goal | " + " | ".join(f"QGIS {v}" for v in versions) + " |",
        "|---|---:|" + "---:|" * len(versions),
    ]
    for (name, goal), per in ratios.items():
        lines.append(f"| {name} | {goal} | " + " | ".join(per.get(v, "-") for v in versions) + " |")
    lines.append("")
    for version, path in zip(versions, files):
        lines += [f"## QGIS {version} ([{path.name}]({path.name}))", ""]
        lines += path.read_text(encoding="utf-8").splitlines()[2:] + [""]
    (HERE / "results.md").write_text("\n".join(lines), encoding="utf-8")


def table(results: list[BenchResult]) -> list[str]:
    """Markdown table rows."""
    lines = [
        "| algorithm | data | ours (s) | native algorithm | native (s) | ratio | goal | met |",
        "|---|---|---:|---|---:|---:|---:|---|",
    ]
    for r in results:
        met = "yes" if r.ok else "NO"
        lines.append(
            f"| {r.name} | {r.data} | {r.seconds:.2f} | {r.native} | {r.native_seconds:.2f} "
            f"| {r.ratio:.2f}x | <= {r.goal:g}x | {met}{' (' + r.note + ')' if r.note else ''} |"
        )
    return lines


def modules(only: list[str]) -> list[str]:
    """Names of the bench modules, sorted; filtered by --only substrings."""
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not only or any(o in n for o in only)]


def main() -> int:
    """Run all bench modules; exit 1 when a module fails (with --strict also when a goal is missed)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per algorithm (median)")
    parser.add_argument("--scale", type=float, default=1.0, help="data size factor (0.1 for a quick check)")
    parser.add_argument("--only", action="append", default=[], help="run modules whose name contains this")
    parser.add_argument("--output", type=Path, help="default: bench/results_<QGIS x.y>.md")
    parser.add_argument("--strict", action="store_true", help="exit 1 also when a goal is missed")
    parser.add_argument("--combine", action="store_true", help="only rebuild bench/results.md")
    args = parser.parse_args()
    if args.combine:
        combine()
        return 0

    app, plugin = start_qgis()
    results: list[BenchResult] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="sozialplanung_bench_") as tmp:
        ctx = BenchContext(Path(tmp), runs=args.runs, scale=args.scale)
        for name in modules(args.only):
            print(f"{name} ...", flush=True)
            try:
                found = importlib.import_module(name).run(ctx)
            except Exception:  # a broken module must not hide the others
                failures.append(f"{name}: {traceback.format_exc().strip().splitlines()[-1]}")
                traceback.print_exc()
                continue
            for line in table(found)[2:]:
                print(line, flush=True)
            results.extend(found)
            ctx.clean()
    lines = table(results)
    print("\n".join(lines))
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = [
        "# Benchmark results",
        "",
        f"`make bench` ({stamp}; median of {args.runs} runs after one warm-up, scale {args.scale:g}). "
        "Ratio = our time / native time on the same data in the same process; both write a GeoPackage.",
        "",
        *lines,
        "",
        "## Machine",
        "",
        *[f"- {key}: {value}" for key, value in machine()],
        "",
    ]
    if failures:
        text += ["## Failed bench modules", "", *[f"- {f}" for f in failures], ""]
    output = args.output or HERE / f"results_{qgis_minor()}.md"
    output.write_text("\n".join(text), encoding="utf-8")
    print(f"written {output}")
    combine()
    plugin.unload()
    app.exitQgis()
    missed = not all(r.ok for r in results)
    return 1 if failures or (args.strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
