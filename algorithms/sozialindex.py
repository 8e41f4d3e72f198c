"""sozialplanung:sozialindex: status index per area (Berlin MSS procedure)."""

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

STANDARDIZATION_KEYS = list(core.STANDARDIZATIONS)
AGGREGATION_KEYS = list(core.AGGREGATIONS)


@dataclass
class StatusInputs:
    """Validated input of the index method: feature ids, attributes, method."""

    fids: list[int]
    id_field: str
    table: pd.DataFrame
    indicators: list[core.Indicator]
    options: core.Options
    population: Optional[str]
    exclude: Optional[str]


def prepare_compute_write(alg: SozialplanungAlgorithm, parameters, context, feedback) -> dict:
    """A run: ``alg.prepare``, ``alg.compute`` (core errors as QgsProcessingException), ``alg.write``."""
    inputs = alg.prepare(parameters, context, feedback)
    try:
        result = alg.compute(inputs, feedback)
    except core.MethodError as err:
        raise alg.method_error(err) from None
    return alg.write(result, inputs, parameters, context, feedback)


class SozialindexAlgorithm(SozialplanungAlgorithm):
    """Standardise indicator shares, combine them and classify the status."""

    ALG_ID = "sozialindex"

    INDICATORS = "INDICATORS"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    EXCLUDE_FIELD = "EXCLUDE_FIELD"
    STANDARDIZATION = "STANDARDIZATION"
    SAMPLE_SD = "SAMPLE_SD"
    WEIGHTED = "WEIGHTED"
    AGGREGATION = "AGGREGATION"
    HIGH_IS_GOOD = "HIGH_IS_GOOD"
    CUT_HOCH = "CUT_HOCH"
    CUT_NIEDRIG = "CUT_NIEDRIG"
    CUT_SEHR_NIEDRIG = "CUT_SEHR_NIEDRIG"
    OUTPUT = "OUTPUT"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Compute social index (Sozialindex)")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """Parameters as in SPEC.md."""
        self.add_input_parameters()
        self.add_indicator_parameter()
        self.add_method_parameters()
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Social index")),
            self.tr("The input features with the index fields si_*."),
        )
        self.add_number_format_parameter()

    def add_indicator_parameter(self, help_text: str = "") -> None:
        """The INDICATORS matrix (Feld, Nenner, Richtung, Gewicht)."""
        self.add(
            QgsProcessingParameterMatrix(
                self.INDICATORS,
                self.tr("Indicators"),
                headers=["Feld", "Nenner", "Richtung", "Gewicht"],
            ),
            help_text
            or self.tr(
                "One row per indicator: field (share, or count when a denominator is given), "
                "denominator field (empty for shares), direction ('+': higher means more "
                "disadvantage, '-': higher is favourable) and weight (default 1)."
            ),
        )

    def add_population_parameter(self) -> None:
        """POPULATION_FIELD: a numeric field of INPUT."""
        self.add(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr(
                "Inhabitants per area: areas below the minimum are not rated; also the weights "
                "for population weighting."
            ),
        )

    def add_exclude_parameter(self) -> None:
        """EXCLUDE_FIELD: a field of INPUT (advanced)."""
        self.add(
            QgsProcessingParameterField(
                self.EXCLUDE_FIELD,
                self.tr("Exclusion field"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr("Areas where this field is true (1, true, ja) are not rated (manual outliers)."),
            advanced=True,
        )

    def add_method_parameters(self) -> None:
        """Population, exclusion, standardisation, aggregation, orientation, cuts."""
        self.add_population_parameter()
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_POPULATION,
                self.tr("Minimum population"),
                QgsProcessingParameterNumber.Type.Double,
                300.0,
                minValue=0.0,
            ),
            self.tr("Areas with fewer inhabitants are not rated and do not enter the standardisation."),
        )
        self.add_exclude_parameter()
        self.add(
            QgsProcessingParameterEnum(
                self.STANDARDIZATION,
                self.tr("Standardisation"),
                [
                    self.tr("z-score"),
                    self.tr("Robust z (median/MAD)"),
                    self.tr("Min-max"),
                    self.tr("Percentile rank"),
                ],
                defaultValue=0,
            ),
            self.tr("How each share is standardised over the rated areas."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.SAMPLE_SD, self.tr("Standard deviation with n-1"), False),
            "Divide by n-1 instead of n (the Berlin MSS divides by n).",
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.WEIGHTED, self.tr("Population-weighted"), False),
            "Population-weighted mean and standard deviation (needs the population field).",
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.AGGREGATION,
                self.tr("Aggregation"),
                [self.tr("Sum of directed z-values, standardised again"), self.tr("Weighted mean")],
                defaultValue=0,
            ),
            self.tr("How the directed z-values are combined into the index."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.HIGH_IS_GOOD, self.tr("High index = favourable"), True),
            "Orientation of si_index: true means a high value is a favourable social situation.",
            advanced=True,
        )
        self.add_cut_parameters()

    def add_cut_parameters(self) -> None:
        """CUT_HOCH, CUT_NIEDRIG, CUT_SEHR_NIEDRIG (advanced)."""
        for name, label, default in (
            (self.CUT_HOCH, self.tr("Cut Hoch"), 1.0),
            (self.CUT_NIEDRIG, self.tr("Cut Niedrig"), -1.0),
            (self.CUT_SEHR_NIEDRIG, self.tr("Cut Sehr Niedrig"), -1.5),
        ):
            self.add(
                QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Type.Double, default),
                self.tr(
                    "Class cut in standard deviations of the favourable-oriented index; a value "
                    "exactly on a cut belongs to the outer class."
                ),
                advanced=True,
            )

    def method_options(self, parameters, context) -> core.Options:
        """The core options from the parameters."""
        return core.Options(
            standardization=STANDARDIZATION_KEYS[
                self.parameterAsEnum(parameters, self.STANDARDIZATION, context)
            ],
            sample_sd=self.parameterAsBool(parameters, self.SAMPLE_SD, context),
            weighted=self.parameterAsBool(parameters, self.WEIGHTED, context),
            aggregation=AGGREGATION_KEYS[self.parameterAsEnum(parameters, self.AGGREGATION, context)],
            high_is_good=self.parameterAsBool(parameters, self.HIGH_IS_GOOD, context),
            cut_hoch=self.parameterAsDouble(parameters, self.CUT_HOCH, context),
            cut_niedrig=self.parameterAsDouble(parameters, self.CUT_NIEDRIG, context),
            cut_sehr_niedrig=self.parameterAsDouble(parameters, self.CUT_SEHR_NIEDRIG, context),
            min_population=self.parameterAsDouble(parameters, self.MIN_POPULATION, context),
        )

    def indicators(self, parameters, context) -> list[core.Indicator]:
        """INDICATORS rows as core indicators (at least one)."""
        result = self.status_indicators(parameters, self.INDICATORS, context)
        if not result:
            raise self.fail(self.tr("No indicators given."))
        return result

    def check_weighting(self, options: core.Options, population: Optional[str]) -> None:
        """Population weighting needs a population field."""
        if options.weighted and not population:
            raise self.fail(self.tr("Population weighting needs a population field."))

    def prepare(self, parameters, context, feedback) -> StatusInputs:
        """Validate the parameters and read the attributes (before any sink exists); keeps the source."""
        source = self.source_or_fail(parameters, self.INPUT, context)
        self.source = source
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context) or None
        exclude = self.parameterAsString(parameters, self.EXCLUDE_FIELD, context) or None
        indicators = self.indicators(parameters, context)
        options = self.method_options(parameters, context)
        numeric = [n for ind in indicators for n in (ind.field, ind.denominator) if n]
        self.check_fields(source, [id_field], self.ID_FIELD)
        self.check_fields(source, numeric, self.INDICATORS)
        self.check_fields(source, [population], self.POPULATION_FIELD)
        self.check_fields(source, [exclude], self.EXCLUDE_FIELD)
        self.check_weighting(options, population)
        fids, table = self.read_table(
            source,
            id_field,
            numeric + ([population] if population else []),
            [exclude] if exclude else [],
            feedback,
        )
        return StatusInputs(fids, id_field, table, indicators, options, population, exclude)

    def compute(self, inputs: StatusInputs, feedback) -> pd.DataFrame:
        """The status index of every area (core)."""
        return core.sozialindex(
            inputs.table, inputs.indicators, inputs.options, inputs.population, inputs.exclude
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Validate and read, compute in core, write the sink."""
        return prepare_compute_write(self, parameters, context, feedback)

    def write(self, result: pd.DataFrame, inputs: StatusInputs, parameters, context, feedback) -> dict:
        """Report the classes, write the sink with the si_* fields and style it."""
        n_rated = int(result["status"].notna().sum())
        feedback.pushInfo(self.tr("{0} of {1} areas rated.").format(n_rated, len(result)))
        counts = result["status"].value_counts()
        for label in core.STATUS_LABELS:
            feedback.pushInfo(f"  {label}: {int(counts.get(label, 0))}")
        if n_rated < len(result):
            feedback.pushWarning(
                self.tr("{0} areas not rated; the reason is in si_hinweis.").format(len(result) - n_rated)
            )
        new = [make_field(f"si_z_{ind.field}", "double") for ind in inputs.indicators] + [
            make_field("si_score", "double"),
            make_field("si_index", "double"),
            make_field("si_rank", "int"),
            make_field("si_status", "string"),
            make_field("si_status_code", "int"),
            make_field("si_hinweis", "string"),
        ]
        fields, keep = self.output_fields(self.source.fields(), new, feedback)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, fields, self.source)
        self.write_rows(self.source, sink, fields, keep, inputs.fids, result, feedback)
        self.style_output(dest, "status.qml", context)
        return {self.OUTPUT: dest}
