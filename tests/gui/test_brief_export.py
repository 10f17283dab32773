import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from core.report import SECTIONS
from gui.brief_export import BriefOptions
from gui.dialogs.export_brief_dialog import ExportBriefDialog

PDF_TIMEOUT_MS = 60_000


def _exporter(main_window):
    return main_window.file_menu.brief_exporter


def test_export_brief_writes_the_pdf_off_the_gui_thread(qtbot, main_window, tmp_path):
    exporter = _exporter(main_window)
    target = tmp_path / "brief.pdf"
    options = BriefOptions(scenarios=("Bull", "Base"), title="<b>Deal & co</b>")
    with qtbot.waitSignal(exporter.finished, timeout=PDF_TIMEOUT_MS) as blocker:
        assert main_window.export_brief(target, options)
        assert exporter.busy
        assert exporter.progress.isVisible()
        assert not main_window.actions_.export_brief.isEnabled()
    assert blocker.args == [target]
    assert target.read_bytes().startswith(b"%PDF-")
    assert not exporter.busy
    assert not exporter.progress.isVisible()
    assert main_window.actions_.export_brief.isEnabled()
    assert str(target) in main_window.statusBar().currentMessage()


def test_options_reach_the_pdf(qtbot, main_window, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    target = tmp_path / "letter.pdf"
    options = BriefOptions(
        scenarios=("Bull",), sections=("summary",), audience="the board", page_size="Letter"
    )
    with qtbot.waitSignal(_exporter(main_window).finished, timeout=PDF_TIMEOUT_MS):
        main_window.export_brief(target, options)
    reader = pypdf.PdfReader(target)
    first = reader.pages[0]
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (612, 792)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Prepared for the board" in text
    assert "Bull" in text
    assert SECTIONS["timeline"] not in text


def test_a_second_export_waits_for_the_first(qtbot, main_window, tmp_path):
    exporter = _exporter(main_window)
    with qtbot.waitSignal(exporter.finished, timeout=PDF_TIMEOUT_MS):
        assert main_window.export_brief(tmp_path / "one.pdf", BriefOptions())
        assert not main_window.export_brief(tmp_path / "two.pdf", BriefOptions())
    assert not (tmp_path / "two.pdf").exists()


def test_open_when_done_opens_the_pdf(qtbot, main_window, tmp_path):
    exporter = _exporter(main_window)
    opened = []
    exporter.open_url = lambda url: opened.append(url) or True
    target = tmp_path / "open.pdf"
    with qtbot.waitSignal(exporter.finished, timeout=PDF_TIMEOUT_MS):
        main_window.export_brief(target, BriefOptions(open_when_done=True))
    assert [url.toLocalFile() for url in opened] == [str(target)]
    assert main_window.statusBar().currentMessage() == f"Exported the brief to {target}"


def test_no_pdf_viewer_is_said_in_the_status_bar(qtbot, main_window, tmp_path):
    exporter = _exporter(main_window)
    exporter.open_url = lambda url: False
    with qtbot.waitSignal(exporter.finished, timeout=PDF_TIMEOUT_MS):
        main_window.export_brief(tmp_path / "b.pdf", BriefOptions(open_when_done=True))
    assert "no PDF viewer" in main_window.statusBar().currentMessage()


def test_the_save_dialog_starts_next_to_the_workspace_never_in_resources(main_window, tmp_path):
    from core.resources import default_workspace_path

    menu = main_window.file_menu
    assert menu.suggested_brief_path().name == "test-deal-brief.pdf"
    assert menu.save_as(tmp_path / "deal.json")
    assert menu.suggested_brief_path() == tmp_path / "deal-brief.pdf"
    assert menu.open_path(default_workspace_path())
    suggested = menu.suggested_brief_path()
    assert "resources" not in suggested.parts
    assert suggested.name == f"{main_window.session.contract.id}-brief.pdf"
    main_window.settings.setValue("brief/folder", str(tmp_path))
    assert menu.suggested_brief_path().parent == tmp_path


def test_missing_folder_shows_the_error_and_leaves_no_file(qtbot, main_window, tmp_path):
    exporter = _exporter(main_window)
    errors, opened = [], []
    exporter.show_error = errors.append
    exporter.open_url = opened.append
    target = tmp_path / "missing" / "brief.pdf"
    with qtbot.waitSignal(exporter.failed, timeout=PDF_TIMEOUT_MS):
        main_window.export_brief(target, BriefOptions(open_when_done=True))
    assert len(errors) == 1
    assert str(target) in errors[0]
    assert "does not exist" in errors[0]
    assert not target.exists()
    assert opened == []
    assert main_window.actions_.export_brief.isEnabled()


def _failed_export(qtbot, main_window, target, options):
    """Export a brief that fails; the error messages shown, in order."""
    exporter = _exporter(main_window)
    errors = []
    exporter.show_error = errors.append
    with qtbot.waitSignal(exporter.failed, timeout=PDF_TIMEOUT_MS):
        main_window.export_brief(target, options)
    return errors


def test_read_only_folder_shows_the_error_and_leaves_no_file(qtbot, main_window, read_only_folder):
    target = read_only_folder / "brief.pdf"
    errors = _failed_export(qtbot, main_window, target, BriefOptions())
    assert len(errors) == 1
    assert str(target) in errors[0]
    assert list(read_only_folder.iterdir()) == []


def test_a_write_failure_shows_the_error_and_leaves_no_file(qtbot, main_window, tmp_path):
    target = tmp_path / "out" / "taken.pdf"
    target.mkdir(parents=True)  # a folder where the file should go: fails even for root
    errors = _failed_export(qtbot, main_window, target, BriefOptions())
    assert errors[0].startswith(f"Could not save {target}: ")
    assert target.is_dir()
    assert list(target.parent.iterdir()) == [target]  # no temporary file left


def test_an_unknown_scenario_is_reported_with_the_file(qtbot, main_window, tmp_path):
    target = tmp_path / "brief.pdf"
    errors = _failed_export(qtbot, main_window, target, BriefOptions(scenarios=("Nowhere",)))
    assert errors[0].startswith(f"Could not export {target}: ")
    assert "Nowhere" in errors[0]
    assert not target.exists()


def test_export_brief_is_ctrl_e_in_the_file_menu(main_window):
    a = main_window.actions_
    assert a.export_brief.shortcut() == QKeySequence("Ctrl+E")
    assert a.export_charts.shortcut() == QKeySequence("Ctrl+Shift+E")
    menu_action = main_window.menuBar().actions()[0]
    file_menu = menu_action.menu()
    assert a.export_brief in file_menu.actions()
    assert a.export_brief.toolTip()


def test_dialog_defaults_and_options(qtbot):
    dialog = ExportBriefDialog(["Bull", "Base"], SECTIONS, "OpenAI–Microsoft partnership")
    qtbot.addWidget(dialog)
    assert dialog.scenario_list.item(0).text() == "Bull"
    assert dialog.title_edit.text() == "OpenAI–Microsoft partnership"
    options = dialog.options()
    assert options.scenarios == ("Bull", "Base")
    assert options.sections == tuple(SECTIONS)
    assert options.title == ""  # the core's default title
    assert options.open_when_done
    dialog.title_edit.setText("  Board pack ")
    dialog.audience_edit.setText("the board")
    dialog.page_size_box.setCurrentText("Letter")
    dialog.section_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    options = dialog.options()
    assert (options.title, options.audience, options.page_size) == (
        "Board pack",
        "the board",
        "Letter",
    )
    assert "answer" not in options.sections
    assert options.reader == "partner"
    dialog.reader_box.setCurrentIndex(dialog.reader_box.findData("lab"))
    assert dialog.options().reader == "lab"
    assert dialog.options().lang == "en"


def test_dialog_keeps_the_section_order_it_was_given(qtbot):
    previous = BriefOptions(sections=("terms", "answer"))
    dialog = ExportBriefDialog(["Base"], SECTIONS, "Title", previous)
    qtbot.addWidget(dialog)
    keys = [dialog.section_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)]
    assert keys == ["terms", "answer", *(k for k in SECTIONS if k not in ("terms", "answer"))][:3]
    assert dialog.options().sections == ("terms", "answer")


def test_cancel_stops_the_export_and_writes_nothing(qtbot, main_window, tmp_path):
    exporter = _exporter(main_window)
    shown = []
    exporter.show_error = shown.append
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancelled.pdf"
    with qtbot.waitSignal(exporter.cancelled, timeout=PDF_TIMEOUT_MS) as blocker:
        assert main_window.export_brief(target, BriefOptions())
        assert exporter.cancel_button.isVisible()
        qtbot.mouseClick(exporter.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [target]
    assert not target.exists()
    assert list(out.iterdir()) == []  # no temporary file left either
    assert shown == []
    assert not exporter.busy
    assert not exporter.cancel_button.isVisible()
    assert "cancelled" in main_window.statusBar().currentMessage()


def test_the_reader_reaches_the_pdf(qtbot, main_window, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    target = tmp_path / "lab.pdf"
    options = BriefOptions(scenarios=("Base",), sections=("answer",), reader="lab")
    with qtbot.waitSignal(_exporter(main_window).finished, timeout=PDF_TIMEOUT_MS):
        main_window.export_brief(target, options)
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "What the deal costs OpenAI" in text


def test_dialog_needs_a_scenario(qtbot):
    dialog = ExportBriefDialog(["Base"], SECTIONS, "Title")
    qtbot.addWidget(dialog)
    assert dialog.export_button.isEnabled()
    dialog.scenario_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.export_button.isEnabled()


def test_dialog_remembers_the_previous_options(qtbot):
    previous = BriefOptions(
        scenarios=("Base", "Gone"), sections=("summary",), audience="the board", page_size="A4"
    )
    dialog = ExportBriefDialog(["Bull", "Base"], SECTIONS, "Title", previous)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.scenarios == ("Base",)
    assert options.sections == ("summary",)
    assert options.audience == "the board"


def test_the_analysts_name_is_the_pdfs_author_and_is_remembered(
    qtbot, main_window, tmp_path, monkeypatch
):
    pypdf = pytest.importorskip("pypdf")
    from gui.dialogs import export_brief_dialog
    from gui.file_menu import AUTHOR_SETTING

    main_window.settings.setValue(AUTHOR_SETTING, "Ada Analyst")
    target = tmp_path / "authored.pdf"
    seen: list[str] = []

    def accept(dialog: ExportBriefDialog) -> int:
        seen.append(dialog.author_edit.text())
        dialog.author_edit.setText("  Grace Analyst ")
        dialog.open_box.setChecked(False)
        return int(export_brief_dialog.QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ExportBriefDialog, "exec", accept)
    monkeypatch.setattr(
        "gui.file_menu.QFileDialog.getSaveFileName", lambda *args, **kwargs: (str(target), "")
    )
    with qtbot.waitSignal(_exporter(main_window).finished, timeout=PDF_TIMEOUT_MS):
        main_window.actions_.export_brief.trigger()
    assert seen == ["Ada Analyst"]  # the name remembered from the last export
    assert main_window.settings.value(AUTHOR_SETTING) == "Grace Analyst"
    assert pypdf.PdfReader(target).metadata.author == "Grace Analyst"
