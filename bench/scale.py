"""Scale: sozialindex on 100,000 / 1,000,000 / 3,000,000 grid cells and offergap on 1,000,000 address
points x 20,000 offers, with wall time and peak memory per run (issue 19; not part of ``make bench``).

Usage (``make bench-scale``)::

    /usr/bin/python3 bench/scale.py [--sizes 100000,1000000,3000000] [--offergap 1000000x20000]
                                    [--output bench/scale_results.md]

Every measurement runs in a fresh process (peak memory = that process's maximum resident set size,
QGIS included); the data are generated (and cached, see datagen.CACHE) in a process of their own
first. Each size is compared with native:savefeatures / native:countpointsinpolygon on the same data.
"""

from __future__ import annotations

import argparse
import datetime
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: Square of side sqrt(n_offers / 5 per km²): offer and address densities as in the 100,000 bench.
OFFERS_PER_KM2 = 5.0


def offergap_side(n_offers: int) -> float:
    """Side (m) of the square holding ``n_offers`` at OFFERS_PER_KM2, in whole 2 km areas."""
    side = (n_offers / OFFERS_PER_KM2) ** 0.5 * 1000.0
    return max(2000.0, round(side / 2000.0) * 2000.0)


def data(kind: str, n: int, m: int = 0):
    """Parameters (ours, native) for a case; generates the data on first use."""
    from benchkit import GPKG

    if kind == "sozialindex":
        from datagen import areas_gpkg
        from sozialplanung.core.presets import OBERHAUSEN, status_matrix

        layer = f"{areas_gpkg(n, 1, columns=1000)}|layername=areas"
        ours = {
            "INPUT": layer,
            "ID_FIELD": "area_id",
            "INDICATORS": status_matrix(OBERHAUSEN, "2023"),
            "POPULATION_FIELD": "ew_2023",
            "OUTPUT": GPKG,
        }
        return ("sozialplanung:sozialindex", ours), ("native:savefeatures", {"INPUT": layer, "OUTPUT": GPKG})
    from bench_offergap import make_data, parameters

    areas, demand, offers = make_data(n, m, 1, offergap_side(m))
    ours = parameters(areas, demand, offers)
    native = {"POLYGONS": areas, "POINTS": demand, "FIELD": "n", "OUTPUT": GPKG}
    return ("sozialplanung:offergap", ours), ("native:countpointsinpolygon", native)


def child(kind: str, n: int, m: int, which: str, out: str) -> dict:
    """One run in this process: seconds and peak memory (MiB)."""
    from benchkit import GPKG, start_qgis

    app, plugin = start_qgis()  # noqa: F841 - kept alive for the run
    import processing

    pair = data(kind, n, m)
    if which == "data":
        return {}
    alg, params = pair[0] if which == "ours" else pair[1]
    params = {k: (out if v == GPKG else v) for k, v in params.items()}
    start = time.perf_counter()
    processing.run(alg, params)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(kind: str, n: int, m: int, which: str, tmp: Path) -> dict:
    """``child`` in a fresh process."""
    out = tmp / f"{kind}_{n}_{which}.gpkg"
    cmd = [sys.executable, __file__, "--child", kind, str(n), str(m), which, str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode or not lines:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    out.unlink(missing_ok=True)
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,3000000")
    parser.add_argument("--offergap", default="1000000x20000", help="demand x offers ('' to skip)")
    parser.add_argument("--output", type=Path, default=HERE / "scale_results.md")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, n, m, which, out = args.child
        print(json.dumps(child(kind, int(n), int(m), which, out)), flush=True)
        return 0
    import tempfile

    cases = [("sozialindex", int(s), 0) for s in args.sizes.split(",") if s]
    if args.offergap:
        demand, offers = (int(v) for v in args.offergap.split("x"))
        cases.append(("offergap", demand, offers))
    rows = []
    with tempfile.TemporaryDirectory(prefix="sozialplanung_scale_") as tmp:
        for kind, n, m in cases:
            print(f"{kind} {n:,}{f' x {m:,}' if m else ''} ...", flush=True)
            measure(kind, n, m, "data", Path(tmp))
            ours = measure(kind, n, m, "ours", Path(tmp))
            native = measure(kind, n, m, "native", Path(tmp))
            rows.append((kind, n, m, ours, native))
            print(
                f"  ours {ours['seconds']:.1f} s, {ours['peak_mib']:.0f} MiB; native {native['seconds']:.1f} s"
            )
    write(args.output, rows)
    return 0


def write(path: Path, rows) -> None:
    """Markdown table: time, time per 100,000, ratio to native, peak memory."""
    from benchkit import start_qgis  # noqa: F401 - only for the versions below
    from qgis.core import Qgis

    base = {
        kind: ours["seconds"] / n for kind, n, m, ours, _ in rows if kind == "sozialindex" and n == 100_000
    }
    lines = [
        "# Scale",
        "",
        f"`make bench-scale` ({datetime.datetime.now():%Y-%m-%d %H:%M}, QGIS {Qgis.QGIS_VERSION}); one run per size,"
        " each in a fresh process; peak memory is the process's maximum resident set size (QGIS included).",
        "",
        "| algorithm | data | ours (s) | s per 100,000 | growth vs 100,000 | native (s) | ratio | peak memory ours / native |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, n, m, ours, native in rows:
        per = ours["seconds"] / n * 100_000
        growth = f"{ours['seconds'] / n / base[kind]:.2f}" if kind in base else "-"
        what = f"{n:,} grid cells" if kind == "sozialindex" else f"{n:,} address points x {m:,} offers"
        lines.append(
            f"| {kind} | {what} | {ours['seconds']:.1f} | {per:.2f} | {growth} | {native['seconds']:.1f} "
            f"| {ours['seconds'] / native['seconds']:.2f}x | {ours['peak_mib']:.0f} / {native['peak_mib']:.0f} MiB |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
