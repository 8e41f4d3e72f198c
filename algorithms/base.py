"""Shared base class and helpers of the Sozialplanung Processing algorithms."""

from __future__ import annotations

import math
import os
import shutil
from typing import Any, Iterable, Optional, Sequence

import pandas as pd
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core.sozialindex import MethodError

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
    ALG_ID = ""
    GROUP_ID = "sozialindex"

    def __init__(self) -> None:
        super().__init__()
        self._styled_outputs: dict[str, str] = {}

    def tr(self, text: str) -> str:
        """Translate in the context of the class, falling back to the base class."""
        translated = QCoreApplication.translate(type(self).__name__, text)
        if translated == text:
            translated = QCoreApplication.translate("SozialplanungAlgorithm", text)
        return translated

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

    # --------------------------------------------------------------- reading
    def source_or_fail(self, parameters, name: str, context) -> QgsProcessingFeatureSource:
        """The feature source of a parameter; empty or missing sources are errors."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if source.featureCount() == 0:
            raise self.fail(self.tr("The layer of {0} is empty."), name)
        return source

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
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([fields.lookupField(n) for n in names])
        idx = [fields.lookupField(n) for n in names]
        fids, rows = [], []
        total = max(source.featureCount(), 1)
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        for i, feat in enumerate(source.getFeatures(request, flags)):
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled."))
            attrs = feat.attributes()
            fids.append(feat.id())
            rows.append([to_python(attrs[j]) for j in idx])
            if feedback is not None and i % 5000 == 0:
                feedback.setProgress(20.0 * i / total)
        frame = pd.DataFrame(rows, columns=names, dtype=object)
        if unique:
            self.check_ids(frame[id_field], id_field)
        for name in numeric:
            if name:
                frame[name] = self.to_numeric(frame[name], name, frame[id_field])
        return fids, frame

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

    def to_numeric(self, values: pd.Series, field: str, ids: pd.Series) -> pd.Series:
        """Floats from numbers or numeric text; names the first non-number."""

        def convert(v: Any) -> float:
            if v is None:
                return math.nan
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return float(v)
            text = str(v).strip()
            if text == "":
                return math.nan
            return float(text.replace(",", "."))

        out = []
        for v, ident in zip(values, ids):
            try:
                out.append(convert(v))
            except (TypeError, ValueError):
                raise self.fail(
                    self.tr("Field '{0}': value '{1}' of feature {2} is not a number."), field, v, ident
                ) from None
        return pd.Series(out, index=values.index, dtype=float)

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
        values = result.astype(object).where(result.notna(), None).to_numpy()
        total = max(len(fids), 1)
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        start, end = progress
        for n, feat in enumerate(source.getFeatures(QgsFeatureRequest(), flags)):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled."))
            attrs = feat.attributes()
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            row = values[row_of[feat.id()]]
            out.setAttributes([attrs[i] for i in keep] + [to_python(v) for v in row])
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, {}, ""))
            if n % 2000 == 0:
                feedback.setProgress(start + (end - start) * n / total)

    def create_sink(self, parameters, name: str, context, fields, source, wkb=None):
        """A feature sink or the invalid-sink error."""
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
        return sink, dest

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
