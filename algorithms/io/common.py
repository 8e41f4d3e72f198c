"""What every I/O helper needs: NULL tests, user errors and the cancel check."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...core.values import is_missing


def is_null(value: Any) -> bool:
    """True for NULL QVariants and what core counts as missing (None, NaN, pandas' NA)."""
    if isinstance(value, QVariant):
        return value.isNull()
    return is_missing(value)


def to_python(value: Any) -> Any:
    """A Python value for writing to a feature (None for NULL, int for whole codes)."""
    if is_null(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def fail(text: str, *args: object) -> QgsProcessingException:
    """A QgsProcessingException with a (translated) message formatted with args."""
    return QgsProcessingException(text.format(*args))


def check_canceled(feedback: Optional[QgsProcessingFeedback]) -> None:
    """Raise 'Canceled.' when the user canceled (the run's outputs are discarded on the way out)."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(QCoreApplication.translate("SozialplanungAlgorithm", "Canceled."))
