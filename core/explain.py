"""Explain a figure: for one period, the chain from the number to the clauses behind it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.assumptions import value_in_year
from core.clausetext import version_label
from core.contract import (
    CapacityBuildPermission,
    Clause,
    Exclusivity,
    ProfitShare,
    RevenueShare,
    ReverseRevenueShare,
    RightOfFirstRefusal,
)
from core.errors import DealscopeError
from core.explain_steps import (
    agi_outcome,
    no_clause,
    partner_net_steps,
    partner_value_steps,
    profit_steps,
)
from core.kinds import kind_of
from core.present.contract_text import confidence_label, title_of
from core.present.format import gigawatts, money, percent
from core.present.i18n import N_, _
from core.projection import Projection


class ExplainError(DealscopeError):
    """The figure or period asked for cannot be explained."""


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why `figure` has `value` in `period`: a headline and the steps behind it."""

    figure: str
    period: str
    """The period's label, e.g. ``2029Q3``."""
    value: float
    headline: str
    steps: tuple[Step, ...]

    def as_text(self) -> str:
        """The explanation as plain text lines."""
        return "\n".join([self.headline, *(f"  - {step.text}" for step in self.steps)])


@dataclass(frozen=True, slots=True)
class Step:
    """One line of an explanation; `clause_id` links it to the clause inspector."""

    text: str
    clause_id: str | None = None


FIGURES: dict[str, str] = {
    "revenue": N_("revenue"),
    "demand_gw": N_("compute demand"),
    "revenue_share": N_("revenue share"),
    "reverse_revenue_share": N_("reverse revenue share"),
    "profit_share": N_("profit share"),
    "profit": N_("profit"),
    "compute_cost": N_("compute cost"),
    "partner_gw": N_("compute on the partner cloud"),
    "partner_cloud_revenue": N_("partner cloud revenue"),
    "partner_net": N_("partner gross inflows"),
    "partner_value": N_("value to the partner"),
    "agi_measure": N_("AGI measure"),
    "shortfall_gw": N_("API capacity shortfall"),
}
"""Figures that can be explained, with their display names."""


def period_index(projection: Projection, period: str) -> int:
    """The index of `period` (a label such as ``2029Q3``); ExplainError naming the range."""
    try:
        return projection.grid.index_of(period)
    except KeyError:
        first, last = projection.grid.labels[0], projection.grid.labels[-1]
        message = _("no period {period}; periods run {first} to {last}")
        raise ExplainError(message.format(period=repr(period), first=first, last=last)) from None


def explain(projection: Projection, figure: str, period: str) -> Explanation:
    """Explain `figure` (a key of FIGURES) in `period` (a label such as ``2029Q3``)."""
    if figure not in FIGURES:
        message = _("cannot explain {figure}; choose one of {choices}")
        raise ExplainError(message.format(figure=repr(figure), choices=", ".join(FIGURES)))
    t = period_index(projection, period)
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
        return _("clause {clause}, {version}, {confidence}").format(
            clause=clause.id, version=self.version, confidence=confidence_label(clause.confidence)
        )

    def _value(self, name: str) -> float:
        return value_in_year(self.p.assumptions[name], self.year)

    def _result(self, figure: str, steps: list[Step]) -> Explanation:
        value = float(self.row[figure])
        unit = gigawatts(value) if figure.endswith("_gw") else money(value)
        headline = _("{period} {figure} {value}").format(
            period=self.label, figure=_(FIGURES[figure]), value=unit
        )
        return Explanation(figure, self.label, value, headline, tuple(steps))

    def _not_in_force(self, clause: Clause) -> Step | None:
        if bool(self.p.in_force[clause.id].iloc[self.t]):
            return None
        agi = self.contract.agi_clause
        effective = self.p.key_figures["agi_effective_period"]
        if agi and clause.id in agi.ends and effective is not None:
            reason = _("ended by the AGI clause, effective {period}").format(period=effective)
        elif clause.start or clause.end:
            reason = _("outside its dates")
        else:
            reason = _("not in force")
        text = _("{clause}: not in force in {period} ({reason})")
        return Step(
            text.format(clause=title_of(clause), period=self.label, reason=reason), clause.id
        )

    def _payment(self, figure: str, describe: Callable[[Any], str]) -> Explanation:
        """One step per clause explained by `figure`: `describe(clause)`, or why not in force.

        The clauses are those whose kind names `figure` in the registry (`explained_by`).
        """
        steps: list[Step] = []
        for clause in self.contract.clauses:
            if kind_of(clause.kind).explained_by == figure:
                stopped = self._not_in_force(clause)
                steps.append(stopped or Step(describe(clause), clause.id))
        return self._result(figure, steps or [_none(FIGURES[figure])])

    def _paid(self, clause: Clause) -> float:
        return float(self.row[f"payment:{clause.id}"])

    def _paid_so_far(self, clause: Clause) -> float:
        return float(self.p.table[f"payment:{clause.id}"].iloc[: self.t + 1].sum())

    def revenue_share(self) -> Explanation:
        revenue = float(self.row["revenue"])

        def describe(clause: RevenueShare) -> str:
            paid, due, cite = self._paid(clause), clause.rate * revenue, self._cite(clause)
            text = _("{paid} = {rate} ({cite}) x revenue {revenue}").format(
                paid=money(paid), rate=percent(clause.rate), cite=cite, revenue=money(revenue)
            )
            if clause.cap_total is None:
                return text
            if paid < due - 1e-12:
                text = _("{paid}, cut from {due} by the cap ({cite})").format(
                    paid=money(paid), due=money(due), cite=cite
                )
            cumulative = self._paid_so_far(clause)
            return text + _("; cumulative {paid} of the {cap} cap").format(
                paid=money(cumulative), cap=money(clause.cap_total)
            )

        return self._payment("revenue_share", describe)

    def reverse_revenue_share(self) -> Explanation:
        base = self._value("partner_model_revenue")

        def describe(clause: ReverseRevenueShare) -> str:
            return _(
                "{paid} = {rate} ({cite}) x partner model revenue {base} a year / {n}"
            ).format(
                paid=money(self._paid(clause)),
                rate=percent(clause.rate),
                cite=self._cite(clause),
                base=money(base),
                n=self.n,
            )

        return self._payment("reverse_revenue_share", describe)

    def profit_share(self) -> Explanation:
        pre = float(self.row["profit"])
        basis = (
            _("a loss, so nothing")
            if pre <= 0
            else _("{profit} of profit").format(profit=money(pre))
        )

        def describe(clause: ProfitShare) -> str:
            text = _(
                "{paid} taken on {basis} before the share ({cite}); {total} taken in total so far"
            )
            return text.format(
                paid=money(self._paid(clause)),
                basis=basis,
                cite=self._cite(clause),
                total=money(self._paid_so_far(clause)),
            )

        return self._payment("profit_share", describe)

    def profit(self) -> Explanation:
        steps = [Step(text) for text in profit_steps(self.row, self.label)]
        return self._result("profit", steps)

    def compute_cost(self) -> Explanation:
        r, n = self.row, self.n
        steps = [
            Step(
                _("{gw} x {price}/GW-yr / {n} = {cost} ({source})").format(
                    gw=gigawatts(r[source]),
                    price=money(self._value(price)),
                    n=n,
                    cost=money(r[source] * self._value(price) / n),
                    source=name,
                )
            )
            for source, price, name in (
                ("partner_gw", "price_partner", self.contract.parties.partner_cloud),
                ("others_gw", "price_other", _("other clouds")),
                ("own_used_gw", "price_own", _("own capacity")),
            )
        ]
        return self._result("compute_cost", steps)

    def partner_gw(self) -> Explanation:
        return self._result("partner_gw", self._allocation_steps())

    def shortfall_gw(self) -> Explanation:
        steps = self._allocation_steps()
        steps.append(Step(_("API inference needs {gw}").format(gw=gigawatts(self.row["api_gw"]))))
        return self._result("shortfall_gw", steps)

    def _allocation_steps(self) -> list[Step]:
        r = self.row
        cloud = self.contract.parties.partner_cloud
        steps = [Step(_("demand {gw}").format(gw=gigawatts(r["demand_gw"])))]
        permission = self._first_in_force(CapacityBuildPermission)
        if permission:
            steps.append(
                Step(
                    _("own capacity used {gw} ({cite})").format(
                        gw=gigawatts(r["own_used_gw"]), cite=self._cite(permission)
                    ),
                    permission.id,
                )
            )
        rest = float(r["demand_gw"] - r["own_used_gw"])
        capacity = gigawatts(self._value("partner_capacity_gw"))
        exclusive = self._first_in_force(Exclusivity, subject="compute")
        rofr = self._first_in_force(RightOfFirstRefusal)
        if exclusive:
            rule, clause = _("all of {gw}").format(gw=gigawatts(rest)), exclusive
        elif rofr:
            rate = percent(self._value("rofr_take_rate"))
            rule = _("{rate} taken of {gw} offered first").format(rate=rate, gw=gigawatts(rest))
            clause = rofr
        else:
            rate = percent(self._value("partner_share_without_rofr"))
            rule = _("{rate} of {gw} by the lab's choice").format(rate=rate, gw=gigawatts(rest))
            clause = None
        cite = f" ({self._cite(clause)})" if clause else ""
        text = _("{cloud}: {gw} = {rule}{cite}, at most {capacity}").format(
            cloud=cloud, gw=gigawatts(r["partner_gw"]), rule=rule, cite=cite, capacity=capacity
        )
        steps.append(Step(text, clause.id if clause else None))
        steps.append(Step(_("other clouds: {gw}").format(gw=gigawatts(r["others_gw"]))))
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
            Step(
                _("{gw} x {price}/GW-yr / {n}").format(
                    gw=gigawatts(r["partner_gw"]), price=money(price), n=self.n
                )
            ),
            *self._allocation_steps(),
        ]
        return self._result("partner_cloud_revenue", steps)

    def partner_net(self) -> Explanation:
        steps = [Step(text) for text in partner_net_steps(self.row)]
        return self._result("partner_net", steps)

    def partner_value(self) -> Explanation:
        margin = self._value("partner_cloud_margin")
        steps = [Step(text) for text in partner_value_steps(self.row, margin)]
        return self._result("partner_value", steps)

    def agi_measure(self) -> Explanation:
        agi = self.contract.agi_clause
        if agi is None:
            raise ExplainError(_("this contract has no AGI clause"))
        measure = float(self.row["agi_measure"])
        kinds = {
            "cumulative": _("cumulative profit"),
            "ttm": _("profit over the last twelve months"),
            "annual": _("the year's profit (tested at year end)"),
        }
        steps = [
            Step(
                _("measure: {measure}, threshold {threshold} ({cite})").format(
                    measure=kinds[agi.measure],
                    threshold=money(agi.threshold),
                    cite=self._cite(agi),
                ),
                agi.id,
            ),
            Step(agi_outcome(self.p.key_figures, agi)),
        ]
        if not bool(self.p.in_force[agi.id].iloc[self.t]):
            text = _("the clause is not in force in {period}").format(period=self.label)
            steps.append(Step(text, agi.id))
        value = 0.0 if measure != measure else measure
        if measure != measure:
            headline = _("{period} AGI measure not tested this period").format(period=self.label)
        else:
            headline = _("{period} AGI measure {value}").format(
                period=self.label, value=money(measure)
            )
        return Explanation("agi_measure", self.label, value, headline, tuple(steps))


def _none(what: str) -> Step:
    return Step(no_clause(what))
