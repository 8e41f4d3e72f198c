"""QGIS 4 / Qt 6 readiness check: the rules of QGIS's migration script, applied to this plugin.

QGIS ships ``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` to port plugins to Qt 6. That script
cannot be installed here (it is in no Debian binary package or PyPI package), so this module
checks the same rules itself and reports every place the script would change or warn about:

- imports from ``PyQt5``/``PyQt6``/``sip`` or ``qgis.PyQt.Qt`` instead of ``qgis.PyQt.<module>``;
- ``exec_`` (calls and definitions), ``qApp``, ``QRegExp``, compiled resources (``resources_rc``),
  ``QDesktopWidget``/``desktop()``, ``QFontMetrics.width``, ``activated[str]``, fragile
  ``addAction`` with four or more arguments, the 8-argument and ``QDateTime(QDate)`` constructors,
  ``QVariant()`` / ``QVariant(QVariant.X)`` nulls, ``QVariant.Type.X``;
- enum values not fully scoped (``Qt.AlignLeft`` instead of ``Qt.AlignmentFlag.AlignLeft``,
  ``QgsProcessing.TypeVectorPolygon`` instead of ``QgsProcessing.SourceType.TypeVectorPolygon``),
  and the enum values renamed in Qt 6 (``Qt.MidButton`` …). Enums are found by introspecting
  the classes of the running QGIS (PyQt and qgis.core/gui/analysis), as the script does.
  ``QVariant.Int`` and friends are left alone, as the script does in its QGIS 3 compatible
  mode: they appear only in the field-type helper for QGIS < 3.38.

Run with QGIS's Python: ``/usr/bin/python3 scripts/qt6_check.py`` (exit 1 with findings).
"""

from __future__ import annotations

import ast
import enum
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtXml", "QtSvg", "QtPrintSupport", "QtSql")
RENAMED = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}
REMOVED_NAMES = {
    "QRegExp": "QRegularExpression",
    "qApp": "QApplication.instance()",
    "resources_rc": "file paths (compiled resources are removed in Qt 6)",
}


def is_enum_value(value: object) -> bool:
    """True for a sip (PyQt5) or Python (PyQt6, QGIS scoped) enum or flag value."""
    if isinstance(value, enum.Enum):
        return True
    meta = type(type(value)).__name__
    return meta in ("enumtype", "EnumType", "EnumMeta") and not isinstance(value, type)


def scoped_name(cls: type, member: str) -> str | None:
    """``Enum.member`` when ``cls.member`` is an enum value reachable as ``cls.Enum.member``."""
    try:
        value = getattr(cls, member)
    except Exception:  # noqa: BLE001 - any lookup failure means: not an enum value
        return None
    if isinstance(value, type) or not is_enum_value(value):
        return None
    kind = type(value)
    if kind is cls:
        return None
    for name in dir(cls):
        if name != member and getattr(cls, name, None) is kind:
            return f"{name}.{member}"
    return None


def imported_classes(tree: ast.Module) -> dict[str, type]:
    """Local name -> class for ``from qgis.* import X`` statements (Qt and QGIS classes)."""
    names: dict[str, type] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis"):
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                obj = getattr(module, alias.name, None)
                if isinstance(obj, type):
                    names[alias.asname or alias.name] = obj
    return names


class Checker(ast.NodeVisitor):
    """Collects the findings of one file."""

    def __init__(self, path: str, classes: dict[str, type]) -> None:
        self.path = path
        self.classes = classes
        self.findings: list[str] = []
        self.parents: dict[int, ast.AST] = {}

    def add(self, node: ast.AST, text: str) -> None:
        """Record a finding at the node's line."""
        self.findings.append(f"{self.path}:{getattr(node, 'lineno', 0)}: {text}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802
        """Imports: only through qgis.PyQt.<module>; no removed classes, no compiled resources."""
        module = node.module or ""
        if (
            module.split(".")[0] in ("PyQt5", "PyQt6", "sip", "PySide2", "PySide6")
            or module == "qgis.PyQt.Qt"
        ):
            self.add(node, f"import from {module}: use qgis.PyQt.<module>")
        for alias in node.names:
            if alias.name in REMOVED_NAMES:
                self.add(node, f"{alias.name} is removed in Qt 6: use {REMOVED_NAMES[alias.name]}")
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802
        """Plain imports of Qt bindings."""
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "sip", "PySide2", "PySide6"):
                self.add(node, f"import {alias.name}: use qgis.PyQt.<module>")
            if alias.name.split(".")[-1] == "resources_rc":
                self.add(node, "compiled resources are removed in Qt 6: load files by path")

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        """``def exec_`` is renamed ``exec``."""
        if node.name == "exec_":
            self.add(node, "def exec_: rename to exec")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        """Renamed methods and constructors that changed in Qt 6."""
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr == "exec_":
                self.add(node, "exec_ call: rename to exec")
            if func.attr == "addAction" and len(node.args) >= 4:
                self.add(node, "fragile addAction with 4+ arguments: create the QAction first")
            if func.attr == "desktop" and not node.args:
                self.add(node, "QDesktopWidget (desktop()) is removed in Qt 6")
        if isinstance(func, ast.Name) and func.id == "QVariant":
            if not node.args or (
                isinstance(node.args[0], ast.Attribute) and _name_of(node.args[0].value) == "QVariant"
            ):
                self.add(node, "null QVariant: use qgis.core.NULL")
        if isinstance(func, ast.Name) and func.id == "QDateTime":
            if len(node.args) == 8 or (
                len(node.args) == 1
                and isinstance(node.args[0], ast.Call)
                and _name_of(node.args[0].func) == "QDate"
            ):
                self.add(node, "QDateTime constructor changed in Qt 6: use QDateTime(QDate, QTime)")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:  # noqa: N802
        """``activated[str]`` is gone."""
        if (
            isinstance(node.value, ast.Attribute)
            and node.value.attr == "activated"
            and _name_of(node.slice) == "str"
        ):
            self.add(node, "activated[str] is removed in Qt 6: use textActivated")
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:  # noqa: N802
        """Unscoped and renamed enums, QVariant.Type.X, qApp, QFontMetrics.width."""
        owner = _name_of(node.value)
        parent = self.parents.get(id(node))
        if owner == "qApp":
            self.add(node, "qApp is removed in Qt 6: use QApplication.instance()")
        if owner == "QVariant" and node.attr == "Type":
            self.add(node, "QVariant.Type.X does not exist: use QMetaType.Type.X (field helper)")
        if node.attr == "width" and isinstance(node.value, ast.Call):
            callee = node.value.func
            if _name_of(callee) in ("QFontMetrics", "QFontMetricsF") or (
                isinstance(callee, ast.Attribute) and callee.attr == "fontMetrics"
            ):
                self.add(node, "QFontMetrics.width() is removed in Qt 6: use horizontalAdvance()")
        if owner is not None and (owner, node.attr) in RENAMED:
            self.add(node, f"{owner}.{node.attr} is removed in Qt 6: use {RENAMED[owner, node.attr]}")
        elif owner in self.classes and owner != "QVariant" and not isinstance(parent, ast.Attribute):
            scoped = scoped_name(self.classes[owner], node.attr)
            if scoped:
                self.add(node, f"unscoped enum {owner}.{node.attr}: use {owner}.{scoped}")
        self.generic_visit(node)


def _name_of(node: ast.AST) -> str | None:
    """The identifier of a Name node, else None."""
    return node.id if isinstance(node, ast.Name) else None


def check_file(path: Path) -> list[str]:
    """Findings of one Python file."""
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, filename=str(path))
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    checker = Checker(name, imported_classes(tree))
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            checker.parents[id(child)] = parent
    checker.visit(tree)
    return checker.findings


def plugin_files() -> list[Path]:
    """The tracked Python files of the plugin and its data/style generators (not tests, benchmarks)."""
    from make_zip import tracked_files

    return [ROOT / f for f in tracked_files() if f.endswith(".py") and not f.startswith(("test/", "bench/"))]


def check(paths: list[Path] | None = None) -> list[str]:
    """Findings over the given files (default: the plugin's)."""
    for name in QT_MODULES:  # load the Qt modules so that their classes can be introspected
        importlib.import_module(f"qgis.PyQt.{name}")
    return [finding for path in paths or plugin_files() for finding in check_file(path)]


def main() -> int:
    """Print the findings; exit 1 when there are any."""
    findings = check([Path(p).resolve() for p in sys.argv[1:]] or None)
    for line in findings:
        print(line)
    print(f"qt6 check: {len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
