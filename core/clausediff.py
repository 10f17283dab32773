"""Clause diff between two contract versions: added, removed and changed clauses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from core.contract import Clause, Contract
from core.present.format import money, percent

_IGNORED = {"summary", "sources", "id"}
_MONEY = {"cap_total", "amount", "threshold", "until_total"}
_SHARES = {"rate", "share"}


@dataclass(frozen=True, slots=True)
class ParameterChange:
    """One parameter that differs: its name and old and new values in plain words."""

    name: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.name.replace('_', ' ')}: {self.old} -> {self.new}"


@dataclass(frozen=True, slots=True)
class ClauseChange:
    """A clause present in both versions whose terms differ."""

    clause_id: str
    title: str
    changes: tuple[ParameterChange, ...]


@dataclass(frozen=True, slots=True)
class ClauseDiff:
    """What changed from the `old` contract version to the `new` one."""

    old: str
    new: str
    added: tuple[Clause, ...]
    removed: tuple[Clause, ...]
    changed: tuple[ClauseChange, ...]

    def as_lines(self) -> list[str]:
        """The diff in plain words, one line per clause or change."""
        lines = [f"+ {c.title} ({c.id})" for c in self.added]
        lines += [f"- {c.title} ({c.id})" for c in self.removed]
        for change in self.changed:
            lines.append(f"~ {change.title} ({change.clause_id})")
            lines += [f"    {item}" for item in change.changes]
        return lines


def diff_contracts(old: Contract, new: Contract) -> ClauseDiff:
    """Compare clauses by id: added, removed, and changed terms (summaries aside)."""
    old_by_id = {c.id: c for c in old.clauses}
    new_by_id = {c.id: c for c in new.clauses}
    changed = []
    for clause_id in old_by_id.keys() & new_by_id.keys():
        changes = _changes(old_by_id[clause_id], new_by_id[clause_id])
        if changes:
            changed.append(ClauseChange(clause_id, new_by_id[clause_id].title, changes))
    order = {c.id: i for i, c in enumerate(new.clauses)}
    return ClauseDiff(
        old=old.id,
        new=new.id,
        added=tuple(c for c in new.clauses if c.id not in old_by_id),
        removed=tuple(c for c in old.clauses if c.id not in new_by_id),
        changed=tuple(sorted(changed, key=lambda change: order[change.clause_id])),
    )


def _changes(old: Clause, new: Clause) -> tuple[ParameterChange, ...]:
    a, b = old.model_dump(), new.model_dump()
    result = []
    for key in [k for k in b if k not in _IGNORED] + [k for k in a if k not in b]:
        if a.get(key) != b.get(key):
            result.append(ParameterChange(key, _words(key, a.get(key)), _words(key, b.get(key))))
    return tuple(result)


def _words(key: str, value: Any) -> str:
    if value is None:
        return {"end": "open", "start": "open", "cap_total": "no cap"}.get(key, "none")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if key in _MONEY:
        return money(float(value))
    if key in _SHARES:
        return percent(float(value))
    if key == "tiers":
        return "; ".join(
            f"{percent(t['rate'])} until "
            + ("no limit" if t["until_total"] is None else money(t["until_total"]))
            for t in value
        )
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)
