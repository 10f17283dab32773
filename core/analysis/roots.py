"""Brent's method for a root bracketed by a sign change (no SciPy dependency)."""

from __future__ import annotations

from collections.abc import Callable

MAX_ITERATIONS = 200


def brent(
    f: Callable[[float], float],
    a: float,
    b: float,
    f_tolerance: float,
    fa: float | None = None,
    fb: float | None = None,
) -> float:
    """Return x in [a, b] with ``abs(f(x)) <= f_tolerance``, or the best x found.

    `f(a)` and `f(b)` must differ in sign (pass them as `fa`, `fb` when known). Inverse
    quadratic interpolation with bisection as a fallback (Brent 1973, as in SciPy's
    ``brentq``); it stops when `f` is within `f_tolerance` of zero or the bracket shrinks
    to a few ulps, which happens when `f` jumps across zero (the caller checks `f` there).
    """
    xpre, xcur = a, b
    fpre = f(a) if fa is None else fa
    fcur = f(b) if fb is None else fb
    if abs(fpre) <= f_tolerance:
        return xpre
    xblk = fblk = spre = scur = 0.0
    for _ in range(MAX_ITERATIONS):
        if abs(fcur) <= f_tolerance:
            return xcur
        if fpre * fcur < 0:
            xblk, fblk = xpre, fpre
            spre = scur = xcur - xpre
        if abs(fblk) < abs(fcur):
            xpre, xcur, xblk = xcur, xblk, xcur
            fpre, fcur, fblk = fcur, fblk, fcur
        delta = 2e-16 * abs(xcur) + 1e-300
        bisect = (xblk - xcur) / 2
        if fcur == 0 or abs(bisect) < delta:
            return xcur
        spre, scur = _step(xpre, xcur, xblk, fpre, fcur, fblk, spre, scur, bisect, delta)
        xpre, fpre = xcur, fcur
        xcur += scur if abs(scur) > delta else (delta if bisect > 0 else -delta)
        fcur = f(xcur)
    return xcur


def _step(
    xpre: float,
    xcur: float,
    xblk: float,
    fpre: float,
    fcur: float,
    fblk: float,
    spre: float,
    scur: float,
    bisect: float,
    delta: float,
) -> tuple[float, float]:
    """The next (previous step, step): interpolation when it is short enough, else bisection."""
    if abs(spre) > delta and abs(fcur) < abs(fpre):
        if xpre == xblk:  # secant
            trial = -fcur * (xcur - xpre) / (fcur - fpre)
        else:  # inverse quadratic
            dpre = (fpre - fcur) / (xpre - xcur)
            dblk = (fblk - fcur) / (xblk - xcur)
            trial = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre))
        if 2 * abs(trial) < min(abs(spre), 3 * abs(bisect) - delta):
            return scur, trial
    return bisect, bisect
