"""Benchmark the desktop app: grid edit to updated charts and cards, and start-up time.

Run: ``uv run python benchmarks/gui_edit.py``. Offscreen; goals: median edit <= 16 ms,
first painted window <= 3x a bare PySide6 window started the same way.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EDITS = 100
STARTS = 5
EDIT_GOAL_MS = 16.0
START_GOAL_RATIO = 3.0

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

APP = """
import sys, time
from PySide6.QtCore import QTimer
from gui.app import WindowStarter, make_application
from gui.main_window import MainWindow
app = make_application(sys.argv)
window = MainWindow(); window.show()
starter = WindowStarter(window, None)
def on_painted():
    print(f"painted {time.time()}", flush=True)
    starter.start()
def poll():
    if window.session is not None:
        window.repaint()
        print(f"loaded {time.time()}", flush=True)
        app.quit()
window.first_painted.connect(on_painted)
timer = QTimer(); timer.timeout.connect(poll); timer.start(2)
app.exec()
"""


SMALL_EDITS = [f"{13.0 + (n % 7) * 0.5 + 0.25:.2f}" for n in range(EDITS)]
"""Tweaks around the Base value: the charts' axes mostly stay put."""
LARGE_EDITS = [f"{8.25 + (n % 10) * 2.0:.2f}" for n in range(EDITS)]
"""$8.25B to $26.25B in $2B steps: most edits move the charts' axes too."""


def edit_latencies(values: list[str]) -> list[float]:
    """Milliseconds from a grid edit to the cards and charts showing it, per edit."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.app import configure_plots, load_session, make_application
    from gui.main_window import MainWindow

    app = make_application([])
    configure_plots()
    with tempfile.TemporaryDirectory() as folder:
        # Settings in a temporary file, so closing the window leaves the user's layout alone.
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.attach(load_session(None), None)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        model = window.assumptions_panel.model
        row = next(i for i, r in enumerate(model.rows) if r.spec and r.spec.name == "revenue_base")
        card = window.figures_view.cards["lab_revenue_final_year"].value_label
        curve = window.charts_view.charts["revenue"].curves["revenue"]
        times = []
        for value in values:
            before = card.text()
            start = time.perf_counter()
            model.setData(model.index(row, 0), value)
            QApplication.processEvents()
            times.append((time.perf_counter() - start) * 1000)
            assert card.text() != before
            assert abs(curve.getData()[1][0] - float(value)) < 1e-9
        window.session.undo_stack.setClean()
        window.close()
    return times


def start_times(code: str) -> dict[str, float]:
    """Seconds from starting a process running `code` to each event it prints (median)."""
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
        for _ in range(STARTS):
            start = time.time()
            result = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
            )
            for line in result.stdout.split("\n"):
                if line.strip():
                    name, stamp = line.split()
                    samples.setdefault(name, []).append(float(stamp) - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> int:
    """Print both measurements and whether each meets its goal."""
    bare = start_times(BARE)["painted"]
    app = start_times(APP)
    ratio = app["painted"] / bare
    for name, values in (("small", SMALL_EDITS), ("large", LARGE_EDITS)):
        times = edit_latencies(values)
        median = statistics.median(times)
        verdict = "ok" if median <= EDIT_GOAL_MS else "MISSED"
        print(
            f"grid edit ({name} steps) -> cards and charts updated: median {median:.1f} ms, "
            f"p90 {sorted(times)[int(0.9 * len(times))]:.1f} ms over {len(times)} edits "
            f"(goal <= {EDIT_GOAL_MS:.0f} ms): {verdict}"
        )
    print(
        f"start to first painted window: app {app['painted'] * 1000:.0f} ms, bare PySide6 "
        f"{bare * 1000:.0f} ms, ratio {ratio:.1f}x (goal <= {START_GOAL_RATIO:.0f}x): "
        f"{'ok' if ratio <= START_GOAL_RATIO else 'MISSED'}"
    )
    print(f"start to workspace loaded and drawn: {app['loaded'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
