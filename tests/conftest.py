"""Test-wide settings and fixtures: Qt runs offscreen, before any QApplication exists."""

from __future__ import annotations

import errno
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder nobody may create files in, also when the tests run as root.

    Root ignores permission bits, so there new files in the folder are refused with EACCES
    as the operating system would refuse them to anyone else.
    """
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        real_open = os.open

        def refuse_new_files(name: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if Path(name).parent == folder and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", str(name))
            return real_open(name, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse_new_files)
    yield folder
    folder.chmod(0o755)
