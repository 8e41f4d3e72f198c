"""The version switches of algorithms/compat.py on the QGIS this suite runs on."""

from __future__ import annotations

import sqlite3

from helpers import memory_layer, square
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from sozialplanung.algorithms import compat


def test_field_helper_makes_each_kind():
    # QVariant and QMetaType share the type numbers: Int 2, LongLong 4, Double 6, QString 10
    types = {kind: int(compat.make_field(f"f_{kind}", kind).type()) for kind in compat.FIELD_TYPES}
    assert types == {"double": 6, "int": 2, "long": 4, "string": 10}


def test_meters_is_the_unit_of_a_metric_crs():
    assert QgsCoordinateReferenceSystem("EPSG:25832").mapUnits() == compat.METERS
    assert QgsCoordinateReferenceSystem("EPSG:4326").mapUnits() != compat.METERS


def test_label_placement_is_horizontal_and_survives_a_settings_copy():
    from qgis.core import QgsPalLayerSettings

    settings = QgsPalLayerSettings()
    settings.placement = compat.LABEL_HORIZONTAL
    assert int(QgsPalLayerSettings(settings).placement) == 4  # Horizontal in every version's enum


def test_default_style_is_stored_in_the_geopackage(tmp_path):
    layer = memory_layer("Polygon", [("si_klasse", "string")], [(square(0, 0), "Mittel & Stabil")])
    path = tmp_path / "styled.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError
    saved = QgsVectorLayer(str(path), "styled", "ogr")
    saved.renderer().symbol().setColor(saved.renderer().symbol().color().darker())
    assert compat.save_default_style(saved, "mein_stil", "Sozialplanung") == ""
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT styleName, useAsDefault, description FROM layer_styles").fetchall()
    assert rows == [("mein_stil", 1, "Sozialplanung")]


def test_history_records_and_reads_back_a_run():
    alg = QgsApplication.processingRegistry().createAlgorithmById("sozialplanung:sozialindex")
    context = QgsProcessingContext()
    before = len(compat.history_commands())
    compat.add_to_history(alg, {"INPUT": "blocks.gpkg", "ID_FIELD": "id", "OUTPUT": "x.gpkg"}, context)
    commands = compat.history_commands()
    assert len(commands) == before + 1
    assert "sozialplanung:sozialindex" in commands[-1] and "blocks.gpkg" in commands[-1]


def test_load_results_loads_the_styled_output():
    layer = memory_layer(
        "Polygon",
        [("id", "string"), ("ew", "int"), ("sgb2", "int")],
        [(square(i * 100, 0), f"a{i}", 1000, 50 + 30 * i) for i in range(6)],
    )
    alg = QgsApplication.processingRegistry().createAlgorithmById("sozialplanung:sozialindex")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {
        "INPUT": layer,
        "ID_FIELD": "id",
        "INDICATORS": ["sgb2", "ew", "+", 1],
        "POPULATION_FIELD": "ew",
        "OUTPUT": QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance()),
    }
    feedback = QgsProcessingFeedback()
    results, ok = alg.run(params, context, feedback)
    assert ok, feedback.textLog()
    added = compat.load_results(context, feedback)
    assert len(added) == 1 and added[0].featureCount() == 6
    assert added[0].renderer().classAttribute() == "si_status"
    QgsProject.instance().removeMapLayer(added[0].id())
