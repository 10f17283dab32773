from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import core.contract_files
from core.contract import Contract
from core.errors import FileError, Problem, ValidationError
from core.files import (
    bundled_contracts,
    contract_from_text,
    load_contract,
    load_contract_by_id_or_path,
    load_workspace,
    save_workspace,
    workspace_from_text,
    write_atomically,
)
from core.resources import (
    RESOURCES_DIR,
    bundled_contract_paths,
    default_workspace_path,
    resource_path,
)
from core.workspace import ContractPath, Scenario, Settings, Workspace

VALID = textwrap.dedent(
    """\
    format: dealscope-contract/1
    id: test-deal-1
    title: A test deal
    parties: {lab: Lab, partner: Partner, partner_cloud: Cloud}
    effective: 2025-01-21
    sources:
      - id: src
        title: A source
        url: https://example.org/a
        date: 2025-01-22
    clauses:
      - id: share
        kind: revenue_share
        title: Revenue share
        start: 2019-07-22
        end: 2030-12-31
        rate: 0.2
        confidence: reported
        summary: The lab pays 20 % of revenue.
        sources: [src]
      - id: agi
        kind: agi_clause
        title: AGI clause
        summary: Ends the share.
        confidence: reported
        threshold: 100
        measure: cumulative
        verification_lag_quarters: 2
        ends: [share]
    events:
      - date: 2024-06-11
        title: Extra capacity
        sources: [src]
    """
)

BROKEN = textwrap.dedent(
    """\
    format: dealscope-contract/1
    id: broken
    title: Broken
    parties: {lab: Lab, partner: Partner, partner_cloud: Cloud}
    effective: 2025-02-30
    sources: []
    clauses:
      - id: one
        kind: informational
        title: Fine
        summary: Fine.
        confidence: official
      - id: two
        kind: revenue_share
        title: Too high
        summary: Rate above one.
        confidence: rumoured
        rate: 1.5
        rat: 0.2
      - id: three
        kind: no_such_kind
        title: Unknown kind
    """
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> dict[str, Problem]:
    return {problem.path: problem for problem in excinfo.value.problems}


def workspace_json(contract: object, **scenario: object) -> str:
    data = {
        "format": "dealscope-workspace/1",
        "contract": contract,
        "settings": {"start_year": 2025, "end_year": 2030, "frequency": "Q"},
        "scenarios": [{"name": "Base", **scenario}],
    }
    return json.dumps(data, indent=2)


@pytest.fixture
def bundled(tmp_path, monkeypatch):
    """Two bundled contracts in a temporary folder instead of resources/contracts."""
    folder = tmp_path / "bundled"
    folder.mkdir()
    paths = [
        write(folder, "test-deal-1.yaml", VALID),
        write(folder, "renamed.yaml", VALID.replace("id: test-deal-1", "id: test-deal-2")),
    ]
    monkeypatch.setattr(core.contract_files, "bundled_contract_paths", lambda: paths)
    return paths


def test_valid_contract_loads(tmp_path):
    contract = load_contract(write(tmp_path, "deal.yaml", VALID))
    assert contract.id == "test-deal-1"
    assert contract.effective.isoformat() == "2025-01-21"
    assert contract.clause("share").rate == pytest.approx(0.2)
    assert contract.agi_clause is not None
    assert contract.agi_clause.ends == ("share",)


def test_contract_problems_are_all_reported_with_path_found_allowed_and_line(tmp_path):
    path = write(tmp_path, "broken.yaml", BROKEN)
    with pytest.raises(ValidationError) as excinfo:
        load_contract(path)
    problems = problems_of(excinfo)
    assert set(problems) == {
        "effective",
        "clauses[1].confidence",
        "clauses[1].rate",
        "clauses[1].rat",
        "clauses[2].kind",
    }
    assert all(p.file == str(path) for p in problems.values())
    rate = problems["clauses[1].rate"]
    assert (rate.found, rate.allowed, rate.line) == ("1.5", ">= 0 and <= 1", 18)
    date = problems["effective"]
    assert date.line == 5
    assert date.allowed == "an ISO date (YYYY-MM-DD)"
    assert "'2025-02-30'" in date.found
    confidence = problems["clauses[1].confidence"]
    assert confidence.found == "'rumoured'"
    assert confidence.allowed == "one of official, reported, assumed"
    assert confidence.line == 17
    typo = problems["clauses[1].rat"]
    assert typo.line == 19
    assert typo.allowed.startswith("no such key (unknown keys are errors; known: ")
    assert "rate" in typo.allowed
    kind = problems["clauses[2].kind"]
    assert kind.found == "'no_such_kind'"
    assert kind.allowed.startswith("one of revenue_share, reverse_revenue_share")
    assert kind.line == 21


def test_problems_are_listed_in_line_order_in_the_message(tmp_path):
    with pytest.raises(ValidationError) as excinfo:
        contract_from_text(BROKEN, file="broken.yaml")
    lines = [p.line for p in excinfo.value.problems]
    assert lines == sorted(lines)
    assert str(excinfo.value).startswith("5 problems:\n  broken.yaml:5 at effective: found")


def test_missing_required_key_points_at_its_mapping():
    text = VALID.replace("    verification_lag_quarters: 2\n", "")
    with pytest.raises(ValidationError) as excinfo:
        contract_from_text(text)
    (problem,) = excinfo.value.problems
    assert problem.path == "clauses[1].verification_lag_quarters"
    assert (problem.found, problem.allowed, problem.line) == ("nothing", "a value (required)", 21)


def test_broken_references_are_reported_at_their_own_paths():
    text = VALID.replace("sources: [src]\n  - id: agi", "sources: [nope]\n  - id: agi")
    text = text.replace("id: agi", "id: share").replace("ends: [share]", "ends: [gone]")
    with pytest.raises(ValidationError) as excinfo:
        contract_from_text(text, file="refs.yaml")
    problems = problems_of(excinfo)
    assert set(problems) == {"clauses[0].sources", "clauses[1].id", "clauses[1].ends"}
    assert problems["clauses[0].sources"].found == "unknown ids ['nope']"
    assert problems["clauses[0].sources"].allowed == "ids of this contract's sources (src)"
    assert problems["clauses[0].sources"].line == 20
    assert problems["clauses[1].id"].line == 21


def test_yaml_syntax_error_gives_its_line():
    text = VALID.replace("title: A test deal", "title: [unclosed")
    with pytest.raises(ValidationError) as excinfo:
        contract_from_text(text, file="bad.yaml")
    (problem,) = excinfo.value.problems
    assert problem.allowed == "valid YAML"
    assert problem.line is not None
    assert problem.line >= 3
    assert problem.found.startswith("a YAML syntax error")


def test_duplicated_yaml_key_is_an_error():
    text = VALID.replace("title: A test deal\n", "title: A test deal\ntitle: Again\n")
    with pytest.raises(ValidationError) as excinfo:
        contract_from_text(text)
    (problem,) = excinfo.value.problems
    assert (problem.found, problem.line) == ("key 'title' again in the same mapping", 4)


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (None, FileError, "no such file"),
        (b"title: caf\xe9\n", ValidationError, "UTF-8"),
        (b"x" * (5 * 1024 * 1024 + 1), FileError, "larger than 5 MB"),
        (b"", ValidationError, "empty document"),
    ],
)
def test_unreadable_contract_files_raise_errors_naming_the_file(tmp_path, content, error, message):
    path = tmp_path / "deal.yaml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error, match=message) as excinfo:
        load_contract(path)
    assert str(path) in str(excinfo.value)


def test_folder_instead_of_file_raises_file_error(tmp_path):
    with pytest.raises(FileError, match="folder"):
        load_contract(tmp_path)


def test_workspace_with_bad_assumption_value_reports_the_year(tmp_path):
    text = workspace_json(
        "test-deal-1", assumptions={"revenue_growth": {"2026": 1.0, "2027": 12.0}}
    )
    path = write(tmp_path, "ws.json", text)
    with pytest.raises(ValidationError) as excinfo:
        load_workspace(path)
    (problem,) = excinfo.value.problems
    assert problem.path == "scenarios[0].assumptions.revenue_growth.2027"
    assert problem.found == "12.0 (= 1200 %)"
    assert problem.allowed == "> -100 and <= 1000 %"
    assert problem.line == text.splitlines().index('          "2027": 12.0') + 1
    assert problem.file == str(path)


def test_workspace_problems_cover_settings_keys_and_scalars():
    text = workspace_json(
        "test-deal-1",
        assumptions={"discount_rate": 2.0, "revenue_growth": {"twenty": 0.1}, "typo": 1},
    ).replace('"end_year": 2030', '"end_year": 2020')
    with pytest.raises(ValidationError) as excinfo:
        workspace_from_text(text, file="ws.json")
    problems = problems_of(excinfo)
    assert problems["settings"].found == "end_year 2020 is before start_year 2025"
    assert problems["scenarios[0].assumptions.discount_rate"].allowed == ">= 0 and <= 100 %"
    key = problems["scenarios[0].assumptions.revenue_growth.twenty"]
    assert key.allowed == 'a year, written as text (e.g. "2027")'
    assert "revenue_base" in problems["scenarios[0].assumptions.typo"].allowed


def test_json_syntax_error_gives_its_line():
    text = '{\n  "contract": "x",\n  "scenarios": [,]\n}'
    with pytest.raises(ValidationError) as excinfo:
        workspace_from_text(text, file="ws.json")
    (problem,) = excinfo.value.problems
    assert (problem.line, problem.allowed) == (3, "valid JSON")


def test_unknown_contract_id_lists_the_bundled_ids(bundled):
    with pytest.raises(ValidationError) as excinfo:
        workspace_from_text(workspace_json("no-such-deal"), file="ws.json")
    (problem,) = excinfo.value.problems
    assert (problem.path, problem.found, problem.line) == ("contract", "'no-such-deal'", 3)
    assert problem.allowed == "the id of a bundled contract (test-deal-1, test-deal-2)"


def test_bundled_contracts_are_found_by_id_whatever_their_file_name(bundled):
    assert sorted(bundled_contracts()) == ["test-deal-1", "test-deal-2"]
    loaded = workspace_from_text(workspace_json("test-deal-2"))
    assert loaded.contract.id == "test-deal-2"
    assert loaded.workspace.contract == "test-deal-2"
    assert load_contract_by_id_or_path("test-deal-1").id == "test-deal-1"


def test_contract_option_accepts_a_path_and_rejects_unknown_names(bundled, tmp_path):
    path = write(tmp_path, "other.yaml", VALID.replace("test-deal-1", "other"))
    assert load_contract_by_id_or_path(str(path)).id == "other"
    with pytest.raises(ValidationError, match="test-deal-1, test-deal-2"):
        load_contract_by_id_or_path("nothing-like-this")
    with pytest.raises(FileError, match="no such file"):
        load_contract_by_id_or_path(str(tmp_path / "missing.yaml"))


def test_contract_path_is_relative_to_the_workspace_folder(tmp_path):
    (tmp_path / "deals").mkdir()
    write(tmp_path / "deals", "deal.yaml", VALID)
    (tmp_path / "work").mkdir()
    path = write(tmp_path / "work", "ws.json", workspace_json({"path": "../deals/deal.yaml"}))
    loaded = load_workspace(path)
    assert loaded.contract.id == "test-deal-1"
    assert loaded.workspace.contract == ContractPath(path="../deals/deal.yaml")
    assert loaded.path == path


def test_missing_contract_file_is_a_problem_of_the_workspace(tmp_path):
    path = write(tmp_path, "ws.json", workspace_json({"path": "gone.yaml"}))
    with pytest.raises(ValidationError) as excinfo:
        load_workspace(path)
    (problem,) = excinfo.value.problems
    assert (problem.path, problem.line) == ("contract.path", 4)
    assert "no such file" in problem.found


def test_invalid_contract_file_reports_its_own_problems(tmp_path):
    write(tmp_path, "deal.yaml", BROKEN)
    path = write(tmp_path, "ws.json", workspace_json({"path": "deal.yaml"}))
    with pytest.raises(ValidationError) as excinfo:
        load_workspace(path)
    assert {p.file for p in excinfo.value.problems} == {str(tmp_path / "deal.yaml")}


def test_embedded_contract_loads_and_reports_problems_below_contract():
    contract = contract_from_text(VALID).model_dump(mode="json", exclude_none=True)
    assert workspace_from_text(workspace_json(contract)).contract.id == "test-deal-1"
    contract["clauses"][0]["rate"] = -0.5
    with pytest.raises(ValidationError) as excinfo:
        workspace_from_text(workspace_json(contract))
    (problem,) = excinfo.value.problems
    assert (problem.path, problem.found) == ("contract.clauses[0].rate", "-0.5")


def full_workspace(contract: Contract) -> Workspace:
    return Workspace.model_validate(
        {
            "contract": contract.model_dump(mode="json"),
            "settings": Settings(start_year=2025, end_year=2032, frequency="A").model_dump(),
            "scenarios": [
                {
                    "name": "Base ✓",
                    "notes": "Reported projections — mid case",
                    "assumptions": {
                        "revenue_base": 13.0,
                        "revenue_growth": {"2026": 1.0, "2027": 0.7},
                        "discount_rate": 0.1,
                    },
                    "uncertainty": {
                        "revenue_growth": {
                            "dist": "triangular",
                            "low": 0.6,
                            "mode": 1.0,
                            "high": 1.3,
                        }
                    },
                },
                Scenario(name="Empty").model_dump(exclude_none=True),
            ],
        }
    )


def test_save_and_reload_round_trip(tmp_path):
    workspace = full_workspace(contract_from_text(VALID))
    path = tmp_path / "ws.json"
    save_workspace(workspace, path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert "Base ✓" in text  # ensure_ascii off
    assert '\n  "scenarios": [' in text
    loaded = load_workspace(path)
    assert loaded.workspace == workspace
    assert loaded.contract == contract_from_text(VALID)


def test_save_keeps_one_backup_and_no_temporary_files(tmp_path):
    workspace = full_workspace(contract_from_text(VALID))
    path = tmp_path / "ws.json"
    save_workspace(workspace, path)
    first = path.read_bytes()
    renamed = workspace.model_copy(update={"scenarios": workspace.scenarios[:1]})
    save_workspace(renamed, path)
    assert (tmp_path / "ws.json.bak").read_bytes() == first
    save_workspace(workspace, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws.json", "ws.json.bak"]
    assert load_workspace(tmp_path / "ws.json.bak").workspace == renamed


def test_save_into_a_missing_folder_raises_file_error(tmp_path):
    workspace = full_workspace(contract_from_text(VALID))
    target = tmp_path / "no" / "such" / "folder" / "ws.json"
    with pytest.raises(FileError, match="the folder does not exist") as excinfo:
        save_workspace(workspace, target)
    assert str(target) in str(excinfo.value)


def test_save_into_a_read_only_folder_raises_file_error(read_only_folder):
    path = read_only_folder / "ws.json"
    read_only_folder.chmod(0o755)  # unlocked just to put the original in place
    path.write_text("original\n", encoding="utf-8")
    read_only_folder.chmod(0o555)
    with pytest.raises(FileError, match="permission denied") as excinfo:
        write_atomically(path, b"new\n", backup=True)
    assert str(path) in str(excinfo.value)
    assert path.read_text(encoding="utf-8") == "original\n"
    assert [p.name for p in read_only_folder.iterdir()] == ["ws.json"]


def test_write_atomically_keeps_the_mode_of_the_replaced_file(tmp_path):
    path = tmp_path / "shared.json"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640


def test_resource_path_refuses_missing_files():
    with pytest.raises(FileNotFoundError, match="no-such-file"):
        resource_path("no-such-file.txt")


def test_bundled_contract_paths_are_sorted_yaml_files_in_resources():
    paths = bundled_contract_paths()
    assert paths == sorted(paths)
    assert all(p.suffix == ".yaml" and p.parent == RESOURCES_DIR / "contracts" for p in paths)
    assert default_workspace_path() == RESOURCES_DIR / "workspaces" / "default.json"


def test_paths_with_odd_keys_are_quoted():
    text = VALID.replace("title: A test deal\n", "title: A test deal\n'my key': 1\n")
    with pytest.raises(ValidationError) as excinfo:
        contract_from_text(text)
    assert [p.path for p in excinfo.value.problems] == ["['my key']"]


def test_empty_year_path_is_refused_at_load_with_its_location():
    text = workspace_json("test-deal-1", assumptions={"revenue_growth": {}})
    with pytest.raises(ValidationError) as excinfo:
        workspace_from_text(text, file="ws.json")
    (problem,) = excinfo.value.problems
    assert problem.path == "scenarios[0].assumptions.revenue_growth"
    assert problem.found == "{}"
    assert "at least one year" in problem.allowed
    assert problem.line == text.splitlines().index('        "revenue_growth": {}') + 1
