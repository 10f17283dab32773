"""Colours and words the timeline, its legend and the clause inspector share."""

from __future__ import annotations

from PySide6.QtGui import QColor

from core.present.palette import CONFIDENCE, hex_colour

CONFIDENCE_COLOURS: dict[str, str] = CONFIDENCE
"""Same hues as the PDF brief, assumed a shade darker to read on screen (core.present.palette)."""

CONFIDENCE_WORDS: dict[str, str] = {
    "official": "the companies' own statements",
    "reported": "named press reporting",
    "assumed": "our reading where sources conflict or say nothing",
}

INK = hex_colour("timeline_ink")
MUTED = hex_colour("timeline_muted")
MARKER = hex_colour("timeline_marker")
"""Light-theme hex of the timeline's ink, muted text and marker, for rich text."""

LABEL_BACKDROP_ALPHA = 215
"""How opaque the backdrop behind a bar title is, so a marker line never crosses the text."""


def confidence_colour(confidence: str) -> QColor:
    """The strong colour of a confidence level (bar edge, badge)."""
    return QColor(CONFIDENCE_COLOURS.get(confidence, CONFIDENCE_COLOURS["assumed"]))


def confidence_fill(
    confidence: str, strength: float = 0.28, paper: QColor | None = None
) -> QColor:
    """The light fill of a confidence level: its colour mixed into `paper` (default white)."""
    colour = confidence_colour(confidence)
    base = paper if paper is not None else QColor(hex_colour("timeline_paper"))
    mix = [
        round(b + (c - b) * strength)
        for c, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (base.red(), base.green(), base.blue()),
            strict=True,
        )
    ]
    return QColor(*mix)


def timeline_colour(name: str) -> QColor:
    """The timeline's colour `name` for the theme in use (light or dark).

    `name` is a pair ``timeline_<name>`` of core.present.palette: ink, muted, rule, band,
    horizon, marker, today, selected, background, paper, version_fill, version_current,
    version_edge, cluster, event. Redraw on ``gui.theme.theme_notifier().changed``.
    """
    from gui.theme import colour

    return colour(f"timeline_{name}")


def bar_fill(confidence: str, strength: float = 0.28) -> QColor:
    """A confidence level's fill mixed into the timeline's background for the theme."""
    return confidence_fill(confidence, strength, timeline_colour("background"))
