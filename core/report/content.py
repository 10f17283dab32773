"""What one brief shows: the contract, the chosen scenarios, their projections and the stamp."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from typing import Literal

from core.contract import Contract
from core.errors import DealscopeError
from core.projection import Projection, project
from core.report.analyses import ScenarioAnalyses, stored_analyses
from core.workspace import Scenario, Workspace

PageSize = Literal["A4", "Letter"]

SECTIONS: dict[str, str] = {
    "summary": "Summary",
    "timeline": "Clause timeline",
    "charts": "Charts",
    "comparison": "Scenario comparison",
    "assumptions": "Assumptions",
    "analyses": "Sensitivity and Monte Carlo",
    "method": "Method, caveats and sources",
}
"""Optional sections, in brief order, with their headings; the cover and stamp always print."""


class BriefRequestError(DealscopeError):
    """The brief asks for a scenario or a section that does not exist."""


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
    sections : frozenset of str
        Keys of `SECTIONS` to print.
    generated_at : datetime
        Generation time, timezone-aware.
    analyses : mapping of str to ScenarioAnalyses
        Sensitivity and Monte Carlo results by scenario name; may be empty.
    """

    contract: Contract
    workspace: Workspace
    projections: dict[str, Projection]
    title: str
    audience: str
    sections: frozenset[str]
    generated_at: dt.datetime
    analyses: Mapping[str, ScenarioAnalyses] = field(default_factory=dict)

    @property
    def scenarios(self) -> list[Scenario]:
        """The chosen scenarios, in brief order."""
        return [self.workspace.scenario(name) for name in self.projections]

    @property
    def first(self) -> Projection:
        """The first scenario's projection (timeline markers use it)."""
        return next(iter(self.projections.values()))


def collect(
    workspace: Workspace,
    contract: Contract,
    scenarios: Sequence[str] | None,
    *,
    title: str | None,
    audience: str | None,
    sections: Collection[str] | None,
    analyses: Mapping[str, ScenarioAnalyses] | None,
    generated_at: dt.datetime | None,
) -> BriefContent:
    """Check the request and project every chosen scenario.

    Raises
    ------
    BriefRequestError
        When a scenario or a section is unknown, or no scenario is chosen.
    """
    names = _scenario_names(workspace, scenarios)
    chosen = _section_keys(sections)
    projections = {
        name: project(contract, workspace.settings, workspace.scenario(name).resolved())
        for name in names
    }
    return BriefContent(
        contract=contract,
        workspace=workspace,
        projections=projections,
        title=title.strip() if title and title.strip() else default_title(contract),
        audience=(audience or "").strip(),
        sections=chosen,
        generated_at=generated_at or dt.datetime.now(dt.UTC),
        analyses=dict(_analyses(workspace, contract, names, chosen, analyses)),
    )


def _analyses(
    workspace: Workspace,
    contract: Contract,
    names: Sequence[str],
    sections: frozenset[str],
    given: Mapping[str, ScenarioAnalyses] | None,
) -> Mapping[str, ScenarioAnalyses]:
    """The analyses given, else those the scenarios record (only when the brief prints them)."""
    if given is not None:
        return given
    return stored_analyses(workspace, contract, names) if "analyses" in sections else {}


def default_title(contract: Contract) -> str:
    """``OpenAI–Microsoft partnership: scenario brief`` (with an en dash)."""
    return f"{contract.parties.lab}–{contract.parties.partner} partnership: scenario brief"


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


def _section_keys(sections: Collection[str] | None) -> frozenset[str]:
    if sections is None:
        return frozenset(SECTIONS)
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        raise BriefRequestError(
            f"no section {', '.join(map(repr, unknown))}; choose from {', '.join(SECTIONS)}"
        )
    return frozenset(sections)


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
