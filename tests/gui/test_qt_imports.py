"""PySide6 and pyqtgraph load without reading every module's source or making every class.

Each check runs in a new process: what is loaded, read or made is decided at first import.
"""

from __future__ import annotations

import json

from tests.fresh_python import fresh_python

_FEATURE_SCAN = """
import json, linecache, sys
import PySide6.QtCore
from gui.qt_imports import skip_feature_scan
skip_feature_scan()
import core
feature = sys.modules["shibokensupport.feature"]
print(json.dumps({
    "source_read": any(name.endswith("core/__init__.py") for name in linecache.cache),
    "selection": feature.pyside_feature_dict.get("core"),
}))
"""

_PYQTGRAPH = """
import json, sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from PySide6.QtWidgets import QApplication
from gui.qt_imports import import_pyqtgraph
made_before = len(PySide6.QtWidgets.__dict__)
pg = import_pyqtgraph()
made_by_import = len(PySide6.QtWidgets.__dict__) - made_before
app = QApplication([])
plot = pg.PlotWidget()
curve = plot.plot([0, 1, 2], [2, 0, 1])
print(json.dumps({
    "made_by_import": made_by_import,
    "names_listed": len(dir(PySide6.QtWidgets)),
    "same_class": pg.Qt.QtWidgets.QGraphicsView is PySide6.QtWidgets.QGraphicsView,
    "held_after_use": "QGraphicsView" in vars(pg.Qt.QtWidgets),
    "opengl_shim": pg.Qt.QtWidgets.QOpenGLWidget.__name__,
    "points": curve.getData()[1].tolist(),
    "again": import_pyqtgraph() is pg,
}))
"""


def test_modules_imported_after_the_scan_is_skipped_are_not_read() -> None:
    report = json.loads(fresh_python(_FEATURE_SCAN))

    assert report == {"source_read": False, "selection": 0}


def test_pyqtgraph_loads_without_making_every_qt_class_and_sees_the_same_ones() -> None:
    report = json.loads(fresh_python(_PYQTGRAPH))

    # QtWidgets has about 200 classes; pyqtgraph's copy made every one of them.
    assert report["made_by_import"] < 60
    assert report["names_listed"] > 150  # dir() of PySide6 is back as it was
    assert report["same_class"] is True
    assert report["held_after_use"] is True
    assert report["opengl_shim"] == "QOpenGLWidget"
    assert report["points"] == [2.0, 0.0, 1.0]
    assert report["again"] is True
