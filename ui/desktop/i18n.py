"""Runtime language: Qt's own catalogue plus every `*_<lang>.qm` in resources/translations.

Installing translators makes Qt send LanguageChange to every widget; each of
our widgets answers it by re-setting its texts (`retranslate`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("en", "ru", "kk")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}  # each in its own language


def current_language() -> str:
    """The language the interface is in now (domain words and rule titles follow it)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


class Translations:
    """Swaps the application's translators when the officer picks another language."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []

    def install(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(lang))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(f"qtbase_{lang}", qt_dir)
        for qm in sorted(TRANSLATIONS.glob(f"*_{lang}.qm")):
            self._load(qm.stem, str(TRANSLATIONS))

    def _load(self, name: str, directory: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, directory):
            self._app.installTranslator(translator)
            self._installed.append(translator)
