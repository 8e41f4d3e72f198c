"""Test session: QGIS (pytest-qgis, offscreen) with the plugin loaded as QGIS loads it.

The core tests (test/core) replace the fixture ``plugin`` and run without QGIS (``make test-core``).
"""

from __future__ import annotations

import sys

import pytest
from helpers import PLUGIN_PARENT, ensure_plugin_link

ensure_plugin_link()
sys.path.insert(0, str(PLUGIN_PARENT))
if "/usr/share/qgis/python/plugins" not in sys.path:
    sys.path.append("/usr/share/qgis/python/plugins")


@pytest.fixture(scope="session", autouse=True)
def plugin(qgis_app, qgis_processing, qgis_iface):
    """classFactory(iface) then initProcessing(), as QGIS and qgis_process do."""
    import sozialplanung

    instance = sozialplanung.classFactory(qgis_iface)
    instance.initProcessing()
    yield instance
    instance.unload()
