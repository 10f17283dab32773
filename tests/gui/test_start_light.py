"""The app's start draws the workspace without the work behind tabs (issue 16, item 2).

A new process starts the window as `dealscope` does and reports, once the charts and the
timeline are painted, what it loaded and built: no pandas, no ReportLab, no analysis
module (Monte Carlo, sensitivity, goal seek), no chart exporters, no Analysis view, no
explanation behind the Clause Inspector's tab; what the start built is kept out of later
full collections. Bringing the views forward builds them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = """
import gc, json, sys
from gui.launcher import prepare_start
prepare_start()  # as `dealscope` does: collection paused until the workspace is drawn
from PySide6.QtCore import QEvent, QObject, QTimer
from gui.app import WindowStarter, make_application
from gui.main_window import MainWindow

app = make_application(sys.argv)
window = MainWindow()
window.show()
starter = WindowStarter(window, None)
waiting = {}
report = {}


LATER = ("pandas", "reportlab", "core.analysis.montecarlo", "core.analysis.sensitivity",
         "core.analysis.goalseek", "pyqtgraph.exporters")


def loaded():
    return [name for name in LATER if name in sys.modules]


def forward():
    docks = window.contract_docks
    report["after_forward"] = {
        "explained": docks.explain.explanation is not None,
        "analysis_built": window.analysis_dock._view is not None,
    }
    print(json.dumps(report), flush=True)
    app.quit()


class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched in waiting:
            del waiting[watched]
            if not waiting:
                app.removeEventFilter(self)
                report["drawn"] = {
                    "loaded": loaded(),
                    "explained": window.contract_docks.explain.explanation is not None,
                    "analysis_built": window.analysis_dock._view is not None,
                    "key_figures": window.figures_view.isVisible(),
                    "start_frozen": gc.get_freeze_count() > 1000 and gc.isenabled(),
                }
                window.contract_docks.docks["explain"].raise_()
                window.analysis_dock.show_sensitivity()
                QTimer.singleShot(200, forward)
        return False


painted = Painted()


def on_attached():
    for view in (window.contract_docks.timeline.graphics.viewport(), window.charts_view):
        waiting[view] = True
    app.installEventFilter(painted)


window.first_painted.connect(starter.start)
window.session_attached.connect(on_attached)
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


def test_start_draws_the_workspace_without_pandas_or_the_views_behind_tabs(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, check=True
    )
    lines = run.stdout.strip().splitlines()
    assert lines, f"the app reported nothing: {run.stderr[-2000:]}"
    report = json.loads(lines[-1])
    assert report["drawn"] == {
        "loaded": [],
        "explained": False,
        "analysis_built": False,
        "key_figures": True,
        "start_frozen": True,  # kept out of later full collections; the collector still runs
    }
    assert report["after_forward"] == {"explained": True, "analysis_built": True}
