"""One key figure card: title, value, a secondary figure and the change since the last edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

CHANGED_STYLE = "color: #1565c0;"
UNCHANGED_STYLE = "color: palette(mid);"


class FigureCard(QFrame):
    """Shows one key figure; the view fills it in with `show_figure`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("color: palette(dark);")
        self.value_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label = QLabel(self)
        self.change_label = QLabel(self)
        self.change_label.setStyleSheet(UNCHANGED_STYLE)
        self._changed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.title_label, self.value_label, self.detail_label, self.change_label):
            layout.addWidget(label)

    def show_figure(self, title: str, value: str, detail: str, change: str) -> None:
        """Fill in the card; an empty `detail` or `change` hides that line."""
        # Only touch what changed: style sheets and relayouts cost more than the comparison.
        for label, text in (
            (self.title_label, title),
            (self.value_label, value),
            (self.detail_label, detail),
            (self.change_label, change),
        ):
            if label.text() != text:
                label.setText(text)
            if label is not self.value_label and label.isHidden() == bool(text):
                label.setVisible(bool(text))
        changed = bool(change) and change != "no change"
        if changed != self._changed:
            self._changed = changed
            self.change_label.setStyleSheet(CHANGED_STYLE if changed else UNCHANGED_STYLE)
        self.setToolTip(f"{title}: {value}" + (f"; {detail}" if detail else ""))
