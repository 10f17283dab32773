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

from core.present.palette import DARK_DISABLED_TEXT, DARK_WINDOW, hex_colour
from core.present.palette import PAIRS as PAIRS

Mode = Literal["system", "light", "dark"]
MODES: tuple[Mode, ...] = ("system", "light", "dark")
SETTING = "view/theme"


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


_dark: bool | None = None  # is_dark() of the palette last seen; reset when the theme changes
_colours: dict[tuple[str, bool], QColor] = {}


def palette_is_dark() -> bool:
    """True when the application palette is dark (its window darker than its text)."""
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def is_dark() -> bool:
    """True when the theme in use is dark; cached, as grid cells ask on every paint."""
    global _dark
    if _dark is None:
        _dark = palette_is_dark()
    return _dark


def colour(name: str, dark: bool | None = None) -> QColor:
    """The colour called `name` for the theme in use (or for `dark` when given)."""
    key = (name, is_dark() if dark is None else dark)
    found = _colours.get(key)
    if found is None:
        chosen = hex_colour(name, key[1])
        found = QColor(chosen[:7])
        if len(chosen) == 9:  # #rrggbbaa
            found.setAlpha(int(chosen[7:], 16))
        _colours[key] = found
    return QColor(found)


def css(name: str) -> str:
    """`colour(name)` for a style sheet."""
    found = colour(name)
    return f"rgba({found.red()}, {found.green()}, {found.blue()}, {found.alpha()})"


def dark_palette() -> QPalette:
    """The Fusion palette of the Dark theme."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, value in DARK_WINDOW.items():
        palette.setColor(getattr(role, name), QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(DARK_DISABLED_TEXT))
    return palette


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
    _forget_palette()
    if is_dark() != was_dark:
        theme_notifier().changed.emit(is_dark())


def _forget_palette() -> None:
    global _dark
    _dark = None


def saved_mode(settings: QSettings) -> Mode:
    """The theme saved in `settings`, System when none or unknown."""
    return saved_mode_of(str(settings.value(SETTING, "system")))


def saved_mode_of(value: str) -> Mode:
    """`value` as a theme, System when unknown."""
    return next((mode for mode in MODES if mode == value), "system")


def _on_system_scheme_changed(_: Qt.ColorScheme) -> None:
    """The system switched light/dark: in System mode Qt has changed the palette already."""
    if _mode == "system":
        _forget_palette()
        theme_notifier().changed.emit(is_dark())
