"""Monte Carlo of model.md section 8: sampled assumptions, all draws run as arrays.

Each uncertain assumption gets a factor (or shift) per draw from its distribution,
independently of the others, from its own seeded stream (`distributions.generator`). The
factor multiplies the whole path (a shift is added to it), and the result is clipped to the
assumption's bounds (`batch.clip_to_bounds`), so a wide distribution piles some draws up at
a bound instead of producing values the model rejects.

Draws run through the engine in chunks (`chunk_for`: `CHUNK_SIZE` draws over a horizon of
up to 48 periods, fewer over longer ones), which bounds memory: one chunk's
arrays, every draw's key figures (19 floats, 152 MB for 1,000,000 draws) and the
per-period values of at most `BAND_DRAWS` draws are held at a time. The run checks whether
it is cancelled before each costly step: between chunks, within a chunk's engine run
(every few periods) and between the summaries of the figures, so that a cancel is seen
within a few milliseconds of work and nothing long runs after it. After a run of
`RELEASE_AFTER` draws or more, the memory it freed goes back to the system.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from core.analysis.batch import AnalysisError, Baseline, CancelledError
from core.analysis.distributions import (
    Distribution,
    Uncertainties,
    by_name,
    generator,
    on_terms,
    sample,
)
from core.analysis.figurestats import FigureDistribution, summarize
from core.analysis.figurestats_select import row_percentiles
from core.analysis.heap import release_freed_memory
from core.analysis.terms import check_terms
from core.assumptions import YearPath
from core.chain import Deal, as_chain
from core.engine import Arrays
from core.inputs import FloatArray
from core.keyfigures import KEY_FIGURES, Figures
from core.params import TermDraws
from core.workspace import Settings

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 0
CHUNK_SIZE = 8192
CHUNK_VALUES = CHUNK_SIZE * 48
"""Draws times periods in one chunk: each per-period array of a chunk is about 3 MB, which
keeps a chunk's working set in cache and its arrays in reused heap memory."""
MIN_CHUNK = 1024
BAND_DRAWS = 10_000
"""Per-period bands use at most the first this many draws; key figures and P(AGI) use all.

Draws are independent, so the first ones are a random sample of them all. From 10,000
draws a band's P10 is within about 0.3 percentile points (one standard error) of the P10
of every draw, about 0.02 standard deviations of the quantity: far less than a fan chart
shows. Exact per-period percentiles of every draw would cost about 20 ns a value (0.35 s
for 100,000 draws, most of the time budget) and, for 1,000,000 draws, 1.4 GB of memory.
Pass ``band_draws`` to `run_monte_carlo` for another trade-off.
"""
BANDS = ("revenue", "cumulative_profit", "partner_payments", "cumulative_partner_payments")
"""Per-period quantities with bands: $B per period, cumulative ones up to the period's end.

``partner_payments`` is what the lab pays the partner (revenue share plus profit share).
"""

RELEASE_AFTER = 200_000
"""Runs of at least this many draws hand their freed memory back when they end (not when
cancelled: the run that replaces a cancelled one reuses its memory)."""

Progress = Callable[[int, int], bool | None]
"""Called after each chunk with (draws done, draws in all); returning False cancels."""
Cancelled = Callable[[], bool]
"""Asked often (from the run's thread; it must be cheap); True stops the run."""


@dataclass(frozen=True, eq=False)
class Band:
    """P10, P50 and P90 of one quantity in every period, each of shape (periods,)."""

    p10: FloatArray
    p50: FloatArray
    p90: FloatArray


@dataclass(frozen=True, eq=False)
class Simulation:
    """What a Monte Carlo run found; reproducible from `seed`, `draws` and its inputs.

    Parameters
    ----------
    draws, seed : int
        As requested.
    uncertainty : dict of str to Distribution
        The distributions sampled, by assumption.
    labels : tuple of str
        Period labels, the x axis of the bands.
    bands : dict of str to Band
        One band per name in `BANDS`.
    band_draws : int
        Draws the bands were computed from (the first ones; see `BAND_DRAWS`).
    p_agi_effective_by_year : dict of int to float
        For each year, the share of draws whose AGI clause is effective in or before it;
        empty when the contract has no AGI clause.
    key_figures : dict of str to FigureDistribution
        Every key figure of model.md section 7.
    """

    draws: int
    seed: int
    uncertainty: dict[str, Distribution]
    labels: tuple[str, ...]
    bands: dict[str, Band]
    band_draws: int
    p_agi_effective_by_year: dict[int, float]
    key_figures: dict[str, FigureDistribution]

    @property
    def percentiles(self) -> dict[str, tuple[float, float, float]]:
        """(P10, P50, P90) of each numeric key figure that has values, in its unit."""
        return {
            name: (d.p10, d.p50, d.p90)
            for name, d in self.key_figures.items()
            if isinstance(d.p10, float) and isinstance(d.p50, float) and isinstance(d.p90, float)
        }

    @property
    def agi_probability(self) -> dict[int, float]:
        """Same as `p_agi_effective_by_year` (the name the brief's analyses hook reads)."""
        return self.p_agi_effective_by_year


def run_monte_carlo(
    contract: Deal,
    settings: Settings,
    assumptions: Mapping[str, YearPath],
    uncertainty: Uncertainties,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    *,
    chunk_size: int | None = None,
    band_draws: int = BAND_DRAWS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Simulation:
    """Run `draws` projections with the uncertain assumptions sampled.

    Parameters
    ----------
    contract : Contract
        The contract version.
    settings : Settings
        The time grid.
    assumptions : mapping of str to YearPath
        Every assumption, resolved (e.g. ``Scenario.resolved()``).
    uncertainty : mapping of str to Distribution
        Distributions by assumption name or deal term key (e.g. ``Scenario.uncertainty``;
        a term's draws apply to it in every version of the deal); the others stay
        at their value.
    draws : int
        Number of draws, >= 1.
    seed : int
        Seed, >= 0; the same seed and inputs give the same result, in any chunk size.
    chunk_size : int, optional
        Draws per engine run, >= 1 (default `chunk_for` the horizon); bounds memory,
        never changes the result.
    band_draws : int
        Largest number of draws the per-period bands are computed from, >= 1.
    progress : Progress, optional
        Told of progress after each chunk; may cancel by returning False.
    cancelled : Cancelled, optional
        Asked before each costly step, e.g. ``threading.Event().is_set``: a run stops
        within a few milliseconds of work of it turning True.

    Raises
    ------
    CancelledError
        When `progress` returned False or `cancelled` True.
    AnalysisError
        When the machine has not enough memory for the run (e.g. 10,000,000 draws).
    """
    baseline = Baseline.build(contract, settings, assumptions)
    chunk_size = chunk_for(baseline.grid.count) if chunk_size is None else chunk_size
    if min(draws, chunk_size, band_draws) < 1 or seed < 0:
        raise ValueError("draws, chunk_size and band_draws must be >= 1, and seed >= 0")
    ordered = by_name(uncertainty)
    terms = on_terms(uncertainty)
    check_terms(baseline, terms)
    stop = _Stop(progress, cancelled, draws)
    try:
        simulation = _simulate(baseline, ordered, terms, draws, seed, chunk_size, band_draws, stop)
    except MemoryError:
        release_freed_memory()
        raise AnalysisError(
            f"not enough memory for {draws:,} draws over {baseline.grid.count} periods;"
            " ask for fewer draws"
        ) from None
    # a cancelled run is left holding its memory: the run that replaces it reuses it
    if draws >= RELEASE_AFTER:
        release_freed_memory()
    return simulation


def chunk_for(periods: int) -> int:
    """Draws per chunk over a horizon of `periods`: `CHUNK_VALUES` values a period array.

    At least `MIN_CHUNK` draws (each chunk costs a pass of the period loop in Python) and
    at most `CHUNK_SIZE`.
    """
    return max(MIN_CHUNK, min(CHUNK_SIZE, CHUNK_VALUES // max(periods, 1)))


class _Stop:
    """Whether to go on: the caller's progress callback (between chunks) and cancel check."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None, draws: int):
        self.progress, self.cancelled, self.draws = progress, cancelled, draws
        self.done = 0

    def check(self, done: int) -> None:
        """Report `done` draws; raise `CancelledError` when the run is to stop there."""
        self.done = done
        told = self.progress is not None and done and self.progress(done, self.draws) is False
        if told:
            self._stop()
        self.asked()

    def asked(self) -> None:
        """Raise `CancelledError` when a cancel has been asked for (cheap: call it often)."""
        if self.cancelled is not None and self.cancelled():
            self._stop()

    def _stop(self) -> None:
        raise CancelledError(f"Monte Carlo cancelled after {self.done:,} of {self.draws:,} draws")


def _simulate(
    baseline: Baseline,
    ordered: dict[str, Distribution],
    terms: dict[str, Distribution],
    draws: int,
    seed: int,
    chunk_size: int,
    band_draws: int,
    stop: _Stop,
) -> Simulation:
    streams = {name: generator(seed, name) for name in (*ordered, *terms)}
    collector = _Collector(baseline, draws, min(draws, band_draws))
    for start in range(0, draws, chunk_size):
        stop.check(start)
        size = min(chunk_size, draws - start)
        varied = {
            name: baseline.varied(name, dist.apply, sample(dist, streams[name], size))
            for name, dist in ordered.items()
        }
        drawn: TermDraws = {
            key: (dist.apply, sample(dist, streams[key], size)) for key, dist in terms.items()
        }
        collector.add(start, *baseline.evaluate(varied, size, drawn, stop.asked))
    stop.check(draws)
    return collector.result(seed, ordered | terms, stop.asked)


class _Collector:
    """Keeps what the result needs from each chunk: figures, band draws, AGI counts."""

    def __init__(self, baseline: Baseline, draws: int, band_draws: int) -> None:
        self.baseline, self.draws, self.band_draws = baseline, draws, band_draws
        grid = baseline.grid
        self.figures = {f.name: np.empty(draws) for f in KEY_FIGURES}
        # period-major, as the engine's rows: one period's draws are contiguous
        self.bands = {name: np.empty((grid.count, self.band_draws)) for name in BANDS}
        self.agi_by_year = np.zeros(grid.year_count, dtype=np.int64)

    def add(self, start: int, arrays: Arrays, figures: Figures) -> None:
        """Take one chunk of draws that begins at draw `start`."""
        stop = start + len(figures["revenue_share_total"])
        for name, values in figures.items():
            self.figures[name][start:stop] = values
        if start < self.band_draws:
            self._add_bands(start, min(stop, self.band_draws), arrays)
        grid = self.baseline.grid
        effective = np.broadcast_to(arrays.agi_effective, (stop - start,))
        years = effective[effective < grid.count] // grid.n
        self.agi_by_year += np.bincount(years, minlength=grid.year_count)

    def _add_bands(self, start: int, stop: int, arrays: Arrays) -> None:
        rows, used, draws = arrays.rows, slice(0, stop - start), slice(start, stop)
        payments = self.bands["partner_payments"][:, draws]
        payments[...] = rows["partner_received"][:, used]
        self.bands["revenue"][:, draws] = rows["revenue"][:, used]
        self.bands["cumulative_profit"][:, draws] = rows["cumulative_profit"][:, used]
        cumulative = self.bands["cumulative_partner_payments"][:, draws]
        cumulative[0] = payments[0]
        for t in range(1, len(payments)):  # in period order, as np.cumsum adds
            np.add(cumulative[t - 1], payments[t], out=cumulative[t])

    def result(
        self, seed: int, uncertainty: dict[str, Distribution], check: Callable[[], None]
    ) -> Simulation:
        """Summarise every draw taken; `check` is called before each summary (a cancel)."""
        grid = self.baseline.grid
        bands = {}
        for name, values in self.bands.items():
            check()
            p10, p50, p90 = row_percentiles(values, (10.0, 50.0, 90.0))
            bands[name] = Band(p10, p50, p90)
        by_year: dict[int, float] = {}
        if any(as_chain(self.baseline.contract).agi_clauses()):
            shares = np.cumsum(self.agi_by_year) / self.draws
            by_year = {year: float(p) for year, p in zip(grid.years, shares, strict=True)}
        figures = {}
        for f in KEY_FIGURES:
            check()
            figures[f.name] = summarize(f.name, f.kind, self.figures[f.name], grid)
        return Simulation(
            draws=self.draws,
            seed=seed,
            uncertainty=uncertainty,
            labels=grid.labels,
            bands=bands,
            band_draws=self.band_draws,
            p_agi_effective_by_year=by_year,
            key_figures=figures,
        )
