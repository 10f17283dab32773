"""Explain a figure: for one period, the chain from the number to the clauses behind it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.assumptions import value_in_year
from core.clausetext import version_label
from core.contract import (
    AgiClause,
    CapacityBuildPermission,
    Clause,
    Exclusivity,
    ProfitShare,
    RevenueShare,
    ReverseRevenueShare,
    RightOfFirstRefusal,
)
from core.errors import DealscopeError
from core.kinds import kind_of
from core.present.format import gigawatts, money, number, percent
from core.projection import Projection


class ExplainError(DealscopeError):
    """The figure or period asked for cannot be explained."""


@dataclass(frozen=True, slots=True)
class Step:
    """One line of an explanation; `clause_id` links it to the clause inspector."""

    text: str
    clause_id: str | None = None


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why `figure` has `value` in `period`: a headline and the steps behind it."""

    figure: str
    period: str
    value: float
    headline: str
    steps: tuple[Step, ...]

    def as_text(self) -> str:
        """The explanation as plain text lines."""
        return "\n".join([self.headline, *(f"  - {step.text}" for step in self.steps)])


FIGURES: dict[str, str] = {
    "revenue": "revenue",
    "demand_gw": "compute demand",
    "revenue_share": "revenue share",
    "reverse_revenue_share": "reverse revenue share",
    "profit_share": "profit share",
    "profit": "profit",
    "compute_cost": "compute cost",
    "partner_gw": "compute on the partner cloud",
    "partner_cloud_revenue": "partner cloud revenue",
    "partner_net": "partner gross inflows",
    "partner_value": "value to the partner",
    "agi_measure": "AGI measure",
    "shortfall_gw": "API capacity shortfall",
}
"""Figures that can be explained, with their display names."""


def explain(projection: Projection, figure: str, period: str) -> Explanation:
    """Explain `figure` (a key of FIGURES) in `period` (a label such as ``2029Q3``)."""
    if figure not in FIGURES:
        raise ExplainError(f"cannot explain {figure!r}; choose one of {', '.join(FIGURES)}")
    try:
        t = projection.grid.index_of(period)
    except KeyError:
        first, last = projection.grid.labels[0], projection.grid.labels[-1]
        raise ExplainError(f"no period {period!r}; periods run {first} to {last}") from None
    if figure in ("revenue", "demand_gw"):
        from core.explain_totals import explain_compute, explain_revenue

        return (explain_revenue if figure == "revenue" else explain_compute)(projection, period)
    explainer = _Explainer(projection, t)
    return getattr(explainer, figure)()  # type: ignore[no-any-return]


class _Explainer:
    def __init__(self, projection: Projection, t: int) -> None:
        self.p, self.t = projection, t
        self.row = projection.table.iloc[t]
        self.label = projection.grid.labels[t]
        self.year = int(self.row["year"])
        self.n = projection.grid.n
        self.contract = projection.chain.versions[int(projection.arrays.applies[t])]
        self.version = version_label(self.contract)

    def _cite(self, clause: Clause) -> str:
        return f"clause {clause.id}, {self.version}, {clause.confidence}"

    def _value(self, name: str) -> float:
        return value_in_year(self.p.assumptions[name], self.year)

    def _result(self, figure: str, column: str, steps: list[Step]) -> Explanation:
        value = float(self.row[column])
        unit = gigawatts(value) if column.endswith("_gw") else money(value)
        headline = f"{self.label} {FIGURES[figure]} {unit}"
        return Explanation(figure, self.label, value, headline, tuple(steps))

    def _not_in_force(self, clause: Clause) -> Step | None:
        if bool(self.p.in_force[clause.id].iloc[self.t]):
            return None
        agi = self.contract.agi_clause
        effective = self.p.key_figures["agi_effective_period"]
        if agi and clause.id in agi.ends and effective is not None:
            reason = f"ended by the AGI clause, effective {effective}"
        else:
            reason = "outside its dates" if clause.start or clause.end else "not in force"
        return Step(f"{clause.title}: not in force in {self.label} ({reason})", clause.id)

    def _payment_steps(self, figure: str, describe: Callable[[Any], str], what: str) -> list[Step]:
        """One step per clause explained by `figure`: `describe(clause)`, or why not in force.

        The clauses are those whose kind names `figure` in the registry (`explained_by`).
        """
        steps: list[Step] = []
        for clause in self.contract.clauses:
            if kind_of(clause.kind).explained_by == figure:
                stopped = self._not_in_force(clause)
                steps.append(stopped or Step(describe(clause), clause.id))
        return steps or [_none(what)]

    def _paid(self, clause: Clause) -> float:
        return float(self.row[f"payment:{clause.id}"])

    def _paid_so_far(self, clause: Clause) -> float:
        return float(self.p.table[f"payment:{clause.id}"].iloc[: self.t + 1].sum())

    def revenue_share(self) -> Explanation:
        revenue = float(self.row["revenue"])

        def describe(clause: RevenueShare) -> str:
            paid, due, cite = self._paid(clause), clause.rate * revenue, self._cite(clause)
            text = f"{money(paid)} = {percent(clause.rate)} ({cite}) x revenue {money(revenue)}"
            if clause.cap_total is None:
                return text
            if paid < due - 1e-12:
                text = f"{money(paid)}, cut from {money(due)} by the cap ({cite})"
            cumulative = self._paid_so_far(clause)
            return text + f"; cumulative {money(cumulative)} of the {money(clause.cap_total)} cap"

        steps = self._payment_steps("revenue_share", describe, "revenue share")
        return self._result("revenue_share", "revenue_share", steps)

    def reverse_revenue_share(self) -> Explanation:
        base = self._value("partner_model_revenue")

        def describe(clause: ReverseRevenueShare) -> str:
            return (
                f"{money(self._paid(clause))} = {percent(clause.rate)} ({self._cite(clause)}) "
                f"x partner model revenue {money(base)} a year / {self.n}"
            )

        steps = self._payment_steps("reverse_revenue_share", describe, "reverse revenue share")
        return self._result("reverse_revenue_share", "reverse_revenue_share", steps)

    def profit_share(self) -> Explanation:
        pre = float(self.row["profit"])
        basis = "a loss, so nothing" if pre <= 0 else f"{money(pre)} of profit"

        def describe(clause: ProfitShare) -> str:
            return (
                f"{money(self._paid(clause))} taken on {basis} before the share "
                f"({self._cite(clause)}); {money(self._paid_so_far(clause))} taken in total so far"
            )

        steps = self._payment_steps("profit_share", describe, "profit share")
        return self._result("profit_share", "profit_share", steps)

    def profit(self) -> Explanation:
        r = self.row
        steps = [
            Step(f"revenue {money(r['revenue'])}"),
            Step(f"- compute cost {money(r['compute_cost'])}"),
            Step(f"- other operating cost {money(r['opex'])}"),
            Step(f"- revenue share {money(r['revenue_share'])}"),
            Step(f"+ reverse revenue share {money(r['reverse_revenue_share'])}"),
            Step(f"cumulative profit after {self.label}: {money(r['cumulative_profit'])}"),
            Step(
                f"of which the profit share distributes {money(r['profit_share'])}, leaving "
                f"{money(r['retained'])} retained (a distribution, not a cost)"
            ),
        ]
        return self._result("profit", "profit", steps)

    def compute_cost(self) -> Explanation:
        r, n = self.row, self.n
        steps = [
            Step(
                f"{gigawatts(r[source])} x {money(self._value(price))}/GW-yr / {n}"
                f" = {money(r[source] * self._value(price) / n)} ({name})"
            )
            for source, price, name in (
                ("partner_gw", "price_partner", self.contract.parties.partner_cloud),
                ("others_gw", "price_other", "other clouds"),
                ("own_used_gw", "price_own", "own capacity"),
            )
        ]
        return self._result("compute_cost", "compute_cost", steps)

    def partner_gw(self) -> Explanation:
        return self._result("partner_gw", "partner_gw", self._allocation_steps())

    def shortfall_gw(self) -> Explanation:
        steps = self._allocation_steps()
        steps.append(Step(f"API inference needs {gigawatts(self.row['api_gw'])}"))
        return self._result("shortfall_gw", "shortfall_gw", steps)

    def _allocation_steps(self) -> list[Step]:
        r = self.row
        cloud = self.contract.parties.partner_cloud
        steps = [Step(f"demand {gigawatts(r['demand_gw'])}")]
        permission = self._first_in_force(CapacityBuildPermission)
        if permission:
            steps.append(
                Step(
                    f"own capacity used {gigawatts(r['own_used_gw'])} ({self._cite(permission)})",
                    permission.id,
                )
            )
        rest = float(r["demand_gw"] - r["own_used_gw"])
        capacity = gigawatts(self._value("partner_capacity_gw"))
        exclusive = self._first_in_force(Exclusivity, subject="compute")
        rofr = self._first_in_force(RightOfFirstRefusal)
        if exclusive:
            rule, clause = f"all of {gigawatts(rest)}", exclusive
        elif rofr:
            rate = percent(self._value("rofr_take_rate"))
            rule, clause = f"{rate} taken of {gigawatts(rest)} offered first", rofr
        else:
            rate = percent(self._value("partner_share_without_rofr"))
            rule, clause = f"{rate} of {gigawatts(rest)} by the lab's choice", None
        cite = f" ({self._cite(clause)})" if clause else ""
        steps.append(
            Step(
                f"{cloud}: {gigawatts(r['partner_gw'])} = {rule}{cite}, at most {capacity}",
                clause.id if clause else None,
            )
        )
        steps.append(Step(f"other clouds: {gigawatts(r['others_gw'])}"))
        return steps

    def _first_in_force(self, kind: type, **match: str) -> Clause | None:
        for clause in self.contract.clauses:
            if not isinstance(clause, kind):
                continue
            if not bool(self.p.in_force[clause.id].iloc[self.t]):
                continue
            if all(getattr(clause, k) == v for k, v in match.items()):
                return clause
        return None

    def partner_cloud_revenue(self) -> Explanation:
        r = self.row
        price = self._value("price_partner")
        steps = [
            Step(f"{gigawatts(r['partner_gw'])} x {money(price)}/GW-yr / {self.n}"),
            *self._allocation_steps(),
        ]
        return self._result("partner_cloud_revenue", "partner_cloud_revenue", steps)

    def partner_net(self) -> Explanation:
        r = self.row
        steps = [
            Step(f"revenue share received {money(r['revenue_share'])}"),
            Step(f"+ profit share received {money(r['profit_share'])}"),
            Step(f"+ cloud revenue {money(r['partner_cloud_revenue'])}"),
            Step(f"- reverse revenue share paid {money(r['reverse_revenue_share'])}"),
        ]
        return self._result("partner_net", "partner_net", steps)

    def partner_value(self) -> Explanation:
        r = self.row
        margin = self._value("partner_cloud_margin")
        steps = [
            Step(f"revenue share received {money(r['revenue_share'])}"),
            Step(f"+ profit share received {money(r['profit_share'])}"),
            Step(f"- reverse revenue share paid {money(r['reverse_revenue_share'])}"),
            Step(
                f"+ margin on cloud revenue: {money(r['partner_cloud_revenue'])} x "
                f"{percent(margin)} = {money(r['partner_cloud_margin'])}"
            ),
            Step(f"discount factor {number(r['discount_factor'], 4)} for the present value"),
        ]
        return self._result("partner_value", "partner_value", steps)

    def agi_measure(self) -> Explanation:
        agi = self.contract.agi_clause
        if agi is None:
            raise ExplainError("this contract has no AGI clause")
        measure = float(self.row["agi_measure"])
        kinds = {
            "cumulative": "cumulative profit",
            "ttm": "profit over the last twelve months",
            "annual": "the year's profit (tested at year end)",
        }
        steps = [
            Step(
                f"measure: {kinds[agi.measure]}, threshold {money(agi.threshold)} "
                f"({self._cite(agi)})",
                agi.id,
            ),
            Step(_agi_outcome(self.p, agi)),
        ]
        if not bool(self.p.in_force[agi.id].iloc[self.t]):
            steps.append(Step(f"the clause is not in force in {self.label}", agi.id))
        value = 0.0 if measure != measure else measure
        headline = f"{self.label} AGI measure " + (
            "not tested this period" if measure != measure else money(measure)
        )
        return Explanation("agi_measure", self.label, value, headline, tuple(steps))


def _agi_outcome(projection: Projection, agi: AgiClause) -> str:
    figures = projection.key_figures
    determined, effective = figures["agi_determination_period"], figures["agi_effective_period"]
    lag = f"{agi.verification_lag_quarters}-quarter verification lag"
    ends = ", ".join(agi.ends) or "nothing"
    if determined is None:
        return f"not reached within the horizon; it would end: {ends}"
    if effective is None:
        return f"reached in {determined}; the {lag} runs past the horizon"
    return f"reached in {determined}; with the {lag}, effective {effective}, ending {ends}"


def _none(what: str) -> Step:
    return Step(f"this contract has no {what} clause")
