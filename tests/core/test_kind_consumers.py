"""Every core place that treats clause kinds differently reads the registry.

A kind without a registry entry is a KeyError naming it in each of them (never a silent raw
name); with an entry, each of them shows the new kind from its entry alone. What is left to
write for a new kind is then listed by `registry_problems` (the clause class in
core/contract.py) and by the engine (its payment code in core/payments.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core import kinds
from core.chain import Chain
from core.clausetext import describe_parameters, kind_label
from core.explain import FIGURES
from core.kind_checks import registry_problems
from core.kinds import KINDS
from core.plan import Plan
from core.report.terms import shown_in_terms
from core.report.versions import change_words
from core.terms import numeric_terms
from core.timegrid import TimeGrid
from tests.core.fake_kind import ENTRY, FAKE, contract_with_fake, fake_clause


def _plan_paying() -> object:
    return Plan.build(Chain((contract_with_fake(),)), TimeGrid(2025, 2026, 4)).paying_ids


def _version_change() -> object:
    from core.clausediff import diff_contracts

    empty = contract_with_fake().model_copy(update={"clauses": ()})
    return change_words(diff_contracts(empty, contract_with_fake()), empty, contract_with_fake())


def _timeline_bar() -> object:
    from core.present.timeline import layout_timeline

    bar = next(b for b in layout_timeline(contract_with_fake(), None).bars if b.kind == FAKE)
    return bar.group, bar.kind_label


CONSUMERS: dict[str, Callable[[], object]] = {
    "kind label (clausetext)": lambda: kind_label(FAKE),
    "parameters in words (clausetext, inspector, brief)": lambda: describe_parameters(
        fake_clause(), contract_with_fake().parties
    ),
    "numeric terms and their bounds (terms)": lambda: numeric_terms(
        Chain((contract_with_fake(),))
    ),
    "paying clauses (plan)": _plan_paying,
    "terms table rows (report terms)": lambda: shown_in_terms(fake_clause()),
    "amendment ranking (report versions)": _version_change,
    "timeline lane and tooltip (present timeline)": _timeline_bar,
}
"""The core places a new kind passes through, each run on a clause of the fake kind."""


@pytest.mark.parametrize("place", CONSUMERS)
def test_a_kind_without_an_entry_fails_in_every_place(place: str) -> None:
    with pytest.raises(KeyError, match=FAKE):
        CONSUMERS[place]()


def test_with_an_entry_every_place_shows_the_new_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kinds, "KINDS", {**KINDS, FAKE: ENTRY})
    shown = {place: consumer() for place, consumer in CONSUMERS.items()}

    assert shown["kind label (clausetext)"] == "Fake levy"
    assert shown["parameters in words (clausetext, inspector, brief)"] == [
        ("Level", "25.0% of Lab's revenue, paid to Partner")
    ]
    terms = shown["numeric terms and their bounds (terms)"]
    assert isinstance(terms, list)
    (term,) = terms
    assert (term.key, term.value, term.lower, term.upper) == ("fake.level", 0.25, 0.0, 1.0)
    assert shown["paying clauses (plan)"] == ("fake",)
    assert shown["terms table rows (report terms)"] is True
    assert shown["amendment ranking (report versions)"] == "added Fake levy"
    assert shown["timeline lane and tooltip (present timeline)"] == (ENTRY.group, "Fake levy")
    # What the registry cannot supply: the clause class, and the engine's payment code.
    assert registry_problems() == [f"{FAKE}: no clause class in core/contract.py"]


def test_every_explained_figure_is_one_explain_knows() -> None:
    for kind in KINDS.values():
        assert kind.explained_by is None or kind.explained_by in FIGURES, kind.name
