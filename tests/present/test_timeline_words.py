"""The timeline's words are kept per contract and language, and never outlive either."""

from __future__ import annotations

from core.contract_files import bundled_contracts
from core.present.contract_text import title_of
from core.present.i18n import speaking
from core.present.timeline import layout_timeline
from core.present.timeline_words import words_of


def _contract():
    return next(c for c in bundled_contracts().values() if c.id.endswith("2019-07"))


def test_the_same_contract_in_the_same_language_reuses_its_words():
    contract = _contract()
    assert words_of(contract) is words_of(contract)


def test_another_language_or_contract_has_its_own_words():
    contract = _contract()
    english = words_of(contract)
    with speaking("fr"):
        french = words_of(contract)
        layout = layout_timeline(contract, None)
    assert french is not english
    assert french.clauses[0].title == title_of_in_french(contract)
    assert french.clauses[0].title != english.clauses[0].title
    assert any(bar.title == french.clauses[0].title for bar in layout.bars)
    renamed = contract.model_copy(
        update={
            "clauses": (
                contract.clauses[0].model_copy(update={"title": "Renamed"}),
                *contract.clauses[1:],
            )
        }
    )
    assert words_of(renamed).clauses[0].title == "Renamed"
    assert any(bar.title == "Renamed" for bar in layout_timeline(renamed, None).bars)
    assert words_of(contract).clauses[0].title == english.clauses[0].title


def title_of_in_french(contract) -> str:
    with speaking("fr"):
        return title_of(contract.clauses[0])
