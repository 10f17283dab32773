"""The terms in words: each paying clause's rate, cap, tiers, dates and confidence, and AGI."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph

from core.clausetext import describe_parameters, parameter_rows
from core.contract import AgiClause, Clause, Contract, RevenueShare
from core.kinds import kind_of, kinds_with
from core.present.format import date as date_text
from core.present.format import money as money_text
from core.present.format import period as period_text
from core.report.content import BriefContent
from core.report.script import markup
from core.report.tables import grid_table

PAYING_ROLES = ("payment", "equity")
PAYING = (*kinds_with("payment"), *kinds_with("equity"))
COMMITTING = kinds_with("commitment")
SHOWN_ROLES = ("payment", "equity", "commitment", "agi")
"""The kinds the terms table lists, by their role in the engine (core.kinds)."""


def shown_in_terms(clause: Clause) -> bool:
    """Whether the terms table lists `clause`: paying, equity, committing and AGI clauses."""
    return kind_of(clause.kind).role in SHOWN_ROLES


def dates_words(start: dt.date | None, end: dt.date | None) -> str:
    """``21 Jan 2025 to 31 Dec 2030``, ``from 28 Oct 2025``, ``until …``, ``open-ended``."""
    if start and end:
        return f"{date_text(start)} to {date_text(end)}"
    if start:
        return f"from {date_text(start)}"
    if end:
        return f"until {date_text(end)}"
    return "open-ended"


def clause_terms(clause: Clause, contract: Contract) -> str:
    """The clause's parameters in words, one sentence-like line."""
    if isinstance(clause, AgiClause):
        return agi_terms(clause, contract)
    words = [f"{name}: {text}" for name, text in describe_parameters(clause, contract.parties)]
    if isinstance(clause, RevenueShare) and clause.cap_total is not None:
        counted = f" counting from {date_text(clause.start)}" if clause.start else ""
        words[-1] = f"Cap: {money_text(clause.cap_total)} in total{counted}"
    return "; ".join(words).replace("'", "’")


def agi_terms(clause: AgiClause, contract: Contract) -> str:
    """The AGI test and the clauses it ends, by title."""
    ends = [c.title for c in contract.clauses if c.id in clause.ends]
    test = next(row.text for row in parameter_rows(clause, contract.parties) if row.key == "Test")
    lag = clause.verification_lag_quarters
    ending = "; ".join(ends) if ends else "no clause"
    return (
        f"Test: {test}; verified after {lag} quarter{'s' if lag != 1 else ''}; "
        f"once in force it ends: {ending}"
    )


def agi_consequence(content: BriefContent) -> str:
    """What the AGI clause changes under the first scenario, or that it moves no payment."""
    contract = content.contract
    agi = contract.agi_clause
    if agi is None:
        return ""
    name = content.scenarios[0].name
    figures = content.first.key_figures
    effective = figures.get("agi_effective_period")
    if not isinstance(effective, str):
        return f"Under {name} the AGI test is not met within the projection, so nothing ends."
    ended = [c for c in contract.clauses if c.id in agi.ends]
    paying = [c for c in ended if kind_of(c.kind).role in PAYING_ROLES]
    grid = content.first.grid
    index = grid.index_of(effective)
    year = grid.start_year + index / grid.n
    cap = figures.get("revenue_share_cap_reached_period")
    capped_before = isinstance(cap, str) and grid.index_of(cap) < index
    still = [c for c in paying if not _over_before(c, year, capped_before)]
    when = period_text(effective)
    if not ended:
        return f"Under {name} the AGI clause takes effect in {when} but ends no clause."
    if not still:
        return (
            f"Under {name} the AGI clause takes effect in {when}; by then the payments it ends "
            "have stopped (cap reached or term over), so it no longer moves any payment."
        )
    titles = "; ".join(c.title for c in still)
    return f"Under {name} the AGI clause takes effect in {when} and stops: {titles}."


def _over_before(clause: Clause, year: float, capped_before: bool) -> bool:
    """True when `clause` pays nothing any more at `year` (term over, or its cap reached)."""
    if clause.end is not None and clause.end.year + clause.end.timetuple().tm_yday / 366 < year:
        return True
    return isinstance(clause, RevenueShare) and clause.cap_total is not None and capped_before


def terms_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """One row per paying or committing clause and the AGI clause, then its consequence."""
    contract = content.contract
    chosen = [c for c in contract.clauses if shown_in_terms(c)]
    if not chosen:
        return []
    rows: list[list[str]] = [["Clause", "Terms", "When", "Confidence"]]
    for clause in chosen:
        rows.append(
            [
                clause.title,
                clause_terms(clause, contract),
                dates_words(clause.start, clause.end),
                clause.confidence,
            ]
        )
    widths = [width * 0.22, width * 0.46, width * 0.19, width * 0.13]
    story: list[Flowable] = [
        Paragraph("The terms in words", styles["H1"]),
        grid_table(rows, widths, styles, numeric_from=4),
    ]
    consequence = agi_consequence(content)
    if consequence:
        story += [
            Paragraph("The AGI clause", styles["H2"]),
            Paragraph(markup(consequence), styles["Body"]),
        ]
    return story
