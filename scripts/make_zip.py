"""Build sozialplanung.zip for the QGIS plugin repository from tracked files.

One top folder ``sozialplanung/``; tests, benchmarks, CI, dev scripts and caches
stay out; the compiled translation (.qm) and the vendored map library (web/vendor, `make vendor`) go in.
"""

from __future__ import annotations

import subprocess  # nosec B404
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP = "sozialplanung"
EXCLUDED_DIRS = ("test/", "bench/", "scripts/", ".ci/", ".github/", "docs/screenshots/")
EXCLUDED_FILES = {
    ".gitignore",
    "Makefile",
    "ruff.toml",
    "pytest.ini",
    "requirements-dev.txt",
    "data/make_demo.py",
    "styles/make_styles.py",
}


def tracked_files() -> list[str]:
    """Files tracked by git."""
    cmd = ["git", "ls-files"]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout  # nosec B603
    return [line for line in out.splitlines() if line]


def included(path: str) -> bool:
    """Whether a tracked file belongs in the plugin archive."""
    hidden = any(part.startswith(".") for part in path.split("/"))
    return (
        not hidden
        and not path.startswith(EXCLUDED_DIRS)
        and path not in EXCLUDED_FILES
        and "__pycache__" not in path
    )


def build(target: Path) -> list[str]:
    """Write the archive; return the archive member names."""
    files = [f for f in tracked_files() if included(f) and (ROOT / f).is_file()]
    files += [str(p.relative_to(ROOT)) for p in sorted((ROOT / "i18n").glob("*.qm"))]
    files += [
        str(p.relative_to(ROOT)) for p in sorted((ROOT / "web" / "vendor").rglob("[!.]*")) if p.is_file()
    ]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(ROOT / name, f"{TOP}/{name}")
    return [f"{TOP}/{name}" for name in files]


if __name__ == "__main__":
    names = build(Path(sys.argv[1] if len(sys.argv) > 1 else "sozialplanung.zip"))
    print(f"{len(names)} files")
