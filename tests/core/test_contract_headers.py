"""The contracts listing reads headers only, and still reports a broken bundled file."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

import core.contract_files
import core.contract_headers
from core.cli import main
from core.contract import Contract, Parties
from core.contract_headers import (
    CONTRACT_KEYS,
    PARTIES_KEYS,
    ContractHeader,
    HeaderParties,
    bundled_headers,
    header_of,
    read_header,
)
from core.files import load_contract
from core.resources import bundled_contract_paths
from tests.core.test_files import VALID, write
from tests.fresh_python import fresh_python


def test_the_header_keys_are_the_models_keys():
    assert set(Contract.model_fields) == CONTRACT_KEYS
    assert set(Parties.model_fields) == PARTIES_KEYS


@pytest.mark.parametrize("path", bundled_contract_paths(), ids=lambda path: path.stem)
def test_every_bundled_file_validates_and_its_header_reads_the_same_lightly(path):
    # The listing skips the full validation of the bundled files: this test is what
    # guarantees that each of them validates, clauses and events included.
    contract = load_contract(path)
    header = read_header(path)
    assert header is not None, f"{path.name}: its header is not plainly valid"
    assert header == ContractHeader.of(contract)


def test_a_header_is_read_from_the_keys_it_lists():
    data = {
        "format": "dealscope-contract/1",
        "parties": {"lab": "Lab", "partner": "Alpha", "partner_cloud": "Cloud"},
        "id": "a-2025",
        "title": "A",
        "effective": "2025-01-21",
        "supersedes": "a-2019",
        "clauses": [{}, {}, {}],
        "events": [{}],
    }
    assert header_of(data) == ContractHeader(
        id="a-2025",
        title="A",
        effective=dt.date(2025, 1, 21),
        parties=HeaderParties(lab="Lab", partner="Alpha"),
        supersedes="a-2019",
        clause_count=3,
        event_count=1,
    )
    assert header_of({**data, "clauses": None, "events": None}) is None
    assert header_of({**data, "effective": "2025-13-01"}) is None
    assert header_of({**data, "effective": 1751328000}) is None
    assert header_of({**data, "id": "a 2025"}) is None
    assert header_of({**data, "id": "a-2025\n"}) is None
    assert header_of({**data, "title": ""}) is None
    assert header_of({**data, "title": "x" * 201}) is None
    assert header_of({**data, "parties": {"lab": "Lab", "partner": "Alpha"}}) is None
    assert header_of({**data, "format": "dealscope-contract/2"}) is None
    assert header_of({**data, "notes": "an unknown key"}) is None
    assert header_of({**data, "supersedes": 2019}) is None
    assert header_of(["not", "a", "mapping"]) is None
    no_lists = {k: v for k, v in data.items() if k not in ("clauses", "events", "supersedes")}
    assert header_of(no_lists) == ContractHeader(
        id="a-2025",
        title="A",
        effective=dt.date(2025, 1, 21),
        parties=HeaderParties(lab="Lab", partner="Alpha"),
        supersedes=None,
        clause_count=0,
        event_count=0,
    )


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    """A folder standing for resources/contracts; returns a function writing a file in it."""
    folder = tmp_path / "bundled"
    folder.mkdir()

    def paths():
        return sorted(folder.glob("*.yaml"))

    monkeypatch.setattr(core.contract_files, "bundled_contract_paths", paths)
    monkeypatch.setattr(core.contract_headers, "bundled_contract_paths", paths)
    return lambda name, text: write(folder, name, text)


def test_the_listing_reads_valid_files_without_the_contract_model(bundle, monkeypatch):
    bundle("one.yaml", VALID)
    bundle("two.yaml", VALID.replace("id: test-deal-1", "id: test-deal-2"))

    def no_full_validation():
        raise AssertionError("every file was validated in full")

    monkeypatch.setattr(core.contract_headers, "_validated_headers", no_full_validation)
    assert [header.id for header in bundled_headers()] == ["test-deal-1", "test-deal-2"]


def test_a_header_valid_for_the_model_but_not_plain_is_read_through_the_model(bundle):
    effective = re.search(r"(?m)^effective: (.*)$", VALID)
    assert effective is not None
    assert effective.group(1) == "2025-01-21"
    # 1737417600 s after 1970-01-01 is 2025-01-21 (20,109 days of 86,400 s): the model
    # takes a timestamp for a date, the light read leaves it to the model.
    assert 20_109 * 86_400 == 1_737_417_600
    bundle("deal.yaml", VALID.replace("effective: 2025-01-21", "effective: 1737417600"))

    (header,) = bundled_headers()
    assert header.effective == dt.date(2025, 1, 21)
    assert header.id == "test-deal-1"


def test_a_bundled_file_with_a_bad_date_is_reported_with_its_line(bundle, capsys):
    path = bundle("deal.yaml", VALID.replace("effective: 2025-01-21", "effective: 2025-13-01"))
    line = VALID.splitlines().index("effective: 2025-01-21") + 1

    assert main(["contracts"]) == 1
    err = capsys.readouterr().err
    assert f"{path}:{line} at effective: found '2025-13-01'" in err
    assert "an ISO date (YYYY-MM-DD)" in err


def test_a_bundled_file_that_is_not_yaml_is_reported(bundle, capsys):
    bundle("good.yaml", VALID)
    bad = bundle("bad.yaml", VALID + "parties: [unclosed\n")

    assert main(["contracts", "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(bad) in captured.err
    assert "valid YAML" in captured.err


def test_two_bundled_files_with_one_id_are_reported(bundle, capsys):
    bundle("first.yaml", VALID)
    bundle("second.yaml", VALID)

    assert main(["contracts"]) == 1
    assert "'test-deal-1', also the id of first.yaml" in capsys.readouterr().err


def test_the_json_listing_counts_each_files_clauses_and_events(bundle, capsys):
    bundle("deal.yaml", VALID)  # two clauses (share, agi) and one event
    bundle("later.yaml", VALID.replace("id: test-deal-1", "id: test-deal-2"))

    assert main(["contracts", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == ["test-deal-1", "test-deal-2"]
    assert rows[0] == {
        "id": "test-deal-1",
        "deal": "Partner and Lab",
        "title": "A test deal",
        "effective": "2025-01-21",
        "supersedes": None,
        "clauses": 2,
        "events": 1,
    }


def test_the_listing_builds_no_model():
    # Building the pydantic models is what made the listing slow: a fresh process lists
    # the bundled contracts, then reports which of these modules it has loaded.
    script = (
        "import contextlib, io, json, sys\n"
        "from gui.launcher import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = main(['contracts', '--format', 'json'])\n"
        "names = ('pydantic', 'core.contract', 'core.contract_files', 'core.loading',\n"
        "         'core.workspace')\n"
        "print(json.dumps([status, [name for name in names if name in sys.modules]]))\n"
    )
    assert json.loads(fresh_python(script)) == [0, []]
