"""The Sozialplanung Processing provider: algorithms and bundled models."""

from __future__ import annotations

import glob
import os

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

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
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                self.addAlgorithm(model)
