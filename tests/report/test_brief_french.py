"""`dealscope brief --lang fr`: the whole brief in French, read back from the PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest

from core.cli import main
from core.files import load_workspace
from core.report import brief_bytes
from core.resources import default_workspace_path
from tests.report.conftest import GENERATED

ENGLISH = (
    # section titles and subheadings
    "The answer",
    "What each version changed",
    "What each amendment gave or took",
    "The terms in words",
    "The AGI clause",
    "Key figures by scenario",
    "How the model compares with reported figures",
    "Clause timeline",
    "Revenue and payments",
    "Compute by source",
    "AGI test",
    "Revenue share against the cap",
    "Scenario comparison",
    "Sensitivity and Monte Carlo",
    "Sensitivity under",
    "Monte Carlo under",
    "Appendix: assumptions and notes",
    "Inputs that differ",
    "Appendix: method and sources",
    "Clauses and their sources",
    "Reproducibility",
    "Key dates",
    "What would change this view",
    # table headers
    "Key figure",
    "In force from",
    "Cap reached",
    "Amendment",
    "What changed",
    "Effect (",
    "Confidence",
    "Reported figure",
    "Model ÷ reported",
    "At low setting",
    "At high setting",
    "Swing",
    "Assumption",
    "Event",
    "When",
    # generated sentences, chart labels and notes
    "The deal is worth",
    "in today’s money",
    "Under Base",
    "in the other scenarios",
    "Cap reached in",
    "Revenue-share cap reached",
    "AGI determination under",
    "Ends:",
    "the inputs that move",
    "Monte Carlo draws",
    "eight cases out of ten",
    "under each version of the contract",
    "for Microsoft",
    "more changes",
    "added ",
    "removed ",
    "verified after",
    "once in force it ends",
    "takes effect in",
    "none within the projection horizon",
    "Events (see the list below)",
    "Version in force",
    "Projection horizon",
    "Computed under",
    "Faded end",
    "per calendar year",
    "Differences are the other scenario",
    "Showing",
    "Base value",
    "draws, seed",
    "Sampled:",
    "AGI effective by year end",
    "Values in bold on a tint",
    "Each scenario is a set of assumptions",
    "Money is in billions",
    "Of the contract’s",
    "Workspace content",
    "The model is typically within",
    "Confidential",
    "Page 1 of",
    "partnership: scenario brief",
    "effective 27 Apr",
    "April 2026 amendment",
    "Capped revenue share to Microsoft",
    "Licence to OpenAI research IP",
    "revenue, $B",
    "Other clouds",
    "own capacity",
    "Threshold",
    "Low setting",
    "P50 (median)",
)
"""English phrases of the brief: none may be left in the French one."""


@pytest.fixture(scope="module")
def french_text() -> str:
    """The default workspace's whole brief in French (notes, the analyst's own words, cut)."""
    loaded = load_workspace(default_workspace_path())
    workspace = loaded.workspace
    scenarios = tuple(s.model_copy(update={"notes": ""}) for s in workspace.scenarios)
    workspace = workspace.model_copy(update={"scenarios": scenarios})
    data = brief_bytes(
        workspace, loaded.contract, chain=loaded.versions, generated_at=GENERATED, lang="fr"
    )
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_no_english_phrase_is_left(french_text: str) -> None:
    flat = " ".join(french_text.split())
    assert [phrase for phrase in ENGLISH if phrase in flat] == []


def test_french_sections_and_sentences_are_there(french_text: str) -> None:
    flat = " ".join(french_text.split())
    for phrase in (
        "Ce que l’accord vaut pour Microsoft",
        "L’accord vaut",
        "en valeur actuelle dans le scénario Base",
        "Ce que chaque version a changé",
        "Les termes en clair",
        "Indicateurs clés par scénario",
        "Chronologie des clauses",
        "Annexe",
        "Reproductibilité",
        "Avenant d’avril 2026 · en vigueur le 27 avr. 2026",
        "Page 1 sur",
    ):
        assert phrase in flat


def test_money_percent_and_quarters_are_french(french_text: str) -> None:
    # The source list at the end keeps the published (English) titles of the articles.
    generated = french_text.split("Les clauses et leurs sources")[0]
    assert re.search(r"\d+,\d\s?Md\$", generated)
    assert re.findall(r"\$\d[\d.,]*B\b", generated) == []
    assert re.search(r"\d[\s\u00a0\u202f]%", generated)
    assert re.findall(r"\d%", generated) == []
    assert re.search(r"\bT[1-4] 20\d\d\b", generated)
    assert re.findall(r"\bQ[1-4] 20\d\d\b", generated) == []
    assert re.search(
        r"\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) 20\d\d",
        generated,
    )


def test_the_command_line_writes_the_french_brief(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    code = main(["brief", "--lang", "fr", "--sections", "answer", "-o", str(target)])
    assert code == 0
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "Ce que l’accord vaut pour Microsoft" in " ".join(text.split())
