"""Contract values: parties, sources, clauses of every kind, events (immutable)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Confidence = Literal["official", "reported", "assumed"]
CONFIDENCES: tuple[Confidence, ...] = ("official", "reported", "assumed")


class Frozen(BaseModel):
    """Base of every file-backed value: immutable, and unknown keys are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=False)


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


class ClauseBase(Frozen):
    """Fields every clause has; `start`/`end` are ISO dates, missing means open."""

    id: str = Field(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9_.-]+$")
    title: str = Field(min_length=1, max_length=200)
    summary: str = Field(min_length=1)
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
        if any(b <= a for a, b in zip(known, known[1:], strict=False)):
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

CLAUSE_KINDS: tuple[str, ...] = (
    "revenue_share",
    "reverse_revenue_share",
    "profit_share",
    "equity_stake",
    "exclusivity",
    "right_of_first_refusal",
    "capacity_build_permission",
    "ip_license",
    "spend_commitment",
    "agi_clause",
    "informational",
)


class Event(Frozen):
    """A dated, sourced fact shown on the timeline; no economics."""

    date: dt.date
    title: str = Field(min_length=1, max_length=200)
    summary: str | None = None
    sources: tuple[str, ...] = ()


class Contract(Frozen):
    """One version of a partnership contract."""

    format: Literal["dealscope-contract/1"]
    id: str = Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9_.-]+$")
    title: str = Field(min_length=1, max_length=200)
    parties: Parties
    effective: dt.date
    supersedes: str | None = None
    sources: tuple[Source, ...] = ()
    clauses: tuple[Clause, ...] = ()
    events: tuple[Event, ...] = ()

    @model_validator(mode="after")
    def _references_resolve(self) -> Contract:
        problems = _reference_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def clause(self, clause_id: str) -> Clause:
        """Return the clause with `clause_id`, or raise KeyError."""
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    def source(self, source_id: str) -> Source:
        """Return the source with `source_id`, or raise KeyError."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    @property
    def agi_clause(self) -> AgiClause | None:
        """The contract's AGI clause, if it has one."""
        return next((c for c in self.clauses if isinstance(c, AgiClause)), None)


def _reference_problems(contract: Contract) -> list[str]:
    problems: list[str] = []
    source_ids = [s.id for s in contract.sources]
    clause_ids = [c.id for c in contract.clauses]
    for kind, ids in (("source", source_ids), ("clause", clause_ids)):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            problems.append(f"duplicate {kind} ids {duplicates}")
    known = set(source_ids)
    for i, clause in enumerate(contract.clauses):
        missing = [s for s in clause.sources if s not in known]
        if missing:
            problems.append(f"clauses[{i}] cites unknown sources {missing}")
    for i, event in enumerate(contract.events):
        missing = [s for s in event.sources if s not in known]
        if missing:
            problems.append(f"events[{i}] cites unknown sources {missing}")
    agi = [c for c in contract.clauses if isinstance(c, AgiClause)]
    if len(agi) > 1:
        problems.append("a contract has at most one agi_clause")
    for clause in agi:
        unknown = [e for e in clause.ends if e not in clause_ids]
        if unknown:
            problems.append(f"agi_clause {clause.id!r} ends unknown clauses {unknown}")
    return problems
