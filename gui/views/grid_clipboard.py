"""Tab-separated text, the format spreadsheets put on the clipboard for a range."""

from __future__ import annotations


def to_tsv(rows: list[list[str]]) -> str:
    """Join cell texts into tab-separated lines, ending with a newline like spreadsheets do."""
    return "".join("\t".join(row) + "\n" for row in rows)


def from_tsv(text: str) -> list[list[str]]:
    """Split tab-separated text into rows of cell texts; a trailing newline is ignored."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]
