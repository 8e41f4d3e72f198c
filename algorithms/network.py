"""Shortest-path distances on a street network (QGIS network analysis) for offergap."""

from __future__ import annotations

import numpy as np
from qgis.analysis import (
    QgsGraphAnalyzer,
    QgsGraphBuilder,
    QgsNetworkDistanceStrategy,
    QgsVectorLayerDirector,
)
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.offergap import EPS, Distances, Pairs, Points, by_category, nearest

#: Line ends closer than this (m) are joined into one network node.
TOPOLOGY_TOLERANCE = 0.01
SKIP_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks


def _lines_in(source, crs, context) -> QgsVectorLayer:
    """The network lines reprojected into a memory layer in the working CRS."""
    layer = QgsVectorLayer("MultiLineString", "network", "memory")
    layer.setCrs(crs)
    request = QgsFeatureRequest().setNoAttributes()
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        request.setDestinationCrs(crs, context.transformContext())
    feats = []
    for feat in source.getFeatures(request, SKIP_CHECKS):
        if feat.hasGeometry() and not feat.geometry().isEmpty():
            out = QgsFeature()
            out.setGeometry(feat.geometry())
            feats.append(out)
    layer.dataProvider().addFeatures(feats)
    return layer


def network_distances(
    source,
    crs,
    context,
    feedback,
    demand: Points,
    offers: Points,
    n_categories: int,
    radius: float,
    euclid: Pairs,
) -> tuple[Distances, float]:
    """Network distances: pairs within ``radius`` and the nearest offer per category.

    Offers are tied to the nearest point of the nearest line (QGIS splits the
    line there); demand points snap to the nearest network node. A distance is
    straight leg demand -> node + shortest path (Dijkstra from each offer) +
    straight leg tie point -> offer, so it is never shorter than the straight
    line and the straight-line pairs ``euclid`` bound the candidates. Returns the
    distances and the largest snapping leg of a demand point (m).
    """
    layer = _lines_in(source, crs, context)
    director = QgsVectorLayerDirector(layer, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(crs, False, TOPOLOGY_TOLERANCE, "NONE")  # planar metres
    tied = director.makeGraph(builder, [QgsPointXY(x, y) for x, y in zip(offers.x, offers.y)], feedback)
    graph = builder.takeGraph()
    n_vertices = graph.vertexCount()
    if n_vertices == 0:
        text = QCoreApplication.translate("OffergapAlgorithm", "The NETWORK layer has no usable lines.")
        raise QgsProcessingException(text)
    vx = np.array([graph.vertex(k).point().x() for k in range(n_vertices)])
    vy = np.array([graph.vertex(k).point().y() for k in range(n_vertices)])
    offer_vertex = np.array([graph.findVertex(p) for p in tied], dtype=np.int64)
    offer_leg = np.hypot(
        offers.x - np.array([p.x() for p in tied]), offers.y - np.array([p.y() for p in tied])
    )
    demand_leg, demand_vertex = nearest(demand.x, demand.y, vx, vy, radius)
    by_offer = np.argsort(euclid.j, kind="stable")
    bounds = np.searchsorted(euclid.j[by_offer], np.arange(offers.x.size + 1))
    near_vertex = np.full((n_categories, n_vertices), np.inf)
    parts_i, parts_j, parts_d = [], [], []
    for k in range(offers.x.size):
        if feedback.isCanceled():
            raise QgsProcessingException(QCoreApplication.translate("SozialplanungAlgorithm", "Canceled."))
        _, cost = QgsGraphAnalyzer.dijkstra(graph, int(offer_vertex[k]), 0)
        cost = np.asarray(cost, dtype=float) + offer_leg[k]
        c = offers.category[k]
        np.minimum(near_vertex[c], cost, out=near_vertex[c])
        cand = euclid.i[by_offer[bounds[k] : bounds[k + 1]]]
        d = demand_leg[cand] + cost[demand_vertex[cand]]
        keep = d <= radius + EPS
        parts_i.append(cand[keep])
        parts_j.append(np.full(int(keep.sum()), k, dtype=np.int64))
        parts_d.append(d[keep])
        feedback.setProgress(40 + 40 * (k + 1) / offers.x.size)
    i = np.concatenate(parts_i) if parts_i else np.zeros(0, np.int64)
    order = np.argsort(i, kind="stable")
    pairs = Pairs(i[order], np.concatenate(parts_j)[order], np.concatenate(parts_d)[order])
    parts = by_category(pairs, offers.category, n_categories)
    near = demand_leg[:, None] + near_vertex[:, demand_vertex].T
    return Distances(parts, near), float(demand_leg.max()) if demand_leg.size else 0.0
