"""The workspace's scenarios: choose the current one, add, duplicate, rename, delete, reorder."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.workspace import Workspace
from gui.change import Change
from gui.icons import icon
from gui.session import Session

NOTES_DELAY_MS = 400


class ScenarioPanel(QWidget):
    """Edits session.workspace's scenario list and notes; follows workspace and current."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.scenario_list = QListWidget(self)
        self.scenario_list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.scenario_list.currentItemChanged.connect(self._on_list_current_changed)
        self.scenario_list.itemChanged.connect(self._on_item_edited)
        self.scenario_list.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText("Notes on this scenario: sources, reasoning…")
        self.notes_edit.textChanged.connect(self._on_notes_edited)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self.commit_notes)
        self._notes_for = session.current
        self.toolbar = QToolBar(self)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.scenario_list, 3)
        layout.addWidget(QLabel("Notes", self))
        layout.addWidget(self.notes_edit, 2)
        session.changed.connect(self._on_changed)
        self._on_workspace_changed(session.workspace)

    def _on_changed(self, change: Change) -> None:
        if change.workspace:
            self._on_workspace_changed(self._session.workspace)  # marks the current one too
        elif change.current:
            self._on_current_changed(self._session.current)

    def _make_actions(self) -> None:
        session = self._session
        self.add_action = self._action("Add", "add", "Ctrl+Shift+N", session.add_scenario)
        self.duplicate_action = self._action("Duplicate", "duplicate", "Ctrl+D", self._duplicate)
        self.rename_action = self._action("Rename", "rename", "F2", self._rename)
        self.delete_action = self._action("Delete", "delete", "Ctrl+Delete", self._delete)
        self.up_action = self._action("Move Up", "up", "Alt+Up", self._move_up)
        self.down_action = self._action("Move Down", "down", "Alt+Down", self._move_down)
        tips = {
            self.add_action: "Add a scenario on the app defaults",
            self.duplicate_action: "Copy the current scenario",
            self.rename_action: "Rename the current scenario",
            self.delete_action: "Delete the current scenario (undo brings it back)",
            self.up_action: "Move the current scenario up the list",
            self.down_action: "Move the current scenario down the list",
        }
        for action, tip in tips.items():
            action.setToolTip(
                f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )

    def _action(
        self, text: str, icon_name: str, shortcut: str, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _duplicate(self) -> None:
        self._session.duplicate_scenario(self._session.current)

    def _rename(self) -> None:
        item = self.scenario_list.currentItem()
        if item is not None:
            self.scenario_list.editItem(item)

    def _delete(self) -> None:
        self._session.delete_scenario(self._session.current)

    def _move_up(self) -> None:
        self._session.move_scenario(self._session.current, -1)

    def _move_down(self) -> None:
        self._session.move_scenario(self._session.current, 1)

    def _on_workspace_changed(self, workspace: Workspace) -> None:
        names = [s.name for s in workspace.scenarios]
        items = [self.scenario_list.item(i) for i in range(self.scenario_list.count())]
        shown = [item.data(Qt.ItemDataRole.UserRole) for item in items]
        if names != shown:
            self._fill_list(workspace)
        for row, scenario in enumerate(workspace.scenarios):
            item = self.scenario_list.item(row)
            if item.toolTip() != (scenario.notes or scenario.name):
                item.setToolTip(scenario.notes or scenario.name)
        self._on_current_changed(self._session.current)
        self.delete_action.setEnabled(len(workspace.scenarios) > 1)

    def _fill_list(self, workspace: Workspace) -> None:
        # Block widget signals so that showing the model does not write it back.
        with self._blocked():
            self.scenario_list.clear()
            for scenario in workspace.scenarios:
                item = QListWidgetItem(scenario.name)
                item.setData(Qt.ItemDataRole.UserRole, scenario.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.scenario_list.addItem(item)

    def _on_current_changed(self, name: str) -> None:
        with self._blocked():
            for row in range(self.scenario_list.count()):
                item = self.scenario_list.item(row)
                is_current = item.data(Qt.ItemDataRole.UserRole) == name
                if item.font().bold() != is_current:
                    font = QFont(item.font())
                    font.setBold(is_current)
                    item.setFont(font)
                if is_current and self.scenario_list.currentRow() != row:
                    self.scenario_list.setCurrentRow(row)
            if self._notes_timer.isActive():
                self.commit_notes()
            self._notes_for = name
            notes = self._session.scenario.notes
            if self.notes_edit.toPlainText() != notes:
                self.notes_edit.setPlainText(notes)

    def _blocked(self) -> ExitStack:
        stack = ExitStack()
        stack.enter_context(QSignalBlocker(self.scenario_list))
        stack.enter_context(QSignalBlocker(self.notes_edit))
        return stack

    def _on_list_current_changed(self, item: QListWidgetItem | None, _: object) -> None:
        if item is not None:
            self._session.set_current(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_item_edited(self, item: QListWidgetItem) -> None:
        old = str(item.data(Qt.ItemDataRole.UserRole))
        if not self._session.rename_scenario(old, item.text()):
            with self._blocked():
                item.setText(old)

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.scenario_list.editItem(item)

    def _on_notes_edited(self) -> None:
        self._notes_for = self._session.current
        self._notes_timer.start()

    def commit_notes(self) -> None:
        """Write pending notes typing to the session now (one undo step per burst)."""
        self._notes_timer.stop()
        names = {s.name for s in self._session.workspace.scenarios}
        if self._notes_for in names:
            self._session.set_notes(self._notes_for, self.notes_edit.toPlainText())
