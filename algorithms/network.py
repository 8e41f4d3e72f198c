"""Shortest-path distances on a street network (QGIS network analysis) for offergap."""

from __future__ import annotations

import numpy as np
from qgis.analysis import (
    QgsGraph,
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

from ..core.offergap import EPS, Distances, Points
from ..core.spatial import Pairs, by_group, nearest

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


class StreetNetwork:
    """The NETWORK lines, read once; called by ``core.offergap.analyse`` as its ``network_distance``.

    Offers are tied to the nearest point of the nearest line (QGIS splits the
    line there); demand points snap to the nearest network node. A distance is
    straight leg demand -> node + shortest path (Dijkstra from each offer) +
    straight leg tie point -> offer, so it is never shorter than the straight
    line and the straight-line pairs bound the candidates.
    """

    def __init__(self, source, crs, context, feedback) -> None:
        self.layer = _lines_in(source, crs, context)
        self.crs = crs
        self.feedback = feedback

    def __call__(
        self, demand: Points, offers: Points, n_categories: int, radius: float, euclid: Pairs
    ) -> tuple[Distances, float]:
        """Pairs within ``radius`` and the nearest offer per category on the network, and the
        largest snapping leg of a demand point (m)."""
        graph, tied = self.graph(offers)
        n_vertices = graph.vertexCount()
        vx = np.array([graph.vertex(k).point().x() for k in range(n_vertices)])
        vy = np.array([graph.vertex(k).point().y() for k in range(n_vertices)])
        offer_vertex = np.array([graph.findVertex(p) for p in tied], dtype=np.int64)
        offer_leg = np.hypot(
            offers.x - np.array([p.x() for p in tied]), offers.y - np.array([p.y() for p in tied])
        )
        demand_leg, demand_vertex = nearest(demand.x, demand.y, vx, vy, radius, EPS)
        pairs, near_vertex = self.shortest_paths(
            graph, offers, offer_vertex, offer_leg, demand_leg, demand_vertex, n_categories, radius, euclid
        )
        near = demand_leg[:, None] + near_vertex[:, demand_vertex].T
        leg = float(demand_leg.max()) if demand_leg.size else 0.0
        return Distances(by_group(pairs, offers.category, n_categories, demand.x.size), near), leg

    def graph(self, offers: Points) -> tuple[QgsGraph, list[QgsPointXY]]:
        """The graph of the lines with the offers tied in, and the tie points."""
        director = QgsVectorLayerDirector(
            self.layer, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth
        )
        director.addStrategy(QgsNetworkDistanceStrategy())
        builder = QgsGraphBuilder(self.crs, False, TOPOLOGY_TOLERANCE, "NONE")  # planar metres
        points = [QgsPointXY(x, y) for x, y in zip(offers.x, offers.y)]
        tied = director.makeGraph(builder, points, self.feedback)
        graph = builder.takeGraph()
        if graph.vertexCount() == 0:
            text = QCoreApplication.translate("OffergapAlgorithm", "The NETWORK layer has no usable lines.")
            raise QgsProcessingException(text)
        return graph, tied

    def shortest_paths(
        self,
        graph: QgsGraph,
        offers: Points,
        offer_vertex: np.ndarray,
        offer_leg: np.ndarray,
        demand_leg: np.ndarray,
        demand_vertex: np.ndarray,
        n_categories: int,
        radius: float,
        euclid: Pairs,
    ) -> tuple[Pairs, np.ndarray]:
        """Dijkstra from each offer: the pairs within ``radius`` (sorted by demand) and per category
        and vertex the network distance of the nearest offer."""
        by_offer = np.argsort(euclid.j, kind="stable")
        bounds = np.searchsorted(euclid.j[by_offer], np.arange(offers.x.size + 1))
        near_vertex = np.full((n_categories, graph.vertexCount()), np.inf)
        parts_i, parts_j, parts_d = [], [], []
        for k in range(offers.x.size):
            if self.feedback.isCanceled():
                text = QCoreApplication.translate("SozialplanungAlgorithm", "Canceled.")
                raise QgsProcessingException(text)
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
            self.feedback.setProgress(40 + 40 * (k + 1) / offers.x.size)
        i = np.concatenate(parts_i) if parts_i else np.zeros(0, np.int64)
        order = np.argsort(i, kind="stable")
        j = np.concatenate(parts_j) if parts_j else np.zeros(0, np.int64)
        d = np.concatenate(parts_d) if parts_d else np.zeros(0)
        return Pairs(i[order], j[order], d[order]), near_vertex
