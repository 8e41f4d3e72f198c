"""Generate the categorised QML styles of the sozialplanung plugin.

Usage (QGIS Python, e.g. ``QT_QPA_PLATFORM=offscreen /usr/bin/python3``)::

    python3 styles/make_styles.py            # write the *.qml files next to this script
    python3 styles/make_styles.py --check    # also render test maps to /tmp/styles_check

The catch-all category ("nicht bewertet") has the value ``""``: QGIS 3.22 uses the
empty-string category both for NULL attribute values and for all values without
a category of their own.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsRenderContext,
    QgsRendererCategory,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

# --------------------------------------------------------------------------------------
# Palette (ColorBrewer RdYlBu, colour-blind safe), defined once.
# Status: favourable -> critical = blue -> pale yellow -> orange -> dark red.
# Dynamik inside a status: factor > 0 mixes towards white (tint), < 0 towards black
# (shade). "Negativ" additionally gets a diagonal hatch so it reads without colour.
# --------------------------------------------------------------------------------------
STATUS_BASE: dict[str, str] = {
    "Hoch": "#2c7bb6",
    "Mittel": "#fee08b",
    "Niedrig": "#fdae61",
    "Sehr Niedrig": "#d7191c",
}
DYNAMIK_FACTOR: dict[str, float] = {"Positiv": 0.45, "Stabil": 0.0, "Negativ": -0.25}
DYNAMIK_BASE: dict[str, str] = {"Positiv": "#4575b4", "Stabil": "#ffffbf", "Negativ": "#d73027"}
HATCHED: frozenset[str] = frozenset({"Negativ"})
# Offer gaps (og_prioritaet of offergap): hoch -> mittel -> niedrig = dark red, orange,
# light blue (RdYlBu), distinct in lightness too. No catch-all: the field is never NULL.
PRIORITY_BASE: dict[str, str] = {"hoch": "#d7191c", "mittel": "#fdae61", "niedrig": "#abd9e9"}
# Early warning (zr_warnung of zeitreihe): vermilion (Okabe-Ito, colour-blind safe) with the
# hatch for a warning, light blue for none; NULL (not rated in the last edition) grey.
WARNING_BASE: dict[int, tuple[str, str]] = {1: ("Frühwarnung", "#d55e00"), 0: ("keine Warnung", "#abd9e9")}
NOT_RATED_LABEL = "nicht bewertet"
NOT_RATED_COLOR = "#bdbdbd"
OUTLINE_COLOR = "#ffffff"
OUTLINE_WIDTH_MM = 0.2
HATCH_COLOR = "#404040"
HATCH_SPACING_MM = 3.0
HATCH_WIDTH_MM = 0.2
HATCH_ANGLE = 45.0

# Legend order of si_klasse; the 11-class scheme lacks "Hoch & Positiv".
SI_KLASSEN_12: list[str] = [f"{s} & {d}" for s in STATUS_BASE for d in DYNAMIK_FACTOR]
SI_KLASSEN_11: list[str] = [k for k in SI_KLASSEN_12 if k != "Hoch & Positiv"]

STYLE_DIR = Path(__file__).resolve().parent
MM = QgsUnitTypes.RenderUnit.RenderMillimeters


def mix(hex_color: str, factor: float) -> str:
    """Return ``hex_color`` mixed towards white (factor > 0) or black (factor < 0)."""
    target = 255 if factor > 0 else 0
    f = abs(factor)
    c = QColor(hex_color)
    rgb = (round(v + (target - v) * f) for v in (c.red(), c.green(), c.blue()))
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def fill_symbol(hex_color: str, hatched: bool = False) -> QgsFillSymbol:
    """Area symbol: solid fill with thin white outline, optionally a line hatch on top."""
    fill = QgsSimpleFillSymbolLayer()
    fill.setColor(QColor(hex_color))
    fill.setStrokeColor(QColor(OUTLINE_COLOR))
    fill.setStrokeWidth(OUTLINE_WIDTH_MM)
    fill.setStrokeWidthUnit(MM)
    # Layers go in via changeSymbolLayer/appendSymbolLayer: those take ownership from
    # Python, whereas the QgsSymbolLayerList constructors do not (segfault on gc).
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, fill)
    if hatched:
        line = QgsSimpleLineSymbolLayer(QColor(HATCH_COLOR), HATCH_WIDTH_MM)
        line.setWidthUnit(MM)
        line_symbol = QgsLineSymbol()
        line_symbol.changeSymbolLayer(0, line)
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setSubSymbol(line_symbol)
        hatch.setColor(QColor(HATCH_COLOR))
        hatch.setLineWidth(HATCH_WIDTH_MM)
        hatch.setLineWidthUnit(MM)
        hatch.setLineAngle(HATCH_ANGLE)
        hatch.setDistance(HATCH_SPACING_MM)
        hatch.setDistanceUnit(MM)
        symbol.appendSymbolLayer(hatch)
    return symbol


def si_klasse_color(klasse: str) -> str:
    """Fill colour of a combined class ``"<Status> & <Dynamik>"``."""
    status, dyn = klasse.split(" & ")
    return mix(STATUS_BASE[status], DYNAMIK_FACTOR[dyn])


def renderer(field: str, colors: dict[str, str]) -> QgsCategorizedSymbolRenderer:
    """Categorised renderer (value == label) plus the grey catch-all category."""
    cats = [
        QgsRendererCategory(value, fill_symbol(color, value.split(" & ")[-1] in HATCHED), value)
        for value, color in colors.items()
    ]
    cats.append(QgsRendererCategory("", fill_symbol(NOT_RATED_COLOR), NOT_RATED_LABEL))
    return QgsCategorizedSymbolRenderer(field, cats)


def priority_renderer() -> QgsCategorizedSymbolRenderer:
    """og_prioritaet in the order hoch, mittel, niedrig."""
    cats = [QgsRendererCategory(v, fill_symbol(c), v) for v, c in PRIORITY_BASE.items()]
    return QgsCategorizedSymbolRenderer("og_prioritaet", cats)


def warning_renderer() -> QgsCategorizedSymbolRenderer:
    """zr_warnung: Frühwarnung (1, hatched), keine Warnung (0), grey catch-all for NULL."""
    cats = [QgsRendererCategory(v, fill_symbol(c, v == 1), label) for v, (label, c) in WARNING_BASE.items()]
    cats.append(QgsRendererCategory("", fill_symbol(NOT_RATED_COLOR), NOT_RATED_LABEL))
    return QgsCategorizedSymbolRenderer("zr_warnung", cats)


def styles() -> dict[str, QgsCategorizedSymbolRenderer]:
    """All styles by file stem."""
    return {
        "sozialindex_11": renderer("si_klasse", {k: si_klasse_color(k) for k in SI_KLASSEN_11}),
        "sozialindex_12": renderer("si_klasse", {k: si_klasse_color(k) for k in SI_KLASSEN_12}),
        "status": renderer("si_status", dict(STATUS_BASE)),
        "dynamik": renderer("dyn_klasse", dict(DYNAMIK_BASE)),
        "angebotsluecken": priority_renderer(),
        "zeitreihe_warnung": warning_renderer(),
    }


def memory_layer() -> QgsVectorLayer:
    """Empty polygon layer carrying the three class fields."""
    uri = "Polygon?crs=EPSG:25832&field=si_klasse:string&field=si_status:string"
    return QgsVectorLayer(uri + "&field=dyn_klasse:string&field=zr_warnung:integer", "styles", "memory")


def write_styles(out_dir: Path) -> None:
    """Save every style as a symbology-only QML file into ``out_dir``."""
    layer = memory_layer()
    for name, rend in styles().items():
        layer.setRenderer(rend)
        path = out_dir / f"{name}.qml"
        msg, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.Symbology)
        if not ok:
            raise RuntimeError(f"{path}: {msg}")
        print(f"wrote {path}")


def print_palette() -> None:
    """Print the resulting label -> fill table."""
    for name, rend in styles().items():
        print(f"[{name}]")
        for cat in rend.categories():
            layers = cat.symbol().symbolLayerCount()
            hatch = " + hatch" if layers > 1 else ""
            print(f"  {cat.label():<24} {cat.symbol().color().name()}{hatch}")


def check(out_dir: Path) -> bool:
    """Render each QML onto a test grid (12 classes + NULL); return True if all fine."""
    out_dir.mkdir(parents=True, exist_ok=True)
    layer = memory_layer()
    feats = []
    for i, klasse in enumerate([*SI_KLASSEN_12, None]):
        x, y = (i % 5) * 1200, -(i // 5) * 1200
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 1000, y + 1000)))
        status, dyn = klasse.split(" & ") if klasse else (None, None)
        f.setAttributes([klasse, status, dyn])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()

    text = QgsTextFormat()
    text.setSize(7)
    pal = QgsPalLayerSettings()
    pal.fieldName = "coalesce(si_klasse, 'NULL')"
    pal.isExpression = True
    pal.setFormat(text)

    expected = {"sozialindex_11": 12, "sozialindex_12": 13, "status": 5, "dynamik": 4}
    null_rect = feats[-1].geometry().boundingBox()
    ok = True
    for name, count in expected.items():
        msg, loaded = layer.loadNamedStyle(str(STYLE_DIR / f"{name}.qml"))
        rend = layer.renderer()
        n = len(rend.legendSymbolItems())
        ctx = QgsRenderContext()
        rend.startRender(ctx, layer.fields())
        syms = rend.originalSymbolsForFeature(feats[-1], ctx)
        null_symbol = syms[0].color().name() if syms else None
        rend.stopRender(ctx)

        layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
        layer.setLabelsEnabled(True)
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        settings.setExtent(layer.extent().buffered(300))
        settings.setOutputSize(QSize(600, 400))
        settings.setBackgroundColor(QColor("white"))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        image.save(str(out_dir / f"{name}.png"))
        # sample the NULL square off-centre (the label sits in the middle)
        px = settings.mapToPixel().transform(null_rect.xMinimum() + 150, null_rect.yMinimum() + 150)
        null_pixel = image.pixelColor(round(px.x()), round(px.y())).name()

        good = loaded and n == count and null_symbol == null_pixel == NOT_RATED_COLOR
        ok &= good
        print(
            f"{name}: legend items {n} (expected {count}); NULL feature symbol {null_symbol}, "
            f"pixel {null_pixel} -> {'OK' if good else 'FAIL ' + msg}"
        )
    return ok


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="render test maps")
    parser.add_argument("--check-dir", type=Path, default=Path(tempfile.gettempdir()) / "styles_check")
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    try:
        write_styles(STYLE_DIR)
        print_palette()
        return 0 if not args.check or check(args.check_dir) else 1
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
