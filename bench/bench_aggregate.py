"""aggregate 100,000 blocks to 1,000 areas (centroid) vs native:joinattributesbylocation."""

from __future__ import annotations

import math

from benchkit import GPKG, BenchContext, BenchResult
from datagen import areas_gpkg, coarse_gpkg, count_names

N_BLOCKS = 100_000
COLUMNS = 400  # blocks per row (100 m); a coarse area covers 10 x 10 blocks
WITHIN = 5  # predicate "within" of native:joinattributesbylocation


def run(ctx: BenchContext) -> list[BenchResult]:
    """Blocks on a 100 m grid, coarse areas on a 1 km grid; each block lies in one area."""
    n = ctx.size(N_BLOCKS)
    columns = min(COLUMNS, n)
    blocks = f"{areas_gpkg(n, ctx.seed, columns)}|layername=areas"
    cols, rows = math.ceil(columns / 10), math.ceil(n / columns / 10)
    coarse = coarse_gpkg(cols, rows, 1000.0)
    target = f"{coarse}|layername=bezirke"
    ours = {"INPUT": blocks, "TARGET": target, "METHOD": 1, "FIELDS": count_names(), "OUTPUT": GPKG}
    join = {
        "INPUT": blocks,
        "JOIN": target,
        "PREDICATE": [WITHIN],
        "METHOD": 1,  # first match only, one output feature per block
        "DISCARD_NONMATCHING": False,
        "OUTPUT": GPKG,
    }
    data = f"{n:,} blocks -> {cols * rows:,} areas, {len(count_names())} counts"
    return [
        ctx.compare(
            "aggregate (centroid)",
            data,
            0.5,  # issue 19
            ("sozialplanung:aggregate", ours),
            ("native:joinattributesbylocation", join),
        )
    ]
