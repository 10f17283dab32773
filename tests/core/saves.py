"""The promise of every refused save: a message naming the file, the file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import FileError
from core.saving import write_atomically


def assert_refused_and_kept(path: Path, match: str, new: bytes, backup: bool = False) -> None:
    """Writing `new` to `path` fails with `match`, names `path`, and leaves nothing behind.

    `path` keeps its bytes and is the only file of its folder afterwards (no temporary,
    no backup).
    """
    original = path.read_bytes()
    with pytest.raises(FileError, match=match) as excinfo:
        write_atomically(path, new, backup=backup)
    assert str(path) in str(excinfo.value)
    assert path.read_bytes() == original
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def refusal(path: Path, match: str) -> str:
    """The message of the refused write of some bytes to `path`; it must say `match`."""
    with pytest.raises(FileError, match=match) as excinfo:
        write_atomically(path, b"new")
    return str(excinfo.value)
