"""Core tests: numpy/pandas only. They run without QGIS (``make test-core``):
the session fixture ``plugin`` of test/conftest.py is replaced by one without QGIS."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def plugin():
    """No QGIS and no plugin instance for the core tests."""
    yield None
