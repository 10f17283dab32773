"""Monte Carlo in chunks: the same draws as one engine run, cancel between chunks, memory."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from core.analysis import batch, montecarlo
from core.analysis.batch import Baseline, CancelledError
from core.analysis.distributions import by_name, generator, on_terms, sample
from core.analysis.heap import release_freed_memory
from core.analysis.montecarlo import run_monte_carlo
from core.files import load_workspace
from core.params import TermDraws
from core.resources import default_workspace_path
from core.workspace import Triangular

DRAWS = 3000
TERM = Triangular(dist="triangular", low=0.5, mode=1.0, high=1.5)


def _case():
    loaded = load_workspace(default_workspace_path())
    scenario = loaded.workspace.scenarios[0]
    uncertainty = {**scenario.uncertainty, "revenue-share.rate": TERM}
    return loaded.deal_for(scenario), loaded.workspace.settings, scenario, uncertainty


def _figures(baseline, uncertainty, sizes):
    """Every draw's key figures, run as consecutive chunks of `sizes` draws."""
    ordered, terms = by_name(uncertainty), on_terms(uncertainty)
    streams = {name: generator(5, name) for name in (*ordered, *terms)}
    parts: dict[str, list[np.ndarray]] = {}
    rows: list[np.ndarray] = []
    for size in sizes:
        varied = {
            n: baseline.varied(n, d.apply, sample(d, streams[n], size)) for n, d in ordered.items()
        }
        drawn: TermDraws = {k: (d.apply, sample(d, streams[k], size)) for k, d in terms.items()}
        arrays, figures = baseline.evaluate(varied, size, drawn)
        for name, values in figures.items():
            parts.setdefault(name, []).append(np.asarray(values))
        rows.append(arrays.columns["partner_received"])
    return {name: np.concatenate(v) for name, v in parts.items()}, np.concatenate(rows)


def test_every_draw_run_in_chunks_equals_the_same_draw_in_one_run():
    deal, settings, scenario, uncertainty = _case()
    baseline = Baseline.build(deal, settings, scenario.resolved())
    whole, whole_rows = _figures(baseline, uncertainty, [DRAWS])
    chunked, chunked_rows = _figures(baseline, uncertainty, [1, 999, 1000, 1000])
    assert whole_rows.shape == (DRAWS, baseline.grid.count)
    np.testing.assert_allclose(chunked_rows, whole_rows, rtol=1e-12, atol=1e-12)
    for name, values in whole.items():
        assert values.shape == (DRAWS,)
        np.testing.assert_allclose(chunked[name], values, rtol=1e-12, atol=1e-12, err_msg=name)
    # the draws differ: the check is not of a constant
    assert np.ptp(whole["partner_net_total"]) > 1.0


def test_a_chunked_run_equals_the_one_shot_run():
    deal, settings, scenario, uncertainty = _case()
    paths = scenario.resolved()
    one = run_monte_carlo(deal, settings, paths, uncertainty, DRAWS, seed=3, chunk_size=DRAWS)
    many = run_monte_carlo(deal, settings, paths, uncertainty, DRAWS, seed=3, chunk_size=256)
    for name, figure in one.key_figures.items():
        other = many.key_figures[name]
        for a, b in ((figure.p10, other.p10), (figure.p50, other.p50), (figure.p90, other.p90)):
            if isinstance(a, float) and isinstance(b, float):
                assert a == pytest.approx(b, rel=1e-12, abs=1e-12), name
            else:
                assert a == b, name  # a period label, a year or none
    for name, band in one.bands.items():
        np.testing.assert_allclose(many.bands[name].p50, band.p50, rtol=1e-12, atol=1e-12)
    assert one.p_agi_effective_by_year == many.p_agi_effective_by_year


def test_a_set_cancel_event_stops_the_run_before_the_next_chunk():
    deal, settings, scenario, uncertainty = _case()
    event = threading.Event()
    chunks: list[int] = []

    def progress(done: int, total: int) -> None:
        chunks.append(done)
        if done >= 2000:
            event.set()  # as an edit on another thread would

    with pytest.raises(CancelledError, match="after 2,000 of 10,000 draws"):
        run_monte_carlo(
            deal,
            settings,
            scenario.resolved(),
            uncertainty,
            10_000,
            chunk_size=1000,
            progress=progress,
            cancelled=event.is_set,
        )
    assert chunks == [1000, 2000]


def test_a_run_cancelled_before_it_starts_does_no_work():
    deal, settings, scenario, uncertainty = _case()
    seen: list[int] = []
    with pytest.raises(CancelledError, match="after 0 of"):
        run_monte_carlo(
            deal,
            settings,
            scenario.resolved(),
            uncertainty,
            1000,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: True,
        )
    assert seen == []


def test_freed_memory_can_be_released():
    assert isinstance(release_freed_memory(), bool)


def test_a_cancel_during_a_chunk_stops_it_before_its_key_figures(monkeypatch):
    deal, settings, scenario, uncertainty = _case()
    figured: list[int] = []
    compute = batch.compute_figures
    monkeypatch.setattr(batch, "compute_figures", lambda a: figured.append(1) or compute(a))
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # the first ask is before the chunk, the second inside it

    with pytest.raises(CancelledError, match="after 0 of 5,000 draws"):
        run_monte_carlo(
            deal, settings, scenario.resolved(), uncertainty, 5000, cancelled=cancelled
        )
    assert len(asked) == 2
    assert figured == []  # the chunk's engine run stopped: no key figures were computed


def test_a_cancel_during_the_summaries_stops_them(monkeypatch):
    deal, settings, scenario, uncertainty = _case()
    summarised: list[str] = []
    summarise = montecarlo.summarize

    def counting(name, *args):
        summarised.append(name)
        return summarise(name, *args)

    monkeypatch.setattr(montecarlo, "summarize", counting)
    with pytest.raises(CancelledError, match="after 2,000 of 2,000 draws"):
        run_monte_carlo(
            deal,
            settings,
            scenario.resolved(),
            uncertainty,
            2000,
            cancelled=lambda: len(summarised) >= 1,
        )
    assert len(summarised) == 1  # the other figures were not summarised
