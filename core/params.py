"""Clause parameters as the engine reads them: the clause's own, or one value per draw.

A Monte Carlo run may make a deal term uncertain (model.md section 11): each draw then
multiplies the term by a factor, or adds a shift, in every version of the chain that has
the clause. Without such draws every parameter is the clause's own number.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import numpy as np

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
