"""Time and size of the default brief (three scenarios of the bundled workspace), in process.

Goal: at most 1 s and 500 KB, fonts included. Wall time depends on what else the machine
runs, so CPU time is printed beside it. A second line measures the same brief with a
scenario named in Chinese, Japanese and emoji, which embeds the CJK font's subset.
Run with ``uv run python benchmarks/brief.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from core.files import load_workspace
from core.report import brief_bytes
from core.resources import default_workspace_path
from core.workspace import Workspace

GOAL_SECONDS, GOAL_BYTES = 1.0, 500_000
UNICODE_NAME = "Ünïcode & <b>bold</b> 中文 日本語 🚀"


def _measure(
    workspace: Workspace, runs: int, build: Callable[[Workspace], bytes]
) -> tuple[list[float], list[float], int]:
    walls, cpus, size = [], [], 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        size = len(build(workspace))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, size


def main(runs: int = 5) -> int:
    loaded = load_workspace(default_workspace_path())
    names = [s.name for s in loaded.workspace.scenarios][:3]

    def build(workspace: Workspace) -> bytes:
        return brief_bytes(workspace, loaded.contract, scenarios=names, chain=loaded.versions)

    walls, cpus, size = _measure(loaded.workspace, runs, build)
    warm, warm_cpu = statistics.median(walls[1:] or walls), statistics.median(cpus[1:] or cpus)
    print(f"scenarios: {', '.join(names)}")
    print(
        f"first run (fonts loaded): {walls[0]:.3f} s wall, {cpus[0]:.3f} s CPU; "
        f"median of the next {runs - 1}: {warm:.3f} s wall, {warm_cpu:.3f} s CPU"
    )
    print(f"size: {size / 1000:.1f} KB")
    renamed = loaded.workspace.scenarios[0].model_copy(update={"name": UNICODE_NAME})
    names[0] = UNICODE_NAME
    other = loaded.workspace.model_copy(
        update={"scenarios": (renamed, *loaded.workspace.scenarios[1:])}
    )
    u_walls, u_cpus, u_size = _measure(other, 2, build)
    print(
        f"with CJK and emoji in a scenario name: {u_walls[0]:.3f} s wall (CJK font loaded), "
        f"{u_cpus[-1]:.3f} s CPU warm, {u_size / 1000:.1f} KB"
    )
    ok = walls[0] <= GOAL_SECONDS and size <= GOAL_BYTES and u_size <= GOAL_BYTES
    print("goal (<= 1 s, <= 500 KB):", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
