"""Time one projection (44 quarters) and 1,000 projections on the default workspace.

Prints the median of several runs. Goal: at most 2 ms per projection.
"""

from __future__ import annotations

import statistics
import time

from core.files import load_workspace
from core.projection import project
from core.resources import default_workspace_path

REPEATS = 7


def main() -> None:
    loaded = load_workspace(default_workspace_path())
    settings = loaded.workspace.settings
    assumptions = loaded.workspace.scenarios[0].resolved()
    for _ in range(20):  # warm up
        project(loaded.contract, settings, assumptions)

    singles = []
    for _ in range(200):
        start = time.perf_counter()
        project(loaded.contract, settings, assumptions)
        singles.append(time.perf_counter() - start)
    batches = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for _ in range(1000):
            project(loaded.contract, settings, assumptions)
        batches.append(time.perf_counter() - start)
    periods = len(project(loaded.contract, settings, assumptions).table)
    one = statistics.median(singles) * 1e3
    thousand = statistics.median(batches)
    print(f"contract {loaded.contract.id}, {periods} periods")
    print(f"one projection:     {one:.2f} ms (median of {len(singles)}; goal <= 2 ms)")
    print(
        f"1,000 projections:  {thousand:.2f} s, {thousand:.2f} ms each "
        f"(median of {REPEATS}; goal <= 2 ms each)"
    )


if __name__ == "__main__":
    main()
