"""Every colour of the app and the brief, as plain hex values: the only place one is written.

The app's colours come in (light, dark) pairs (`PAIRS`); `gui.theme.colour` picks the member
for the theme in use. Series colours read the same in both themes. The brief is printed on
white and read in grayscale too, so its colours (`BRIEF`, `SCENARIOS`, ...) are single values.
Hex is ``#rrggbb`` or ``#rrggbbaa`` (with alpha).
"""

from __future__ import annotations

from typing import Final

Pair = tuple[str, str]
"""A colour for the light theme and one for the dark theme."""


def same(value: str) -> Pair:
    """A colour that reads well on both themes."""
    return value, value


CONFIDENCE: Final[dict[str, str]] = {
    "official": "#1F6F50",
    "reported": "#D9A13B",
    "assumed": "#8C96A3",
}
"""On screen, by confidence tag: the brief's hues, assumed a shade darker to read on screen."""

SERIES: Final[dict[str, str]] = {
    # money charts
    "revenue": "#1f77b4",
    "profit": "#2ca02c",
    "paid": "#d62728",
    "received": "#9467bd",
    "cumulative_share": "#1f77b4",
    "cumulative_profit_share": "#ff7f0e",
    "cap": "#d62728",
    # compute chart
    "own": "#2ca02c",
    "partner": "#1f77b4",
    "others": "#9467bd",
    "shortfall": "#d62728",
    # AGI chart
    "measure": "#1f77b4",
    "threshold": "#d62728",
    "determination": "#ff7f0e",
    "effective": "#8c564b",
    # reported figures over the projection
    "actual": "#111111",
    # analyses: sensitivity, Monte Carlo fans and histograms
    "band": "#bcd0e5",
    "band_edge": "#8fb0d0",
    "median": "#1f4e79",
    "low": "#d9822b",
    "high": "#1f4e79",
    "scenario": "#777777",
}
"""The app's chart series, by role; the same in the light and the dark theme."""

PAIRS: Final[dict[str, Pair]] = {
    # name: (light, dark)
    "plot_background": ("#ffffff", "#1e2127"),
    "plot_axis": ("#444444", "#c5cad3"),
    "plot_legend": ("#ffffff96", "#1e212796"),
    "plot_note": ("#666666", "#9aa2ad"),
    "muted_text": ("#666666", "#9aa2ad"),
    "card_title": ("#4a5360", "#b8c0cc"),
    "changed_text": ("#1565c0", "#7fb2f0"),
    "problem_text": ("#b3261e", "#f28b82"),
    "cell_differs": ("#fff3cd", "#4a3f1c"),
    "cell_differs_text": ("#5c4400", "#f3d98b"),
    "cell_unused_text": ("#9e9e9e", "#6f7680"),
    "cell_refused": same("#d32f2f"),
    "cell_changed": same("#e69500"),
    "table_muted": same("#777777"),
    "version_current_row": ("#EEF3F8", "#2C323B"),
    "text_added": ("#1F6F50", "#6FC49B"),
    "text_removed": ("#B03A2E", "#F0776A"),
    # The timeline (gui.views.timeline_style.timeline_colour).
    "timeline_ink": ("#1B2430", "#E3E7ED"),
    "timeline_muted": ("#5B6675", "#A3ADBA"),
    "timeline_rule": ("#D5DAE1", "#3A414C"),
    "timeline_band": ("#F4F6F9", "#252A31"),
    "timeline_horizon": ("#EAF1F8", "#1F2B38"),
    "timeline_marker": ("#B03A2E", "#F0776A"),
    "timeline_today": ("#2F6DB5", "#6FA5E8"),
    "timeline_selected": ("#1B2430", "#E3E7ED"),
    "timeline_background": ("#FFFFFF", "#1E2127"),
    "timeline_paper": ("#FFFFFF", "#1E2127"),
    "timeline_version_fill": ("#E4E9F0", "#2C323B"),
    "timeline_version_current": ("#C4D6EC", "#2D4866"),
    "timeline_version_edge": ("#8E9DB0", "#66758A"),
    "timeline_cluster": ("#3A4A5E", "#8E9BAE"),
    "timeline_event": ("#3A4A5E", "#A3ADBA"),
}
"""Every colour pair of the app, light first."""

DARK_WINDOW: Final[dict[str, str]] = {
    # QPalette.ColorRole name: colour, for the Fusion style's Dark theme
    "Window": "#2b2f36",
    "WindowText": "#e3e7ed",
    "Base": "#1e2127",
    "AlternateBase": "#2f343c",
    "ToolTipBase": "#3a414c",
    "ToolTipText": "#e3e7ed",
    "PlaceholderText": "#8b93a0",
    "Text": "#e3e7ed",
    "Button": "#353a42",
    "ButtonText": "#e3e7ed",
    "BrightText": "#ff6b6b",
    "Light": "#4a515c",
    "Midlight": "#3f454f",
    "Mid": "#6b7380",
    "Dark": "#15171b",
    "Shadow": "#0b0c0e",
    "Highlight": "#3d7bd9",
    "HighlightedText": "#ffffff",
    "Link": "#7fb2f0",
    "LinkVisited": "#b39ddb",
}
"""The window palette of the Dark theme, by Qt colour role."""

DARK_DISABLED_TEXT: Final = "#7a828e"
"""Disabled text in the Dark theme."""

BRIEF: Final[dict[str, str]] = {
    "ink": "#1B2430",
    "muted": "#5B6675",
    "rule": "#D5DAE1",
    "band": "#F3F5F8",
    "accent": "#1F4E79",
    "accent_light": "#E6EEF6",
    "highlight": "#FFF4D6",
    "white": "#FFFFFF",
    "marker": "#B03A2E",
    "horizon": "#EAF0F7",
    "analysis_band": "#BCD0E5",
}
"""The brief's ink, rules, bands and accents."""

BRIEF_SCENARIOS: Final[tuple[str, ...]] = (
    "#1F4E79",
    "#D9822B",
    "#2A9D8F",
    "#8E5EA2",
    "#C0392B",
    "#6C7A89",
)
"""One colour per scenario, in workspace order; chosen to stay apart for colour-blind readers."""

BRIEF_CONFIDENCE: Final[dict[str, str]] = {**CONFIDENCE, "assumed": "#A7AFBA"}
"""The brief's timeline bars and sources swatches: the screen's hues, assumed lighter in print."""

BRIEF_SOURCES: Final[dict[str, str]] = {
    "partner_gw": "#1F4E79",
    "others_gw": "#A7AFBA",
    "own_used_gw": "#2A9D8F",
}
"""Compute by source in the brief: partner cloud, other clouds, the lab's own capacity."""

BRIEF_VERSION_SHADES: Final[tuple[str, str]] = ("#E6EEF6", "#C9D7E8")
"""Alternating fills of the brief's version band (light enough for the names in ink)."""


def pair(name: str) -> Pair:
    """The (light, dark) pair called `name`; KeyError naming it when there is none."""
    try:
        return PAIRS[name]
    except KeyError:
        raise KeyError(f"no colour called {name!r} in core.present.palette.PAIRS") from None


def hex_colour(name: str, dark: bool = False) -> str:
    """The hex of colour `name` for the dark theme (`dark`) or the light one."""
    light, dark_hex = pair(name)
    return dark_hex if dark else light
