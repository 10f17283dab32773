"""Colours and words the timeline, its legend and the clause inspector share."""

from __future__ import annotations

from PySide6.QtGui import QColor

from gui.language import QT_TRANSLATE_NOOP

CONFIDENCE_COLOURS: dict[str, str] = {
    "official": "#1F6F50",
    "reported": "#D9A13B",
    "assumed": "#8C96A3",
}
"""Same hues as the PDF brief (core.report.styles), assumed a shade darker to read on screen."""

CONFIDENCE_LEVELS = (
    QT_TRANSLATE_NOOP("TimelineLegend", "Official"),
    QT_TRANSLATE_NOOP("TimelineLegend", "Reported"),
    QT_TRANSLATE_NOOP("TimelineLegend", "Assumed"),
)
"""The confidence tags as the legend names them (marked for translation)."""

CONFIDENCE_WORDS: dict[str, str] = {
    "official": QT_TRANSLATE_NOOP("TimelineLegend", "the companies' own statements"),
    "reported": QT_TRANSLATE_NOOP("TimelineLegend", "named press reporting"),
    "assumed": QT_TRANSLATE_NOOP(
        "TimelineLegend", "our reading where sources conflict or say nothing"
    ),
}

INK = "#1B2430"
MUTED = "#5B6675"
RULE = "#D5DAE1"
BAND = "#F4F6F9"
HORIZON = "#EAF1F8"
MARKER = "#B03A2E"
TODAY = "#2F6DB5"
SELECTED = "#1B2430"


def confidence_colour(confidence: str) -> QColor:
    """The strong colour of a confidence level (bar edge, badge)."""
    return QColor(CONFIDENCE_COLOURS.get(confidence, CONFIDENCE_COLOURS["assumed"]))


def confidence_fill(
    confidence: str, strength: float = 0.28, paper: QColor | None = None
) -> QColor:
    """The light fill of a confidence level: its colour mixed into `paper` (default white)."""
    colour = confidence_colour(confidence)
    base = paper if paper is not None else QColor(255, 255, 255)
    mix = [
        round(b + (c - b) * strength)
        for c, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (base.red(), base.green(), base.blue()),
            strict=True,
        )
    ]
    return QColor(*mix)


# The band of contract versions in force, the event clusters and the label backdrop.
PAPER = "#FFFFFF"
VERSION_FILL = "#E4E9F0"
VERSION_CURRENT = "#C4D6EC"
VERSION_EDGE = "#8E9DB0"
CLUSTER = "#3A4A5E"
EVENT = "#3A4A5E"
LABEL_BACKDROP_ALPHA = 215
"""How opaque the backdrop behind a bar title is, so a marker line never crosses the text."""


OWN_PAIRS: dict[str, tuple[str, str]] = {
    # name: (light, dark); the timeline's colours gui.theme does not hold.
    "paper": (PAPER, "#1E2127"),
    "version_fill": (VERSION_FILL, "#2C323B"),
    "version_current": (VERSION_CURRENT, "#2D4866"),
    "version_edge": (VERSION_EDGE, "#66758A"),
    "cluster": (CLUSTER, "#8E9BAE"),
    "event": (EVENT, "#A3ADBA"),
}


def timeline_colour(name: str) -> QColor:
    """The timeline's colour `name` for the theme in use (light or dark).

    `name` is one of ink, muted, rule, band, horizon, marker, today, selected, background
    (pairs in gui.theme), or of `OWN_PAIRS`: the constants above for the light theme, a dark
    pair for the dark one. Redraw on ``gui.theme.theme_notifier().changed``.
    """
    from gui.theme import colour, is_dark

    pair = OWN_PAIRS.get(name)
    if pair is not None:
        return QColor(pair[1] if is_dark() else pair[0])
    return colour(f"timeline_{name}")


def bar_fill(confidence: str, strength: float = 0.28) -> QColor:
    """A confidence level's fill mixed into the timeline's background for the theme."""
    return confidence_fill(confidence, strength, timeline_colour("background"))
