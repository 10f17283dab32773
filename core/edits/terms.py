"""Checking a scenario's clause terms before they land, with the loader's own messages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from core.chain import Chain
from core.problems import format_path
from core.terms import TermError, apply_terms, term_problem
from core.workspace import Scenario, TermValue, Workspace


def terms_problem(
    chain: Chain,
    workspace: Workspace,
    scenario: str,
    terms: Mapping[str, TermValue],
    changed: Iterable[str],
) -> str | None:
    """Why scenario `scenario` cannot hold `terms` on `chain`, as the loader says it; or None.

    Each changed key is checked alone (`term_problem`, as the loader does), then all terms
    together, since two terms of one clause (tier bounds, start and end) can clash.
    """
    index = next(i for i, s in enumerate(workspace.scenarios) if s.name == scenario)
    keys = list(changed)
    for key in keys:
        if key not in terms:
            continue
        found = term_problem(chain, key, terms[key])
        if found is not None:
            return _message(index, key, *found)
    try:
        apply_terms(chain, terms)
    except TermError as exc:
        key = keys[0] if keys else next(iter(terms), "")
        return _message(index, key, _shown(terms.get(key)), str(exc))
    return None


def with_terms(scenario: Scenario, terms: Mapping[str, TermValue]) -> Scenario:
    """`scenario` holding exactly `terms`."""
    return scenario.model_copy(update={"terms": dict(terms)})


def _message(index: int, key: str, found: str, allowed: str) -> str:
    path = format_path(("scenarios", index, "terms", key))
    return f"{path}: found {found}; allowed: {allowed}"


def _shown(value: TermValue) -> str:
    return "null" if value is None else str(value)
