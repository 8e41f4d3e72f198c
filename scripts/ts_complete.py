"""Complete the translation file after pylupdate5: every message of the code, in the context it is
looked up in at run time, with the translations it had before.

pylupdate5 misses ``QCoreApplication.translate("Ctx", "text",)`` and ``QT_TRANSLATE_NOOP`` calls
whose last argument has a trailing comma (as the formatter writes long calls), and files a
module-level ``tr("text")`` helper's messages under ``@default`` although they are looked up in the
helper's context. This script finds the messages with Python's own parser and adds what is missing.

    python3 scripts/ts_complete.py i18n/sozialplanung_de.ts --previous OLD.ts FILE.py ...
    python3 scripts/ts_complete.py i18n/sozialplanung_de.ts --check FILE.py ...   (exit 1 if incomplete)
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET  # nosec B405 - our own translation file
from pathlib import Path
from typing import Iterator, Optional

Message = tuple[str, str]  # (context, source)


def _literal(node: ast.AST) -> Optional[str]:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def helper_context(tree: ast.Module) -> Optional[str]:
    """The context of a module-level ``def tr(text)`` that calls translate("Ctx", text)."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and call.args and _literal(call.args[0]):
                    return _literal(call.args[0])
    return None


def messages(path: Path) -> Iterator[tuple[Message, int]]:
    """((context, source), line) of every translatable literal in a Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module_tr = helper_context(tree)

    def visit(node: ast.AST, cls: Optional[str]) -> Iterator[tuple[Message, int]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                found = classify(child, cls, module_tr)
                if found:
                    yield found, child.lineno
            yield from visit(child, inner)

    yield from visit(tree, None)


def classify(call: ast.Call, cls: Optional[str], module_tr: Optional[str]) -> Optional[Message]:
    """The message of a translate/QT_TRANSLATE_NOOP/tr call with literal arguments."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    args = [_literal(a) for a in call.args]
    if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and args[0] and args[1]:
        return args[0], args[1]
    if name == "tr" and args and args[0]:
        if isinstance(func, ast.Name) and module_tr:
            return module_tr, args[0]
        if isinstance(func, ast.Attribute) and cls:
            return cls, args[0]
    return None


def read_ts(path: Path) -> tuple[ET.ElementTree, dict[Message, ET.Element]]:
    """The .ts tree and its messages by (context, source)."""
    tree = ET.parse(path)  # noqa: S314  # nosec B314 - our own translation file
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return tree, found


def known_translations(paths: list[Path]) -> tuple[dict[Message, str], dict[str, str]]:
    """Finished translations by (context, source) and by source alone."""
    exact, by_source = {}, {}
    for path in paths:
        if not path.exists():
            continue
        for (context, source), message in read_ts(path)[1].items():
            text = message.find("translation")
            if (
                text is not None
                and text.text
                and text.get("type") not in ("unfinished", "vanished", "obsolete")
            ):
                exact.setdefault((context, source), text.text)
                by_source.setdefault(source, text.text)
    return exact, by_source


def complete(ts: Path, files: list[Path], previous: list[Path]) -> list[Message]:
    """Add the missing messages to ``ts`` (translated where known); the ones left unfinished."""
    tree, present = read_ts(ts)
    exact, by_source = known_translations([ts, *previous])
    contexts = {c.findtext("name"): c for c in tree.getroot().iter("context")}
    unfinished = []
    for path in files:
        for (context, source), line in messages(path):
            if (context, source) in present:
                continue
            if context not in contexts:
                contexts[context] = ET.SubElement(tree.getroot(), "context")
                ET.SubElement(contexts[context], "name").text = context
            message = ET.SubElement(contexts[context], "message")
            ET.SubElement(message, "location", filename=f"../{path.as_posix()}", line=str(line))
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            translation.text = exact.get((context, source)) or by_source.get(source)
            if not translation.text:
                translation.set("type", "unfinished")
                unfinished.append((context, source))
            present[(context, source)] = message
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return unfinished


def check(ts: Path, files: list[Path]) -> list[str]:
    """Messages of the code that the .ts lacks or leaves untranslated."""
    present = read_ts(ts)[1]
    problems = []
    for path in files:
        for (context, source), line in messages(path):
            message = present.get((context, source))
            text = None if message is None else message.find("translation")
            if text is None or not text.text or text.get("type") == "unfinished":
                problems.append(f"{path}:{line}: [{context}] {source}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--previous", action="append", type=Path, default=[])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_intermixed_args()
    files = [f for f in args.files if f.suffix == ".py"]
    if args.check:
        problems = check(args.ts, files)
        print("\n".join(problems) or "complete")
        return 1 if problems else 0
    for context, source in complete(args.ts, files, args.previous):
        print(f"unfinished: [{context}] {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
