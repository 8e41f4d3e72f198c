"""The outputs of a run: destinations checked before anything is read, sinks created through one
registry, written under a temporary name when a target exists, committed (all or none) only when
the whole run succeeded and removed when it failed or was canceled."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataProvider,
    QgsDataSourceUri,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterVectorLayer,
    QgsProperty,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

from .common import fail


class Outputs:
    """The registry of one run's outputs (feature sinks and files) of the algorithm ``alg``."""

    def __init__(self, alg, context) -> None:
        self.alg = alg
        self.context = context
        self.items: list[Output] = []

    def create_sink(self, parameters, name: str, fields, wkb, crs) -> tuple[QgsFeatureSink, str]:
        """A feature sink or the invalid-sink error, and the destination id the user sees.

        An existing file (or GeoPackage layer) is written under a temporary name and
        replaces the target only in ``commit``; ``discard`` leaves it as it was.
        """
        value = parameters.get(name)  # not parameterAsOutputLayer: it registers a layer to load
        static = value.sink.staticValue() if isinstance(value, QgsProcessingOutputLayerDefinition) else value
        if isinstance(static, str):
            check_short_names(name, static, fields)
        output = Output.plan(static if isinstance(static, str) else "")
        output.dest = layer_destination(output.dest)
        if output.dest != static:
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = QgsProcessingOutputLayerDefinition(value)
                value.sink = QgsProperty.fromValue(output.dest)
            else:
                value = output.dest
            parameters = {**parameters, name: value}
        try:
            sink, dest = self.alg.parameterAsSink(parameters, name, self.context, fields, wkb, crs)
            if sink is None:
                raise QgsProcessingException(self.alg.invalidSinkError(parameters, name))
        except BaseException:
            output.discard()
            raise
        output.sink, output.dest = sink, dest
        output.final = output.final_id(dest)
        self.items.append(output)
        if output.final != dest and self.context.willLoadLayerOnCompletion(dest):
            layers = self.context.layersToLoadOnCompletion()
            layers[output.final] = layers.pop(dest)
            self.context.setLayersToLoadOnCompletion(layers)
        return sink, output.final

    def table_sink(self, parameters, name: str, fields) -> tuple[QgsFeatureSink, str]:
        """A sink without geometry."""
        return self.create_sink(
            parameters, name, fields, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
        )

    def file_output(self, parameters, name: str) -> tuple[str, str]:
        """A file destination: (temporary path to write, the path the user chose); ('', '') if not set."""
        path = self.alg.parameterAsFileOutput(parameters, name, self.context)
        if not path:
            return "", ""
        if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
            raise fail(
                QCoreApplication.translate("SozialplanungAlgorithm", "The folder of {0} does not exist."),
                path,
            )
        output = Output.plan(path, whole_file=True)
        self.items.append(output)
        return output.dest, path

    def folder_output(self, parameters, name: str) -> tuple[str, str]:
        """A folder destination: (temporary folder to write, the folder the user chose).

        The content moves into the chosen folder in ``commit`` (replacing entries of the
        same name); a failed run removes the temporary folder and the parent folders it made.
        """
        path = os.path.abspath(self.alg.parameterAsFileOutput(parameters, name, self.context))
        made, parent = [], os.path.dirname(path)
        while not os.path.isdir(parent) and parent != os.path.dirname(parent):
            made.append(parent)
            parent = os.path.dirname(parent)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        output = Output(path, path, os.path.isdir(path), kind="folder", made=made)
        self.items.append(output)
        output.folder = output.dest = tempfile.mkdtemp(prefix=".sozialplanung-", dir=os.path.dirname(path))
        return output.folder, path

    def output_of(self, sink: QgsFeatureSink) -> Optional[Output]:
        """The registered output of a sink (None if unknown)."""
        return next((o for o in self.items if o.sink is sink), None)

    def is_file(self, sink: QgsFeatureSink) -> bool:
        """Whether ``sink`` writes a file (worth a writer thread)."""
        output = self.output_of(sink)
        return output is not None and os.path.isfile(output_file(output.dest))

    def commit(self, feedback=None) -> None:
        """Close every output, then put each in place: all or nothing.

        When an output cannot be put in place, those committed before it are taken back
        (their old targets return) and the error is raised; ``discard`` then removes them.
        """
        done: list[Output] = []
        try:
            for output in self.items:
                output.close()
            for output in self.items:
                done.append(output)
                output.commit()
        except BaseException as err:
            self.rollback(done, feedback)
            if isinstance(err, (OSError, QgsProviderConnectionException)):
                text = QCoreApplication.translate("SozialplanungAlgorithm", "{0} could not be written: {1}")
                raise fail(text, done[-1].final if done else "", err) from None
            raise
        items, self.items = self.items, []
        for output in items:
            try:
                output.finish()
            except Exception as err:  # the outputs are in place; only the old targets are left
                text = QCoreApplication.translate("SozialplanungAlgorithm", "Could not remove {0}: {1}")
                warn(feedback, text, output.backup or output.folder, err)

    @staticmethod
    def rollback(done: list[Output], feedback) -> None:
        """Undo the commits of ``done`` (last first); an old target that cannot return is named."""
        for output in reversed(done):
            try:
                output.rollback()
            except Exception as err:  # cleanup must never hide the original error
                text = QCoreApplication.translate(
                    "SozialplanungAlgorithm",
                    "{0}: the previous version could not be put back ({1}); it is kept as {2}.",
                )
                warn(feedback, text, output.final, err, output.backup)

    def discard(self, feedback=None) -> None:
        """Close the outputs of a failed or canceled run and remove what they wrote.

        Temporary files and layers are removed (the targets stay as they were), a new
        file is deleted with its side files, a PostGIS table is dropped; none of the
        outputs is loaded into the project.
        """
        items, self.items = self.items, []
        layers = self.context.layersToLoadOnCompletion()
        loaded = [output.final for output in items if output.final in layers]
        for final in loaded:
            del layers[final]
        if loaded:
            self.context.setLayersToLoadOnCompletion(layers)
        for output in items:
            try:
                output.discard()
            except Exception as err:  # cleanup must never hide the original error
                text = QCoreApplication.translate("SozialplanungAlgorithm", "Could not remove {0}: {1}")
                warn(feedback, text, output.dest, err)

    def check_destinations(self, parameters, short_name_outputs=frozenset()) -> None:
        """Before anything is read or written: Shapefiles for long field names, one destination
        per output, no output over an input layer."""
        seen: dict[tuple, str] = {}
        inputs = input_locations(self.alg, parameters, self.context)
        for param in self.alg.destinationParameterDefinitions():
            dest = destination_value(parameters, param)
            if not dest:
                continue
            check_destination_kind(param, dest, short_name_outputs)
            where = destination_parts(dest)
            for other_where, other in seen.items():
                if same_place(where, other_where):
                    raise fail(
                        QCoreApplication.translate(
                            "SozialplanungAlgorithm",
                            "{0} and {1} write to the same destination {2}; choose a file or layer for each.",
                        ),
                        other,
                        param.name(),
                        dest,
                    )
            seen[where] = param.name()
            for input_where, input_name in inputs:
                if same_place(where, input_where):
                    raise fail(
                        QCoreApplication.translate(
                            "SozialplanungAlgorithm",
                            "{0} would overwrite the input layer of {1} ({2}); choose another file or layer.",
                        ),
                        param.name(),
                        input_name,
                        dest,
                    )


def warn(feedback, text: str, *args: object) -> None:
    """An error in the log (``text`` formatted with ``args``); nothing without feedback."""
    if feedback is not None:
        feedback.reportError(text.format(*args))


def check_destination_kind(param, dest: str, short_name_outputs) -> None:
    """No Shapefile for long field names, no folder where a file is expected."""
    sink = isinstance(param, QgsProcessingParameterFeatureSink)
    if sink and param.name() not in short_name_outputs and SHORT_NAMES.search(output_file(dest)):
        raise fail(
            QCoreApplication.translate(
                "SozialplanungAlgorithm",
                "{0}: a Shapefile cuts field names to 10 characters, and the results could not be "
                "read back. Save as GeoPackage (.gpkg) instead.",
            ),
            param.name(),
        )
    if not isinstance(param, QgsProcessingParameterFolderDestination) and os.path.isdir(output_file(dest)):
        raise fail(
            QCoreApplication.translate("SozialplanungAlgorithm", "{0}: {1} is a folder, not a file."),
            param.name(),
            dest,
        )


def check_short_names(name: str, dest: str, fields) -> None:
    """A Shapefile/dBASE output would cut the contract's field names to 10 characters: refused."""
    if not SHORT_NAMES.search(output_file(dest)):
        return
    long = [f.name() for f in fields if len(f.name().encode("utf-8")) > 10]
    if long:
        raise fail(
            QCoreApplication.translate(
                "SozialplanungAlgorithm",
                "{0}: a Shapefile cuts field names to 10 characters ('{1}' would become '{2}'), and "
                "the results could not be read back. Save as GeoPackage (.gpkg) instead.",
            ),
            name,
            long[0],
            long[0][:10],
        )


def destination_value(parameters, param) -> str:
    """The file destination of an output parameter ('' for temporary, memory and database outputs)."""
    value = parameters.get(param.name())
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if not isinstance(value, str) or not value or value == QgsProcessing.TEMPORARY_OUTPUT:
        return ""
    if value.startswith(("memory:", "postgis:", "postgres:")):
        return ""
    return value if output_file(value) else ""


def input_locations(alg, parameters, context) -> list[tuple[tuple, str]]:
    """(file, layer) of every file-based input layer of ``alg`` with its parameter name."""
    found = []
    for param in alg.parameterDefinitions():
        if not isinstance(param, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
            continue
        layer = alg.parameterAsVectorLayer(parameters, param.name(), context)
        if layer is None or layer.providerType() != "ogr":
            continue
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path") or ""
        if path:
            name = parts.get("layerName") or first_layer_name(layer)
            found.append(((os.path.abspath(path), name.lower() if name else None), param.name()))
    return found


SHORT_NAMES = re.compile(r"(?i)\.(shp|dbf)$")  # formats limited to 10-character field names


def destination_parts(dest: str) -> tuple[str, Optional[str]]:
    """(absolute file, lower-case layer name or None) of a file destination."""
    if dest.startswith("ogr:"):
        match = re.search(r'table="([^"]*)"', dest) or re.search(r"table=(\S+)", dest)
    else:
        match = re.search(r"\|layername=([^|]+)", dest)
    return os.path.abspath(output_file(dest)), match.group(1).lower() if match else None


def layer_destination(dest: str) -> str:
    """'x.gpkg|layername=a' as "ogr:dbname='x.gpkg' table=\"a\" (geom)", which Processing writes as a layer
    in all QGIS versions (QGIS 3.22 makes a file named 'x.gpkg|layername=a.gpkg' of the first)."""
    match = re.fullmatch(r"([^|]+)\|layername=([^|]+)", dest)
    if dest.startswith("ogr:") or not match:
        return dest
    return f"ogr:dbname='{match.group(1)}' table=\"{match.group(2)}\" (geom)"


def same_place(a: tuple[str, Optional[str]], b: tuple[str, Optional[str]]) -> bool:
    """Whether two (file, layer) destinations overwrite each other (no layer: the whole file)."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def first_layer_name(layer: QgsVectorLayer) -> Optional[str]:
    """The table name of a layer opened from a file without a layer name (None if unknown)."""
    sublayers = layer.dataProvider().subLayers()
    if len(sublayers) != 1:
        return None
    parts = sublayers[0].split(QgsDataProvider.sublayerSeparator())
    return parts[1] if len(parts) > 1 else None


@dataclass
class Output:
    """One output of a run: where it is written (``dest``) and the target the user sees (``final``).

    An existing file is written in a hidden folder beside it (``folder``), a layer of an
    existing GeoPackage under a temporary name (``temp_layer``); ``commit`` puts it in
    place (keeping the old target aside until ``finish``, so that ``rollback`` can undo
    it), ``discard`` removes it and leaves the target untouched.
    """

    dest: str
    final: str = ""
    existed: bool = False
    folder: str = ""
    temp_layer: str = ""
    layer: str = ""
    sink: Optional[QgsFeatureSink] = None
    kind: str = "layer"  # or "folder": a whole folder written in ``folder``, moved into ``final``
    backup: str = ""  # while committing: the old target (a hidden folder or a layer name)
    moves: list[tuple[str, str]] = field(default_factory=list)  # renames of ``commit``
    created: bool = False  # ``commit`` made the target folder
    made: list[str] = field(default_factory=list)  # parent folders made for the output (innermost first)

    @classmethod
    def plan(cls, value: str, whole_file: bool = False) -> Output:
        """Where to write the destination ``value`` (memory, database and new files: in place)."""
        path = output_file(value) if value else ""
        if not path or not (os.path.exists(path) or whole_file):
            return cls(value, value, False)
        file_dir, base = os.path.split(os.path.abspath(path))
        _, layer = destination_parts(value)
        if layer is not None:
            if not path.lower().endswith(".gpkg"):
                return cls(value, value, True)  # other multi-layer files: written in place
            match = re.search(r'table="([^"]*)"', value) or re.search(r"(?:table|layername)=([^|\s]+)", value)
            temp = f"{match.group(1)}_tmp_{uuid.uuid4().hex[:8]}"
            dest = value[: match.start(1)] + temp + value[match.end(1) :]
            return cls(dest, value, True, temp_layer=temp, layer=match.group(1))
        folder = tempfile.mkdtemp(prefix=".sozialplanung-", dir=file_dir)
        return cls(value.replace(path, os.path.join(folder, base), 1), value, os.path.exists(path), folder)

    def final_id(self, dest: str) -> str:
        """The destination id of the target for the id ``dest`` of the written output."""
        if self.temp_layer:
            return dest.replace(self.temp_layer, self.layer)
        if self.folder:
            return dest.replace(self.folder + os.sep, os.path.dirname(self.folder) + os.sep)
        return dest

    def close(self) -> None:
        """Close the sink (flushes the file or commits the database transaction)."""
        if self.sink is not None and not sip.isdeleted(self.sink):
            sip.delete(self.sink)
        self.sink = None

    def commit(self) -> None:
        """Close and put the output in place. The old target is kept aside (``backup``) until
        ``finish`` removes it; ``rollback`` undoes the commit, also a partial one."""
        self.close()
        if self.temp_layer:
            connection = gpkg_connection(self.dest)
            for table in connection.tables():  # SQLite names ignore case
                if table.tableName().lower() == self.layer.lower():
                    self.backup = f"{self.layer}_tmp_{uuid.uuid4().hex[:8]}"
                    self.rename(table.tableName(), self.backup, connection)
                    break
            self.rename(self.temp_layer, self.layer, connection)
        elif self.folder:
            target = self.target_dir()
            if not os.path.isdir(target):  # a new folder: made here, removed by rollback
                os.mkdir(target)
                self.created = True
            names = os.listdir(self.folder)
            for name in names:
                for old in self.replaced(os.path.join(target, name)):
                    self.rename(old, os.path.join(self.backup_folder(), os.path.basename(old)))
            for name in names:
                self.rename(os.path.join(self.folder, name), os.path.join(target, name))

    def target_dir(self) -> str:
        """The folder that ``commit`` moves the entries of ``folder`` into."""
        return self.final if self.kind == "folder" else os.path.dirname(self.folder)

    def replaced(self, path: str) -> list[str]:
        """The existing entries that the written ``path`` replaces (a file with its side files)."""
        if self.kind == "folder":
            return [path] if os.path.lexists(path) else []
        return file_set(path)

    def backup_folder(self) -> str:
        """The hidden folder beside ``folder`` that keeps the old target during the commit."""
        if not self.backup:
            self.backup = tempfile.mkdtemp(prefix=".sozialplanung-", dir=os.path.dirname(self.folder))
        return self.backup

    def rename(self, source: str, target: str, connection=None) -> None:
        """Rename a file, folder or (with ``connection``) a GeoPackage layer; kept for ``rollback``."""
        if connection is None:
            os.replace(source, target)
        else:
            connection.renameVectorTable("", source, target)
        self.moves.append((source, target))

    def rollback(self) -> None:
        """Undo ``commit``: the output back to its temporary place, the old target back in place."""
        connection = gpkg_connection(self.dest) if self.temp_layer else None
        while self.moves:
            source, target = self.moves[-1]
            if connection is None:
                os.replace(target, source)
            else:
                connection.renameVectorTable("", target, source)
            self.moves.pop()
        if self.created:
            os.rmdir(self.target_dir())
            self.created = False
        if self.backup and not self.temp_layer:
            os.rmdir(self.backup)
        self.backup = ""

    def finish(self) -> None:
        """After every output was committed: remove the old target and the temporary folder."""
        self.moves = []
        if self.temp_layer and self.backup:
            gpkg_connection(self.dest).dropVectorTable("", self.backup)
        elif self.backup:
            shutil.rmtree(self.backup)
        self.backup = ""
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def discard(self) -> None:
        """Close and remove what the output wrote; the target stays as it was."""
        self.close()
        if self.temp_layer:
            connection = gpkg_connection(self.dest)
            if self.temp_layer in [t.tableName() for t in connection.tables()]:
                connection.dropVectorTable("", self.temp_layer)
        elif self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
        elif self.dest and self.kind != "folder":
            remove_output(self.dest, self.existed)
        for folder in self.made:
            os.rmdir(folder)
        self.made = []


def gpkg_connection(dest: str):
    """The OGR database connection of the GeoPackage of a destination."""
    return QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(output_file(dest), {})


def file_set(path: str) -> list[str]:
    """A file with its Shapefile and SQLite side files, as far as they exist."""
    stem = os.path.splitext(path)[0]
    names = [path, *(path + s for s in ("-wal", "-shm", "-journal"))]
    names += [stem + s for s in (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".qml")]
    return [name for name in dict.fromkeys(names) if os.path.exists(name)]


def remove_file_set(path: str) -> None:
    """Remove a file with its Shapefile and SQLite side files."""
    for name in file_set(path):
        os.remove(name)


def output_file(destination: str) -> str:
    """The file of a file destination ('path|layername=x' or "ogr:dbname='path' table=..."), else ''."""
    if destination.startswith("ogr:"):
        match = re.search(r"dbname='([^']*)'", destination) or re.search(r"dbname=(\S+)", destination)
        return match.group(1) if match else ""
    return destination.split("|")[0]


def remove_output(dest: str, existed: bool) -> None:
    """Delete a partly written output: a new file, a layer of an existing GeoPackage or a PostGIS table."""
    path = output_file(dest)
    if os.path.isfile(path):
        layer = QgsProviderRegistry.instance().decodeUri("ogr", dest).get("layerName")
        if existed and layer and path.lower().endswith(".gpkg"):
            connection = QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(path, {})
            connection.dropVectorTable("", layer)
            return
        remove_file_set(path)
        return
    postgres = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri(re.sub(r"^(postgis:|postgres://)", "", dest))
    if postgres is not None and uri.table() and (uri.database() or uri.service()):
        connection = postgres.createConnection(uri.connectionInfo(False), {})
        connection.dropVectorTable(uri.schema() or "public", uri.table())
