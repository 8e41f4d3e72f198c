"""Shared base class and helpers of the Sozialplanung Processing algorithms."""

from __future__ import annotations

import math
import os
import re
import shutil
import tempfile
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Iterable, Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDataProvider,
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core import spatial as geo
from ..core import values as parse
from ..core.sozialindex import ChangeIndicator, Indicator, parse_direction, parse_weight
from ..core.values import MethodError
from . import fastread
from .compat import METERS, save_default_style

POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELP_DIR = os.path.join(PLUGIN_DIR, "help")
STYLE_DIR = os.path.join(PLUGIN_DIR, "styles")
ICON_PATH = os.path.join(PLUGIN_DIR, "icons", "sozialplanung.svg")


def is_null(value: Any) -> bool:
    """True for None, NULL QVariants and NaN."""
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    return isinstance(value, float) and math.isnan(value)


def to_python(value: Any) -> Any:
    """A Python value for writing to a feature (None for NULL, int for whole codes)."""
    if is_null(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


_PLAIN = frozenset((int, float, str, bool, type(None)))
_NUMBERS = frozenset((int, float, type(None)))
#: Features written per sink.addFeatures call.
BATCH = 1000


def plain_values(values: Sequence[Any]) -> list:
    """``to_python`` over a column; no per-value call when all values are plain already."""
    types = set(map(type, values))
    if types <= _PLAIN and not (float in types and any(v != v for v in values)):  # v != v: NaN
        return list(values)
    return [to_python(v) for v in values]


def python_rows(frame: pd.DataFrame) -> list[tuple]:
    """Rows of plain Python values (None for NaN/NA), converted column by column."""
    columns = []
    for i in range(frame.shape[1]):
        column = frame.iloc[:, i]
        array = column.to_numpy()
        missing = column.isna().to_numpy()
        if array.dtype.kind == "f" and missing.any():  # None for NaN without a loop in Python
            array = array.astype(object)  # Python floats
            array[missing] = None
            values = array.tolist()
        else:
            values = array.tolist()  # numpy scalars -> int/float/str
            if missing.any():
                values = [None if m else v for v, m in zip(values, missing.tolist())]
        if column.dtype == object:
            values = plain_values(values)
        columns.append(values)
    return list(zip(*columns)) if columns else [()] * len(frame)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a bundled QML style to an output layer loaded into the project."""

    _alive: list[StylePostProcessor] = []  # instances must outlive the algorithm

    def __init__(self, qml: str) -> None:
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802
        """Load the style onto the layer."""
        if isinstance(layer, QgsVectorLayer):
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()

    @classmethod
    def create(cls, qml: str) -> StylePostProcessor:
        """A post-processor kept alive for the session."""
        instance = cls(qml)
        cls._alive.append(instance)
        return instance


class SozialplanungAlgorithm(QgsProcessingAlgorithm):
    """Base class: naming, help from ``help/<id>.html``, reading and writing helpers."""

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    NUMBER_FORMAT = "NUMBER_FORMAT"
    #: Feature sinks whose field names all fit into 10 characters (Shapefile allowed).
    SHORT_NAME_OUTPUTS: frozenset[str] = frozenset()
    ALG_ID = ""
    GROUP_ID = "sozialindex"

    def __init__(self) -> None:
        super().__init__()
        self._styled_outputs: dict[str, str] = {}
        self.number_format = parse.AUTO
        self._outputs: list[Output] = []

    def __init_subclass__(cls, **kwargs) -> None:
        """Wrap each processAlgorithm so that a failed or canceled run leaves no output behind."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is None or getattr(process, "discards_outputs", False):
            return

        def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
            try:
                self.number_format = self.chosen_number_format(parameters, context)
                self.check_destinations(parameters, context)
                result = process(self, parameters, context, feedback)
                self.check_canceled(feedback)  # a run canceled at its very end keeps nothing either
                self.commit_outputs()
            except BaseException:
                self.discard_outputs(feedback)
                raise
            return result

        processAlgorithm.__doc__ = process.__doc__
        processAlgorithm.discards_outputs = True
        cls.processAlgorithm = processAlgorithm

    def chosen_number_format(self, parameters, context) -> str:
        """The NUMBER_FORMAT of the run (core.parse.AUTO for algorithms without the parameter)."""
        if self.parameterDefinition(self.NUMBER_FORMAT) is None:
            return parse.AUTO
        return parse.FORMATS[self.parameterAsEnum(parameters, self.NUMBER_FORMAT, context)]

    def tr(self, text: str) -> str:
        """Translate in the context of the class, falling back to its base classes."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text or cls is SozialplanungAlgorithm:
                return translated
        return text

    def createInstance(self) -> SozialplanungAlgorithm:  # noqa: N802
        """A fresh instance of the same class."""
        return type(self)()

    def name(self) -> str:
        """Stable lower-case id."""
        return self.ALG_ID

    def groupId(self) -> str:  # noqa: N802
        """Stable group id."""
        return self.GROUP_ID

    def group(self) -> str:
        """Translated group name."""
        groups = {
            "sozialindex": self.tr("Social index"),
            "angebote": self.tr("Offers and institutions"),
            "berichte": self.tr("Reports and export"),
        }
        return groups.get(self.GROUP_ID, self.GROUP_ID)

    def icon(self) -> QIcon:
        """The plugin icon."""
        return QIcon(ICON_PATH)

    def shortHelpString(self) -> str:  # noqa: N802
        """Help from help/<id>_de.html for German locales, else help/<id>.html."""
        return read_help(self.ALG_ID)

    def helpUrl(self) -> str:  # noqa: N802
        """Local help file as URL."""
        return "file://" + help_path(self.ALG_ID)

    # ------------------------------------------------------------ parameters
    def add(self, param, help_text: str, advanced: bool = False) -> None:
        """Add a parameter with its help text (already translated)."""
        param.setHelp(help_text)
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(param)

    def add_input_parameters(self) -> None:
        """INPUT and ID_FIELD."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Areas"), [QgsProcessing.SourceType.TypeVector]
            ),
            self.tr("Areas (or a table) with the indicator fields."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, self.tr("Id field"), parentLayerParameterName=self.INPUT
            ),
            self.tr("Unique id of each area; duplicates are an error."),
        )

    # ---------------------------------------------------------------- errors
    def method_error(self, error: MethodError) -> QgsProcessingException:
        """A translated QgsProcessingException from a core MethodError."""
        text = QCoreApplication.translate("MethodError", error.template)
        return QgsProcessingException(text.format(*error.args_))

    def fail(self, text: str, *args: object) -> QgsProcessingException:
        """A QgsProcessingException with a (translated) message formatted with args."""
        return QgsProcessingException(text.format(*args))

    def matrix_rows(self, parameters, name: str, context, width: int) -> list[list[str]]:
        """Rows of a matrix parameter as stripped strings; checks the row length."""
        flat = self.parameterAsMatrix(parameters, name, context) or []
        if all(is_null(v) or str(v).strip() == "" for v in flat):
            return []  # an omitted optional matrix arrives as [NULL]
        if len(flat) % width:
            raise self.fail(
                self.tr("{0} must have {1} values per row, but has {2} values in all."),
                name,
                width,
                len(flat),
            )
        cells = ["" if is_null(v) else str(v).strip() for v in flat]
        rows = [cells[i : i + width] for i in range(0, len(cells), width)]
        return [row for row in rows if any(row)]

    def status_indicators(self, parameters, name: str, context) -> list[Indicator]:
        """Rows (Feld, Nenner, Richtung, Gewicht) of a matrix as core indicators."""
        result = []
        for feld, nenner, richtung, gewicht in self.matrix_rows(parameters, name, context, 4):
            if not feld:
                raise self.fail(
                    self.tr("An indicator row has no field: {0}"), [feld, nenner, richtung, gewicht]
                )
            direction, weight = self.direction_weight(richtung, gewicht)
            result.append(Indicator(feld, nenner or None, direction, weight))
        return result

    def change_indicator_rows(self, parameters, name: str, context) -> list[ChangeIndicator]:
        """Rows (Feld t0, Nenner t0, Feld t1, Nenner t1, Richtung, Gewicht) as change indicators."""
        result = []
        for f0, n0, f1, n1, richtung, gewicht in self.matrix_rows(parameters, name, context, 6):
            if not f1:
                raise self.fail(self.tr("An indicator row has no field t1: {0}"), [f0, n0, f1, n1])
            if n0 and not f0:
                raise self.fail(self.tr("Indicator {0}: denominator t0 without field t0."), f1)
            direction, weight = self.direction_weight(richtung, gewicht)
            result.append(ChangeIndicator(f0 or None, n0 or None, f1, n1 or None, direction, weight))
        return result

    def direction_weight(self, richtung: str, gewicht: str) -> tuple[int, float]:
        """Direction ('+' if empty) and weight (1 if empty) of a matrix row."""
        try:
            return parse_direction(richtung or "+"), parse_weight(gewicht)
        except MethodError as err:
            raise self.method_error(err) from None

    # --------------------------------------------------------------- reading
    def source_or_fail(self, parameters, name: str, context) -> QgsProcessingFeatureSource:
        """The feature source of a parameter; empty or missing sources are errors."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if source.featureCount() == 0:
            raise self.fail(self.tr("The layer of {0} is empty."), name)
        if fastread.available():  # remembered for the bulk reading fast path
            layer = self.parameterAsVectorLayer(parameters, name, context)
            source.ogr_location = fastread.ogr_location(layer, parameters.get(name))
        return source

    def require_polygons(self, source, name: str) -> None:
        """Processing does not enforce declared geometry types: a non-polygon layer is an error naming ``name``."""
        kind = QgsWkbTypes.geometryType(source.wkbType())
        if kind not in (POLYGON, QgsWkbTypes.GeometryType.UnknownGeometry):
            raise self.fail(
                self.tr("{0} must be a polygon layer, not {1}."),
                name,
                QgsWkbTypes.geometryDisplayString(kind),
            )

    def check_fields(self, source, names: Iterable[Optional[str]], param: str) -> None:
        """Every named field exists in the source."""
        have = source.fields().names()
        for name in names:
            if name and name not in have:
                raise self.fail(self.tr("Field '{0}' ({1}) does not exist in the input layer."), name, param)

    def read_table(
        self,
        source: QgsProcessingFeatureSource,
        id_field: str,
        numeric: Sequence[str],
        other: Sequence[str] = (),
        feedback: Optional[QgsProcessingFeedback] = None,
        unique: bool = True,
    ) -> tuple[list[int], pd.DataFrame]:
        """Attributes without geometry: feature ids and a frame indexed 0..n-1.

        Numeric fields become floats (NULL -> NaN; text with a decimal comma is
        accepted); text that is no number raises an error naming field, value
        and feature. Duplicate or NULL ids raise an error when ``unique``.
        """
        fields = source.fields()
        names = [id_field] + list(dict.fromkeys([*numeric, *other]))
        names = list(dict.fromkeys(n for n in names if n))
        numeric = list(dict.fromkeys(n for n in numeric if n))
        floats = {}  # numeric columns read in bulk from number fields: floats directly
        fast = self.read_fast(source, names, feedback)
        if fast is not None:
            fids, arrays = fast
            for name in numeric:
                if name != id_field and arrays[name].dtype.kind in "iuf":
                    floats[name] = np.ma.filled(arrays[name].astype(float), np.nan)
            columns = [[] if n in floats else fastread.python_values(arrays[n]) for n in names]
        else:
            request = QgsFeatureRequest()
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            request.setSubsetOfAttributes([fields.lookupField(n) for n in names])
            idx = [fields.lookupField(n) for n in names]
            pick = itemgetter(*idx) if len(idx) > 1 else (lambda attrs: (attrs[idx[0]],))
            fids, rows = [], []
            total = max(source.featureCount(), 1)
            flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
            for i, feat in enumerate(source.getFeatures(request, flags)):
                if feedback is not None:
                    self.check_canceled(feedback)
                    if i % 5000 == 0:
                        feedback.setProgress(20.0 * i / total)
                fids.append(feat.id())
                rows.append(pick(feat.attributes()))
            columns = list(zip(*rows)) if rows else [()] * len(names)
        series = {n: pd.Series(plain_values(c), dtype=object) for n, c in zip(names, columns)}
        if unique:
            self.check_ids(series[id_field], id_field)
        for name in numeric:
            if name in floats:
                series[name] = pd.Series(floats[name], dtype=float)
            else:
                series[name] = self.to_numeric(series[name], name, series[id_field], feedback)
        return fids, pd.DataFrame(series, columns=names)

    def read_fast(
        self,
        source,
        names: Sequence[str],
        feedback=None,
        geometry: bool = False,
        progress: tuple[float, float] = (0.0, 20.0),
    ) -> Optional[tuple]:
        """Feature ids and attribute columns (plus WKB with ``geometry``) read in bulk, or None.

        Only for sources from ``source_or_fail`` on a plain GeoPackage/Shapefile
        layer (see ``fastread``); the caller falls back to a feature request.
        """
        location = getattr(source, "ogr_location", None)
        if location is None:
            return None
        total = max(source.featureCount(), 1)

        def step(done: int) -> None:
            if feedback is not None:
                self.check_canceled(feedback)
                feedback.setProgress(progress[0] + (progress[1] - progress[0]) * done / total)

        result = fastread.read_columns(
            location, source.fields(), names, source.featureCount(), geometry, step
        )
        if result is None:
            return None
        return result if geometry else result[:2]

    def read_fast_points(self, source, names: Sequence[str], crs, single: bool, feedback, progress):
        """(fids, x, y, columns) of single points already in ``crs``, read in bulk (see ``read_fast``);
        features without geometry are left out with a warning. None when the fast path does not apply."""
        if not single or (crs.isValid() and source.sourceCrs().isValid() and source.sourceCrs() != crs):
            return None
        fast = self.read_fast(source, list(names), feedback, geometry=True, progress=progress)
        coords = None if fast is None else fastread.point_coordinates(fast[2])
        if coords is None:
            return None
        fids, arrays, _ = fast
        columns = {n: fastread.python_values(arrays[n]) for n in names}
        x, y = coords
        present = ~(np.isnan(x) | np.isnan(y))
        empty = int(len(x) - present.sum())
        if empty:
            feedback.pushWarning(
                self.tr("{0}: {1} features without geometry are left out.").format(source.sourceName(), empty)
            )
            keep = present.tolist()
            fids = [f for f, k in zip(fids, keep) if k]
            columns = {n: [v for v, k in zip(c, keep) if k] for n, c in columns.items()}
        return fids, x[present], y[present], [columns[n] for n in names]

    def check_ids(self, ids: pd.Series, id_field: str) -> None:
        """Ids are present and unique."""
        if ids.isna().any():
            raise self.fail(self.tr("The id field '{0}' is empty (NULL) for some features."), id_field)
        dup = ids[ids.duplicated()]
        if len(dup):
            raise self.fail(
                self.tr("The id field '{0}' is not unique: '{1}' occurs more than once."),
                id_field,
                dup.iloc[0],
            )

    def to_numeric(self, values: pd.Series, field: str, ids: pd.Series, feedback=None) -> pd.Series:
        """Floats from numbers or numeric text (one rule per column, see core.parse); names the first non-number."""
        if set(map(type, values)) <= _NUMBERS:  # fast path: numbers and NULL only
            return pd.Series(values.to_numpy(dtype=object).astype(float), index=values.index, dtype=float)
        try:
            out, used = parse.parse_column(values.tolist(), self.number_format)
        except parse.AmbiguousColumnError as err:
            raise self.fail(
                self.tr(
                    "Field '{0}': values such as {1} can be read with a thousands separator or as "
                    "decimals. Choose the number format (NUMBER_FORMAT) or write the field as a number."
                ),
                field,
                " / ".join(f"'{e}'" for e in err.examples),
            ) from None
        except parse.NotANumberError as err:
            raise self.fail(
                self.tr("Field '{0}': value '{1}' of feature {2} is not a number."),
                field,
                err.value,
                ids.iloc[err.position],
            ) from None
        if feedback is not None:
            rule = self.tr("German (1.234,5)") if used == parse.GERMAN else self.tr("plain (1234.5)")
            feedback.pushInfo(
                self.tr("Field '{0}': text read as numbers in the format {1}.").format(field, rule)
            )
        return pd.Series(out, index=values.index, dtype=float)

    def add_number_format_parameter(self) -> None:
        """NUMBER_FORMAT (advanced): how numbers written as text are read."""
        self.add(
            QgsProcessingParameterEnum(
                self.NUMBER_FORMAT,
                self.tr("Number format of text fields"),
                [self.tr("Automatic"), self.tr("German (1.234,5)"), self.tr("Plain (1234.5)")],
                defaultValue=0,
            ),
            self.tr(
                "How numbers stored as text are read. Automatic: a comma in the field means German "
                "format; a field whose values are all like '10.183' is an error until you choose."
            ),
            advanced=True,
        )

    # --------------------------------------------------------------- writing
    def output_fields(
        self, source_fields: QgsFields, new: Sequence[QgsField], feedback
    ) -> tuple[QgsFields, list[int]]:
        """Input fields plus new fields, and the indices of the kept input fields.

        An input field with the name of a new field is replaced (with a warning).
        """
        new_names = {f.name().lower() for f in new}
        out, keep = QgsFields(), []
        for i, f in enumerate(source_fields):
            if f.name().lower() in new_names:
                feedback.pushWarning(self.tr("Input field '{0}' is replaced by the result.").format(f.name()))
                continue
            out.append(f)
            keep.append(i)
        for f in new:
            out.append(f)
        return out, keep

    def write_rows(
        self,
        source: QgsProcessingFeatureSource,
        sink: QgsFeatureSink,
        fields: QgsFields,
        keep: Sequence[int],
        fids: Sequence[int],
        result: pd.DataFrame,
        feedback: QgsProcessingFeedback,
        progress: tuple[float, float] = (50.0, 100.0),
    ) -> None:
        """Write each source feature with its kept input attributes and the result row."""
        row_of = {fid: i for i, fid in enumerate(fids)}
        values = python_rows(result)
        total = max(len(fids), 1)
        keep_all = list(keep) == list(range(source.fields().count()))
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        start, end = progress
        new_indices = range(len(keep), fields.count())
        batch: list[QgsFeature] = []
        # file outputs: a thread writes the previous batch while the next one is built
        threaded = any(o.sink is sink and os.path.isfile(output_file(o.dest)) for o in self._outputs)
        pending: Optional[Future] = None
        with ThreadPoolExecutor(max_workers=1) as writer:  # on errors waits for ``pending``
            for n, feat in enumerate(source.getFeatures(QgsFeatureRequest(), flags)):
                row = values[row_of[feat.id()]]
                feat.setFields(fields, False)
                if keep_all:  # append the results without a round trip of the input attributes
                    feat.resizeAttributes(fields.count())
                    list(map(feat.setAttribute, new_indices, row))
                else:
                    attrs = feat.attributes()
                    feat.setAttributes([attrs[i] for i in keep] + list(row))
                batch.append(feat)
                if len(batch) == BATCH:
                    self.check_canceled(feedback)
                    if pending is not None:
                        pending.result()  # raises the write error
                    if threaded:
                        pending = writer.submit(self.add_features, sink, batch)
                    else:
                        self.add_features(sink, batch)
                    batch = []
                    feedback.setProgress(start + (end - start) * n / total)
            if pending is not None:
                pending.result()
        self.add_features(sink, batch)

    def write_plain_table(self, parameters, name: str, context, fields: QgsFields, frame: pd.DataFrame):
        """An optional output without geometry, one feature per row of ``frame``; None when not requested."""
        if not parameters.get(name):
            return None
        sink, dest = self.create_sink(
            parameters,
            name,
            context,
            fields,
            None,
            QgsWkbTypes.Type.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        features = []
        for row in python_rows(frame):
            feat = QgsFeature(fields)
            feat.setAttributes(list(row))
            features.append(feat)
        self.add_features(sink, features)
        return dest

    def add_features(self, sink: QgsFeatureSink, features: list[QgsFeature]) -> None:
        """sink.addFeatures or the write error."""
        if features and not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, {}, ""))

    def create_sink(self, parameters, name: str, context, fields, source, wkb=None, crs=None):
        """A feature sink or the invalid-sink error, and the destination id the user sees.

        Geometry type and CRS are those of ``source`` unless ``wkb`` / ``crs`` are given.

        An existing file (or GeoPackage layer) is written under a temporary name and
        replaces the target only when the run succeeds (``commit_outputs``); a failed
        or canceled run leaves it as it was (``discard_outputs``).
        """
        value = parameters.get(name)  # not parameterAsOutputLayer: it registers a layer to load
        static = value.sink.staticValue() if isinstance(value, QgsProcessingOutputLayerDefinition) else value
        if isinstance(static, str):
            self.check_short_names(name, static, fields)
        output = Output.plan(static if isinstance(static, str) else "")
        output.dest = layer_destination(output.dest)
        if output.dest != static:
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = QgsProcessingOutputLayerDefinition(value)
                value.sink = QgsProperty.fromValue(output.dest)
            else:
                value = output.dest
            parameters = {**parameters, name: value}
        sink, dest = self.parameterAsSink(
            parameters,
            name,
            context,
            fields,
            source.wkbType() if wkb is None else wkb,
            source.sourceCrs() if crs is None else crs,
        )
        if sink is None:
            output.discard()
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        output.sink, output.dest = sink, dest
        output.final = output.final_id(dest)
        self._outputs.append(output)
        if output.final != dest and context.willLoadLayerOnCompletion(dest):
            layers = context.layersToLoadOnCompletion()
            layers[output.final] = layers.pop(dest)
            context.setLayersToLoadOnCompletion(layers)
        return sink, output.final

    def file_output(self, parameters, name: str, context) -> tuple[str, str]:
        """A file destination: (temporary path to write, the path the user chose); ('', '') if not set.

        The file moves to its place in ``commit_outputs``; a failed run removes it.
        """
        path = self.parameterAsFileOutput(parameters, name, context)
        if not path:
            return "", ""
        if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
            raise self.fail(self.tr("The folder of {0} does not exist."), path)
        output = Output.plan(path, whole_file=True)
        self._outputs.append(output)
        return output.dest, path

    def commit_outputs(self) -> None:
        """Close the outputs and move the temporarily written ones to their targets."""
        outputs, self._outputs = self._outputs, []
        for k, output in enumerate(outputs):
            try:
                output.commit()
            except (OSError, QgsProviderConnectionException) as err:
                self._outputs = outputs[k:]
                raise self.fail(self.tr("{0} could not be written: {1}"), output.final, err) from None

    def check_short_names(self, name: str, dest: str, fields) -> None:
        """A Shapefile/dBASE output would cut the contract's field names to 10 characters: refused."""
        if not SHORT_NAMES.search(output_file(dest)):
            return
        long = [f.name() for f in fields if len(f.name().encode("utf-8")) > 10]
        if long:
            raise self.fail(
                self.tr(
                    "{0}: a Shapefile cuts field names to 10 characters ('{1}' would become '{2}'), and "
                    "the results could not be read back. Save as GeoPackage (.gpkg) instead."
                ),
                name,
                long[0],
                long[0][:10],
            )

    def check_destinations(self, parameters, context) -> None:
        """Before anything is read or written: Shapefiles for long field names, one destination
        per output, no output over an input layer."""
        seen: dict[tuple, str] = {}
        inputs = self.input_locations(parameters, context)
        for param in self.destinationParameterDefinitions():
            dest = self.destination_value(parameters, param, context)
            if not dest:
                continue
            sink = isinstance(param, QgsProcessingParameterFeatureSink)
            if sink and param.name() not in self.SHORT_NAME_OUTPUTS and SHORT_NAMES.search(output_file(dest)):
                raise self.fail(
                    self.tr(
                        "{0}: a Shapefile cuts field names to 10 characters, and the results could not be "
                        "read back. Save as GeoPackage (.gpkg) instead."
                    ),
                    param.name(),
                )
            if not isinstance(param, QgsProcessingParameterFolderDestination) and os.path.isdir(
                output_file(dest)
            ):
                raise self.fail(self.tr("{0}: {1} is a folder, not a file."), param.name(), dest)
            where = destination_parts(dest)
            for other_where, other in seen.items():
                if same_place(where, other_where):
                    raise self.fail(
                        self.tr(
                            "{0} and {1} write to the same destination {2}; choose a file or layer for each."
                        ),
                        other,
                        param.name(),
                        dest,
                    )
            seen[where] = param.name()
            for input_where, input_name in inputs:
                if same_place(where, input_where):
                    raise self.fail(
                        self.tr(
                            "{0} would overwrite the input layer of {1} ({2}); choose another file or layer."
                        ),
                        param.name(),
                        input_name,
                        dest,
                    )

    def destination_value(self, parameters, param, context) -> str:
        """The file destination of an output parameter ('' for temporary, memory and database outputs)."""
        value = parameters.get(param.name())
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        if not isinstance(value, str) or not value or value == QgsProcessing.TEMPORARY_OUTPUT:
            return ""
        if value.startswith(("memory:", "postgis:", "postgres:")):
            return ""
        return value if output_file(value) else ""

    def input_locations(self, parameters, context) -> list[tuple[tuple, str]]:
        """(file, layer) of every file-based input layer with its parameter name."""
        found = []
        for param in self.parameterDefinitions():
            if not isinstance(
                param, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)
            ):
                continue
            layer = self.parameterAsVectorLayer(parameters, param.name(), context)
            if layer is None or layer.providerType() != "ogr":
                continue
            parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
            path = parts.get("path") or ""
            if path:
                name = parts.get("layerName") or first_layer_name(layer)
                found.append(((os.path.abspath(path), name.lower() if name else None), param.name()))
        return found

    def check_truncated(self, source, names: Iterable[str], param: str) -> None:
        """A field cut to 10 characters by a Shapefile (pm_entsche for pm_entscheidung) is an error."""
        have = set(source.fields().names())
        for name in names:
            if len(name) > 10 and name not in have and name[:10] in have:
                raise self.fail(
                    self.tr(
                        "{0}: the field '{1}' looks like '{2}' cut to 10 characters by a Shapefile. "
                        "Use the GeoPackage output of the earlier run."
                    ),
                    param,
                    name[:10],
                    name,
                )

    def metric_crs(self, source, name: str, context, feedback) -> QgsCoordinateReferenceSystem:
        """The CRS for distances of parameter ``name``'s layer (see ``metric_crs_for``), stated in the log."""
        crs = source.sourceCrs()
        if not crs.isValid():
            feedback.pushWarning(self.tr("{0} has no CRS; coordinates are taken as metres.").format(name))
            return crs
        metric = metric_crs_for(crs, source.sourceExtent(), context.transformContext())
        if metric != crs:
            feedback.pushInfo(
                self.tr("Distances are measured in {0} ({1}), not in the CRS {2} of {3}.").format(
                    metric.authid(), metric.description(), crs.authid(), name
                )
            )
        return metric

    def check_canceled(self, feedback: QgsProcessingFeedback) -> None:
        """Raise 'Canceled.' when the user canceled (outputs are discarded on the way out)."""
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))

    def discard_outputs(self, feedback: Optional[QgsProcessingFeedback] = None) -> None:
        """Close the outputs of a failed or canceled run and remove what they wrote.

        Called by the wrapper around every ``processAlgorithm`` (see
        ``__init_subclass__``) when it raises: temporary files and layers are
        removed (the targets stay as they were), a new file is deleted with its
        side files, a PostGIS table is dropped.
        """
        outputs, self._outputs = self._outputs, []
        for output in outputs:
            try:
                output.discard()
            except Exception as err:  # cleanup must never hide the original error
                if feedback is not None:
                    text = QCoreApplication.translate("SozialplanungAlgorithm", "Could not remove {0}: {1}")
                    feedback.reportError(text.format(output.dest, err))

    # ---------------------------------------------------------------- styles
    def style_output(self, dest_id: str, style: str, context: QgsProcessingContext) -> None:
        """Style the output: in the project when loaded, in the file when written."""
        qml = os.path.join(STYLE_DIR, style)
        self._styled_outputs[dest_id] = qml
        if context.willLoadLayerOnCompletion(dest_id):
            details = context.layerToLoadOnCompletionDetails(dest_id)
            details.setPostProcessor(StylePostProcessor.create(qml))

    def postProcessAlgorithm(self, context, feedback) -> dict:  # noqa: N802
        """Store the style in file outputs (GeoPackage default style, .qml beside)."""
        for dest_id, qml in self._styled_outputs.items():
            save_style_with_file(dest_id, qml, context, feedback)
        return {}


def save_style_with_file(dest_id: str, qml: str, context, feedback) -> None:
    """Write ``qml`` as default style of a file output (layer_styles and .qml beside)."""
    path = dest_id.split("|")[0]
    if not os.path.isfile(path):
        return  # memory or database output: styled by the post-processor
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
    if not isinstance(layer, QgsVectorLayer):
        layer = QgsVectorLayer(dest_id, "output", "ogr")
    if not layer.isValid():
        return
    stem = os.path.splitext(path)[0]
    shutil.copyfile(qml, stem + ".qml")
    if path.lower().endswith(".gpkg"):
        layer.loadNamedStyle(qml)
        name = os.path.splitext(os.path.basename(qml))[0]
        error = save_default_style(layer, name, "Sozialplanung")
        if error:
            text = QCoreApplication.translate("SozialplanungAlgorithm", "Style not stored in {0}: {1}")
            feedback.pushWarning(text.format(path, error))


def metric_crs_for(
    crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, transform_context
) -> QgsCoordinateReferenceSystem:
    """``crs`` when it is projected in metres and not Mercator-like, else the UTM zone of ``extent``."""
    metres = crs.mapUnits() == METERS
    if not geo.needs_utm(crs.isGeographic(), metres, crs.authid(), crs.projectionAcronym()):
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    try:
        centre = QgsCoordinateTransform(crs, wgs84, transform_context).transform(extent.center())
    except QgsCsException:
        centre = extent.center() if crs.isGeographic() else QgsPointXY(9.0, 51.0)
    return QgsCoordinateReferenceSystem(f"EPSG:{geo.utm_epsg(centre.x(), centre.y())}")


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
    place, ``discard`` removes it and leaves the target untouched.
    """

    dest: str
    final: str = ""
    existed: bool = False
    folder: str = ""
    temp_layer: str = ""
    layer: str = ""
    sink: Optional[QgsFeatureSink] = None

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
        """Close and move the output to its target (replacing the old file or layer)."""
        self.close()
        if self.temp_layer:
            connection = gpkg_connection(self.dest)
            for table in connection.tables():  # SQLite names ignore case
                if table.tableName().lower() == self.layer.lower():
                    connection.dropVectorTable("", table.tableName())
            connection.renameVectorTable("", self.temp_layer, self.layer)
        elif self.folder:
            target_dir = os.path.dirname(self.folder)
            for name in os.listdir(self.folder):
                remove_file_set(os.path.join(target_dir, name))
            for name in os.listdir(self.folder):
                os.replace(os.path.join(self.folder, name), os.path.join(target_dir, name))
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
        elif self.dest:
            remove_output(self.dest, self.existed)


def gpkg_connection(dest: str):
    """The OGR database connection of the GeoPackage of a destination."""
    return QgsProviderRegistry.instance().providerMetadata("ogr").createConnection(output_file(dest), {})


def remove_file_set(path: str) -> None:
    """Remove a file with its Shapefile and SQLite side files."""
    stem = os.path.splitext(path)[0]
    sidecars = [path + s for s in ("-wal", "-shm", "-journal")]
    sidecars += [stem + s for s in (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".qml")]
    for name in [path, *sidecars]:
        if os.path.exists(name):
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


def help_path(alg_id: str) -> str:
    """Path of the help file in the user's language (German or English)."""
    lang = (QgsApplication.locale() or "en")[:2].lower()
    german = os.path.join(HELP_DIR, f"{alg_id}_de.html")
    if lang == "de" and os.path.exists(german):
        return german
    return os.path.join(HELP_DIR, f"{alg_id}.html")


def read_help(alg_id: str) -> str:
    """The help text of an algorithm ('' if missing)."""
    try:
        with open(help_path(alg_id), encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return ""
