"""The checkout as the plugin package ``sozialplanung`` (for scripts, benchmarks and tests).

The repository folder need not be called ``sozialplanung``: a folder per
checkout in the temporary directory holds the link ``sozialplanung`` -> the
repository root; it goes on ``sys.path`` or ``QGIS_PLUGINPATH``.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# one folder per checkout: worktrees testing at the same time must not relink each other's plugin
PLUGIN_PARENT = (
    Path(tempfile.gettempdir())
    / f"sozialplanung_plugins_{os.getuid()}_{hashlib.sha1(bytes(ROOT), usedforsecurity=False).hexdigest()[:8]}"
)


def ensure_plugin_link() -> Path:
    """A folder holding ``sozialplanung`` -> the repository root (the plugin package)."""
    PLUGIN_PARENT.mkdir(exist_ok=True)
    link = PLUGIN_PARENT / "sozialplanung"
    if link.is_symlink() and Path(os.readlink(link)) != ROOT:
        link.unlink()
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    return PLUGIN_PARENT
