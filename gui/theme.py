"""Light and dark: the app's colour pairs and the View > Theme choice (System, Light, Dark).

Every colour a view draws itself comes from `colour(name)`, which picks the light or the dark
member of the pair for the theme in use; views that paint with them listen to
`theme_notifier().changed`. Widgets otherwise follow the palette.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Mode = Literal["system", "light", "dark"]
MODES: tuple[Mode, ...] = ("system", "light", "dark")
SETTING = "view/theme"

PAIRS: dict[str, tuple[str, str]] = {
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
    # The timeline's colours (gui.views.timeline_style.timeline_colour).
    "timeline_ink": ("#1B2430", "#E3E7ED"),
    "timeline_muted": ("#5B6675", "#A3ADBA"),
    "timeline_rule": ("#D5DAE1", "#3A414C"),
    "timeline_band": ("#F4F6F9", "#252A31"),
    "timeline_horizon": ("#EAF1F8", "#1F2B38"),
    "timeline_marker": ("#B03A2E", "#F0776A"),
    "timeline_today": ("#2F6DB5", "#6FA5E8"),
    "timeline_selected": ("#1B2430", "#E3E7ED"),
    "timeline_background": ("#FFFFFF", "#1E2127"),
}
"""Every colour pair, light first; hex with an optional alpha byte (#rrggbbaa)."""


class ThemeNotifier(QObject):
    """Emits `changed(dark)` when the theme in use switches between light and dark."""

    changed = Signal(bool)


_notifier: ThemeNotifier | None = None
_mode: Mode = "system"
_system: tuple[str, QPalette] | None = None  # the style and palette the app started with


def theme_notifier() -> ThemeNotifier:
    """The one notifier; created on first use."""
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(_on_system_scheme_changed)
    return _notifier


def is_dark() -> bool:
    """True when the palette in use is dark (its window darker than its text)."""
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def colour(name: str, dark: bool | None = None) -> QColor:
    """The colour called `name` for the theme in use (or for `dark` when given)."""
    light_hex, dark_hex = PAIRS[name]
    chosen = dark_hex if (is_dark() if dark is None else dark) else light_hex
    if len(chosen) == 9:  # #rrggbbaa
        result = QColor(chosen[:7])
        result.setAlpha(int(chosen[7:], 16))
        return result
    return QColor(chosen)


def css(name: str) -> str:
    """`colour(name)` for a style sheet."""
    found = colour(name)
    return f"rgba({found.red()}, {found.green()}, {found.blue()}, {found.alpha()})"


def dark_palette() -> QPalette:
    """The Fusion palette of the Dark theme."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2f36",
        role.WindowText: "#e3e7ed",
        role.Base: "#1e2127",
        role.AlternateBase: "#2f343c",
        role.ToolTipBase: "#3a414c",
        role.ToolTipText: "#e3e7ed",
        role.PlaceholderText: "#8b93a0",
        role.Text: "#e3e7ed",
        role.Button: "#353a42",
        role.ButtonText: "#e3e7ed",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a515c",
        role.Midlight: "#3f454f",
        role.Mid: "#6b7380",
        role.Dark: "#15171b",
        role.Shadow: "#0b0c0e",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#7fb2f0",
        role.LinkVisited: "#b39ddb",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a828e"))
    return palette


def current_mode() -> Mode:
    """The theme chosen in View > Theme."""
    return _mode


def apply_theme(mode: Mode) -> None:
    """Use `mode`'s style and palette in the whole app, and tell the views if it changed."""
    global _mode, _system
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system is None:
        _system = (app.style().name(), app.palette())
    was_dark = is_dark()
    _mode = mode
    if mode == "system":
        app.setStyle(QStyleFactory.create(_system[0]) or app.style())
        app.setPalette(_system[1])
    else:
        app.setStyle(QStyleFactory.create("Fusion") or app.style())
        fusion = app.style().standardPalette()
        app.setPalette(dark_palette() if mode == "dark" else fusion)
    if is_dark() != was_dark:
        theme_notifier().changed.emit(is_dark())


def saved_mode(settings: QSettings) -> Mode:
    """The theme saved in `settings`, System when none or unknown."""
    return saved_mode_of(str(settings.value(SETTING, "system")))


def saved_mode_of(value: str) -> Mode:
    """`value` as a theme, System when unknown."""
    return next((mode for mode in MODES if mode == value), "system")


def _on_system_scheme_changed(_: Qt.ColorScheme) -> None:
    """The system switched light/dark: in System mode Qt has changed the palette already."""
    if _mode == "system":
        theme_notifier().changed.emit(is_dark())
