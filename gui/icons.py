"""Turn the SVG files in resources/icons/ into QIcons (scaled crisply at any DPI)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from core.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """Return the icon `resources/icons/<name>.svg`; an empty icon if it is missing."""
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))
    except FileNotFoundError:
        return QIcon()
