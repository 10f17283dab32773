"""French grammar helpers and contract texts in the current language."""

from __future__ import annotations

from core.contract import Contract, Parties
from core.present.contract_text import confidence_label, summary_of, title_of
from core.present.grammar import of, party_words, semicolons
from core.present.i18n import speaking


def test_names_after_of_elide_before_a_vowel_in_french() -> None:
    with speaking("fr"):
        assert [of("OpenAI"), of("Microsoft"), of("Azure"), of("Hugging Face")] == [
            "d’OpenAI",
            "de Microsoft",
            "d’Azure",
            "de Hugging Face",
        ]
    assert of("OpenAI") == "of OpenAI"


def test_party_words_give_every_placeholder() -> None:
    parties = Parties(lab="OpenAI", partner="Microsoft", partner_cloud="Azure")
    with speaking("fr"):
        words = party_words(parties)
    assert words == {
        "lab": "OpenAI",
        "partner": "Microsoft",
        "cloud": "Azure",
        "of_lab": "d’OpenAI",
        "of_partner": "de Microsoft",
        "of_cloud": "d’Azure",
    }


def test_lists_take_a_narrow_space_before_the_semicolon_in_french() -> None:
    assert semicolons(["a", "b"]) == "a; b"
    with speaking("fr"):
        assert semicolons(["a", "b"]) == "a\u202f; b"


def _contract(clause_i18n: dict[str, object] | None) -> Contract:
    clause: dict[str, object] = {
        "id": "share",
        "kind": "revenue_share",
        "title": "Revenue share",
        "summary": "The lab pays a share.",
        "confidence": "official",
        "rate": 0.2,
    }
    if clause_i18n is not None:
        clause["i18n"] = clause_i18n
    return Contract.model_validate(
        {
            "format": "dealscope-contract/1",
            "id": "deal",
            "title": "Deal, first version",
            "i18n": {"fr": {"title": "Accord, première version"}},
            "parties": {"lab": "Lab", "partner": "Partner", "partner_cloud": "Cloud"},
            "effective": "2025-01-01",
            "clauses": [clause],
        }
    )


def test_french_text_is_taken_per_field_with_english_as_fallback() -> None:
    contract = _contract({"fr": {"title": "Partage de revenus"}})
    clause = contract.clauses[0]
    with speaking("fr"):
        texts = (title_of(contract), title_of(clause), summary_of(clause))
    assert texts == ("Accord, première version", "Partage de revenus", "The lab pays a share.")
    assert (title_of(contract), title_of(clause)) == ("Deal, first version", "Revenue share")


def test_a_clause_without_french_reads_in_english() -> None:
    clause = _contract(None).clauses[0]
    with speaking("fr"):
        assert (title_of(clause), summary_of(clause)) == ("Revenue share", "The lab pays a share.")
        assert confidence_label("official") == "officielle"
