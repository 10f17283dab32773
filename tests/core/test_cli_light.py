"""The light command line: help, usage errors and `contracts` load no heavy package."""

from __future__ import annotations

import json

import pytest

from core.analysis import montecarlo
from core.cli import COMMANDS, main
from core.cli import analyze as analyze_command
from tests.fresh_python import fresh_python

HEAVY = ("pandas", "numpy", "reportlab", "PySide6", "pyqtgraph", "core.engine")

# Each case runs in the same fresh interpreter, one after the other; after each, the script
# prints which heavy packages are loaded, so the first case that loads one is named.
_SCRIPT = """
import contextlib, io, json, sys
from gui.launcher import main
cases = json.loads(sys.argv[1])
heavy = json.loads(sys.argv[2])
report = []
for argv in cases:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            status = main(argv)
        except SystemExit as exc:
            status = exc.code
    report.append([argv, status, [name for name in heavy if name in sys.modules]])
print(json.dumps(report))
"""


def test_help_usage_errors_and_contracts_import_no_heavy_package():
    cases = [
        ["--help"],
        ["projct"],
        ["contracts"],
        ["contracts", "--format", "json"],
        *([name, "--no-such-option"] for name in COMMANDS),
        *([name, "--help"] for name in COMMANDS),
    ]
    report = json.loads(fresh_python(_SCRIPT, json.dumps(cases), json.dumps(HEAVY)))
    assert [argv for argv, _, _ in report] == cases
    for argv, status, loaded in report:
        assert loaded == [], f"dealscope {' '.join(argv)} imported {loaded}"
        expected = 2 if argv[-1] == "--no-such-option" or argv == ["projct"] else 0
        assert status == expected, argv


def test_every_registered_command_has_its_module_and_help():
    for name, (module, help_text) in COMMANDS.items():
        assert module.startswith("core.cli."), name
        assert help_text, name


def test_mistyped_command_is_a_usage_error_with_a_suggestion(capsys):
    assert main(["projct"]) == 2
    err = capsys.readouterr().err
    assert "did you mean project?" in err
    assert err.count("\n") == 1


def test_scenario_names_are_printed_escaped(capsys, tmp_path):
    workspace = tmp_path / "w.json"
    name = "Base\x1b]0;owned\x07\x1b[2J\r"
    workspace.write_text(
        json.dumps(
            {
                "format": "dealscope-workspace/1",
                "contract": "microsoft-openai-2025-01",
                "scenarios": [{"name": name}],
            }
        ),
        encoding="utf-8",
    )
    assert main(["project", "--workspace", str(workspace)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\r" not in out
    assert "scenario Base\\x1b]0;owned\\x07\\x1b[2J\\x0d" in out
    assert main(["project", "--workspace", str(workspace), "--scenario", "\x1b[31m"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "'\\x1b[31m'" in err


def test_an_unknown_scenario_is_a_usage_error(capsys):
    assert main(["project", "--scenario", "Nope"]) == 2
    assert "choose one of 'Base'" in capsys.readouterr().err


@pytest.mark.parametrize("target", ["inf", "-inf", "nan", "1e309"])
def test_goal_seek_refuses_a_target_that_is_not_finite(capsys, target):
    argv = ["analyze", "goalseek", "--figure", "partner_net_npv", "-a", "discount_rate"]
    assert main([*argv, f"--target={target}"]) == 2
    assert "finite number" in capsys.readouterr().err


def test_running_out_of_memory_is_one_clear_line(capsys, monkeypatch):
    def no_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(montecarlo, "run_monte_carlo", no_memory)
    assert main(["analyze", "montecarlo", "--draws", "10000000"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "dealscope analyze: not enough memory for this run; ask for fewer draws, scenarios"
        " or years\n"
    )


def test_the_default_draws_match_the_analysis():
    assert analyze_command.DEFAULT_DRAWS == montecarlo.DEFAULT_DRAWS
