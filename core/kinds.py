"""The clause-kind registry: one entry per clause kind of `core.contract`.

Each entry holds the kind's label, its parameters with units and bounds, the role it plays
in the engine, the key figures it drives, and how its parameters read in words. Every
place that treats kinds differently (the plan, explain, the inspector, the editor, the term
grid, the brief) reads this table; a kind missing here is a KeyError, never a raw name.

To add a kind: its class in `core/contract.py` (and in the `Clause` union), its entry here,
and engine code when its role needs new arithmetic (a payment in `core/payments.py`);
`core.kind_checks.registry_problems` (run by tests/core/test_kinds.py) and the fake-kind
tests name whatever is still missing.

Labels and sentences are English source text, marked with `N_` for the message catalogue;
the code that shows them translates them (`core.present.i18n._`) and formats the values.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from core.contract import ClauseBase

Unit = Literal["share", "money", "quarters", "choice", "flag", "clauses", "tiers"]
"""How a parameter's value reads: a fraction shown as a percentage, $B, whole quarters, one
of fixed words, yes/no, a list of clause ids, or a list of profit-share tiers."""

Role = Literal["payment", "equity", "compute", "commitment", "agi", "context"]
"""What the engine does with a clause of the kind (core/plan.py, core/allocation.py)."""

Group = Literal["Payments", "Compute", "Exclusivity and IP", "AGI", "Commitments", "Other terms"]

GROUP_ORDER: tuple[Group, ...] = typing.get_args(Group)
"""Timeline lane groups, in display order."""

NUMERIC_UNITS: frozenset[Unit] = frozenset({"share", "money", "quarters"})


def N_(text: str) -> str:  # noqa: N802  # the gettext marker for text translated when shown
    """Mark `text` for the message catalogue; it is translated where it is shown."""
    return text


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter of a clause kind: a field of the clause model.

    `lower`/`upper` bound numeric units (the contract format's bounds); `nullable` means
    the value may be open (null); `choices` give the words of each allowed value of a
    ``choice`` or ``flag``; `items` are the fields of each element of a ``tiers`` list.
    """

    name: str
    label: str
    unit: Unit
    lower: float | None = None
    upper: float | None = None
    nullable: bool = False
    choices: Mapping[Any, str] = field(default_factory=dict)
    items: tuple[Parameter, ...] = ()

    @property
    def is_numeric(self) -> bool:
        """Whether the parameter is a number a scenario term can set."""
        return self.unit in NUMERIC_UNITS

    @property
    def bounds(self) -> tuple[float, float]:
        """(lower, upper) of a numeric parameter; ValueError for one without bounds."""
        if self.lower is None or self.upper is None:
            raise ValueError(f"parameter {self.name!r} has no bounds")
        return self.lower, self.upper

    @property
    def whole(self) -> bool:
        """Whether the parameter takes whole numbers only."""
        return self.unit == "quarters"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a clause in words: a label and a sentence.

    `text` names parameters and parties in braces (``{rate}``, ``{lab}``, ``{partner}``,
    ``{cloud}``); the showing code fills each parameter by its unit. `open_text` replaces
    `text` when the parameter named by `open_when` is null. With `each` set, the line
    repeats for every element of that ``tiers`` parameter, ``{n}`` numbering them from 1.
    """

    label: str
    text: str
    open_when: str | None = None
    open_text: str = ""
    each: str | None = None


@dataclass(frozen=True, slots=True)
class Kind:
    """Everything the app, the brief and the command line know of one clause kind."""

    name: str
    label: str
    group: Group
    role: Role
    engine: str
    """What the engine does with the clause, in words (for the architecture notes)."""
    parameters: tuple[Parameter, ...]
    lines: tuple[Line, ...]
    drives: tuple[str, ...]
    """Key figures the kind can change."""
    explained_by: str | None
    """The explainable figure (core.explain.FIGURES) that shows the clause at work."""
    starting: Mapping[str, Any]
    """Parameter values of a clause of this kind added in the editor (all within bounds)."""
    dates_required: bool = False
    idle_when: Mapping[str, Any] = field(default_factory=dict)
    """Parameter values under which a clause of the kind drives no figure at all."""

    def drives_of(self, clause: ClauseBase) -> tuple[str, ...]:
        """Key figures `clause` (of this kind) can change: none when it is idle."""
        if self.idle_when and all(getattr(clause, k) == v for k, v in self.idle_when.items()):
            return ()
        return self.drives

    def parameter(self, name: str) -> Parameter:
        """The parameter `name`, or KeyError naming the kind."""
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        raise KeyError(f"clause kind {self.name!r} has no parameter {name!r}")


_RATE = Parameter("rate", N_("rate"), "share", 0.0, 1.0)
_MONEY_BOUND = 1e6
_PROFIT_ABOVE_ZERO = N_("{rate} of positive profit until {until_total} taken")

_PAYMENT_FIGURES = ("partner_value_npv", "lab_cumulative_profit_final")
_COMPUTE_FIGURES = ("partner_cloud_revenue_total", "partner_share_of_compute_final")

_ALL: tuple[Kind, ...] = (
    Kind(
        name="revenue_share",
        label=N_("Revenue share"),
        group="Payments",
        role="payment",
        engine="the lab pays rate x its revenue to the partner each period, up to the cap",
        parameters=(
            _RATE,
            Parameter("cap_total", N_("cap"), "money", 0.0, _MONEY_BOUND, nullable=True),
        ),
        lines=(
            Line(N_("Rate"), N_("{rate} of {lab}'s revenue, paid to {partner}")),
            Line(N_("Cap"), N_("{cap_total} in total"), "cap_total", N_("no cap")),
        ),
        drives=(
            "revenue_share_total",
            "revenue_share_npv",
            "revenue_share_cap_reached_period",
            *_PAYMENT_FIGURES,
        ),
        explained_by="revenue_share",
        starting={"rate": 0.2, "cap_total": None},
    ),
    Kind(
        name="reverse_revenue_share",
        label=N_("Reverse revenue share"),
        group="Payments",
        role="payment",
        engine="the partner pays rate x its revenue from the lab's models to the lab",
        parameters=(_RATE,),
        lines=(Line(N_("Rate"), N_("{rate} of {partner}'s revenue from {lab} models")),),
        drives=_PAYMENT_FIGURES,
        explained_by="reverse_revenue_share",
        starting={"rate": 0.2},
    ),
    Kind(
        name="profit_share",
        label=N_("Profit share"),
        group="Payments",
        role="payment",
        engine="the partner takes a share of positive profit, tier by tier",
        parameters=(
            Parameter(
                "tiers",
                N_("tiers"),
                "tiers",
                items=(
                    _RATE,
                    Parameter("until_total", N_("until total"), "money", 0.0, _MONEY_BOUND, True),
                ),
            ),
        ),
        lines=(
            Line(
                N_("Tier {n}"),
                _PROFIT_ABOVE_ZERO,
                "until_total",
                N_("{rate} of positive profit with no limit"),
                each="tiers",
            ),
        ),
        drives=("profit_share_total", "partner_value_npv"),
        explained_by="profit_share",
        starting={"tiers": ({"rate": 0.2, "until_total": None},)},
    ),
    Kind(
        name="equity_stake",
        label=N_("Equity stake"),
        group="Payments",
        role="equity",
        engine="the partner's share of the lab's equity value at each year's end",
        parameters=(Parameter("share", N_("share"), "share", 0.0, 1.0),),
        lines=(Line(N_("Share"), N_("{share} of {lab}'s equity held by {partner}")),),
        drives=("partner_equity_value_final",),
        explained_by=None,
        starting={"share": 0.1},
    ),
    Kind(
        name="exclusivity",
        label=N_("Exclusivity"),
        group="Exclusivity and IP",
        role="compute",
        engine="compute or API serving goes to the partner cloud only (allocation flags)",
        parameters=(
            Parameter(
                "subject",
                N_("subject"),
                "choice",
                choices={
                    "compute": N_("all compute outside {lab}'s own capacity runs on {cloud}"),
                    "api_distribution": N_("{lab}'s API runs on {cloud} only"),
                    "product_integration": N_(
                        "only {partner} may build {lab}'s models into its products"
                    ),
                },
            ),
        ),
        lines=(Line(N_("Subject"), "{subject}"),),
        drives=(*_COMPUTE_FIGURES, "api_shortfall_max_gw", "partner_value_npv"),
        explained_by="partner_gw",
        starting={"subject": "compute"},
        idle_when={"subject": "product_integration"},
    ),
    Kind(
        name="right_of_first_refusal",
        label=N_("Right of first refusal"),
        group="Compute",
        role="compute",
        engine="new compute is offered to the partner cloud first (allocation flags)",
        parameters=(),
        lines=(Line(N_("Effect"), N_("new compute is offered to {cloud} first")),),
        drives=(*_COMPUTE_FIGURES, "partner_value_npv"),
        explained_by="partner_gw",
        starting={},
    ),
    Kind(
        name="capacity_build_permission",
        label=N_("Capacity build permission"),
        group="Compute",
        role="compute",
        engine="the lab may run work on capacity it builds (allocation flags)",
        parameters=(
            Parameter(
                "purpose",
                N_("purpose"),
                "choice",
                choices={
                    "training": N_("research and training only"),
                    "any": N_("any purpose"),
                },
            ),
        ),
        lines=(Line(N_("Own capacity"), N_("{lab} may use capacity it builds for {purpose}")),),
        drives=(*_COMPUTE_FIGURES, "lab_cumulative_profit_final"),
        explained_by="partner_gw",
        starting={"purpose": "training"},
    ),
    Kind(
        name="ip_license",
        label=N_("IP licence"),
        group="Exclusivity and IP",
        role="context",
        engine="none: shown on the timeline and in briefs",
        parameters=(
            Parameter(
                "subject",
                N_("subject"),
                "choice",
                choices={"models": N_("models"), "research": N_("research")},
            ),
            Parameter(
                "exclusive",
                N_("exclusive"),
                "flag",
                choices={True: N_("exclusive"), False: N_("non-exclusive")},
            ),
        ),
        lines=(Line(N_("Licence"), N_("{exclusive} licence to {lab}'s {subject}")),),
        drives=(),
        explained_by=None,
        starting={"subject": "models", "exclusive": False},
    ),
    Kind(
        name="spend_commitment",
        label=N_("Spend commitment"),
        group="Commitments",
        role="commitment",
        engine="the lab's spend on the partner cloud is held against the amount",
        parameters=(Parameter("amount", N_("amount"), "money", 0.0, _MONEY_BOUND),),
        lines=(Line(N_("Amount"), N_("{amount} of {cloud} spend over the window")),),
        drives=("partner_commitment_shortfall",),
        explained_by=None,
        starting={"amount": 10.0, "start": "2026-01-01", "end": "2030-12-31"},
        dates_required=True,
    ),
    Kind(
        name="agi_clause",
        label=N_("AGI clause"),
        group="AGI",
        role="agi",
        engine="tests the profit measure each period; once effective, ends the listed clauses",
        parameters=(
            Parameter("threshold", N_("threshold"), "money", 0.0, _MONEY_BOUND),
            Parameter(
                "measure",
                N_("measure"),
                "choice",
                choices={
                    "annual": N_("one calendar year's profit"),
                    "ttm": N_("profit over the trailing twelve months"),
                    "cumulative": N_("cumulative profit since inception"),
                },
            ),
            Parameter("verification_lag_quarters", N_("verification lag"), "quarters", 0.0, 400.0),
            Parameter("ends", N_("ends"), "clauses"),
        ),
        lines=(
            Line(N_("Test"), N_("{measure} reaches {threshold}")),
            Line(N_("Verification lag"), "{verification_lag_quarters}"),
            Line(N_("Ends"), "{ends}"),
        ),
        drives=("agi_determination_period", "agi_effective_period"),
        explained_by="agi_measure",
        starting={"threshold": 100.0, "measure": "cumulative", "verification_lag_quarters": 0},
    ),
    Kind(
        name="informational",
        label=N_("Informational"),
        group="Other terms",
        role="context",
        engine="none: shown on the timeline and in briefs",
        parameters=(),
        lines=(),
        drives=(),
        explained_by=None,
        starting={},
    ),
)

KINDS: dict[str, Kind] = {kind.name: kind for kind in _ALL}
"""The registry, by kind name, in the contract format's order."""


def kind_of(name: str) -> Kind:
    """The registry entry of clause kind `name`.

    Raises
    ------
    KeyError
        When the kind has no entry, naming it and this module.
    """
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"clause kind {name!r} has no entry in core/kinds.py") from None


def kinds_with(role: Role) -> tuple[str, ...]:
    """Names of the kinds that play `role` in the engine, in registry order."""
    return tuple(kind.name for kind in KINDS.values() if kind.role == role)


def numeric_parameters(*, tiers: bool = True) -> dict[str, Parameter]:
    """Every numeric parameter by name, in registry order; with `tiers`, tier fields too.

    A name means one thing in every kind (the registry test checks that same-named
    parameters agree), so a term key's parameter name finds its unit and bounds.
    """
    found: dict[str, Parameter] = {}
    for kind in KINDS.values():
        for parameter in kind.parameters:
            members = parameter.items if tiers else ()
            for each in (parameter, *members):
                if each.is_numeric:
                    found.setdefault(each.name, each)
    return found
