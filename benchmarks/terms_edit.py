"""Benchmark a deal-term edit: the session's undoable set, then the projection it makes.

Run: ``uv run python benchmarks/terms_edit.py [--edits N]``. Offscreen, the April 2026
contract, one Base scenario on the app defaults, selected and dated versions. Each edit
sets the revenue-share cap to a value not used before (no projection cache hit) through
``Session.set_terms`` (validated like the loader, one undo step) and reads the projection.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from core.edits.documents import Document
from core.files import bundled_contracts
from core.workspace import Scenario, Settings, Workspace
from gui.session import Session

NEWEST = "microsoft-openai-2026-04"


def main() -> None:
    """Print the median and worst time of a cap edit, per versions setting."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=50)
    edits = parser.parse_args().edits
    app = QApplication.instance() or QApplication([])
    contract = bundled_contracts()[NEWEST]
    for versions in ("selected", "dated"):
        settings = Settings(start_year=2025, end_year=2035, versions=versions)
        workspace = Workspace(
            contract=NEWEST, settings=settings, scenarios=(Scenario(name="Base"),)
        )
        session = Session(Document(workspace, contract, None))
        times = []
        for i in range(edits):
            start = time.perf_counter()
            session.set_terms({"revenue-share.cap_total": 40.0 + i * 0.5})
            session.projection.key_figures["revenue_share_total"]
            times.append((time.perf_counter() - start) * 1000.0)
        print(
            f"{versions:>8}: cap edit to projection, median {statistics.median(times):.1f} ms, "
            f"max {max(times):.1f} ms over {edits} edits"
        )
    del app


if __name__ == "__main__":
    main()
