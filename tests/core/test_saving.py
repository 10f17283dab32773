"""Saves go where the user means, refuse what they must not replace, and clean up after kills."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time

import pytest

from core.errors import FileError
from core.save_target import STALE_AGE_S, remove_stale_temporaries
from core.saving import write_atomically
from tests.core.saves import assert_refused_and_kept, refusal


def dead_pid() -> int:
    """The id of a process that has ended (and been waited for)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_symlink_attack_save_writes_through_to_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.json"
    target.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomically(link, b"new", backup=True)
    assert link.is_symlink()
    assert target.read_bytes() == b"new"
    assert (tmp_path / "real.json.bak").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "link.json",
        "real.json",
        "real.json.bak",
    ]


def test_symlink_chain_to_a_file_in_another_folder_is_written_through(tmp_path):
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / "ws.json"
    target.write_bytes(b"old")
    (tmp_path / "first.json").symlink_to(tmp_path / "second.json")
    (tmp_path / "second.json").symlink_to(target)
    write_atomically(tmp_path / "first.json", b"new")
    assert target.read_bytes() == b"new"
    assert (tmp_path / "first.json").is_symlink()
    assert (tmp_path / "second.json").is_symlink()


def test_read_only_file_in_a_writable_folder_is_refused_and_kept(tmp_path):
    path = tmp_path / "ws.json"
    path.write_bytes(b"original")
    path.chmod(0o444)
    assert_refused_and_kept(path, "read-only", b"new", backup=True)


def test_fifo_as_target_is_refused_without_blocking_or_replacing_it(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert str(fifo) in refusal(fifo, "not a regular file")
    assert fifo.is_fifo()


def test_device_as_target_is_refused():
    with pytest.raises(FileError, match="not a regular file"):
        write_atomically("/dev/null", b"new")


def test_link_to_a_fifo_is_refused_naming_both(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "ws.json"
    link.symlink_to(fifo)
    assert str(fifo) in refusal(link, "a link to")
    assert link.is_symlink()
    assert fifo.is_fifo()


@pytest.mark.parametrize("length", [242, 250, 255])
def test_long_file_names_up_to_the_limit_save(tmp_path, length):
    path = tmp_path / ("w" * (length - 5) + ".json")
    write_atomically(path, b"old")
    write_atomically(path, b"new", backup=False)
    assert path.read_bytes() == b"new"


@pytest.mark.parametrize(
    ("call", "code", "match", "backup"),
    [
        ("fsync", errno.ENOSPC, "the disk is full", True),
        ("replace", errno.ENOSPC, "disk is full", False),
        ("fsync", errno.EIO, "Input/output error", True),
    ],
)
def test_a_failing_write_keeps_the_old_file_and_says_so(
    tmp_path, monkeypatch, call, code, match, backup
):
    path = tmp_path / "ws.json"
    path.write_bytes(b"original")

    def failing(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, call, failing)
    assert_refused_and_kept(path, match, b"new", backup=backup)


def test_stale_temporaries_of_a_killed_save_are_removed_by_the_next_save(tmp_path):
    stale = tmp_path / f".dealscope-{dead_pid()}-0123abcd.tmp"
    stale.write_bytes(b"x" * 1000)
    write_atomically(tmp_path / "ws.json", b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ws.json"]


def test_stale_temporary_cleanup_spares_running_saves_and_other_files(tmp_path):
    running = tmp_path / f".dealscope-{os.getppid()}-0123abcd.tmp"
    own = tmp_path / f".dealscope-{os.getpid()}-0123abcd.tmp"
    others = [tmp_path / name for name in (".other.tmp", "notes.tmp", ".dealscope-x-1.tmp")]
    for path in (running, own, *others):
        path.write_bytes(b"x")
    old_style = tmp_path / ".ws.json.0123abcd.tmp"
    old_style.write_bytes(b"x")
    young_old_style = tmp_path / ".brief.pdf.0123abcd.tmp"
    young_old_style.write_bytes(b"x")
    two_minutes_ago = time.time() - 120
    os.utime(old_style, (two_minutes_ago, two_minutes_ago))
    assert remove_stale_temporaries(tmp_path) == [old_style]
    assert running.exists()
    assert own.exists()
    assert young_old_style.exists()
    assert all(path.exists() for path in others)


def test_temporary_of_a_reused_process_id_is_stale_after_an_hour(tmp_path):
    path = tmp_path / f".dealscope-{os.getppid()}-0123abcd.tmp"
    path.write_bytes(b"x")
    long_ago = time.time() - STALE_AGE_S - 10
    os.utime(path, (long_ago, long_ago))
    assert remove_stale_temporaries(tmp_path) == [path]
