"""sozialplanung:kommonitor against a local KomMonitor test server (127.0.0.1 only)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import textwrap

import kommonitor_server as kms
import pytest
from helpers import PLUGIN_PARENT, layer_of, qgis_process, qgis_process_json, recorder, rows, run
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

ALG = "sozialplanung:kommonitor"
BOTH = f"{kms.IND_EW},{kms.IND_SGB2}"


@pytest.fixture(scope="module")
def server():
    """The test server, started for this module and stopped after it."""
    with kms.KomMonitorServer() as srv:
        yield srv


def params(server, **kw):
    base = {
        "BASE_URL": server.base_url,
        "PUBLIC": True,
        "SPATIAL_UNIT_ID": kms.SU_STADTTEILE,
        "INDICATOR_IDS": BOTH,
        "COLUMN_PREFIXES": "ew,sgb2",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    base.update(kw)
    return base


def test_public_indicators_joined_renamed_with_nulls(server):
    server.log.clear()
    feedback = recorder()
    layer = layer_of(run(ALG, params(server), feedback))
    assert layer.fields().names() == [
        "ID",
        "NAME",
        "ew_2019",
        "ew_2021",
        "ew_2023",
        "sgb2_2019",
        "sgb2_2021",
        "sgb2_2023",
    ]
    assert [layer.fields().field(n).typeName().lower() for n in ("ID", "ew_2021")] == ["string", "double"]
    out = rows(layer, "ID")
    assert list(out) == ["1", "2", "3", "4", "5", "6"]
    assert out["3"]["NAME"] == "Styrum" and out["6"]["NAME"] == "Schmachtendorf"
    assert [out[i]["sgb2_2023"] for i in out] == [50, 100, 150, 200, 250, 300]
    assert out["6"]["sgb2_2019"] is None  # null in KomMonitor stays NULL
    assert out["6"]["sgb2_2021"] == 240 and out["1"]["ew_2019"] == 1000
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.wkbType() == QgsWkbTypes.Type.MultiPolygon
    areas = {f["ID"]: f.geometry().area() for f in layer.getFeatures()}
    assert areas["3"] == pytest.approx(0.03 * 0.02)  # current boundary, not the old larger one
    assert any("1 older records" in w for w in feedback.warnings)
    # only the public mirrors were asked, without a token
    assert {path.split("/")[2] for _, path, _ in server.log} == {"public"}
    assert {auth for _, _, auth in server.log} == {None}
    assert len(server.log) == 4  # metadata + GeoJSON per indicator


def test_spatial_unit_by_name_dates_and_target_crs(server):
    layer = layer_of(
        run(
            ALG,
            params(
                server,
                SPATIAL_UNIT_ID="Stadtteile",
                DATES="2021, 2023-12-31",
                TARGET_CRS="EPSG:25832",
            ),
        )
    )
    assert layer.fields().names() == ["ID", "NAME", "ew_2021", "ew_2023", "sgb2_2021", "sgb2_2023"]
    assert layer.crs().authid() == "EPSG:25832"
    box = layer.extent()
    assert 345_000 < box.xMinimum() < box.xMaximum() < 355_000  # UTM 32N metres near Oberhausen
    assert 5_700_000 < box.yMinimum() < 5_710_000


def test_georesource_newest_records_and_on_a_date(server):
    layer = layer_of(run(ALG, params(server, RESOURCE=1, GEORESOURCE_ID=kms.GEO_KITAS, INDICATOR_IDS="")))
    assert layer.wkbType() == QgsWkbTypes.Type.Point
    names = layer.fields().names()
    assert names[:2] == ["ID", "NAME"] and {"Traeger", "Plaetze", "Familienzentrum"} <= set(names)
    assert layer.fields().field("Plaetze").typeName().lower().startswith("int")
    out = rows(layer, "ID")
    assert sorted(out) == ["1", "2", "3"]  # newest record per ID, the closed Kita 3 included
    assert out["2"]["NAME"] == "Kita Regenbogen" and out["2"]["Plaetze"] == 45
    assert out["1"]["Familienzentrum"] == 1 and out["1"]["Traeger"] == "AWO"
    then = rows(
        layer_of(run(ALG, params(server, RESOURCE=1, GEORESOURCE_ID=kms.GEO_KITAS, DATES="2023"))), "ID"
    )
    assert sorted(then) == ["1", "2"]  # Kita 3 closed in 2020
    old = rows(
        layer_of(run(ALG, params(server, RESOURCE=1, GEORESOURCE_ID=kms.GEO_KITAS, DATES="2012-12-31"))), "ID"
    )
    assert old["2"]["NAME"] == "Kita Regenbogen (alt)" and "1" in old and "3" in old


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "change, text",
    [
        ({"PUBLIC": False}, r"answered http://127\.0\.0\.1:\d+/management/indicators/[\w-]+ with HTTP 401"),
        (
            {"INDICATOR_IDS": "forbidden", "COLUMN_PREFIXES": ""},
            r"/public/indicators/forbidden with HTTP 403 \(forbidden\)",
        ),
        (
            {"INDICATOR_IDS": "gibtsnicht", "COLUMN_PREFIXES": ""},
            r"/public/indicators/gibtsnicht with HTTP 404 \(not found\)",
        ),
        (
            {"INDICATOR_IDS": "broken", "COLUMN_PREFIXES": ""},
            r"/indicators/broken with HTTP 500 \(server error\).*NullPointerException",
        ),
        (
            {"INDICATOR_IDS": "malformed", "COLUMN_PREFIXES": ""},
            r"answer of http://.*/malformed is no valid JSON",
        ),
        (
            {"INDICATOR_IDS": "encrypted", "COLUMN_PREFIXES": ""},
            r"/encrypted is encrypted \('encryptedData'\)",
        ),
        (
            {"INDICATOR_IDS": "slow", "TIMEOUT": 1, "COLUMN_PREFIXES": ""},
            r"No answer from http://.*/indicators/slow within 1 s",
        ),
        (
            {"SPATIAL_UNIT_ID": "Baublöcke"},
            r"is not available for spatial unit 'Baublöcke'; it is for: Stadtteile",
        ),
        ({"DATES": "2020"}, r"Indicator 'Einwohner insgesamt' has no values for 2020; it has: 2019-12-31"),
        ({"DATES": "20"}, r"DATES: '20' is neither a year"),
        ({"COLUMN_PREFIXES": "ew"}, r"COLUMN_PREFIXES has 1 prefixes for 2 indicators"),
        ({"SPATIAL_UNIT_ID": ""}, r"SPATIAL_UNIT_ID is needed"),
        ({"RESOURCE": 1}, r"GEORESOURCE_ID is needed"),
        ({"BASE_URL": "monitor.example.de"}, r"BASE_URL 'monitor.example.de' is no http"),
        (
            {"BASE_URL": "port"},
            r"Cannot reach http://127\.0\.0\.1:\d+/management/public/indicators/.*: Connection refused",
        ),
        (
            {"PUBLIC": False, "AUTH_CONFIG": "nix1234"},
            r"Authentication configuration 'nix1234' does not exist",
        ),
        ({"INDICATOR_IDS": f"{kms.IND_EW},broken", "COLUMN_PREFIXES": "ew,x"}, r"HTTP 500"),
    ],
)
def test_errors_are_clear_and_nothing_is_written(server, tmp_path, change, text):
    if change.get("BASE_URL") == "port":
        change["BASE_URL"] = f"http://127.0.0.1:{free_port()}/management"
    out = tmp_path / "km.gpkg"
    with pytest.raises(QgsProcessingException, match=text):
        run(ALG, params(server, OUTPUT=str(out), **change))
    assert not out.exists()


def test_output_feeds_sozialindex_and_dynamik(server, tmp_path):
    loaded = layer_of(run(ALG, params(server, OUTPUT=str(tmp_path / "km.gpkg"))))
    status = layer_of(
        run(
            "sozialplanung:sozialindex",
            {
                "INPUT": loaded,
                "ID_FIELD": "ID",
                "INDICATORS": ["sgb2_2023", "ew_2023", "+", "1"],
                "POPULATION_FIELD": "ew_2023",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    )
    dyn = rows(
        layer_of(
            run(
                "sozialplanung:dynamik",
                {
                    "INPUT": status,
                    "ID_FIELD": "ID",
                    "INDICATORS": ["sgb2_2021", "ew_2021", "sgb2_2023", "ew_2023", "+", "1"],
                    "OUTPUT": "TEMPORARY_OUTPUT",
                },
            )
        ),
        "ID",
    )
    ids = [str(i) for i in range(1, 7)]
    # SGB II shares 5 ... 30 % in 2023: z = -1.46, -0.88, -0.29, 0.29, 0.88, 1.46
    assert [dyn[i]["si_status"] for i in ids] == ["Hoch", "Mittel", "Mittel", "Mittel", "Mittel", "Niedrig"]
    # changes 2021 -> 2023: 0 pp five times, +6 pp in Schmachtendorf: z = -0.45 (x5), 2.24
    assert [dyn[i]["dyn_klasse"] for i in ids] == ["Stabil"] * 5 + ["Negativ"]
    assert dyn["6"]["si_klasse"] == "Niedrig & Negativ" and dyn["6"]["si_aufmerksam"] == 1
    assert dyn["1"]["si_klasse"] == "Hoch & Stabil" and dyn["1"]["NAME"] == "Alstaden"


def test_qgis_process_run(server, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    qgis_process("plugins", "enable", "sozialplanung", home=home, check=False)
    out = tmp_path / "stadtteile.gpkg"
    result = qgis_process_json(
        "run",
        ALG,
        "--",
        f"BASE_URL={server.base_url}",
        "PUBLIC=true",
        f"SPATIAL_UNIT_ID={kms.SU_STADTTEILE}",
        f"INDICATOR_IDS={BOTH}",
        "COLUMN_PREFIXES=ew,sgb2",
        "DATES=2023",
        "TARGET_CRS=EPSG:25832",
        f"OUTPUT={out}",
        home=home,
    )
    assert result["results"]["OUTPUT"].startswith(str(out))
    layer = QgsVectorLayer(str(out), "km", "ogr")
    assert layer.fields().names()[1:] == ["ID", "NAME", "ew_2023", "sgb2_2023"]  # fid first in GeoPackage
    assert layer.crs().authid() == "EPSG:25832" and layer.featureCount() == 6
    assert rows(layer, "ID")["4"]["sgb2_2023"] == 200
    failed = qgis_process(
        "run", ALG, "--", f"BASE_URL={server.base_url}", f"SPATIAL_UNIT_ID={kms.SU_STADTTEILE}",
        f"INDICATOR_IDS={kms.IND_EW}", f"OUTPUT={tmp_path / 'x.gpkg'}", home=home, check=False,
    )  # fmt: skip
    assert failed.returncode != 0 and "HTTP 401 (not authenticated)" in failed.stdout + failed.stderr
    assert "Traceback" not in failed.stdout + failed.stderr


AUTH_SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    sys.path.insert(0, sys.argv[1]); sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsAuthMethodConfig
    app = QgsApplication([], False); app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing, sozialplanung
    plugin = sozialplanung.classFactory(None)
    plugin.initProcessing()
    base, token_url, ids, prefixes = sys.argv[2:6]
    manager = QgsApplication.authManager()
    report = {"db": manager.authenticationDatabasePath(), "methods": manager.authMethodsKeys()}
    assert manager.setMasterPassword("test-master", True)
    oauth = {"clientId": "kommonitor-web-client", "clientSecret": "", "configType": 1, "grantFlow": 2,
             "username": "planerin", "password": "geheim", "tokenUrl": token_url, "persistToken": False,
             "requestTimeout": 10, "scope": "", "accessMethod": 0, "version": 1, "queryPairs": {}}
    config = QgsAuthMethodConfig("OAuth2")
    config.setName("KomMonitor Keycloak")
    config.setConfig("oauth2config", json.dumps(oauth))
    assert manager.storeAuthenticationConfig(config)[0]
    configs = {"OAuth2": config.id()}
    if "APIHeader" in manager.authMethodsKeys():  # later QGIS versions: a static bearer token
        header = QgsAuthMethodConfig("APIHeader")
        header.setName("KomMonitor token")
        header.setConfig("Authorization", "Bearer test-token-7f3a")
        assert manager.storeAuthenticationConfig(header)[0]
        configs["APIHeader"] = header.id()
    for method, authcfg in configs.items():
        layer = processing.run("sozialplanung:kommonitor", {
            "BASE_URL": base, "PUBLIC": False, "AUTH_CONFIG": authcfg,
            "SPATIAL_UNIT_ID": "Stadtteile", "INDICATOR_IDS": ids, "COLUMN_PREFIXES": prefixes,
            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        report[method] = {"fields": layer.fields().names(),
                          "alo": {f["ID"]: f["alo_2021_06_30"] for f in layer.getFeatures()}}
    print("REPORT" + json.dumps(report))
    """
)


def test_protected_endpoints_with_oauth2_bearer_token(server, tmp_path):
    """OAuth2 (Resource Owner grant against the Keycloak token URL) in a throwaway auth DB."""
    script = tmp_path / "auth_run.py"
    script.write_text(AUTH_SCRIPT)
    server.log.clear()
    env = dict(
        os.environ,
        QGIS_AUTH_DB_DIR_PATH=str(tmp_path),  # throwaway qgis-auth.db, never the user's
        HOME=str(tmp_path),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    token_url = server.root + "/auth/realms/kommonitor/protocol/openid-connect/token"
    proc = subprocess.run(
        [
            "/usr/bin/python3",
            str(script),
            str(PLUGIN_PARENT),
            server.base_url,
            token_url,
            f"{kms.IND_EW},{kms.IND_ALO}",
            "ew,alo",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert "REPORT" in proc.stdout, proc.stdout[-2000:] + proc.stderr[-2000:]
    report = json.loads(proc.stdout.split("REPORT", 1)[1])
    assert report["db"].startswith(str(tmp_path))
    fields = report["OAuth2"]["fields"]
    # two dates in 2021 keep the full date, 2023 the year
    assert fields == [
        "ID",
        "NAME",
        "ew_2019",
        "ew_2021",
        "ew_2023",
        "alo_2021_06_30",
        "alo_2021_12_31",
        "alo_2023",
    ]
    assert report["OAuth2"]["alo"] == {"1": 5, "2": 6, "3": 7, "4": 8, "5": 9, "6": 10}
    assert ("POST", "/auth/realms/kommonitor/protocol/openid-connect/token", "password") in server.log
    gets = [entry for entry in server.log if entry[0] == "GET"]
    assert gets and all(auth == f"Bearer {kms.TOKEN}" for _, _, auth in gets)
    assert all("/public/" not in path for _, path, _ in gets)
    if "APIHeader" in report["methods"]:
        assert report["APIHeader"]["fields"] == fields


@pytest.fixture
def dialog_settings():
    """The dialog remembers the server in QgsSettings; remove it afterwards."""
    from qgis.core import QgsSettings

    yield
    QgsSettings().remove("sozialplanung/kommonitor")


def test_dialog_lists_and_loads_through_processing(server, qgis_iface, dialog_settings):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt
    from sozialplanung.ui.kommonitor_dialog import KomMonitorDialog, open_kommonitor_dialog

    dialog = KomMonitorDialog(qgis_iface)
    dialog.urlEdit.setText(server.base_url)
    dialog.publicCheck.setChecked(True)
    assert not dialog.authSelect.isEnabled()
    dialog.connectButton.click()
    assert "2 spatial units, 2 indicators, 1 georesources" in dialog.statusLabel.text()
    assert [dialog.unitCombo.itemText(i) for i in range(dialog.unitCombo.count())] == [
        f"Stadtbezirke ({kms.SU_BEZIRKE})",
        f"Stadtteile ({kms.SU_STADTTEILE})",
    ]
    assert dialog.indicatorTable.rowCount() == 0  # nothing for Stadtbezirke
    dialog.unitCombo.setCurrentIndex(1)
    table = dialog.indicatorTable
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "Einwohner insgesamt [Anzahl]"
    assert [table.item(r, 1).text() for r in range(2)] == ["ew", "sgb_ii"]
    assert table.item(1, 2).text() == "2019–2023 (3)"
    for r in range(2):
        table.item(r, 0).setCheckState(Qt.CheckState.Checked)
    table.item(1, 1).setText("sgb2")
    dialog.datesEdit.setText("2023")
    dialog.crsWidget.setCrs(QgsProject.instance().crs())  # may be invalid: keep the server CRS
    params = dialog.parameters()
    assert params["INDICATOR_IDS"] == BOTH and params["COLUMN_PREFIXES"] == "ew,sgb2"
    assert params["SPATIAL_UNIT_ID"] == kms.SU_STADTTEILE and params["PUBLIC"] is True
    layer_id = dialog.load()
    layer = QgsProject.instance().mapLayer(layer_id)
    assert layer.name() == f"KomMonitor: Stadtteile ({kms.SU_STADTTEILE})"
    assert layer.fields().names() == ["ID", "NAME", "ew_2023", "sgb2_2023"] and layer.featureCount() == 6
    # georesource tab
    dialog.resourceTabs.setCurrentWidget(dialog.georesourceTab)
    assert dialog.georesourceCombo.currentText() == "Kindertageseinrichtungen"
    geo = QgsProject.instance().mapLayer(dialog.load())
    assert geo.featureCount() == 3 and geo.name() == "KomMonitor: Kindertageseinrichtungen"
    # an error shows in the dialog, not as a traceback
    dialog.publicCheck.setChecked(False)
    dialog.connectButton.click()
    assert "HTTP 401" in dialog.statusLabel.text()
    QgsProject.instance().removeMapLayers([layer_id, geo.id()])
    dialog.close()
    opened = open_kommonitor_dialog(qgis_iface)
    assert opened.isVisible() and opened.urlEdit.text() == server.base_url  # remembered
    opened.close()


DESKTOP_SCRIPT = textwrap.dedent(
    """
    import os
    from qgis.PyQt.QtCore import Qt
    from sozialplanung.ui.kommonitor_dialog import open_kommonitor_dialog

    dialog = open_kommonitor_dialog(iface)
    dialog.urlEdit.setText(os.environ["SP_KM_URL"])
    dialog.publicCheck.setChecked(True)
    dialog.connectButton.click()
    dialog.unitCombo.setCurrentIndex(1)
    for row in range(dialog.indicatorTable.rowCount()):
        dialog.indicatorTable.item(row, 0).setCheckState(Qt.CheckState.Checked)
    dialog.datesEdit.setText("2021, 2023")
    report["km_status"] = dialog.statusLabel.text()
    report["km_rows"] = dialog.indicatorTable.rowCount()
    dialog.raise_()
    dialog.grab().save(os.path.join(os.path.dirname(os.environ["SP_REPORT"]), "kommonitor_dialog.png"))
    report["km_layer"] = dialog.load() is not None
    """
)


@pytest.mark.desktop
def test_dialog_in_qgis_desktop(server, tmp_path, monkeypatch):
    from helpers import ROOT, non_blank, run_desktop

    extra = tmp_path / "kommonitor_extra.py"
    extra.write_text(DESKTOP_SCRIPT)
    monkeypatch.setenv("SP_KM_URL", server.base_url)
    report = run_desktop("kommonitor_dialog", extra)
    assert report["errors"] == []
    assert report["km_status"] == "2 spatial units, 2 indicators, 1 georesources."
    assert report["km_rows"] == 2 and report["km_layer"] is True
    assert any(name.startswith("KomMonitor: Stadtteile") for name in report["layers"])
    shot = ROOT / "test_output" / "kommonitor_dialog" / "kommonitor_dialog.png"
    assert shot.exists() and non_blank(shot) > 20
