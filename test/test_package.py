"""Packaging and code quality: zip, metadata, lint, security, Qt imports, core purity."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import ROOT

BIN = Path(sys.executable).parent


def python_files() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return [ROOT / line for line in out.splitlines()]


def test_zip_has_one_top_folder_license_and_no_dev_files(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_zip

    target = tmp_path / "sozialplanung.zip"
    make_zip.build(target)
    names = zipfile.ZipFile(target).namelist()
    assert {n.split("/")[0] for n in names} == {"sozialplanung"}
    for needed in (
        "LICENSE",
        "metadata.txt",
        "__init__.py",
        "plugin.py",
        "styles/sozialindex_11.qml",
        "i18n/sozialplanung_de.qm",
    ):
        assert f"sozialplanung/{needed}" in names
    bad = [
        n
        for n in names
        if re.search(r"(^sozialplanung/(test|bench|\.ci|scripts)/|__pycache__|\.pyc$|\.git/|Makefile$)", n)
    ]
    assert bad == []


def test_metadata_has_required_keys():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    for key in (
        "name",
        "description",
        "about",
        "version",
        "author",
        "email",
        "repository",
        "tracker",
        "qgisMinimumVersion",
        "icon",
        "tags",
        "category",
    ):
        assert general.get(key), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).exists()


def test_ruff_clean():
    proc = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_bandit_clean():
    proc = subprocess.run(
        [str(BIN / "bandit"), "-q", "-r", ".", "-x", "./.venv,./test,./bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_qt_only_through_qgis_pyqt_and_core_without_qgis():
    for path in python_files():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(PyQt5|PyQt6|PySide)", text, re.M), path
        if path.parent.name == "core":
            assert not re.search(r"^\s*(from|import)\s+qgis", text, re.M), path
        if not str(path.relative_to(ROOT)).startswith("test/"):
            assert not re.search(r"\b(eval|exec)\(|pickle|shell=True", text), path


def test_resources_qrc_lists_icons_styles_and_help():
    text = (ROOT / "resources.qrc").read_text(encoding="utf-8")
    listed = set(re.findall(r"<file>([^<]+)</file>", text))
    expected = {
        str(p.relative_to(ROOT))
        for pattern in ("icons/*.svg", "styles/*.qml", "help/*.html")
        for p in ROOT.glob(pattern)
    }
    assert listed == expected


QT5_SAMPLE = """
from qgis.PyQt.QtCore import Qt, QVariant, QDateTime, QDate
from qgis.PyQt.QtWidgets import QDialog, QMessageBox, QApplication
from qgis.core import QgsProcessing, QgsVectorFileWriter
from PYQT5.QtGui import QColor
import resources_rc


class Dialog(QDialog):
    def exec_(self):
        return super().exec_()


align = Qt.AlignLeft
scoped = Qt.AlignmentFlag.AlignLeft
kind = QgsProcessing.TypeVectorPolygon
writer = QgsVectorFileWriter.NoError
button = QMessageBox.Yes
middle = Qt.MidButton
null = QVariant()
stamp = QDateTime(QDate(2024, 1, 1))
width = QApplication.instance().fontMetrics().width("x")
"""


def test_qt6_check_finds_what_the_migration_script_changes(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import qt6_check

    sample = tmp_path / "sample.py"
    sample.write_text(QT5_SAMPLE.replace("PYQT5", "PyQt5"), encoding="utf-8")
    findings = "\n".join(qt6_check.check([sample]))
    for expected in (
        "import from PyQt5.QtGui",
        "compiled resources are removed",
        "def exec_",
        "exec_ call: rename to exec",
        "unscoped enum Qt.AlignLeft: use Qt.AlignmentFlag.AlignLeft",
        "unscoped enum QgsProcessing.TypeVectorPolygon: use QgsProcessing.SourceType.TypeVectorPolygon",
        "unscoped enum QgsVectorFileWriter.NoError: use QgsVectorFileWriter.WriterError.NoError",
        "unscoped enum QMessageBox.Yes",
        "Qt.MidButton is removed",
        "null QVariant",
        "QDateTime constructor",
        "horizontalAdvance",
    ):
        assert expected in findings, expected
    assert "Qt.AlignmentFlag.AlignLeft: use" not in findings  # scoped use is fine
    assert "sample.py:15:" not in findings  # line 15 (scoped) has no finding


def test_plugin_passes_the_qt6_check():
    sys.path.insert(0, str(ROOT / "scripts"))
    import qt6_check

    assert qt6_check.check() == []


def make_plan(target: str) -> str:
    """The commands `make` would run for ``target`` with every prerequisite out of date."""
    proc = subprocess.run(
        ["make", "-n", "-B", "-C", str(ROOT), target], capture_output=True, text=True, check=True
    )
    return proc.stdout


def test_demo_and_deploy_build_the_runtime_files_but_no_test_tools():
    for target in ("demo", "deploy", "docs-images"):
        plan = make_plan(target)
        assert "lrelease" in plan and "npm pack" in plan, target  # .qm translation and Leaflet
        assert ".venv" not in plan and "pip install" not in plan and "npm ci" not in plan, target
    plan = make_plan("test")
    assert ".venv/access" in plan and "npm ci" in plan and "lrelease" in plan  # make test installs everything
    assert "--docs" not in make_plan("demo")  # make demo leaves docs/ (and git status) alone
