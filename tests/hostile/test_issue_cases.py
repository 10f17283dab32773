"""The attacks of the hostile-input report, each named after what it attacks."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core import documents
from core.cli import main
from core.resources import RESOURCES_DIR
from tests.hostile.runner import run

CONTRACT = RESOURCES_DIR / "contracts" / "microsoft-openai-2025-10.yaml"


def write_workspace(folder: Path, scenarios: list[dict[str, Any]], **extra: Any) -> Path:
    path = folder / "work.json"
    data = {
        "format": "dealscope-workspace/1",
        "contract": "microsoft-openai-2025-10",
        "scenarios": scenarios,
        **extra,
    }
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def project(path: Path, *more: str) -> Any:
    return run(["project", "--workspace", str(path), "--format", "json", *more], [str(path)])


def test_empty_year_path_is_refused_at_load(tmp_path):
    path = write_workspace(tmp_path, [{"name": "A", "assumptions": {"revenue_growth": {}}}])
    result = project(path)
    assert result.outcome == "located"
    assert "at scenarios[0].assumptions.revenue_growth: found {}" in result.stderr
    assert "work.json:8" in result.stderr


def test_200000_scenarios_are_refused_before_they_are_read(tmp_path):
    scenarios = [{"name": f"s{i}"} for i in range(200_000)]
    path = write_workspace(tmp_path, scenarios)
    path.write_text(json.dumps(json.loads(path.read_text()), separators=(",", ":")))
    assert path.stat().st_size < 5_000_000
    result = project(path)
    assert result.outcome == "located"
    assert "found 200,000 scenarios; allowed: at most 1,000 scenarios" in result.stderr


def test_repeated_scenario_names_are_found_in_linear_time(tmp_path):
    scenarios = [{"name": f"s{i}"} for i in range(1000)] + [{"name": "s7"}]
    result = project(write_workspace(tmp_path, scenarios))
    assert result.outcome == "located"
    assert "at most 1,000 scenarios" in result.stderr
    result = project(write_workspace(tmp_path, scenarios[1:]))
    assert result.outcome == "located"
    assert "repeated: ['s7']" in result.stderr


def _with_clauses(path, count):
    """The bundled contract's header with `count` informational clauses, written to `path`."""
    head = CONTRACT.read_text(encoding="utf-8").split("clauses:")[0]
    clause = "  - {{id: c{n}, title: T, kind: informational, start: 2020-01-01}}\n"
    path.write_text(head + "clauses:\n" + "".join(clause.format(n=n) for n in range(count)))
    return head


def test_50000_clause_contract_is_refused(tmp_path):
    path = tmp_path / "huge.yaml"
    _with_clauses(path, 50_000)
    result = run(["project", "--contract", str(path)], [str(path)])
    assert result.outcome == "located"
    assert "characters of YAML; allowed: at most 1,000,000 characters" in result.stderr


def test_501_clauses_are_refused_at_the_clauses_line(tmp_path):
    path = tmp_path / "many.yaml"
    head = _with_clauses(path, 501)
    result = run(["project", "--contract", str(path)], [str(path)])
    assert result.outcome == "located"
    line = head.count("\n") + 1
    assert f"many.yaml:{line} at clauses: found 501 clauses; allowed: at most 500" in result.stderr


def test_a_megabyte_of_notes_is_refused(tmp_path):
    path = write_workspace(tmp_path, [{"name": "A", "notes": "n\n" * 500_000}])
    result = project(path)
    assert result.outcome == "located"
    assert "at scenarios[0].notes" in result.stderr
    assert "text of at most 100000 characters" in result.stderr


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A named pipe; if a reader ever blocks on it, a writer unblocks it after 30 s."""
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    released = threading.Event()

    def release() -> None:
        if not released.wait(30):
            with path.open("w"):  # lets a blocked open() return, so the test fails
                pass

    watchdog = threading.Thread(target=release, daemon=True)
    watchdog.start()
    yield path
    released.set()
    watchdog.join()


def test_fifo_as_workspace_is_refused_at_once(fifo):
    result = run(["project", "--workspace", str(fifo)], [str(fifo)])
    assert result.outcome == "located"
    assert "a named pipe (FIFO), not a regular file" in result.stderr


def test_fifo_as_contract_is_refused_at_once(fifo):
    result = run(["project", "--contract", str(fifo)], [str(fifo)])
    assert result.outcome == "located"
    assert "a named pipe (FIFO), not a regular file" in result.stderr


def test_fifo_as_contract_path_is_refused_at_once(fifo, tmp_path):
    path = write_workspace(tmp_path, [{"name": "A"}])
    data = json.loads(path.read_text())
    data["contract"] = {"path": fifo.name}
    path.write_text(json.dumps(data, indent=2))
    result = project(path)
    assert result.outcome == "located"
    assert "at contract.path: found 'pipe.yaml' (" in result.stderr
    assert "a named pipe (FIFO)" in result.stderr


def test_contract_path_to_a_text_file_never_echoes_it(tmp_path):
    (tmp_path / "secrets.txt").write_text("password: hunter2\n", encoding="utf-8")
    path = write_workspace(tmp_path, [{"name": "A"}])
    data = json.loads(path.read_text())
    data["contract"] = {"path": "secrets.txt"}
    path.write_text(json.dumps(data, indent=2))
    result = project(path)
    assert result.outcome == "located"
    assert "'secrets.txt', not a contract file (.yaml or .yml)" in result.stderr
    assert "hunter2" not in result.stderr
    assert "password" not in result.stderr


def test_uniform_over_the_whole_float_range_is_refused(tmp_path):
    uniform = {"dist": "uniform", "low": -1e308, "high": 1e308}
    path = write_workspace(tmp_path, [{"name": "A", "uncertainty": {"revenue_base": uniform}}])
    result = run(["analyze", "montecarlo", "-w", str(path), "-n", "100"], [str(path)])
    assert result.outcome == "located"
    assert "uncertainty.revenue_base.low: found -1e+308" in result.stderr


def test_huge_lognormal_median_is_refused(tmp_path):
    dist = {"dist": "lognormal", "median": 1e300, "sigma": 1}
    scenario = {
        "name": "A",
        "assumptions": {"discount_rate": 0},
        "uncertainty": {"discount_rate": dist},
    }
    path = write_workspace(tmp_path, [scenario])
    result = run(["analyze", "montecarlo", "-w", str(path), "-n", "100"], [str(path)])
    assert result.outcome == "located"
    assert "uncertainty.discount_rate.median: found 1e+300" in result.stderr


def test_largest_allowed_parameters_give_finite_bands(tmp_path):
    growth = {"dist": "lognormal", "median": 1e9, "sigma": 5, "apply": "factor"}
    shift = {"dist": "normal", "mean": -1e9, "sd": 1e9, "apply": "shift"}
    uncertainty = {"discount_rate": growth, "revenue_base": shift}
    scenario = {"name": "A", "assumptions": {"discount_rate": 0}, "uncertainty": uncertainty}
    path = write_workspace(tmp_path, [scenario])
    argv = ["analyze", "montecarlo", "-w", str(path), "-n", "500", "--format", "json"]
    result = run(argv, [str(path)])
    assert result.outcome == "valid"
    figures = json.loads(result.stdout)["key_figures"]
    assert figures["revenue_share_total"]["p50"] is not None


def test_scenario_name_over_200_characters_is_refused(tmp_path):
    result = project(write_workspace(tmp_path, [{"name": "n" * 201}]))
    assert result.outcome == "located"
    assert "text of at most 200 characters" in result.stderr


def test_mistyped_command_is_a_usage_error():
    result = run(["projct"])
    assert result.outcome == "usage"
    assert "did you mean project?" in result.stderr


@pytest.mark.parametrize("target", ["inf", "-inf", "nan"])
def test_goal_seek_refuses_non_finite_targets(target):
    argv = ["analyze", "goalseek", "--figure", "partner_net_npv", "-a", "discount_rate"]
    result = run([*argv, f"--target={target}"])
    assert result.outcome == "usage"
    assert "the target must be a finite number" in result.stderr


def test_goal_seek_out_of_reach_reports_the_real_range(capsys):
    argv = ["analyze", "goalseek", "--figure", "partner_net_npv", "-a", "discount_rate"]
    assert main([*argv, "--target", "1e308"]) == 1
    err = capsys.readouterr().err
    assert "ranges over 0 to 0" not in err
    low, high = err.split("ranges over ")[1].split(" for ")[0].split(" to ")
    assert 0 < float(low) < float(high) < 1e4


@pytest.mark.parametrize(
    ("written", "found"),
    [("yes", "'yes'"), ("1:30", "'1:30'"), ("true", "true"), ("on", "'on'"), ("0b1", "'0b1'")],
)
def test_yaml_1_1_scalars_are_not_numbers(tmp_path, written, found):
    text = CONTRACT.read_text(encoding="utf-8")
    assert "    rate: 0.20\n" in text
    path = tmp_path / "deal.yaml"
    path.write_text(text.replace("    rate: 0.20\n", f"    rate: {written}\n", 1))
    result = run(["project", "--contract", str(path)], [str(path)])
    assert result.outcome == "located"
    assert f".rate: found {found}; allowed: a number" in result.stderr


def test_boolean_for_a_workspace_number_is_refused(tmp_path):
    path = write_workspace(tmp_path, [{"name": "A", "assumptions": {"revenue_base": True}}])
    assert project(path).outcome == "located"
    path = write_workspace(tmp_path, [{"name": "A"}], settings={"start_year": True})
    result = project(path)
    assert result.outcome == "located"
    assert "settings.start_year: found true; allowed: a number" in result.stderr


def test_escape_sequences_in_names_are_printed_escaped(tmp_path):
    path = write_workspace(tmp_path, [{"name": "\x1b]0;pwned\x07\x1b[2J\x9b31m"}])
    for argv in (
        ["project", "-w", str(path)],
        ["analyze", "montecarlo", "-w", str(path), "-n", "20"],
        ["project", "-w", str(path), "--format", "csv"],
    ):
        result = run(argv, [str(path)])
        assert result.outcome == "valid"
        assert not any(c in result.stdout for c in "\x1b\x07\x9b"), argv
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m" in run(["project", "-w", str(path)]).stdout


@pytest.mark.parametrize(
    ("line", "text", "found"),
    [
        (3, "a: 1\nb: 2\na: 3\n", "key 'a' again in the same mapping"),
        (1, "a: &x [*x]\n", "an alias inside itself"),
        (2, "a: [1, 2\nb: 3\n", "a YAML syntax error"),
        (2, "a:\n\t- 1\n", "a YAML syntax error"),
        (1, "a: *missing\n", "a YAML syntax error"),
    ],
)
def test_yaml_problems_keep_their_line_with_the_fast_parser(line, text, found, monkeypatch):
    with pytest.raises(documents.ValidationError) as caught:
        documents.parse_yaml(text, "x.yaml")
    problem = caught.value.problems[0]
    assert (problem.line, problem.found.startswith(found)) == (line, True), problem
    monkeypatch.setattr(documents, "_FastLoader", None)
    with pytest.raises(documents.ValidationError) as pure:
        documents.parse_yaml(text, "x.yaml")
    assert str(pure.value) == str(caught.value)


def test_alias_bomb_is_refused():
    bomb = "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
    for n in range(1, 8):
        bomb += f"{chr(97 + n)}: &{chr(97 + n)} [" + ", ".join([f"*{chr(96 + n)}"] * 10) + "]\n"
    with pytest.raises(documents.ValidationError, match="once aliases are expanded"):
        documents.parse_yaml(bomb, "bomb.yaml")


def test_dates_stay_text_and_bundled_contracts_read_the_same_with_both_parsers():
    assert documents.parse_yaml("d: 2025-01-01 10:00\n", "x")[0] == {"d": "2025-01-01 10:00"}
    assert documents._FastLoader is not None
    for path in sorted((RESOURCES_DIR / "contracts").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        fast, fast_line = documents._load_with(documents._FastLoader, text, path.name)
        pure, pure_line = documents._load_with(documents._Loader, text, path.name)
        assert fast == pure
        for index in range(len(pure["clauses"])):
            where = ("clauses", index, "start")
            assert fast_line(where) == pure_line(where)


def test_running_out_of_memory_in_a_monte_carlo_is_a_clear_message(monkeypatch, capsys):
    from core.analysis import montecarlo

    def no_memory(*args: Any, **kwargs: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(montecarlo, "_Collector", no_memory)
    assert main(["analyze", "montecarlo", "--draws", "10000000"]) == 1
    assert capsys.readouterr().err == (
        "dealscope analyze: not enough memory for 10,000,000 draws over 48 periods;"
        " ask for fewer draws\n"
    )


def test_a_history_of_100000_versions_is_refused_before_it_is_followed(tmp_path):
    history = ["microsoft-openai-2019-07"] * 100_000
    path = write_workspace(tmp_path, [{"name": "A"}], history=history)
    result = project(path)
    assert result.outcome == "located"
    assert "at history: found 100,000 versions; allowed: at most 100 versions" in result.stderr


def test_100000_clause_terms_are_refused(tmp_path):
    terms = {f"revenue-share.x{i}": 1 for i in range(100_000)}
    result = project(write_workspace(tmp_path, [{"name": "A", "terms": terms}]))
    assert result.outcome == "located"
    assert "terms: found 100,000 terms; allowed: at most 1,000 terms" in result.stderr


def test_100000_unknown_source_ids_give_one_short_line(tmp_path):
    text = CONTRACT.read_text(encoding="utf-8")
    first = text.index("    sources: [", text.index("clauses:"))
    end = text.index("]", first)
    ids = ", ".join(f"x{i}" for i in range(100_000))
    path = tmp_path / "deal.yaml"
    path.write_text(text[:first] + f"    sources: [{ids}" + text[end:], encoding="utf-8")
    result = run(["project", "--contract", str(path)], [str(path)])
    assert result.outcome == "located"
    assert "'x10', 'x11'] and 99,988 more; allowed: ids of this contract's" in result.stderr
    assert len(result.stderr) < 2000
