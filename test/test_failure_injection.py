"""A failure or a cancel at any write step of any algorithm leaves no file and no layer behind.

A successful run is recorded as a list of write events: the registry's entries
(``Outputs.create_sink`` and the sink it opens, ``file_output``, ``folder_output``), every
batch of ``writing.add_features``, the start and end of the algorithm's ``write`` step and
every ``Output.commit``. The run is then repeated with an exception raised at event k and,
separately, with the user's cancel at event k. After each failed run the output folder holds
exactly what it held before (names, sizes, hashes; GeoPackages that other outputs write into
by layer: tables and their content), and no layer waits to be loaded. A cancel that arrives
while the outputs are being committed comes too late: that run succeeds completely.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

import kommonitor_server as kms
import pytest
import test_algorithms as ta
import test_offergap as to
import test_poimatch as tp
import test_report as tr
import test_robustheit as trb
import test_webexport as tw
import test_zeitreihe as tz
from helpers import layer_of, memory_layer, run, square, write_gpkg
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProject,
    QgsProviderConnectionException,
)
from sozialplanung.algorithms import base
from sozialplanung.algorithms.io import gpkg, outputs, writing
from sozialplanung.ui.assistant.runner import AssistantFeedback

SHARED = "shared.gpkg"  # the GeoPackage of the "layers" situation, holding the layer "keep"


class InjectedError(RuntimeError):
    """The failure injected at a write event."""


# ------------------------------------------------------------------ inputs
_CACHE: dict[str, Any] = {}


def cached(key: str, make: Callable[[], Any]) -> Any:
    """Input layers made once per module (memory layers, read only by the runs)."""
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


def areas_gpkg() -> str:
    """The four areas as a GeoPackage layer (GeoPackage in and out: the SQL copy writes)."""
    path = Path(tempfile.mkdtemp(prefix="sozialplanung_inject_")) / "areas.gpkg"
    write_gpkg(path, {"areas": ta.areas()})
    return f"{path}|layername=areas"


def status_layer():
    """Four areas through sozialindex (the input of dynamik)."""
    return layer_of(run("sozialplanung:sozialindex", ta.index_params(ta.areas())))


def kommonitor_inputs(server) -> dict:
    return {
        "BASE_URL": server.base_url,
        "PUBLIC": True,
        "SPATIAL_UNIT_ID": kms.SU_STADTTEILE,
        "INDICATOR_IDS": f"{kms.IND_EW},{kms.IND_SGB2}",
        "COLUMN_PREFIXES": "ew,sgb2",
    }


def report_inputs() -> dict:
    quarters = cached("report", tr.result_layer)
    params = tr.report_params(quarters, Path("/nonexistent"))
    del params["OUTPUT_HTML"]
    return params


def webexport_inputs() -> dict:
    return {
        "AREAS": tw.areas_layer(),
        "AREA_NAME_FIELD": "name",
        "INSTITUTIONS": tw.institutions_layer(),
        "NAME_FIELD": "name",
        "CATEGORY_FIELD": "kat",
        "TITLE": "Sozialnavigator Test",
    }


def without_outputs(params: dict, *names: str) -> dict:
    return {k: v for k, v in params.items() if k not in names}


@dataclass
class Spec:
    """An algorithm, its inputs (without outputs; given the KomMonitor server) and its outputs."""

    alg: str
    inputs: Callable[[Any], dict]
    outputs: dict[str, str]  # output parameter -> file name


SPECS = {
    "sozialindex": Spec(
        "sozialplanung:sozialindex",
        lambda s: without_outputs(ta.index_params(ta.areas()), "OUTPUT"),
        {"OUTPUT": "sozialindex.gpkg"},
    ),
    "sozialindex_gpkg": Spec(
        "sozialplanung:sozialindex",
        lambda s: {
            **without_outputs(ta.index_params(ta.areas()), "OUTPUT"),
            "INPUT": cached("gpkg", areas_gpkg),
        },
        {"OUTPUT": "sozialindex.gpkg"},
    ),
    "dynamik": Spec(
        "sozialplanung:dynamik",
        lambda s: {
            "INPUT": cached("status", status_layer),
            "ID_FIELD": "id",
            "INDICATORS": ["n0", "d", "n1", "d", "+", "1"],
        },
        {"OUTPUT": "dynamik.gpkg"},
    ),
    "robustheit": Spec(
        "sozialplanung:robustheit",
        lambda s: {
            "INPUT": trb.quarters(),
            "ID_FIELD": "id",
            "INDICATORS": ["n", "d", "+", "1"],
            "POPULATION_FIELD": "ew",
            "RUNS": 3,
            "SEED": 42,
        },
        {"OUTPUT": "robustheit.gpkg"},
    ),
    "zeitreihe": Spec(
        "sozialplanung:zeitreihe",
        lambda s: without_outputs(tz.params(), "OUTPUT", "OUTPUT_TABLE"),
        {"OUTPUT": "zeitreihe.gpkg", "OUTPUT_TABLE": "uebergaenge.gpkg"},
    ),
    "aggregate": Spec(
        "sozialplanung:aggregate",
        lambda s: {"INPUT": ta.blocks(), "TARGET": ta.quarters(), "METHOD": 1, "FIELDS": ["ew", "sgb2"]},
        {"OUTPUT": "aggregat.gpkg"},
    ),
    "offergap": Spec(
        "sozialplanung:offergap",
        lambda s: without_outputs(to.params(), "OUTPUT", "OUTPUT_TABLE"),
        {"OUTPUT": "angebote.gpkg", "OUTPUT_TABLE": "angebote_lang.gpkg"},
    ),
    "poimatch": Spec(
        "sozialplanung:poimatch",
        lambda s: without_outputs(tp.params(), "OUTPUT_REGISTER", "OUTPUT_NEW", "OUTPUT_LINKS"),
        {"OUTPUT_REGISTER": "register.gpkg", "OUTPUT_NEW": "neu.gpkg", "OUTPUT_LINKS": "pruefung.gpkg"},
    ),
    "kommonitor": Spec("sozialplanung:kommonitor", kommonitor_inputs, {"OUTPUT": "kommonitor.gpkg"}),
    "report": Spec(
        "sozialplanung:report",
        lambda s: report_inputs(),
        {"OUTPUT_HTML": "bericht.html", "OUTPUT_PDF": "bericht.pdf"},
    ),
    "webexport": Spec("sozialplanung:webexport", lambda s: webexport_inputs(), {"OUTPUT_FOLDER": "web/site"}),
}


def sink_outputs(spec: Spec) -> list[str]:
    alg = QgsApplication.processingRegistry().algorithmById(spec.alg)
    return [
        n for n in spec.outputs if isinstance(alg.parameterDefinition(n), QgsProcessingParameterFeatureSink)
    ]


# ------------------------------------------------------------------ events
class Hooks:
    """Records the write events of a run; raises or cancels at event ``at`` (1-based)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []
        self.at: int | str = 0
        self.mode = ""
        self.feedback: Optional[QgsProcessingFeedback] = None

    def arm(self, at: int | str = 0, mode: str = "", feedback=None) -> None:
        self.events, self.at, self.mode, self.feedback = [], at, mode, feedback

    def __call__(self, kind: str, detail: str = "") -> None:
        self.events.append((kind, detail))
        if self.at not in (len(self.events), kind):  # an event number or the first event of a kind
            return
        self.at = 0
        if self.mode == "raise":
            raise InjectedError(f"injected at {kind} {detail}")
        self.feedback.cancel()


def after(hooks: Hooks, kind: str, func, name_at: Optional[int] = None):
    """``func`` followed by the event ``kind`` (detail: the positional argument ``name_at``)."""

    def wrapper(*args, **kw):
        result = func(*args, **kw)
        hooks(kind, "" if name_at is None else str(args[name_at]))
        return result

    return wrapper


def before(hooks: Hooks, kind: str, func, detail: Callable[[tuple], str]):
    """The event ``kind`` followed by ``func``."""

    def wrapper(*args, **kw):
        hooks(kind, detail(args))
        return func(*args, **kw)

    return wrapper


def around_write(hooks: Hooks, func):
    """The algorithm's write step between the events write:start and write:end."""

    def wrapper(*args, **kw):
        hooks("write:start")
        result = func(*args, **kw)
        hooks("write:end")
        return result

    return wrapper


@pytest.fixture(scope="module")
def server():
    with kms.KomMonitorServer() as srv:
        yield srv


@pytest.fixture
def hooks(monkeypatch) -> Hooks:
    """The write events of the registry, the writer and the algorithms (2 features per batch)."""
    h = Hooks()
    monkeypatch.setattr(writing, "BATCH", 2)
    monkeypatch.setattr(writing, "add_features", after(h, "add_features", writing.add_features))
    for name in ("create_sink", "file_output", "folder_output"):
        monkeypatch.setattr(outputs.Outputs, name, after(h, name, getattr(outputs.Outputs, name), 2))
    sink = base.SozialplanungAlgorithm.parameterAsSink
    monkeypatch.setattr(
        base.SozialplanungAlgorithm, "parameterAsSink", before(h, "open_sink", sink, lambda a: a[2])
    )
    commit = outputs.Output.commit
    monkeypatch.setattr(outputs.Output, "commit", before(h, "commit", commit, lambda a: a[0].final))
    fill = before(h, "sql_fill", after(h, "sql_filled", gpkg.fill), lambda a: a[0].out_table)
    monkeypatch.setattr(gpkg, "fill", fill)  # GeoPackage outputs filled by SQLite
    for spec in SPECS.values():
        cls = type(QgsApplication.processingRegistry().algorithmById(spec.alg))
        if "write" in cls.__dict__:
            monkeypatch.setattr(cls, "write", around_write(h, cls.__dict__["write"]))
    return h


def chosen(events: list[tuple[str, str]]) -> list[tuple[int, str]]:
    """(1-based event number, mode): of each kind the first, second, middle and last event,
    each with an exception and with a cancel (during the commit: only at its first event)."""
    by_kind: dict[str, list[int]] = {}
    for k, (kind, _) in enumerate(events, 1):
        by_kind.setdefault(kind, []).append(k)
    picked = set()
    for kind, ks in by_kind.items():
        for k in {ks[0], ks[min(1, len(ks) - 1)], ks[len(ks) // 2], ks[-1]}:
            picked.add((k, "raise"))
            if kind != "commit" or k == ks[0]:
                picked.add((k, "cancel"))
    return sorted(picked)


# ------------------------------------------------------------------ state
def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def gpkg_state(path: Path) -> dict:
    """Tables of a GeoPackage and the content of its layers and styles (bytes may differ)."""
    with closing(sqlite3.connect(path)) as db:
        tables = sorted(n for (n,) in db.execute("select name from sqlite_master where type = 'table'"))
        layers = [n for (n,) in db.execute("select table_name from gpkg_contents")]
        if "layer_styles" in tables:
            layers.append("layer_styles")
        content = {
            n: digest(repr(db.execute(f'select * from "{n}" order by rowid').fetchall()).encode())
            for n in layers
        }
        counts = {n: db.execute(f'select count(*) from "{n}"').fetchone()[0] for n in layers}
    return {"tables": tables, "content": content, "counts": counts}


def snapshot(folder: Path) -> dict:
    """Every file and folder below ``folder``: size and hash (GeoPackages written by layer: tables)."""
    state: dict[str, Any] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.name in (f"{SHARED}-wal", f"{SHARED}-shm"):
            continue  # open in WAL mode (QGIS keeps its connection): compared by content
        if path.is_dir():
            state[rel] = "folder"
        elif path.name == SHARED:
            state[rel] = gpkg_state(path)
        else:
            state[rel] = (path.stat().st_size, digest(path.read_bytes()))
    return state


def leftovers(folder: Path) -> list[str]:
    """Temporary folders, files and layers of the registry; SQLite side files without their file."""
    found = [p.name for p in folder.rglob("*") if ".sozialplanung-" in p.name or "_tmp_" in p.name]
    found += [p.name for p in folder.rglob("*-[ws][ah][lm]") if not p.with_name(p.name[:-4]).exists()]
    if (folder / SHARED).exists():
        found += [t for t in gpkg_state(folder / SHARED)["tables"] if "_tmp_" in t]
    return found


# ------------------------------------------------------------------ runs
def destinations(spec: Spec, folder: Path, situation: str, project: QgsProject) -> dict:
    """The output parameters: files in ``folder``, or (situation "layers") the sinks as layers
    of the shared GeoPackage; sinks load into ``project`` on completion."""
    params: dict[str, Any] = {}
    sinks = sink_outputs(spec)
    for name, file in spec.outputs.items():
        if name not in sinks:
            params[name] = str(folder / file)
            continue
        dest = str(folder / file)
        if situation == "layers":
            dest = f"{folder / SHARED}|layername={name.lower()}"
        params[name] = QgsProcessingOutputLayerDefinition(dest, project)
    return params


def prepare(spec: Spec, folder: Path, situation: str, srv) -> None:
    """The targets before the runs: none, or a previous run's outputs (with the layer "keep")."""
    folder.mkdir()
    if situation == "new":
        return
    if situation == "layers":
        keep = memory_layer("Polygon", [("id", "integer")], [(square(0, 0), 99), (square(100, 0), 98)])
        write_gpkg(folder / SHARED, {"keep": keep})
    params = {**spec.inputs(srv), **destinations(spec, folder, situation, QgsProject.instance())}
    run(spec.alg, params)


def run_in(
    spec: Spec, folder: Path, situation: str, srv, feedback
) -> tuple[Optional[dict], QgsProcessingContext]:
    """One run; the result (None when it failed with a QgsProcessingException) and its context."""
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    params = {**spec.inputs(srv), **destinations(spec, folder, situation, project)}
    try:
        return run(spec.alg, params, feedback, context), context
    except QgsProcessingException:
        return None, context


def complete(spec: Spec, folder: Path, situation: str) -> list[str]:
    """What a successful run should have written but did not (and what it left over)."""
    missing = leftovers(folder)
    for name, file in spec.outputs.items():
        if situation == "layers" and name in sink_outputs(spec):
            if name.lower() not in gpkg_state(folder / SHARED)["tables"]:
                missing.append(name)
        elif not (folder / file).exists():
            missing.append(file)
    if situation == "layers" and gpkg_state(folder / SHARED)["counts"].get("keep") != 2:
        missing.append("keep")
    return missing


def diff(before_run: dict, after_run: dict) -> dict:
    """The entries that differ between two snapshots."""
    keys = set(before_run) | set(after_run)
    return {
        k: (before_run.get(k), after_run.get(k))
        for k in sorted(keys)
        if before_run.get(k) != after_run.get(k)
    }


SITUATIONS = ("new", "files", "layers")
CASES = [
    pytest.param(key, situation, id=f"{key}-{situation}")
    for key, spec in SPECS.items()
    for situation in SITUATIONS
    if situation != "layers" or key not in ("report", "webexport")  # no feature sinks
]


@pytest.mark.parametrize("key, situation", CASES)
def test_failure_or_cancel_at_every_write_step_leaves_nothing(key, situation, hooks, server, tmp_path):
    """Each chosen write event with an exception and with a cancel, in fresh folders ("new")
    or over a previous run's files or GeoPackage layers."""
    spec = SPECS[key]
    spec.inputs(server)  # inputs made by other algorithms: before the events are recorded
    fresh = situation == "new"
    folder = tmp_path / "out"
    prepare(spec, folder, situation, server)
    work = folder
    hooks.arm()
    result, context = run_in(spec, work, situation, server, QgsProcessingFeedback())
    assert result is not None, "the recording run failed"
    events = list(hooks.events)
    assert len(context.layersToLoadOnCompletion()) == len(sink_outputs(spec)), "sinks load on completion"
    assert not complete(spec, work, situation)
    kinds = {kind for kind, _ in events}
    assert {"write:start", "write:end", "commit"} <= kinds, events
    if key == "sozialindex_gpkg" and situation != "layers":
        assert "sql_fill" in kinds, events  # GeoPackage in, GeoPackage out: filled by SQLite
    layers_before = set(QgsProject.instance().mapLayers())
    problems = []
    for n, (k, mode) in enumerate(chosen(events)):
        if fresh:
            work = tmp_path / f"run{n}"
            work.mkdir()
        before_run = snapshot(work)
        feedback = QgsProcessingFeedback()
        hooks.arm(k, mode, feedback)
        where = f"{mode} at event {k} {events[k - 1]}"
        try:
            result, context = run_in(spec, work, situation, server, feedback)
        except Exception as err:  # anything but QgsProcessingException reached the user
            problems.append(f"{where}: {type(err).__name__}: {err}")
            continue
        if result is None:
            after_run = snapshot(work)
            if after_run != before_run or leftovers(work):
                problems.append(f"{where}: left behind {diff(before_run, after_run)} {leftovers(work)}")
            if context.layersToLoadOnCompletion():
                problems.append(f"{where}: layers to load {list(context.layersToLoadOnCompletion())}")
        elif mode == "cancel" and events[k - 1][0] == "commit":
            missing = complete(spec, work, situation)  # too late to cancel: all outputs in place
            if missing:
                problems.append(f"{where}: incomplete commit {missing}")
        else:
            problems.append(f"{where}: the run succeeded")
        if set(QgsProject.instance().mapLayers()) != layers_before:
            problems.append(f"{where}: layers added to the project")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "key",
    [pytest.param(k) for k, s in SPECS.items() if k not in ("report", "webexport")],
)
def test_memory_outputs_of_a_failed_run_are_not_loaded(key, hooks, server):
    """Temporary layers half written when the run failed are not loaded into the project."""
    spec = SPECS[key]
    project = QgsProject.instance()
    params = spec.inputs(server)
    params.update(
        {n: QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project) for n in sink_outputs(spec)}
    )
    context = QgsProcessingContext()
    context.setProject(project)
    hooks.arm("write:end", "raise")
    with pytest.raises(QgsProcessingException, match="injected at write:end"):
        run(spec.alg, params, QgsProcessingFeedback(), context)
    assert not context.layersToLoadOnCompletion()


# ------------------------------------------------------------------ the commit
class Renames:
    """Counts the renames of the commit (files and GeoPackage layers); fails from rename ``fail_at``
    on (``until``: up to that rename; 0: every later one)."""

    def __init__(self, monkeypatch) -> None:
        self.calls, self.fail_at, self.until = 0, 0, 0
        replace, connect = os.replace, outputs.gpkg_connection

        def counted_replace(*args, **kw):
            self.count(OSError(13, "injected: permission denied"))
            return replace(*args, **kw)

        monkeypatch.setattr(os, "replace", counted_replace)
        monkeypatch.setattr(outputs, "gpkg_connection", lambda dest: Counted(connect(dest), self))

    def arm(self, fail_at: int = 0, until: int = 0) -> None:
        self.calls, self.fail_at, self.until = 0, fail_at, until

    def count(self, error: Exception) -> None:
        self.calls += 1
        if self.fail_at and self.calls >= self.fail_at and (not self.until or self.calls <= self.until):
            raise error


class Counted:
    """A GeoPackage connection whose renames count (and fail) as ``renames`` says."""

    def __init__(self, connection, renames: Renames) -> None:
        self.connection, self.renames = connection, renames

    def renameVectorTable(self, *args) -> None:  # noqa: N802
        self.renames.count(QgsProviderConnectionException("injected: database is locked"))
        self.connection.renameVectorTable(*args)

    def __getattr__(self, name: str):
        return getattr(self.connection, name)


@pytest.mark.parametrize(
    "key, situation",
    [
        ("zeitreihe", "files"),
        ("zeitreihe", "layers"),
        ("report", "new"),
        ("report", "files"),
        ("webexport", "new"),
        ("webexport", "files"),
    ],  # fmt: skip
)
def test_a_failing_rename_in_the_commit_restores_every_target(key, situation, tmp_path, server, monkeypatch):
    """All or nothing: when the k-th rename of the commit fails, the outputs put in place before
    it are taken back and the old targets return; nothing is left behind."""
    spec = SPECS[key]
    folder = tmp_path / "out"
    prepare(spec, folder, situation, server)
    renames = Renames(monkeypatch)
    fresh = situation == "new"
    work = tmp_path / "record" if fresh else folder
    work.mkdir(exist_ok=True)
    renames.arm()
    assert run_in(spec, work, situation, server, QgsProcessingFeedback())[0] is not None
    total = renames.calls
    assert total >= len(spec.outputs)
    for k in range(1, total + 1):
        work = tmp_path / f"run{k}" if fresh else folder
        work.mkdir(exist_ok=True)
        before_run = snapshot(work)
        renames.arm(k, until=k)
        params = {**spec.inputs(server), **destinations(spec, work, situation, QgsProject.instance())}
        with pytest.raises(QgsProcessingException, match="could not be written: .*injected"):
            run(spec.alg, params)
        assert snapshot(work) == before_run, (k, diff(before_run, snapshot(work)))
        assert not leftovers(work), k


def test_an_old_target_that_cannot_be_put_back_is_kept_and_named(tmp_path, server, monkeypatch):
    """When even the rollback fails, the old report stays in the hidden folder the log names."""
    spec = SPECS["report"]
    folder = tmp_path / "out"
    prepare(spec, folder, "files", server)
    old_html = (folder / "bericht.html").read_bytes()
    renames = Renames(monkeypatch)
    renames.arm(3)  # html: old aside (1), new in place (2); pdf: old aside fails, and every rename after
    feedback = AssistantFeedback()  # keeps the reported errors
    params = {**spec.inputs(server), **destinations(spec, folder, "files", QgsProject.instance())}
    with pytest.raises(QgsProcessingException, match="bericht.pdf could not be written"):
        run(spec.alg, params, feedback)
    kept = [e for e in feedback.errors if "the previous version could not be put back" in e]
    assert len(kept) == 1 and "bericht.html" in kept[0], feedback.errors
    backup = Path(kept[0].rsplit(" it is kept as ", 1)[1].rstrip("."))
    assert (backup / "bericht.html").read_bytes() == old_html
    assert (folder / "bericht.pdf").exists()  # never moved
