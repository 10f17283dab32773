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

_EXCLUSIVE_SUBJECTS = {
    "compute": N_("all compute outside {lab}'s own capacity runs on {cloud}"),
    "api_distribution": N_("{lab}'s API runs on {cloud} only"),
    "product_integration": N_("only {partner} may build {lab}'s models into its products"),
}
_PURPOSES = {"training": N_("research and training only"), "any": N_("any purpose")}
_LICENSED = {"models": N_("models"), "research": N_("research")}
_EXCLUSIVE = {True: N_("exclusive"), False: N_("non-exclusive")}
_MEASURES = {
    "annual": N_("one calendar year's profit"),
    "ttm": N_("profit over the trailing twelve months"),
    "cumulative": N_("cumulative profit since inception"),
}
"""Words of each value of the choice and flag parameters."""

_PAYMENT_FIGURES = ("partner_value_npv", "lab_cumulative_profit_final")
_COMPUTE_FIGURES = ("partner_cloud_revenue_total", "partner_share_of_compute_final")

_Head = tuple[str, str, Group, Role]
"""A kind's name, label, lane group and engine role."""


def _kind(head: _Head, engine: str, **rest: Any) -> Kind:
    """A registry entry from its head and the fields that differ from the defaults."""
    name, label, group, role = head
    fields: dict[str, Any] = {"parameters": (), "lines": (), "drives": (), "explained_by": None}
    return Kind(name, label, group, role, engine, **(fields | {"starting": {}} | rest))


_NO_ENGINE = "none: shown on the timeline and in briefs"

_ALL: tuple[Kind, ...] = (
    _kind(
        ("revenue_share", N_("Revenue share"), "Payments", "payment"),
        "the lab pays rate x its revenue to the partner each period, up to the cap",
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
    _kind(
        ("reverse_revenue_share", N_("Reverse revenue share"), "Payments", "payment"),
        "the partner pays rate x its revenue from the lab's models to the lab",
        parameters=(_RATE,),
        lines=(Line(N_("Rate"), N_("{rate} of {partner}'s revenue from {lab} models")),),
        drives=_PAYMENT_FIGURES,
        explained_by="reverse_revenue_share",
        starting={"rate": 0.2},
    ),
    _kind(
        ("profit_share", N_("Profit share"), "Payments", "payment"),
        "the partner takes a share of positive profit, tier by tier",
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
    _kind(
        ("equity_stake", N_("Equity stake"), "Payments", "equity"),
        "the partner's share of the lab's equity value at each year's end",
        parameters=(Parameter("share", N_("share"), "share", 0.0, 1.0),),
        lines=(Line(N_("Share"), N_("{share} of {lab}'s equity held by {partner}")),),
        drives=("partner_equity_value_final",),
        starting={"share": 0.1},
    ),
    _kind(
        ("exclusivity", N_("Exclusivity"), "Exclusivity and IP", "compute"),
        "compute or API serving goes to the partner cloud only (allocation flags)",
        parameters=(Parameter("subject", N_("subject"), "choice", choices=_EXCLUSIVE_SUBJECTS),),
        lines=(Line(N_("Subject"), "{subject}"),),
        drives=(*_COMPUTE_FIGURES, "api_shortfall_max_gw", "partner_value_npv"),
        explained_by="partner_gw",
        starting={"subject": "compute"},
        idle_when={"subject": "product_integration"},
    ),
    _kind(
        ("right_of_first_refusal", N_("Right of first refusal"), "Compute", "compute"),
        "new compute is offered to the partner cloud first (allocation flags)",
        lines=(Line(N_("Effect"), N_("new compute is offered to {cloud} first")),),
        drives=(*_COMPUTE_FIGURES, "partner_value_npv"),
        explained_by="partner_gw",
    ),
    _kind(
        ("capacity_build_permission", N_("Capacity build permission"), "Compute", "compute"),
        "the lab may run work on capacity it builds (allocation flags)",
        parameters=(Parameter("purpose", N_("purpose"), "choice", choices=_PURPOSES),),
        lines=(Line(N_("Own capacity"), N_("{lab} may use capacity it builds for {purpose}")),),
        drives=(*_COMPUTE_FIGURES, "lab_cumulative_profit_final"),
        explained_by="partner_gw",
        starting={"purpose": "training"},
    ),
    _kind(
        ("ip_license", N_("IP licence"), "Exclusivity and IP", "context"),
        _NO_ENGINE,
        parameters=(
            Parameter("subject", N_("subject"), "choice", choices=_LICENSED),
            Parameter("exclusive", N_("exclusive"), "flag", choices=_EXCLUSIVE),
        ),
        lines=(Line(N_("Licence"), N_("{exclusive} licence to {lab}'s {subject}")),),
        starting={"subject": "models", "exclusive": False},
    ),
    _kind(
        ("spend_commitment", N_("Spend commitment"), "Commitments", "commitment"),
        "the lab's spend on the partner cloud is held against the amount",
        parameters=(Parameter("amount", N_("amount"), "money", 0.0, _MONEY_BOUND),),
        lines=(Line(N_("Amount"), N_("{amount} of {cloud} spend over the window")),),
        drives=("partner_commitment_shortfall",),
        starting={"amount": 10.0, "start": "2026-01-01", "end": "2030-12-31"},
        dates_required=True,
    ),
    _kind(
        ("agi_clause", N_("AGI clause"), "AGI", "agi"),
        "tests the profit measure each period; once effective, ends the listed clauses",
        parameters=(
            Parameter("threshold", N_("threshold"), "money", 0.0, _MONEY_BOUND),
            Parameter("measure", N_("measure"), "choice", choices=_MEASURES),
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
    _kind(("informational", N_("Informational"), "Other terms", "context"), _NO_ENGINE),
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
