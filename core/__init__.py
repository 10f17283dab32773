"""Dealscope's calculation core: contracts, workspaces, the engine, comparisons, briefs.

Pure Python (numpy, pandas, pydantic, ReportLab); never imports Qt. The desktop app,
the command line and the PDF briefs are its clients.
"""

from __future__ import annotations

MODEL_VERSION = "2"
"""Version of the calculation contract (docs/model.md) the engine implements."""
