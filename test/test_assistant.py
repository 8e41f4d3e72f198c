"""Plugin menu and the Sozialindex assistant, driven through its widgets (headless QGIS)."""

from __future__ import annotations

import importlib.util
import time

import pytest
from helpers import DEMO_GPKG, layer_of, rows, run
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsMemoryProviderUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent

YEARS_T1, YEARS_T0 = "2023", "2021"


def wait_for(predicate, timeout: float = 300.0) -> None:
    """Process Qt events until ``predicate()`` holds (a run in a background task)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        QCoreApplication.processEvents()
        time.sleep(0.005)
        assert time.monotonic() < deadline, "timed out"


@pytest.fixture(scope="module")
def gui(plugin, qgis_iface):
    """The session plugin with its menu and toolbar."""
    if plugin.menu is None:
        plugin.initGui()
    return plugin


@pytest.fixture
def blocks():
    """The demo Baublöcke in the project (removed afterwards)."""
    layer = QgsVectorLayer(f"{DEMO_GPKG}|layername=baubloecke", "baubloecke", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


class History(list):
    """The Processing history entries written since the fixture started (a live view)."""

    def __init__(self) -> None:
        from sozialplanung.algorithms.compat import history_commands

        self.read = history_commands
        self.start = len(history_commands())
        super().__init__()

    def refresh(self) -> History:
        """Read the entries written since the start."""
        self[:] = [c for c in self.read()[self.start :] if "sozialplanung:" in c]
        return self


@pytest.fixture
def history():
    """The real Processing history of the test profile (history provider or ProcessingLog)."""
    return History()


@pytest.fixture
def assistant(gui, qgis_iface, blocks):
    from sozialplanung.ui.sozialindex_assistant import SozialindexAssistant

    dialog = SozialindexAssistant(qgis_iface)
    dialog.layerCombo.setLayer(blocks)
    yield dialog
    dialog.cleanup()
    dialog.deleteLater()


def test_menu_has_assistant_every_algorithm_style_and_help(gui):
    names = [a.objectName() for a in gui.menu.actions() if a.objectName()]
    algorithms = QgsApplication.processingRegistry().providerById("sozialplanung").algorithms()
    assert len(algorithms) >= 4  # sozialindex, dynamik, aggregate, the bundled model
    for alg in algorithms:
        assert f"sozialplanung_{alg.name()}" in names
    for name in ("sozialplanung_assistant", "sozialplanung_apply_style", "sozialplanung_help"):
        assert name in names
    assert names[0] == "sozialplanung_assistant"
    assert names.index("sozialplanung_sozialindex") < names.index("sozialplanung_aggregate")
    for module, action in (
        ("poi_review", "sozialplanung_poi_review"),
        ("kommonitor_dialog", "sozialplanung_kommonitor_dialog"),
    ):
        present = importlib.util.find_spec(f"sozialplanung.ui.{module}") is not None
        assert (action in names) == present
    toolbar = [a.objectName() for a in gui.toolbar.actions()]
    assert toolbar[:2] == ["sozialplanung_assistant", "sozialplanung_apply_style"]


def test_menu_follows_provider_reload_without_duplicates(gui):
    gui.provider.refreshAlgorithms()
    names = [a.objectName() for a in gui.menu.actions() if a.objectName()]
    assert len(names) == len(set(names))
    expected = {f"sozialplanung_{alg.name()}" for alg in gui.provider.algorithms()}
    assert {a.objectName() for a in gui.algorithm_actions} == expected
    assert expected <= set(names)


def test_help_shows_the_german_guide(gui):
    gui.show_help()
    dialog = gui.dialogs["help"]
    text = dialog.browser.toPlainText()
    assert "Sozialindex" in text and "qgis_process" in text
    dialog.close()


def test_assistant_guesses_fields_and_fills_oberhausen_preset(assistant):
    assert assistant.idField.currentField() == "block_id"
    assert assistant.populationField.currentField() == "ew_2023"
    rows_ = assistant.indicators.rows()
    assert len(rows_) == 7
    assert rows_[1] == ("sgb2_2023", "ew_2023", "+", 1.0)
    assert rows_[2] == ("sgb2_u15_2023", "ew_u15_2023", "+", 1.0)
    assert assistant.dynamikGroup.isChecked()
    assert assistant.yearT0Combo.currentData() == YEARS_T0
    assert [assistant.yearT0Combo.itemData(i) for i in range(assistant.yearT0Combo.count())] == [
        "2021",
        "2019",
    ]
    assert assistant.dynamik.matrix()[6:12] == ["sgb2_2021", "ew_2021", "sgb2_2023", "ew_2023", "+", "1"]
    assert "7 of 7" in assistant.presetMessage.text()


def test_preset_for_an_earlier_year_and_manual_rows(assistant):
    assistant.yearCombo.setCurrentIndex(assistant.yearCombo.findData("2021"))
    assistant.applyPresetButton.click()
    assert assistant.indicators.rows()[0] == ("mig_2021", "ew_2021", "+", 1.0)
    assert [assistant.yearT0Combo.itemData(i) for i in range(assistant.yearT0Combo.count())] == ["2019"]
    assistant.removeRowButton.click()
    assert len(assistant.indicators.rows()) == 6
    assistant.addRowButton.click()
    assistant.indicators.cell(6, 0).setField("alo_u25_2021")
    assistant.indicators.cell(6, 1).setField("ew_15_24_2021")
    assistant.indicators.cell(6, 2).setCurrentIndex(1)
    assistant.indicators.cell(6, 3).setValue(2.5)
    assert assistant.indicators.rows()[6] == ("alo_u25_2021", "ew_15_24_2021", "-", 2.5)
    assert assistant.indicators.matrix()[-4:] == ["alo_u25_2021", "ew_15_24_2021", "-", "2.5"]


def test_preview_matches_the_algorithm_and_draws_the_map(assistant):
    assistant.dynamikGroup.setChecked(False)
    assistant.preview.update()
    counts = assistant.preview.class_counts()
    assert sum(counts.values()) == 402
    result = layer_of(run("sozialplanung:sozialindex", assistant.parameters.status("TEMPORARY_OUTPUT")))
    expected = {}
    for rec in rows(result, "block_id").values():
        label = rec["si_status"] or "nicht bewertet"
        expected[label] = expected.get(label, 0) + 1
    assert counts == {label: expected.get(label, 0) for label in counts}
    assert counts["nicht bewertet"] > 0  # blocks below 300 inhabitants
    assert assistant.histogram.bar_count() == 402 - counts["nicht bewertet"]
    assert "Hoch" in assistant.previewCounts.text()
    preview = assistant.preview.map.layer()
    assert preview is not None and preview.featureCount() == 402
    assert preview.renderer().classAttribute() == "si_status"
    statuses = [f["si_status"] for f in preview.getFeatures()]
    assert statuses.count("Hoch") == counts["Hoch"]
    # a wider Hoch class through the widget: more areas are Hoch
    assistant.cutHoch.setValue(0.5)
    assistant.preview.update()
    assert assistant.preview.class_counts()["Hoch"] > counts["Hoch"]
    assert sum(assistant.preview.class_counts().values()) == 402


def test_preview_reports_bad_input_instead_of_failing(assistant):
    assistant.idField.setField("sq_id")  # not unique per block
    assistant.preview.update()
    assert "sq_id" in assistant.previewMessage.text()
    assert assistant.preview.class_counts() == {}
    assistant.idField.setField("block_id")
    assistant.weightedCheck.setChecked(True)
    assistant.populationField.setField("")
    assistant.preview.update()
    # the algorithm's own message
    assert assistant.previewMessage.text() == "Population weighting needs a population field."


def test_preview_with_dynamik_shows_combined_classes(assistant):
    assistant.preview.update()
    assert "Mittel & Stabil" in assistant.previewCounts.text()
    assert "Hoch & Positiv" not in assistant.previewCounts.text()  # Oberhausen scheme: 11 classes


def test_preview_dynamik_matches_the_algorithms(assistant):
    assistant.preview.update()
    preview = assistant.preview.combined["si_klasse"].fillna("nicht bewertet").value_counts().to_dict()
    status = layer_of(run("sozialplanung:sozialindex", assistant.parameters.status("TEMPORARY_OUTPUT")))
    direct = layer_of(run("sozialplanung:dynamik", assistant.parameters.dynamik(status, "TEMPORARY_OUTPUT")))
    expected = {}
    for rec in rows(direct, "block_id").values():
        label = rec["si_klasse"] or "nicht bewertet"
        expected[label] = expected.get(label, 0) + 1
    assert preview == expected


def test_preview_reads_the_attributes_once_per_field_set(assistant, monkeypatch):
    from sozialplanung.algorithms.base import SozialplanungAlgorithm

    reads = []
    read_table = SozialplanungAlgorithm.read_table
    monkeypatch.setattr(
        SozialplanungAlgorithm,
        "read_table",
        lambda self, *args, **kwargs: reads.append(args[1:3]) or read_table(self, *args, **kwargs),
    )
    assistant.preview.forget()
    assistant.preview.update()
    assert len(reads) == 2  # status and Dynamik fields
    for cut in (0.5, 0.8):  # method options only: computed again, not read again
        assistant.cutHoch.setValue(cut)
        assistant.preview.update()
    assistant.weightedCheck.setChecked(True)
    assistant.preview.update()
    assert len(reads) == 2 and assistant.previewMessage.text() == ""
    assistant.indicators.cell(0, 3).setValue(2.0)  # a weight: the same fields
    assistant.preview.update()
    assert len(reads) == 2
    assistant.indicators.remove_selected()  # fewer fields: read again
    assistant.preview.update()
    assert len(reads) == 4
    assistant.layerCombo.currentLayer().dataChanged.emit()  # edited data: read again
    assistant.preview.update()
    assert len(reads) == 6


def test_run_status_and_dynamik_loads_styled_result_and_logs_history(assistant, history):
    finished = []
    assistant.runFinished.connect(lambda ok, layer_id: finished.append((ok, layer_id)))
    assistant.runButton.click()
    assert assistant.cancelButton.isEnabled()
    wait_for(lambda: finished)
    ok, layer_id = finished[0]
    assert ok, assistant.statusLabel.text()
    layer = QgsProject.instance().mapLayer(layer_id)
    assert layer is not None and layer.featureCount() == 402
    assert layer.renderer().classAttribute() == "si_klasse"
    assert len(layer.renderer().categories()) == 12  # 11 classes + nicht bewertet
    assert layer.name() == "Sozialindex 2021–2023"
    assert assistant.preview.map.layer() is None  # replaced by the result
    assert assistant.progressBar.value() == 100
    assert not assistant.cancelButton.isEnabled()
    assert len(history.refresh()) == 2
    assert "sozialplanung:sozialindex" in history[0] and "sozialplanung:dynamik" in history[1]
    got = rows(layer, "block_id")
    direct = layer_of(run("sozialplanung:sozialindex", assistant.parameters.status("TEMPORARY_OUTPUT")))
    direct = layer_of(run("sozialplanung:dynamik", assistant.parameters.dynamik(direct, "TEMPORARY_OUTPUT")))
    for key, rec in rows(direct, "block_id").items():
        assert got[key]["si_klasse"] == rec["si_klasse"]
        assert got[key]["si_index"] == pytest.approx(rec["si_index"]) if rec["si_index"] is not None else True


def test_run_to_a_geopackage_without_dynamik(assistant, tmp_path, history):
    assistant.dynamikGroup.setChecked(False)
    assistant.outputFile.setFilePath(str(tmp_path / "status.gpkg"))
    finished = []
    assistant.runFinished.connect(lambda ok, layer_id: finished.append((ok, layer_id)))
    assistant.run()
    wait_for(lambda: finished)
    assert finished[0][0], assistant.statusLabel.text()
    layer = QgsProject.instance().mapLayer(finished[0][1])
    assert layer.source().startswith(str(tmp_path / "status.gpkg"))
    assert layer.renderer().classAttribute() == "si_status"
    assert layer.name() == "Sozialindex status 2023"
    assert len(history.refresh()) == 1


def test_run_error_is_shown(assistant, history):
    assistant.indicators.set_rows([])
    finished = []
    assistant.runFinished.connect(lambda ok, layer_id: finished.append(ok))
    assistant.dynamikGroup.setChecked(False)
    assistant.run()
    assert finished == []  # rejected before starting
    assert assistant.statusLabel.text()
    assert history.refresh() == []


def big_layer(copies: int) -> QgsVectorLayer:
    """The demo blocks duplicated ``copies`` times into a memory layer with unique ids."""
    source = QgsVectorLayer(f"{DEMO_GPKG}|layername=baubloecke", "baubloecke", "ogr")
    layer = QgsMemoryProviderUtils.createMemoryLayer("big", source.fields(), source.wkbType(), source.crs())
    originals = list(source.getFeatures())
    id_index = source.fields().lookupField("block_id")
    features = []
    for copy in range(copies):
        for feat in originals:
            out = QgsFeature(feat)
            attrs = feat.attributes()
            attrs[0] = None  # fid
            attrs[id_index] = attrs[id_index] + 1_000_000 * copy
            out.setAttributes(attrs)
            features.append(out)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def test_progress_and_cancel_on_100000_features(gui, qgis_iface, history):
    from sozialplanung.ui.sozialindex_assistant import SozialindexAssistant

    layer = big_layer(249)
    assert layer.featureCount() == 100_098
    QgsProject.instance().addMapLayer(layer)
    dialog = SozialindexAssistant(qgis_iface)
    try:
        dialog.layerCombo.setLayer(layer)
        assert not dialog.autoPreviewCheck.isChecked()  # large layer: preview on request
        assert dialog.idField.currentField() == "block_id"
        assert len(dialog.indicators.rows()) == 7
        progress, finished = [], []
        dialog.runFinished.connect(lambda ok, layer_id: finished.append((ok, layer_id)))
        layers_before = set(QgsProject.instance().mapLayers())
        dialog.run()
        dialog.runner.feedback.progressChanged.connect(progress.append)
        wait_for(lambda: any(p > 2 for p in progress) or finished)
        assert not finished, "finished before cancel"
        dialog.cancelButton.click()
        clicked = time.monotonic()
        wait_for(lambda: finished)
        latency = time.monotonic() - clicked
        print(f"cancel latency {latency:.2f} s, last progress {progress[-1]:.1f} %")
        assert finished[0] == (False, "")
        assert "Canceled" in dialog.statusLabel.text()
        assert 0 < max(progress) < 100
        assert 0 < dialog.progressBar.value() < 100
        assert set(QgsProject.instance().mapLayers()) == layers_before
        assert dialog.runButton.isEnabled() and not dialog.cancelButton.isEnabled()
        assert latency < 15  # the loops check isCanceled; a full run takes far longer
    finally:
        dialog.cleanup()
        QgsProject.instance().removeAllMapLayers()


def test_unload_removes_menu_toolbar_provider_and_dialogs(gui, qgis_iface, blocks):
    """Runs last in this module: unload, then register the provider again for later tests."""
    gui.open_assistant()
    assistant = gui.dialogs["assistant"]
    assistant.layerCombo.setLayer(blocks)
    assistant.preview.update()
    assert assistant.preview.map.layer() is not None
    toolbar = gui.toolbar
    registry = QgsApplication.processingRegistry()
    gui.unload()
    assert registry.providerById("sozialplanung") is None
    assert gui.menu is None and gui.toolbar is None and gui.dialogs == {}
    assert gui.actions == [] and gui.algorithm_actions == []
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert sip.isdeleted(toolbar) and sip.isdeleted(assistant)
    assert [layer.name() for layer in QgsProject.instance().mapLayers().values()] == ["baubloecke"]
    gui.initProcessing()
    assert registry.providerById("sozialplanung") is not None
