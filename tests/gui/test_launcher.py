"""The launcher: a mistyped word is a usage error, decided before Qt is loaded."""

from __future__ import annotations

from gui.launcher import main as launch


def test_launcher_refuses_a_word_that_is_neither_command_nor_file(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert launch(["compare-version"]) == 2
    err = capsys.readouterr().err
    assert "'compare-version' is not a command or an existing file" in err
    assert "did you mean compare-versions?" in err
    assert launch(["zzzz"]) == 2
    assert "did you mean" not in capsys.readouterr().err
