"""Benchmark start-up: first painted window and workspace drawn, against a bare PySide6 window.

Run: ``uv run python benchmarks/startup.py [--starts N]``. Each start is a new process
(offscreen, 1440x900, settings in a temporary folder, bytecode compiled beforehand as an
installed app has it), timed from before the process is started, medians over the starts.
Measured in the same run:

- bare: a plain PySide6 QMainWindow's first paint (the anchor);
- stack: the same window holding one pyqtgraph plot, in a process that first imports the
  packages the app cannot draw without (numpy, pydantic, PyYAML, pyqtgraph), loaded as the
  app loads them (`gui.launcher.prepare_start`, `gui.qt_imports`): the floor the chosen
  stack puts under any start, whatever the app does;
- first paint: the app's window painting for the first time (as ``dealscope`` starts it);
- workspace drawn: the bundled workspace loaded and the views in front painted with it
  (charts and timeline). Also reported: whether the Compare Versions view, behind its tab,
  computed anything at start (it should not).

Goal: workspace drawn <= 5x the bare window's first paint.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from compiled import ensure_bytecode

STARTS = 7
GOAL_DRAWN_RATIO = 5.0

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(f"painted {time.time()}", flush=True)
        QTimer.singleShot(0, QApplication.quit)
app = QApplication(sys.argv)
window = Window(); window.resize(1440, 900); window.show()
app.exec()
"""

STACK = """
import sys, time
from gui.launcher import prepare_start
prepare_start()  # the stack loaded as the app loads it
import numpy, pydantic, yaml
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from gui.qt_imports import import_pyqtgraph
pg = import_pyqtgraph()
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1440, 900)
plot = pg.PlotWidget(); plot.plot([0, 1, 2], [2, 0, 1]); plot.setTitle("stack")
window.setCentralWidget(plot); window.show()
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is plot.viewport():
            print(f"painted {time.time()}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
painted = Painted(); plot.viewport().installEventFilter(painted)
app.exec()
"""

APP = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from gui.launcher import prepare_start
prepare_start()  # as `dealscope` does
from gui.app import WindowStarter, make_application
from gui.main_window import MainWindow
app = make_application(sys.argv)
window = MainWindow(); window.show()
starter = WindowStarter(window, None)
waiting = {}
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched in waiting:
            del waiting[watched]
            if not waiting:
                print(f"drawn {time.time()}", flush=True)
                versions = window.contract_docks.versions
                print(f"versions_rows {versions.table.rowCount()}", flush=True)
                QTimer.singleShot(0, app.quit)
        return False
painted = Painted()
def on_painted():
    print(f"painted {time.time()}", flush=True)
    starter.start()
def on_attached():
    print(f"attached {time.time()}", flush=True)
    timeline = window.contract_docks.timeline
    for view in (timeline.graphics.viewport(), window.charts_view):
        waiting[view] = True
        view.installEventFilter(painted)  # not the whole app: a filter there taxes every event
window.first_painted.connect(on_painted)
window.session_attached.connect(on_attached)
app.exec()
"""


def start_times(code: str, starts: int) -> dict[str, float]:
    """Seconds from starting a process running `code` to each event it prints (medians).

    A ``name value`` line whose name ends in ``_rows`` is a count, reported as printed;
    ``cpu`` is the process's CPU time (user and system) from start to exit, in seconds.
    """
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": home,
            "XDG_DATA_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
        }
        for _ in range(starts):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.time()
            result = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
            )
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            samples.setdefault("cpu", []).append(cpu)
            for line in result.stdout.split("\n"):
                if line.strip():
                    name, value = line.split()
                    number = float(value) if name.endswith("_rows") else float(value) - start
                    samples.setdefault(name, []).append(number)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> int:
    """Print the app's start figures next to the bare window's, and the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--starts", type=int, default=STARTS)
    starts = parser.parse_args().starts
    ensure_bytecode()
    bare_run = start_times(BARE, starts)
    bare = bare_run["painted"]
    stack_run = start_times(STACK, starts)
    app = start_times(APP, starts)
    ratio = app["drawn"] / bare
    print(f"anchor: bare PySide6 window first paint {bare * 1000:.0f} ms (median of {starts})")
    print(
        f"stack floor (numpy, pydantic, PyYAML, pyqtgraph and one plot painted): "
        f"{stack_run['painted'] * 1000:.0f} ms ({stack_run['painted'] / bare:.1f}x bare), "
        f"CPU {stack_run['cpu'] * 1000:.0f} ms ({stack_run['cpu'] / bare_run['cpu']:.1f}x bare)"
    )
    print(f"app first paint: {app['painted'] * 1000:.0f} ms ({app['painted'] / bare:.1f}x bare)")
    print(f"workspace attached: {app['attached'] * 1000:.0f} ms ({app['attached'] / bare:.1f}x)")
    print(
        f"workspace drawn (charts and timeline painted): {app['drawn'] * 1000:.0f} ms "
        f"({ratio:.1f}x bare; goal <= {GOAL_DRAWN_RATIO:.0f}x): "
        f"{'ok' if ratio <= GOAL_DRAWN_RATIO else 'MISSED'}"
    )
    print(
        f"CPU time of the whole process: app to drawn {app['cpu'] * 1000:.0f} ms, bare "
        f"{bare_run['cpu'] * 1000:.0f} ms ({app['cpu'] / bare_run['cpu']:.1f}x; holds up "
        "better than wall time on a loaded machine)"
    )
    print(
        f"workspace drawn against the stack floor: {app['drawn'] / stack_run['painted']:.1f}x "
        f"wall, {app['cpu'] / stack_run['cpu']:.1f}x CPU"
    )
    rows = app["versions_rows"]
    print(f"Compare Versions rows computed at start (behind its tab): {rows:.0f}")
    return 0 if ratio <= GOAL_DRAWN_RATIO and rows == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
