"""File > New Deal and the deal sections of File > New From Contract."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from core.files import bundled_contracts
from gui.dialogs.new_deal_dialog import EMPTY, NewDealDialog

TODAY = dt.date(2026, 11, 30)


def _dialog(qtbot):
    dialog = NewDealDialog(list(bundled_contracts().values()), today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_dialog_needs_the_three_names_before_ok(qtbot):
    dialog = _dialog(qtbot)
    assert not _ok(dialog).isEnabled()
    assert dialog.problem.startswith("Lab: found ''")
    dialog.set_names("Mistral", "Nvidia", "DGX Cloud")
    assert _ok(dialog).isEnabled()
    assert dialog.problem is None
    assert dialog.value.title == "Nvidia and Mistral deal"
    assert dialog.value.clauses == ()
    dialog.fields["partner"].setText("x" * 81)
    assert not _ok(dialog).isEnabled()
    assert dialog.problem_label.text().startswith("Partner: found")


def test_dialog_offers_an_empty_contract_and_every_bundled_version_by_deal(qtbot):
    dialog = _dialog(qtbot)
    box = dialog.template_box
    assert box.itemText(0) == EMPTY
    assert box.count() == 1 + len(bundled_contracts())
    ids = [box.itemData(i).id for i in range(1, box.count())]
    assert ids[:5] == sorted(i for i in bundled_contracts() if i.startswith("microsoft-openai"))
    dialog.set_names("Mistral", "Nvidia", "DGX Cloud")
    dialog.choose_template("oracle-openai-2025-09")
    assert [c.id for c in dialog.value.clauses] == [
        c.id for c in bundled_contracts()["oracle-openai-2025-09"].clauses
    ]


def test_new_deal_opens_an_unsaved_workspace_that_embeds_the_contract(qtbot, main_window):
    dialog = _dialog(qtbot)
    dialog.set_names("Mistral", "Nvidia", "DGX Cloud")
    dialog.choose_template("microsoft-anthropic-2025-11")
    with qtbot.waitSignal(main_window.session.projection_changed):
        assert main_window.file_menu.new_deal(dialog.value)
    session = main_window.session
    assert session.contract.parties.partner == "Nvidia"
    assert session.workspace.contract == session.contract  # embedded, not a bundled id
    assert session.path is None
    assert session.projection.key_figures["partner_commitment_shortfall"] is not None
    assert "Nvidia and Mistral deal" in main_window.statusBar().currentMessage()


def test_new_from_contract_menu_has_a_section_per_deal(main_window):
    menu = main_window.actions_.new_menu
    menu.aboutToShow.emit()
    sections = [a.text() for a in menu.actions() if a.isSeparator()]
    assert sections[0] == "Microsoft and OpenAI"
    assert {"Amazon and Anthropic", "Oracle and OpenAI", "Microsoft and Anthropic"} <= set(
        sections
    )
    entries = [a.data() for a in menu.actions() if not a.isSeparator()]
    assert sorted(entries) == sorted(bundled_contracts())


def test_new_on_an_unbundled_contract_starts_from_the_newest_microsoft_openai_version(
    main_window,
):
    main_window.actions_.new.trigger()
    assert main_window.session.workspace.contract == "microsoft-openai-2026-04"
