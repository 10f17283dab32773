"""Load contracts and workspaces from files, reporting every problem with its path and line."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydantic

from core.assumptions import SPECS_BY_NAME
from core.chain import Chain, ChainError, Deal, as_chain, build_chain
from core.contract import Contract
from core.contract_files import (
    bundled_by_id,
    bundled_ids,
    load_contract,
    validate_contract,
)
from core.documents import parse_json, read_text
from core.errors import FileError, Problem, ValidationError
from core.problems import (
    DocPath,
    LineFinder,
    format_path,
    in_line_order,
    problems_from_error,
    short,
)
from core.terms import deal_with_terms, numeric_terms, term_problem
from core.workspace import ContractPath, ContractRef, Scenario, Settings, Workspace

_MISSING = object()


@dataclass(frozen=True, slots=True)
class LoadedWorkspace:
    """A workspace together with the contracts it names.

    Parameters
    ----------
    workspace : Workspace
        As read from the file; its `contract` and `history` are still the references
        written there.
    contract : Contract
        The contract that `workspace.contract` resolves to.
    path : Path or None
        The file it was loaded from; None when built from text.
    history : tuple of Contract
        The contracts of `workspace.history`, resolved.
    chain : Chain or None
        The contract's version history (model.md section 9), oldest first, ending with
        `contract`; None means `contract` alone. In ``selected`` mode a chain that cannot
        be followed back is cut where it breaks, since only the contract is projected.
    """

    workspace: Workspace
    contract: Contract
    path: Path | None = None
    history: tuple[Contract, ...] = ()
    chain: Chain | None = None

    @property
    def versions(self) -> Chain:
        """The version history: `chain`, or the contract alone."""
        return self.chain if self.chain is not None else Chain((self.contract,))

    @property
    def deal(self) -> Deal:
        """What is projected: the chain in ``dated`` mode, else the contract alone."""
        if self.workspace.settings.versions == "dated":
            return self.versions
        return self.contract

    def deal_for(self, scenario: Scenario) -> Deal:
        """The deal with `scenario`'s clause terms applied (model.md section 11)."""
        return deal_with_terms(self.deal, scenario.terms)

    def with_contract(self, contract: Contract) -> LoadedWorkspace:
        """The same workspace on another contract, its chain followed anew."""
        dated = self.workspace.settings.versions == "dated"
        try:
            chain = chain_of(contract, self.history, strict=dated)
        except ChainError as exc:
            raise ValidationError([_chain_problem(exc, "", lambda path: None)]) from None
        return dataclasses.replace(self, contract=contract, chain=chain)


def load_workspace(path: str | os.PathLike[str]) -> LoadedWorkspace:
    """Read and validate a workspace JSON file and the contract it names.

    A contract named by ``{"path": ...}`` is read relative to the workspace's folder.

    Raises
    ------
    FileError
        When the workspace file is missing, unreadable or larger than 5 MB.
    ValidationError
        Listing every problem in the workspace, or in the contract file it names.
    """
    file = Path(path)
    loaded = workspace_from_text(read_text(file), file=str(file), base_dir=file.parent)
    return dataclasses.replace(loaded, path=file)


def workspace_from_text(
    text: str, file: str = "", base_dir: Path | None = None
) -> LoadedWorkspace:
    """Validate a workspace written as JSON text and resolve its contract.

    Parameters
    ----------
    text : str
        The JSON document.
    file : str
        Names the document in problems.
    base_dir : Path or None
        Folder that ``{"path": ...}`` contract references are relative to; None means the
        current folder.
    """
    data, line_of = parse_json(text, file)
    if not isinstance(data, dict):
        allowed = "a JSON object with format, contract, settings and scenarios"
        raise ValidationError([Problem(file, "", short(data), allowed, 1)])
    reference, problems = _contract_reference(
        data.get("contract", _MISSING), file, line_of, ("contract",)
    )
    raw_history = data.get("history", [])
    history_refs: list[ContractRef] = []
    if isinstance(raw_history, list):
        for i, raw in enumerate(raw_history):
            ref, found = _contract_reference(raw, file, line_of, ("history", i))
            problems += found
            if ref is not None:
                history_refs.append(ref)
    # The references were checked on their own above, so that an embedded contract reports
    # its own problems rather than one failure per member of the union.
    stand_in = {**data, "contract": ""} if "contract" in data else dict(data)
    if isinstance(raw_history, list):
        stand_in["history"] = [""] * len(raw_history)
    try:
        workspace = Workspace.model_validate(stand_in)
    except pydantic.ValidationError as exc:
        problems += problems_from_error(
            exc, root=Workspace, data=stand_in, file=file, line_of=line_of
        )
    if problems:
        raise ValidationError(in_line_order(problems))
    assert reference is not None  # a missing reference is one of the problems above
    workspace = workspace.model_copy(
        update={"contract": reference, "history": tuple(history_refs)}
    )
    contract = _resolve(reference, file, base_dir, line_of, ("contract",))
    history = tuple(
        _resolve(ref, file, base_dir, line_of, ("history", i))
        for i, ref in enumerate(history_refs)
    )
    dated = workspace.settings.versions == "dated"
    try:
        chain = chain_of(contract, history, strict=dated)
    except ChainError as exc:
        raise ValidationError([_chain_problem(exc, file, line_of)]) from None
    loaded = LoadedWorkspace(workspace, contract, history=history, chain=chain)
    term_problems = _term_problems(loaded, file, line_of)
    if term_problems:
        raise ValidationError(term_problems)
    return loaded


def embed_chain(workspace: Workspace, chain: Chain) -> Workspace:
    """`workspace` embedding the chain: its newest version as contract, the others as history."""
    return workspace.model_copy(
        update={"contract": chain.current, "history": tuple(chain.versions[:-1])}
    )


def deal_of(contract: Contract, history: Sequence[Contract], settings: Settings) -> Deal:
    """What a workspace on `contract` projects: its chain in dated mode, else the contract.

    The chain is cut where a `supersedes` id is found nowhere (the app may switch to any
    contract; only loading a file reports a broken chain).
    """
    if settings.versions != "dated":
        return contract
    return chain_of(contract, history, strict=False)


def chain_of(contract: Contract, history: Sequence[Contract], strict: bool) -> Chain:
    """`contract`'s version chain: `supersedes` looked up in `history`, then the bundle.

    Raises
    ------
    ChainError
        With `strict`, when a `supersedes` id is found nowhere or the chain loops; without,
        the chain stops where it breaks.
    """
    known = {c.id: c for c in history}

    def find(contract_id: str) -> Contract | None:
        return known.get(contract_id) or bundled_by_id(contract_id)

    try:
        return build_chain(contract, find)
    except ChainError:
        if strict:
            raise
        return _partial_chain(contract, find)


def _partial_chain(contract: Contract, find: Callable[[str], Contract | None]) -> Chain:
    versions = [contract]
    while (wanted := versions[-1].supersedes) is not None:
        found = find(wanted)
        if found is None or any(c.id == found.id for c in versions):
            break
        versions.append(found)
    return Chain(tuple(reversed(versions)))


def _chain_problem(exc: ChainError, file: str, line_of: LineFinder) -> Problem:
    walked = " <- ".join(reversed(exc.walked))
    if exc.loop:
        found = f"a loop in the version chain: {walked} <- {exc.missing}"
        allowed = "each contract superseding an older one, without coming back"
    else:
        found = f"supersedes {exc.missing!r} (chain {walked}), found nowhere"
        allowed = (
            "the id of a contract in the workspace's history or of a bundled contract "
            f"({bundled_ids()})"
        )
    path: DocPath = ("settings", "versions")
    return Problem(file, format_path(path), found, allowed, line_of(path))


def _term_problems(loaded: LoadedWorkspace, file: str, line_of: LineFinder) -> list[Problem]:
    chain = as_chain(loaded.deal)
    numeric = [term.key for term in numeric_terms(chain)]
    problems = []
    for i, scenario in enumerate(loaded.workspace.scenarios):
        for key, value in scenario.terms.items():
            found = term_problem(chain, key, value)
            if found is not None:
                path: DocPath = ("scenarios", i, "terms", key)
                problems.append(Problem(file, format_path(path), *found, line_of(path)))
        for key in scenario.uncertainty:
            if key not in SPECS_BY_NAME and key not in numeric:
                path = ("scenarios", i, "uncertainty", key)
                allowed = "an assumption or a numeric term of the deal: " + short_list(numeric)
                found_text = f"no numeric term {key!r} in the deal"
                problems.append(
                    Problem(file, format_path(path), found_text, allowed, line_of(path))
                )
    return problems


def short_list(items: Sequence[str], limit: int = 8) -> str:
    """``a, b, c, and 5 more``: a list that keeps an error on one short line."""
    more = f", and {len(items) - limit} more" if len(items) > limit else ""
    return (", ".join(items[:limit]) or "none") + more


def _contract_reference(
    raw: Any, file: str, line_of: LineFinder, prefix: DocPath
) -> tuple[ContractRef | None, list[Problem]]:
    """Check a contract reference (at `prefix`) on its own; return it, or its problems."""
    if isinstance(raw, str):
        return raw, []
    if raw is _MISSING:
        return None, []
    if isinstance(raw, Mapping) and "path" in raw and "format" not in raw:
        try:
            return ContractPath.model_validate(raw), []
        except pydantic.ValidationError as exc:
            return None, problems_from_error(
                exc, root=ContractPath, data=raw, file=file, line_of=line_of, prefix=prefix
            )
    if isinstance(raw, Mapping):
        try:
            return validate_contract(raw, file, line_of, prefix), []
        except ValidationError as exc:
            return None, list(exc.problems)
    allowed = 'a bundled contract id, {"path": "file.yaml"} or a contract object'
    return None, [Problem(file, format_path(prefix), short(raw), allowed, line_of(prefix))]


def _resolve(
    reference: ContractRef,
    file: str,
    base_dir: Path | None,
    line_of: LineFinder,
    where: DocPath,
) -> Contract:
    if isinstance(reference, Contract):
        return reference
    if isinstance(reference, ContractPath):
        target = (base_dir or Path.cwd()) / reference.path
        if target.suffix.lower() not in {".yaml", ".yml"}:  # never echo another file's text
            found = f"{reference.path!r}, not a contract file (.yaml or .yml)"
            allowed = "a contract YAML file, relative to the workspace's folder"
            line = line_of(("contract", "path"))
            raise ValidationError([Problem(file, "contract.path", found, allowed, line)])
        try:
            return load_contract(target)
        except FileError as exc:
            found = f"{reference.path!r} ({exc})"
            allowed = "a readable contract file, relative to the workspace's folder"
            path = (*where, "path")
            problem = Problem(file, format_path(path), found, allowed, line_of(path))
            raise ValidationError([problem]) from None
    contract = bundled_by_id(reference)
    if contract is None:
        allowed = f"the id of a bundled contract ({bundled_ids()})"
        problem = Problem(file, format_path(where), repr(reference), allowed, line_of(where))
        raise ValidationError([problem])
    return contract
