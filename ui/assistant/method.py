"""The assistant's method options: choices, defaults and tooltips from the algorithms' parameters."""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...algorithms.dynamik import DynamikAlgorithm as D
from ...algorithms.sozialindex import SozialindexAlgorithm as S
from ...core.sozialindex import SCHEMES


class MethodOptions(QObject):
    """The method tab's options and the Dynamik cut and class scheme."""

    #: An option changed.
    changed = pyqtSignal()

    def __init__(self, form, status_alg: S, dynamik_alg: D) -> None:
        super().__init__(form)
        self.form = form
        self.combos = {
            S.STANDARDIZATION: form.standardizationCombo,
            S.AGGREGATION: form.aggregationCombo,
            D.SCHEME: form.schemeCombo,
        }
        self.spins = {
            S.MIN_POPULATION: form.minPopulation,
            S.CUT_HOCH: form.cutHoch,
            S.CUT_NIEDRIG: form.cutNiedrig,
            S.CUT_SEHR_NIEDRIG: form.cutSehrNiedrig,
        }
        self.checks = {
            S.SAMPLE_SD: form.sampleSdCheck,
            S.WEIGHTED: form.weightedCheck,
            S.HIGH_IS_GOOD: form.highIsGoodCheck,
        }
        for name, combo in self.combos.items():
            param = (dynamik_alg if name == D.SCHEME else status_alg).parameterDefinition(name)
            combo.addItems(param.options())
            combo.setCurrentIndex(int(param.defaultValue() or 0))
            combo.setToolTip(param.help())
            combo.currentIndexChanged.connect(self.notify)
        for name, spin in self.spins.items():
            param = status_alg.parameterDefinition(name)
            spin.setClearValue(float(param.defaultValue()))
            spin.setValue(float(param.defaultValue()))
            spin.setToolTip(param.help())
        form.cutDynamik.setClearValue(float(dynamik_alg.parameterDefinition(D.CUT_DYNAMIK).defaultValue()))
        for spin in (*self.spins.values(), form.cutDynamik):
            spin.valueChanged.connect(self.notify)
        for name, check in self.checks.items():
            check.setToolTip(status_alg.parameterDefinition(name).help())
            check.toggled.connect(self.notify)

    def notify(self, *_args) -> None:
        """Tell listeners that an option changed."""
        self.changed.emit()

    def status_values(self) -> dict[str, Any]:
        """The method parameters of sozialplanung:sozialindex."""
        values: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}
        values.update((name, check.isChecked()) for name, check in self.checks.items())
        values.update((name, self.combos[name].currentIndex()) for name in (S.STANDARDIZATION, S.AGGREGATION))
        return values

    def dynamik_values(self) -> dict[str, Any]:
        """The method parameters of sozialplanung:dynamik."""
        return {
            D.CUT_DYNAMIK: self.form.cutDynamik.value(),
            D.SCHEME: self.combos[D.SCHEME].currentIndex(),
            D.SAMPLE_SD: self.checks[S.SAMPLE_SD].isChecked(),
        }

    def cuts(self) -> tuple[float, float, float]:
        """(Sehr Niedrig, Niedrig, Hoch) cuts."""
        return tuple(self.spins[name].value() for name in (S.CUT_SEHR_NIEDRIG, S.CUT_NIEDRIG, S.CUT_HOCH))

    def high_is_good(self) -> bool:
        """Orientation of the index: high = favourable."""
        return self.checks[S.HIGH_IS_GOOD].isChecked()

    def scheme(self) -> str:
        """The combined class scheme (core.SCHEMES)."""
        return SCHEMES[self.combos[D.SCHEME].currentIndex()]
