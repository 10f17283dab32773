"""Time and size of a three-scenario brief from the bundled default workspace.

Goal: at most 1 s and 500 KB. Run with ``uv run python benchmarks/brief.py``.
"""

from __future__ import annotations

import statistics
import sys
import time

from core.files import load_workspace
from core.report import brief_bytes
from core.resources import default_workspace_path

GOAL_SECONDS, GOAL_BYTES = 1.0, 500_000


def main(runs: int = 5) -> int:
    loaded = load_workspace(default_workspace_path())
    names = [s.name for s in loaded.workspace.scenarios][:3]
    times = []
    data = b""
    for _ in range(runs):
        start = time.perf_counter()
        data = brief_bytes(loaded.workspace, loaded.contract, scenarios=names)
        times.append(time.perf_counter() - start)
    cold, warm = times[0], statistics.median(times[1:] or times)
    print(f"scenarios: {', '.join(names)}")
    print(f"first run (fonts loaded): {cold:.3f} s; median of the next {runs - 1}: {warm:.3f} s")
    print(f"size: {len(data) / 1000:.1f} KB")
    ok = cold <= GOAL_SECONDS and len(data) <= GOAL_BYTES
    print("goal (<= 1 s, <= 500 KB):", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
