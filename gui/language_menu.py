"""View > Language: English or Français, remembered; it takes effect at the next start."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from core.present.i18n import language
from gui.language import SETTING

CHOICES = (("en", "English"), ("fr", "Français"))
"""Each language by its own name, as language menus show them (never translated)."""


class LanguageMenu(QObject):
    """Adds the Language submenu to `view_menu`; a choice is saved for the next start."""

    def __init__(self, view_menu: QMenu, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._window = parent
        menu = view_menu.addMenu(self.tr("&Language"))
        self.menu = menu
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for key, name in CHOICES:
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(key == language())
            action.setData(key)
            action.setStatusTip(
                self.tr("Use {language} from the next start").format(language=name)
            )
            group.addAction(action)
            menu.addAction(action)
            self.actions[key] = action
        group.triggered.connect(self._on_triggered)
        # Tests replace this to read the message without a modal dialog.
        self.tell = self._tell

    def choose(self, lang: str) -> None:
        """Save `lang` for the next start and say that a restart applies it."""
        self.actions[lang].setChecked(True)
        self._settings.setValue(SETTING, lang)
        if lang == language():
            self.tell(self.tr("Dealscope speaks this language already."))
        elif lang == "fr":
            self.tell(
                self.tr(
                    "Dealscope will speak French the next time it starts. "
                    "Quit and open it again to switch now."
                )
            )
        else:
            self.tell(
                self.tr(
                    "Dealscope will speak English the next time it starts. "
                    "Quit and open it again to switch now."
                )
            )

    def _on_triggered(self, action: QAction) -> None:
        self.choose(str(action.data()))

    def _tell(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Language"), message, parent=self._window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
