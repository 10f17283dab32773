"""Contract values: parties, sources, clauses of every kind, events (immutable)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from itertools import pairwise
from typing import Annotated, Literal, TypeVar, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    ValidationInfo,
    model_validator,
)
from pydantic_core import CoreSchema

from core.errors import Problem
from core.limits import MAX_CLAUSES, MAX_EVENTS, at_most
from core.strict_values import strict_scalars

Confidence = Literal["official", "reported", "assumed"]
CONFIDENCES: tuple[Confidence, ...] = ("official", "reported", "assumed")

DEFER_REFERENCE_CHECK = "defer_reference_check"
"""Validation context key: when true, `Contract` skips its cross-reference check.

File loaders set it, then call `reference_problems` to report each broken reference at its
own path instead of one message for the whole contract.
"""


class Frozen(BaseModel):
    """Base of every file-backed value: immutable, and unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=False)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[BaseModel], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        """No booleans for numbers, only true or false for booleans (core.strict_values)."""
        return strict_scalars(handler(source))


_Item = TypeVar("_Item")


def find(items: Iterable[_Item], key: str, value: str) -> _Item:
    """The first of `items` whose attribute `key` is `value`; KeyError(value) when none is."""
    for item in items:
        if getattr(item, key) == value:
            return item
    raise KeyError(value)


class Parties(Frozen):
    """Display names of the lab, the partner and the partner's cloud."""

    lab: str = Field(min_length=1, max_length=80)
    partner: str = Field(min_length=1, max_length=80)
    partner_cloud: str = Field(min_length=1, max_length=80)


class Source(Frozen):
    """A public source that clauses and events cite by `id`."""

    id: str = Field(min_length=1, max_length=80)
    title: str = Field(min_length=1)
    publisher: str | None = None
    url: str = Field(pattern=r"^https?://\S+$")
    date: dt.date | None = None


class Translation(Frozen):
    """A title and a summary in another language; a missing one falls back to English."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    summary: str | None = Field(default=None, min_length=1)


class Translations(Frozen):
    """The texts of a clause, an event or a contract in the languages besides English."""

    fr: Translation | None = None


class ClauseBase(Frozen):
    """Fields every clause has; `start`/`end` are ISO dates, missing means open."""

    id: str = Field(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9_.-]+$")
    title: str = Field(min_length=1, max_length=200)
    summary: str = Field(min_length=1)
    i18n: Translations | None = None
    confidence: Confidence
    sources: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None

    @model_validator(mode="after")
    def _end_not_before_start(self) -> ClauseBase:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


Rate = Annotated[float, Field(ge=0.0, le=1.0)]
Money = Annotated[float, Field(ge=0.0, le=1e6)]


class RevenueShare(ClauseBase):
    """The lab pays `rate` of its revenue to the partner, up to `cap_total` ($B)."""

    kind: Literal["revenue_share"]
    rate: Rate
    cap_total: Money | None = None


class ReverseRevenueShare(ClauseBase):
    """The partner pays `rate` of its revenue from the lab's models to the lab."""

    kind: Literal["reverse_revenue_share"]
    rate: Rate


class Tier(Frozen):
    """A profit-share tier: `rate` until the clause's total take reaches `until_total` ($B)."""

    rate: Rate
    until_total: Money | None = None


class ProfitShare(ClauseBase):
    """The partner takes a share of positive profit, tier by tier."""

    kind: Literal["profit_share"]
    tiers: tuple[Tier, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _tiers_rise(self) -> ProfitShare:
        totals = [t.until_total for t in self.tiers]
        if any(total is None for total in totals[:-1]):
            raise ValueError("only the last tier may have an open until_total (null)")
        known = [t for t in totals if t is not None]
        if any(b <= a for a, b in pairwise(known)):
            raise ValueError("tier until_total values must increase")
        return self


class EquityStake(ClauseBase):
    """The partner holds `share` of the lab's equity."""

    kind: Literal["equity_stake"]
    share: Rate


class Exclusivity(ClauseBase):
    """Compute, API distribution or product integration is exclusive to the partner."""

    kind: Literal["exclusivity"]
    subject: Literal["compute", "api_distribution", "product_integration"]


class RightOfFirstRefusal(ClauseBase):
    """New compute is offered to the partner cloud first."""

    kind: Literal["right_of_first_refusal"]


class CapacityBuildPermission(ClauseBase):
    """The lab may use capacity outside the partner cloud (for `purpose`)."""

    kind: Literal["capacity_build_permission"]
    purpose: Literal["training", "any"] = "training"


class IpLicense(ClauseBase):
    """The partner's licence to the lab's models or research."""

    kind: Literal["ip_license"]
    subject: Literal["models", "research"]
    exclusive: bool


class SpendCommitment(ClauseBase):
    """The lab commits to spend `amount` ($B) on the partner cloud over [start, end]."""

    kind: Literal["spend_commitment"]
    amount: Money
    start: dt.date
    end: dt.date


class AgiClause(ClauseBase):
    """When the lab's profit measure reaches `threshold`, the clauses in `ends` end."""

    kind: Literal["agi_clause"]
    threshold: Money
    measure: Literal["annual", "ttm", "cumulative"]
    verification_lag_quarters: int = Field(ge=0, le=400)
    ends: tuple[str, ...] = ()


class Informational(ClauseBase):
    """A clause shown on the timeline and in briefs, with no economics."""

    kind: Literal["informational"]


Clause = Annotated[
    RevenueShare
    | ReverseRevenueShare
    | ProfitShare
    | EquityStake
    | Exclusivity
    | RightOfFirstRefusal
    | CapacityBuildPermission
    | IpLicense
    | SpendCommitment
    | AgiClause
    | Informational,
    Field(discriminator="kind"),
]

CLAUSE_KINDS: tuple[str, ...] = tuple(
    get_args(member.model_fields["kind"].annotation)[0] for member in get_args(get_args(Clause)[0])
)
"""The `kind` of each clause class, in the order of the `Clause` union."""


class Event(Frozen):
    """A dated, sourced fact shown on the timeline; no economics."""

    date: dt.date
    title: str = Field(min_length=1, max_length=200)
    summary: str | None = None
    sources: tuple[str, ...] = ()
    i18n: Translations | None = None


class Contract(Frozen):
    """One version of a partnership contract."""

    format: Literal["dealscope-contract/1"]
    id: str = Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9_.-]+$")
    title: str = Field(min_length=1, max_length=200)
    i18n: Translations | None = None
    parties: Parties
    effective: dt.date
    supersedes: str | None = None
    actuals: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.-]+$")
    """Id of the bundled reported actuals of this deal (else found by the parties)."""
    sources: Annotated[tuple[Source, ...], at_most(MAX_EVENTS, "sources")] = ()
    clauses: Annotated[tuple[Clause, ...], at_most(MAX_CLAUSES, "clauses")] = ()
    events: Annotated[tuple[Event, ...], at_most(MAX_EVENTS, "events")] = ()

    @model_validator(mode="after")
    def _references_resolve(self, info: ValidationInfo) -> Contract:
        if info.context and info.context.get(DEFER_REFERENCE_CHECK):
            return self
        problems = reference_problems(self)
        if problems:
            raise ValueError(
                "; ".join(f"{p.path}: found {p.found}; allowed: {p.allowed}" for p in problems)
            )
        return self

    def clause(self, clause_id: str) -> Clause:
        """Return the clause with `clause_id`, or raise KeyError."""
        return find(self.clauses, "id", clause_id)

    def source(self, source_id: str) -> Source:
        """Return the source with `source_id`, or raise KeyError."""
        return find(self.sources, "id", source_id)

    @property
    def agi_clause(self) -> AgiClause | None:
        """The contract's AGI clause, if it has one."""
        return next((c for c in self.clauses if isinstance(c, AgiClause)), None)


def reference_problems(contract: Contract) -> list[Problem]:
    """Return the contract's broken cross-references, each at its own path.

    Checks that source and clause ids are unique, that clauses and events cite known
    sources, that there is at most one AGI clause and that it ends known clauses.

    Returns
    -------
    list of Problem
        With ``file=""`` and no line; loaders fill those in.
    """
    source_ids = [s.id for s in contract.sources]
    clause_ids = [c.id for c in contract.clauses]
    problems = _duplicate_problems("sources", source_ids) + _duplicate_problems(
        "clauses", clause_ids
    )
    known_sources = set(source_ids)
    known = f"ids of this contract's sources ({_listing(source_ids)})"
    cited = [(f"clauses[{i}]", c.sources) for i, c in enumerate(contract.clauses)]
    cited += [(f"events[{i}]", e.sources) for i, e in enumerate(contract.events)]
    for where, sources in cited:
        missing = [s for s in sources if s not in known_sources]
        if missing:
            problems.append(Problem("", f"{where}.sources", unknown_ids(missing), known))
    agi = [(i, c) for i, c in enumerate(contract.clauses) if isinstance(c, AgiClause)]
    for i, _ in agi[1:]:
        problems.append(
            Problem("", f"clauses[{i}].kind", "a second agi_clause", "at most one per contract")
        )
    known_clauses = set(clause_ids)
    for i, clause in agi:
        unknown = [e for e in clause.ends if e not in known_clauses]
        if unknown:
            allowed = f"ids of this contract's clauses ({_listing(clause_ids)})"
            problems.append(Problem("", f"clauses[{i}].ends", unknown_ids(unknown), allowed))
    return problems


def _duplicate_problems(section: str, ids: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    first_use: dict[str, int] = {}
    for i, value in enumerate(ids):
        first = first_use.setdefault(value, i)
        if first < i:
            found = f"{value!r}, already used by {section}[{first}]"
            problems.append(Problem("", f"{section}[{i}].id", found, "an id unique in " + section))
    return problems


def unknown_ids(ids: list[str], limit: int = 12) -> str:
    """``unknown ids ['a', 'b']``, the list cut after `limit` ids so a line stays short."""
    more = f" and {len(ids) - limit:,} more" if len(ids) > limit else ""
    return f"unknown ids {ids[:limit]}{more}"


def _listing(ids: list[str], limit: int = 12) -> str:
    if not ids:
        return "none defined"
    more = f", and {len(ids) - limit} more" if len(ids) > limit else ""
    return ", ".join(ids[:limit]) + more
