"""Main windows on a known document, for the GUI tests."""

from __future__ import annotations

from core.files import bundled_contracts
from core.workspace import Scenario, Settings, Workspace
from gui.document_files import Document
from gui.main_window import MainWindow
from gui.session import Session

NEWEST = "microsoft-openai-2026-04"
"""The newest bundled Microsoft–OpenAI version (April 2026): every clause kind the app edits."""


def open_newest(window: MainWindow) -> MainWindow:
    """`window` on the bundled April 2026 contract, scenarios Base and Bear, 2025-2035."""
    contract = bundled_contracts()[NEWEST]
    settings = Settings(start_year=2025, end_year=2035)
    scenarios = (Scenario(name="Base"), Scenario(name="Bear"))
    workspace = Workspace(contract=NEWEST, settings=settings, scenarios=scenarios)
    session_of(window).open_document(Document(workspace, contract, None))
    return window


def session_of(window: MainWindow) -> Session:
    """The window's session (always attached in these tests)."""
    assert window.session is not None
    return window.session
