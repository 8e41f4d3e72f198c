"""The shape of the code (issue 17): checked on the source, so a regression fails the suite."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 60
#: Parameter declarations may be long (one call per parameter).
DECLARATIONS = re.compile(r"^(initAlgorithm|add_\w*parameters?)$")


def functions(folder: str):
    """(file, name, length) of every function in a package folder (recursively)."""
    for path in sorted((ROOT / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield path.relative_to(ROOT), node.name, node.end_lineno - node.lineno + 1


@pytest.mark.parametrize("folder", ["core", "algorithms"])
def test_no_function_longer_than_60_lines(folder):
    long = [
        f"{p}:{n} ({k} lines)" for p, n, k in functions(folder) if k > MAX_LINES and not DECLARATIONS.match(n)
    ]
    assert long == []


def algorithm_classes():
    """(file, class node) of every class in algorithms/ that defines prepare, compute or write."""
    for path in sorted((ROOT / "algorithms").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and node.name != "SozialplanungAlgorithm":
                yield path.name, node


def test_algorithms_follow_the_template():
    """No algorithm overrides processAlgorithm; every provider algorithm has prepare, compute, write."""
    from sozialplanung.algorithms.base import SozialplanungAlgorithm
    from sozialplanung.algorithms.provider import SozialplanungProvider

    overriding = [
        f"{p}:{c.name}"
        for p, c in algorithm_classes()
        for f in c.body
        if isinstance(f, ast.FunctionDef) and f.name == "processAlgorithm"
    ]
    assert overriding == []
    provider = SozialplanungProvider()
    provider.loadAlgorithms()
    for alg in provider.algorithms():
        if not isinstance(alg, SozialplanungAlgorithm):
            continue  # bundled models
        for step in ("prepare", "compute", "write"):
            assert getattr(type(alg), step) is not getattr(SozialplanungAlgorithm, step), (alg.id(), step)


def sources(folder: str):
    for path in sorted((ROOT / folder).rglob("*.py")):
        yield path.relative_to(ROOT), path.read_text(encoding="utf-8")


def test_outputs_and_errors_in_one_place():
    """Sinks only through the registry; core's MethodError translated only by the base."""
    sinks = [str(p) for p, text in sources("algorithms") if "parameterAsSink(" in text]
    assert sinks == ["algorithms/io/outputs.py"]
    translating = [str(p) for p, text in sources("algorithms") if re.search(r"except .*MethodError", text)]
    assert translating == ["algorithms/base.py"]


def test_scripts_do_not_import_tests():
    offending = [
        str(p)
        for p, text in sources("scripts")
        if re.search(r"ROOT / \"test\"|from helpers import|import helpers", text)
    ]
    assert offending == []
