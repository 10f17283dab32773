"""Clause parameters as the engine reads them: the clause's own, or one value per draw.

A Monte Carlo run may make a deal term uncertain (model.md section 11): each draw then
multiplies the term by a factor, or adds a shift, in every version of the chain that has
the clause. Without such draws every parameter is the clause's own number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np

from core.chain import Chain
from core.contract import Clause, ProfitShare
from core.inputs import FloatArray
from core.terms import TermKey, key_text, term_bounds

Apply = Literal["factor", "shift"]
TermDraws = Mapping[str, tuple[Apply, FloatArray]]
"""Term key -> how the draws apply and one factor or shift per draw."""

Number = float | FloatArray


class Params:
    """Reads clause parameters, per draw where `draws` makes a term uncertain."""

    def __init__(self, draws: TermDraws | None = None) -> None:
        self._draws = dict(draws or {})
        self._cache: dict[tuple[int, str], Number] = {}

    def of(self, clause: Clause, parameter: str) -> Number:
        """The clause's `parameter` (``rate``, ``cap_total``, ``threshold`` …)."""
        own = getattr(clause, parameter)
        if not self._draws or own is None:
            return own  # type: ignore[no-any-return]
        return self._drawn(clause, TermKey(clause.id, parameter), float(own))

    def tier(self, clause: ProfitShare, index: int, parameter: str) -> Number | None:
        """Tier `index`'s ``rate`` or ``until_total`` (None for an open last tier)."""
        own = getattr(clause.tiers[index], parameter)
        if not self._draws or own is None:
            return own  # type: ignore[no-any-return]
        return self._drawn(clause, TermKey(clause.id, parameter, index), float(own))

    def _drawn(self, clause: Clause, key: TermKey, own: float) -> Number:
        text = key_text(key)
        draw = self._draws.get(text)
        if draw is None:
            return own
        cached = self._cache.get((id(clause), text))
        if cached is None:
            apply, values = draw
            lower, upper, whole = term_bounds(key)
            raw = own * values if apply == "factor" else own + values
            cached = np.clip(raw, lower, upper)
            if whole:
                cached = np.rint(cached)
            self._cache[(id(clause), text)] = cached
        return cached


NUMBERS = frozenset(
    {"rate", "cap_total", "share", "amount", "threshold", "verification_lag_quarters"}
)
"""Clause parameters the engine reads through `Params` (tier rates and bounds besides)."""


class ChainParams(Params):
    """Clause parameters of several chains of one shape, draw `d` reading `chains[d]`.

    The engine lays out the first chain; a parameter that is the same number in every
    chain stays a scalar (as in a projection of one), one that differs becomes one value
    per draw. `same_shape` says which chains may share a run.
    """

    def __init__(self, chains: Sequence[Chain]) -> None:
        super().__init__()
        self._chains = tuple(chains)
        self._where = {
            id(clause): (v, i)
            for v, version in enumerate(chains[0].versions)
            for i, clause in enumerate(version.clauses)
        }
        self._values: dict[tuple[int, str, int | None], Number | None] = {}

    def of(self, clause: Clause, parameter: str) -> Number:
        """The clause's `parameter` in every chain: a scalar when all agree."""
        return self._read(clause, parameter, None)  # type: ignore[return-value]

    def tier(self, clause: ProfitShare, index: int, parameter: str) -> Number | None:
        """Tier `index`'s ``rate`` or ``until_total`` in every chain."""
        return self._read(clause, parameter, index)

    def _read(self, clause: Clause, parameter: str, tier: int | None) -> Number | None:
        key = (id(clause), parameter, tier)
        if key in self._values:
            return self._values[key]
        v, i = self._where[id(clause)]
        found = []
        for chain in self._chains:
            owner: object = chain.versions[v].clauses[i]
            if tier is not None:
                assert isinstance(owner, ProfitShare)
                owner = owner.tiers[tier]
            found.append(getattr(owner, parameter))
        first = found[0]
        value: Number | None = first
        if any(x != first for x in found[1:]):
            value = np.array(found, dtype=np.float64)
        self._values[key] = value
        return value


def same_shape(first: Chain, other: Chain) -> bool:
    """Whether `other` differs from `first` in clause numbers only (see `NUMBERS`).

    Versions, clause ids, kinds, dates and the open or set state of every number must
    agree, so that one plan of periods serves both.
    """
    if first is other:
        return True
    if len(first.versions) != len(other.versions):
        return False
    for a, b in zip(first.versions, other.versions, strict=True):
        if a is b:
            continue
        if a.effective != b.effective or len(a.clauses) != len(b.clauses):
            return False
        for x, y in zip(a.clauses, b.clauses, strict=True):
            if x is not y and _shape(x) != _shape(y):
                return False
    return True


def _shape(clause: Clause) -> object:
    """The clause with each set number replaced by a mark: what the plan depends on."""
    data = clause.model_dump()
    for name in NUMBERS & data.keys():
        if data[name] is not None:
            data[name] = "number"
    for tier in data.get("tiers") or ():
        for name in ("rate", "until_total"):
            if tier[name] is not None:
                tier[name] = "number"
    return data
