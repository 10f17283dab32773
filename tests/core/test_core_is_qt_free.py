"""The dependency rule: importing the whole core loads no Qt, no plotting and no gui."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import core


def test_importing_every_core_module_loads_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(core.__path__, "core.")]
    assert "core.engine" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', "
        "'pyqtgraph', 'gui'}]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
