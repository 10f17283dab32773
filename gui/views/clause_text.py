"""HTML for the clause inspector: a clause or an event in plain words, with links."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from core.clausetext import describe_dates, kind_label, parameter_rows
from core.contract import AgiClause, Clause, Contract, Event
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.kinds import kind_of
from core.present.contract_text import summary_of, title_of
from core.present.labels import fill_names
from core.present.text import figure_text
from core.projection import Projection
from gui.language import translate
from gui.views.timeline_style import CONFIDENCE_WORDS, MARKER, MUTED, confidence_colour

STYLE = f"""
h2 {{ margin: 0 0 2px 0; font-size: 11pt; }}
p {{ margin: 3px 0; }}
ol {{ margin: 0; -qt-list-indent: 0; }}
li {{ margin: 0; }}
.muted {{ color: {MUTED}; }}
.section {{ color: {MUTED}; font-weight: bold; margin-top: 6px; }}
.cut {{ color: {MARKER}; }}
td {{ padding: 0 8px 0 0; vertical-align: top; }}
"""
"""Compact, so that a clause such as the AGI clause shows whole in a laptop's right column."""


def driven_figures(clause: Clause) -> tuple[str, ...]:
    """Key figure names the clause can change (none for a product-integration exclusivity)."""
    return kind_of(clause.kind).drives_of(clause)


def clause_html(clause: Clause, contract: Contract, projection: Projection | None) -> str:
    """The clause: title, kind and confidence, dates, parameters, summary, drives, sources."""
    parts = [
        f"<h2>{escape(title_of(clause))}</h2>",
        _badges(kind_label(clause.kind), clause.confidence),
        "<table>",
        _row(
            QCoreApplication.translate("ClauseText", "Dates"),
            escape(describe_dates(clause.start, clause.end)),
        ),
    ]
    for row in parameter_rows(clause, contract.parties):
        value = _ends_links(clause, contract) if row.key == "Ends" else escape(row.text)
        parts.append(_row(row.label, value))
    parts.append("</table>")
    if projection is not None:
        parts.append(_in_force(clause, projection))
    parts.append(f"<p>{escape(summary_of(clause) or '')}</p>")
    parts.append(_drives(clause, contract, projection))
    parts.append(_sources(clause.sources, contract))
    return f"<style>{STYLE}</style>" + "".join(parts)


def event_html(event: Event, contract: Contract) -> str:
    """The event: title, date, summary and sources."""
    parts = [
        f"<h2>{escape(title_of(event))}</h2>",
        f"<p class='muted'>Event · {event.date:%d %B %Y}</p>",
    ]
    summary = summary_of(event)
    if summary:
        parts.append(f"<p>{escape(summary)}</p>")
    parts.append(_sources(event.sources, contract))
    return f"<style>{STYLE}</style>" + "".join(parts)


def placeholder_html() -> str:
    """What the inspector shows before anything is chosen."""
    text = translate(
        "ClauseText",
        "Click a clause or an event on the timeline, or a clause named in an explanation, "
        "to see it here.",
    )
    return f"<p class='muted' style='color:{MUTED}'>{text}</p>"


def _badges(kind: str, confidence: str) -> str:
    colour = confidence_colour(confidence).name()
    words = translate("TimelineLegend", CONFIDENCE_WORDS.get(confidence, ""))
    level = translate("TimelineLegend", confidence.capitalize())
    return (
        f"<p><span class='muted'>{escape(kind)}</span> · "
        f"<span style='color:{colour}; font-weight:bold'>{level}</span>"
        f" <span class='muted'>({escape(words)})</span></p>"
    )


def _row(label: str, value: str) -> str:
    return f"<tr><td class='muted'>{escape(label)}</td><td>{value}</td></tr>"


def _ends_links(clause: Clause, contract: Contract) -> str:
    if not isinstance(clause, AgiClause) or not clause.ends:
        return translate("ClauseText", "nothing")
    return ", ".join(clause_link(contract, clause_id) for clause_id in clause.ends)


def clause_link(contract: Contract, clause_id: str) -> str:
    """A ``clause:<id>`` link showing the clause's title (its id if unknown)."""
    try:
        title = title_of(contract.clause(clause_id))
    except KeyError:
        title = clause_id
    return f"<a href='clause:{escape(clause_id)}'>{escape(title)}</a>"


def _in_force(clause: Clause, projection: Projection) -> str:
    if clause.id not in projection.in_force:
        return ""
    labels = projection.grid.labels
    mask = projection.in_force[clause.id].tolist()
    periods = [label for label, on in zip(labels, mask, strict=True) if on]
    if not periods:
        text = translate("ClauseText", "Not in force within the horizon")
    elif len(periods) == len(labels):
        text = translate("ClauseText", "In force throughout the horizon")
    else:
        text = translate("ClauseText", "In force {first}–{last}").format(
            first=periods[0], last=periods[-1]
        )
    text += " " + translate("ClauseText", "({first}–{last}) under this scenario.").format(
        first=labels[0], last=labels[-1]
    )
    agi = projection.contract.agi_clause
    effective = projection.key_figures["agi_effective_period"]
    if agi is not None and clause.id in agi.ends and isinstance(effective, str):
        ended = translate("ClauseText", "Ended by the AGI clause from {period}.")
        text += f" <span class='cut'>{ended.format(period=effective)}</span>"
    return f"<p>{text}</p>"


def _drives(clause: Clause, contract: Contract, projection: Projection | None) -> str:
    names = driven_figures(clause)
    if not names:
        none = translate("ClauseText", "No key figure; shown for context.")
        return f"<p class='section'>{_DRIVES()}</p><p class='muted'>{none}</p>"
    rows = []
    for name in names:
        figure = KEY_FIGURES_BY_NAME[name]
        label = escape(fill_names(figure.label, contract))
        value = ""
        if projection is not None:
            value = escape(figure_text(figure.kind, projection.key_figures[name]))
        rows.append(_row_html(label, value))
    return f"<p class='section'>{_DRIVES()}</p><table>" + "".join(rows) + "</table>"


def _row_html(label: str, value: str) -> str:
    return f"<tr><td>{label}</td><td align='right'><b>{value}</b></td></tr>"


def _sources(source_ids: tuple[str, ...], contract: Contract) -> str:
    if not source_ids:
        none = translate("ClauseText", "None cited.")
        return f"<p class='section'>{_SOURCES()}</p><p class='muted'>{none}</p>"
    items = []
    for source_id in source_ids:
        try:
            source = contract.source(source_id)
        except KeyError:
            items.append(f"<li>{escape(source_id)}</li>")
            continue
        detail = ", ".join(
            part for part in (source.publisher, source.date and f"{source.date}") if part
        )
        tail = f" <span class='muted'>— {escape(detail)}</span>" if detail else ""
        items.append(f"<li><a href='{escape(source.url)}'>{escape(source.title)}</a>{tail}</li>")
    return f"<p class='section'>{_SOURCES()}</p><ol>" + "".join(items) + "</ol>"


def _DRIVES() -> str:
    return translate("ClauseText", "Drives")


def _SOURCES() -> str:
    return translate("ClauseText", "Sources")
