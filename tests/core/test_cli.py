"""The command line: one-line errors, the launcher's command list, JSON output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from core.cli import COMMANDS, main, registered_commands
from core.keyfigures import NAMES


def test_launcher_command_list_matches_the_parser():
    assert registered_commands() == set(COMMANDS)


def test_project_json_prints_every_key_figure(capsys):
    assert main(["project", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["contract"] == "microsoft-openai-2026-04"
    assert data["scenario"] == "Base"
    assert tuple(data["key_figures"]) == NAMES
    assert data["periods"][0]["period"] == "2024Q1"
    assert len(data["periods"]) == 48
    # Revenue 2024 is $3.7B: a quarter of it in the first period.
    assert data["periods"][0]["revenue"] == 3.7 / 4


def test_default_workspace_projects_the_deal_as_dated(capsys):
    assert main(["project", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["versions"] == "dated"
    applied = {row["period"]: row["contract"] for row in data["periods"]}
    assert applied["2024Q4"] == "microsoft-openai-2023-01"
    assert applied["2025Q1"] == "microsoft-openai-2025-01"
    assert applied["2025Q3"] == "microsoft-openai-2025-01"
    assert applied["2025Q4"] == "microsoft-openai-2025-10"
    assert applied["2026Q1"] == "microsoft-openai-2025-10"
    assert applied["2026Q2"] == "microsoft-openai-2026-04"
    assert applied["2035Q4"] == "microsoft-openai-2026-04"


def test_capped_version_reaches_the_cap_in_the_default_scenario(capsys):
    assert main(["project", "--contract", "microsoft-openai-2026-04", "--format", "json"]) == 0
    figures = json.loads(capsys.readouterr().out)["key_figures"]
    assert figures["revenue_share_total"] == pytest.approx(38.0, rel=1e-12)
    assert figures["revenue_share_cap_reached_period"] is not None


def test_recapitalisation_ends_the_revenue_share_where_agi_triggers(capsys):
    assert main(["project", "--contract", "microsoft-openai-2025-10", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    effective = data["key_figures"]["agi_effective_period"]
    assert effective is not None
    by_period = {row["period"]: row for row in data["periods"]}
    assert by_period[effective]["revenue_share"] == 0.0
    assert data["periods"][0]["revenue_share"] > 0.0


def test_bad_input_exits_non_zero_with_one_line_and_no_traceback(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    for args in (
        ["project", "--workspace", str(broken)],
        ["project", "--scenario", "Nope"],
        ["project", "--contract", "no-such-contract"],
        ["project", "--format", "xml"],
    ):
        run = subprocess.run(
            [sys.executable, "-m", "gui.launcher", *args], capture_output=True, text=True
        )
        assert run.returncode != 0, args
        assert run.stderr.count("\n") == 1, run.stderr
        assert "Traceback" not in run.stderr
