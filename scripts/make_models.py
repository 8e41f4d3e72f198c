"""Write the bundled workflow models (models/*.model3) with the QGIS model API.

QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_models.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

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
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

ROOT = Path(__file__).resolve().parents[1]

Source = QgsProcessingModelChildParameterSource
SOZIALBERICHT_DESC = (
    "Die ganze Kette bis zum Bericht: Zählwerte der Baublöcke auf die Raumebene "
    "aggregieren, Sozialindex (t1) und Dynamik (t0 -> t1) berechnen und den Sozialbericht mit "
    "Übersichtskarte, Tabelle aller Gebiete und Profilen der auffälligen Gebiete schreiben "
    "(HTML, optional PDF). Dazu die Zeitreihe über alle Ausgaben (Felder mit {jahr}) mit "
    "Klassenwechseln und Frühwarnung (zr_warnung)."
)


def add_input(model: QgsProcessingModelAlgorithm, param, x: float) -> None:
    """A model input placed on the canvas."""
    component = QgsProcessingModelParameter(param.name())
    component.setPosition(QPointF(x, 60))
    model.addModelParameter(param, component)


def add_child(
    model,
    child_id: str,
    alg: str,
    sources: dict,
    y: float,
    output: str = "",
    outputs: Optional[dict] = None,
) -> None:
    """A child algorithm with its parameter sources; optionally final model outputs.

    ``output`` names the model output of the child's OUTPUT; ``outputs`` maps further
    model output names to child output names (e.g. ``{"Bericht": "OUTPUT_HTML"}``). An
    output stays optional when the child's parameter is (e.g. OUTPUT_PDF of the report).
    """
    child = QgsProcessingModelChildAlgorithm(alg)
    child.setChildId(child_id)
    child.setDescription(child_id)
    child.setPosition(QPointF(300, y))
    for name, source in sources.items():
        child.addParameterSources(name, [source])
    wanted = dict(outputs or {})
    if output:
        wanted[output] = "OUTPUT"
    model_outputs = {}
    for n, (name, child_output) in enumerate(wanted.items()):
        out = QgsProcessingModelOutput(name, name)
        out.setChildId(child_id)
        out.setChildOutputName(child_output)
        out.setPosition(QPointF(550, y + 40 * n))
        model_outputs[name] = out
    child.setModelOutputs(model_outputs)
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
    add_index_chain(model)
    return model


def add_index_chain(model: QgsProcessingModelAlgorithm) -> None:
    """Inputs and children aggregate -> sozialindex -> dynamik (model output 'Sozialindex')."""
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


def angebotsluecken_model() -> QgsProcessingModelAlgorithm:
    """Index result + offers (+ demand) -> offer gaps with priority from the status."""
    model = QgsProcessingModelAlgorithm("Angebotslücken", "Angebote und Einrichtungen", "angebote")
    model.setName("angebotsluecken")
    model.setHelpContent(
        {
            "ALG_DESC": "Analysiert Angebotslücken für ein Sozialindex-Ergebnis: Angebote (z. B. das "
            "Einrichtungsregister) je Kategorie, Erreichbarkeit für die Zielgruppe (Bedarf je Gebiet, "
            "optional verteilt auf Adressen) und Priorität aus Lücken und Status (si_status).",
        }
    )
    add_input(
        model,
        QgsProcessingParameterFeatureSource(
            "AREAS", "Sozialindex-Ergebnis (Flächen)", [QgsProcessing.SourceType.TypeVectorPolygon]
        ),
        50,
    )
    add_input(
        model, QgsProcessingParameterField("ID_FIELD", "Id-Feld", parentLayerParameterName="AREAS"), 200
    )
    add_input(
        model,
        QgsProcessingParameterField(
            "NEED_FIELD", "Bedarf (Zielgruppe, z. B. Kinder unter 6)", parentLayerParameterName="AREAS"
        ),
        350,
    )
    add_input(
        model,
        QgsProcessingParameterFeatureSource(
            "OFFERS", "Angebote (Einrichtungen)", [QgsProcessing.SourceType.TypeVectorPoint]
        ),
        500,
    )
    add_input(
        model,
        QgsProcessingParameterField(
            "CATEGORY_FIELD", "Kategoriefeld der Angebote", parentLayerParameterName="OFFERS", optional=True
        ),
        650,
    )
    add_input(
        model,
        QgsProcessingParameterFeatureSource(
            "DEMAND",
            "Bedarfsorte (z. B. Adressen)",
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True,
        ),
        800,
    )
    add_input(
        model,
        QgsProcessingParameterField(
            "DEMAND_FIELD",
            "Bedarf je Ort (z. B. Einwohner)",
            parentLayerParameterName="DEMAND",
            optional=True,
        ),
        950,
    )
    add_input(
        model,
        QgsProcessingParameterNumber(
            "RADIUS", "Radius (m)", QgsProcessingParameterNumber.Type.Double, 1000.0, minValue=0.0
        ),
        1100,
    )
    add_child(
        model,
        "offergap",
        "sozialplanung:offergap",
        {
            "AREAS": Source.fromModelParameter("AREAS"),
            "ID_FIELD": Source.fromModelParameter("ID_FIELD"),
            "NEED_FIELD": Source.fromModelParameter("NEED_FIELD"),
            "STATUS_FIELD": Source.fromStaticValue("si_status"),
            "OFFERS": Source.fromModelParameter("OFFERS"),
            "CATEGORY_FIELD": Source.fromModelParameter("CATEGORY_FIELD"),
            "DEMAND": Source.fromModelParameter("DEMAND"),
            "DEMAND_FIELD": Source.fromModelParameter("DEMAND_FIELD"),
            "RADIUS": Source.fromModelParameter("RADIUS"),
        },
        300,
        output="Angebotsluecken",
    )
    return model


def sozialbericht_model() -> QgsProcessingModelAlgorithm:
    """The whole chain: blocks -> areas, Status, Dynamik, report (HTML and optional PDF), Zeitreihe."""
    model = QgsProcessingModelAlgorithm("Sozialbericht", "Berichte und Export", "berichte")
    model.setName("sozialbericht")
    model.setHelpContent({"ALG_DESC": SOZIALBERICHT_DESC})
    add_index_chain(model)
    add_input(
        model,
        QgsProcessingParameterField(
            "NAME_FIELD", "Namensfeld der Raumeinheiten", parentLayerParameterName="AREAS"
        ),
        950,
    )
    add_input(
        model,
        QgsProcessingParameterFeatureSource(
            "INSTITUTIONS",
            "Einrichtungen (Punkte)",
            [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True,
        ),
        1100,
    )
    for x, (name, label) in enumerate(
        (
            ("INSTITUTION_NAME_FIELD", "Name der Einrichtung"),
            ("INSTITUTION_CATEGORY_FIELD", "Kategorie der Einrichtung"),
        )
    ):
        add_input(
            model,
            QgsProcessingParameterField(name, label, parentLayerParameterName="INSTITUTIONS", optional=True),
            1250 + 150 * x,
        )
    add_zeitreihe(model)
    add_child(
        model,
        "report",
        "sozialplanung:report",
        {
            "INPUT": Source.fromChildOutput("dynamik", "OUTPUT"),
            "NAME_FIELD": Source.fromModelParameter("NAME_FIELD"),
            "INDICATORS": Source.fromModelParameter("INDICATORS"),
            "INDICATORS_DYNAMIK": Source.fromModelParameter("INDICATORS_DYNAMIK"),
            "INSTITUTIONS": Source.fromModelParameter("INSTITUTIONS"),
            "INSTITUTION_NAME_FIELD": Source.fromModelParameter("INSTITUTION_NAME_FIELD"),
            "INSTITUTION_CATEGORY_FIELD": Source.fromModelParameter("INSTITUTION_CATEGORY_FIELD"),
        },
        650,
        outputs={"Bericht": "OUTPUT_HTML", "Bericht_PDF": "OUTPUT_PDF"},
    )
    return model


def add_zeitreihe(model: QgsProcessingModelAlgorithm) -> None:
    """Inputs and child zeitreihe on the aggregated areas (model output 'Zeitreihe')."""
    add_input(
        model,
        QgsProcessingParameterMatrix(
            "INDICATORS_ZEITREIHE",
            "Indikatoren Zeitreihe (Felder mit {jahr})",
            headers=["Feld", "Nenner", "Richtung", "Gewicht"],
        ),
        1550,
    )
    add_input(
        model,
        QgsProcessingParameterString("YEARS", "Ausgaben (Jahre, leer: alle gefundenen)", optional=True),
        1700,
    )
    add_input(
        model,
        QgsProcessingParameterString(
            "POPULATION_FIELD_ZEITREIHE", "Einwohnerfeld der Zeitreihe (z. B. ew_{jahr})", optional=True
        ),
        1850,
    )
    add_child(
        model,
        "zeitreihe",
        "sozialplanung:zeitreihe",
        {
            "INPUT": Source.fromChildOutput("aggregate", "OUTPUT"),
            "ID_FIELD": Source.fromModelParameter("ID_FIELD"),
            "INDICATORS": Source.fromModelParameter("INDICATORS_ZEITREIHE"),
            "YEARS": Source.fromModelParameter("YEARS"),
            "POPULATION_FIELD": Source.fromModelParameter("POPULATION_FIELD_ZEITREIHE"),
        },
        800,
        output="Zeitreihe",
    )


def main() -> int:
    """Start QGIS with the plugin (models refer to its algorithms) and write the models."""
    from plugin_link import PLUGIN_PARENT, ensure_plugin_link

    ensure_plugin_link()
    sys.path[:0] = [str(PLUGIN_PARENT), "/usr/share/qgis/python/plugins"]
    app = QgsApplication([], False)
    app.initQgis()
    import sozialplanung

    plugin = sozialplanung.classFactory(None)
    plugin.initProcessing()
    models = (
        ("sozialindex.model3", sozialindex_model()),
        ("angebotsluecken.model3", angebotsluecken_model()),
        ("sozialbericht.model3", sozialbericht_model()),
    )
    for filename, model in models:
        path = ROOT / "models" / filename
        if not model.toFile(str(path)):
            sys.exit(f"could not write {path}")
        print(path)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
