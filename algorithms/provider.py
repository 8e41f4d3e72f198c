"""The Sozialplanung Processing provider: algorithms and bundled models."""

from __future__ import annotations

import glob
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import QT_TRANSLATE_NOOP
from .aggregate import AggregateAlgorithm
from .base import ICON_PATH, PLUGIN_DIR
from .dynamik import DynamikAlgorithm
from .kommonitor import KomMonitorAlgorithm
from .offergap import OffergapAlgorithm
from .poimatch import PoiMatchAlgorithm
from .report import ReportAlgorithm
from .robustheit import RobustheitAlgorithm
from .sozialindex import SozialindexAlgorithm
from .webexport import WebexportAlgorithm
from .zeitreihe import ZeitreiheAlgorithm

ALGORITHMS = (
    SozialindexAlgorithm,
    DynamikAlgorithm,
    AggregateAlgorithm,
    OffergapAlgorithm,
    PoiMatchAlgorithm,
    RobustheitAlgorithm,
    ZeitreiheAlgorithm,
    ReportAlgorithm,
    KomMonitorAlgorithm,
    WebexportAlgorithm,
)
MODELS_DIR = os.path.join(PLUGIN_DIR, "models")
#: Display names of the bundled models by model id (the id stays the qgis_process name).
MODEL_NAMES = {
    "sozialindex_dynamik": QT_TRANSLATE_NOOP("BundledModel", "Social index with Dynamik (workflow)"),
    "angebotsluecken": QT_TRANSLATE_NOOP("BundledModel", "Offer gaps (workflow)"),
    "sozialbericht": QT_TRANSLATE_NOOP("BundledModel", "Social report (workflow)"),
}


class BundledModel(QgsProcessingModelAlgorithm):
    """A bundled .model3 workflow with a translated display name; id and steps unchanged."""

    def displayName(self) -> str:  # noqa: N802
        """The translated name of MODEL_NAMES (the model's own name for other models)."""
        text = MODEL_NAMES.get(self.name())
        return QCoreApplication.translate("BundledModel", text) if text else super().displayName()

    def createInstance(self) -> BundledModel:  # noqa: N802
        """A copy that keeps the display name (toolbox dialogs and qgis_process run copies)."""
        model = BundledModel()
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        return model


class SozialplanungProvider(QgsProcessingProvider):
    """Provider id ``sozialplanung``."""

    def id(self) -> str:
        """Stable provider id."""
        return "sozialplanung"

    def name(self) -> str:
        """Display name."""
        return "Sozialplanung"

    def longName(self) -> str:  # noqa: N802
        """Display name with purpose."""
        return QCoreApplication.translate(
            "SozialplanungProvider", "Sozialplanung (strategic social planning)"
        )

    def icon(self) -> QIcon:
        """Provider icon."""
        return QIcon(ICON_PATH)

    def loadAlgorithms(self) -> None:  # noqa: N802
        """Register the algorithms and the bundled .model3 workflows."""
        for cls in ALGORITHMS:
            self.addAlgorithm(cls())
        for path in sorted(glob.glob(os.path.join(MODELS_DIR, "*.model3"))):
            model = BundledModel()
            if model.fromFile(path):
                self.addAlgorithm(model)
