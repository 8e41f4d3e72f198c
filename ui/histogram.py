"""A small histogram of the Sozialindex drawn with QPainter (no matplotlib)."""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core.sozialindex import STATUS_LABELS

BINS = 24


def status_of(value: float, cuts: Sequence[float]) -> str:
    """Status label of a favourable-oriented index value; cuts = (sehr niedrig, niedrig, hoch)."""
    sehr_niedrig, niedrig, hoch = cuts
    if value >= hoch:
        return STATUS_LABELS[0]
    if value <= sehr_niedrig:
        return STATUS_LABELS[3]
    if value <= niedrig:
        return STATUS_LABELS[2]
    return STATUS_LABELS[1]


class IndexHistogram(QWidget):
    """Bars of the favourable-oriented index, coloured by status class, with the cuts."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexHistogram")
        self.setMinimumSize(QSize(280, 170))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.counts = np.zeros(0)
        self.edges = np.zeros(0)
        self.cuts: Sequence[float] = (-1.5, -1.0, 1.0)
        self.colours: dict[str, QColor] = {}

    def tr(self, text: str) -> str:
        """Translate in the context of the histogram."""
        return QCoreApplication.translate("IndexHistogram", text)

    def set_data(self, values: np.ndarray, cuts: Sequence[float], colours: dict[str, QColor]) -> None:
        """Histogram of the finite values; the range always shows the cuts."""
        values = np.asarray(values, dtype=float)
        values = values[np.isfinite(values)]
        self.cuts, self.colours = tuple(cuts), colours
        if values.size == 0:
            self.counts, self.edges = np.zeros(0), np.zeros(0)
        else:
            low = min(values.min(), cuts[0]) - 0.25
            high = max(values.max(), cuts[2]) + 0.25
            self.counts, self.edges = np.histogram(values, bins=BINS, range=(low, high))
        self.update()

    def bar_count(self) -> int:
        """Number of values drawn (for tests)."""
        return int(self.counts.sum())

    def paintEvent(self, event) -> None:  # noqa: N802
        """Bars, cut lines, axis labels."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = painter.fontMetrics()
        margin, bottom = 8, metrics.height() * 2 + 6
        plot = QRectF(
            margin, margin + metrics.height(), self.width() - 2 * margin, self.height() - bottom - 20
        )
        painter.setPen(QPen(QColor("#444444")))
        if self.counts.size == 0:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No index values yet"))
            painter.end()
            return
        top = max(int(self.counts.max()), 1)
        low, high = float(self.edges[0]), float(self.edges[-1])

        def x_of(value: float) -> float:
            return plot.left() + (value - low) / (high - low) * plot.width()

        for count, left, right in zip(self.counts, self.edges[:-1], self.edges[1:]):
            if count == 0:
                continue
            label = status_of((left + right) / 2.0, self.cuts)
            height = plot.height() * count / top
            bar = QRectF(x_of(left) + 1, plot.bottom() - height, x_of(right) - x_of(left) - 2, height)
            painter.fillRect(bar, self.colours.get(label, QColor("#888888")))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.setPen(QPen(QColor("#222222"), 1, Qt.PenStyle.DashLine))
        for cut in self.cuts:
            painter.drawLine(QPointF(x_of(cut), plot.top()), QPointF(x_of(cut), plot.bottom()))
            painter.drawText(QPointF(x_of(cut) + 2, plot.top() + metrics.ascent()), f"{cut:g}")
        painter.setPen(QPen(QColor("#222222")))
        baseline = plot.bottom() + metrics.height()
        painter.drawText(QPointF(plot.left(), baseline), f"{low:.1f}")
        right_label = f"{high:.1f}"
        painter.drawText(
            QPointF(plot.right() - metrics.horizontalAdvance(right_label), baseline), right_label
        )
        painter.drawText(
            QRectF(0, baseline, self.width(), metrics.height() + 4),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Index (high = favourable), cuts in SD"),
        )
        painter.drawText(
            QPointF(plot.left(), margin + metrics.ascent()), self.tr("max. {0} areas per bar").format(top)
        )
        painter.end()
