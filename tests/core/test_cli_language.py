"""`--lang fr|en` before a command, or opening the app: one option for both paths."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.cli import main
from core.cli.language import LanguageError, split_language
from core.present import i18n


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")


def test_leading_lang_options_are_taken_out_and_the_last_one_wins():
    assert split_language(["--lang", "fr", "project", "-x"]) == ("fr", ["project", "-x"])
    assert split_language(["--lang=en", "--lang", "fr"]) == ("fr", [])
    assert split_language(["project", "--lang", "fr"]) == (None, ["project", "--lang", "fr"])
    assert split_language([]) == (None, [])


@pytest.mark.parametrize(
    ("args", "words"),
    [(["--lang"], "needs a language"), (["--lang", "de"], "'de' is not a language")],
)
def test_a_missing_or_unknown_language_is_refused_by_name(args, words):
    with pytest.raises(LanguageError, match=words):
        split_language(args)


def test_the_command_line_speaks_the_language_asked_for(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["--lang", "fr", "contracts"]) == 0
    assert i18n.language() == "fr"
    assert main(["contracts"]) == 0  # without --lang: the system's language
    assert i18n.language() == "en"
    monkeypatch.setenv("LANGUAGE", "fr_FR")
    assert main(["contracts"]) == 0
    assert i18n.language() == "fr"


def test_an_unknown_language_is_a_usage_error(capsys):
    assert main(["--lang", "xx", "contracts"]) == 2
    err = capsys.readouterr().err
    assert "dealscope: --lang 'xx' is not a language Dealscope speaks: choose en or fr" in err


def test_help_lists_the_language_option(capsys):
    assert main(["--help"]) == 0
    assert "--lang {en,fr}" in capsys.readouterr().out


def test_the_language_option_keeps_the_command_line_light():
    script = (
        "import contextlib, io, sys\n"
        "from gui.launcher import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = main(['--lang', 'fr', 'contracts'])\n"
        "heavy = ('pandas', 'numpy', 'reportlab', 'PySide6', 'pyqtgraph', 'babel')\n"
        "print(status, [name for name in heavy if name in sys.modules])\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert run.stdout.split(maxsplit=1) == ["0", "[]\n"]
