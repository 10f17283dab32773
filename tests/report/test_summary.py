from core.present.text import figure_text
from core.projection import project
from core.report.summary import (
    applicable_figures,
    key_figure_rows,
    shown_figures,
)


def _projections(workspace, contract):
    return {
        s.name: project(contract, workspace.settings, s.resolved()) for s in workspace.scenarios
    }


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
