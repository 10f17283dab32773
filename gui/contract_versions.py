"""The contract versions the app can switch between, and the state a switch changes."""

from __future__ import annotations

from dataclasses import dataclass

from core.clausetext import version_label
from core.contract import Contract
from core.deals import Partnership, by_version_date, group_by_deal, versions_of_deal
from core.files import bundled_contracts
from core.workspace import Workspace


def contract_versions(current: Contract) -> list[Contract]:
    """The bundled versions of `current`'s deal by effective date, with `current` among them.

    Only one partnership's versions are compared with each other: projecting a scenario of
    one lab under another lab's contract says nothing about either.
    """
    return versions_of_deal(_with_current(current), current)


def versions_by_deal(current: Contract) -> list[Partnership[Contract]]:
    """Every bundled version grouped by deal (oldest first), with `current` in its deal."""
    return group_by_deal(_with_current(current))


def _with_current(current: Contract) -> list[Contract]:
    versions = list(bundled_contracts().values())
    if not any(is_same_version(c, current) for c in versions):
        versions.append(current)
    return sorted(versions, key=by_version_date)


def is_same_version(a: Contract, b: Contract) -> bool:
    """True when `a` and `b` are the same contract (same id and same terms)."""
    return a is b or (a.id == b.id and a == b)


def is_bundled(contract: Contract) -> bool:
    """True when `contract` is one of the bundled versions, unchanged."""
    bundled = bundled_contracts().get(contract.id)
    return bundled is not None and is_same_version(bundled, contract)


def version_name(contract: Contract) -> str:
    """``2025-10 version``, or ``2025-10 version (opened file)`` for a contract not bundled."""
    label = version_label(contract)
    return label if is_bundled(contract) else f"{label} (opened file)"


@dataclass(frozen=True, slots=True)
class ContractState:
    """What switching the contract changes: the workspace (its reference) and the contract."""

    workspace: Workspace
    contract: Contract


def switched_workspace(workspace: Workspace, contract: Contract) -> Workspace:
    """`workspace` referring to `contract`: by id when bundled, else embedded."""
    reference: str | Contract = contract.id if is_bundled(contract) else contract
    return workspace.model_copy(update={"contract": reference})
