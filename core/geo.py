"""The metric CRS rule shared by all algorithms that measure distances (no QGIS import).

Distances are measured in the data's CRS only when it is projected in metres
and not Mercator-like (Mercator stretches lengths by 1/cos(latitude), 1.61 at
51.5° N); geographic and Mercator-like CRSs go to the UTM zone of the data.
"""

from __future__ import annotations

import math

#: Mercator-like CRSs by authority id (also any CRS whose projection is merc/webmerc).
MERCATOR_IDS = frozenset(("EPSG:3857", "EPSG:900913", "EPSG:3395", "EPSG:3785", "EPSG:102100", "ESRI:102100"))
MERCATOR_PROJECTIONS = frozenset(("merc", "webmerc"))


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 UTM zone at a point (326zz north, 327zz south; zone clamped to 1..60)."""
    zone = min(max(int(math.floor((lon + 180.0) / 6.0)) + 1, 1), 60)
    return (32600 if lat >= 0 else 32700) + zone


def is_mercator(authid: str, projection: str) -> bool:
    """Whether a CRS (authority id, PROJ projection acronym) is Mercator-like."""
    return authid.upper() in MERCATOR_IDS or projection.lower() in MERCATOR_PROJECTIONS


def needs_utm(geographic: bool, metres: bool, authid: str, projection: str) -> bool:
    """Whether distances must be measured in a UTM zone instead of the CRS itself."""
    return geographic or not metres or is_mercator(authid, projection)
