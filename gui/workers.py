"""Run slow core calls off the GUI thread and report back on it.

A pool thread sees only plain Python: the core function, its plain-data arguments and a
task number. It never holds a Qt wrapper, so none can be freed there (shiboken deleting a
Qt object off its thread deadlocked a paint once). Results, errors and progress reach the
GUI thread through one relay object that lives there for the whole run of the app; the
callbacks are kept on the GUI thread, keyed by task number, and dropped there.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progressed = Callable[[int, int], None]


class _Relay(QObject):
    """Made on the GUI thread and never dropped; emitted from pool threads (queued)."""

    finished = Signal(int, object)  # task number, the function's result
    failed = Signal(int, object)  # task number, the exception it raised
    progressed = Signal(int, int, int)  # run number, done, in all


_numbers = itertools.count(1)
_callbacks: dict[int, tuple[Done, Failed]] = {}  # GUI thread only
_progress: dict[int, Progressed] = {}  # GUI thread only
_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The relay, made on first use (always from the GUI thread)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_on_finished)
        _relay.failed.connect(_on_failed)
        _relay.progressed.connect(_on_progressed)
    return _relay


def _on_finished(number: int, result: object) -> None:
    callbacks = _callbacks.pop(number, None)
    if callbacks is not None:
        callbacks[0](result)


def _on_failed(number: int, error: object) -> None:
    callbacks = _callbacks.pop(number, None)
    if callbacks is not None and isinstance(error, BaseException):
        callbacks[1](error)


def _on_progressed(number: int, done: int, total: int) -> None:
    handler = _progress.get(number)
    if handler is not None:
        handler(done, total)


def job(number: int, fn: Callable[[], Any], relay: _Relay) -> Callable[[], None]:
    """What a pool thread runs: `fn`, then the outcome handed to `relay` under `number`.

    The relay outlives every job, so the pool thread's last reference to it is never the
    last one.
    """

    def run() -> None:
        try:
            result = fn()
        except Exception as exc:  # handed to on_error on the GUI thread
            relay.failed.emit(number, exc)
            return
        relay.finished.emit(number, result)

    return run


def run_in_background(fn: Callable[[], Any], on_done: Done, on_error: Failed) -> int:
    """Start `fn` (a core function on plain data) on the global pool; returns its number.

    `on_done` or `on_error` is called on the GUI thread; call this from the GUI thread.
    """
    number = next(_numbers)
    _callbacks[number] = (on_done, on_error)
    QThreadPool.globalInstance().start(job(number, fn, _the_relay()))
    return number


class RunControl:
    """A long run's progress and cancel request, plain Python on both threads.

    `report` is the core's progress callback (on the pool thread); `on_progress` is called
    on the GUI thread. Call `close` once the run has ended.
    """

    def __init__(self, on_progress: Progressed) -> None:
        self.number = next(_numbers)
        self.cancelled = threading.Event()
        self._relay = _the_relay()
        _progress[self.number] = on_progress

    def report(self, done: int, total: int) -> bool:
        """Pass progress to the GUI thread; False asks the run to stop."""
        self._relay.progressed.emit(self.number, done, total)
        return not self.cancelled.is_set()

    def cancel(self) -> None:
        """Ask the run to stop at its next progress report."""
        self.cancelled.set()

    def close(self) -> None:
        """Stop passing progress on (GUI thread)."""
        _progress.pop(self.number, None)
