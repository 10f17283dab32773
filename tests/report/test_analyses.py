"""The brief's Sensitivity and Monte Carlo section, from given results or stored settings."""

import argparse
import io
import json

import pytest

from core.analysis import compute_sensitivity, run_monte_carlo
from core.cli import brief
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.text import figure_text, setting_text
from core.report import ScenarioAnalyses, brief_bytes, stored_analyses
from core.report.analysis_charts import tornado, tornado_rows
from core.report.analysis_story import monte_carlo_rows, sensitivity_rows
from core.report.answer import tornado_sentence
from core.report.content import collect
from core.workspace import Workspace

pypdf = pytest.importorskip("pypdf")

UNCERTAINTY = {"revenue_growth": {"dist": "triangular", "low": 0.6, "mode": 1.0, "high": 1.25}}
STORED = {"montecarlo": {"draws": 500, "seed": 7}, "sensitivity": {"figure": "partner_net_npv"}}


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _with_analysis(workspace: Workspace, analysis: dict | None = STORED) -> Workspace:
    data = workspace.model_dump(mode="json", exclude_none=True)
    data["scenarios"][0]["uncertainty"] = UNCERTAINTY
    if analysis is not None:
        data["scenarios"][0]["analysis"] = analysis
    return Workspace.model_validate(data)


@pytest.fixture(scope="module")
def analysed(workspace):
    return _with_analysis(workspace)


@pytest.fixture(scope="module")
def results(analysed, contract):
    base = analysed.scenario("Base")
    settings, paths = analysed.settings, base.resolved()
    sensitivity = compute_sensitivity(
        contract, settings, paths, "partner_net_npv", base.uncertainty
    )
    simulation = run_monte_carlo(contract, settings, paths, base.uncertainty, 500, 7)
    return ScenarioAnalyses(sensitivity, simulation)


def test_analyses_print_only_when_given(workspace, contract, results):
    without = _text(brief_bytes(workspace, contract, sections={"analyses"}))
    assert "Sensitivity" not in without
    data = brief_bytes(workspace, contract, sections={"analyses"}, analyses={"Base": results})
    text = _text(data)
    assert "Sensitivity and Monte Carlo" in text
    assert "Sensitivity under Base" in text
    assert "Monte Carlo under Base" in text
    assert "500 draws, seed 7" in text
    money = KEY_FIGURES_BY_NAME["partner_net_npv"]
    assert figure_text(money, results.sensitivity.base) in text
    assert figure_text(money, results.monte_carlo.key_figures["partner_net_npv"].p50) in text


def test_stored_settings_repeat_the_same_results(analysed, contract, results):
    found = stored_analyses(analysed, contract)
    assert list(found) == ["Base"]  # Bull records no analyses
    again = found["Base"]
    assert again.sensitivity == results.sensitivity
    assert again.monte_carlo.percentiles == results.monte_carlo.percentiles
    assert again.monte_carlo.p_agi_effective_by_year == results.monte_carlo.p_agi_effective_by_year


def test_brief_repeats_stored_analyses_unless_told_otherwise(analysed, contract):
    text = _text(brief_bytes(analysed, contract, sections={"analyses", "summary"}))
    assert "Sensitivity under Base" in text
    assert "Monte Carlo under Base" in text
    assert "500 draws, seed 7" in text
    none = _text(brief_bytes(analysed, contract, sections={"analyses"}, analyses={}))
    assert "Monte Carlo" not in none


def test_stored_analyses_run_only_when_the_section_prints(analysed, contract):
    content = collect(analysed, contract, sections={"summary"})
    assert content.analyses == {}


def test_only_the_recorded_analysis_is_repeated(workspace, contract):
    only_mc = _with_analysis(workspace, {"montecarlo": {"draws": 200, "seed": 1}})
    found = stored_analyses(only_mc, contract)["Base"]
    assert found.sensitivity is None
    assert found.monte_carlo.draws == 200


def test_sensitivity_rows_show_figure_values_and_settings(results, analysed, contract):
    content = collect(analysed, contract, analyses={"Base": results})
    rows = sensitivity_rows(results.sensitivity, content)
    assert rows[0] == ["Assumption", "At low setting", "At high setting", "Swing"]
    first = results.sensitivity.rows[0]
    money = KEY_FIGURES_BY_NAME["partner_net_npv"]
    assert rows[1][1] == f"{figure_text(money, first.figure_low)} ({setting_text(first.low)})"
    assert rows[1][3] == figure_text(money, first.swing)
    growth = next(r for r in rows if r[0].startswith("Revenue growth"))
    assert "P10" in growth[1]  # the uncertainty's percentiles
    assert "P90" in growth[2]


def test_tornado_draws_the_largest_swings_first(results, contract):
    rows = tornado_rows(results.sensitivity)
    swings = [r.swing for r in rows]
    assert swings == sorted(swings, reverse=True)
    assert 0 < len(rows) <= 10
    drawing = tornado(results.sensitivity, contract.parties, 450)
    assert drawing.height > 15 * len(rows)


def test_monte_carlo_rows_hold_percentiles_and_mean(results, analysed, contract):
    content = collect(analysed, contract, analyses={"Base": results})
    rows = monte_carlo_rows(results.monte_carlo, content)
    assert rows[0] == ["Key figure", "P10", "P50", "P90", "Mean"]
    dist = results.monte_carlo.key_figures["revenue_share_total"]
    money = KEY_FIGURES_BY_NAME["revenue_share_total"]
    row = next(r for r in rows if r[0].startswith("Revenue share paid to"))
    assert row[1:] == [figure_text(money, v) for v in (dist.p10, dist.p50, dist.p90, dist.mean)]


def test_cli_brief_includes_the_workspace_analyses(tmp_path, analysed):
    path = tmp_path / "deal.json"
    path.write_text(json.dumps(analysed.model_dump(mode="json", exclude_none=True)), "utf-8")
    parser = argparse.ArgumentParser()
    brief.add_parser(parser.add_subparsers(dest="command"))
    out = tmp_path / "brief.pdf"
    args = parser.parse_args(["brief", "--workspace", str(path), "--out", str(out)])
    assert args.handler(args) == 0
    text = _text(out.read_bytes())
    assert "Monte Carlo under Base" in text
    assert "Sensitivity under Base" in text


def _flat(result):
    """`result` with every swing below display precision ($0.01B at most)."""
    import dataclasses

    rows = tuple(
        dataclasses.replace(
            row,
            figure_low=result.base,
            figure_high=result.base + 0.01,
            swing=0.01,
        )
        for row in result.rows
    )
    return dataclasses.replace(result, rows=rows)


def test_a_flat_tornado_says_no_input_moves_the_figure(workspace, contract, results):
    flat = ScenarioAnalyses(_flat(results.sensitivity), None)
    assert tornado_rows(flat.sensitivity) == []
    text = " ".join(_text(brief_bytes(workspace, contract, sections={"analyses"},
                                      analyses={"Base": flat})).split())  # fmt: skip
    assert f"No input moves this figure: under each of the {len(results.sensitivity.rows)}" in text
    sentence = tornado_sentence(flat.sensitivity, "Base", contract.parties)
    assert sentence == "No input moves Partnér gross inflows, NPV under Base."


def test_the_tornado_says_how_many_inputs_it_shows(workspace, contract, results):
    text = " ".join(
        _text(
            brief_bytes(workspace, contract, sections={"analyses"}, analyses={"Base": results})
        ).split()
    )
    shown = len(tornado_rows(results.sensitivity))
    assert f"Showing {shown} of the {len(results.sensitivity.rows)} inputs tried" in text
