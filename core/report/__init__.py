"""The executive PDF brief: `render_brief` writes one contract under chosen scenarios.

Pure and Qt-free: the app, the command line and the tests call the same function.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Unpack

from core import MODEL_VERSION
from core.contract import Contract
from core.errors import FileError
from core.files import write_atomically
from core.present.format import date as date_text
from core.report.analyses import ScenarioAnalyses, stored_analyses
from core.report.answer import version_name
from core.report.content import (
    LANGUAGES,
    READERS,
    SECTIONS,
    BriefCancelledError,
    BriefContent,
    BriefOptions,
    BriefRequestError,
    Cancelled,
    PageSize,
    app_version,
    collect,
)
from core.report.document import Band, BriefTemplate, Metadata
from core.report.method import stamp_line
from core.report.reader import reader_view
from core.report.script import plain
from core.report.story import build_story, confidentiality
from core.report.styles import make_styles
from core.workspace import Workspace

__all__ = [
    "LANGUAGES",
    "MODEL_VERSION",
    "READERS",
    "SECTIONS",
    "BriefCancelledError",
    "BriefOptions",
    "BriefRequestError",
    "PageSize",
    "ScenarioAnalyses",
    "brief_bytes",
    "render_brief",
    "stored_analyses",
]


def render_brief(
    workspace: Workspace, contract: Contract, target: Path, **options: Unpack[BriefOptions]
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
        Header title; default ``"<lab>–<partner> partnership: scenario brief"``.
    audience : str, optional
        Who the brief is for, printed as ``Confidential · Prepared for <audience>``.
    page_size : {"A4", "Letter"}
    sections : collection of str, optional
        Keys of `SECTIONS` to include, in the order given; default all, in `SECTIONS` order.
        Page 1's header band and the stamp always print.
    analyses : mapping of str to ScenarioAnalyses, optional
        Sensitivity and Monte Carlo results by scenario name (see `core.report.analyses`);
        default: the analyses the scenarios record (``Scenario.analysis``), repeated from
        their stored figure, draws and seed. Pass ``{}`` for none.
    generated_at : datetime, optional
        Time printed in the stamp; default now (UTC).
    reader : {"partner", "lab", "neutral"}
        Whose question page 1 answers, and the wording throughout.
    chain : sequence of Contract, optional
        The contract's versions, oldest first, `contract` last; default: the bundled
        versions `contract` supersedes.
    author : str
        The analyst's name for the PDF's metadata; empty leaves it out.
    lang : {"en"}
        The brief's language.
    cancelled : callable, optional
        Asked between scenarios and flowables; True stops the brief with `BriefCancelledError`
        and writes nothing.

    Returns
    -------
    Path
        `target`.

    Raises
    ------
    BriefRequestError
        When a scenario, a section, the reader or the language is unknown, or `scenarios`
        is empty.
    BriefCancelledError
        When `cancelled` returned True; `target` is left as it was.
    FileError
        When the folder is missing or the file cannot be written; nothing is left behind.
    """
    folder = target.parent
    if not folder.is_dir():
        raise FileError(f"Could not save {target}: the folder {folder} does not exist")
    data = brief_bytes(workspace, contract, **options)
    write_atomically(target, data)
    return target


def brief_bytes(
    workspace: Workspace, contract: Contract, **options: Unpack[BriefOptions]
) -> bytes:
    """The brief as PDF bytes; the options are those of `render_brief`."""
    content = collect(workspace, contract, **options)
    return _layout(content, options.get("page_size", "A4"), options.get("cancelled"))


def _layout(content: BriefContent, page_size: PageSize, cancelled: Cancelled | None) -> bytes:
    buffer = io.BytesIO()
    c = content.contract
    view = reader_view(content.reader, c.parties)
    names = list(content.projections)
    shown = ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")
    doc = BriefTemplate(
        buffer,
        heading=content.title,
        version=f"{version_name(c)} · effective {date_text(c.effective)}",
        footer=confidentiality(content),
        page_size=page_size,
        metadata=Metadata(
            title=plain(content.title),
            author=plain(content.author),
            subject=plain(f"{view.question}: {c.title}; scenarios {shown}"),
            creator=f"Dealscope {app_version()} (model {MODEL_VERSION})",
            keywords=tuple(
                plain(k) for k in (c.parties.lab, c.parties.partner, "partnership brief")
            ),
        ),
        band=Band(
            title=content.title,
            line=" · ".join(
                [view.short, date_text(content.generated_at.date()), confidentiality(content)]
            ),
            stamp=stamp_line(content),
        ),
        cancelled=cancelled,
    )
    doc.build(build_story(content, make_styles(), doc.width))
    return buffer.getvalue()
