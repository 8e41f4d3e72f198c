"""The package root and every core module import without QGIS."""

from __future__ import annotations

import subprocess
import sys

from helpers import PLUGIN_PARENT, ROOT


def test_package_root_and_core_import_without_qgis():
    modules = sorted(p.stem for p in (ROOT / "core").glob("*.py") if p.stem != "__init__")
    code = (
        "import sys; sys.modules['qgis'] = None  # any qgis import fails\n"
        "import importlib, sozialplanung\n"
        f"for name in {modules!r}: importlib.import_module('sozialplanung.core.' + name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('qgis.')))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=PLUGIN_PARENT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
    assert "spatial" in modules and "values" in modules
