import io
import sys
from pathlib import Path

import pytest

from core import MODEL_VERSION
from core.errors import FileError
from core.present.text import figure_text
from core.projection import project
from core.report import BriefRequestError, brief_bytes, render_brief
from core.report.summary import shown_figures
from tests.report.conftest import GENERATED, small_workspace

pypdf = pytest.importorskip("pypdf")

SECTION_TITLES = [
    "What the deal is worth to Partnér",
    "The terms in words",
    "Key figures by scenario",
    "Clause timeline",
    "Charts",
    "Scenario comparison",
    "Appendix: assumptions and notes",
    "Inputs that differ",
    "Appendix: method and sources",
    "Sources",
    "Reproducibility",
]


def _read(data: bytes):
    return pypdf.PdfReader(io.BytesIO(data))


def _text(reader) -> str:
    return "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.fixture(scope="module")
def brief(workspace, contract) -> bytes:
    return brief_bytes(workspace, contract, audience="Board", generated_at=GENERATED)


def test_brief_has_every_section_in_order(brief):
    text = _text(_read(brief))
    positions = [text.find(title) for title in SECTION_TITLES]
    assert all(p >= 0 for p in positions), dict(zip(SECTION_TITLES, positions, strict=True))
    assert positions == sorted(positions)


def test_key_figures_as_printed_equal_the_engine_figures(workspace, contract):
    data = brief_bytes(workspace, contract, sections=["summary"])
    summary_page = _read(data).pages[0].extract_text()
    projections = {
        s.name: project(contract, workspace.settings, s.resolved()) for s in workspace.scenarios
    }
    for figure in shown_figures(projections, "partner"):
        for projection in projections.values():
            value = projection.key_figures[figure.name]
            assert figure_text(figure, value) in summary_page, figure.name


def test_fonts_are_embedded_subsets_of_the_shipped_family(brief):
    reader = _read(brief)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "Lato" in name  # the CJK font is loaded only for text that needs it
        assert "+" in name  # subset prefix
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_outline_has_a_bookmark_per_section(brief):
    titles = [item.title for item in _read(brief).outline if not isinstance(item, list)]
    for title in ("What the deal is worth to Partnér", "Clause timeline", "Charts"):
        assert title in titles


def test_metadata_and_page_footer(brief, contract):
    reader = _read(brief)
    assert reader.metadata.title == "Labé–Partnér partnership: scenario brief"
    assert reader.metadata.author in (None, "", "(anonymous)")  # no analyst named
    assert reader.metadata.subject.startswith("What the deal is worth to Partnér")
    assert "Labé" in reader.metadata["/Keywords"]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    count = len(reader.pages)
    assert 6 <= count <= 20
    footer = " ".join(reader.pages[1].extract_text().split())
    assert f"Page 2 of {count}" in footer
    assert "Confidential · Prepared for Board" in reader.pages[1].extract_text()


def test_stamp_is_on_the_last_page(brief, contract):
    last = _read(brief).pages[-1].extract_text()
    assert f"model version {MODEL_VERSION}" in last
    assert contract.id in last
    assert "2026-01-02 03:04:05" in last
    assert "sha256" in last


MARKUP = "<b>Q3 & beyond</b> — Ünïcode ≥ 5 € Привет"


def test_user_text_with_markup_prints_verbatim(contract):
    workspace = small_workspace(contract, first=MARKUP, second="x" * 150)
    data = brief_bytes(
        workspace,
        contract,
        title=MARKUP,
        audience="R&D <team>",
        sections=["answer", "summary", "assumptions"],
    )
    text = _text(_read(data)).replace("\n", "")
    assert MARKUP in text
    assert "R&D <team>" in text
    assert "Line <two> & more" in text  # scenario notes


def test_very_long_names_wrap_inside_the_page(contract):
    long_name = "Scenario" + "x" * 190
    workspace = small_workspace(contract, first=long_name)
    data = brief_bytes(workspace, contract, title=long_name, sections={"summary"})
    assert "x" * 40 in _text(_read(data))


@pytest.mark.parametrize(("size", "points"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_page_sizes(workspace, contract, size, points):
    data = brief_bytes(workspace, contract, page_size=size, sections={"summary"})
    box = _read(data).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def test_sections_can_be_left_out(workspace, contract):
    text = _text(_read(brief_bytes(workspace, contract, sections={"summary"})))
    assert "Clause timeline" not in text
    assert "Reproducibility" in text


def test_unknown_scenario_or_section_is_refused(workspace, contract):
    with pytest.raises(BriefRequestError, match="Nope"):
        brief_bytes(workspace, contract, scenarios=["Nope"])
    with pytest.raises(BriefRequestError, match="at least one"):
        brief_bytes(workspace, contract, scenarios=[])
    with pytest.raises(BriefRequestError, match="appendix"):
        brief_bytes(workspace, contract, sections={"appendix"})
    with pytest.raises(BriefRequestError, match="reader 'board'"):
        brief_bytes(workspace, contract, reader="board")
    with pytest.raises(BriefRequestError, match="language 'fr'"):
        brief_bytes(workspace, contract, lang="fr")


def test_render_writes_the_file(tmp_path, workspace, contract):
    target = render_brief(workspace, contract, tmp_path / "brief.pdf", scenarios=["Bull"])
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_missing_folder_is_a_clear_error(tmp_path, workspace, contract):
    with pytest.raises(FileError, match="does not exist"):
        render_brief(workspace, contract, tmp_path / "missing" / "brief.pdf")
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_a_clear_error_and_leaves_nothing(
    read_only_folder, workspace, contract
):
    with pytest.raises(FileError, match=r"brief\.pdf"):
        render_brief(workspace, contract, read_only_folder / "brief.pdf")
    assert list(read_only_folder.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc")
def test_unwritable_folder_is_a_clear_error_even_for_root(workspace, contract):
    with pytest.raises(FileError, match=r"brief\.pdf"):
        render_brief(workspace, contract, Path("/proc/brief.pdf"))


def test_default_workspace_brief_with_three_scenarios(default_loaded):
    data = brief_bytes(default_loaded.workspace, default_loaded.contract)
    reader = _read(data)
    assert len(reader.pages) >= 8
    assert len(data) < 500_000
