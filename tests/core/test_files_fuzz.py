"""Whatever the input, loading ends in a contract, a workspace or a DealscopeError."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.errors import DealscopeError, ValidationError
from core.files import (
    LoadedWorkspace,
    contract_from_text,
    load_contract,
    load_workspace,
    workspace_from_text,
)
from core.projection import project
from tests.core.test_files import VALID, workspace_json

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

VALID_CONTRACT: dict[str, Any] = yaml.safe_load(VALID)
VALID_CONTRACT = json.loads(json.dumps(VALID_CONTRACT, default=str))  # dates as text
VALID_WORKSPACE: dict[str, Any] = json.loads(
    workspace_json(
        VALID_CONTRACT,
        assumptions={"revenue_base": 13.0, "revenue_growth": {"2026": 1.0, "2027": 0.7}},
        uncertainty={"revenue_base": {"dist": "normal", "mean": 1.0, "sd": 0.1}},
    )
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)
absurd_dates = st.one_of(
    st.sampled_from(
        [
            "0000-00-00",
            "2025-02-30",
            "2025-13-01",
            "99999-01-01",
            "-1-01-01",
            "2025/01/01",
            "2025-01-01T25:00",
            "1e9",
            "today",
            "",
            "2025-1-1",
        ]
    ),
    st.dates().map(str),
    st.datetimes().map(str),
)
numbers = st.one_of(
    st.floats(min_value=-1e12, max_value=1e12), st.sampled_from([-1, 0, 1, 1.0001, -0.0, 1e308])
)
json_like = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
weird_values = st.one_of(scalars, absurd_dates, numbers, json_like)


def only_dealscope_errors(load: Callable[[str], object], text: str) -> None:
    """Call `load`; it may succeed or raise DealscopeError with a message, nothing else.

    A workspace that loads must also project (every scenario) and save: loading is the
    only gate, so what passes it may not fail later.
    """
    error: DealscopeError | None = None
    try:
        loaded = load(text)
    except DealscopeError as exc:
        error = exc
    if error is None:
        if isinstance(loaded, LoadedWorkspace):
            project_and_save(loaded)
        return
    assert str(error).strip()
    if isinstance(error, ValidationError):
        assert error.problems
        assert all(str(problem) for problem in error.problems)
        assert error.one_line()


def project_and_save(loaded: LoadedWorkspace) -> None:
    """Project every scenario of `loaded` and write it as a save would; both must succeed."""
    workspace = loaded.workspace
    for scenario in workspace.scenarios:
        projection = project(loaded.contract, workspace.settings, scenario.resolved())
        assert len(projection.table) > 0
    data = workspace.model_dump(mode="json", exclude_none=True)
    again = workspace_from_text(json.dumps(data, allow_nan=False), file="saved.json")
    assert again.workspace == workspace


def load_yaml_contract(text: str) -> object:
    return contract_from_text(text, file="fuzz.yaml")


def load_json_workspace(text: str) -> object:
    return workspace_from_text(text, file="fuzz.json")


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> Any:
    """`base` with one to three values replaced, removed or added at random depths."""
    document = copy.deepcopy(base)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        node: Any = document
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                if isinstance(node, list):
                    node.append(draw(weird_values))
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, dict | list) and child and draw(st.integers(0, 3)) > 0:
                node = child
                continue
            action = draw(st.sampled_from(["replace", "remove", "add"]))
            if action == "replace":
                node[key] = draw(weird_values)
            elif action == "remove":
                del node[key]
            elif isinstance(node, dict):
                node[draw(st.text(max_size=12))] = draw(weird_values)
            else:
                node.insert(key, draw(weird_values))
            break
    return document


@FUZZ
@given(st.text(max_size=400))
def test_any_text_as_contract(text):
    only_dealscope_errors(load_yaml_contract, text)


@FUZZ
@given(st.text(max_size=400))
def test_any_text_as_workspace(text):
    only_dealscope_errors(load_json_workspace, text)


@FUZZ
@given(st.integers(min_value=0, max_value=len(VALID) - 1), st.text(min_size=1, max_size=5))
def test_broken_yaml_near_valid(position, insert):
    only_dealscope_errors(load_yaml_contract, VALID[:position] + insert + VALID[position:])


@FUZZ
@given(st.integers(min_value=0, max_value=len(VALID) - 1), st.integers(min_value=1, max_value=40))
def test_truncated_or_cut_yaml(position, length):
    only_dealscope_errors(load_yaml_contract, VALID[:position] + VALID[position + length :])


@FUZZ
@given(json_like)
@example({"²": None})  # a digit that int() refuses, found by a longer run
def test_random_structures_as_contract_and_workspace(value):
    only_dealscope_errors(load_yaml_contract, yaml.safe_dump(value, allow_unicode=True))
    only_dealscope_errors(load_json_workspace, json.dumps(value))


@FUZZ
@given(mutated(VALID_CONTRACT))
def test_mutated_contract(document):
    only_dealscope_errors(load_yaml_contract, yaml.safe_dump(document, allow_unicode=True))
    only_dealscope_errors(load_yaml_contract, json.dumps(document))  # JSON is YAML too


@FUZZ
@given(mutated(VALID_WORKSPACE))
def test_mutated_workspace(document):
    only_dealscope_errors(load_json_workspace, json.dumps(document, indent=2))


@FUZZ
@given(st.text(max_size=30), weird_values)
@example("revenue_growth", {})  # an empty year path once loaded and then failed to project
def test_any_assumption_value(name, value):
    names = ["revenue_base", "revenue_growth", "discount_rate", name]
    for assumption in names:
        text = workspace_json(VALID_CONTRACT, assumptions={assumption: value})
        only_dealscope_errors(load_json_workspace, text)


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_as_files(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "c.yaml").write_bytes(data)
    (folder / "w.json").write_bytes(data)
    only_dealscope_errors(lambda _: load_contract(folder / "c.yaml"), "")
    only_dealscope_errors(lambda _: load_workspace(folder / "w.json"), "")


def test_valid_documents_used_by_the_fuzzers_load():
    assert load_yaml_contract(yaml.safe_dump(VALID_CONTRACT))
    assert load_json_workspace(json.dumps(VALID_WORKSPACE))


@pytest.mark.parametrize(
    "text",
    [
        "a: &a [*a]",
        "[" * 5000 + "]" * 5000,
        "a:\n" + "".join("  " * i + "- \n" for i in range(2000)),
        "x: !!int abc",
        "x: !!python/object:os.system {}",
        "x: !!binary '%%%'",
        "x: 1" + "0" * 5000,
        "\ufeff\x00",
        "--- a\n--- b\n",
        "lol: &a [1,1,1,1,1,1,1,1,1,1]\n"
        + "".join(
            f"l{i}: &l{i} [" + ",".join([f"*{'a' if i == 0 else f'l{i - 1}'}"] * 10) + "]\n"
            for i in range(8)
        ),
    ],
)
def test_hostile_yaml(text):
    with pytest.raises(ValidationError):
        contract_from_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a": ' * 3000 + "1" + "}" * 3000,
        '{"contract": 1' + "0" * 5000 + ', "scenarios": []}',
        '{"contract": NaN, "scenarios": [{"name": "a", "assumptions": {"revenue_base": NaN}}]}',
        '{"contract": "x", "contract": "y"}',
        "",
        "null",
    ],
)
def test_hostile_json(text):
    with pytest.raises(ValidationError):
        workspace_from_text(text)


@pytest.mark.parametrize("name", ["c.yaml", "w.json"])
def test_huge_and_empty_files(tmp_path, name):
    load = load_contract if name.endswith("yaml") else load_workspace
    path = tmp_path / name
    path.write_bytes(b"a: 1\n" * (6 * 1024 * 1024 // 5))
    with pytest.raises(DealscopeError, match="larger than 5 MB"):
        load(path)
    path.write_bytes(b"")
    with pytest.raises(ValidationError):
        load(path)
