"""The executive PDF brief: `render_brief` writes one contract under chosen scenarios.

Pure and Qt-free: the app, the command line and the tests call the same function.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from core import MODEL_VERSION
from core.contract import Contract
from core.errors import FileError
from core.files import write_atomically
from core.report.analyses import ScenarioAnalyses, stored_analyses
from core.report.content import (
    SECTIONS,
    BriefContent,
    BriefRequestError,
    PageSize,
    app_version,
    collect,
)
from core.report.document import BriefTemplate, Metadata
from core.report.formats import date_text
from core.report.story import build_story, confidentiality
from core.report.styles import make_styles
from core.workspace import Workspace

__all__ = [
    "MODEL_VERSION",
    "SECTIONS",
    "BriefRequestError",
    "PageSize",
    "ScenarioAnalyses",
    "brief_bytes",
    "render_brief",
    "stored_analyses",
]


def render_brief(
    workspace: Workspace,
    contract: Contract,
    target: Path,
    *,
    scenarios: Sequence[str] | None = None,
    title: str | None = None,
    audience: str | None = None,
    page_size: PageSize = "A4",
    sections: Collection[str] | None = None,
    analyses: Mapping[str, ScenarioAnalyses] | None = None,
    generated_at: dt.datetime | None = None,
) -> Path:
    """Write the brief for `contract` under the chosen scenarios to `target`, atomically.

    The whole PDF is built in memory first, so `target` appears complete or not at all.

    Parameters
    ----------
    workspace : Workspace
        Holds the scenarios and the projection settings.
    contract : Contract
        The contract version the brief covers (the workspace's, resolved by the caller).
    target : Path
        The PDF file to write; its folder must exist and be writable.
    scenarios : sequence of str, optional
        Scenario names in the order to show them; default every scenario of `workspace`.
    title : str, optional
        Cover and header title; default ``"<lab>–<partner> partnership: scenario brief"``.
    audience : str, optional
        Who the brief is for, printed as ``Confidential · Prepared for <audience>``.
    page_size : {"A4", "Letter"}
    sections : collection of str, optional
        Keys of `SECTIONS` to include; default all. Cover and stamp always print.
    analyses : mapping of str to ScenarioAnalyses, optional
        Sensitivity and Monte Carlo results by scenario name (see `core.report.analyses`);
        default: the analyses the scenarios record (``Scenario.analysis``), repeated from
        their stored figure, draws and seed. Pass ``{}`` for none.
    generated_at : datetime, optional
        Time printed in the stamp; default now (UTC).

    Returns
    -------
    Path
        `target`.

    Raises
    ------
    BriefRequestError
        When a scenario or a section is unknown, or `scenarios` is empty.
    FileError
        When the folder is missing or the file cannot be written; nothing is left behind.
    """
    folder = target.parent
    if not folder.is_dir():
        raise FileError(f"Could not save {target}: the folder {folder} does not exist")
    data = brief_bytes(
        workspace,
        contract,
        scenarios=scenarios,
        title=title,
        audience=audience,
        page_size=page_size,
        sections=sections,
        analyses=analyses,
        generated_at=generated_at,
    )
    write_atomically(target, data)
    return target


def brief_bytes(
    workspace: Workspace,
    contract: Contract,
    *,
    scenarios: Sequence[str] | None = None,
    title: str | None = None,
    audience: str | None = None,
    page_size: PageSize = "A4",
    sections: Collection[str] | None = None,
    analyses: Mapping[str, ScenarioAnalyses] | None = None,
    generated_at: dt.datetime | None = None,
) -> bytes:
    """The brief as PDF bytes; the parameters are those of `render_brief`."""
    content = collect(
        workspace,
        contract,
        scenarios,
        title=title,
        audience=audience,
        sections=sections,
        analyses=analyses,
        generated_at=generated_at,
    )
    return _layout(content, page_size)


def _layout(content: BriefContent, page_size: PageSize) -> bytes:
    buffer = io.BytesIO()
    c = content.contract
    doc = BriefTemplate(
        buffer,
        heading=content.title,
        version=f"{c.id} · effective {date_text(c.effective)}",
        footer=confidentiality(content),
        page_size=page_size,
        metadata=Metadata(
            title=content.title,
            author=f"Dealscope {app_version()}",
            subject=f"{c.title}: scenarios {', '.join(content.projections)}",
            creator=f"Dealscope {app_version()} (model {MODEL_VERSION})",
        ),
    )
    doc.build(build_story(content, make_styles(), doc.width))
    return buffer.getvalue()
