"""The brief as an executive reads it: page 1's answer, names, links, scripts, any size."""

import io
import re

import pytest

from core.contract import Contract
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.text import figure_text
from core.projection import project
from core.report import BriefCancelledError, brief_bytes
from core.workspace import Workspace
from tests.report.conftest import GENERATED, small_contract, small_workspace

pypdf = pytest.importorskip("pypdf")

UNICODE_NAME = ("Ünïcode & <b>bold</b> 中文 日本語 🚀 " + "and a long tail " * 12)[:180]


def _reader(data: bytes):
    return pypdf.PdfReader(io.BytesIO(data))


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in _reader(data).pages]


@pytest.fixture(scope="module")
def default_brief(default_loaded) -> bytes:
    loaded = default_loaded
    return brief_bytes(
        loaded.workspace, loaded.contract, chain=loaded.versions, generated_at=GENERATED
    )


def _without_stamp_and_addresses(pages: list[str]) -> str:
    """All text minus the stamp lines, joined so that wrapped addresses can be cut whole."""
    lines = [line for page in pages for line in page.splitlines() if "sha256" not in line]
    joined = "".join(lines)
    return re.sub(r"https?://\S+", " ", joined)


def test_page_one_answers_the_partner(default_brief, default_loaded):
    first = " ".join(_pages(default_brief)[0].split())  # line breaks fall where they fall
    workspace = default_loaded.workspace
    scenario = workspace.scenarios[0]
    base = project(default_loaded.deal_for(scenario), workspace.settings, scenario.resolved())
    value = base.key_figures["partner_value_npv"]
    figure = KEY_FIGURES_BY_NAME["partner_value_npv"]
    assert "For Microsoft" in first  # the reader, in the header band
    assert "What the deal is worth to Microsoft" in first
    assert f"The deal is worth {figure_text(figure, value)} to Microsoft" in first
    for name in ("partner_royalties_total", "partner_cloud_margin_total"):
        supporting = KEY_FIGURES_BY_NAME[name]
        assert figure_text(supporting, base.key_figures[name]) in first
    assert "Revenue share paid to Microsoft, cumulative" in first  # the chart
    assert "Key dates" in first
    assert "What would change this view" in first
    assert "Monte Carlo draws" in first
    assert "model" in first
    assert "sha256" in first


def test_the_story_before_the_appendix_is_at_most_ten_pages(default_brief):
    pages = _pages(default_brief)
    appendix = next(i for i, text in enumerate(pages) if "Appendix:" in text)
    assert appendix <= 10


def test_no_internal_id_or_snake_case_name_outside_stamp_and_sources(default_brief):
    text = _without_stamp_and_addresses(_pages(default_brief))
    assert "microsoft-openai-" not in text
    assert re.findall(r"\b[a-z0-9]+_[a-z0-9_]+\b", text) == []


def test_sources_are_links(default_brief, default_loaded):
    links = set()
    for page in _reader(default_brief).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None:
                links.add(action.get_object()["/URI"])
    assert {source.url for source in default_loaded.contract.sources} <= links


def test_every_script_prints_and_long_names_stay_on_the_page(contract):
    workspace = small_workspace(contract, first=UNICODE_NAME)
    data = brief_bytes(workspace, contract, sections=["answer", "summary", "assumptions"])
    reader = _reader(data)
    text = "".join(_pages(data)).replace("\n", "").replace(" ", "")
    expected = UNICODE_NAME.replace("🚀", "[rocket]").replace(" ", "")
    assert expected in text
    width = float(reader.pages[0].mediabox.width)
    starts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            starts.append(tm[4] * cm[0] + cm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert min(starts) >= 0
    assert max(starts) < width


def test_the_cjk_font_is_embedded_only_when_needed(contract):
    workspace = small_workspace(contract, first="中文")
    fonts = set()
    for page in _reader(brief_bytes(workspace, contract, sections=["summary"])).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DroidSansFallback" in name for name in fonts)
    assert all("+" in name for name in fonts)  # subsets only


def _many(scenarios: int, clauses: int) -> tuple[Workspace, Contract]:
    data = small_contract().model_dump(mode="json")
    data["clauses"] += [
        {
            "id": f"note-{i}",
            "kind": "informational",
            "title": f"Informational term {i}",
            "summary": "A term.",
            "confidence": ("official", "reported", "assumed")[i % 3],
            "start": f"{2019 + i % 10}-01-01",
        }
        for i in range(clauses - len(data["clauses"]))
    ]
    contract = Contract.model_validate(data)
    workspace = small_workspace(contract).model_dump(mode="json")
    two = workspace["scenarios"]
    workspace["scenarios"] = [dict(two[i % 2], name=f"Scenario {i}") for i in range(scenarios)]
    return Workspace.model_validate(workspace), contract


def test_fifty_scenarios_and_a_hundred_clauses_lay_out():
    workspace, contract = _many(50, 100)
    assert len(contract.clauses) == 100
    data = brief_bytes(workspace, contract)
    text = "".join(_pages(data))
    assert "Scenario 49" in text
    assert "Informational term 94" in text


def test_readers_ask_their_own_question(workspace, contract):
    def first_page(reader: str) -> str:
        data = brief_bytes(workspace, contract, sections=["answer"], reader=reader)
        return _pages(data)[0]

    assert "What the deal costs Labé" in first_page("lab")
    assert "For Labé" in first_page("lab")
    assert "What the deal moves between Labé and Partnér" in first_page("neutral")


def test_sections_print_in_the_order_asked(workspace, contract):
    text = "".join(_pages(brief_bytes(workspace, contract, sections=["terms", "answer"])))
    assert text.index("The terms in words") < text.index("What the deal is worth")
    assert "Clause timeline" not in text


def test_a_cancelled_brief_stops(workspace, contract):
    with pytest.raises(BriefCancelledError):
        brief_bytes(workspace, contract, cancelled=lambda: True)


def test_the_terms_state_rate_cap_and_tiers(workspace, contract):
    text = " ".join(_pages(brief_bytes(workspace, contract, sections=["terms"])))
    text = " ".join(text.split())
    assert "20.0% of Labé’s revenue" in text
    assert "$30.0B in total counting from 1 Jan 2019" in text
    assert "50.0% of positive profit until $20.0B taken" in text
    assert "The AGI clause" in text


def test_page_one_names_the_inputs_that_move_the_headline_most(default_brief, default_loaded):
    from core.analysis import compute_sensitivity
    from core.report.analysis_charts import assumption_name

    loaded = default_loaded
    base = loaded.workspace.scenarios[0]
    result = compute_sensitivity(
        loaded.deal_for(base),
        loaded.workspace.settings,
        base.resolved(),
        "partner_value_npv",
        base.uncertainty,
    )
    first = " ".join(_pages(default_brief)[0].split())
    parties = loaded.contract.parties
    assert "move Value of the deal to Microsoft, NPV most are" in first
    for row in result.rows[:2]:
        assert assumption_name(row.assumption, parties) in first


def test_the_model_is_set_beside_the_reported_figures(default_brief, default_loaded):
    from core.actuals import actuals_for
    from core.backtest import backtest

    loaded = default_loaded
    base = loaded.workspace.scenarios[0]
    projection = project(loaded.deal_for(base), loaded.workspace.settings, base.resolved())
    found = backtest(projection, actuals_for(loaded.contract))
    text = " ".join(" ".join(_pages(default_brief)).split())
    assert "How the model compares with reported figures" in text
    first = found.comparable_rows[0]
    assert f"{first.ratio:.2f}" in text
    assert "median over" in text
