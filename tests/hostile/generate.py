"""Hostile inputs generated from the bundled files by a seeded random source.

Each generator returns cases as ``(id, build)`` where ``build(folder)`` writes the files
the case needs into `folder` and returns the command line and the paths a located error
may name. The seed is fixed, so every run tries the same cases.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.assumptions import NAMES, SPECS
from core.resources import RESOURCES_DIR, default_workspace_path

Build = Callable[[Path], tuple[list[str], list[str]]]
Case = tuple[str, Build]

CONTRACT = RESOURCES_DIR / "contracts" / "microsoft-openai-2025-10.yaml"
ACTUALS = RESOURCES_DIR / "actuals" / "microsoft-openai.yaml"
TERMS = (
    "revenue-share.rate", "revenue-share.cap_total", "revenue-share.end", "agi-clause.threshold",
    "no-such-clause.rate", "revenue-share.colour", "revenue-share", ".rate", "", "\x1b[2J.rate",
)  # fmt: skip
HISTORY = (
    "microsoft-openai-2019-07", "microsoft-openai-2023-01", "microsoft-openai-2026-04",
    "no-such-contract", {"path": "missing.yaml"}, {"path": "notes.txt"}, {"path": ""}, 7, None,
    [], {}, {"format": "dealscope-contract/1"},
)  # fmt: skip

YAML_SCALARS = (
    "yes", "no", "on", "off", "1:30", "1_000", "0b101", "012", "0x1F", "0o17", ".inf", "-.inf",
    ".nan", "~", "null", "true", "false", "''", '""', "[]", "{}", "-1e308", "1e308", "-0",
    "2025-13-01", "2025-02-30", "9999-12-31", "0001-01-01", "2025-01-01 10:00", "!!binary AA==",
    "&a [*a]", "*nope", "'\\x1b[2J'", '"\\e]0;owned\\a"', "x" * 300, "- a\n- b", "{a: 1, a: 2}",
    "1e-320", "123456789012345678901234567890", "!!python/object:os.system ls", "|\n  text",
    "@", "`", "%", "? complex", "-", "!!float yes", "!!int 1.5", "\t1",
)  # fmt: skip
JSON_VALUES: tuple[Any, ...] = (
    None, True, False, 0, -1, 1e308, -1e308, 5e-324, 1.5, 10**30, "", "yes", "1:30", "\x1b[2J",
    "x" * 300, [], {}, [1, 2], {"a": 1}, {"2025": True}, {"2025": None}, {"2025": "1"},
    {"-5": 1}, {"99999": 1}, {"2025": 1e308}, [{"dist": "uniform"}], "2025-01-01",
)  # fmt: skip
CLI_TOKENS = (
    "project", "explain", "compare-versions", "analyze", "contracts", "sensitivity",
    "montecarlo", "goalseek", "--workspace", "--contract", "--scenario", "--format", "--figure",
    "--period", "--draws", "--seed", "--target", "--assumption", "-w", "-c", "-s", "-f", "-n",
    "json", "table", "csv", "xml", "Base", "Bull", "Nope", "revenue_share", "partner_net_npv",
    "discount_rate", "revenue_growth", "2029Q3", "2099Q1", "2029Q9", "0", "-1", "1e309", "nan",
    "inf", "20", "10000001", "abc", "microsoft-openai-2019-07", "no-such-contract",
    "missing.yaml", "missing.json", "\x1b[31m", "", "--", "-", "--help-me",
)  # fmt: skip


def contract_cases(count: int, seed: int = 17) -> list[Case]:
    """Mutations of a bundled contract's YAML text, each run through ``project``."""
    return [
        (f"contract-{case_id}", _contract_build(text))
        for case_id, text in _yaml_mutations(CONTRACT, count, seed)
    ]


def actuals_cases(count: int, seed: int = 37) -> list[tuple[str, str]]:
    """Mutations of the bundled actuals file's YAML text: ``(id, text)``."""
    return [
        (f"actuals-{case_id}", text) for case_id, text in _yaml_mutations(ACTUALS, count, seed)
    ]


def _yaml_mutations(source: Path, count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    lines = source.read_text(encoding="utf-8").splitlines()
    valued = [i for i, line in enumerate(lines) if ": " in line and line.lstrip(" -")[:1] != "#"]
    cases: list[tuple[str, str]] = []
    for n in range(count):
        mutated = list(lines)
        action = rng.choice(("value", "value", "value", "delete", "duplicate", "indent", "insert"))
        i = rng.choice(valued)
        if action == "value":
            key = mutated[i].split(": ", 1)[0]
            mutated[i] = f"{key}: {rng.choice(YAML_SCALARS)}"
        elif action == "delete":
            del mutated[i]
        elif action == "duplicate":
            mutated.insert(i, mutated[i])
        elif action == "indent":
            mutated[i] = " " * rng.randint(1, 5) + mutated[i]
        else:
            mutated.insert(i, rng.choice(YAML_SCALARS))
        cases.append((f"{n}-{action}", "\n".join(mutated) + "\n"))
    return cases


def _contract_build(text: str) -> Build:
    def build(folder: Path) -> tuple[list[str], list[str]]:
        path = folder / "deal.yaml"
        path.write_text(text, encoding="utf-8")
        return ["project", "--contract", str(path), "--format", "json"], [str(path)]

    return build


def workspace_cases(count: int, seed: int = 23) -> list[Case]:
    """Mutations of the default workspace (values, keys, removals), each projected."""
    rng = random.Random(seed)
    base = json.loads(default_workspace_path().read_text(encoding="utf-8"))
    cases: list[Case] = []
    for n in range(count):
        data = copy.deepcopy(base)
        if rng.random() < 0.3:  # model v2: a version history and clause terms to attack too
            data["history"] = [rng.choice(HISTORY) for _ in range(rng.randint(0, 3))]
            scenario = rng.choice(data["scenarios"])
            scenario["terms"] = {rng.choice(TERMS): rng.choice((*JSON_VALUES, 0.1, 50.0))}
        places = list(_places(data))
        container, key = rng.choice(places)
        action = rng.choice(("value", "value", "value", "delete", "unknown"))
        if action == "value":
            container[key] = copy.deepcopy(rng.choice(JSON_VALUES))
        elif action == "delete":
            del container[key]
        elif isinstance(container, dict):
            container["colour"] = 1
        else:
            container.append(copy.deepcopy(rng.choice(JSON_VALUES)))
        command = rng.choice(("project", "project", "explain", "montecarlo"))
        cases.append((f"workspace-{n}-{action}-{command}", _workspace_build(data, command)))
    return cases


def uncertainty_cases(count: int, seed: int = 29) -> list[Case]:
    """Distributions with extreme parameters on random assumptions, run as a Monte Carlo."""
    rng = random.Random(seed)
    extremes = (0.0, 1e-300, 1.0, -1.0, 5.0, 1e6, -1e6, 1e9, -1e9, 2e9, 1e308, -1e308)
    cases: list[Case] = []
    for n in range(count):
        dist: dict[str, Any] = {
            "dist": rng.choice(("uniform", "triangular", "normal", "lognormal"))
        }
        values = sorted(rng.choice(extremes) for _ in range(3))
        if dist["dist"] == "uniform":
            dist |= {"low": values[0], "high": values[2]}
        elif dist["dist"] == "triangular":
            dist |= {"low": values[0], "mode": values[1], "high": values[2]}
        elif dist["dist"] == "normal":
            dist |= {"mean": values[0], "sd": abs(values[2])}
        else:
            dist |= {"median": abs(values[2]) or 1.0, "sigma": rng.choice((0.0, 1.0, 5.0))}
        dist["apply"] = rng.choice(("factor", "shift"))
        name = rng.choice(NAMES)
        zero = {spec.name: 0.0 for spec in SPECS if spec.lower <= 0.0 and not spec.lower_open}
        assumptions = {name: zero[name]} if name in zero and rng.random() < 0.5 else {}
        scenario = {"name": "Hostile", "assumptions": assumptions, "uncertainty": {name: dist}}
        data = {
            "format": "dealscope-workspace/1",
            "contract": "microsoft-openai-2025-10",
            "scenarios": [scenario],
        }
        cases.append(
            (f"uncertainty-{n}-{name}-{dist['dist']}", _workspace_build(data, "montecarlo"))
        )
    return cases


def cli_cases(count: int, seed: int = 31) -> list[Case]:
    """Random command lines made of the commands' own words, values and garbage."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for n in range(count):
        argv = [rng.choice(("project", "explain", "compare-versions", "analyze", "contracts"))]
        argv += [rng.choice(CLI_TOKENS) for _ in range(rng.randint(0, 6))]
        if argv[0] == "analyze" and len(argv) > 1 and rng.random() < 0.7:
            argv[1] = rng.choice(("sensitivity", "montecarlo", "goalseek"))
        if "montecarlo" in argv and "--draws" not in argv and "-n" not in argv:
            argv += ["--draws", "50"]  # keeps each case quick
        if "--draws" in argv or "-n" in argv:
            argv = [_small_draws(token) for token in argv]
        cases.append((f"cli-{n}", _cli_build(argv)))
    return cases


def _small_draws(token: str) -> str:
    return "50" if token.isdigit() and 1000 < int(token) <= 10_000_000 else token


def _cli_build(argv: list[str]) -> Build:
    def build(folder: Path) -> tuple[list[str], list[str]]:
        return list(argv), ["missing.yaml", "missing.json"]

    return build


def _workspace_build(data: Any, command: str) -> Build:
    def build(folder: Path) -> tuple[list[str], list[str]]:
        path = folder / "work.json"
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        ws = ["--workspace", str(path)]
        if command == "explain":
            return ["explain", *ws, "--figure", "revenue_share", "--period", "2029Q3"], [str(path)]
        if command == "montecarlo":
            return ["analyze", "montecarlo", *ws, "--draws", "200", "--format", "json"], [
                str(path)
            ]
        return ["project", *ws, "--format", "json"], [str(path)]

    return build


def _places(node: Any) -> Any:
    """Every (container, key) pair of a JSON document, depth first."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        yield node, key
        if isinstance(value, dict | list) and value:
            yield from _places(value)
