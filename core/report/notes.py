"""Scenario notes for print: internal assumption names as their labels, laid out in linear time.

ReportLab re-wraps the rest of a paragraph each time it splits it across pages, so one huge
paragraph costs the square of its length. Notes are therefore cut into one paragraph per
line, and lines longer than `CHUNK` characters into pieces at spaces: the work grows with
the notes' length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Paragraph

from core.assumptions import SPECS
from core.contract import Parties
from core.present.labels import fill as label
from core.report.script import markup

CHUNK = 1500
"""Longest piece of a notes line printed as one paragraph (characters)."""


@cache
def _names() -> re.Pattern[str]:
    names = sorted((spec.name for spec in SPECS), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")


def with_labels(text: str, parties: Parties) -> str:
    """`text` with every assumption name (``revenue_growth``) as its label (Revenue growth)."""
    labels = {spec.name: label(spec.label, parties) for spec in SPECS}
    return _names().sub(lambda match: labels[match.group(1)], text)


def pieces(line: str, size: int = CHUNK) -> Iterator[str]:
    """`line` in pieces of at most about `size` characters, cut at spaces where possible."""
    start = 0
    while len(line) - start > size:
        cut = line.rfind(" ", start + size // 2, start + size)
        cut = start + size if cut < 0 else cut + 1
        yield line[start:cut]
        start = cut
    yield line[start:]


def note_paragraphs(text: str, parties: Parties, styles: StyleSheet1) -> list[Paragraph]:
    """The notes as small paragraphs: one per line (long lines in pieces), labels for names."""
    shown = with_labels(text.strip(), parties)
    found = []
    for line in shown.splitlines():
        parts = list(pieces(line))
        for i, part in enumerate(parts):
            style = styles["Small"] if i == len(parts) - 1 else styles["NoteCont"]
            found.append(Paragraph(markup(part), style))
    return found
