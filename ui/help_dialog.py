"""The German user guide (docs/anleitung.md) shown inside QGIS."""

from __future__ import annotations

import os
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, QSize, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QImage, QTextCursor
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..algorithms.base import PLUGIN_DIR

GUIDE = os.path.join(PLUGIN_DIR, "docs", "anleitung.md")
IMAGE_WIDTH = 820


class HelpDialog(QDialog):
    """Renders the Markdown guide with its screenshots; external links open in the browser."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("sozialplanungHelp")
        self.setWindowTitle(self.tr("Sozialplanung: user guide"))
        self.resize(QSize(900, 760))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.open_link)
        self.browser.setSearchPaths([os.path.dirname(GUIDE)])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.load()

    def tr(self, text: str) -> str:
        """Translate in the context of the dialog."""
        return QCoreApplication.translate("HelpDialog", text)

    def load(self) -> None:
        """Read the guide (a short note if it is missing)."""
        try:
            with open(GUIDE, encoding="utf-8") as handle:
                text = handle.read()
        except OSError:
            text = self.tr("The user guide {0} is missing.").format(GUIDE)
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(GUIDE))
        self.browser.setMarkdown(text)
        self.scale_images()

    def scale_images(self) -> None:
        """Show the screenshots at most IMAGE_WIDTH pixels wide."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if image_format.isValid():
                    image = QImage(os.path.join(os.path.dirname(GUIDE), image_format.name()))
                    if not image.isNull() and image.width() > IMAGE_WIDTH:
                        image_format.setWidth(IMAGE_WIDTH)
                        image_format.setHeight(image.height() * IMAGE_WIDTH / image.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def open_link(self, url: QUrl) -> None:
        """Anchors scroll inside the guide; other links open outside QGIS."""
        if url.toString().startswith("#"):
            self.browser.scrollToAnchor(url.fragment())
        else:
            QDesktopServices.openUrl(self.browser.document().baseUrl().resolved(url))
