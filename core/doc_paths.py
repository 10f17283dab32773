"""Paths into a document (``clauses[3].rate``) and their display, without pydantic.

Kept apart from `core.problems` so that reading a YAML or JSON document (`core.documents`)
does not build the contract and workspace models: ``dealscope contracts`` stays light.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Callable
from typing import Any

DocPath = tuple[str | int, ...]
"""Where a value sits in a document: keys and list indexes from the top."""

LineFinder = Callable[[DocPath], int | None]
"""Return the 1-based line of the value at a path (or of its nearest existing parent)."""

_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]{1,80}")

_short_repr = reprlib.Repr()
_short_repr.maxstring = 60
_short_repr.maxother = 60
_short_repr.maxlevel = 2
_short_repr.maxlist = _short_repr.maxtuple = _short_repr.maxdict = 4


def format_path(path: DocPath) -> str:
    """Write `path` the way users read it, e.g. ``clauses[3].rate``.

    Keys other than plain names are quoted in brackets: ``settings['end year']``.
    """
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not _PLAIN_KEY.fullmatch(part):
            text += f"[{short(part)}]"
        else:
            text += f".{part}" if text else part
    return text


def parse_path(text: str) -> DocPath:
    """Read a path written by `format_path` back into keys and indexes."""
    parts: list[str | int] = []
    for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", text):
        parts.append(int(index) if index else key)
    return tuple(parts)


def short(value: Any) -> str:
    """Return a display form of `value`, at most about 60 characters."""
    text = _short_repr.repr(value)
    return text if len(text) <= 64 else text[:60] + "..."
