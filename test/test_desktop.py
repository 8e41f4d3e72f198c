"""The plugin in the real QGIS desktop under Xvfb (throwaway profile)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from helpers import ROOT, non_blank

OUTPUT = ROOT / "test_output"


def run_desktop(name: str, extra: Path | None = None, timeout: int = 180) -> dict:
    """Start `qgis` under xvfb-run with the plugin enabled; return the startup script's report."""
    out = OUTPUT / name
    out.mkdir(parents=True, exist_ok=True)
    profiles = out / "profiles"
    plugin_dir = profiles / "profiles" / "default" / "python" / "plugins"
    plugin_dir.mkdir(parents=True, exist_ok=True)
    link = plugin_dir / "sozialplanung"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[PythonPlugins]\nsozialplanung=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n")
    report = out / "report.json"
    report.unlink(missing_ok=True)
    env = dict(os.environ, SP_REPORT=str(report), QT_QPA_PLATFORM="xcb")
    if extra:
        env["SP_EXTRA"] = str(extra)
    cmd = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1600x1000x24",
        "qgis",
        "--nologo",
        "--noversioncheck",
        "--profiles-path",
        str(profiles),
        "--code",
        str(ROOT / "test" / "desktop" / "startup.py"),
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    assert report.exists(), proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(report.read_text())


@pytest.mark.desktop
def test_plugin_loads_in_qgis_desktop_with_menu():
    report = run_desktop("plugin_load")
    assert report["active"] is True
    assert report["provider"] is True
    for name in (
        "sozialplanung_sozialindex",
        "sozialplanung_dynamik",
        "sozialplanung_aggregate",
        "sozialplanung_apply_style",
    ):
        assert name in report["menu_actions"]
    assert report["errors"] == []
    shot = OUTPUT / "plugin_load" / "desktop_menu.png"
    assert shot.exists() and non_blank(shot) > 20
