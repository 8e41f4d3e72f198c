"""sozialplanung:zeitreihe: the Sozialindex over several editions, class changes and early warning."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import zeitreihe as zr
from ..core.sozialindex import STATUS_LABELS, Options
from ..core.values import MethodError
from .base import method_error
from .compat import make_field
from .sozialindex import SozialindexAlgorithm

#: Area ids listed in the log per message.
LISTED = 10


@dataclass
class SeriesInput:
    """Validated input of the series: feature ids, attributes, template, years, method."""

    id_field: str
    fids: list[int]
    table: pd.DataFrame
    template: zr.Template
    years: list[str]
    options: Options
    comparison: str
    warn_delta: float


class ZeitreiheAlgorithm(SozialindexAlgorithm):
    """The index of every edition by the sozialindex code path; class changes and early warning."""

    ALG_ID = "zeitreihe"

    YEARS = "YEARS"
    COMPARISON = "COMPARISON"
    WARN_DELTA = "WARN_DELTA"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Social index time series (Zeitreihe)")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """The parameters of sozialindex with {jahr} placeholders, YEARS, COMPARISON, WARN_DELTA."""
        self.add_input_parameters()
        self.add_indicator_parameter(
            self.tr(
                "One row per indicator as in the social index (field, denominator, direction, weight); "
                "field and denominator names hold the placeholder {jahr}, e.g. sgb2_{jahr} and ew_{jahr}."
            )
        )
        self.add(
            QgsProcessingParameterString(self.YEARS, self.tr("Years (editions)"), optional=True),
            self.tr(
                "Comma-separated editions, e.g. 2019, 2021, 2023. Empty: every year for which all "
                "indicator fields exist."
            ),
        )
        self.add_method_parameters()
        self.add(
            QgsProcessingParameterEnum(
                self.COMPARISON,
                self.tr("Comparison of editions"),
                [self.tr("Each year standardised on its own"), self.tr("All years against the base year")],
                defaultValue=0,
            ),
            self.tr(
                "Each year on its own: every edition with its own mean and standard deviation (as cities "
                "publish). Against the base year: every edition with the mean and standard deviation of "
                "the first edition, so that a citywide change shows."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.WARN_DELTA,
                self.tr("Early warning: decline per edition (SD)"),
                QgsProcessingParameterNumber.Type.Double,
                0.25,
                minValue=0.0,
            ),
            self.tr(
                "zr_warnung = 1 when the index fell by more than this many standard deviations in at "
                "least the last two editions in a row, or the class dropped in the last edition."
            ),
        )
        self.add_outputs()
        self.add_number_format_parameter()

    def add_outputs(self) -> None:
        """OUTPUT (areas with zr_*) and the optional OUTPUT_TABLE (class transitions)."""
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Time series")),
            self.tr("The input features with zr_index_<year>, zr_status_<year>, zr_rang_<year> and zr_*."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE,
                self.tr("Class transitions"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr("Number of areas per class transition between consecutive editions (no geometry)."),
        )

    def add_population_parameter(self) -> None:
        """POPULATION_FIELD as a name that may hold {jahr}."""
        self.add(
            QgsProcessingParameterString(self.POPULATION_FIELD, self.tr("Population field"), optional=True),
            self.tr(
                "Inhabitants per area, e.g. ew_{jahr} (one field per year) or ew (the same for all "
                "years): areas below the minimum are not rated in that year."
            ),
        )

    def add_exclude_parameter(self) -> None:
        """EXCLUDE_FIELD as a name that may hold {jahr} (advanced)."""
        self.add(
            QgsProcessingParameterString(self.EXCLUDE_FIELD, self.tr("Exclusion field"), optional=True),
            self.tr(
                "Areas where this field is true (1, true, ja) are not rated; may hold {jahr} for an "
                "exclusion per edition."
            ),
            advanced=True,
        )

    # ------------------------------------------------------------------ reading
    def prepare(self, parameters, context, feedback) -> SeriesInput:
        """Validate the parameters, find the editions and read the attributes (before any sink)."""
        source = self.source = self.source_or_fail(parameters, self.INPUT, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context)
        population = self.parameterAsString(parameters, self.POPULATION_FIELD, context).strip() or None
        exclude = self.parameterAsString(parameters, self.EXCLUDE_FIELD, context).strip() or None
        template = zr.Template(tuple(self.indicators(parameters, context)), population, exclude)
        options = self.method_options(parameters, context)
        comparison = zr.COMPARISONS[self.parameterAsEnum(parameters, self.COMPARISON, context)]
        warn_delta = self.parameterAsDouble(parameters, self.WARN_DELTA, context)
        self.check_fields(source, [id_field], self.ID_FIELD)
        self.check_weighting(options, population)
        years = self.editions(parameters, context, template, source.fields().names(), feedback)
        zr.check(template, years, options, comparison, warn_delta)
        numeric = [n for y in years for n in template.numeric(y)]
        other = [zr.fill(exclude, y) for y in years] if exclude else []
        fids, table = self.read_table(source, id_field, numeric, list(dict.fromkeys(other)), feedback)
        return SeriesInput(id_field, fids, table, template, years, options, comparison, warn_delta)

    def editions(self, parameters, context, template: zr.Template, names: list[str], feedback) -> list[str]:
        """The years of YEARS (every field must exist) or, if empty, those with all fields."""
        text = self.parameterAsString(parameters, self.YEARS, context)
        if not template.varies():
            raise MethodError(zr.NO_PLACEHOLDER)
        if text.strip():
            years = zr.parse_years(text)
            missing = zr.first_missing(template, years, names)
            if missing is not None:
                raise self.fail(
                    self.tr("Field '{0}' ({1}, year {2}) does not exist in the input layer."),
                    missing[1],
                    self.parameter_of(template, *missing),
                    missing[0],
                )
            return years
        years, partial = zr.available_years(template, names)
        for year, field in partial.items():
            feedback.pushWarning(
                self.tr("Year {0} left out: field '{1}' ({2}) does not exist.").format(
                    year, field, self.parameter_of(template, year, field)
                )
            )
        if len(years) < 2:
            missing = "; ".join(f"{y}: '{f}'" for y, f in partial.items()) or "-"
            raise self.fail(
                self.tr(
                    "At least two editions are needed, but all fields of INDICATORS exist for {0} year(s) "
                    "only ({1}). Missing fields: {2}."
                ),
                len(years),
                ", ".join(years) or "-",
                missing,
            )
        feedback.pushInfo(self.tr("Editions found: {0}.").format(", ".join(years)))
        return years

    def parameter_of(self, template: zr.Template, year: str, field: str) -> str:
        """The parameter a (filled) field name comes from."""
        if field in [n for ind in template.edition(year).indicators for n in (ind.field, ind.denominator)]:
            return self.INDICATORS
        if field == zr.fill(template.population, year):
            return self.POPULATION_FIELD
        return self.EXCLUDE_FIELD

    # ------------------------------------------------------------------ running
    def compute(self, inputs: SeriesInput, feedback) -> zr.Series:
        """Every edition through core (progress 20-50 %, stops on cancel); an edition's error names it."""

        def step(i: int, n: int) -> bool:
            feedback.setProgress(20.0 + 30.0 * i / n)
            feedback.pushInfo(self.tr("Edition {0} computed.").format(inputs.years[i - 1]))
            return not feedback.isCanceled()

        data = inputs
        try:
            return zr.zeitreihe(
                data.table, data.template, data.years, data.options, data.comparison, data.warn_delta, step
            )
        except zr.EditionError as err:
            inner = method_error(err.error).args[0]
            raise self.fail(self.tr("Edition {0}: {1}"), err.year, inner) from None

    def write(self, result: zr.Series, inputs: SeriesInput, parameters, context, feedback) -> dict:
        """The areas with zr_* per edition and the transitions table."""
        self.report(result, inputs, feedback)
        table = result.table.rename(columns=lambda c: f"zr_{c}")
        dest = self.write_source(
            parameters,
            self.OUTPUT,
            context,
            self.source,
            inputs.fids,
            self.series_fields(inputs.years),
            table,
            feedback,
        )
        self.style_output(dest, "zeitreihe_warnung.qml", context)
        dest_table = self.write_plain_table(
            parameters, self.OUTPUT_TABLE, context, self.transition_fields(), result.transitions
        )
        return {self.OUTPUT: dest, self.OUTPUT_TABLE: dest_table}

    def series_fields(self, years: list[str]) -> list:
        """zr_index/status/rang per year and the fields across years."""
        new = []
        for y in years:
            new += [
                make_field(f"zr_index_{y}", "double"),
                make_field(f"zr_status_{y}", "string"),
                make_field(f"zr_rang_{y}", "int"),
            ]
        return new + [
            make_field("zr_wechsel", "string"),
            make_field("zr_abstiege", "int"),
            make_field("zr_warnung", "int"),
            make_field("zr_hinweis", "string"),
        ]

    def transition_fields(self) -> QgsFields:
        """Fields of OUTPUT_TABLE."""
        fields = QgsFields()
        for name in ("von_jahr", "bis_jahr", "von_status", "bis_status"):
            fields.append(make_field(name, "string"))
        fields.append(make_field("anzahl", "int"))
        return fields

    def report(self, result: zr.Series, data: SeriesInput, feedback) -> None:
        """Classes per edition, areas not rated in some editions, warnings and transitions in the log."""
        ids = data.table[data.id_field]
        partly = zr.partly_rated(result.rated)
        for y in data.years:
            status = result.table[f"status_{y}"]
            counts = ", ".join(f"{label} {int((status == label).sum())}" for label in STATUS_LABELS)
            feedback.pushInfo(
                self.tr("{0}: {1} of {2} areas rated ({3}).").format(
                    y, int(status.notna().sum()), len(status), counts
                )
            )
            if len(partly[y]):
                shown = ", ".join(str(ids[i]) for i in partly[y][:LISTED])
                more = "" if len(partly[y]) <= LISTED else ", …"
                feedback.pushWarning(
                    self.tr(
                        "{0} areas rated in another edition are not rated in {1}: {2}{3} (the reason is in zr_hinweis)."
                    ).format(len(partly[y]), y, shown, more)
                )
        warned = result.table["warnung"] == 1
        feedback.pushInfo(
            self.tr("Early warning (zr_warnung = 1) for {0} of {1} areas rated in {2}.").format(
                int(warned.sum()), int(result.rated[data.years[-1]].sum()), data.years[-1]
            )
        )
        for i in result.table.index[warned][:LISTED]:
            feedback.pushInfo(f"  {ids[i]}: {result.table['hinweis'][i]}")
        changed = result.transitions[result.transitions["von_status"] != result.transitions["bis_status"]]
        for row in changed.itertuples(index=False):
            feedback.pushInfo(
                f"  {row.von_jahr} → {row.bis_jahr}: {row.von_status} → {row.bis_status}: {row.anzahl}"
            )
