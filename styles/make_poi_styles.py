"""Generate the styles of the POI matching (``poi_abgleich.qml``, ``poi_abgleich_links.qml``).

Usage (QGIS Python)::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 styles/make_poi_styles.py

Categorised on ``pm_status``: bestätigt green, verschoben blue, nicht gefunden red,
neu purple (colour-blind safe by shape as well: circle, diamond, cross, star).
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)

STYLE_DIR = Path(__file__).resolve().parent
#: status -> (colour, marker shape)
STATUS_STYLE = {
    "bestätigt": ("#1a9641", "circle"),
    "verschoben": ("#2c7bb6", "diamond"),
    "nicht gefunden": ("#d7191c", "cross2"),
    "neu": ("#7b3294", "star"),
}


def point_renderer() -> QgsCategorizedSymbolRenderer:
    """Points by pm_status."""
    cats = []
    for status, (colour, shape) in STATUS_STYLE.items():
        symbol = QgsMarkerSymbol.createSimple(
            {"name": shape, "color": colour, "outline_color": "#ffffff" if shape != "cross2" else colour,
             "size": "3.2" if shape != "star" else "4", "outline_width": "0.3"}
        )  # fmt: skip
        cats.append(QgsRendererCategory(status, symbol, status))
    other = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#bdbdbd", "size": "2"})
    cats.append(QgsRendererCategory("", other, "ohne Status"))
    return QgsCategorizedSymbolRenderer("pm_status", cats)


def line_renderer() -> QgsCategorizedSymbolRenderer:
    """Lines by pm_status (moves dashed)."""
    cats = []
    for status in ("bestätigt", "verschoben"):
        colour = STATUS_STYLE[status][0]
        style = "dash" if status == "verschoben" else "solid"
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.5", "line_style": style})
        cats.append(QgsRendererCategory(status, symbol, status))
    return QgsCategorizedSymbolRenderer("pm_status", cats)


def main() -> int:
    """Write both QML files."""
    app = QgsApplication([], False)
    app.initQgis()
    try:
        for name, geometry, renderer in (
            ("poi_abgleich", "Point", point_renderer()),
            ("poi_abgleich_links", "LineString", line_renderer()),
        ):
            layer = QgsVectorLayer(f"{geometry}?crs=EPSG:25832&field=pm_status:string", name, "memory")
            layer.setRenderer(renderer)
            path = STYLE_DIR / f"{name}.qml"
            message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.Symbology)
            if not ok:
                raise RuntimeError(f"{path}: {message}")
            print(f"wrote {path}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
