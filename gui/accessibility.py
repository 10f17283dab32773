"""Accessible names and descriptions for every control a screen reader or Tab can reach.

Views name their important widgets themselves; this fills in the rest from what a sighted
user reads next to them: the button's text, the label before it, its tooltip, its panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)

from gui.language import QT_TRANSLATE_NOOP, translate

_ROLES = {
    "QComboBox": QT_TRANSLATE_NOOP("Accessibility", "choice"),
    "QSpinBox": QT_TRANSLATE_NOOP("Accessibility", "number"),
    "QDoubleSpinBox": QT_TRANSLATE_NOOP("Accessibility", "number"),
    "QTableView": QT_TRANSLATE_NOOP("Accessibility", "table"),
    "QTableWidget": QT_TRANSLATE_NOOP("Accessibility", "table"),
    "QListView": QT_TRANSLATE_NOOP("Accessibility", "list"),
    "QListWidget": QT_TRANSLATE_NOOP("Accessibility", "list"),
    "QTreeView": QT_TRANSLATE_NOOP("Accessibility", "tree"),
    "QTreeWidget": QT_TRANSLATE_NOOP("Accessibility", "tree"),
    "QTextBrowser": QT_TRANSLATE_NOOP("Accessibility", "text"),
    "QTextEdit": QT_TRANSLATE_NOOP("Accessibility", "text"),
    "QPlainTextEdit": QT_TRANSLATE_NOOP("Accessibility", "text"),
    "QTabBar": QT_TRANSLATE_NOOP("Accessibility", "tabs"),
    "QScrollArea": QT_TRANSLATE_NOOP("Accessibility", "view"),
    "QGraphicsView": QT_TRANSLATE_NOOP("Accessibility", "view"),
    "QLineEdit": QT_TRANSLATE_NOOP("Accessibility", "text field"),
    "QSlider": QT_TRANSLATE_NOOP("Accessibility", "slider"),
}


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _label_before(widget: QWidget) -> str:
    """The text of the QLabel laid out just before `widget` (``Draws [  10,000 ]``)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    return _search(layout, widget) if layout is not None else ""


def _search(layout: QLayout, widget: QWidget) -> str:
    previous: QWidget | None = None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        inner = item.layout()
        if inner is not None:
            found = _search(inner, widget)
            if found:
                return found
            continue
        current = item.widget()
        if current is widget:
            return _plain(previous.text()) if isinstance(previous, QLabel) else ""
        if current is not None:
            previous = current
    return ""


def _panel(widget: QWidget) -> str:
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent.windowTitle()
        parent = parent.parentWidget()
    return ""


def _role(widget: QWidget) -> str:
    for cls in type(widget).__mro__:
        role = _ROLES.get(cls.__name__)
        if role is not None:
            return translate("Accessibility", role)
    return translate("Accessibility", "control")


def accessible_name(widget: QWidget, buddies: dict[int, str]) -> str:
    """The name a screen reader should read for `widget`."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox) and parent.accessibleName():
        return parent.accessibleName()  # the editor inside a spin or combo box
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return _plain(widget.text())
    for found in (
        buddies.get(id(widget), ""),
        _label_before(widget),
        widget.placeholderText() if isinstance(widget, QLineEdit) else "",
        _first_line(widget.toolTip()),
        widget.windowTitle() if widget.isWindow() else "",
    ):
        if found:
            return found
    panel = _panel(widget)
    if not panel:
        return _role(widget).capitalize()
    return translate("Accessibility", "{panel} {role}").format(panel=panel, role=_role(widget))


def name_controls(root: QWidget) -> int:
    """Give every focusable widget under `root` without one a name and a description.

    Returns how many widgets were named.
    """
    buddies = {
        id(label.buddy()): _plain(label.text())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None
    }
    named = 0
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QDockWidget) and not widget.accessibleName():
            widget.setAccessibleName(widget.windowTitle())
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if not widget.accessibleName().strip():
            widget.setAccessibleName(accessible_name(widget, buddies))
            named += 1
        if not widget.accessibleDescription() and widget.toolTip():
            widget.setAccessibleDescription(_plain(widget.toolTip()))
    return named


def reach_every_panel(window: QWidget) -> None:
    """Let Tab reach every dock: a dock with nothing focusable gets its text or view focusable.

    Read-only text (the Clause Inspector, Explain) takes no Tab focus by default, which left
    those panels out of the keyboard's path.
    """
    for dock in window.findChildren(QDockWidget):
        reach_panel(dock)


def reach_panel(dock: QDockWidget, content: QWidget | None = None) -> None:
    """Make the content of `dock` reachable by Tab when nothing in it is (see above).

    A placeholder standing for a view not built yet is left alone: the view is reached
    once built (`make_accessible`).
    """
    from gui.views.visibility import Placeholder

    content = content if content is not None else dock.widget()
    if content is None or isinstance(content, Placeholder):
        return
    widgets = [content, *content.findChildren(QWidget)]
    if any(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in widgets):
        return
    views = [w for w in widgets if isinstance(w, QAbstractScrollArea)]
    target = views[0] if views else content
    target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def make_accessible(dock: QDockWidget, view: QWidget) -> None:
    """Reach and name the controls of `view`, built for `dock` after the start.

    As the start does for the content of every dock (`reach_every_panel`, `name_controls`).
    """
    reach_panel(dock, view)
    name_controls(dock)
