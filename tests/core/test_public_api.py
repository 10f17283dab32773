"""The public API of `core`: every name resolves to its module's object, lazily."""

from __future__ import annotations

import importlib
import json

import pytest

import core
from tests.fresh_python import fresh_python

HEAVY = ("numpy", "pandas", "reportlab", "babel", "pydantic", "core.engine", "core.report")


@pytest.mark.parametrize("name", sorted(core._MODULE_OF))
def test_every_public_name_is_its_modules_object(name):
    module = importlib.import_module(core._MODULE_OF[name])
    assert getattr(core, name) is getattr(module, name)
    assert name in core.__all__
    assert name in dir(core)


def test_all_names_every_public_name_and_the_model_version():
    assert sorted(core.__all__) == sorted(["MODEL_VERSION", *core._MODULE_OF])


def test_an_unknown_name_is_an_attribute_error_naming_it():
    with pytest.raises(AttributeError, match="'no_such_name'"):
        _ = core.no_such_name  # type: ignore[attr-defined]


def test_import_core_loads_no_heavy_package_until_a_name_is_used():
    script = (
        "import json, sys\n"
        "import core\n"
        f"heavy = {list(HEAVY)!r}\n"
        "before = [n for n in heavy if n in sys.modules]\n"
        "core.project\n"
        "after = [n for n in heavy if n in sys.modules]\n"
        "print(json.dumps([before, after]))\n"
    )
    before, after = json.loads(fresh_python(script))
    assert before == []
    assert "numpy" in after
    assert "core.engine" in after
    assert "reportlab" not in after


def test_the_documented_round_trip_projects_the_default_workspace():
    loaded = core.load_workspace(core.default_workspace_path())
    scenario = loaded.workspace.scenarios[0]
    projection = core.project(
        loaded.deal_for(scenario), loaded.workspace.settings, scenario.resolved()
    )
    value = projection.key_figures["partner_value_npv"]
    assert isinstance(value, float)
    # $ then the value in billions with one decimal, as core.present formats money
    expected = f"${value:,.1f}B".replace("$-", "−$")
    assert core.money(value) == expected


def test_a_submodule_loads_on_first_use():
    script = (
        "import sys\n"
        "import core\n"
        "assert 'core.explain' not in sys.modules\n"
        "print(core.explain.explain.__module__)\n"
    )
    assert fresh_python(script).strip() == "core.explain"
