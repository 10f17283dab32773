"""Compile the bytecode of the project and its packages, as an installed app has it.

Start-up benchmarks call `ensure_bytecode` first: without cached bytecode every start
compiles pandas, pyqtgraph and the project from source, which no installed app does (and
``PYTHONDONTWRITEBYTECODE`` keeps Python from caching it by itself).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import sysconfig

PROJECT = ("core", "gui")


def ensure_bytecode() -> None:
    """Write missing or stale ``.pyc`` files for the project and site-packages (quietly).

    The project is compiled where Python finds it (``PYTHONPATH`` included), so that a
    benchmark of another checkout compiles that one.
    """
    folders = []
    for name in PROJECT:
        spec = importlib.util.find_spec(name)
        folders += list(spec.submodule_search_locations or []) if spec else []
    folders.append(sysconfig.get_paths()["purelib"])
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", *folders],
        check=False,  # a file that does not compile is one the app never imports
        stdout=subprocess.DEVNULL,
    )
