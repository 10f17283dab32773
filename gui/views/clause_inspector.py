"""The clause inspector: one clause or event in plain words, with its sources as links."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.change import Change
from gui.session import Session
from gui.term_fields import scenario_terms_html
from gui.theme import colour
from gui.views.clause_text import clause_html, event_html, placeholder_html

if TYPE_CHECKING:
    from gui.views.clause_editor import ClauseEditor


class ClauseInspector(QWidget):
    """Shows the chosen clause or event of session.contract; refreshes on projection_changed.

    Source links open in the system browser; a link to another clause shows that clause and
    emits `clause_selected`.
    """

    clause_selected = Signal(str)  # clause id, when a clause link inside is followed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.clause_id: str | None = None
        self.event_index: int | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.document().setDocumentMargin(2)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.open_url = QDesktopServices.openUrl  # tests replace this to open nothing
        self._editor: ClauseEditor | None = None  # made when first opened (`editor`)
        self.edit_button = QToolButton(self)
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(
            self.tr(
                "Edit this clause's terms for the scenario, "
                "or the contract in a variant of its own"
            )
        )
        self.edit_button.toggled.connect(self.set_editing)
        self.editor_area = QScrollArea(self)
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.editor_area)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)  # room for a whole clause on a laptop screen
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.stack)
        session.changed.connect(self._on_changed)
        self._render()

    @property
    def editor(self) -> ClauseEditor:
        """The clause editor, behind the Edit button: made, and named, when first opened."""
        if self._editor is None:
            from gui.accessibility import name_controls
            from gui.views.clause_editor import ClauseEditor

            self._editor = ClauseEditor(self._session, self)
            self._editor.closed.connect(self._on_editor_closed)
            self._editor.clause_shown.connect(self._on_editor_clause_shown)
            self.editor_area.setWidget(self._editor)
            name_controls(self.editor_area)  # as the start names every control
        return self._editor

    def show_clause(self, clause_id: str) -> None:
        """Show the clause `clause_id` of the session's contract."""
        self.clause_id, self.event_index = clause_id, None
        self._render()
        if self.editing:
            self.editor.edit(clause_id)

    def show_event(self, index: int) -> None:
        """Show the event at `index` of the session's contract."""
        self.clause_id, self.event_index = None, index
        self.set_editing(False)
        self._render()

    @property
    def editing(self) -> bool:
        """Whether the clause editor is shown instead of the clause's text."""
        return self.stack.currentWidget() is self.editor_area

    def set_editing(self, on: bool) -> None:
        """Show the editor for the shown clause (on), or the clause's text again (off)."""
        if on:
            self.editor.edit(self.clause_id)
        self.stack.setCurrentWidget(self.editor_area if on else self.browser)
        if self.edit_button.isChecked() != on:
            self.edit_button.setChecked(on)
        if not on:
            self._render(keep_scroll=True)

    def _on_editor_closed(self) -> None:
        self.set_editing(False)

    def _on_editor_clause_shown(self, clause_id: str) -> None:
        self.clause_id, self.event_index = clause_id, None
        self.clause_selected.emit(clause_id)

    def text(self) -> str:
        """What the inspector shows, as plain text."""
        return self.browser.toPlainText()

    def _on_changed(self, change: Change) -> None:
        if change.document:
            self._on_document_changed()
        elif change.projection and self.clause_id is not None:
            self._render(keep_scroll=True)  # the clause's figures follow the projection

    def _on_document_changed(self) -> None:
        contract = self._session.contract
        if self.clause_id is not None and self.clause_id not in {c.id for c in contract.clauses}:
            self.clause_id = None
        if self.event_index is not None and self.event_index >= len(contract.events):
            self.event_index = None
        self._render()

    def _render(self, keep_scroll: bool = False) -> None:
        contract = self._session.contract
        scroll = self.browser.verticalScrollBar().value() if keep_scroll else 0
        if self.clause_id is not None:
            clause = contract.clause(self.clause_id)
            html = clause_html(clause, contract, self._session.projection)
            note = scenario_terms_html(
                clause,
                self._session.current,
                self._session.scenario.terms,
                colour("cell_differs").name(),
            )
            self.browser.setHtml(html.replace("</h2>", "</h2>" + note, 1))
        elif self.event_index is not None:
            self.browser.setHtml(event_html(contract.events[self.event_index], contract))
        else:
            self.browser.setHtml(placeholder_html())
        self.browser.verticalScrollBar().setValue(scroll)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "clause":
            self.show_clause(url.path())
            self.clause_selected.emit(url.path())
        elif url.scheme() in ("http", "https"):
            self.open_url(url)
