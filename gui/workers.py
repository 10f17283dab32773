"""Run slow core calls off the GUI thread and report back on it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _TaskSignals(QObject):
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised


class Task(QRunnable):
    """Runs `fn` on a pool thread; its signals are delivered on the thread that made it."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.signals = _TaskSignals()

    def run(self) -> None:
        """Call the function; never touch widgets here."""
        try:
            with _CollectionPaused():
                result = self._fn()
        except Exception as exc:  # handed to on_error on the GUI thread
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


_gc_lock = threading.Lock()
_gc_holders = 0


class _CollectionPaused:
    """Pause Python's cyclic garbage collection while pool tasks run.

    A collection triggered on a pool thread may free the last reference to a Qt wrapper;
    shiboken then deletes the C++ object on the GUI thread while this thread waits for the
    GIL, and the two deadlock (seen: a QMenu destructor blocked on a mutex during a paint).
    With collection paused, garbage waits for the GUI thread's next collection instead.
    """

    def __enter__(self) -> None:
        global _gc_holders
        with _gc_lock:
            if _gc_holders == 0:
                gc.disable()
            _gc_holders += 1

    def __exit__(self, *_: object) -> None:
        global _gc_holders
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0:
                gc.enable()


_running: set[Task] = set()  # keeps each Task (and its signals) alive until it reports


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Start `fn` (a core function) on the global pool; callbacks run on the GUI thread."""
    task = Task(fn)
    task.setAutoDelete(False)
    _running.add(task)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    task.signals.finished.connect(lambda _: _running.discard(task))
    task.signals.failed.connect(lambda _: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task
