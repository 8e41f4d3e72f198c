"""sozialindex and dynamik on 100,000 areas with 7 indicators vs native:savefeatures."""

from __future__ import annotations

from benchkit import GPKG, BenchContext, BenchResult
from datagen import areas_gpkg
from sozialplanung.core.presets import OBERHAUSEN, change_matrix, status_matrix

N_AREAS = 100_000


def run(ctx: BenchContext) -> list[BenchResult]:
    """Both algorithms read the generated GeoPackage and write a new one."""
    n = ctx.size(N_AREAS)
    layer = f"{areas_gpkg(n, ctx.seed)}|layername=areas"
    data = f"{n:,} areas, 7 indicators"
    save = ("native:savefeatures", {"INPUT": layer, "OUTPUT": GPKG})
    index = {
        "INPUT": layer,
        "ID_FIELD": "area_id",
        "INDICATORS": status_matrix(OBERHAUSEN, "2023"),
        "POPULATION_FIELD": "ew_2023",
        "OUTPUT": GPKG,
    }
    dynamik = {
        "INPUT": layer,
        "ID_FIELD": "area_id",
        "STATUS_FIELD": "status",
        "INDICATORS": change_matrix(OBERHAUSEN, "2021", "2023"),
        "OUTPUT": GPKG,
    }
    return [
        ctx.compare("sozialindex", data, 1.25, ("sozialplanung:sozialindex", index), save),
        ctx.compare("dynamik", data, 1.25, ("sozialplanung:dynamik", dynamik), save),
    ]
