import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QMessageBox

from core.contract import Contract
from core.edits.documents import Document, new_document
from core.files import bundled_contracts
from core.workspace import Scenario, Workspace
from gui.analysis_dock import AnalysisDock
from gui.main_window import MainWindow
from gui.qt_imports import import_pyqtgraph, skip_feature_scan
from gui.recovery import RecoveryChoice
from gui.session import Session
from tests.gui.windows import RECAP, open_newest

# Cells show numbers in the user's locale; the tests read them in American English
# whatever the machine's locale (tests of other locales set their own).
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

# pyqtgraph loads as the app loads it (gui.qt_imports), before any test module imports it.
skip_feature_scan()
import_pyqtgraph()

CONTRACT = {
    "format": "dealscope-contract/1",
    "id": "test-deal",
    "title": "Test deal",
    "parties": {"lab": "OpenAI", "partner": "Microsoft", "partner_cloud": "Azure"},
    "effective": "2025-01-21",
    "clauses": [
        {
            "id": "rs",
            "kind": "revenue_share",
            "title": "Revenue share",
            "summary": "20 %",
            "confidence": "reported",
            "rate": 0.2,
            "cap_total": 60.0,
            "end": "2030-12-31",
        },
        {
            "id": "ps",
            "kind": "profit_share",
            "title": "Profit share",
            "summary": "tiers",
            "confidence": "reported",
            "tiers": [{"rate": 0.49, "until_total": 92}],
        },
        {
            "id": "api",
            "kind": "exclusivity",
            "subject": "api_distribution",
            "title": "API",
            "summary": "API on Azure",
            "confidence": "official",
        },
        {
            "id": "rofr",
            "kind": "right_of_first_refusal",
            "title": "ROFR",
            "summary": "first",
            "confidence": "official",
        },
        {
            "id": "build",
            "kind": "capacity_build_permission",
            "title": "Build",
            "summary": "own capacity",
            "confidence": "official",
        },
        {
            "id": "agi",
            "kind": "agi_clause",
            "threshold": 100,
            "measure": "cumulative",
            "verification_lag_quarters": 2,
            "ends": ["rs", "ps"],
            "title": "AGI",
            "summary": "AGI ends payments",
            "confidence": "reported",
        },
    ],
}


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread():
    """Collect each test's dropped Qt wrappers here, on the GUI thread, not on a pool thread."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def private_fallback_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Autosave's fallback folders inside the test's own folder, never the real temp folder."""
    monkeypatch.setattr("gui.autosave.fallback_folders", lambda: [tmp_path / "fallback"])


@pytest.fixture
def contract() -> Contract:
    return Contract.model_validate(CONTRACT)


@pytest.fixture
def document(contract: Contract) -> Document:
    scenarios = (
        Scenario(name="Base", notes="mid case"),
        Scenario.model_validate({"name": "Bull", "assumptions": {"revenue_base": 20.0}}),
    )
    return Document(Workspace(contract=contract, scenarios=scenarios), contract, None)


@pytest.fixture
def session(qtbot, document: Document) -> Session:
    return Session(document)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, session: Session, settings: QSettings, tmp_path: Path) -> MainWindow:
    window = MainWindow(settings)
    window.attach(session, tmp_path / "recovery")
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    window.ask_recover = lambda offer: RecoveryChoice.OPEN
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def newest_window(main_window: MainWindow) -> MainWindow:
    """The main window on the bundled April 2026 contract, scenarios Base and Bear, 2025-2035."""
    return open_newest(main_window)


@pytest.fixture
def dock(main_window: MainWindow) -> AnalysisDock:
    """The main window's Analysis dock."""
    return main_window.analysis_dock


@pytest.fixture
def recap_session(qtbot) -> Session:
    """A new document on the bundled October 2025 recapitalisation."""
    return Session(new_document(bundled_contracts()[RECAP]))
