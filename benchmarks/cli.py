"""Benchmark the command line: each command against bare Python imports, in the same run.

Run: ``uv run python benchmarks/cli.py [--runs N]``. Each command is a new process of the
installed ``dealscope`` script (bytecode compiled beforehand, as an installed app has it),
timed from start to exit, median over the runs. Anchors, same run:
``python -c "import yaml, pydantic"`` and ``python -c "import numpy"``.

Goals: ``dealscope contracts`` and ``dealscope --help`` <= 1.5x the yaml+pydantic anchor.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compiled import ensure_bytecode

RUNS = 5
GOAL_LIGHT_RATIO = 1.5
LIGHT = ("--help", "contracts")
"""The commands the goal applies to: they need no calculation."""


def commands(out: Path) -> list[tuple[str, list[str]]]:
    """Each command measured, as a label and its arguments (writing only under `out`)."""
    return [
        ("--help", ["--help"]),
        ("contracts", ["contracts"]),
        ("project", ["project", "--format", "json"]),
        ("explain", ["explain", "--figure", "revenue_share", "--period", "2029Q3"]),
        ("compare-versions", ["compare-versions"]),
        ("brief", ["brief", "--out", str(out / "brief.pdf")]),
    ]


def timed(argv: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds for the process `argv` to run to its end (it must succeed)."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def dealscope_script() -> str:
    """The ``dealscope`` script installed next to this Python."""
    script = Path(sys.executable).with_name("dealscope")
    if not script.exists():
        raise SystemExit(f"{script} is missing: run `uv sync` first")
    return str(script)


def main() -> int:
    """Print every command's time next to the anchors and the light commands' verdict."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    runs = parser.parse_args().runs
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_bytecode()
    script = dealscope_script()
    anchor, anchor_cpu = timed([sys.executable, "-c", "import yaml, pydantic"], runs)
    numpy, numpy_cpu = timed([sys.executable, "-c", "import numpy"], runs)
    print(
        f"anchors (median of {runs}, wall/CPU): python -c 'import yaml, pydantic' "
        f"{anchor * 1000:.0f}/{anchor_cpu * 1000:.0f} ms, python -c 'import numpy' "
        f"{numpy * 1000:.0f}/{numpy_cpu * 1000:.0f} ms"
    )
    verdicts = []
    with tempfile.TemporaryDirectory() as folder:
        for label, args in commands(Path(folder)):
            seconds, cpu = timed([script, *args], runs)
            line = (
                f"dealscope {label:17} {seconds * 1000:6.0f} ms  "
                f"{seconds / anchor:4.1f}x yaml+pydantic  {seconds / numpy:4.1f}x numpy  "
                f"(CPU {cpu * 1000:.0f} ms, {cpu / anchor_cpu:.1f}x)"
            )
            if label in LIGHT:
                ok = seconds / anchor <= GOAL_LIGHT_RATIO
                verdicts.append(ok)
                line += f"  (goal <= {GOAL_LIGHT_RATIO}x: {'ok' if ok else 'MISSED'})"
            print(line)
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
