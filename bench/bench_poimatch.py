"""poimatch: 20,000 register entries x 200,000 POIs, vs native:joinbynearest (one neighbour).

Both run on the same seeded data in the same process (protocol of bench/benchkit.py):
the register and the OSM-like POIs of bench/poimatch_quality.py (name variants, moves,
closures, new institutions, lookalike shops, unnamed POIs, other_tags hstore), at 10
register entries per km² (a city of about 45 km x 45 km) with about 180,000 unrelated
POIs (shops, restaurants, doctors ...). The native algorithm joins each register
entry to its nearest POI; poimatch reads both layers, classifies, normalises, scores
all candidates within 250 m and the name candidates up to 3 km, assigns one to one
and writes register, new POIs and lines. Goal: at most 3 times the native time.

Standalone (median of 3 runs): ``/usr/bin/python3 bench/bench_poimatch.py [--scale 0.1]``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import GPKG, BenchContext, BenchResult, standalone  # noqa: E402
from datagen import CACHE, write_gpkg  # noqa: E402

N_REGISTER = 20_000
N_POIS = 200_000
DENSITY = 10.0  # register entries per km²
GOAL = 2.0  # issue 19 (first round: 3)
X0, Y0 = 340_000.0, 5_680_000.0


def make_data(n_register: int, n_pois: int, seed: int) -> tuple[str, str]:
    """GeoPackages of the register and the POIs, cached by their parameters."""
    from poimatch_quality import Gen

    folder = CACHE / f"poimatch_{n_register}_{n_pois}_{seed}"
    if not folder.exists():
        inst = Gen(seed, n_register, DENSITY).instance(n_pois)
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        for name, frame, fields in (
            ("register", inst.register, [("einr_id", "long"), ("name", "string"), ("kategorie", "string"),
                                         ("adresse", "string")]),
            ("pois", inst.pois, [("osm_id", "string"), ("name", "string"), ("amenity", "string"),
                                 ("addr_street", "string"), ("addr_housenumber", "string"), ("other_tags", "string")]),
        ):  # fmt: skip
            wkts = [
                f"POINT({X0 + x:.2f} {Y0 + y:.2f})" for x, y in zip(frame["x"].tolist(), frame["y"].tolist())
            ]
            columns = {f: [None if v is None else v for v in frame[f].tolist()] for f, _ in fields}
            write_gpkg(tmp / f"{name}.gpkg", name, "Point", fields, wkts, columns)
        tmp.rename(folder)
    return tuple(f"{folder / name}.gpkg|layername={name}" for name in ("register", "pois"))


def run(ctx: BenchContext) -> list[BenchResult]:
    """poimatch against joining every register entry to its nearest POI."""
    n_register, n_pois = ctx.size(N_REGISTER), ctx.size(N_POIS)
    register, pois = make_data(n_register, n_pois, ctx.seed)
    ours = {
        "REGISTER": register, "REGISTER_ID": "einr_id", "REGISTER_NAME": "name",
        "REGISTER_CATEGORY": "kategorie", "REGISTER_ADDRESS": "adresse",
        "POIS": pois, "POI_ID": "osm_id", "POI_NAME": "name", "POI_CATEGORY": "amenity",
        "POI_ADDRESS": "addr_street", "POI_HOUSENUMBER": "addr_housenumber",
        "OUTPUT_REGISTER": GPKG, "OUTPUT_NEW": GPKG, "OUTPUT_LINKS": GPKG,
    }  # fmt: skip
    native = {"INPUT": register, "INPUT_2": pois, "NEIGHBORS": 1, "OUTPUT": GPKG}
    data = f"{n_register:,} register entries x {n_pois:,} POIs (OSM-like, other_tags)"
    return [
        ctx.compare(
            "poimatch", data, GOAL, ("sozialplanung:poimatch", ours), ("native:joinbynearest", native)
        )
    ]


if __name__ == "__main__":
    sys.exit(standalone(run, __doc__.splitlines()[0]))
