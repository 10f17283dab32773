"""Time every case of the hostile-input suite (tests/hostile) and count its outcomes.

Run: ``uv run python benchmarks/hostile.py``. Each case runs in process, as the suite runs
it; the script prints the count per outcome (located error, usage error, valid result),
the median and slowest case times, and the cases over the 2 s goal. Anchor, same run: one
``dealscope project`` of the default workspace, in process.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import actuals
from tests.hostile.generate import (
    actuals_cases,
    cli_cases,
    contract_cases,
    uncertainty_cases,
    workspace_cases,
)
from tests.hostile.runner import COUNTS, OUTCOMES, run

GOAL_SECONDS = 2.0


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    run(["project", "--format", "json"])  # imports and caches out of the timings
    anchor = statistics.median(
        timed(lambda: run(["project", "--format", "json"])) for _ in range(5)
    )
    times: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        cases = contract_cases(100) + workspace_cases(120) + uncertainty_cases(50) + cli_cases(70)
        for case_id, build in cases:
            work = base / case_id
            work.mkdir()
            argv, files = build(work)
            times.append((timed(lambda argv=argv, files=files: run(argv, files)), case_id))
        real = actuals.actuals_for
        try:
            for case_id, text in actuals_cases(40):
                path = base / f"{case_id}.yaml"
                path.write_text(text, encoding="utf-8")
                actuals.actuals_for = lambda contract, path=path: actuals.load_actuals(path)
                argv = ["backtest", "--format", "json"]
                times.append((timed(lambda argv=argv, path=path: run(argv, [str(path)])), case_id))
        finally:
            actuals.actuals_for = real
    seconds = sorted(times, reverse=True)
    # The anchor projection itself counts as one valid case; leave it out of the table.
    COUNTS["valid"] -= 6
    table = ", ".join(f"{name} {COUNTS[name]}" for name in OUTCOMES)
    print(f"cases: {len(times)} ({table}); tracebacks and hangs: 0 (the run finished)")
    print(f"anchor, one in-process project of the default workspace: {anchor * 1000:.0f} ms")
    print(
        f"case time: median {statistics.median(t for t, _ in times) * 1000:.0f} ms, "
        f"slowest {seconds[0][0] * 1000:.0f} ms ({seconds[0][1]}), "
        f"total {sum(t for t, _ in times):.1f} s"
    )
    over = [case_id for t, case_id in seconds if t > GOAL_SECONDS]
    print(f"over the {GOAL_SECONDS:g} s goal: {len(over)} {over[:5] if over else ''}")


if __name__ == "__main__":
    main()
