"""The clause-kind registry is complete: every clause class has a full entry that fits it."""

from __future__ import annotations

import dataclasses
from string import Formatter
from typing import Any

import pydantic
import pytest

from core import kinds
from core.contract import CLAUSE_KINDS, Clause
from core.kind_checks import registry_problems
from core.kinds import KINDS, Kind, kind_of
from tests.core.builders import clause

_ADAPTER: pydantic.TypeAdapter[Clause] = pydantic.TypeAdapter(Clause)


def _valid(kind: str, **values: Any) -> bool:
    try:
        _ADAPTER.validate_python(clause(kind, **{**KINDS[kind].starting, **values}))
    except pydantic.ValidationError:
        return False
    return True


def test_every_clause_class_has_a_complete_entry() -> None:
    assert registry_problems() == []
    assert tuple(KINDS) == CLAUSE_KINDS


@pytest.mark.parametrize("name", CLAUSE_KINDS)
def test_every_field_of_an_entry_is_filled(name: str) -> None:
    kind = KINDS[name]
    assert kind.name == name
    assert kind.label
    assert kind.engine
    assert kind.group
    assert kind.role
    for parameter in kind.parameters:
        assert parameter.label
        for item in parameter.items:
            assert item.label
            assert item.lower is not None
            assert item.upper is not None
    for line in kind.lines:
        assert line.label
        assert line.text
        if line.open_when is not None:
            assert line.open_text


@pytest.mark.parametrize("name", CLAUSE_KINDS)
def test_starting_values_make_a_valid_clause(name: str) -> None:
    assert _valid(name)


@pytest.mark.parametrize(
    ("name", "parameter"),
    [
        (k.name, p.name)
        for k in KINDS.values()
        for p in k.parameters
        if p.is_numeric and k.name != "profit_share"
    ],
)
def test_bounds_are_the_contract_formats(name: str, parameter: str) -> None:
    spec = KINDS[name].parameter(parameter)
    assert spec.lower is not None
    assert spec.upper is not None
    assert _valid(name, **{parameter: spec.lower})
    assert _valid(name, **{parameter: spec.upper})
    step = 1 if spec.whole else 1e-6 * max(1.0, spec.upper)
    assert not _valid(name, **{parameter: spec.lower - step})
    assert not _valid(name, **{parameter: spec.upper + step})
    assert _valid(name, **{parameter: None}) == spec.nullable


def test_tier_bounds_are_the_contract_formats() -> None:
    rate, until = KINDS["profit_share"].parameter("tiers").items
    assert (rate.lower, rate.upper, until.upper) == (0.0, 1.0, 1e6)
    assert _valid("profit_share", tiers=[{"rate": 1.0, "until_total": 1e6}])
    assert not _valid("profit_share", tiers=[{"rate": 1.01, "until_total": None}])
    assert not _valid("profit_share", tiers=[{"rate": 0.1, "until_total": 1e6 + 1}])


@pytest.mark.parametrize("name", CLAUSE_KINDS)
def test_choices_are_the_allowed_values(name: str) -> None:
    for parameter in KINDS[name].parameters:
        for value in parameter.choices:
            assert _valid(name, **{parameter.name: value})
        if parameter.unit == "choice":
            assert not _valid(name, **{parameter.name: "no-such-value"})


def test_lines_name_only_parameters_and_parties() -> None:
    for kind in KINDS.values():
        names = {p.name for p in kind.parameters}
        names |= {i.name for p in kind.parameters for i in p.items}
        for line in kind.lines:
            for text in (line.text, line.open_text):
                fields = {f for _, f, _, _ in Formatter().parse(text) if f}
                assert fields <= names | {"lab", "partner", "cloud", "n"}, (kind.name, text)


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> dict[str, Kind]:
    """A copy of the registry in its place, for a test to change."""
    copy = dict(KINDS)
    monkeypatch.setattr(kinds, "KINDS", copy)
    return copy


def test_a_kind_without_an_entry_is_reported_and_a_key_error(registry: dict[str, Kind]) -> None:
    del registry["equity_stake"]
    assert registry_problems() == ["equity_stake: no entry in core/kinds.py"]
    with pytest.raises(KeyError, match=r"equity_stake.*core/kinds\.py"):
        kind_of("equity_stake")


def test_a_fake_kind_without_a_clause_class_is_reported(registry: dict[str, Kind]) -> None:
    registry["fake_kind"] = dataclasses.replace(KINDS["equity_stake"], name="fake_kind")
    assert registry_problems() == ["fake_kind: no clause class in core/contract.py"]


def test_an_entry_that_misses_a_parameter_is_reported(registry: dict[str, Kind]) -> None:
    entry = KINDS["revenue_share"]
    registry["revenue_share"] = dataclasses.replace(
        entry, parameters=entry.parameters[:1], starting={"rate": 0.1}
    )
    assert registry_problems() == ["revenue_share: model field 'cap_total' has no parameter"]
    wrong = dataclasses.replace(entry.parameters[0], name="ratio")
    registry["revenue_share"] = dataclasses.replace(entry, parameters=(wrong, entry.parameters[1]))
    assert sorted(registry_problems()) == [
        "revenue_share: model field 'rate' has no parameter",
        "revenue_share: parameter 'ratio' is not on the model",
        "revenue_share: starting value for unknown 'rate'",
    ]


def test_a_parameter_name_means_one_thing_in_every_kind() -> None:
    seen: dict[str, kinds.Parameter] = {}
    for kind in KINDS.values():
        for parameter in kind.parameters:
            for each in (parameter, *parameter.items):
                first = seen.setdefault(each.name, each)
                assert (first.unit, first.lower, first.upper) == (
                    each.unit,
                    each.lower,
                    each.upper,
                ), (kind.name, each.name)
    assert list(kinds.numeric_parameters(tiers=False)) == [
        "rate",
        "cap_total",
        "share",
        "amount",
        "threshold",
        "verification_lag_quarters",
    ]
    assert "until_total" in kinds.numeric_parameters()


def test_roles_split_the_kinds() -> None:
    assert kinds.kinds_with("payment") == (
        "revenue_share",
        "reverse_revenue_share",
        "profit_share",
    )
    assert kinds.kinds_with("compute") == (
        "exclusivity",
        "right_of_first_refusal",
        "capacity_build_permission",
    )
    assert kind_of("equity_stake").label == "Equity stake"


def test_an_exclusivity_of_product_integration_drives_no_figure() -> None:
    adapter = _ADAPTER
    entry = KINDS["exclusivity"]
    product = adapter.validate_python(clause("exclusivity", subject="product_integration"))
    compute = adapter.validate_python(clause("exclusivity", subject="compute"))
    assert entry.drives_of(product) == ()
    assert "partner_share_of_compute_final" in entry.drives_of(compute)


def test_an_idle_value_that_is_no_choice_is_reported(registry: dict[str, Kind]) -> None:
    registry["exclusivity"] = dataclasses.replace(
        KINDS["exclusivity"], idle_when={"subject": "everything"}
    )
    assert registry_problems() == [
        "exclusivity: idle_when names subject='everything', not a choice"
    ]
