"""offergap: 100,000 demand points x 5,000 offers, RADIUS 1,000 m, vs native:countpointsinpolygon.

Both run on the same data in the same process: 100 square areas of 2 km
(20 km x 20 km, about the size of Cologne), 100,000 address points with
residents, 5,000 offers in 5 categories with capacities, all seeded uniform.
The native algorithm counts the address points per area (the point-in-area
step that offergap also needs); offergap additionally finds every
demand-offer pair within 1,000 m (about 3.9 million) and computes 2SFCA,
coverage and nearest distances for each category.

Standalone (median of 3 runs): ``/usr/bin/python3 bench/bench_offergap.py [--scale 0.1]``.
Through ``make bench`` it follows the protocol of bench/benchkit.py.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import GPKG, BenchContext, BenchResult, standalone  # noqa: E402
from datagen import CACHE, STATUS, square_grid, write_gpkg  # noqa: E402

N_DEMAND = 100_000
N_OFFERS = 5_000
RADIUS = 1000.0
SIDE = 20_000.0  # m
AREA_SIZE = 2_000.0  # m
CATEGORIES = ("Kita", "Familienzentrum", "Jugendzentrum", "Seniorentreff", "Beratungsstelle")
X0, Y0 = 350_000.0, 5_700_000.0
GOAL = 1.5  # issue 19 (first round: 2)


def points_wkt(rng: np.random.Generator, n: int, side: float = SIDE) -> list[str]:
    """``n`` uniform random points in the square."""
    xs = X0 + rng.uniform(0, side, n)
    ys = Y0 + rng.uniform(0, side, n)
    return [f"POINT({x:.2f} {y:.2f})" for x, y in zip(xs.tolist(), ys.tolist())]


def make_data(n_demand: int, n_offers: int, seed: int, side: float = SIDE) -> tuple[str, str, str]:
    """GeoPackages areas, demand and offers in a square of ``side`` metres, cached by their parameters."""
    folder = CACHE / (f"offergap_{n_demand}_{n_offers}_{seed}" + ("" if side == SIDE else f"_{side:g}"))
    if not folder.exists():
        rng = np.random.default_rng(seed)
        columns = int(side // AREA_SIZE)
        n_areas = columns * columns
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        write_gpkg(
            tmp / "areas.gpkg",
            "areas",
            "Polygon",
            [("area_id", "long"), ("ew", "long"), ("status", "string")],
            square_grid(n_areas, columns, AREA_SIZE, X0, Y0),
            {
                "area_id": list(range(1, n_areas + 1)),
                "ew": rng.integers(500, 5000, n_areas),
                "status": [STATUS[k] for k in rng.integers(0, 4, n_areas)],
            },
        )
        write_gpkg(
            tmp / "demand.gpkg",
            "demand",
            "Point",
            [("adr_id", "long"), ("einwohner", "long")],
            points_wkt(rng, n_demand, side),
            {"adr_id": list(range(n_demand)), "einwohner": rng.integers(1, 40, n_demand)},
        )
        write_gpkg(
            tmp / "offers.gpkg",
            "offers",
            "Point",
            [("einr_id", "long"), ("kategorie", "string"), ("plaetze", "long")],
            points_wkt(rng, n_offers, side),
            {
                "einr_id": list(range(n_offers)),
                "kategorie": [CATEGORIES[k] for k in rng.integers(0, len(CATEGORIES), n_offers)],
                "plaetze": rng.integers(10, 120, n_offers),
            },
        )
        tmp.rename(folder)
    return tuple(f"{folder / name}.gpkg|layername={name}" for name in ("areas", "demand", "offers"))


def parameters(areas: str, demand: str, offers: str) -> dict:
    """offergap on the generated layers (2SFCA with DEMAND points, RADIUS), output GPKG."""
    return {
        "AREAS": areas,
        "ID_FIELD": "area_id",
        "NEED_FIELD": "ew",
        "STATUS_FIELD": "status",
        "OFFERS": offers,
        "CATEGORY_FIELD": "kategorie",
        "CAPACITY_FIELD": "plaetze",
        "DEMAND": demand,
        "DEMAND_FIELD": "einwohner",
        "RADIUS": RADIUS,
        "OUTPUT": GPKG,
    }


def run(ctx: BenchContext) -> list[BenchResult]:
    """offergap (2SFCA, DEMAND points) against counting the same points in the same areas."""
    n_demand, n_offers = ctx.size(N_DEMAND), ctx.size(N_OFFERS)
    areas, demand, offers = make_data(n_demand, n_offers, ctx.seed)
    ours = parameters(areas, demand, offers)
    native = {"POLYGONS": areas, "POINTS": demand, "FIELD": "n", "OUTPUT": GPKG}
    data = f"{n_demand:,} demand points x {n_offers:,} offers, 100 areas, RADIUS {RADIUS:g} m"
    return [
        ctx.compare(
            "offergap (2SFCA)",
            data,
            GOAL,
            ("sozialplanung:offergap", ours),
            ("native:countpointsinpolygon", native),
        )
    ]


if __name__ == "__main__":
    sys.exit(standalone(run, __doc__.splitlines()[0]))
