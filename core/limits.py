"""The most of each thing a file may hold, checked before the items are validated.

A limit keeps every load, projection and brief linear and bounded in time and memory; the
numbers are far above any real deal and are documented in docs/formats.md ("Limits").
"""

from __future__ import annotations

from typing import Any

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

MAX_SCENARIOS = 1000
"""Scenarios in one workspace."""
MAX_NOTES = 100_000
"""Characters in one scenario's notes."""
MAX_CLAUSES = 500
"""Clauses in one contract version."""
MAX_EVENTS = 2000
"""Events in one contract version (also the most sources)."""
MAX_VERSIONS = 100
"""Contracts in a workspace's version history (`history`)."""
MAX_TERMS = 1000
"""Clause terms one scenario sets (`terms`)."""
MAX_PARAMETER = 1e9
"""Largest magnitude of an uncertainty's parameter (low, high, mode, mean, sd, median).

Draws are clipped to the assumption's bounds, the largest of which is 1e7; parameters up to
1e9 keep every sampled factor, shift and product finite (no overflow, no NaN).
"""


def at_most(limit: int, what: str, *, mappings: bool = False) -> Any:
    """A validator refusing a list of more than `limit` items before any item is validated.

    Parameters
    ----------
    limit : int
        The most items allowed.
    what : str
        What the items are, e.g. ``"scenarios"``; named in the problem.
    mappings : bool
        Count the keys of a mapping instead (a mapping is otherwise left to the item check).
    """

    def check(value: Any) -> Any:
        kind = dict if mappings else list | tuple
        listed = isinstance(value, kind)
        if listed and len(value) > limit:
            raise PydanticCustomError(
                "too_long",
                "at most {max_length} {what}",
                {"max_length": limit, "actual_length": len(value), "what": what},
            )
        return value

    return BeforeValidator(check)


def at_most_keys(limit: int, what: str) -> Any:
    """As `at_most`, for the keys of a mapping."""
    return at_most(limit, what, mappings=True)
