"""The main window's actions: text, icon, shortcut and tooltip of every command."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from gui.icons import icon
from gui.language import QT_TRANSLATE_NOOP

Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True, slots=True)
class WindowActions:
    """Every window-level action; the window connects them to its handlers."""

    new: QAction
    open: QAction
    save: QAction
    save_as: QAction
    revert: QAction
    export_brief: QAction
    export_charts: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    settings: QAction
    guide: QAction
    about: QAction
    new_deal: QAction
    new_menu: QMenu
    recent_menu: QMenu


def make_action(
    parent: QWidget, text: str, icon_name: str, shortcuts: list[Shortcut], tip: str
) -> QAction:
    """An action with an icon, shortcuts, and a tooltip that names the first shortcut."""
    action = QAction(icon(icon_name), text, parent)
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        sequence = QKeySequence(shortcut)
        if not sequence.isEmpty() and sequence not in keys:
            keys.append(sequence)
    action.setShortcuts(keys)
    key_text = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{tip} ({key_text})" if key_text else tip)
    action.setStatusTip(tip)
    return action


_KEY = QKeySequence.StandardKey
_ACTIONS: dict[str, tuple[str, str, list[Shortcut], str]] = {
    "new": (
        QT_TRANSLATE_NOOP("WindowActions", "&New"),
        "new",
        [_KEY.New],
        QT_TRANSLATE_NOOP("WindowActions", "New workspace on a bundled contract"),
    ),
    "open": (
        QT_TRANSLATE_NOOP("WindowActions", "&Open…"),
        "open",
        [_KEY.Open],
        QT_TRANSLATE_NOOP("WindowActions", "Open a workspace (.json) or contract (.yaml)"),
    ),
    "save": (
        QT_TRANSLATE_NOOP("WindowActions", "&Save"),
        "save",
        [_KEY.Save],
        QT_TRANSLATE_NOOP("WindowActions", "Save the workspace"),
    ),
    "save_as": (
        QT_TRANSLATE_NOOP("WindowActions", "Save &As…"),
        "save-as",
        ["Ctrl+Shift+S"],
        QT_TRANSLATE_NOOP("WindowActions", "Save the workspace to a new file"),
    ),
    "revert": (
        QT_TRANSLATE_NOOP("WindowActions", "&Revert"),
        "revert",
        ["Ctrl+Shift+R"],
        QT_TRANSLATE_NOOP("WindowActions", "Discard changes and reload the file"),
    ),
    "export_brief": (
        QT_TRANSLATE_NOOP("WindowActions", "Export &Brief…"),
        "brief",
        ["Ctrl+E"],
        QT_TRANSLATE_NOOP("WindowActions", "Export a PDF scenario brief"),
    ),
    "export_charts": (
        QT_TRANSLATE_NOOP("WindowActions", "Export &Charts…"),
        "export",
        ["Ctrl+Shift+E"],
        QT_TRANSLATE_NOOP("WindowActions", "Export the four charts as PNG or SVG"),
    ),
    "quit": (
        QT_TRANSLATE_NOOP("WindowActions", "&Quit"),
        "quit",
        ["Ctrl+Q"],
        QT_TRANSLATE_NOOP("WindowActions", "Quit Dealscope"),
    ),
    "undo": (
        QT_TRANSLATE_NOOP("WindowActions", "&Undo"),
        "undo",
        ["Ctrl+Z"],
        QT_TRANSLATE_NOOP("WindowActions", "Undo the last change"),
    ),
    "redo": (
        QT_TRANSLATE_NOOP("WindowActions", "&Redo"),
        "redo",
        ["Ctrl+Shift+Z", _KEY.Redo],
        QT_TRANSLATE_NOOP("WindowActions", "Redo the last undone change"),
    ),
    "settings": (
        QT_TRANSLATE_NOOP("WindowActions", "Projection &Settings…"),
        "settings",
        ["Ctrl+Shift+P"],
        QT_TRANSLATE_NOOP(
            "WindowActions", "Change the projection's start year, end year and periods"
        ),
    ),
    "guide": (
        QT_TRANSLATE_NOOP("WindowActions", "Dealscope &User Guide"),
        "about",
        [_KEY.HelpContents, "F1"],
        QT_TRANSLATE_NOOP(
            "WindowActions", "What each panel does, a first walkthrough and the shortcuts"
        ),
    ),
    "about": (
        QT_TRANSLATE_NOOP("WindowActions", "&About Dealscope"),
        "about",
        [],
        QT_TRANSLATE_NOOP("WindowActions", "Versions and credits"),
    ),
    "new_deal": (
        QT_TRANSLATE_NOOP("WindowActions", "New &Deal…"),
        "new",
        ["Ctrl+Shift+N"],
        QT_TRANSLATE_NOOP(
            "WindowActions",
            "A new deal: the parties' names and an empty contract or a copy of a bundled one",
        ),
    ),
}
"""Text, icon, shortcuts and tooltip of each action, translated when the action is made."""


def make_actions(parent: QWidget) -> WindowActions:
    """Create the window's actions (not yet connected)."""

    def translated(text: str) -> str:
        return QCoreApplication.translate("WindowActions", text)

    actions = {
        name: make_action(parent, translated(text), icon_name, keys, translated(tip))
        for name, (text, icon_name, keys, tip) in _ACTIONS.items()
    }
    return WindowActions(
        **actions,
        new_menu=QMenu(QCoreApplication.translate("WindowActions", "New From &Contract"), parent),
        recent_menu=QMenu(QCoreApplication.translate("WindowActions", "Open &Recent"), parent),
    )
