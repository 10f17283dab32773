"""Reading and writing the files behind a session: workspaces, contracts, new documents."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from core.chain import Chain
from core.contract import Contract
from core.errors import FileError
from core.files import bundled_contracts, load_contract, load_workspace, save_workspace
from core.loading import embed_chain
from core.resources import RESOURCES_DIR
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

    A workspace among the app's own resources (the bundled default) opens as an untitled
    copy: the app never writes there, so its first save is a Save As.

    Raises core.errors.ValidationError or core.errors.FileError; nothing else changes.
    """
    if path.suffix.lower() in CONTRACT_SUFFIXES:
        return new_document(load_contract(path), bundled=False)
    loaded = load_workspace(path)
    if is_own_resource(path):
        workspace = rebase_contract_path(loaded.workspace, path, None)
        return Document(workspace, loaded.contract, None, loaded.history)
    return Document(loaded.workspace, loaded.contract, path, loaded.history)


def is_own_resource(path: Path) -> bool:
    """True when `path` lies inside the app's bundled resources folder."""
    return path.resolve().is_relative_to(RESOURCES_DIR.resolve())


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

    Raises
    ------
    FileError
        Also when `target` lies inside the app's own resources, which are never written.
    """
    if is_own_resource(target):
        raise FileError(
            f"Could not save {target}: it is one of Dealscope's own files; "
            "save under another name in your documents"
        )
    if chain is not None and isinstance(workspace.contract, Contract) and chain.dated:
        workspace = embed_chain(workspace, chain)
    save_workspace(rebase_contract_path(workspace, opened_from, target), target)


def rebase_contract_path(
    workspace: Workspace, opened_from: Path | None, target: Path | None
) -> Workspace:
    """Rewrite a contract path relative to `opened_from` so that it is relative to `target`.

    With no `target` (an untitled copy) the path becomes absolute.
    """
    reference = workspace.contract
    if not isinstance(reference, ContractPath) or opened_from is None:
        return workspace
    absolute = (opened_from.parent / reference.path).resolve()
    if target is None:
        return workspace.model_copy(update={"contract": ContractPath(path=absolute.as_posix())})
    relative = os.path.relpath(absolute, target.resolve().parent)
    return workspace.model_copy(update={"contract": ContractPath(path=Path(relative).as_posix())})
