"""What one brief shows: the contract, the chosen scenarios, their projections and the stamp."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from typing import Literal, TypedDict, TypeVar, Unpack

from core.analysis import Sensitivity, compute_sensitivity
from core.batched import project_many
from core.chain import Chain, Deal
from core.contract import Contract
from core.errors import DealscopeError
from core.loading import LoadedWorkspace, chain_of
from core.present.grammar import party_words
from core.present.i18n import N_, _
from core.projection import Projection
from core.report.analyses import ScenarioAnalyses, scenario_analyses
from core.terms import TermError
from core.workspace import Scenario, Workspace

_T = TypeVar("_T", bound=str)
PageSize = Literal["A4", "Letter"]
Reader = Literal["partner", "lab", "neutral"]
READERS: tuple[Reader, ...] = ("partner", "lab", "neutral")
HEADLINES: dict[Reader, str] = {
    "partner": "partner_value_npv",
    "lab": "revenue_share_npv",
    "neutral": "partner_value_npv",
}
"""Each reader's headline key figure: the partner's value, or what the lab pays."""
Lang = Literal["en", "fr"]
LANGUAGES: tuple[Lang, ...] = ("en", "fr")
"""Languages the brief is written in."""

SECTIONS: dict[str, str] = {
    "answer": N_("The answer"),
    "versions": N_("What each version changed"),
    "terms": N_("The terms in words"),
    "summary": N_("Key figures by scenario"),
    "backtest": N_("How the model compares with reported figures"),
    "timeline": N_("Clause timeline"),
    "charts": N_("Charts"),
    "comparison": N_("Scenario comparison"),
    "analyses": N_("Sensitivity and Monte Carlo"),
    "assumptions": N_("Appendix: assumptions and notes"),
    "method": N_("Appendix: method and sources"),
}
"""Sections in default order, with their headings (English; `_` translates them where shown);
the header band and stamp always print."""


class BriefRequestError(DealscopeError):
    """The brief asks for a scenario or a section that does not exist."""


class BriefCancelledError(DealscopeError):
    """The brief was cancelled before it was finished; nothing was written."""


Cancelled = Callable[[], bool]
"""Asked now and then while a brief is built; True stops it with `BriefCancelledError`."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    """Raise `BriefCancelledError` when `cancelled` says so."""
    if cancelled is not None and cancelled():
        raise BriefCancelledError("the brief export was cancelled")


@dataclass(frozen=True, eq=False)
class BriefContent:
    """Everything a brief prints, computed once before layout.

    Parameters
    ----------
    contract : Contract
        The contract version the brief covers.
    workspace : Workspace
        The workspace the scenarios come from (its settings give the horizon).
    projections : dict of str to Projection
        One projection per chosen scenario, in the order asked for.
    title, audience : str
        User text, unescaped; `audience` may be empty.
    sections : tuple of str
        Keys of `SECTIONS` to print, in print order.
    generated_at : datetime
        Generation time, timezone-aware.
    analyses : mapping of str to ScenarioAnalyses
        Sensitivity and Monte Carlo results by scenario name; may be empty.
    reader : {"partner", "lab", "neutral"}
        Whose question the brief answers: its sentences and the order of its figures.
    chain : tuple of Contract
        The contract's versions, oldest first, `contract` last (one version: just it).
    author : str
        The analyst's name for the PDF's metadata; may be empty.
    lang : {"en", "fr"}
        The language of the brief's words and numbers.
    headline_sensitivity : Sensitivity or None
        The first scenario's tornado of the reader's headline figure, for page 1's "what
        would change this view"; None when page 1 is not printed.
    """

    contract: Contract
    workspace: Workspace
    projections: dict[str, Projection]
    title: str
    audience: str
    sections: tuple[str, ...]
    generated_at: dt.datetime
    analyses: Mapping[str, ScenarioAnalyses] = field(default_factory=dict)
    reader: Reader = "partner"
    chain: tuple[Contract, ...] = ()
    author: str = ""
    lang: Lang = "en"
    headline_sensitivity: Sensitivity | None = None

    @property
    def scenarios(self) -> list[Scenario]:
        """The chosen scenarios, in brief order."""
        return [self.workspace.scenario(name) for name in self.projections]

    @property
    def first(self) -> Projection:
        """The first scenario's projection (timeline markers use it)."""
        return next(iter(self.projections.values()))


class BriefOptions(TypedDict, total=False):
    """What a brief request sets besides its workspace and contract (see `render_brief`)."""

    scenarios: Sequence[str] | None
    title: str | None
    audience: str | None
    page_size: PageSize
    sections: Collection[str] | None
    analyses: Mapping[str, ScenarioAnalyses] | None
    generated_at: dt.datetime | None
    reader: str
    chain: Chain | Sequence[Contract] | None
    author: str
    lang: str
    cancelled: Cancelled | None


def collect(
    workspace: Workspace, contract: Contract, **options: Unpack[BriefOptions]
) -> BriefContent:
    """Check the request and project every chosen scenario.

    Each scenario is projected as the app and the command line do: the contract alone,
    or its dated chain of versions (``settings.versions == "dated"``), with the scenario's
    clause terms applied.

    Raises
    ------
    BriefRequestError
        When a scenario, a section, the reader or the language is unknown, no scenario is
        chosen, or a scenario sets terms the contract cannot take.
    """
    names = _scenario_names(workspace, options.get("scenarios"))
    chosen = _section_keys(options.get("sections"))
    who = _choice(options.get("reader", "partner"), READERS, "reader")
    language = _choice(options.get("lang", "en"), LANGUAGES, "language")
    versions = _chain(contract, options.get("chain"))
    title = (options.get("title") or "").strip()
    loaded = LoadedWorkspace(workspace=workspace, contract=contract, chain=versions)
    deals = {name: _deal(loaded, workspace.scenario(name)) for name in names}
    check_cancelled(options.get("cancelled"))
    jobs = [(deals[name], workspace.scenario(name).resolved()) for name in names]
    projections = dict(zip(names, project_many(jobs, workspace.settings), strict=True))
    return BriefContent(
        contract=contract,
        workspace=workspace,
        projections=projections,
        title=title or default_title(contract),
        audience=(options.get("audience") or "").strip(),
        sections=chosen,
        generated_at=options.get("generated_at") or dt.datetime.now(dt.UTC),
        analyses=dict(found := _analyses(workspace, deals, chosen, options.get("analyses"))),
        reader=who,
        chain=versions.versions,
        author=options.get("author", "").strip(),
        lang=language,
        headline_sensitivity=_headline_tornado(workspace, deals, who, chosen, found),
    )


def _headline_tornado(
    workspace: Workspace,
    deals: Mapping[str, Deal],
    reader: Reader,
    sections: Sequence[str],
    analyses: Mapping[str, ScenarioAnalyses],
) -> Sensitivity | None:
    """The first scenario's tornado of the headline figure (a few milliseconds to compute)."""
    if "answer" not in sections:
        return None
    name = next(iter(deals))
    figure = HEADLINES[reader]
    stored = analyses.get(name)
    if (
        stored is not None
        and stored.sensitivity is not None
        and stored.sensitivity.figure == figure
    ):
        return stored.sensitivity
    scenario = workspace.scenario(name)
    return compute_sensitivity(
        deals[name], workspace.settings, scenario.resolved(), figure, scenario.uncertainty
    )


def _choice(value: str, allowed: tuple[_T, ...], what: str) -> _T:
    for choice in allowed:
        if value == choice:
            return choice
    raise BriefRequestError(f"no {what} {value!r}; choose from {', '.join(allowed)}")


def _chain(contract: Contract, chain: Chain | Sequence[Contract] | None) -> Chain:
    """The chain given, else `contract`'s bundled predecessors (cut where one is missing)."""
    if isinstance(chain, Chain):
        return chain
    return Chain(tuple(chain)) if chain else chain_of(contract, (), strict=False)


def _deal(loaded: LoadedWorkspace, scenario: Scenario) -> Deal:
    try:
        return loaded.deal_for(scenario)
    except TermError as exc:
        raise BriefRequestError(
            f"scenario {scenario.name!r} sets terms that contract {loaded.contract.id!r} "
            f"cannot take: {exc}"
        ) from None


def _analyses(
    workspace: Workspace,
    deals: Mapping[str, Deal],
    sections: Sequence[str],
    given: Mapping[str, ScenarioAnalyses] | None,
) -> Mapping[str, ScenarioAnalyses]:
    """The analyses given, else those the scenarios record (only when the brief prints them)."""
    if given is not None:
        return given
    # Page 1's "what would change this view" reads the first scenario's analyses.
    names = list(deals) if "analyses" in sections else list(deals)[:1]
    if "analyses" not in sections and "answer" not in sections:
        return {}
    found: dict[str, ScenarioAnalyses] = {}
    for name in names:
        result = scenario_analyses(deals[name], workspace.settings, workspace.scenario(name))
        if not result.is_empty():
            found[name] = result
    return found


def default_title(contract: Contract) -> str:
    """``OpenAI–Microsoft partnership: scenario brief`` (with an en dash)."""
    parties = contract.parties
    return _("{lab}–{partner} partnership: scenario brief").format(**party_words(parties))


def _scenario_names(workspace: Workspace, scenarios: Sequence[str] | None) -> list[str]:
    known = [s.name for s in workspace.scenarios]
    names = list(dict.fromkeys(scenarios)) if scenarios is not None else known
    unknown = [n for n in names if n not in known]
    choices = ", ".join(repr(n) for n in known)
    if unknown:
        missing = ", ".join(repr(n) for n in unknown)
        raise BriefRequestError(f"no scenario {missing} in the workspace; choose from {choices}")
    if not names:
        raise BriefRequestError(f"choose at least one scenario from {choices}")
    return names


def _section_keys(sections: Collection[str] | None) -> tuple[str, ...]:
    if sections is None:
        return tuple(SECTIONS)
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        raise BriefRequestError(
            f"no section {', '.join(map(repr, unknown))}; choose from {', '.join(SECTIONS)}"
        )
    return tuple(dict.fromkeys(sections))


def app_version() -> str:
    """The installed Dealscope version, or ``unknown`` outside an installed checkout."""
    try:
        return metadata.version("dealscope")
    except metadata.PackageNotFoundError:
        return "unknown"


def content_hash(workspace: Workspace, contract: Contract) -> tuple[str, str]:
    """SHA-256 of the workspace and of the contract, each as canonical JSON.

    Canonical JSON: keys sorted, no insignificant whitespace, UTF-8. The same workspace
    content gives the same hash whatever its file's layout.
    """
    return _sha256(workspace.model_dump(mode="json")), _sha256(contract.model_dump(mode="json"))


def _sha256(data: object) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
