"""The user guide (docs/guide.md) in a help window, opened by F1."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from core.resources import RESOURCES_DIR

GUIDE_PATH = RESOURCES_DIR.parent / "docs" / "guide.md"
"""Beside resources/ in a checkout and in the frozen bundle (packaging/dealscope.spec)."""


def guide_text(path: Path = GUIDE_PATH) -> str:
    """The guide's Markdown, or a short note naming the missing file."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return QCoreApplication.translate(
            "HelpWindow",
            "# Dealscope user guide\n\nThe guide could not be read: {path} ({reason}).",
        ).format(path=path, reason=exc.strerror)


class HelpWindow(QDialog):
    """A non-modal window showing the guide; links open in the system browser."""

    def __init__(self, parent: QWidget | None = None, path: Path = GUIDE_PATH) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dealscope User Guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])  # the guide's screenshots
        self.browser.setMarkdown(guide_text(path))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setAccessibleDescription(
            self.tr("What each panel does, a walkthrough, shortcuts")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(720, 640)
