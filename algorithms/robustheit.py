"""sozialplanung:robustheit: how much each status class depends on method choices."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ..core import robustheit as core
from ..core.values import MethodError
from .compat import make_field
from .sozialindex import SozialindexAlgorithm


class RobustheitAlgorithm(SozialindexAlgorithm):
    """The Sozialindex re-computed under method variants; per area the stability of its class."""

    ALG_ID = "robustheit"

    RUNS = "RUNS"
    SEED = "SEED"
    STABLE_SHARE = "STABLE_SHARE"

    def displayName(self) -> str:  # noqa: N802
        """Translated display name."""
        return self.tr("Robustness of the social index")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        """The parameters of sozialindex plus RUNS, SEED and STABLE_SHARE."""
        self.add_input_parameters()
        self.add_indicator_parameter()
        self.add_method_parameters()
        integer = QgsProcessingParameterNumber.Type.Integer
        self.add(
            QgsProcessingParameterNumber(
                self.RUNS, self.tr("Runs with random weights"), integer, 100, False, 0
            ),
            self.tr(
                "Number of variants in which every weight is multiplied by a random factor in [0.5, 1.5]."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), integer, 1, False, 0),
            self.tr("Seed of the random weights: the same seed gives the same result."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.STABLE_SHARE,
                self.tr("Share for a stable class"),
                QgsProcessingParameterNumber.Type.Double,
                0.9,
                False,
                0.0,
                1.0,
            ),
            self.tr(
                "An area is uncertain (rb_unsicher = 1) when fewer variants than this share keep its class."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Robustness")),
            self.tr("The input features with the robustness fields rb_*."),
        )
        self.add_number_format_parameter()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Validate, compute all variants in core, write the sink."""
        data = self.method_input(parameters, context, feedback)
        runs = self.parameterAsInt(parameters, self.RUNS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        stable = self.parameterAsDouble(parameters, self.STABLE_SHARE, context)

        def step(i: int, n: int) -> bool:
            feedback.setProgress(20.0 + 30.0 * i / n)
            return not feedback.isCanceled()

        try:
            result = core.robustheit(
                data.table,
                data.indicators,
                data.options,
                data.population,
                data.exclude,
                runs,
                seed,
                stable,
                step,
            )
        except MethodError as err:
            raise self.method_error(err) from None
        for name, err in result.skipped:
            feedback.pushWarning(
                self.tr("Variant '{0}' left out: {1}").format(name, self.method_error(err).args[0])
            )
        table = result.table
        rated = table["status"].notna()
        uncertain = table["unsicher"] == 1
        feedback.pushInfo(
            self.tr(
                "{0} variants computed; {1} of {2} rated areas are uncertain (share of equal class < {3})."
            ).format(int(table["varianten"].max()), int(uncertain.sum()), int(rated.sum()), stable)
        )
        ids = data.table[data.id_field]
        for i in table.index[uncertain]:
            feedback.pushInfo(
                f"  {ids[i]}: {table['status'][i]}, {table['anteil_gleich'][i]:.0%}, {table['andere'][i]}"
            )
        new = [
            make_field("rb_status", "string"),
            make_field("rb_anteil_gleich", "double"),
            make_field("rb_rang_min", "int"),
            make_field("rb_rang_max", "int"),
            make_field("rb_unsicher", "int"),
            make_field("rb_varianten", "int"),
            make_field("rb_andere", "string"),
            make_field("rb_hinweis", "string"),
        ]
        fields, keep = self.output_fields(data.source.fields(), new, feedback)
        sink, dest = self.create_sink(parameters, self.OUTPUT, context, fields, data.source)
        self.write_rows(data.source, sink, fields, keep, data.fids, table, feedback)
        return {self.OUTPUT: dest}
