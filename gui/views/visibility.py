"""Whether a view can be seen: hidden views, and docks behind another tab, skip redraws."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def is_on_screen(widget: QWidget) -> bool:
    """True when some part of `widget` is visible (a dock behind another tab is not)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()
