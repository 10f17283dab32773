from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.text import figure_text
from core.projection import project
from core.report.summary import (
    applicable_figures,
    by_scenario,
    key_figure_rows,
    shown_figures,
    summary_sentences,
)


def _projections(workspace, contract):
    return {
        s.name: project(contract, workspace.settings, s.resolved()) for s in workspace.scenarios
    }


def test_summary_has_four_to_six_sentences_with_party_names(workspace, contract):
    sentences = summary_sentences(_projections(workspace, contract))
    assert 4 <= len(sentences) <= 6
    text = " ".join(sentences)
    for name in ("Labé", "Partnér", "Cloüd", "Base", "Bull"):
        assert name in text
    assert all(s.endswith(".") for s in sentences)


def test_summary_quotes_the_engine_figures(workspace, contract):
    projections = _projections(workspace, contract)
    base = projections["Base"].key_figures
    total = figure_text(KEY_FIGURES_BY_NAME["revenue_share_total"], base["revenue_share_total"])
    assert total in summary_sentences(projections)[0]
    cap = str(base["revenue_share_cap_reached_period"])
    assert f"{cap[4:]} {cap[:4]}" in summary_sentences(projections)[0]  # "Q3 2029"


def test_key_figure_rows_are_the_engine_figures_formatted(workspace, contract):
    projections = _projections(workspace, contract)
    figures = shown_figures(projections, "partner")
    rows = key_figure_rows(projections, figures)
    assert len(rows) == len(figures)
    for row, figure in zip(rows, figures, strict=True):
        expected = [figure_text(figure, p.key_figures[figure.name]) for p in projections.values()]
        assert row[1:] == expected


def test_figures_of_missing_clause_kinds_are_left_out(contract):
    names = {f.name for f in applicable_figures(contract)}
    assert "revenue_share_total" in names
    assert "partner_commitment_shortfall" not in names  # no spend commitment


def test_by_scenario_lists_or_merges():
    assert by_scenario([("Base", "$1.0B")]) == "$1.0B under Base"
    assert (
        by_scenario([("A", "x"), ("B", "y"), ("C", "z")]) == "x under A, y under B and z under C"
    )
    assert by_scenario([("A", "x"), ("B", "x")]) == "x in every scenario"
