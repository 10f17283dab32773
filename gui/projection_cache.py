"""Projections kept by what they depend on, so a scenario or version is projected once."""

from __future__ import annotations

from core.assumptions import YearPath
from core.chain import Deal
from core.projection import Projection, project
from core.terms import deal_with_terms
from core.workspace import Scenario, Settings, TermValue

CACHE_LIMIT = 256
Key = tuple[int, Settings, tuple[tuple[str, YearPath], ...], tuple[tuple[str, TermValue], ...]]


class ProjectionCache:
    """Projections by deal, time grid, resolved assumptions and terms (plain Python).

    A deal is told apart by identity (deals are immutable); each entry keeps its deal
    alive, so an identity is never reused while its entry lives.
    """

    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        self._limit = limit
        self._entries: dict[Key, tuple[Deal, Projection]] = {}

    def clear(self) -> None:
        """Forget every projection."""
        self._entries.clear()

    def get(self, deal: Deal, settings: Settings, scenario: Scenario) -> Projection:
        """`scenario` projected on `deal` (its terms applied) over `settings`' time grid."""
        resolved = scenario.resolved()
        key: Key = (
            id(deal),
            settings,
            tuple(sorted(resolved.items())),
            tuple(sorted(scenario.terms.items())),
        )
        entry = self._entries.get(key)
        if entry is not None and entry[0] is deal:
            return entry[1]
        if len(self._entries) >= self._limit:
            self._entries.clear()
        projection = project(deal_with_terms(deal, scenario.terms), settings, resolved)
        self._entries[key] = (deal, projection)
        return projection
