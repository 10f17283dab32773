"""Benchmark the command line: each command against bare Python imports, in the same run.

Run: ``uv run python benchmarks/cli.py [--runs N]``. Each command is a new process of the
installed ``dealscope`` script (bytecode compiled beforehand, as an installed app has it),
timed from start to exit, median over the runs. Anchors, same run:
``python -c "import yaml, pydantic"`` and ``python -c "import numpy"``.

Goals: ``dealscope contracts`` and ``dealscope --help`` <= 1.5x the yaml+pydantic anchor;
``dealscope brief`` <= its imports + 1 s, its imports being a process that imports every
package module the brief has loaded when it ends (the project's own modules are left out:
importing them builds the contract and workspace models, which is the command's own work;
the figure with them is printed too).
"""

from __future__ import annotations

import argparse
import json
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
GOAL_BRIEF_OVER_IMPORTS = 1.0
"""Seconds `dealscope brief` may take beyond importing what it uses."""

_LIST_MODULES = """
import json, sys
from core.cli import main
status = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as stream:
    json.dump(sorted(sys.modules), stream)
sys.exit(status)
"""

_IMPORT_MODULES = """
import importlib, json, sys
with open(sys.argv[1], encoding="utf-8") as stream:
    names = json.load(stream)
own = sys.argv[2] == "own"
for name in names:
    if name == "__main__" or (not own and name.partition(".")[0] in ("core", "gui")):
        continue
    try:
        importlib.import_module(name)
    except Exception:  # a module that only its parent can import; the parent imports it
        pass
"""


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


def brief_imports(folder: Path, runs: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median wall and CPU seconds to import the brief's package modules, and with its own."""
    names = folder / "brief-modules.json"
    brief = ["brief", "--out", str(folder / "modules.pdf")]
    subprocess.run(
        [sys.executable, "-c", _LIST_MODULES, str(names), *brief],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    loaded = json.loads(names.read_text(encoding="utf-8"))
    if not any(name.startswith("reportlab") for name in loaded):
        raise SystemExit("the brief never loaded ReportLab: it did not render")
    packages = timed([sys.executable, "-c", _IMPORT_MODULES, str(names), "packages"], runs)
    own = timed([sys.executable, "-c", _IMPORT_MODULES, str(names), "own"], runs)
    return packages, own


def dealscope_script() -> str:
    """The ``dealscope`` script installed next to this Python."""
    script = Path(sys.executable).with_name("dealscope")
    if not script.exists():
        raise SystemExit(f"{script} is missing: run `uv sync` first")
    return str(script)


def wall_cpu(wall: float, cpu: float) -> str:
    """Seconds of wall and CPU time as ``120/95 ms``."""
    return f"{wall * 1000:.0f}/{cpu * 1000:.0f} ms"


def brief_over_imports(folder: Path, runs: int, seconds: float, cpu: float) -> bool:
    """Print the brief's time over its imports; whether it is within the goal."""
    (packages, packages_cpu), (own, own_cpu) = brief_imports(folder, runs)
    ok = seconds <= packages + GOAL_BRIEF_OVER_IMPORTS
    print(
        f"  its imports (wall/CPU): packages {wall_cpu(packages, packages_cpu)}, "
        f"with the project's modules {wall_cpu(own, own_cpu)}"
    )
    over_packages = wall_cpu(seconds - packages, cpu - packages_cpu)
    over_own = wall_cpu(seconds - own, cpu - own_cpu)
    goal = f"goal <= {GOAL_BRIEF_OVER_IMPORTS * 1000:.0f} ms: {'ok' if ok else 'MISSED'}"
    print(f"  brief - its package imports: {over_packages}; all its imports: {over_own}  ({goal})")
    return ok


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
        f"{wall_cpu(anchor, anchor_cpu)}, python -c 'import numpy' {wall_cpu(numpy, numpy_cpu)}"
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
            if label == "brief":
                verdicts.append(brief_over_imports(Path(folder), runs, seconds, cpu))
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
