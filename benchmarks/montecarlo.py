"""Time the Monte Carlo on the default contract, on one core; prints medians of several runs.

Times are CPU seconds of this single-threaded process (kernel time included), which on an
otherwise idle core equal wall time; wall time is printed next to them, since on a shared
machine it stretches with the others' load (the load average is printed too).

Goals (issue 6): 100,000 draws over 44 quarters in at most 0.5 s; at most 5x one numpy
pass that reads and writes arrays of the same total size; at least 100x faster than
running the deterministic projection once per draw; under 1 GB for 1,000,000 draws.

The numpy reference pass (``y = x * c`` over float64 arrays) is sized two ways:
- as the run's own inputs and outputs: every assumption's value in every year of every draw
  (what the engine is given) plus, per draw, the four per-period bands and the 16 key
  figures (what the result is made of); the floor for any implementation;
- as the engine's inputs and every array it returns (all per-period columns, payments and
  in-force flags), i.e. the data the vectorised engine itself reads and writes.

Goals (issue 16): at most 3x the pass over the engine's arrays; peak memory at most 2x a
process doing that pass; a cancel (an edit) stops a 1,000,000-draw run within 0.2 s; the
memory of a large run goes back to the system when it ends (RSS before, peak, after).

The process keeps freed memory for reuse (`core.analysis.heap.keep_freed_memory`), as the
command line does; ``--no-heap-setting`` measures glibc's defaults instead.
Usage: ``uv run python benchmarks/montecarlo.py [--quick] [--no-heap-setting]``.
"""

from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"  # before numpy is imported

import inspect  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.analysis import montecarlo as montecarlo_module  # noqa: E402
from core.analysis.batch import Baseline, CancelledError  # noqa: E402
from core.analysis.distributions import by_name, generator, sample  # noqa: E402
from core.analysis.heap import keep_freed_memory  # noqa: E402
from core.analysis.montecarlo import BANDS, run_monte_carlo  # noqa: E402
from core.assumptions import NAMES, YearPath  # noqa: E402
from core.chain import Deal, as_chain  # noqa: E402
from core.contract import Contract  # noqa: E402
from core.keyfigures import KEY_FIGURES  # noqa: E402
from core.projection import project  # noqa: E402
from core.workspace import Scenario, Settings, Triangular  # noqa: E402

DRAWS = 100_000
BIG_DRAWS = 1_000_000
PROJECTIONS = 1_000


def _case() -> tuple[Deal, Settings, Scenario]:
    """The default workspace's first scenario on its deal (the dated chain of versions).

    A stand-in contract when the default workspace is unavailable or has no uncertainty.
    """
    try:
        from core.files import load_workspace
        from core.resources import default_workspace_path

        loaded = load_workspace(default_workspace_path())
        scenario = loaded.workspace.scenarios[0]
        if scenario.uncertainty:
            return loaded.deal_for(scenario), loaded.workspace.settings, scenario
    except Exception as exc:
        print(f"(default workspace unavailable: {exc}; using a stand-in contract)")
    return _stand_in()


def _stand_in() -> tuple[Deal, Settings, Scenario]:
    def clause(cid: str, kind: str, **params: object) -> dict[str, object]:
        common = {"id": cid, "kind": kind, "title": cid, "summary": cid, "confidence": "assumed"}
        return common | params

    contract = Contract.model_validate(
        {
            "format": "dealscope-contract/1",
            "id": "stand-in-2025-01",
            "title": "Stand-in for microsoft-openai-2025-01",
            "parties": {"lab": "OpenAI", "partner": "Microsoft", "partner_cloud": "Azure"},
            "effective": "2025-01-21",
            "clauses": [
                clause("share", "revenue_share", rate=0.2, end="2030-12-31"),
                clause("reverse", "reverse_revenue_share", rate=0.2, end="2030-12-31"),
                clause(
                    "profits",
                    "profit_share",
                    tiers=[
                        {"rate": 0.75, "until_total": 13.0},
                        {"rate": 0.49, "until_total": 92.0},
                    ],
                ),
                clause("rofr", "right_of_first_refusal", start="2025-01-21"),
                clause("build", "capacity_build_permission", purpose="training"),
                clause("api", "exclusivity", subject="api_distribution", end="2030-12-31"),
                clause(
                    "agi",
                    "agi_clause",
                    threshold=100.0,
                    measure="cumulative",
                    verification_lag_quarters=2,
                    ends=["share", "profits", "api"],
                ),
            ],
        }
    )
    triangle = {"dist": "triangular", "mode": 1.0, "apply": "factor"}
    scenario = Scenario(
        name="Base",
        uncertainty={  # type: ignore[arg-type]
            "revenue_growth": Triangular(**(triangle | {"low": 0.6, "high": 1.25})),  # type: ignore[arg-type]
            "compute_growth": Triangular(**(triangle | {"low": 0.7, "high": 1.2})),  # type: ignore[arg-type]
        },
    )
    return contract, Settings(), scenario


def _median_time(action: Callable[[], object], repeats: int) -> float:
    """Median CPU seconds of `action`: on a shared machine, wall time also counts others' work."""
    return _median_times(action, repeats)[0]


def _median_times(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median CPU seconds and median wall seconds of `action`."""
    cpu, wall = [], []
    for _ in range(repeats):
        start, start_wall = time.process_time(), time.perf_counter()
        action()
        cpu.append(time.process_time() - start)
        wall.append(time.perf_counter() - start_wall)
    return statistics.median(cpu), statistics.median(wall)


def _run_until_cancelled(
    contract: Deal,
    settings: Settings,
    scenario: Scenario,
    event: threading.Event,
    stopped: list[float],
) -> None:
    """A 1,000,000-draw run that `event` cancels; `stopped` gets its wall and thread CPU time."""
    try:
        run_monte_carlo(
            contract,
            settings,
            scenario.resolved(),
            scenario.uncertainty,
            BIG_DRAWS,
            cancelled=event.is_set,
        )
    except CancelledError:
        stopped.extend((time.perf_counter(), time.thread_time()))


def _cancel_latency(
    contract: Deal, settings: Settings, scenario: Scenario
) -> tuple[list[float], list[float]]:
    """Seconds from a cancel request to a 1,000,000-draw run stopping, five times: wall
    time, then the run's own CPU time (what wall time is on an unloaded core).

    The run works on a thread, as in the app; the request comes 0.3 s into it.
    """
    latencies: list[float] = []
    cpu_latencies: list[float] = []
    if "cancelled" not in inspect.signature(run_monte_carlo).parameters:
        return latencies, cpu_latencies  # a checkout whose runs cannot be cancelled
    for _ in range(5):
        event, stopped = threading.Event(), list[float]()
        worker = threading.Thread(
            target=_run_until_cancelled, args=(contract, settings, scenario, event, stopped)
        )
        worker.start()
        time.sleep(0.3)
        clock = time.pthread_getcpuclockid(worker.ident or 0)
        asked, asked_cpu = time.perf_counter(), time.clock_gettime(clock)
        event.set()
        worker.join()
        latencies.append(stopped[0] - asked)
        cpu_latencies.append(stopped[1] - asked_cpu)
    return latencies, cpu_latencies


def _reference_pass(values: int, repeats: int) -> float:
    """Seconds for one numpy pass that reads `values` float64 values and writes as many."""
    source = np.random.default_rng(0).random(values)
    target = np.zeros_like(source)  # touched now, so that page faults are not timed
    np.multiply(source, 1.0000001, out=target)
    return _median_time(lambda: np.multiply(source, 1.0000001, out=target), repeats + 4)


def _engine_values(contract: Deal, settings: Settings, scenario: Scenario, draws: int) -> int:
    """Float64-equivalent values the engine reads and returns for `draws` draws."""
    baseline = Baseline.build(contract, settings, scenario.resolved())
    uncertain = by_name(scenario.uncertainty)
    size = 1000
    varied = {
        n: baseline.varied(n, d.apply, sample(d, generator(0, n), size))
        for n, d in uncertain.items()
    }
    arrays, figures = baseline.evaluate(varied, size)
    parts = [*arrays.columns.values(), *arrays.clause_payments.values(), *arrays.in_force.values()]
    returned = sum(np.broadcast_to(a, (size, a.shape[1])).nbytes for a in parts)
    given = size * baseline.grid.year_count * len(NAMES) * 8
    figures_bytes = sum(v.nbytes for v in figures.values())
    return (given + returned + figures_bytes) * draws // size // 8


def _sampled_paths(
    contract: Deal, settings: Settings, scenario: Scenario, count: int
) -> list[dict[str, YearPath]]:
    """`count` draws of the scenario as year paths, for one projection each."""
    baseline = Baseline.build(contract, settings, scenario.resolved())
    years = list(baseline.grid.years)
    draws = {
        name: baseline.varied(name, dist.apply, sample(dist, generator(0, name), count))
        for name, dist in by_name(scenario.uncertainty).items()
    }
    resolved = scenario.resolved()
    return [
        {
            **resolved,
            **{
                name: tuple(zip(years, values[i].tolist(), strict=True))
                for name, values in draws.items()
            },
        }
        for i in range(count)
    ]


def _peak_memory_child(traced: bool, draws: int = BIG_DRAWS) -> None:
    """Run `draws` draws; print the peak of traced allocations, or RSS before/peak/after (MB).

    Tracing inflates the RSS (tracemalloc's own tables), so each is measured in a process
    of its own. ``--keep`` runs without handing freed memory back at the end.
    """
    if "--no-heap-setting" not in sys.argv:
        keep_freed_memory()
    if "--keep" in sys.argv:
        montecarlo_module.RELEASE_AFTER = 2**62
    contract, settings, scenario = _case()
    if traced:
        tracemalloc.start()
    before = _rss_mb("VmRSS")
    run_monte_carlo(contract, settings, scenario.resolved(), scenario.uncertainty, draws)
    if traced:
        print(f"{tracemalloc.get_traced_memory()[1] / 2**20:.0f}")
    else:
        print(f"{before:.0f} {_peak_rss_mb():.0f} {_rss_mb('VmRSS'):.0f}")


def _pass_memory_child() -> None:
    """Print the peak RSS (MB) of a process doing the reference pass for `DRAWS` draws."""
    contract, settings, scenario = _case()
    values = _engine_values(contract, settings, scenario, DRAWS)
    _reference_pass(values, 1)
    print(f"{_peak_rss_mb():.0f}")


def _rss_mb(field: str) -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(f"{field}:"):
                return float(line.split()[1]) / 2**10
    return float("nan")


def _peak_rss_mb() -> float:
    """This process's peak resident memory; VmHWM, because ru_maxrss survives exec."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1]) / 2**10
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10


def _child(*flags: str) -> list[float]:
    child = subprocess.run(
        [sys.executable, __file__, *flags], capture_output=True, text=True, check=True
    )
    return [float(x) for x in child.stdout.split()[-3:] if x.replace(".", "").isdigit()]


def _peak_memory(heap_setting: bool) -> dict[str, list[float]]:
    """Memory of 1,000,000 draws (traced peak; RSS before/peak/after, kept or released), of
    100,000 draws (RSS) and of a process doing the reference pass for 100,000 draws (MB).
    """
    heap = [] if heap_setting else ["--no-heap-setting"]
    return {
        "traced": _child("--peak-traced", *heap),
        "released": _child("--peak-rss", *heap),
        "kept": _child("--peak-rss", "--keep", *heap),
        "100k": _child("--peak-rss", "--draws-100k", *heap),
        "pass": _child("--peak-pass"),
    }


def main(quick: bool = False, heap_setting: bool = True) -> None:
    kept = keep_freed_memory() if heap_setting else False
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    repeats = 3 if quick else 7
    contract, settings, scenario = _case()
    paths, uncertainty = scenario.resolved(), scenario.uncertainty
    run_monte_carlo(contract, settings, paths, uncertainty, 2_000)  # warm up
    mc, mc_wall = _median_times(
        lambda: run_monte_carlo(contract, settings, paths, uncertainty, DRAWS), repeats
    )
    grid_periods = len(project(contract, settings, paths).table)
    years = settings.end_year - settings.start_year + 1
    io_values = DRAWS * (years * len(NAMES) + grid_periods * len(BANDS) + len(KEY_FIGURES))
    io_pass = _reference_pass(io_values, repeats)
    engine_values = _engine_values(contract, settings, scenario, DRAWS)
    engine_pass = _reference_pass(engine_values, repeats)
    singles = _sampled_paths(contract, settings, scenario, PROJECTIONS)
    per_draw = _median_time(
        lambda: [project(contract, settings, one) for one in singles], max(1, repeats // 2)
    )
    scaled = per_draw * DRAWS / PROJECTIONS
    versions = ", ".join(as_chain(contract).ids)
    print(
        f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    )
    print(f"deal {versions}; {grid_periods} periods; uncertain: {', '.join(uncertainty)}")
    print(f"heap setting (keep freed memory): {'on' if kept else 'off'}")
    print(
        f"Monte Carlo, {DRAWS:,} draws: {mc:.3f} s CPU, {mc_wall:.3f} s wall"
        f" (medians of {repeats}; goal <= 0.5 s)"
    )
    for what, values, seconds, goal in (
        ("the run's inputs and results", io_values, io_pass, 5),
        ("the engine's inputs and arrays", engine_values, engine_pass, 3),
    ):
        print(
            f"numpy pass over {what} ({values * 8 / 1e6:,.0f} MB): {seconds:.3f} s CPU"
            f" -> Monte Carlo takes {mc / seconds:.1f}x (goal <= {goal}x)"
        )
    print(
        f"project() once per draw: {per_draw:.2f} s for {PROJECTIONS:,}, {scaled:.0f} s scaled "
        f"to {DRAWS:,} -> Monte Carlo is {scaled / mc:.0f}x faster (goal >= 100x)"
    )
    if quick:
        return
    latencies, cpu_latencies = _cancel_latency(contract, settings, scenario)
    if latencies:
        print(
            f"cancel of a {BIG_DRAWS:,}-draw run: stopped"
            f" {statistics.median(latencies) * 1000:.0f} ms after the request (median of 5),"
            f" {max(latencies) * 1000:.0f} ms at most (goal <= 200 ms); the run's CPU time"
            f" meanwhile {statistics.median(cpu_latencies) * 1000:.0f} ms,"
            f" {max(cpu_latencies) * 1000:.0f} ms at most"
        )
    else:
        print("cancel: run_monte_carlo takes no cancel check in this checkout")
    memory = _peak_memory(heap_setting)
    before, peak, after = memory["released"]
    kept_after = memory["kept"][2]
    print(
        f"{BIG_DRAWS:,} draws: RSS {before:,.0f} MB before, {peak:,.0f} MB peak (goal < 1 GB),"
        f" {after:,.0f} MB after the run ({kept_after:,.0f} MB if freed memory is kept);"
        f" peak traced allocations {memory['traced'][0]:,.0f} MB"
    )
    mc_peak, pass_peak = memory["100k"][1], memory["pass"][0]
    print(
        f"{DRAWS:,} draws: peak RSS {mc_peak:,.0f} MB; a process doing the numpy pass over the"
        f" engine's arrays {pass_peak:,.0f} MB -> {mc_peak / pass_peak:.2f}x (goal <= 2x)"
    )


if __name__ == "__main__":
    if "--peak-traced" in sys.argv or "--peak-rss" in sys.argv:
        count = DRAWS if "--draws-100k" in sys.argv else BIG_DRAWS
        _peak_memory_child(traced="--peak-traced" in sys.argv, draws=count)
    elif "--peak-pass" in sys.argv:
        _pass_memory_child()
    else:
        main(quick="--quick" in sys.argv, heap_setting="--no-heap-setting" not in sys.argv)
