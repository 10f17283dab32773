"""A contract's words on the timeline, kept while the contract and the language stay the same.

An edit lays the timeline out again and only its dates move: translating some fifty clause
and event titles and summaries was most of that work.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.clausetext import describe_dates, kind_label
from core.contract import Contract
from core.kinds import kind_of
from core.present.contract_text import summary_of, title_of
from core.present.i18n import language


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """What a clause's bar says whatever the projection: title, kind, dates, lane group."""

    title: str
    kind_label: str
    dates: str
    group: str


@dataclass(frozen=True, slots=True)
class ContractWords:
    """Per event its title and summary, per clause its `ClauseWords`, in contract order."""

    events: tuple[tuple[str, str | None], ...]
    clauses: tuple[ClauseWords, ...]


_kept: tuple[Contract, str, ContractWords] | None = None


def words_of(contract: Contract) -> ContractWords:
    """`contract`'s timeline words in the current language (the last contract's are kept)."""
    global _kept
    lang = language()
    kept = _kept
    if kept is not None and kept[0] is contract and kept[1] == lang:
        return kept[2]
    words = ContractWords(
        events=tuple((title_of(e), summary_of(e)) for e in contract.events),
        clauses=tuple(
            ClauseWords(
                title=title_of(clause),
                kind_label=kind_label(clause.kind),
                dates=describe_dates(clause.start, clause.end),
                group=kind_of(clause.kind).group,
            )
            for clause in contract.clauses
        ),
    )
    _kept = (contract, lang, words)
    return words
