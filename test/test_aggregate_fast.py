"""aggregate by point on surface: the vectorised point location (core.spatial.locate_points_strict,
GEOS for the uncertain points) gives exactly the pairs, sums and warnings of the former loop that
asked GEOS for every fine unit, on the hard cases: points on shared edges and corners, holes,
multipolygons, overlapping, invalid, empty and curved targets, other CRSs, empty fine units."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import recorder, rows, run
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from sozialplanung.algorithms import aggregate
from sozialplanung.algorithms.aggregate import SKIP_CHECKS, AggregateAlgorithm

X0, Y0 = 500_000.0, 5_700_000.0  # UTM-sized coordinates


def old_pairs_by_point(self, source, request, targets, feedback):
    """The former loop: GEOS (prepared target, index order) for the point of every fine unit."""
    point_type = QgsWkbTypes.GeometryType.PointGeometry
    fine, tgt = [], []
    for feat in source.getFeatures(request, SKIP_CHECKS):
        geom = feat.geometry()
        if geom.isEmpty():
            continue
        point = geom if geom.type() == point_type else geom.pointOnSurface()
        inner = point.constGet()
        for j in targets.index.intersects(point.boundingBox()):
            engine = QgsGeometry.createGeometryEngine(targets.geoms[j].constGet())
            engine.prepareGeometry()
            if engine.intersects(inner):
                fine.append(feat.id())
                tgt.append(j)
                break
    return fine, np.array(tgt, dtype=np.int64)


def shifted(wkt: str) -> QgsGeometry:
    """A geometry from WKT in local metres, moved to X0, Y0."""
    geom = QgsGeometry.fromWkt(wkt)
    assert not geom.isNull(), wkt
    geom.translate(X0, Y0)
    return geom


def layer_of_geometries(kind: str, geometries, crs: str = "EPSG:25832", values=None) -> QgsVectorLayer:
    """A memory layer with fields n (count) and tid; geometries may be None (no geometry)."""
    layer = QgsVectorLayer(f"{kind}?crs={crs}&field=tid:integer&field=n:double", "t", "memory")
    assert layer.isValid()
    features = []
    for i, geom in enumerate(geometries):
        feat = QgsFeature(layer.fields())
        if geom is not None:
            feat.setGeometry(geom)
        feat.setAttributes([i + 1, None if values is None else values[i]])
        features.append(feat)
    ok, added = layer.dataProvider().addFeatures(features)
    assert ok and len(added) == len(features), layer.dataProvider().lastError()
    return layer


TARGETS = [
    "POLYGON((0 0,100 0,100 100,0 100,0 0))",
    "POLYGON((100 0,200 0,200 100,100 100,100 0))",  # shares x=100 with the first
    "POLYGON((0 100,100 100,100 200,0 200,0 100),(25 125,75 125,75 175,25 175,25 125))",  # a hole
    "MULTIPOLYGON(((100 100,150 100,150 150,100 150,100 100)),((150 150,200 150,200 200,150 200,150 150)))",
    "POLYGON((180 0,260 0,260 60,180 60,180 0))",  # overlaps the second
    "POLYGON((300 0,400 100,400 0,300 100,300 0))",  # a bow tie: invalid, repaired
    None,  # no geometry
    "POLYGON((40 40,60 40,60 60,40 60,40 40))",  # inside the first (overlap)
    "POLYGON((500 0,600 0,600 100,500 100,500 0))",
]


def target_layer(kind: str = "Polygon") -> QgsVectorLayer:
    """The targets as ``kind`` (Polygon, MultiPolygon, PolygonZ or CurvePolygon)."""
    geometries = []
    for wkt in TARGETS:
        geom = None if wkt is None else shifted(wkt)
        if geom is not None and kind == "MultiPolygon":
            geom.convertToMultiType()
        if geom is not None and kind == "PolygonZ":
            geom.get().addZValue(3.0)
        if geom is not None and kind == "CurvePolygon" and not geom.isMultipart():
            geom = QgsGeometry(geom.constGet().toCurveType())
        geometries.append(geom)
    if kind == "CurvePolygon":
        kind = "MultiSurface"
    return layer_of_geometries(kind, geometries)


def grid_points(step: float = 12.5) -> list[tuple[float, float]]:
    """Points on a grid through all target edges and corners (and the hole's), and beyond."""
    coords = np.arange(-25.0, 625.0 + step, step)
    ys = np.arange(-25.0, 225.0 + step, step)
    return [(float(x), float(y)) for x in coords for y in ys]


def fine_points() -> QgsVectorLayer:
    """Points on edges, corners, bow tie diagonals, in holes; plus empty and missing geometries."""
    points = grid_points() + [(325.0, 25.0), (350.0, 50.0), (375.0, 75.0), (150.0, 150.0), (33.3, 66.7)]
    geometries = [shifted(f"POINT({x} {y})") for x, y in points]
    geometries += [QgsGeometry.fromWkt("POINT EMPTY"), None]
    values = [float(i % 97 + 1) for i in range(len(geometries))]
    values[3] = None
    return layer_of_geometries("Point", geometries, values=values)


def square_wkt(x: float, y: float, size: float) -> str:
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def fine_polygons() -> QgsVectorLayer:
    """Squares whose point on surface (their centre) lies on the grid of :func:`grid_points`; a
    multipolygon, an empty polygon, a polygon of zero area and a missing geometry."""
    geometries = [shifted(square_wkt(x - 10, y - 10, 20)) for x, y in grid_points()]
    geometries += [
        shifted(
            "MULTIPOLYGON(((90 90,110 90,110 110,90 110,90 90)),((300 150,310 150,310 160,300 160,300 150)))"
        ),
        QgsGeometry.fromWkt("POLYGON EMPTY"),
        shifted("POLYGON((100 10,100 20,100 30,100 10))"),  # zero area on the shared edge
        None,
    ]
    values = [float((7 * i) % 101) for i in range(len(geometries))]
    return layer_of_geometries("Polygon", geometries, values=values)


def fine_lines() -> QgsVectorLayer:
    geometries = [shifted(f"LINESTRING({x - 5} {y},{x + 5} {y})") for x, y in grid_points(25.0)]
    return layer_of_geometries("LineString", geometries, values=[1.0] * len(geometries))


def fine_multipoints() -> QgsVectorLayer:
    geometries = [shifted(f"MULTIPOINT(({x} {y}))") for x, y in grid_points(25.0)]
    geometries += [shifted("MULTIPOINT((10 10),(150 50))"), shifted("MULTIPOINT((700 700),(100 50))")]
    return layer_of_geometries("MultiPoint", geometries, values=[2.0] * len(geometries))


def in_wgs84(layer: QgsVectorLayer) -> QgsVectorLayer:
    """The layer's features in EPSG:4326."""
    transform = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    geometries, values = [], []
    for feat in layer.getFeatures():
        geom = feat.geometry()
        if not geom.isEmpty():
            geom.transform(transform)
        geometries.append(None if geom.isNull() else geom)
        values.append(feat["n"])
    return layer_of_geometries(QgsWkbTypes.displayString(layer.wkbType()), geometries, "EPSG:4326", values)


def assignment(params: dict, old: bool, monkeypatch) -> tuple:
    """prepare() of the algorithm: its (fine, target, weight) arrays and warnings."""
    with monkeypatch.context() as patch:
        if old:
            patch.setattr(AggregateAlgorithm, "pairs_by_point", old_pairs_by_point)
        alg = AggregateAlgorithm().create()
        feedback = recorder()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        inputs = alg.prepare(params, context, feedback)
    return inputs.fine.tolist(), inputs.target.tolist(), inputs.weight.tolist(), feedback.warnings


def outputs(params: dict, old: bool, monkeypatch) -> tuple:
    """processing.run: the output rows by tid and the warnings."""
    with monkeypatch.context() as patch:
        if old:
            patch.setattr(AggregateAlgorithm, "pairs_by_point", old_pairs_by_point)
        feedback = recorder()
        result = run("sozialplanung:aggregate", {**params, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    return rows(result["OUTPUT"], "tid"), feedback.warnings


FINE = {
    "points": fine_points,
    "polygons": fine_polygons,
    "lines": fine_lines,
    "multipoints": fine_multipoints,
    "points_wgs84": lambda: in_wgs84(fine_points()),
    "polygons_wgs84": lambda: in_wgs84(fine_polygons()),
}


@pytest.mark.parametrize("target_kind", ["Polygon", "MultiPolygon", "PolygonZ", "CurvePolygon"])
@pytest.mark.parametrize("fine", sorted(FINE))
def test_point_assignment_equals_geos_for_every_unit(fine, target_kind, monkeypatch):
    params = {"INPUT": FINE[fine](), "TARGET": target_layer(target_kind), "METHOD": 1, "FIELDS": ["n"]}
    new = assignment(params, False, monkeypatch)
    old = assignment(params, True, monkeypatch)
    assert new == old
    assert len(new[0]) > 20
    assert outputs(params, False, monkeypatch) == outputs(params, True, monkeypatch)


def test_the_hard_points_are_decided_by_geos_and_counted(monkeypatch):
    """Known answers: interior points by the crossing test, edge points by GEOS (index order)."""
    decided = []
    first = aggregate.Targets.first

    def spy(self, point):
        decided.append((point.asPoint().x() - X0, point.asPoint().y() - Y0))
        return first(self, point)

    monkeypatch.setattr(aggregate.Targets, "first", spy)
    points = [(50, 20), (150, 50), (100, 50), (50, 150), (50, 110), (190, 30), (310, 50), (700, 50)]
    layer = layer_of_geometries("Point", [shifted(f"POINT({x} {y})") for x, y in points], values=[1.0] * 8)
    feedback = recorder()
    out = rows(
        run(
            "sozialplanung:aggregate",
            {
                "INPUT": layer,
                "TARGET": target_layer(),
                "METHOD": 1,
                "FIELDS": ["n"],
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            feedback,
        )["OUTPUT"],
        "tid",
    )
    # (100, 50) on the shared edge, (190, 30) in two targets: GEOS; (50, 150) in the hole: none
    assert sorted(decided) == [(100.0, 50.0), (190.0, 30.0)]
    assert sum(r["n_einheiten"] for r in out.values()) == 6  # (50, 150) in the hole, (700, 50) outside
    assert out[3]["n"] == 1 and out[6]["n"] == 1  # (310, 50) inside the repaired bow tie
    assert out[1]["n"] + out[2]["n"] + out[5]["n"] == 4  # (50, 20), (150, 50), (190, 30), the edge point
    assert any("2 fine units lie in no coarse unit" in w for w in feedback.warnings)
    assert any("invalid geometries" in w for w in feedback.warnings)


MIXED = [
    "MULTIPOINT((10 10),(700 700),(650 650))",  # its point on surface (650 650) lies in no target
    "MULTIPOINT((100 50),(20 20))",
    "GEOMETRYCOLLECTION(POINT(50 50),LINESTRING(0 0,10 10))",
    "MULTIPOLYGON(((90 90,110 90,110 110,90 110,90 90)))",
    "MULTILINESTRING((90 50,110 50))",
]


@pytest.mark.parametrize("first", ["POLYGON((10 10,20 10,20 20,10 20,10 10))", "POINT(100 50)"])
def test_mixed_geometry_layer_goes_through_geos(first, monkeypatch, tmp_path):
    """A GeoPackage layer of type GEOMETRY: QGIS reports one type (of the first feature) and
    returns all; units of another type or multipoints are decided one by one, as before."""
    from osgeo import ogr, osr

    geometries = [shifted(first), *(shifted(w) for w in MIXED)]
    geometries += [f.geometry() for f in fine_points().getFeatures()]
    geometries += [f.geometry() for f in fine_polygons().getFeatures()][::7]
    geometries += [f.geometry() for f in fine_lines().getFeatures()][::5]
    path = str(tmp_path / "mixed.gpkg")
    data = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    table = data.CreateLayer("mixed", srs, ogr.wkbUnknown)
    table.CreateField(ogr.FieldDefn("n", ogr.OFTReal))
    for geom in geometries:
        feat = ogr.Feature(table.GetLayerDefn())
        feat.SetField("n", 1.0)
        if not geom.isNull():
            feat.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geom.asWkb())))
        table.CreateFeature(feat)
    data = table = None
    layer = QgsVectorLayer(f"{path}|layername=mixed", "mixed", "ogr")
    assert layer.isValid() and layer.featureCount() == len(geometries)
    params = {"INPUT": layer, "TARGET": target_layer(), "METHOD": 1, "FIELDS": ["n"]}
    new = assignment(params, False, monkeypatch)
    assert new == assignment(params, True, monkeypatch)
    assert 1 in new[0]  # the multipoint counts: (10 10) lies in the first target
    assert len(new[0]) > 20
    del layer
