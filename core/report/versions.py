"""What each version changed: the first scenario under every version of the contract.

Each version is projected on its own (`core.batched.project_many`), the same scenario and
settings, so the difference between two rows is what the amendment gave or took.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph

from core.batched import project_many
from core.clausediff import ClauseDiff, diff_contracts
from core.contract import Contract
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.kinds import kind_of
from core.present.contract_text import title_of
from core.present.format import date as date_text
from core.present.grammar import party_words, semicolons
from core.present.i18n import N_, _, ngettext
from core.present.labels import fill as label
from core.present.text import difference_text, figure_text
from core.projection import Projection
from core.report.answer import version_name
from core.report.content import BriefContent
from core.report.reader import reader_view
from core.report.script import markup
from core.report.tables import grid_table

_PARAMETERS = {
    "cap_total": N_("cap"),
    "until_total": N_("limit"),
    "verification_lag_quarters": N_("verification lag (quarters)"),
    "start": N_("start"),
    "end": N_("end"),
    "rate": N_("rate"),
    "threshold": N_("threshold"),
    "measure": N_("measure"),
    "exclusive": N_("exclusive"),
    "amount": N_("amount"),
    "share": N_("share"),
    "tiers": N_("tiers"),
    "purpose": N_("purpose"),
    "subject": N_("subject"),
    "scope": N_("scope"),
    "direction": N_("direction"),
    "basis": N_("basis"),
    "pays": N_("pays"),
    "capacity_gw": N_("capacity (GW)"),
}
_SKIPPED = {"title", "confidence", "ends", "kind"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MAX_CHANGES = 4


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One version and the first scenario's projection under it alone."""

    contract: Contract
    projection: Projection


def version_rows(content: BriefContent) -> list[VersionRow]:
    """The first scenario projected under each version of the chain, oldest first."""
    scenario = content.scenarios[0]
    settings = content.workspace.settings
    assumptions = scenario.resolved()
    projections = project_many([(c, assumptions) for c in content.chain], settings)
    return [VersionRow(c, p) for c, p in zip(content.chain, projections, strict=True)]


def change_words(diff: ClauseDiff, old: Contract, new: Contract) -> str:
    """What an amendment did to the clauses, in a few words, payments first.

    ``Revenue share: cap no cap → $38.0B; added …``: changes to paying clauses lead, since
    they move the figures; the rest follow until `MAX_CHANGES`, then a count.
    """
    ranked: list[tuple[int, str]] = []
    for clause in diff.added:
        ranked.append((_rank(clause.kind), _("added {clause}").format(clause=title_of(clause))))
    for clause in diff.removed:
        removed = _("removed {clause}").format(clause=title_of(clause))
        ranked.append((_rank(clause.kind), removed))
    kinds = {c.id: c.kind for c in new.clauses}
    titles = {c.id: title_of(c) for c in new.clauses}
    for change in diff.changed:
        items = [
            _("{parameter} {old} → {new}").format(
                parameter=_parameter(item.name), old=_dates(item.old), new=_dates(item.new)
            )
            for item in change.changes
            if item.name not in _SKIPPED
        ]
        rank = _rank(kinds[change.clause_id]) - 1  # a changed term before an added one
        title = titles.get(change.clause_id, change.title)
        if items:
            ranked.append(
                (rank, _("{clause}: {changes}").format(clause=title, changes=", ".join(items)))
            )
        elif any(item.name == "ends" for item in change.changes):
            ranked.append((rank, _("{clause}: changed the clauses it ends").format(clause=title)))
    if not ranked:
        return _("no change to the terms the model reads")
    parts = [text for _rank_of, text in sorted(ranked, key=lambda pair: pair[0])]
    shown = semicolons(parts[:MAX_CHANGES])
    more = len(parts) - MAX_CHANGES
    if more <= 0:
        return shown
    return ngettext(
        "{changes}; and {count} more change", "{changes}; and {count} more changes", more
    ).format(changes=shown, count=more)


def _parameter(name: str) -> str:
    """A clause parameter's name in words."""
    known = _PARAMETERS.get(name)
    return _(known) if known is not None else name.replace("_", " ")


_RANKS = {"payment": 1, "equity": 1, "agi": 3, "commitment": 3}
"""Paying clauses first, then the AGI clause and commitments, then the rest (by role)."""


def _rank(kind: str) -> int:
    return _RANKS.get(kind_of(kind).role, 5)


def _dates(text: str) -> str:
    match = _ISO_DATE.fullmatch(text)
    if match is None:
        return text
    return date_text(dt.date(int(match[1]), int(match[2]), int(match[3])))


def versions_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """A row per version, then one sentence and the figure's change per amendment."""
    if len(content.chain) < 2:
        return []
    parties = content.contract.parties
    view = reader_view(content.reader, parties)
    figure = KEY_FIGURES_BY_NAME[view.headline]
    scenario = content.scenarios[0].name
    rows = version_rows(content)
    story: list[Flowable] = [Paragraph(_("What each version changed"), styles["H1"])]
    story.append(
        Paragraph(
            markup(
                _(
                    "{scenario} under each version of the contract on its own, every period, "
                    "with the same assumptions: {figure} and what the revenue share pays."
                ).format(scenario=scenario, figure=label(figure.label, parties))
            ),
            styles["Body"],
        )
    )
    cap = KEY_FIGURES_BY_NAME["revenue_share_cap_reached_period"]
    paid = KEY_FIGURES_BY_NAME["revenue_share_total"]
    table: list[list[str]] = [
        [
            _("Version"),
            _("In force from"),
            label(figure.label, parties),
            label(paid.label, parties),
            _("Cap reached"),
        ]
    ]
    for row in rows:
        k = row.projection.key_figures
        table.append(
            [
                version_name(row.contract),
                date_text(row.contract.effective),
                figure_text(figure, k.get(view.headline)),
                figure_text(paid, k.get("revenue_share_total")),
                figure_text(cap, k.get("revenue_share_cap_reached_period")),
            ]
        )
    widths = [width * 0.28, width * 0.16, width * 0.2, width * 0.2, width * 0.16]
    story.append(grid_table(table, widths, styles, numeric_from=2))
    story.append(Paragraph(_("What each amendment gave or took"), styles["H2"]))
    effects: list[list[str]] = [
        [_("Amendment"), _("What changed"), _("Effect ({scenario})").format(scenario=scenario)]
    ]
    for before, after in itertools.pairwise(rows):
        diff = diff_contracts(before.contract, after.contract)
        delta = _delta(before.projection, after.projection, view.headline)
        effect = _("no effect") if delta is None else _effect(delta, content)
        effects.append(
            [
                version_name(after.contract),
                change_words(diff, before.contract, after.contract),
                effect,
            ]
        )
    story.append(grid_table(effects, [width * 0.22, width * 0.56, width * 0.22], styles, 2))
    return story


def _delta(before: Projection, after: Projection, name: str) -> float | None:
    old, new = before.key_figures.get(name), after.key_figures.get(name)
    if not isinstance(old, int | float) or not isinstance(new, int | float):
        return None
    difference = float(new) - float(old)
    return None if abs(difference) < 0.05 else difference


def _effect(delta: float, content: BriefContent) -> str:
    words = party_words(content.contract.parties) | {"amount": _signed(delta)}
    if content.reader == "lab":
        return _("{amount} in what {lab} pays").format(**words)
    return _("{amount} for {partner}").format(**words)


def _signed(value: float) -> str:
    return difference_text("money", value, 4)
