"""The app's language: Qt's translator for gui/, gettext for the core, and the QLocale.

English is the source language. The language is chosen once at start-up: ``--lang``, else
the one saved by View > Language, else the system's (`desktop_language`).
The ``.qm`` catalogues under ``resources/i18n`` are built from the ``.ts`` sources by
``uv run python tools/translations.py``.
"""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from core.present.i18n import LANGUAGES, set_language, system_language
from core.resources import RESOURCES_DIR

SETTING = "view/language"
"""The QSettings key of the language chosen in View > Language."""

CATALOGUES = RESOURCES_DIR / "i18n"
"""Where ``dealscope_<lang>.ts`` and the compiled ``dealscope_<lang>.qm`` live."""

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""The variables `core.present.i18n.system_language` reads, in its order."""

_QT_LANGUAGES = {"en": QLocale.Language.English, "fr": QLocale.Language.French}
_QT_TERRITORIES = {"en": QLocale.Country.UnitedStates, "fr": QLocale.Country.France}
_installed: list[QTranslator] = []


def saved_language(settings: QSettings) -> str | None:
    """The language saved by View > Language, or None when none (or an unknown one) is."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else None


def chosen_language(settings: QSettings, requested: str | None = None) -> str:
    """The language to start in: `requested` (``--lang``), the saved one, or the system's."""
    if requested in LANGUAGES:
        return str(requested)
    return saved_language(settings) or desktop_language()


def desktop_language() -> str:
    """The system's language: from the locale variables, else the desktop's setting.

    The variables are read as the core reads them; Windows and macOS set none for an app
    they start, so then Qt's system locale tells.
    """
    if any(os.environ.get(name) for name in LOCALE_VARIABLES):
        return system_language()
    code = QLocale.system().name()  # "fr_FR"
    primary = code.split("_")[0].lower()
    return primary if primary in LANGUAGES else "en"


def install_language(app: QCoreApplication, lang: str) -> None:
    """Speak `lang` in the app and the core; typed and shown numbers follow its QLocale.

    Raises
    ------
    ValueError
        When `lang` is not one of `LANGUAGES`.
    """
    set_language(lang)  # raises on an unknown language, before Qt is touched
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"dealscope_{lang}", str(CATALOGUES)), (f"qtbase_{lang}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):  # Qt's own catalogue names its standard buttons
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(lang))


def locale_for(lang: str) -> QLocale:
    """The system's QLocale when it speaks `lang`, else the language's usual one."""
    system = QLocale.system()
    if system.language() == _QT_LANGUAGES[lang]:
        return system
    return QLocale(_QT_LANGUAGES[lang], _QT_TERRITORIES[lang])


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` of a module-level table for lupdate under `context`; shown translated.

    Qt's own helper of that name is typed to return ``object``; lupdate knows it by name.
    """
    return text


def translate(context: str, text: str) -> str:
    """`text` under `context` in the app's language, outside a QObject (where `tr` is).

    lupdate reads a call to a function of this name as ``QCoreApplication.translate``; a
    ``%n`` plural goes through ``self.tr(text, "", n)``, which lupdate reads as one.
    """
    return QCoreApplication.translate(context, text)


def help_menu_action(window: QMainWindow) -> QAction | None:
    """The menu bar's Help entry of `window`: the window's `help_menu`, else one named Help.

    Found by object first, as its text is translated.
    """
    menu = getattr(window, "help_menu", None)
    if isinstance(menu, QMenu):
        return menu.menuAction()
    helps = (a for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    return next(helps, None)


def long_date(day: dt.date) -> str:
    """`day`, its month in words, in the app's QLocale: ``27 April 2026`` / ``27 avril 2026``."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMMM yyyy")


def short_date(day: dt.date) -> str:
    """`day` with its month abbreviated in the app's QLocale: ``27 Apr 2026``."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM yyyy")
