"""Scale: 50 scenarios over a 100-year quarterly horizon, and 1,000,000 draws over it.

The default workspace's deal (its dated chain of versions) from 2025 to 2124, quarterly
(400 periods), with 50 scenarios: the workspace's own, each with its revenue growth moved,
two in three with a deal term of their own (a revenue-share rate, a profit-share tier).

- One edit (a value of one scenario's assumption not used before) to every scenario's key
  figures current: all 50 projected as the draws of one engine run
  (`core.batched.project_scenarios`). Goal: <= 50 ms. Anchors, same run: one scenario
  projected alone (`core.projection.project`), and the 50 projected one by one.
- 1,000,000 Monte Carlo draws over the horizon, in a process of its own: peak RSS (goal
  < 1 GB), RSS after the run, and its time.

Each figure is the better of two runs of medians, CPU time (this process) next to wall
time; the load average is printed, since the machine may be shared.
Usage: ``uv run python benchmarks/scale.py [--quick]``; ``--memory`` alone runs the
1,000,000 draws (and works on a checkout without `core.batched`).
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"  # before numpy is imported

import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.analysis.heap import keep_freed_memory  # noqa: E402
from core.analysis.montecarlo import run_monte_carlo  # noqa: E402
from core.chain import Deal  # noqa: E402
from core.files import load_workspace  # noqa: E402
from core.projection import project  # noqa: E402
from core.resources import default_workspace_path  # noqa: E402
from core.terms import deal_with_terms  # noqa: E402
from core.workspace import Scenario, Settings  # noqa: E402

SCENARIOS = 50
START, END = 2025, 2124
EDITS = 40
BIG_DRAWS = 1_000_000


def _case() -> tuple[Deal, Settings, list[Scenario]]:
    """The default deal over 100 years and 50 scenarios of one shape (numbers differ)."""
    loaded = load_workspace(default_workspace_path())
    settings = loaded.workspace.settings.model_copy(
        update={"start_year": START, "end_year": END, "frequency": "Q"}
    )
    own = loaded.workspace.scenarios
    scenarios = []
    for i in range(SCENARIOS):
        base = own[i % len(own)]
        terms: dict[str, float] = {}
        if i % 3 == 1:
            terms = {"revenue-share.rate": 0.1 + 0.002 * i}
        elif i % 3 == 2:
            terms = {"profit-share.tiers[0].rate": 0.5 + 0.004 * i}
        scenarios.append(_with_growth(base, f"S{i:02d}", 0.1 + 0.004 * i, terms))
    return loaded.deal, settings, scenarios


def _with_growth(
    base: Scenario, name: str, growth: float, terms: dict[str, float] | None = None
) -> Scenario:
    values = base.assumptions.model_copy(update={"revenue_growth": ((START, growth),)})
    update: dict[str, object] = {"name": name, "assumptions": values}
    if terms is not None:
        update["terms"] = terms
    return base.model_copy(update=update)


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """CPU and wall seconds of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    action()
    return time.process_time() - cpu, time.perf_counter() - wall


def _medians(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def _best(first: tuple[float, float], second: tuple[float, float]) -> tuple[float, float]:
    return min(first[0], second[0]), min(first[1], second[1])


def _edits(
    deal: Deal,
    settings: Settings,
    scenarios: list[Scenario],
    offset: int,
    project_scenarios: Callable[..., object],
) -> list[tuple[float, float]]:
    """Time `EDITS` edits, each a new revenue growth of one scenario, to all 50 projected."""
    samples = []
    current = list(scenarios)
    for edit in range(EDITS):
        k = edit % SCENARIOS
        growth = 0.3 + 1e-4 * (offset + edit)  # never a value used before
        current[k] = _with_growth(current[k], current[k].name, growth)
        edited = list(current)
        samples.append(_timed(lambda edited=edited: project_scenarios(deal, settings, edited)))
    return samples


def _one_by_one(deal: Deal, settings: Settings, scenarios: list[Scenario]) -> None:
    for s in scenarios:
        project(deal_with_terms(deal, s.terms), settings, s.resolved())


def _memory_child() -> None:
    """Run 1,000,000 draws over the horizon; print RSS before, peak and after (MB), seconds."""
    keep_freed_memory()
    deal, settings, scenarios = _case()
    scenario = scenarios[0]
    before = _status_mb("VmRSS")
    start = time.process_time()
    run_monte_carlo(deal, settings, scenario.resolved(), scenario.uncertainty, BIG_DRAWS)
    seconds = time.process_time() - start
    print(f"{before:.0f} {_status_mb('VmHWM'):.0f} {_status_mb('VmRSS'):.0f} {seconds:.2f}")


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return float(line.split()[1]) / 2**10
    return float("nan")


def main(quick: bool) -> None:
    from core.batched import project_scenarios

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    keep_freed_memory()
    deal, settings, scenarios = _case()
    first = scenarios[0]
    periods = len(project(deal, settings, first.resolved()).table)
    for _ in range(3):  # warm up
        project_scenarios(deal, settings, scenarios)
    results: dict[str, tuple[float, float]] = {}
    for attempt in range(2):
        single = _medians(
            [_timed(lambda: project(deal, settings, first.resolved())) for _ in range(15)]
        )
        each = _medians([_timed(lambda: _one_by_one(deal, settings, scenarios)) for _ in range(3)])
        edit = _medians(_edits(deal, settings, scenarios, attempt * EDITS, project_scenarios))
        for name, value in (("single", single), ("each", each), ("edit", edit)):
            results[name] = _best(results[name], value) if name in results else value
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} cores")
    print(f"{SCENARIOS} scenarios, {START}-{END} quarterly ({periods} periods), dated deal")
    cpu, wall = results["single"]
    print(
        f"anchor: one scenario projected alone: {cpu * 1e3:.1f} ms CPU, {wall * 1e3:.1f} ms wall"
    )
    cpu, wall = results["each"]
    print(
        f"the {SCENARIOS} projected one by one: {cpu * 1e3:.0f} ms CPU, {wall * 1e3:.0f} ms wall"
    )
    cpu, wall = results["edit"]
    print(
        f"one edit -> all {SCENARIOS} projected in one run: {cpu * 1e3:.1f} ms CPU,"
        f" {wall * 1e3:.1f} ms wall (median of {EDITS} edits, better of 2; goal <= 50 ms)"
    )
    if quick:
        return
    runs = []
    for _ in range(2):
        child = subprocess.run(
            [sys.executable, __file__, "--memory"], capture_output=True, text=True, check=True
        )
        runs.append([float(x) for x in child.stdout.split()[-4:]])
    before, peak, after, seconds = min(runs, key=lambda r: r[1])
    print(
        f"{BIG_DRAWS:,} draws over {periods} periods: peak RSS {peak:,.0f} MB (goal < 1 GB;"
        f" {before:,.0f} MB before the run, {after:,.0f} MB after), {seconds:.1f} s CPU"
    )


if __name__ == "__main__":
    if "--memory" in sys.argv:
        _memory_child()
    else:
        main(quick="--quick" in sys.argv)
