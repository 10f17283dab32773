"""The main window's actions: text, icon, shortcut and tooltip of every command."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from gui.icons import icon

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


def make_actions(parent: QWidget) -> WindowActions:
    """Create the window's actions (not yet connected)."""
    key = QKeySequence.StandardKey
    return WindowActions(
        new=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "&New"),
            "new",
            [key.New],
            QCoreApplication.translate("WindowActions", "New workspace on a bundled contract"),
        ),
        open=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "&Open…"),
            "open",
            [key.Open],
            QCoreApplication.translate(
                "WindowActions", "Open a workspace (.json) or contract (.yaml)"
            ),
        ),
        save=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "&Save"),
            "save",
            [key.Save],
            QCoreApplication.translate("WindowActions", "Save the workspace"),
        ),
        save_as=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "Save &As…"),
            "save-as",
            ["Ctrl+Shift+S"],
            QCoreApplication.translate("WindowActions", "Save the workspace to a new file"),
        ),
        revert=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "&Revert"),
            "revert",
            ["Ctrl+Shift+R"],
            QCoreApplication.translate("WindowActions", "Discard changes and reload the file"),
        ),
        export_brief=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "Export &Brief…"),
            "brief",
            ["Ctrl+E"],
            QCoreApplication.translate("WindowActions", "Export a PDF scenario brief"),
        ),
        export_charts=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "Export &Charts…"),
            "export",
            ["Ctrl+Shift+E"],
            QCoreApplication.translate("WindowActions", "Export the four charts as PNG or SVG"),
        ),
        quit=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "&Quit"),
            "quit",
            ["Ctrl+Q"],
            QCoreApplication.translate("WindowActions", "Quit Dealscope"),
        ),
        undo=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "&Undo"),
            "undo",
            ["Ctrl+Z"],
            QCoreApplication.translate("WindowActions", "Undo the last change"),
        ),
        redo=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "&Redo"),
            "redo",
            ["Ctrl+Shift+Z", key.Redo],
            QCoreApplication.translate("WindowActions", "Redo the last undone change"),
        ),
        settings=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "Projection &Settings…"),
            "settings",
            ["Ctrl+Shift+P"],
            QCoreApplication.translate(
                "WindowActions", "Change the projection's start year, end year and periods"
            ),
        ),
        guide=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "Dealscope &User Guide"),
            "about",
            [
                QKeySequence.StandardKey.HelpContents,
                "F1",
            ],
            QCoreApplication.translate(
                "WindowActions", "What each panel does, a first walkthrough and the shortcuts"
            ),
        ),
        about=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "&About Dealscope"),
            "about",
            [],
            QCoreApplication.translate("WindowActions", "Versions and credits"),
        ),
        new_deal=make_action(
            parent,
            QCoreApplication.translate("WindowActions", "New &Deal…"),
            "new",
            ["Ctrl+Shift+N"],
            QCoreApplication.translate(
                "WindowActions",
                "A new deal: the parties' names and an empty contract or a copy of a bundled one",
            ),
        ),
        new_menu=QMenu(QCoreApplication.translate("WindowActions", "New From &Contract"), parent),
        recent_menu=QMenu(QCoreApplication.translate("WindowActions", "Open &Recent"), parent),
    )
