"""Reading and writing the files behind a session: workspaces, contracts, new documents."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from core.chain import Chain
from core.contract import Contract
from core.files import bundled_contracts, load_contract, load_workspace, save_workspace
from core.loading import embed_chain
from core.workspace import ContractPath, Scenario, Workspace

CONTRACT_SUFFIXES = (".yaml", ".yml")
WORKSPACE_SUFFIXES = (".json",)


@dataclass(frozen=True, slots=True)
class Document:
    """A workspace, its resolved contract, and the file it came from (None when unsaved).

    `history` holds the workspace's other contract versions, resolved (model.md section 9).
    """

    workspace: Workspace
    contract: Contract
    path: Path | None
    history: tuple[Contract, ...] = ()


def read_document(path: Path) -> Document:
    """Open a workspace (.json) or a contract (.yaml, as a new workspace on it).

    Raises core.errors.ValidationError or core.errors.FileError; nothing else changes.
    """
    if path.suffix.lower() in CONTRACT_SUFFIXES:
        return new_document(load_contract(path), bundled=False)
    loaded = load_workspace(path)
    return Document(loaded.workspace, loaded.contract, path, loaded.history)


def new_document(contract: Contract, bundled: bool = True) -> Document:
    """A new unsaved workspace on `contract` with one scenario on the app defaults."""
    reference: str | Contract = contract.id if bundled else contract
    workspace = Workspace(contract=reference, scenarios=(Scenario(name="Base"),))
    return Document(workspace, contract, None)


def contracts_to_start_from() -> dict[str, Contract]:
    """The bundled contracts, by id, for File > New."""
    return bundled_contracts()


def write_document(
    workspace: Workspace, opened_from: Path | None, target: Path, chain: Chain | None = None
) -> None:
    """Save `workspace` atomically to `target`, keeping a relative contract path valid.

    A workspace that embeds its contract embeds the rest of its `chain` too.
    """
    if chain is not None and isinstance(workspace.contract, Contract) and chain.dated:
        workspace = embed_chain(workspace, chain)
    save_workspace(rebase_contract_path(workspace, opened_from, target), target)


def rebase_contract_path(
    workspace: Workspace, opened_from: Path | None, target: Path
) -> Workspace:
    """Rewrite a contract path relative to `opened_from` so that it is relative to `target`."""
    reference = workspace.contract
    if not isinstance(reference, ContractPath) or opened_from is None:
        return workspace
    absolute = (opened_from.parent / reference.path).resolve()
    relative = os.path.relpath(absolute, target.resolve().parent)
    return workspace.model_copy(update={"contract": ContractPath(path=Path(relative).as_posix())})
