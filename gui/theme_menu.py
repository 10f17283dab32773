"""View > Theme: System, Light or Dark, remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gui.language import QT_TRANSLATE_NOOP
from gui.theme import SETTING, Mode, apply_theme, saved_mode, saved_mode_of

CHOICES = (
    ("system", QT_TRANSLATE_NOOP("ThemeMenu", "&System")),
    ("light", QT_TRANSLATE_NOOP("ThemeMenu", "&Light")),
    ("dark", QT_TRANSLATE_NOOP("ThemeMenu", "&Dark")),
)


class ThemeMenu(QObject):
    """Adds the Theme submenu to `view_menu` and applies the saved theme."""

    def __init__(self, view_menu: QMenu, settings: QSettings, parent: QObject) -> None:
        super().__init__(parent)
        self._settings = settings
        menu = view_menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        mode = saved_mode(settings)
        for key, text in CHOICES:
            text = self.tr(text)
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(key == mode)
            action.setData(key)
            action.setStatusTip(self.tr("Colours: {value}").format(value=text.replace("&", "")))
            group.addAction(action)
            menu.addAction(action)
            self.actions[key] = action
        group.triggered.connect(self._on_triggered)
        if mode != "system":
            apply_theme(mode)

    def set_theme(self, mode: Mode) -> None:
        """Use theme `mode` now and in later sessions."""
        self.actions[mode].setChecked(True)
        apply_theme(mode)
        self._settings.setValue(SETTING, mode)

    def _on_triggered(self, action: QAction) -> None:
        self.set_theme(saved_mode_of(str(action.data())))
