"""The brief's tornado with deal terms: stored with the scenario, named in words."""

import io

import pytest

from core.report import brief_bytes, stored_analyses
from core.report.answer import tornado_sentence
from core.workspace import Workspace

pypdf = pytest.importorskip("pypdf")


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _with_tornado(workspace: Workspace, **sensitivity: object) -> Workspace:
    data = workspace.model_dump(mode="json", exclude_none=True)
    data["scenarios"][0]["analysis"] = {
        "sensitivity": {"figure": "partner_net_npv", **sensitivity}
    }
    return Workspace.model_validate(data)


def test_a_file_without_the_choice_loads_without_term_bars(workspace, contract):
    stored = _with_tornado(workspace)
    tornado = stored.scenario("Base").analysis.sensitivity
    assert tornado.include_terms is False
    found = stored_analyses(stored, contract)["Base"].sensitivity
    assert not any(row.term for row in found.rows)


def test_stored_term_bars_are_repeated_and_named_in_words(workspace, contract):
    stored = _with_tornado(workspace, include_terms=True)
    found = stored_analyses(stored, contract)["Base"].sensitivity
    terms = {row.assumption for row in found.rows if row.term}
    # The small contract's numeric terms: the revenue share's rate and cap, both profit-share
    # tiers' rates, the first tier's bound, the stake, the AGI threshold and lag.
    assert terms == {
        "revenue-share.rate",
        "revenue-share.cap_total",
        "profit-share.tiers[0].rate",
        "profit-share.tiers[0].until_total",
        "profit-share.tiers[1].rate",
        "equity.share",
        "agi.threshold",
        "agi.verification_lag_quarters",
    }
    text = _text(brief_bytes(stored, contract, sections={"analyses"}))
    assert "Assumption or deal term" in text
    assert "Tier 2 rate of Profit share" in text
    assert "Cap of Revenue share" in text
    assert "revenue-share.cap_total" not in text
    assert "Each deal term at ×0.8 and ×1.2 of its value" in " ".join(text.split())


def test_the_answer_sentence_names_a_term_in_words(workspace, contract):
    stored = _with_tornado(workspace, include_terms=True)
    result = stored_analyses(stored, contract)["Base"].sensitivity
    top = [row for row in result.rows if row.swing > 0][:6]
    assert top[-1].assumption == "profit-share.tiers[1].rate"  # sixth largest, worked out above
    trimmed = type(result)(result.figure, result.base, (top[-1],))
    sentence = tornado_sentence(trimmed, "Base", contract.parties, (contract,))
    assert "Tier 2 rate of Profit share (from" in sentence
