"""Actuals files: located problems, bundled figures and their sources, finding a deal's actuals."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from core.actuals import actuals_for, actuals_from_text, bundled_actuals, label_span, load_actuals
from core.cli import main
from core.errors import ValidationError
from core.files import bundled_contracts
from core.resources import RESOURCES_DIR
from tests.core.builders import contract

GOOD = textwrap.dedent(
    """\
    format: dealscope-actuals/1
    id: test
    parties: {lab: Lab, partner: Partner, partner_cloud: Cloud}
    sources:
      - {id: s1, title: A source, url: "https://example.org/1"}
    actuals:
      - figure: lab_revenue
        from: 2024
        value: 3.7
        confidence: reported
        sources: [s1]
    """
)


def _problems(text: str) -> list[tuple[str, int | None, str, str]]:
    with pytest.raises(ValidationError) as caught:
        actuals_from_text(text, file="deal.yaml")
    assert all(p.file == "deal.yaml" for p in caught.value.problems)
    return [(p.path, p.line, p.found, p.allowed) for p in caught.value.problems]


def test_a_valid_file_loads_with_years_read_as_labels():
    actuals = actuals_from_text(GOOD)
    only = actuals.actuals[0]
    assert (only.from_, only.to, only.last) == ("2024", None, "2024")
    assert actuals.urls(only) == ("https://example.org/1",)


def test_unknown_keys_and_figures_are_located():
    text = GOOD.replace("value: 3.7", "valeu: 3.7").replace("lab_revenue", "lab_revenu")
    problems = _problems(text)
    paths = {(path, line) for path, line, _, _ in problems}
    assert ("actuals[0].figure", 7) in paths
    assert ("actuals[0].valeu", 9) in paths
    assert ("actuals[0].value", 7) in paths  # missing, reported at its item
    unknown = next(p for p in problems if p[0] == "actuals[0].valeu")
    assert unknown[2] == "key 'valeu'"
    assert "unknown keys are errors" in unknown[3]


def test_unknown_source_ids_are_errors():
    problems = _problems(GOOD.replace("sources: [s1]", "sources: [s1, s9]"))
    assert problems == [
        ("actuals[0].sources", 11, "unknown ids ['s9']", "ids of this file's sources (s1)")
    ]


def test_period_labels_are_checked_and_ordered():
    text = GOOD.replace("from: 2024", "from: 2024Q5")
    [(path, line, found, allowed)] = _problems(text)
    assert (path, line, found) == ("actuals[0].from", 8, "'2024Q5'")
    assert allowed.startswith("a period label: a year (2024) or a quarter (2024Q1)")
    backwards = GOOD.replace("from: 2024", "from: 2025Q2\n    to: 2025Q1")
    [(path, line, found, allowed)] = _problems(backwards)
    assert (path, line) == ("actuals[0].to", 9)
    assert found == "'2025Q1', before from '2025Q2'"
    assert allowed == "a period that ends on or after '2025Q2' begins"


def test_negative_values_only_where_the_figure_allows_them():
    [(path, _, found, allowed)] = _problems(GOOD.replace("value: 3.7", "value: -1"))
    assert (path, found) == ("actuals[0].value", "-1.0")
    assert "lab_revenue cannot be negative" in allowed
    loss = GOOD.replace("lab_revenue", "lab_profit").replace("value: 3.7", "value: -8.78")
    assert actuals_from_text(loss).actuals[0].value == -8.78


def test_an_empty_file_and_a_wrong_format_are_reported(tmp_path: Path):
    [(path, line, found, _)] = _problems("")
    assert (path, line, found) == ("", 1, "an empty document")
    [(path, line, found, allowed)] = _problems(GOOD.replace("actuals/1", "actuals/9"))
    assert (path, line, allowed) == ("format", 1, "dealscope-actuals/1")
    target = tmp_path / "a.yaml"
    target.write_text(GOOD, encoding="utf-8")
    assert load_actuals(target).id == "test"


def test_label_spans():
    assert label_span("2025Q3") is not None
    assert [str(d) for d in label_span("2025Q4") or ()] == ["2025-10-01", "2025-12-31"]
    assert [str(d) for d in label_span("2024") or ()] == ["2024-01-01", "2024-12-31"]
    assert label_span("24") is None
    assert label_span("2025Q0") is None


def test_every_bundled_actual_cites_a_source_with_a_web_address():
    bundled = bundled_actuals()
    assert "microsoft-openai" in bundled
    for actuals in bundled.values():
        assert len(actuals.actuals) >= 10
        for actual in actuals.actuals:
            urls = actuals.urls(actual)
            assert urls, actual
            assert all(url.startswith(("https://", "http://")) for url in urls)
            assert actual.note, actual


def test_the_bundled_file_holds_the_figures_the_issue_asks_for():
    actuals = bundled_actuals()["microsoft-openai"].actuals
    keys = {(a.figure, a.from_, a.last) for a in actuals}
    for year in ("2023", "2024", "2025", "2026Q1"):
        assert ("lab_revenue", year, year) in keys
    assert ("lab_profit", "2025", "2025") in keys
    assert ("revenue_share_net", "2024", "2024") in keys
    assert ("revenue_share_net", "2025Q1", "2025Q2") in keys
    assert ("revenue_share_net", "2025Q1", "2025Q3") in keys
    assert any(a.figure == "compute_gw" for a in actuals)
    assert next(a for a in actuals if a.figure == "lab_profit" and a.from_ == "2025").value < 0


def test_bundled_microsoft_openai_contracts_find_their_actuals():
    for contract_id, found in bundled_contracts().items():
        if contract_id.startswith("microsoft-openai-"):
            assert found.actuals == "microsoft-openai"
            located = actuals_for(found)
            assert located is not None
            assert located.id == "microsoft-openai"


def test_actuals_are_found_by_the_parties_or_not_at_all():
    assert actuals_for(contract()) is None  # Lab and Partner have no bundled actuals
    named = contract().model_copy(update={"actuals": "no-such-deal"})
    with pytest.raises(ValidationError) as caught:
        actuals_for(named)
    assert caught.value.problems[0].path == "actuals"
    assert "'no-such-deal'" in caught.value.problems[0].found
    by_parties = contract().model_copy(
        update={"parties": bundled_actuals()["microsoft-openai"].parties}
    )
    located = actuals_for(by_parties)
    assert located is not None
    assert located.id == "microsoft-openai"


def test_backtest_json_has_the_shape_of_formats_md(capsys):
    assert main(["backtest", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["contract", "scenario", "versions", "rows", "median_abs_log_ratio"]
    assert data["scenario"] == "Base"
    assert len(data["rows"]) == len(bundled_actuals()["microsoft-openai"].actuals)
    keys = ["figure", "from", "to", "reported", "model", "ratio", "comparable", "reason"]
    for row in data["rows"]:
        assert list(row) == [*keys, "confidence", "source_urls"]
        assert row["source_urls"]
        assert (row["reason"] is None) == row["comparable"]
    assert isinstance(data["median_abs_log_ratio"], float)


def test_backtest_table_and_csv_list_every_actual(capsys):
    count = len(bundled_actuals()["microsoft-openai"].actuals)
    assert main(["backtest", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("figure,from,to,reported,model,ratio,comparable")
    assert len(lines) == count + 1
    assert main(["backtest"]) == 0
    table = capsys.readouterr().out
    assert "median |ln(model / reported)|" in table
    assert table.count("https://") >= count


def test_backtest_without_actuals_exits_with_one_line(tmp_path: Path, capsys):
    deal = RESOURCES_DIR / "contracts" / "microsoft-openai-2025-01.yaml"
    text = deal.read_text(encoding="utf-8")
    text = re.sub(r"^actuals: .*\n", "", text.replace("lab: OpenAI", "lab: Other Lab"), flags=re.M)
    (tmp_path / "deal.yaml").write_text(text, encoding="utf-8")
    workspace = {
        "format": "dealscope-workspace/1",
        "contract": {"path": "deal.yaml"},
        "scenarios": [{"name": "Base", "assumptions": {}}],
    }
    (tmp_path / "w.json").write_text(json.dumps(workspace), encoding="utf-8")
    assert main(["backtest", "--workspace", str(tmp_path / "w.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no reported actuals are bundled for Other Lab and Microsoft" in err


def test_default_base_compares_2024_and_2025_closely(capsys):
    assert main(["backtest", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["contract"] == "microsoft-openai-2026-04"
    assert data["versions"] == "dated"
    rows = {(r["figure"], r["from"], r["to"]): r for r in data["rows"]}
    # 2023 lies before the 2024-2035 horizon; every later actual is compared.
    assert [key for key, row in rows.items() if not row["comparable"]] == [
        ("lab_revenue", "2023", "2023"),
        ("compute_gw", "2023", "2023"),
    ]
    # Whole-year calibration targets match; the median stays small.
    assert rows[("lab_revenue", "2024", "2024")]["ratio"] == pytest.approx(1.0, abs=1e-3)
    assert rows[("lab_revenue", "2025", "2025")]["ratio"] == pytest.approx(1.0, abs=1e-3)
    assert rows[("revenue_share_net", "2024", "2024")]["ratio"] == pytest.approx(1.0, abs=1e-2)
    assert data["median_abs_log_ratio"] < 0.25
