"""Run one hostile case through the command line in process and name its outcome.

Every case must end in exactly one of three outcomes, never a traceback or a hang:

- ``located``: exit 1 and one line on stderr naming the file (and, for a problem inside
  it, the line, the path, what was found and what is allowed);
- ``usage``: exit 2 and one line on stderr;
- ``valid``: exit 0 and output whose numbers are all finite.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.cli import main

OUTCOMES = ("located", "usage", "valid")
COUNTS: Counter[str] = Counter()
"""Outcome of every case run in this session (printed at the end by conftest.py)."""

_PROBLEM = re.compile(r"^dealscope [a-z-]+: .*?(:\d+)?( at \S+)?: found .+; allowed: .+")
_NON_FINITE = re.compile(r"\b(nan|inf|-inf|NaN|Infinity)\b")


@dataclass(frozen=True)
class Result:
    """What a case printed and returned, and the outcome that makes of it."""

    argv: tuple[str, ...]
    status: int
    stdout: str
    stderr: str
    outcome: str


def run(argv: Sequence[str], files: Sequence[str] = ()) -> Result:
    """Run ``dealscope *argv`` in process; `files` are the paths a located error may name.

    Raises
    ------
    AssertionError
        When the case ends in none of the three outcomes (the message says why).
    """
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(argv))
        except SystemExit as exc:  # argparse's usage errors
            status = exc.code if isinstance(exc.code, int) else 1
    result = Result(tuple(argv), status, out.getvalue(), err.getvalue(), "")
    outcome = _outcome(result, files)
    COUNTS[outcome] += 1
    return Result(result.argv, status, result.stdout, result.stderr, outcome)


def _outcome(result: Result, files: Sequence[str]) -> str:
    where = f"dealscope {' '.join(result.argv)}"
    assert "Traceback" not in result.stderr, f"{where}: {result.stderr}"
    if result.status == 0:
        assert result.stdout.strip(), f"{where}: no output"
        _assert_finite(result.stdout, where)
        return "valid"
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"{where}: exit {result.status} with stderr {result.stderr!r}"
    line = lines[0]
    assert line.startswith("dealscope"), f"{where}: {line}"
    assert "\x1b" not in line, f"{where}: raw control characters in {line!r}"
    if result.status == 2:
        return "usage"
    assert result.status == 1, f"{where}: exit {result.status}"
    assert _PROBLEM.match(line) or any(name in line for name in files), f"{where}: {line}"
    return "located"


def _assert_finite(text: str, where: str) -> None:
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError:  # a table or CSV
        assert not _NON_FINITE.search(text), f"{where}: non-finite value in output"
        return
    _walk_finite(data, where)
    for row in data.get("periods", []) if isinstance(data, dict) else []:
        empty = [key for key, value in row.items() if value is None]
        assert not empty, f"{where}: {row['period']} has no value for {empty}"


def _refuse_constant(name: str) -> Any:
    raise AssertionError(f"non-finite JSON number {name}")


def _walk_finite(value: Any, where: str) -> None:
    if isinstance(value, float):
        assert math.isfinite(value), f"{where}: {value}"
    elif isinstance(value, dict):
        for item in value.values():
            _walk_finite(item, where)
    elif isinstance(value, list):
        for item in value:
            _walk_finite(item, where)
