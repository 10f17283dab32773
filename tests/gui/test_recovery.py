"""Crashes of several instances: every copy offered, none deleted without asking; autosave
into a read-only or full folder tells the user once and moves elsewhere."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.edits.documents import Document
from core.files import load_workspace
from gui.autosave import Autosaver, find_recovery_files
from gui.main_window import MainWindow
from gui.recovery import RecoveryChoice
from gui.session import Session


def crashed_instances(document: Document, folder: Path, notes: list[str]) -> None:
    """One autosave copy per note, each left as a crashed instance leaves it."""
    for note in notes:
        session = Session(document)
        autosaver = Autosaver(session, folder, fallbacks=[])
        session.set_notes("Base", note)
        assert autosaver.save_now()
        autosaver.abandon()


def fresh_window(qtbot, settings, document, tmp_path, name="own") -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(Session(document), tmp_path / name, fallbacks=[])
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    return window


def notes_of(path: Path) -> str:
    return load_workspace(path).workspace.scenarios[0].notes


def test_two_crashed_instances_attack_every_copy_is_offered_and_kept_unless_asked(
    qtbot, settings, document, tmp_path
):
    folder = tmp_path / "recovery"
    crashed_instances(document, folder, ["first crash", "second crash", "third crash"])
    window = fresh_window(qtbot, settings, document, tmp_path)
    offers = []

    def keep_all(offer):
        offers.append(offer)
        return RecoveryChoice.KEEP

    window.ask_recover = keep_all
    assert not window.file_menu.offer_recovery(folder)
    assert [(o.number, o.count, o.can_open) for o in offers] == [
        (1, 3, True),
        (2, 3, True),
        (3, 3, True),
    ]
    assert len(find_recovery_files(folder)) == 3  # nothing deleted without asking
    window.autosaver.close()


def test_recovery_opens_one_saves_one_keeps_one_and_deletes_only_when_told(
    qtbot, settings, document, tmp_path
):
    folder = tmp_path / "recovery"
    crashed_instances(document, folder, ["A", "B", "C"])
    window = fresh_window(qtbot, settings, document, tmp_path)
    choices = iter([RecoveryChoice.OPEN, RecoveryChoice.SAVE_AS, RecoveryChoice.KEEP])
    offers = []
    window.ask_recover = lambda offer: offers.append(offer) or next(choices)
    window.file_menu.ask_save_path = lambda suggested: tmp_path / "saved.json"
    assert window.file_menu.offer_recovery(folder)
    assert [o.can_open for o in offers] == [True, False, False]
    session = window.session
    assert session.is_modified
    assert session.scenario.notes in {"A", "B", "C"}
    saved = notes_of(tmp_path / "saved.json")
    (left,) = find_recovery_files(folder)
    kept = notes_of(left.workspace_file)
    assert sorted([session.scenario.notes, saved, kept]) == ["A", "B", "C"]
    assert window.autosaver.workspace_file.exists()  # the opened work is safe in our own copy
    window.ask_recover = lambda offer: RecoveryChoice.DELETE
    assert not window.file_menu.offer_recovery(folder)
    assert not find_recovery_files(folder)
    window.autosaver.close()


def test_a_damaged_copy_is_reported_and_kept(qtbot, settings, document, tmp_path):
    folder = tmp_path / "recovery"
    crashed_instances(document, folder, ["A"])
    (entry,) = find_recovery_files(folder)
    entry.workspace_file.write_text("{ not json")
    window = fresh_window(qtbot, settings, document, tmp_path)
    window.ask_recover = lambda offer: RecoveryChoice.OPEN
    assert not window.file_menu.offer_recovery(folder)
    assert window.file_menu.problems_dialog.isVisible()
    assert find_recovery_files(folder)
    window.file_menu.problems_dialog.reject()
    window.autosaver.close()


def refuse_writes_in(folder: Path, error: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """New files in `folder` fail with `error` (EACCES as read-only, ENOSPC as full)."""
    real_open = os.open

    def refusing(name, flags, *args, **kwargs):
        if Path(name).parent == folder and flags & os.O_CREAT:
            raise OSError(error, os.strerror(error), str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)


@pytest.mark.parametrize(
    ("error", "reason"), [(errno.EACCES, "permission denied"), (errno.ENOSPC, "disk is full")]
)
def test_autosave_into_an_unwritable_folder_tells_once_and_moves_elsewhere(
    qtbot, settings, session, tmp_path, monkeypatch, error, reason
):
    folder, elsewhere = tmp_path / "recovery", tmp_path / "elsewhere"
    folder.mkdir()
    refuse_writes_in(folder, error, monkeypatch)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(session, folder, fallbacks=[elsewhere])
    window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    autosaver = window.autosaver
    session.set_notes("Base", "unsaved")
    assert autosaver.save_now()
    assert autosaver.folder == elsewhere
    assert notes_of(autosaver.workspace_file) == "unsaved"
    message = window.statusBar().currentMessage()
    assert reason in message
    assert str(folder) in message
    assert str(elsewhere) in message
    assert window.autosave_message.isVisible()
    assert window.autosave_message.text() == message
    window.autosave_message.close()
    session.set_notes("Base", "more")
    assert autosaver.save_now()
    assert window.autosave_message is not None
    assert not window.autosave_message.isVisible()  # told once
    assert [e.workspace_file for e in find_recovery_files(folder, elsewhere)] == []  # ours
    autosaver.close()
    assert not list(elsewhere.glob("autosave-*"))


def test_autosave_with_no_writable_folder_never_raises_and_keeps_trying(
    qtbot, session, tmp_path, monkeypatch
):
    folder, elsewhere = tmp_path / "recovery", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    real_open = os.open

    def full_disk(name, flags, *args, **kwargs):
        if flags & os.O_CREAT and Path(name).parent in (folder, elsewhere):
            raise OSError(errno.ENOSPC, "No space left on device", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", full_disk)
    autosaver = Autosaver(session, folder, fallbacks=[elsewhere])
    told = []
    autosaver.trouble.connect(told.append)
    session.set_notes("Base", "unsaved")
    assert not autosaver.save_now()
    assert not autosaver.save_now()
    assert len(told) == 1
    assert "save your work" in told[0]
    monkeypatch.setattr(os, "open", real_open)  # space freed: the next try succeeds
    assert autosaver.save_now()
    assert autosaver.folder == folder
    autosaver.close()


def test_copies_in_a_folder_where_no_lock_can_be_written_are_still_offered(
    document, tmp_path, monkeypatch
):
    from PySide6.QtCore import QLockFile

    folder = tmp_path / "recovery"
    crashed_instances(document, folder, ["A", "B"])

    class UnwritableLock:
        """As QLockFile answers in a folder that became read-only."""

        LockError = QLockFile.LockError

        def __init__(self, name: str) -> None:
            self.name = name

        def tryLock(self, timeout: int) -> bool:  # noqa: N802 (Qt's name)
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr("gui.autosave.QLockFile", UnwritableLock)
    assert len(find_recovery_files(folder)) == 2


def test_copies_of_a_running_instance_are_not_offered(session, tmp_path):
    folder = tmp_path / "recovery"
    running = Autosaver(session, folder, fallbacks=[])
    session.set_notes("Base", "still running")
    assert running.save_now()
    assert find_recovery_files(folder) == []
    running.close()


def click_later(text: str) -> None:
    """Click the button called `text` of the modal box about to open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text() == text]
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("Open", RecoveryChoice.OPEN),
        ("Save As…", RecoveryChoice.SAVE_AS),
        ("Keep for Later", RecoveryChoice.KEEP),
        ("Delete", RecoveryChoice.DELETE),
    ],
)
def test_the_recovery_question_offers_each_choice(
    qtbot, settings, document, tmp_path, button, choice
):
    from gui.recovery import RecoveryOffer, ask_recovery

    folder = tmp_path / "recovery"
    crashed_instances(document, folder, ["A"])
    (entry,) = find_recovery_files(folder)
    parent = MainWindow(settings)
    qtbot.addWidget(parent)
    click_later(button)
    assert ask_recovery(parent, RecoveryOffer(entry, 1, 2, can_open=True)) is choice


def test_the_changed_on_disk_question_offers_each_choice(qtbot, settings, tmp_path):
    from gui.save_guard import DiskChoice, ask_changed_on_disk

    parent = MainWindow(settings)
    qtbot.addWidget(parent)
    for button, choice in [
        ("Overwrite", DiskChoice.OVERWRITE),
        ("Save As…", DiskChoice.SAVE_AS),
        ("Reload", DiskChoice.RELOAD),
        ("Cancel", DiskChoice.CANCEL),
    ]:
        click_later(button)
        assert ask_changed_on_disk(parent, tmp_path / "w.json") is choice


def test_start_removes_temporaries_a_killed_autosave_left(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "recovery"
    folder.mkdir()
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    stale = folder / f".dealscope-{ended.pid}-0123abcd.tmp"
    stale.write_bytes(b"half a workspace")
    assert find_recovery_files(folder) == []
    assert not stale.exists()
