"""The app in French: catalogues current and complete, and the window speaking French."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMenu

from core.present.i18n import language
from gui.language import (
    CATALOGUES,
    LOCALE_VARIABLES,
    chosen_language,
    desktop_language,
    install_language,
    saved_language,
)
from gui.main_window import MainWindow
from tools.translations import marked_messages, messages, release, update

NBSP = "\u00a0"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files updated by lupdate from gui/ as it is now."""
    folder = tmp_path_factory.mktemp("ts")
    for lang in ("fr", "en"):
        shutil.copy(CATALOGUES / f"dealscope_{lang}.ts", folder)
    update(folder)
    return folder


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_ts_files_hold_exactly_the_strings_of_gui(extracted: Path, lang: str) -> None:
    # lupdate adds a string added to gui/ as unfinished and drops a removed one.
    name = f"dealscope_{lang}.ts"
    now = (extracted / name).read_text(encoding="utf-8")
    committed = (CATALOGUES / name).read_text(encoding="utf-8")
    assert now == committed, f"{name} is stale: run uv run python tools/translations.py"


def test_every_marked_string_reaches_the_french_catalogue() -> None:
    known = set(messages(CATALOGUES / "dealscope_fr.ts"))
    skipped = sorted(marked_messages() - known)
    assert skipped == [], f"lupdate does not read these calls: {skipped[:5]}"


def test_every_french_message_is_finished_and_keeps_its_placeholders() -> None:
    found = messages(CATALOGUES / "dealscope_fr.ts")
    assert len(found) > 400
    for (context, source), texts in found.items():
        assert texts, f"{context}: no French for {source!r}"
        for text in texts:
            assert text.strip() or not source.strip(), f"{context}: empty French for {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"{context}: {text!r} does not keep the placeholders of {source!r}"
            )


def test_french_typography_puts_a_non_breaking_space_before_colons_and_questions() -> None:
    for texts in messages(CATALOGUES / "dealscope_fr.ts").values():
        for text in texts:
            plain = re.sub(r"<[^>]*>|&\w+;|\{[^{}]*\}|https?://\S+|\(\*[^)]*\)|;;", "", text)
            for mark in re.finditer(r"(.)([:?;!])", plain):
                assert mark.group(1) == NBSP, f"{text!r}: no non-breaking space before {mark[2]}"


def test_english_plurals_have_a_singular_and_a_plural() -> None:
    found = messages(CATALOGUES / "dealscope_en.ts")
    assert found
    for (_, source), forms in found.items():
        assert "%n" in source
        assert len(forms) == 2
        assert "figure (" in forms[0]
        assert "figures (" in forms[1]


def test_the_committed_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    for built in release(qm_folder=tmp_path):
        committed = CATALOGUES / built.name
        assert built.read_bytes() == committed.read_bytes(), f"{built.name} is stale"


def test_the_language_follows_the_setting_then_the_system(monkeypatch, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setenv("LANGUAGE", "fr_FR:en")
    assert chosen_language(settings) == "fr"
    settings.setValue("view/language", "en")
    assert saved_language(settings) == "en"
    assert chosen_language(settings) == "en"
    assert chosen_language(settings, "fr") == "fr"  # --lang wins
    settings.setValue("view/language", "de")
    assert saved_language(settings) is None
    monkeypatch.setenv("LANGUAGE", "de_DE")
    assert chosen_language(settings) == "en"
    for name in LOCALE_VARIABLES:  # as when Windows or macOS starts the app
        monkeypatch.delenv(name, raising=False)
    expected = QLocale.system().name().split("_")[0]
    assert desktop_language() == (expected if expected in ("en", "fr") else "en")


@pytest.fixture
def french(qapp: QApplication):
    install_language(qapp, "fr")
    yield qapp
    install_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_main_window_speaks_french(french, qtbot, session, tmp_path) -> None:
    assert language() == "fr"
    assert QLocale().decimalPoint() == ","
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(session)
    titles = _menu_titles(window)
    for title in ("&Fichier", "&Édition", "&Affichage", "Aid&e", "&Contrat", "&Analyse"):
        assert title in titles
    docks = {dock.objectName(): dock.windowTitle() for dock in window.docks.values()}
    assert docks["scenarios_dock"] == "Scénarios"
    assert docks["key_figures_dock"] == "Chiffres clés"
    assert window.contract_docks.docks["timeline"].windowTitle() == "Frise"
    assert window.actions_.export_brief.text() == "Exporter la note de &synthèse…"
    view = window.view_menu
    assert isinstance(view, QMenu)
    assert any(a.text() == "&Langue" for a in view.actions())
    assert window.backtest_dock.toggleViewAction() in view.actions()
    dialog = window.edit_settings()
    assert dialog is not None
    assert dialog.windowTitle() == "Paramètres de projection"
    assert dialog.frequency_box.itemText(0) == "Trimestres"
    dialog.reject()


def test_the_brief_dialog_speaks_french(french, qtbot) -> None:
    from gui.dialogs.export_brief_dialog import ExportBriefDialog

    dialog = ExportBriefDialog(["Base"], {"summary": "Summary"}, "Brief")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exporter la note de synthèse"
    assert dialog.export_button.text() == "Exporter…"
    assert dialog.reader_box.itemText(0) == "Le partenaire\u00a0: ce que l’accord lui rapporte"


def test_view_language_saves_the_choice_for_the_next_start(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    told: list[str] = []
    menu = window.language_menu
    menu.tell = told.append
    assert menu.actions["en"].isChecked()
    menu.actions["fr"].trigger()
    assert settings.value("view/language") == "fr"
    assert menu.actions["fr"].isChecked()
    assert language() == "en"  # takes effect after a restart, and says so
    assert told[-1] == (
        "Dealscope will speak French the next time it starts. "
        "Quit and open it again to switch now."
    )
    menu.choose("en")
    assert settings.value("view/language") == "en"
    assert told[-1] == "Dealscope speaks this language already."


def test_the_launcher_refuses_an_unknown_language_before_qt_starts(capsys) -> None:
    from gui.launcher import main as launch

    assert launch(["--lang", "xx"]) == 2
    assert "--lang 'xx' is not a language Dealscope speaks: choose en or fr" in (
        capsys.readouterr().err
    )


def test_english_counts_read_in_the_singular_and_the_plural(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    install_language(qapp, "en")
    source = next(iter(messages(CATALOGUES / "dealscope_en.ts")))
    one = QCoreApplication.translate(source[0], source[1], "", 1)
    many = QCoreApplication.translate(source[0], source[1], "", 3)
    assert "against 1 reported figure (" in one
    assert "against 3 reported figures (" in many
