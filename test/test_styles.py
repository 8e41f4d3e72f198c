"""The bundled QML styles: categories, legend order, NULL drawn grey, distinct colours."""

from __future__ import annotations

import pytest
from helpers import ROOT, memory_layer, square
from sozialplanung.core.sozialindex import DYN_LABELS, STATUS_LABELS, class_legend

STYLES = {
    "sozialindex_11.qml": ("si_klasse", [label for _, label in class_legend("oberhausen")]),
    "sozialindex_12.qml": ("si_klasse", [label for _, label in class_legend("berlin")]),
    "status.qml": ("si_status", list(STATUS_LABELS)),
    "dynamik.qml": ("dyn_klasse", list(DYN_LABELS)),
}


@pytest.mark.parametrize("name", sorted(STYLES))
def test_style_categories_in_legend_order(name):
    field, labels = STYLES[name]
    layer = memory_layer("Polygon", [(field, "string")], [(square(0, 0), labels[0]), (square(100, 0), None)])
    message, ok = layer.loadNamedStyle(str(ROOT / "styles" / name))
    assert ok, message
    renderer = layer.renderer()
    assert renderer.classAttribute() == field
    cats = renderer.categories()
    assert [c.label() for c in cats] == labels + ["nicht bewertet"]
    assert [c.value() for c in cats[:-1]] == labels
    colours = [c.symbol().color().name() for c in cats]
    assert len(set(colours)) == len(colours)  # every class distinguishable
    assert colours[-1] == "#bdbdbd"  # not rated: grey
    null_feature = next(f for f in layer.getFeatures() if f[field] is None or f[field] != labels[0])
    from qgis.core import QgsRenderContext

    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    assert renderer.symbolForFeature(null_feature, context).color().name() == "#bdbdbd"
    renderer.stopRender(context)


def test_warning_style_of_the_time_series():
    layer = memory_layer(
        "Polygon",
        [("zr_warnung", "integer")],
        [(square(0, 0), 1), (square(100, 0), 0), (square(200, 0), None)],
    )
    message, ok = layer.loadNamedStyle(str(ROOT / "styles" / "zeitreihe_warnung.qml"))
    assert ok, message
    renderer = layer.renderer()
    assert renderer.classAttribute() == "zr_warnung"
    assert [c.label() for c in renderer.categories()] == ["Frühwarnung", "keine Warnung", "nicht bewertet"]
    from qgis.core import QgsRenderContext

    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    colours = [renderer.symbolForFeature(f, context).color().name() for f in layer.getFeatures()]
    renderer.stopRender(context)
    assert colours == ["#d55e00", "#abd9e9", "#bdbdbd"]
    categories = renderer.categories()  # keep the copies alive: symbol() points into them
    assert categories[0].symbol().symbolLayerCount() == 2  # hatched: readable without colour
