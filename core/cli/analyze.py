"""`dealscope analyze sensitivity|montecarlo|goalseek`: the analyses of model.md section 8."""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING, Any

from core.assumptions import SPECS_BY_NAME
from core.cli.common import Handler, add_command, print_json, workspace_and_scenario

if TYPE_CHECKING:  # the analyses load numpy and pandas: imported when a handler runs
    from core.analysis.goalseek import NoSolution, Solution
    from core.analysis.montecarlo import Simulation
    from core.analysis.sensitivity import Sensitivity
    from core.chain import Chain
    from core.contract import Parties

DEFAULT_FIGURE = "partner_net_npv"
DEFAULT_DRAWS = 10_000
"""As core.analysis.montecarlo.DEFAULT_DRAWS (a test keeps them equal)."""
MAX_DRAWS = 10_000_000


def add_parser(subparsers: Any) -> None:
    """Register ``analyze`` and its three analyses."""
    parser = subparsers.add_parser(
        "analyze", help="sensitivity (tornado), Monte Carlo or goal seek on a scenario"
    )
    analyses = parser.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True)
    sensitivity = _analysis(
        analyses, "sensitivity", handle_sensitivity, "each assumption low and high"
    )
    _figure_option(sensitivity, required=False)
    sensitivity.add_argument(
        "--include-terms",
        action="store_true",
        help="also vary each numeric term of the deal (0.8 and 1.2 times its value)",
    )
    montecarlo = _analysis(
        analyses, "montecarlo", handle_montecarlo, "sample the scenario's uncertainties"
    )
    montecarlo.add_argument("--draws", "-n", type=_draws, default=DEFAULT_DRAWS, metavar="N")
    montecarlo.add_argument("--seed", type=_seed, default=0, metavar="S")
    goalseek = _analysis(
        analyses,
        "goalseek",
        handle_goalseek,
        "the assumption or deal term setting that hits a target",
    )
    _figure_option(goalseek, required=True)
    solved = goalseek.add_mutually_exclusive_group(required=True)
    solved.add_argument("--assumption", "-a", metavar="A", help="an assumption to solve for")
    solved.add_argument(
        "--term", metavar="K", help="a numeric deal term, e.g. revenue-share.cap_total"
    )
    goalseek.add_argument("--target", "-t", type=_target, required=True, metavar="T")


def _analysis(
    analyses: Any, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    return add_command(analyses, name, handler, formats=("table", "json"), help_text=help_text)


def _figure_option(parser: argparse.ArgumentParser, required: bool) -> None:
    default = None if required else DEFAULT_FIGURE
    parser.add_argument(
        "--figure", required=required, default=default, metavar="F", help="numeric key figure"
    )


def _draws(text: str) -> int:
    value = int(text)
    if not 1 <= value <= MAX_DRAWS:
        raise argparse.ArgumentTypeError(f"draws must be between 1 and {MAX_DRAWS:,}")
    return value


def _target(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"the target must be a finite number, not {text}")
    return value


def _seed(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("seed must be >= 0")
    return value


def handle_sensitivity(args: argparse.Namespace) -> int:
    """Print the tornado of ``--figure``, largest swing first."""
    loaded, scenario = workspace_and_scenario(
        args
    )  # first: bad input is reported before numpy loads
    from core.analysis.sensitivity import compute_sensitivity

    result = compute_sensitivity(
        loaded.deal_for(scenario),
        loaded.workspace.settings,
        scenario.resolved(),
        args.figure,
        scenario.uncertainty,
        include_terms=args.include_terms,
    )
    if args.format == "json":
        print_json(sensitivity_json(result))
    else:
        print(sensitivity_table(result, loaded.versions, scenario.name))
    return 0


def handle_montecarlo(args: argparse.Namespace) -> int:
    """Print key-figure percentiles and P(AGI clause effective by each year)."""
    loaded, scenario = workspace_and_scenario(args)
    from core.analysis.heap import keep_freed_memory
    from core.analysis.montecarlo import run_monte_carlo

    keep_freed_memory()  # this process is ours: reuse array memory between chunks
    result = run_monte_carlo(
        loaded.deal_for(scenario),
        loaded.workspace.settings,
        scenario.resolved(),
        scenario.uncertainty,
        args.draws,
        args.seed,
    )
    if args.format == "json":
        print_json(montecarlo_json(result))
    else:
        print(montecarlo_table(result, loaded.contract.parties, scenario.name))
    return 0


def handle_goalseek(args: argparse.Namespace) -> int:
    """Print the solution; without one, exit 1 with the figure's range over the bounds."""
    loaded, scenario = workspace_and_scenario(args)
    from core.analysis.batch import Baseline, check_numeric_figure
    from core.analysis.goalseek import Solution, seek_goal
    from core.analysis.terms import seek_term

    deal = loaded.deal_for(scenario)
    settings, assumptions = loaded.workspace.settings, scenario.resolved()
    if args.term is not None:
        check_numeric_figure(args.figure)
        baseline = Baseline.build(deal, settings, assumptions)
        result = seek_term(baseline, args.figure, args.term, args.target)
    else:
        result = seek_goal(deal, settings, assumptions, args.figure, args.assumption, args.target)
    if args.format == "json":
        print_json(goalseek_json(result))
    elif isinstance(result, Solution):
        print(goalseek_text(result))
    else:
        print(f"dealscope analyze goalseek: {goalseek_text(result)}", file=sys.stderr)
    return 0 if isinstance(result, Solution) else 1


def sensitivity_json(result: Sensitivity) -> dict[str, Any]:
    """``{"figure", "base", "rows": [{"assumption", "low", "high", "figure_low", ...}]}``."""
    rows = [
        {
            "assumption": row.assumption,
            "term": row.term,
            "low": row.low.label,
            "high": row.high.label,
            "figure_low": row.figure_low,
            "figure_high": row.figure_high,
        }
        for row in result.rows
    ]
    return {"figure": result.figure, "base": result.base, "rows": rows}


def montecarlo_json(result: Simulation) -> dict[str, Any]:
    """``{"draws", "seed", "key_figures": {name: {"p10", "p50", "p90", "mean"}}, ...}``."""
    figures = {
        name: {"p10": d.p10, "p50": d.p50, "p90": d.p90, "mean": d.mean}
        for name, d in result.key_figures.items()
    }
    by_year = {str(year): p for year, p in result.p_agi_effective_by_year.items()}
    return {
        "draws": result.draws,
        "seed": result.seed,
        "key_figures": figures,
        "p_agi_effective_by_year": by_year,
    }


def goalseek_json(result: Solution | NoSolution) -> dict[str, Any]:
    """``{"assumption", "value", "figure", "achieved"}`` or ``{"error", "range"}``."""
    from core.analysis.goalseek import Solution

    if isinstance(result, Solution):
        return {
            "assumption": result.assumption,
            "value": result.value,
            "figure": result.figure,
            "achieved": result.achieved,
        }
    return {"error": result.reason, "range": list(result.range) if result.range else None}


def _name(template: str, parties: Parties) -> str:
    from core.present.labels import fill

    return fill(template, parties)


def sensitivity_table(result: Sensitivity, chain: Chain, scenario: str) -> str:
    """The tornado as aligned text; deal terms are named in words."""
    from core.keyfigures import KEY_FIGURES_BY_NAME
    from core.present.text import figure_text as format_figure
    from core.terms import term_label

    parties = chain.current.parties
    kind = KEY_FIGURES_BY_NAME[result.figure].kind
    title = _name(KEY_FIGURES_BY_NAME[result.figure].label, parties)
    lines = [
        f"Sensitivity of {title} ({result.figure}), scenario {scenario}",
        f"base: {format_figure(kind, result.base)}",
        "",
        f"  {'assumption':<48} {'low':>12} {'high':>12} {'at low':>12} {'at high':>12}"
        f" {'swing':>12}",
    ]
    for row in result.rows:
        name = (
            term_label(chain, row.assumption)
            if row.term
            else _name(SPECS_BY_NAME[row.assumption].label, parties)
        )
        lines.append(
            f"  {name[:48]:<48} {row.low.label:>12} {row.high.label:>12}"
            f" {format_figure(kind, row.figure_low):>12}"
            f" {format_figure(kind, row.figure_high):>12} {format_figure(kind, row.swing):>12}"
        )
    return "\n".join(lines)


def montecarlo_table(result: Simulation, parties: Parties, scenario: str) -> str:
    """Key-figure percentiles and the AGI curve as aligned text."""
    from core.keyfigures import KEY_FIGURES_BY_NAME
    from core.present.text import figure_text as format_figure

    sampled = ", ".join(result.uncertainty) or "none (every draw equals the projection)"
    lines = [
        f"Monte Carlo, scenario {scenario}: {result.draws:,} draws, seed {result.seed}",
        f"uncertain assumptions: {sampled}",
        "",
        f"  {'key figure':<44} {'P10':>10} {'P50':>10} {'P90':>10} {'mean':>10}",
    ]
    for name, d in result.key_figures.items():
        figure = KEY_FIGURES_BY_NAME[name]
        cells = [format_figure(figure.kind, v) for v in (d.p10, d.p50, d.p90)]
        mean = "" if d.mean is None else format_figure(figure.kind, d.mean)
        label = _name(figure.label, parties)[:44]
        lines.append(f"  {label:<44} {cells[0]:>10} {cells[1]:>10} {cells[2]:>10} {mean:>10}")
    if result.p_agi_effective_by_year:
        lines += ["", "  P(AGI clause effective by the end of the year)"]
        from core.present.format import percent

        lines += [f"  {y}  {percent(p):>6}" for y, p in result.p_agi_effective_by_year.items()]
    return "\n".join(lines)


def goalseek_text(result: Solution | NoSolution) -> str:
    """One line: the solution, or why there is none and the figure's range."""
    from core.analysis.goalseek import Solution

    what = "value" if result.solve == "value" else "factor on the whole path"
    if "." in result.assumption:
        what = "term value"
    if isinstance(result, Solution):
        return (
            f"{result.assumption} {what} {result.value:.10g} gives {result.figure} = "
            f"{result.achieved:.10g} (target {result.target:.10g})"
        )
    span = (
        "no value" if result.range is None else f"{result.range[0]:.6g} to {result.range[1]:.6g}"
    )
    low, high = result.bounds
    return (
        f"{result.reason}: {result.figure} ranges over {span} for {result.assumption} "
        f"{what} from {low:.6g} to {high:.6g} (target {result.target:.10g})"
    )
