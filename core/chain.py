"""The dated version history of a deal (model.md section 9): which version applies when."""
# numpy is imported where a chain meets a time grid: loading files must stay light.

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from core.contract import AgiClause, Contract, SpendCommitment

if TYPE_CHECKING:  # the loaders use chains: numpy and pandas load only to project one
    from core.timegrid import IntArray, TimeGrid

_C = TypeVar("_C")


@dataclass(frozen=True, eq=False)
class Chain:
    """Contract versions, oldest first; the last is the current one.

    A chain of one is a single contract applied to every period (``versions: selected``).
    """

    versions: tuple[Contract, ...]

    def __post_init__(self) -> None:
        if not self.versions:
            raise ValueError("a chain needs at least one contract version")

    @property
    def current(self) -> Contract:
        """The newest version: its parties, title and clauses stand for the deal."""
        return self.versions[-1]

    @property
    def dated(self) -> bool:
        """True when more than one version is projected."""
        return len(self.versions) > 1

    @property
    def ids(self) -> tuple[str, ...]:
        """The versions' contract ids, oldest first."""
        return tuple(c.id for c in self.versions)

    def applies(self, grid: TimeGrid) -> IntArray:
        """For each period, the index of the version that applies.

        The newest version (the latest in the chain) whose `effective` date is on or before
        the period's last day; periods before the oldest version's effective date use the
        oldest.
        """
        return _applies(grid, tuple(c.effective for c in self.versions))

    def agi_clauses(self) -> tuple[AgiClause | None, ...]:
        """Each version's AGI clause, or None."""
        return tuple(c.agi_clause for c in self.versions)

    def clause_ids(self) -> tuple[str, ...]:
        """Every clause id of any version, in order of first appearance."""
        seen: dict[str, None] = {}
        for version in self.versions:
            for clause in version.clauses:
                seen.setdefault(clause.id, None)
        return tuple(seen)

    def clauses_of(self, kind: type[_C]) -> list[tuple[int, _C]]:
        """(version index, clause) for every clause of `kind` in any version."""
        return [
            (v, clause)
            for v, version in enumerate(self.versions)
            for clause in version.clauses
            if isinstance(clause, kind)
        ]

    def spend_commitments(self) -> tuple[SpendCommitment, ...]:
        """The commitments of the newest version that has any (section 9)."""
        for version in reversed(self.versions):
            found = tuple(c for c in version.clauses if isinstance(c, SpendCommitment))
            if found:
                return found
        return ()


Deal = Contract | Chain
"""What the engine projects: one contract, or a dated chain of versions."""


def as_chain(deal: Deal) -> Chain:
    """The chain of `deal`: a contract alone is a chain of one."""
    return deal if isinstance(deal, Chain) else Chain((deal,))


@functools.cache
def _applies(grid: TimeGrid, effective: tuple[dt.date, ...]) -> IntArray:
    import numpy as np

    ends = np.array([d.toordinal() for d in grid.ends], dtype=np.int64)
    dates = np.array([d.toordinal() for d in effective], dtype=np.int64)
    started = ends[:, None] >= dates[None, :]
    # The newest started version; the oldest where none has started yet.
    newest = started.shape[1] - 1 - np.argmax(started[:, ::-1], axis=1)
    index = np.where(started.any(axis=1), newest, 0).astype(np.int64)
    index.setflags(write=False)
    return index


class ChainError(Exception):
    """A `supersedes` id found nowhere, or a loop (carries the id and the ids walked)."""

    def __init__(self, missing: str | None, walked: Sequence[str], loop: bool = False) -> None:
        self.missing, self.walked, self.loop = missing, tuple(walked), loop
        super().__init__(missing or ", ".join(walked))


def build_chain(contract: Contract, find: Callable[[str], Contract | None]) -> Chain:
    """Follow `supersedes` back from `contract`; `find` looks an id up (None: not found).

    Raises
    ------
    ChainError
        When a `supersedes` id is found nowhere, or the chain loops back on itself.
    """
    versions = [contract]
    seen = {contract.id}
    while versions[-1].supersedes is not None:
        wanted = versions[-1].supersedes
        if wanted in seen:
            raise ChainError(wanted, [c.id for c in versions], loop=True)
        found = find(wanted)
        if found is None:
            raise ChainError(wanted, [c.id for c in versions])
        versions.append(found)
        seen.add(found.id)
    return Chain(tuple(reversed(versions)))
