"""sozialplanung:dynamik: Dynamik classes and the combined Sozialindex class."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import pandas as pd
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)

from ..core import sozialindex as core
from .base import SozialplanungAlgorithm
from .compat import make_field

METHODS = ("change", "difference")
#: Column of a status given to ``prepare`` instead of STATUS_FIELD.
STATUS = "__status__"


@dataclass
class DynamikInputs:
    """Validated input of the Dynamik: feature ids, attributes and method."""

    fids: list[int]
    table: pd.DataFrame
    method: str
    indicators: list[core.ChangeIndicator]
    numeric: list[str]
    status_field: str
    cut: float
    scheme: str
    options: core.Options


class DynamikAlgorithm(SozialplanungAlgorithm):
    """Classify the change between two dates and combine it with the status."""

    ALG_ID = "dynamik"

    STATUS_FIELD = "STATUS_FIELD"
    METHOD = "METHOD"
    INDICATORS = "INDICATORS"
    INDEX_T0 = "INDEX_T0"
    INDEX_T1 = "INDEX_T1"
    CUT_DYNAMIK = "CUT_DYNAMIK"
    SCHEME = "SCHEME"
    SAMPLE_SD = "SAMPLE_SD"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Classify Dynamik")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """Parameters as in SPEC.md."""
        self.add_input_parameters()
        self.add(
            QgsProcessingParameterField(
                self.STATUS_FIELD,
                self.tr("Status field"),
                defaultValue="si_status",
                parentLayerParameterName=self.INPUT,
                optional=True,  # QGIS 3.22 rejects a missing value despite the default
            ),
            self.tr("Status class of each area (si_status from the social index)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Method"),
                [self.tr("Indicator change (Berlin MSS)"), self.tr("Index difference")],
                defaultValue=0,
            ),
            self.tr(
                "Indicator change: change of each share between t0 and t1 in percentage "
                "points, standardised, directed, summed and standardised again. Index "
                "difference: difference of two si_index fields, standardised."
            ),
        )
        self.add(
            QgsProcessingParameterMatrix(
                self.INDICATORS,
                self.tr("Indicators (change)"),
                headers=["Feld t0", "Nenner t0", "Feld t1", "Nenner t1", "Richtung", "Gewicht"],
                optional=True,
            ),
            self.tr(
                "One row per indicator: field and denominator at t0 and at t1, direction "
                "('+': higher means more disadvantage) and weight. With an empty 'Feld t0' "
                "the field t1 already holds the change in percentage points."
            ),
        )
        for name, label in ((self.INDEX_T0, self.tr("Index t0")), (self.INDEX_T1, self.tr("Index t1"))):
            self.add(
                QgsProcessingParameterField(
                    name,
                    label,
                    parentLayerParameterName=self.INPUT,
                    type=QgsProcessingParameterField.DataType.Numeric,
                    optional=True,
                ),
                self.tr("Favourable-oriented index (si_index) at the date, for index difference."),
            )
        self.add(
            QgsProcessingParameterNumber(
                self.CUT_DYNAMIK,
                self.tr("Cut Dynamik"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                minValue=0.0,
            ),
            self.tr("Positiv at or above +cut, Negativ at or below -cut (standard deviations)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.SCHEME,
                self.tr("Class scheme"),
                [self.tr("Oberhausen (11 classes)"), self.tr("MSS Berlin (12 classes)")],
                defaultValue=0,
            ),
            self.tr("Oberhausen reports Hoch & Positiv as Hoch & Stabil; MSS Berlin keeps 12 classes."),
        )
        self.add(
            QgsProcessingParameterBoolean(self.SAMPLE_SD, self.tr("Standard deviation with n-1"), False),
            self.tr("Divide by n-1 instead of n (the Berlin MSS divides by n)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Dynamik")),
            self.tr("The input features with dyn_* and the combined class si_klasse."),
        )
        self.add_number_format_parameter()

    def change_indicators(self, parameters, context) -> list[core.ChangeIndicator]:
        """INDICATORS rows as core change indicators (at least one)."""
        result = self.change_indicator_rows(parameters, self.INDICATORS, context)
        if not result:
            raise self.fail(
                self.tr("No indicators given: INDICATORS needed for METHOD 0 (change of the indicators).")
            )
        return result

    def prepare(self, parameters, context, feedback, status: Optional[pd.Series] = None) -> DynamikInputs:
        """Validate the parameters and read the attributes.

        ``status`` (a status column in the order of the layer's features, e.g. from the
        assistant's preview) replaces STATUS_FIELD, which then need not exist.
        """
        source = self.source = self.source_or_fail(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        status_field = self.parameterAsString(parameters, self.STATUS_FIELD, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        self.check_fields(source, [id_field], self.ID_FIELD)
        if status is None:
            if not status_field:
                raise self.fail(self.tr("STATUS_FIELD is needed for the combined class."))
            self.check_fields(source, [status_field], self.STATUS_FIELD)
        indicators, numeric = self.method_fields(parameters, context, method, source)
        other = [status_field] if status is None else []
        fids, table = self.read_table(source, id_field, numeric, other, feedback)
        if status is not None:
            status_field = STATUS
            table = table.assign(**{STATUS: list(status)})
        return DynamikInputs(
            fids,
            table,
            method,
            indicators,
            numeric,
            status_field,
            self.parameterAsDouble(parameters, self.CUT_DYNAMIK, context),
            core.SCHEMES[self.parameterAsEnum(parameters, self.SCHEME, context)],
            core.Options(sample_sd=self.parameterAsBool(parameters, self.SAMPLE_SD, context)),
        )

    def method_fields(self, parameters, context, method: str, source) -> tuple[list, list[str]]:
        """The change indicators (METHOD 0) and the numeric fields the method reads."""
        if method == "change":
            indicators = self.change_indicators(parameters, context)
            numeric = [
                n
                for ind in indicators
                for n in (ind.field_t0, ind.denominator_t0, ind.field_t1, ind.denominator_t1)
                if n
            ]
            self.check_fields(source, numeric, self.INDICATORS)
            return indicators, numeric
        numeric = [
            self.parameterAsString(parameters, self.INDEX_T0, context),
            self.parameterAsString(parameters, self.INDEX_T1, context),
        ]
        if not all(numeric):
            raise self.fail(self.tr("Index difference needs the fields INDEX_T0 and INDEX_T1."))
        self.check_fields(source, numeric, "INDEX_T0/INDEX_T1")
        return [], numeric

    def compute(self, inputs: DynamikInputs, feedback) -> pd.DataFrame:
        """Dynamik (z_*, score, index, klasse, code, hinweis) and the combined class si_klasse*."""
        table, status = inputs.table, inputs.table[inputs.status_field]
        if inputs.method == "change":
            result = core.dynamik(table, inputs.indicators, inputs.cut, inputs.options, inputs.status_field)
        else:
            t0, t1 = inputs.numeric
            result = core.dynamik_index_difference(table[t0], table[t1], inputs.cut, inputs.options)
        combined = core.combined_classes(status, result["klasse"], inputs.scheme)
        z_cols = [c for c in result.columns if c.startswith("z_")]
        frame = result[z_cols + ["score", "index", "klasse", "code", "hinweis"]].copy()
        frame[["si_klasse", "si_klasse_code", "si_aufmerksam"]] = combined[["klasse", "code", "aufmerksam"]]
        return frame

    def write(self, result: pd.DataFrame, inputs: DynamikInputs, parameters, context, feedback) -> dict:
        """The input features with dyn_* and si_klasse*, styled by the scheme's legend."""
        self.log_classes(result, inputs, feedback)
        z_cols = [c for c in result.columns if c.startswith("z_")]
        new = [make_field(f"dyn_{c}", "double") for c in z_cols] + [
            make_field("dyn_score", "double"),
            make_field("dyn_index", "double"),
            make_field("dyn_klasse", "string"),
            make_field("dyn_code", "int"),
            make_field("dyn_hinweis", "string"),
            make_field("si_klasse", "string"),
            make_field("si_klasse_code", "int"),
            make_field("si_aufmerksam", "int"),
        ]
        dest = self.write_source(
            parameters, self.OUTPUT, context, self.source, inputs.fids, new, result, feedback
        )
        style = "sozialindex_11.qml" if inputs.scheme == "oberhausen" else "sozialindex_12.qml"
        self.style_output(dest, style, context)
        return {self.OUTPUT: dest}

    def log_classes(self, result: pd.DataFrame, inputs: DynamikInputs, feedback) -> None:
        """Areas without Dynamik, merged classes and class counts in the log."""
        unrated = int(result["klasse"].isna().sum())
        if unrated:
            feedback.pushWarning(
                self.tr("{0} areas without Dynamik; the reason is in dyn_hinweis.").format(unrated)
            )
        if inputs.scheme == "oberhausen":
            status = inputs.table[inputs.status_field]
            merged = int(((status == "Hoch") & (result["klasse"] == "Positiv")).sum())
            feedback.pushInfo(
                self.tr(
                    "Scheme Oberhausen: {0} areas Hoch & Positiv are reported as Hoch & Stabil (code 12)."
                ).format(merged)
            )
        for label, n in result["si_klasse"].value_counts().sort_index().items():
            feedback.pushInfo(f"  {label}: {n}")
