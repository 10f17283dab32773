"""Closing sections: how the model works, what is uncertain, the sources, and the stamp."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Paragraph,
    Spacer,
    Table,
)

from core import MODEL_VERSION
from core.contract import Confidence, Contract
from core.present.contract_text import confidence_label, title_of
from core.present.format import date as date_text
from core.present.grammar import party_words, semicolons
from core.present.i18n import N_, _, ngettext
from core.report.content import BriefContent, app_version, content_hash
from core.report.script import markup
from core.report.styles import ACCENT, CONFIDENCE_COLOURS, RULE
from core.report.tables import grid_table

LINK_HEX = ACCENT.hexval()[2:]
CONFIDENCE_WORDS: dict[Confidence, str] = {
    "official": N_("the parties’ own words"),
    "reported": N_("named press reporting"),
    "assumed": N_("the contract author’s reading where nothing public says"),
}


def method_paragraphs(contract: Contract, end_year: int) -> list[str]:
    """What the model does, in a few sentences (plain text)."""
    words = party_words(contract.parties) | {"end_year": end_year}
    return [
        _(
            "Each scenario is a set of assumptions about {lab}’s revenue, costs and compute "
            "needs. The model projects them quarter by quarter to {end_year} and applies the "
            "contract’s clauses in order: compute is allocated between {lab}’s own capacity, "
            "{cloud} and other clouds; revenue-share payments run until their cap or end "
            "date; profit shares apply to positive profit only; and the AGI clause, once its "
            "test is met and verified, ends the clauses it names."
        ).format(**words),
        _(
            "Money is in billions of US dollars, nominal; present values use each scenario’s "
            "discount rate. Figures are projections under stated assumptions, not forecasts: "
            "the contract text is not public, so every clause rests on the sources below, "
            "and its confidence tag says how firm it is."
        ),
    ]


def caveat_paragraph(contract: Contract) -> str:
    """How many clauses rest on each confidence level (plain text)."""
    counts = Counter(c.confidence for c in contract.clauses)
    parts = [
        _level_count(level, counts.get(level, 0)).format(words=_(words))
        for level, words in CONFIDENCE_WORDS.items()
    ]
    total = len(contract.clauses)
    return ngettext(
        "Of the contract’s {count} clause: {parts}.",
        "Of the contract’s {count} clauses: {parts}.",
        total,
    ).format(count=total, parts=semicolons(parts))


def _level_count(level: str, count: int) -> str:
    """``3 official ({words})``: a count of clauses at one confidence level, in agreement."""
    if level == "official":
        text = ngettext("{count} official ({words})", "{count} official ({words})", count)
    elif level == "reported":
        text = ngettext("{count} reported ({words})", "{count} reported ({words})", count)
    else:
        text = ngettext("{count} assumed ({words})", "{count} assumed ({words})", count)
    return text.replace("{count}", str(count))


def method_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """The method and caveats, every clause's confidence and sources, then the source list."""
    end = content.workspace.settings.end_year
    story: list[Flowable] = [Paragraph(_("Appendix: method and sources"), styles["H1"])]
    story += [
        Paragraph(markup(t), styles["Body"]) for t in method_paragraphs(content.contract, end)
    ]
    story.append(Paragraph(markup(caveat_paragraph(content.contract)), styles["Body"]))
    story += [CondPageBreak(120), Paragraph(_("Clauses and their sources"), styles["H2"])]
    story.append(clause_sources_table(content.contract, styles, width))
    story += [CondPageBreak(80), Paragraph(_("Sources"), styles["H2"])]
    story += source_list(content.contract, styles)
    return story


def source_numbers(contract: Contract) -> dict[str, int]:
    """Source id -> its number in the list: in order of first citation, uncited ones last."""
    cited = [s for c in contract.clauses for s in c.sources]
    cited += [s for e in contract.events for s in e.sources]
    cited += [s.id for s in contract.sources]
    return {source_id: n for n, source_id in enumerate(dict.fromkeys(cited), 1)}


def clause_sources_table(contract: Contract, styles: StyleSheet1, width: float) -> Table:
    """Clause, confidence (with its timeline colour) and the numbers of its sources."""
    numbers = source_numbers(contract)
    rows: list[list[str | Paragraph]] = [[_("Clause"), _("Confidence"), _("Sources")]]
    for clause in contract.clauses:
        colour = CONFIDENCE_COLOURS[clause.confidence].hexval()[2:]
        level = confidence_label(clause.confidence)
        tag = Paragraph(f'<font color="#{colour}">■</font> {level}', styles["Cell"])
        cited = ", ".join(f"[{numbers[s]}]" for s in clause.sources) or _("no public source")
        rows.append([title_of(clause), tag, cited])
    return grid_table(rows, [width * 0.55, width * 0.15, width * 0.30], styles, numeric_from=3)


def source_list(contract: Contract, styles: StyleSheet1) -> list[Flowable]:
    """The numbered sources, each with a hanging number and its address as a link."""
    return [
        Paragraph(source_markup(contract, source_id), styles["Source"], bulletText=f"[{number}]")
        for source_id, number in source_numbers(contract).items()
    ]


def source_markup(contract: Contract, source_id: str) -> str:
    """Title, publisher and date, then the address as a clickable link that wraps at ``/``."""
    s = contract.source(source_id)
    parts = [s.title, s.publisher, date_text(s.date) if s.date else None]
    text = markup(", ".join(p for p in parts if p))
    url = xml_escape(s.url, {'"': "&quot;"})
    return f'{text}, <a href="{url}" color="#{LINK_HEX}">{markup(s.url)}</a>'


def stamp_line(content: BriefContent) -> str:
    """The stamp in one line for page 1's header band."""
    workspace_hash, contract_hash = content_hash(content.workspace, content.contract)
    when = content.generated_at.strftime("%Y-%m-%d %H:%M %Z").strip()
    return _(
        "Dealscope {app} · model {model} · contract {contract} (sha256 {contract_hash}) · "
        "workspace sha256 {workspace_hash} · {when}"
    ).format(
        app=app_version(),
        model=MODEL_VERSION,
        contract=content.contract.id,
        contract_hash=contract_hash[:12],
        workspace_hash=workspace_hash[:12],
        when=when,
    )


def stamp_story(content: BriefContent, styles: StyleSheet1) -> list[Flowable]:
    """The reproducibility stamp, kept together at the end of the last page."""
    workspace_hash, contract_hash = content_hash(content.workspace, content.contract)
    when = content.generated_at.strftime("%Y-%m-%d %H:%M:%S %Z").strip()
    lines = [
        _("Dealscope {app} · model version {model} · generated {when}").format(
            app=app_version(), model=MODEL_VERSION, when=when
        ),
        _("Contract {contract} (sha256 {hash})").format(
            contract=content.contract.id, hash=contract_hash
        ),
        _("Workspace content sha256 {hash}").format(hash=workspace_hash),
        _("Scenarios: {names}").format(names=", ".join(content.projections)),
    ]
    rule = HRFlowable(width="100%", thickness=0.5, color=RULE, spaceAfter=4)
    title = Paragraph("<b>" + _("Reproducibility") + "</b>", styles["Stamp"])
    body = [Paragraph(markup(line), styles["Stamp"]) for line in lines]
    return [Spacer(1, 18), rule, title, *body]
