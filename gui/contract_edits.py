"""Contract variants: a workspace's own copy of a contract, edited clause by clause.

A variant has a new id, `supersedes` the version it was made from and is titled
"… (edited)"; each edit is checked as the loader checks a contract file, with its messages.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

import pydantic

from core import kinds
from core.chain import Chain
from core.contract import (
    DEFER_REFERENCE_CHECK,
    Contract,
    Source,
    reference_problems,
)
from core.problems import DocPath, format_path, problems_from_error
from core.terms import term_problem
from core.workspace import Workspace

EDITED = " (edited)"


class ContractEditError(ValueError):
    """An edit that would make an invalid contract; the message is the loader's."""


def is_variant_of(contract: Contract, bundled: Mapping[str, Contract]) -> bool:
    """Whether `contract` is the workspace's own (not a bundled version unchanged)."""
    return bundled.get(contract.id) != contract


def variant_of(contract: Contract, bundled: Mapping[str, Contract]) -> Contract:
    """`contract` itself when it is already a variant, else a new variant superseding it."""
    if is_variant_of(contract, bundled):
        return contract
    taken = set(bundled)
    new_id, n = f"{contract.id}-edited", 2
    while new_id in taken:
        new_id, n = f"{contract.id}-edited-{n}", n + 1
    title = contract.title[: 200 - len(EDITED)] + EDITED
    return contract.model_copy(update={"id": new_id, "title": title, "supersedes": contract.id})


def checked(data: Mapping[str, Any]) -> Contract:
    """Validate contract `data` like a contract file.

    Raises
    ------
    ContractEditError
        With the first problem in the loader's words (path, what was found, what is allowed).
    """
    try:
        contract = Contract.model_validate(dict(data), context={DEFER_REFERENCE_CHECK: True})
    except pydantic.ValidationError as exc:
        problems = problems_from_error(
            exc, root=Contract, data=data, file="", line_of=_no_line, prefix=()
        )
        first = problems[0]
        raise ContractEditError(_message(first.path, first.found, first.allowed)) from None
    references = reference_problems(contract)
    if references:
        first = references[0]
        raise ContractEditError(_message(first.path, first.found, first.allowed))
    return contract


def with_clause_data(contract: Contract, clause_id: str, clause: Mapping[str, Any]) -> Contract:
    """`contract` with the clause `clause_id` replaced by `clause` (plain data), checked."""
    data = contract.model_dump(mode="json")
    index = [c["id"] for c in data["clauses"]].index(clause_id)
    data["clauses"][index] = dict(clause)
    return checked(data)


def without_clause(contract: Contract, clause_id: str) -> Contract:
    """`contract` without clause `clause_id` (refused while the AGI clause still ends it)."""
    data = contract.model_dump(mode="json")
    data["clauses"] = [c for c in data["clauses"] if c["id"] != clause_id]
    return checked(data)


def with_new_clause(contract: Contract, kind: str, title: str) -> tuple[Contract, str]:
    """`contract` with a new clause of `kind` (assumed, no sources), and the new clause's id."""
    try:
        starting = copy.deepcopy(dict(kinds.kind_of(kind).starting))
    except KeyError:
        raise ContractEditError(_message("kind", repr(kind), ", ".join(kinds.KINDS))) from None
    taken = {c.id for c in contract.clauses}
    stem = kind.replace("_", "-")
    new_id, n = stem, 2
    while new_id in taken:
        new_id, n = f"{stem}-{n}", n + 1
    clause: dict[str, Any] = {
        "id": new_id,
        "kind": kind,
        "title": title,
        "summary": "Added in Dealscope: an assumed term.",
        "confidence": "assumed",
        **starting,
    }
    data = contract.model_dump(mode="json")
    data["clauses"] = [*data["clauses"], clause]
    return checked(data), new_id


def with_sources(contract: Contract, entries: Iterable[str]) -> tuple[Contract, list[str]]:
    """Source ids for `entries`: known ids as they are, a URL added as a new source."""
    sources = list(contract.sources)
    ids: list[str] = []
    for entry in (e.strip() for e in entries):
        if not entry:
            continue
        if entry.startswith(("http://", "https://")):
            known = next((s for s in sources if s.url == entry), None)
            if known is None:
                known = Source(id=_new_source_id(sources), title=entry, url=entry)
                sources.append(known)
            ids.append(known.id)
        else:
            ids.append(entry)
    return contract.model_copy(update={"sources": tuple(sources)}), ids


def terms_conflict(workspace: Workspace, chain: Chain) -> str | None:
    """The first scenario term that no longer fits `chain`, in the loader's words; or None."""
    for i, scenario in enumerate(workspace.scenarios):
        for key, value in scenario.terms.items():
            found = term_problem(chain, key, value)
            if found is not None:
                return _message(format_path(("scenarios", i, "terms", key)), *found)
    return None


def _new_source_id(sources: list[Source]) -> str:
    taken = {s.id for s in sources}
    n = 1
    while f"added-{n}" in taken:
        n += 1
    return f"added-{n}"


def _no_line(path: DocPath) -> int | None:
    return None


def _message(path: str, found: str, allowed: str) -> str:
    where = f"{path}: " if path else ""
    return f"{where}found {found}; allowed: {allowed}"
