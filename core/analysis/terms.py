"""Deal terms as analysis inputs (model.md section 11): tornado bars and goal seek on a term.

A term is a clause parameter, the same in every draw of a run, so each setting of a term is
one engine run of a single draw (about 2 ms); a tornado adds two runs per term and a goal
seek scans about 60 settings.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping

import numpy as np

from core.analysis.batch import AnalysisError, Baseline
from core.analysis.goalseek import TOLERANCE, NoSolution, Solution, nearest_bracket, scan_points
from core.analysis.roots import brent
from core.chain import Chain, Deal, as_chain
from core.inputs import FloatArray
from core.terms import NumericTerm, TermError, adjusted_term, apply_terms, numeric_terms

LOW_FACTOR = 0.8
HIGH_FACTOR = 1.2


def check_terms(baseline: Baseline, keys: Iterable[str]) -> None:
    """Raise `AnalysisError` unless every key is a numeric term of the baseline's deal."""
    known = {t.key for t in numeric_terms(as_chain(baseline.contract))}
    unknown = [key for key in keys if key not in known]
    if unknown:
        listed = ", ".join(sorted(known)) or "none"
        raise AnalysisError(f"no numeric term {unknown[0]!r} in this deal; choose one of {listed}")


def figure_under(baseline: Baseline, deal: Deal, figure: str) -> float:
    """Key figure `figure` of the baseline's assumptions projected under `deal`."""
    _, figures = dataclasses.replace(baseline, contract=deal).evaluate({}, 1)
    return float(figures[figure][0])


Setting = tuple[str, float]
"""How a term is set at one end of a bar: ``("factor", 0.8)`` or ``("shift", -5.0)``."""
DEFAULT_ENDS: tuple[Setting, Setting] = (("factor", LOW_FACTOR), ("factor", HIGH_FACTOR))


@dataclasses.dataclass(frozen=True, slots=True)
class TermSwing:
    """The figure with one term at its low and high setting in every version."""

    term: NumericTerm
    figure_low: float | None
    figure_high: float | None


def term_swings(
    baseline: Baseline, figure: str, ends: Mapping[str, tuple[Setting, Setting]] | None = None
) -> list[TermSwing]:
    """A tornado bar for every numeric term of the baseline's deal.

    `ends` gives a term's low and high settings (e.g. the P10 and P90 of its uncertainty);
    any other term goes from 0.8 to 1.2 times its value.
    """
    chain = as_chain(baseline.contract)
    swings = []
    for term in numeric_terms(chain):
        values: list[float | None] = []
        for apply, value in (ends or {}).get(term.key, DEFAULT_ENDS):
            try:
                varied = adjusted_term(chain, term, apply, value)
            except TermError:
                values.append(None)  # e.g. a tier bound that would pass the next one
                continue
            values.append(_number(figure_under(baseline, _same_shape(baseline, varied), figure)))
        swings.append(TermSwing(term, values[0], values[1]))
    return swings


def seek_term(baseline: Baseline, figure: str, key: str, target: float) -> Solution | NoSolution:
    """The value of term `key` (in every version that has it) at which `figure` is `target`.

    Raises
    ------
    AnalysisError
        When `key` is not a numeric term of the deal, or `target` is not finite.
    """
    if not math.isfinite(target):
        raise AnalysisError(f"the target must be a finite number, not {target}")
    chain = as_chain(baseline.contract)
    terms = {t.key: t for t in numeric_terms(chain)}
    if key not in terms:
        known = ", ".join(terms) or "none"
        raise AnalysisError(f"no numeric term {key!r} in this deal; choose one of {known}")
    term = terms[key]

    def at(value: float) -> float:
        try:
            varied = apply_terms(chain, {key: round(value) if term.whole else value})
        except TermError:
            return math.nan
        return figure_under(baseline, _same_shape(baseline, varied), figure)

    xs = scan_points(term.lower, term.upper, term.value)
    if term.whole:
        xs = np.unique(np.round(xs))
    gaps: FloatArray = np.array([at(float(x)) for x in xs]) - target
    known_gaps = [float(g) for g in gaps if not math.isnan(g)]
    span = (min(known_gaps) + target, max(known_gaps) + target) if known_gaps else None
    bounds = (term.lower, term.upper)
    bracket = nearest_bracket(xs, gaps, term.value)
    if bracket is None:
        return NoSolution(key, "value", figure, target, bounds, span)
    a, b, ga, gb = bracket
    x = a if a == b else brent(lambda v: at(v) - target, a, b, TOLERANCE, ga, gb)
    if term.whole:
        x = float(round(x))
    achieved = at(x)
    if abs(achieved - target) <= TOLERANCE:
        return Solution(key, "value", x, figure, target, achieved)
    reason = f"the figure jumps over the target at {key} {x:.6g}"
    return NoSolution(key, "value", figure, target, bounds, span, reason)


def _same_shape(baseline: Baseline, chain: Chain) -> Deal:
    """`chain` as a chain if the baseline's deal is one, else as its single contract."""
    return chain if isinstance(baseline.contract, Chain) else chain.current


def _number(value: float) -> float | None:
    return None if math.isnan(value) else value
