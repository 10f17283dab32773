"""The project's own error types: every problem names what and where."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in an input file or value.

    Parameters
    ----------
    file : str
        The file the problem is in, or ``""`` for values built in memory.
    path : str
        Where in the document, e.g. ``clauses[3].rate``; ``""`` for the whole document.
    found : str
        What was found, shortened for display.
    allowed : str
        What is allowed there.
    line : int or None
        1-based line number where the parser knows it.
    """

    file: str
    path: str
    found: str
    allowed: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        at = f" at {self.path}" if self.path else ""
        return f"{where}{at}: found {self.found}; allowed: {self.allowed}"


class DealscopeError(Exception):
    """Base of every error the core raises on bad input or a failed file operation."""


class ValidationError(DealscopeError):
    """A file or value holds one or more problems; all of them are listed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(problems)
        head = f"{count} problem{'s' if count != 1 else ''}"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in problems))

    def one_line(self) -> str:
        """Return the first problem and the count of the others, for a status bar or stderr."""
        first = str(self.problems[0]) if self.problems else "invalid input"
        rest = len(self.problems) - 1
        return first + (f" (and {rest} more)" if rest > 0 else "")


class FileError(DealscopeError):
    """A file could not be read or written (missing, read-only, disk full...)."""
