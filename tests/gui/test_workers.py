import functools
import gc
import threading
import types

from shiboken6 import Shiboken

from gui import workers
from gui.workers import RunControl, run_in_background


def test_result_comes_back_on_the_gui_thread(qtbot):
    results, threads = [], []

    def on_done(value):
        results.append(value)
        threads.append(threading.current_thread())

    run_in_background(lambda: 6 * 7, on_done, print)
    qtbot.waitUntil(lambda: results == [42])
    assert threads == [threading.main_thread()]


def test_errors_are_reported_not_raised(qtbot):
    errors = []

    def fail():
        raise ValueError("bad input")

    run_in_background(fail, print, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert str(errors[0]) == "bad input"


def test_the_garbage_collector_stays_on_while_a_task_runs(qtbot):
    results = []
    run_in_background(gc.isenabled, results.append, print)
    qtbot.waitUntil(lambda: results == [True])


def _qt_wrappers(root, relay):
    """The Qt wrappers reachable from `root` through what a job holds, bar `relay`."""
    found, seen, todo = [], set(), [root]
    while todo:
        item = todo.pop()
        if id(item) in seen or isinstance(item, type | types.ModuleType):
            continue
        seen.add(id(item))
        if isinstance(item, Shiboken.Object):
            if item is not relay:
                found.append(item)
            continue
        if isinstance(item, types.FunctionType):  # its globals live as long as its module
            todo.extend(cell.cell_contents for cell in item.__closure__ or ())
            todo.extend(item.__defaults__ or ())
        else:
            todo.extend(gc.get_referents(item))
    return found


def test_a_pool_thread_reaches_no_qt_wrapper_but_the_lasting_relay(qtbot):
    progress = []
    control = RunControl(lambda done, total: progress.append((done, total)))
    relay = workers._the_relay()
    work = functools.partial(control.report, 1, 2)
    assert _qt_wrappers(workers.job(1, work, relay), relay) == []
    results = []
    run_in_background(work, results.append, print)
    qtbot.waitUntil(lambda: results == [True] and progress == [(1, 2)])
    control.cancel()
    assert not control.report(2, 2)
    control.close()
