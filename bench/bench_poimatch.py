"""Speed of sozialplanung:poimatch against native:joinbynearest (one neighbour).

Generates (seeded) a register of 20,000 institutions and 200,000 POIs as GeoPackage
layers, then times both algorithms on the same layers in the same process. Goal:
poimatch takes at most 3 times as long as joinbynearest. Usage::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_poimatch.py [--register 20000 --pois 200000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "test"))
sys.path.insert(0, str(ROOT / "bench"))


def write_layers(folder: Path, n_register: int, n_pois: int, seed: int) -> tuple[str, str]:
    """The generated register and POIs as a GeoPackage (made once per size and seed)."""
    from poimatch_quality import Gen
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    path = folder / f"poimatch_{n_register}_{n_pois}_{seed}.gpkg"
    if not path.exists():
        inst = Gen(seed, n_register, density=10.0).instance(n_pois)
        for name, frame, spec in (
            ("register", inst.register, "field=einr_id:integer&field=name:string&field=kategorie:string"
             "&field=adresse:string"),
            ("pois", inst.pois, "field=osm_id:string&field=name:string&field=amenity:string"
             "&field=addr_street:string&field=addr_housenumber:string&field=other_tags:string"),
        ):  # fmt: skip
            layer = QgsVectorLayer(f"Point?crs=EPSG:25832&{spec}", name, "memory")
            cols = [f.name() for f in layer.fields()]
            feats = []
            for row in frame.itertuples(index=False):
                f = QgsFeature(layer.fields())
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.x, row.y)))
                f.setAttributes([None if getattr(row, c) is None else getattr(row, c) for c in cols])
                feats.append(f)
            layer.dataProvider().addFeatures(feats)
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.layerName = name
            options.actionOnExistingFile = (
                QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
                if path.exists()
                else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
            )
            err = QgsVectorFileWriter.writeAsVectorFormatV3(
                layer, str(path), QgsCoordinateTransformContext(), options
            )
            assert err[0] == QgsVectorFileWriter.WriterError.NoError, err
    return f"{path}|layername=register", f"{path}|layername=pois"


def main() -> int:
    """Time both algorithms (best of ``--repeat`` runs each)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--register", type=int, default=20000)
    parser.add_argument("--pois", type=int, default=200000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "sozialplanung_bench")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from helpers import ensure_plugin_link
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, str(ensure_plugin_link()))
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    import sozialplanung
    from processing.core.Processing import Processing

    Processing.initialize()
    plugin = sozialplanung.classFactory(None)
    plugin.initProcessing()
    t = time.perf_counter()
    register, pois = write_layers(args.folder, args.register, args.pois, args.seed)
    print(f"data: {args.register} register entries, {args.pois} POIs ({time.perf_counter() - t:.1f} s)")

    def timed(alg: str, params: dict) -> float:
        best = float("inf")
        for _ in range(args.repeat):
            context = QgsProcessingContext()
            t0 = time.perf_counter()
            processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())
            best = min(best, time.perf_counter() - t0)
        return best

    join = timed(
        "native:joinbynearest",
        {"INPUT": register, "INPUT_2": pois, "NEIGHBORS": 1, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    match = timed(
        "sozialplanung:poimatch",
        {
            "REGISTER": register, "REGISTER_ID": "einr_id", "REGISTER_NAME": "name",
            "REGISTER_CATEGORY": "kategorie", "REGISTER_ADDRESS": "adresse",
            "POIS": pois, "POI_ID": "osm_id", "POI_NAME": "name", "POI_CATEGORY": "amenity",
            "POI_ADDRESS": "addr_street", "POI_HOUSENUMBER": "addr_housenumber",
            "OUTPUT_REGISTER": "TEMPORARY_OUTPUT", "OUTPUT_NEW": "TEMPORARY_OUTPUT",
            "OUTPUT_LINKS": "TEMPORARY_OUTPUT",
        },
    )  # fmt: skip
    ratio = match / join
    print(f"native:joinbynearest: {join:.2f} s")
    print(f"sozialplanung:poimatch: {match:.2f} s")
    print(f"ratio: {ratio:.2f} (goal <= 3) -> {'met' if ratio <= 3 else 'NOT met'}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
