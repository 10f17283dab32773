"""Prints how the hostile cases ended, per outcome, after the run."""

from __future__ import annotations

from typing import Any

from tests.hostile.runner import COUNTS, OUTCOMES


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if sum(COUNTS.values()):
        table = ", ".join(f"{name} {COUNTS[name]}" for name in OUTCOMES)
        terminalreporter.write_line(f"hostile cases: {sum(COUNTS.values())} ({table})")
