import argparse
import json

import pytest

from core.cli import brief
from core.errors import DealscopeError


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    brief.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["brief", *argv])
    return args.handler(args)


@pytest.fixture
def workspace_file(tmp_path, workspace):
    path = tmp_path / "deal.json"
    path.write_text(json.dumps(workspace.model_dump(mode="json")), encoding="utf-8")
    return path


def test_brief_command_writes_the_pdf(tmp_path, workspace_file, capsys):
    out = tmp_path / "brief.pdf"
    code = _run("--workspace", str(workspace_file), "--scenario", "Bull", "--out", str(out),
                "--title", "A & B", "--page-size", "Letter")  # fmt: skip
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert str(out) in capsys.readouterr().out


def test_brief_command_reports_bad_input_as_dealscope_errors(tmp_path, workspace_file):
    with pytest.raises(DealscopeError, match="Nope"):
        _run("--workspace", str(workspace_file), "-s", "Nope", "--out", str(tmp_path / "b.pdf"))
    with pytest.raises(DealscopeError, match="does not exist"):
        _run("--workspace", str(workspace_file), "--out", str(tmp_path / "no" / "b.pdf"))


def test_brief_command_takes_contract_reader_and_sections(tmp_path, workspace_file):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "lab.pdf"
    code = _run("--workspace", str(workspace_file), "--out", str(out), "--reader", "lab",
                "--sections", "terms, answer", "--lang", "en", "--author", "Ann")  # fmt: skip
    assert code == 0
    reader = pypdf.PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert text.index("The terms in words") < text.index("What the deal costs Labé")
    assert reader.metadata.author == "Ann"


def test_brief_command_on_a_bundled_contract(tmp_path):
    out = tmp_path / "b.pdf"
    code = _run("--contract", "microsoft-openai-2019-07", "--sections", "answer,versions",
                "-s", "Base", "--out", str(out))  # fmt: skip
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_brief_command_refuses_an_unknown_section(tmp_path, workspace_file):
    with pytest.raises(DealscopeError, match="unknown section 'cover'"):
        _run("--workspace", str(workspace_file), "--sections", "answer,cover",
             "--out", str(tmp_path / "b.pdf"))  # fmt: skip
    assert list(tmp_path.iterdir()) == [workspace_file]
