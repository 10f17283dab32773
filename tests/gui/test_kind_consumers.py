"""The app's clause-kind places read the registry: a new kind needs no list in gui/.

Without a registry entry the fake kind is refused by name in each place; with one, the term
fields, the inspector's text and the editor's kind list show it from the entry alone, and
adding a clause of it is refused only because the contract format has no class for it.
"""

from __future__ import annotations

import pytest

from core import kinds
from core.kinds import KINDS
from gui.contract_edits import ContractEditError, with_new_clause
from gui.session import Session
from gui.term_fields import clause_fields
from gui.views.clause_editor import ClauseEditor
from gui.views.clause_text import clause_html
from tests.core.fake_kind import ENTRY, FAKE, contract_with_fake, fake_clause


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kinds, "KINDS", {**KINDS, FAKE: ENTRY})


def test_without_an_entry_each_place_names_the_kind() -> None:
    with pytest.raises(KeyError, match=FAKE):
        clause_fields(fake_clause())
    with pytest.raises(KeyError, match=FAKE):
        clause_html(fake_clause(), contract_with_fake(), None)
    with pytest.raises(ContractEditError, match=f"found '{FAKE}'; allowed: revenue_share, "):
        with_new_clause(contract_with_fake(), FAKE, "Fake")


@pytest.mark.usefixtures("registered")
def test_term_fields_come_from_the_entry() -> None:
    level, start, end = clause_fields(fake_clause())
    assert (level.key, level.label, level.unit, level.default) == (
        "fake.level",
        "level",
        "%",
        0.25,
    )
    assert level.bounds == "0 to 100 %"
    assert (start.key, end.key, start.nullable) == ("fake.start", "fake.end", True)


@pytest.mark.usefixtures("registered")
def test_the_inspector_text_comes_from_the_entry() -> None:
    html = clause_html(fake_clause(), contract_with_fake(), None)
    assert "Fake levy" in html
    assert "25.0% of Lab&#x27;s revenue, paid to Partner" in html
    assert "Value of the deal to Partner, NPV" in html  # the driven figure, the partner named


@pytest.mark.usefixtures("registered")
def test_the_editor_lists_the_kind_and_the_model_refuses_it(qtbot, session: Session) -> None:
    editor = ClauseEditor(session)
    qtbot.addWidget(editor)
    index = editor.kind_box.findData(FAKE)
    assert editor.kind_box.itemText(index) == "Fake levy"
    with pytest.raises(ContractEditError, match=r"clauses\[0\]\.kind: found 'fake_kind'"):
        with_new_clause(contract_with_fake().model_copy(update={"clauses": ()}), FAKE, "Fake")
