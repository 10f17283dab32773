"""Run a script in a new interpreter: what a fresh process imports is checked there."""

from __future__ import annotations

import subprocess
import sys


def fresh_python(script: str, *args: str) -> str:
    """Standard output of `script` run by ``python -c`` with `args`; fails on a non-zero exit."""
    run = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    )
    return run.stdout
