"""The base of the Sozialplanung algorithms: naming, help, parameter parsing and the fixed run
template prepare -> compute -> write, with the run's outputs in one registry (``io.outputs``)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Any, Iterable, Optional, Sequence

import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core import threads, values
from ..core.sozialindex import ChangeIndicator, Indicator, parse_direction, parse_weight
from ..core.values import MethodError
from .io import reading, writing
from .io.common import check_canceled, fail, is_null, to_python  # noqa: F401 - used by the algorithms
from .io.outputs import Outputs
from .io.reading import metric_crs_for  # noqa: F401 - used by the algorithms
from .io.styles import StylePostProcessor, save_style_with_file

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HELP_DIR = os.path.join(PLUGIN_DIR, "help")
STYLE_DIR = os.path.join(PLUGIN_DIR, "styles")
ICON_PATH = os.path.join(PLUGIN_DIR, "icons", "sozialplanung.svg")


def method_error(error: MethodError) -> QgsProcessingException:
    """A translated QgsProcessingException from a core MethodError."""
    text = QCoreApplication.translate("MethodError", error.template)
    return QgsProcessingException(text.format(*error.args_))


@contextmanager
def user_errors():
    """Core's MethodError as the translated QgsProcessingException the user sees."""
    try:
        yield
    except MethodError as err:
        raise method_error(err) from None


class SozialplanungAlgorithm(QgsProcessingAlgorithm):
    """Base class of every algorithm; subclasses implement ``prepare``, ``compute`` and ``write``."""

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
        self.number_format = values.AUTO
        self.outputs: Optional[Outputs] = None

    # ------------------------------------------------------------- the run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """prepare -> compute -> write; the outputs are kept only when every step succeeded.

        A failure or cancel anywhere (also after the last step) discards every output
        of the run: no file, layer or table is left behind.
        """
        self.outputs = Outputs(self, context)
        threads.use_at_most(QgsApplication.maxThreads())  # the QGIS option "Max cores to use"
        kept = set(vars(self))
        try:
            with user_errors():
                self.number_format = self.chosen_number_format(parameters, context)
                self.outputs.check_destinations(parameters, self.SHORT_NAME_OUTPUTS)
                inputs = self.prepare(parameters, context, feedback)
                check_canceled(feedback)
                result = self.compute(inputs, feedback)
                check_canceled(feedback)
                written = self.write(result, inputs, parameters, context, feedback)
                check_canceled(feedback)
                self.outputs.commit(feedback)
        except BaseException:
            self.outputs.discard(feedback)
            raise
        finally:  # no QGIS object of the run (sources, sinks, context) outlives it on the instance
            for name in set(vars(self)) - kept:
                delattr(self, name)
            self.outputs = None
        return written

    def preview(self, parameters, context, feedback, **options):
        """``compute(prepare(...))`` without writing (the assistant's preview); user errors as in a run."""
        threads.use_at_most(QgsApplication.maxThreads())
        with user_errors():
            self.number_format = self.chosen_number_format(parameters, context)
            return self.compute(self.prepare(parameters, context, feedback, **options), feedback)

    def prepare(self, parameters, context, feedback) -> Any:
        """Validate the parameters and read the layers: typed, QGIS-free input for ``compute``."""
        raise NotImplementedError

    def compute(self, inputs: Any, feedback) -> Any:
        """The method: one call into core."""
        raise NotImplementedError

    def write(self, result: Any, inputs: Any, parameters, context, feedback) -> dict:
        """Write the outputs through the registry; the result dict of the run."""
        raise NotImplementedError

    def chosen_number_format(self, parameters, context) -> str:
        """The NUMBER_FORMAT of the run (core.values.AUTO for algorithms without the parameter)."""
        if self.parameterDefinition(self.NUMBER_FORMAT) is None:
            return values.AUTO
        return values.FORMATS[self.parameterAsEnum(parameters, self.NUMBER_FORMAT, context)]

    # -------------------------------------------------------------- naming
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

    # ------------------------------------------------------------- matrices
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

    # ------------------------------------------------------- reading, writing
    # Thin entries into io.reading / io.writing / io.outputs with the run's state
    # (number format, output registry).
    def method_error(self, error: MethodError) -> QgsProcessingException:
        """A translated QgsProcessingException from a core MethodError."""
        return method_error(error)

    def fail(self, text: str, *args: object) -> QgsProcessingException:
        """A QgsProcessingException with a (translated) message formatted with args."""
        return fail(text, *args)

    def check_canceled(self, feedback: QgsProcessingFeedback) -> None:
        """Raise 'Canceled.' when the user canceled."""
        check_canceled(feedback)

    def source_or_fail(self, parameters, name: str, context) -> QgsProcessingFeatureSource:
        """The feature source of a parameter; empty or missing sources are errors."""
        return reading.source_or_fail(self, parameters, name, context)

    def check_fields(self, source, names: Iterable[Optional[str]], param: str) -> None:
        """Every named field exists in the source."""
        reading.check_fields(source, names, param)

    def read_table(
        self,
        source,
        id_field: str,
        numeric: Sequence[str],
        other: Sequence[str] = (),
        feedback: Optional[QgsProcessingFeedback] = None,
        unique: bool = True,
    ):
        """Feature ids and the attribute frame (see ``io.reading.read_table``) in the run's number format."""
        return reading.read_table(source, id_field, numeric, other, feedback, unique, self.number_format)

    def to_numeric(self, values: pd.Series, field: str, ids: pd.Series, feedback=None) -> pd.Series:
        """Floats from numbers or numeric text in the run's number format."""
        return reading.to_numeric(values, field, ids, self.number_format, feedback)

    def metric_crs(self, source, name: str, context, feedback) -> QgsCoordinateReferenceSystem:
        """The CRS for distances of a layer (see ``io.reading.metric_crs``)."""
        return reading.metric_crs(source, name, context, feedback)

    def create_sink(self, parameters, name: str, context, fields, source, wkb=None, crs=None):
        """A registered feature sink and the destination id the user sees.

        Geometry type and CRS are those of ``source`` unless ``wkb`` / ``crs`` are given.
        """
        wkb = source.wkbType() if wkb is None else wkb
        crs = source.sourceCrs() if crs is None else crs
        return self.outputs.create_sink(parameters, name, fields, wkb, crs)

    def file_output(self, parameters, name: str, context) -> tuple[str, str]:
        """A registered file destination: (temporary path to write, the path the user chose)."""
        return self.outputs.file_output(parameters, name)

    def write_rows(
        self,
        source,
        sink: QgsFeatureSink,
        fields: QgsFields,
        keep: Sequence[int],
        fids: Sequence[int],
        result: pd.DataFrame,
        feedback,
        progress=(50.0, 100.0),
    ) -> None:
        """Write each source feature with its kept input attributes and the result row."""
        output = self.outputs.output_of(sink)
        if writing.copy_in_sql(source, output, fields, keep, fids, result, feedback, progress):
            return
        threaded = self.outputs.is_file(sink)
        error = self.writeFeatureError(sink, {}, "")
        writing.write_rows(source, sink, fields, keep, fids, result, feedback, threaded, progress, error)

    def write_source(
        self,
        parameters,
        name: str,
        context,
        source,
        fids,
        new,
        frame: pd.DataFrame,
        feedback,
        progress=(50.0, 100.0),
    ) -> str:
        """Output ``name``: the features of ``source`` with the fields ``new`` holding ``frame``
        (rows in the order of ``fids``); its destination id."""
        fields, keep = writing.output_fields(source.fields(), new, feedback)
        sink, dest = self.create_sink(parameters, name, context, fields, source)
        self.write_rows(source, sink, fields, keep, fids, frame, feedback, progress)
        return dest

    def add_features(self, sink: QgsFeatureSink, features: list) -> None:
        """sink.addFeatures or the write error."""
        writing.add_features(sink, features, self.writeFeatureError(sink, {}, ""))

    def write_plain_table(self, parameters, name: str, context, fields: QgsFields, frame: pd.DataFrame):
        """An optional output without geometry, one feature per row; None when not requested."""
        if not parameters.get(name):
            return None
        sink, dest = self.outputs.table_sink(parameters, name, fields)
        writing.add_features(
            sink, writing.table_features(fields, frame), self.writeFeatureError(sink, {}, "")
        )
        return dest

    def output_fields(self, source_fields: QgsFields, new, feedback):
        """Input fields plus new fields, and the indices of the kept input fields."""
        return writing.output_fields(source_fields, new, feedback)

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
