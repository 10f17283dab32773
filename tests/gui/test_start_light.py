"""The app's start draws the workspace without the work behind tabs (issue 16, item 2).

A new process starts the window as `dealscope` does and reports what its empty window
paints without (the contract models, YAML, numpy) and, once the charts and the timeline are
painted, what it loaded and built: no pandas, no ReportLab, no analysis module (Monte
Carlo, sensitivity, goal seek), no chart exporters, no Analysis view, no explanation behind
the Clause Inspector's tab, no assumptions grid, Compare, Compare Versions or Backtest view
(nor their modules) behind the bottom tabs, no clause editor, no dialog, no list of
contract versions; what the start built is kept out of later full collections. Bringing the
views forward builds them.
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
         "core.analysis.goalseek", "gui.views.compare_view", "gui.views.version_compare_view",
         "gui.views.backtest_view", "gui.dialogs.problems_dialog",
         "gui.dialogs.export_brief_dialog", "gui.dialogs.new_deal_dialog",
         "gui.dialogs.uncertainty_dialog", "gui.views.clause_editor",
         "gui.views.assumptions_panel", "pyqtgraph.exporters")


BEFORE_PAINT = ("pydantic", "core.contract", "yaml", "numpy")  # none drawn by the empty window


def tabbed_views():  # what each dock behind a tab holds: a placeholder until it is built
    docks = {"assumptions": window.docks["assumptions"], "compare": window.docks["compare"],
             "backtest": window.backtest_dock, "versions": window.contract_docks.docks["versions"]}
    return {key: type(dock.widget()).__name__ for key, dock in docks.items()}


def loaded():
    return [name for name in LATER if name in sys.modules]


def forward():
    docks = window.contract_docks
    report["after_forward"] = {
        "explained": docks.explain.explanation is not None,
        "analysis_built": window.analysis_dock._view is not None,
    }
    for dock in (window.docks["assumptions"], window.docks["compare"], docks.docks["versions"],
                 window.backtest_dock):
        dock.raise_()
    QTimer.singleShot(200, tabs_forward)


def tabs_forward():
    report["after_forward"]["tabbed_views"] = tabbed_views()
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
                    "tabbed_views": tabbed_views(),
                    "versions_listed": not window.contract_docks.version_menu.isEmpty(),
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


def on_first_painted():
    report["first_paint_loaded"] = [name for name in BEFORE_PAINT if name in sys.modules]
    starter.start()


window.first_painted.connect(on_first_painted)
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
    assert report["first_paint_loaded"] == []  # the empty window paints before the models load
    assert report["drawn"] == {
        "loaded": [],
        "explained": False,
        "analysis_built": False,
        "key_figures": True,
        "tabbed_views": {
            "assumptions": "Placeholder",
            "compare": "Placeholder",
            "versions": "Placeholder",
            "backtest": "Placeholder",
        },
        "versions_listed": False,  # the Version menu lists them when it opens
        "start_frozen": True,  # kept out of later full collections; the collector still runs
    }
    assert report["after_forward"] == {
        "explained": True,
        "analysis_built": True,
        "tabbed_views": {
            "assumptions": "AssumptionsPanel",
            "compare": "CompareView",
            "versions": "VersionCompareView",
            "backtest": "BacktestView",
        },
    }
