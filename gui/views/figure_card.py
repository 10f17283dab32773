"""One key figure card: title, value, a secondary figure and the change since the last edit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QKeyEvent, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.present.text import no_change
from gui.language import QT_TRANSLATE_NOOP
from gui.theme import colour, css, theme_notifier

CLICK_TIP = QT_TRANSLATE_NOOP("FigureCard", "Click to explain")


def _colour_change(label: QLabel, changed: bool) -> None:
    """Colour the change line: through the palette, as a style sheet costs a re-polish."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, colour("changed_text" if changed else "muted_text")
    )
    label.setPalette(palette)


class _CardLayout(QVBoxLayout):
    """The card's column of labels; it can ignore label changes that leave its geometry be.

    A label's new text invalidates its layout, and the invalidation climbs through the cards'
    body to the scroll area, which measures every card again (about 0.7 ms per edit). A new
    value on the same line, no wider than the label, needs none of that: only a repaint.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._quiet = False

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Within: label changes do not invalidate the layout (the caller knows they fit)."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def invalidate(self) -> None:
        """Forget the cached geometry, unless within `quiet`."""
        if not self._quiet:
            super().invalidate()


def fits(label: QLabel, text: str) -> bool:
    """Whether `text` on one line fits `label` as laid out now (a relayout would not move it)."""
    if not text or "\n" in text or label.isHidden() or label.wordWrap():
        return False
    return label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width()


class FigureCard(QFrame):
    """Shows key figure `name`; the view fills it in with `show_figure`.

    Once `set_clickable`, a click (or Enter or Space with focus) emits `clicked(name)`;
    the value stays selectable, and a click that selects text does not count.
    """

    clicked = Signal(str)  # the key figure's name

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._clickable = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(f"color: {css('card_title')};")
        self.value_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The selectable value takes its own mouse events; watch them for clicks.
        self.value_label.installEventFilter(self)
        self.detail_label = QLabel(self)
        self.change_label = QLabel(self)
        _colour_change(self.change_label, False)
        self._changed = False
        layout = self._layout = _CardLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.title_label, self.value_label, self.detail_label, self.change_label):
            layout.addWidget(label)
        theme_notifier().changed.connect(self._on_theme_changed)

    def _on_theme_changed(self, _: bool) -> None:
        self.title_label.setStyleSheet(f"color: {css('card_title')};")
        _colour_change(self.change_label, self._changed)

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
                if fits(label, text) and fits(label, label.text()):
                    with self._layout.quiet():
                        label.setText(text)
                else:
                    label.setText(text)
            if label is not self.value_label and label.isHidden() == bool(text):
                label.setVisible(bool(text))
        changed = bool(change) and change != no_change()
        if changed != self._changed:
            self._changed = changed
            _colour_change(self.change_label, changed)
        tip = f"{title}: {value}" + (f"; {detail}" if detail else "")
        tip += self._click_tip() if self._clickable else ""
        if tip != self.toolTip():
            self.setToolTip(tip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Measure the labels afresh if a value set without a relayout no longer fits."""
        super().resizeEvent(event)
        shown = (self.value_label, self.detail_label, self.change_label)
        if any(label.text() and not fits(label, label.text()) for label in shown):
            self._layout.invalidate()

    def _click_tip(self) -> str:
        return "\n" + self.tr(CLICK_TIP)

    def set_clickable(self, clickable: bool) -> None:
        """Show a pointing hand and emit `clicked` on a click, or not."""
        self._clickable = clickable
        tip = self.toolTip().removesuffix(self._click_tip())
        self.setToolTip(tip + self._click_tip() if clickable and tip else tip)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if clickable else Qt.FocusPolicy.NoFocus)
        shape = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        for widget in (self, self.value_label):
            widget.setCursor(QCursor(shape))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A left click on the card emits `clicked`."""
        super().mouseReleaseEvent(event)
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space on a focused card emits `clicked`."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self._clickable and event.key() in keys:
            self.clicked.emit(self.name)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on the value that selected no text emits `clicked`."""
        if (
            self._clickable
            and watched is self.value_label
            and isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and not self.value_label.hasSelectedText()
        ):
            self.clicked.emit(self.name)
        return super().eventFilter(watched, event)
