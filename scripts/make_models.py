"""Write the bundled workflow models (models/*.model3) with the QGIS model API.

QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_models.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "test"))

Source = QgsProcessingModelChildParameterSource


def add_input(model: QgsProcessingModelAlgorithm, param, x: float) -> None:
    """A model input placed on the canvas."""
    component = QgsProcessingModelParameter(param.name())
    component.setPosition(QPointF(x, 60))
    model.addModelParameter(param, component)


def add_child(model, child_id: str, alg: str, sources: dict, y: float, output: str = "") -> None:
    """A child algorithm with its parameter sources; optionally a final model output."""
    child = QgsProcessingModelChildAlgorithm(alg)
    child.setChildId(child_id)
    child.setDescription(child_id)
    child.setPosition(QPointF(300, y))
    for name, source in sources.items():
        child.addParameterSources(name, [source])
    if output:
        out = QgsProcessingModelOutput(output, output)
        out.setChildId(child_id)
        out.setChildOutputName("OUTPUT")
        out.setPosition(QPointF(550, y))
        child.setModelOutputs({output: out})
    model.addChildAlgorithm(child)


def sozialindex_model() -> QgsProcessingModelAlgorithm:
    """Blocks -> coarse units (two dates), Status, Dynamik (11 classes)."""
    model = QgsProcessingModelAlgorithm("Sozialindex mit Dynamik", "Sozialindex", "sozialindex")
    model.setName("sozialindex_dynamik")
    model.setHelpContent(
        {
            "ALG_DESC": "Aggregiert die Zählwerte der Baublöcke auf die Raumebene (Sozialquartiere "
            "oder Arbeitsmarktbezirke), berechnet den Sozialindex (Status) zum Zeitpunkt t1 und "
            "die Dynamik t0 -> t1 und klassifiziert in die 11-Klassen-Legende.",
        }
    )
    poly = [QgsProcessing.SourceType.TypeVectorPolygon]
    add_input(
        model,
        QgsProcessingParameterFeatureSource(
            "BLOCKS", "Baublöcke (Zählwerte)", [QgsProcessing.SourceType.TypeVector]
        ),
        50,
    )
    add_input(
        model,
        QgsProcessingParameterFeatureSource("AREAS", "Raumeinheiten (z. B. Sozialquartiere)", poly),
        200,
    )
    add_input(
        model,
        QgsProcessingParameterField(
            "ID_FIELD", "Id-Feld der Raumeinheiten", parentLayerParameterName="AREAS"
        ),
        350,
    )
    add_input(
        model,
        QgsProcessingParameterString("POPULATION_FIELD", "Einwohnerfeld zum Zeitpunkt t1", "ew_2023"),
        500,
    )
    add_input(
        model,
        QgsProcessingParameterMatrix(
            "INDICATORS", "Indikatoren t1", headers=["Feld", "Nenner", "Richtung", "Gewicht"]
        ),
        650,
    )
    add_input(
        model,
        QgsProcessingParameterMatrix(
            "INDICATORS_DYNAMIK",
            "Indikatoren Dynamik",
            headers=["Feld t0", "Nenner t0", "Feld t1", "Nenner t1", "Richtung", "Gewicht"],
        ),
        800,
    )
    add_child(
        model,
        "aggregate",
        "sozialplanung:aggregate",
        {
            "INPUT": Source.fromModelParameter("BLOCKS"),
            "TARGET": Source.fromModelParameter("AREAS"),
            "METHOD": Source.fromStaticValue(1),
            "OUTPUT": Source.fromStaticValue("TEMPORARY_OUTPUT"),
        },
        200,
    )
    add_child(
        model,
        "sozialindex",
        "sozialplanung:sozialindex",
        {
            "INPUT": Source.fromChildOutput("aggregate", "OUTPUT"),
            "ID_FIELD": Source.fromModelParameter("ID_FIELD"),
            "INDICATORS": Source.fromModelParameter("INDICATORS"),
            "POPULATION_FIELD": Source.fromModelParameter("POPULATION_FIELD"),
            "OUTPUT": Source.fromStaticValue("TEMPORARY_OUTPUT"),
        },
        350,
    )
    add_child(
        model,
        "dynamik",
        "sozialplanung:dynamik",
        {
            "INPUT": Source.fromChildOutput("sozialindex", "OUTPUT"),
            "ID_FIELD": Source.fromModelParameter("ID_FIELD"),
            "INDICATORS": Source.fromModelParameter("INDICATORS_DYNAMIK"),
        },
        500,
        output="Sozialindex",
    )
    return model


def main() -> int:
    """Start QGIS with the plugin (models refer to its algorithms) and write the models."""
    from helpers import PLUGIN_PARENT, ensure_plugin_link

    ensure_plugin_link()
    sys.path[:0] = [str(PLUGIN_PARENT), "/usr/share/qgis/python/plugins"]
    app = QgsApplication([], False)
    app.initQgis()
    import sozialplanung

    plugin = sozialplanung.classFactory(None)
    plugin.initProcessing()
    for filename, model in (("sozialindex.model3", sozialindex_model()),):
        path = ROOT / "models" / filename
        if not model.toFile(str(path)):
            sys.exit(f"could not write {path}")
        print(path)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
