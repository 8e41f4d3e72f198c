"""Shared base class and helpers of the Sozialplanung Processing algorithms."""

from __future__ import annotations

import math
import os
import re
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from operator import itemgetter
from typing import Any, Iterable, Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
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
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core import geo, parse
from ..core.sozialindex import ChangeIndicator, Indicator, MethodError, parse_direction, parse_weight
from . import fastread

POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELP_DIR = os.path.join(PLUGIN_DIR, "help")
STYLE_DIR = os.path.join(PLUGIN_DIR, "styles")
ICON_PATH = os.path.join(PLUGIN_DIR, "icons", "sozialplanung.svg")

if Qgis.QGIS_VERSION_INT >= 33800:  # QgsField takes QMetaType from QGIS 3.38 on
    from qgis.PyQt.QtCore import QMetaType

    _FIELD_TYPES = {
        "double": QMetaType.Type.Double,
        "int": QMetaType.Type.Int,
        "long": QMetaType.Type.LongLong,
        "string": QMetaType.Type.QString,
    }
else:
    _FIELD_TYPES = {
        "double": QVariant.Double,
        "int": QVariant.Int,
        "long": QVariant.LongLong,
        "string": QVariant.String,
    }


def make_field(name: str, kind: str) -> QgsField:
    """An output field of kind double, int, long or string."""
    return QgsField(name, _FIELD_TYPES[kind])


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
    ALG_ID = ""
    GROUP_ID = "sozialindex"

    def __init__(self) -> None:
        super().__init__()
        self._styled_outputs: dict[str, str] = {}
        self.number_format = parse.AUTO
        self._sinks: list[tuple[QgsFeatureSink, str, bool]] = []  # (sink, dest id, file existed)

    def __init_subclass__(cls, **kwargs) -> None:
        """Wrap each processAlgorithm so that a failed or canceled run leaves no output behind."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is None or getattr(process, "discards_outputs", False):
            return

        def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
            try:
                self.number_format = self.chosen_number_format(parameters, context)
                result = process(self, parameters, context, feedback)
            except BaseException:
                self.discard_outputs(feedback)
                raise
            self._sinks = []  # the sinks close (flush) when released
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
        threaded = any(s is sink and os.path.isfile(output_file(d)) for s, d, _ in self._sinks)
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

    def add_features(self, sink: QgsFeatureSink, features: list[QgsFeature]) -> None:
        """sink.addFeatures or the write error."""
        if features and not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, {}, ""))

    def create_sink(self, parameters, name: str, context, fields, source, wkb=None):
        """A feature sink or the invalid-sink error; registered for ``discard_outputs``."""
        value = parameters.get(name)  # not parameterAsOutputLayer: it registers a layer to load
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        existed = isinstance(value, str) and os.path.exists(output_file(value))
        sink, dest = self.parameterAsSink(
            parameters,
            name,
            context,
            fields,
            source.wkbType() if wkb is None else wkb,
            source.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        self._sinks.append((sink, dest, existed))
        return sink, dest

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
        """Close the sinks of a failed or canceled run and remove what they wrote.

        Called by the wrapper around every ``processAlgorithm`` (see
        ``__init_subclass__``) when it raises: a file that did not exist
        before is deleted with its side files; a layer written into an
        existing GeoPackage and a PostGIS table are dropped.
        """
        sinks, self._sinks = self._sinks, []
        for sink, dest, existed in sinks:
            if not sip.isdeleted(sink):
                sip.delete(sink)  # closes the file or the database transaction
            try:
                remove_output(dest, existed)
            except Exception as err:  # cleanup must never hide the original error
                if feedback is not None:
                    text = QCoreApplication.translate("SozialplanungAlgorithm", "Could not remove {0}: {1}")
                    feedback.reportError(text.format(dest, err))

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
        error = layer.saveStyleToDatabase(name, "Sozialplanung", True, "")
        if error:
            text = QCoreApplication.translate("SozialplanungAlgorithm", "Style not stored in {0}: {1}")
            feedback.pushWarning(text.format(path, error))


def metric_crs_for(
    crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, transform_context
) -> QgsCoordinateReferenceSystem:
    """``crs`` when it is projected in metres and not Mercator-like, else the UTM zone of ``extent``."""
    metres = QgsUnitTypes.encodeUnit(crs.mapUnits()) == "meters"
    if not geo.needs_utm(crs.isGeographic(), metres, crs.authid(), crs.projectionAcronym()):
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    try:
        centre = QgsCoordinateTransform(crs, wgs84, transform_context).transform(extent.center())
    except QgsCsException:
        centre = extent.center() if crs.isGeographic() else QgsPointXY(9.0, 51.0)
    return QgsCoordinateReferenceSystem(f"EPSG:{geo.utm_epsg(centre.x(), centre.y())}")


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
        stem = os.path.splitext(path)[0]
        sidecars = [path + s for s in ("-wal", "-shm", "-journal")]
        sidecars += [stem + s for s in (".shx", ".dbf", ".prj", ".cpg", ".qpj", ".qml")]
        for name in [path, *sidecars]:
            if os.path.exists(name):
                os.remove(name)
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
