import threading

from gui.workers import run_in_background


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
