import pytest

from core.assumptions import SPECS_BY_NAME
from core.edits import workspace as edits
from core.edits.workspace import CellChange
from core.workspace import Scenario, Workspace
from tests.core.builders import contract

YEARS = range(2025, 2036)


def test_setting_one_year_changes_only_that_year():
    path = ((2025, 0.3),)
    changed = edits.set_year_value(path, 2027, 0.5, YEARS)
    assert changed == ((2025, 0.3), (2027, 0.5), (2028, 0.3))


def test_compress_keeps_only_changes():
    assert edits.compress({2025: 1.0, 2026: 1.0, 2027: 2.0}) == ((2025, 1.0), (2027, 2.0))


def test_change_back_to_default_removes_the_override():
    scenario = Scenario(name="A")
    default = SPECS_BY_NAME["revenue_base"].default[0][1]
    changed = edits.with_changes(scenario, [CellChange("revenue_base", None, 99.0)], YEARS)
    assert changed.overrides()["revenue_base"] == ((0, 99.0),)
    back = edits.with_changes(changed, [CellChange("revenue_base", None, default)], YEARS)
    assert "revenue_base" not in back.overrides()


def test_out_of_range_value_is_rejected_by_validation():
    import pydantic

    with pytest.raises(pydantic.ValidationError):
        edits.with_changes(Scenario(name="A"), [CellChange("discount_rate", None, 2.0)], YEARS)


def test_move_and_unique_names():
    workspace = Workspace(
        contract=contract(), scenarios=(Scenario(name="A"), Scenario(name="B"), Scenario(name="C"))
    )
    moved = edits.move_scenario(workspace, "C", -5)
    assert [s.name for s in moved.scenarios] == ["C", "A", "B"]
    assert edits.unique_name(workspace, "A") == "A 2"
    assert edits.unique_name(workspace, "D") == "D"
