"""Runtime language: Qt's own catalogue plus every `*_<lang>.qm` in resources/translations.

Translators are application-wide in Qt, so they are kept here, once per process.
Installing them makes Qt send LanguageChange to every widget; each of our
widgets answers by setting its texts again (`retranslate`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import RESOURCES
from ui.logbook import LOGGER

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("en", "ru", "kk")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}  # each in its own language

_installed: list[QTranslator] = []


def current_language() -> str:
    """The language the interface is in now (domain words and rule titles follow it)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def system_language() -> str:
    """The station's own language when we have it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install(lang: str) -> None:
    """Switch every catalogue to `lang`; open windows retranslate themselves."""
    if lang not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    _load(app, f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for qm in sorted(TRANSLATIONS.glob(f"*_{lang}.qm")):
        _load(app, qm.stem, str(TRANSLATIONS))
    # A build that left catalogues behind shows English silently; the log says how many were found.
    LOGGER.info("interface language %s: %d catalogues loaded", lang, len(_installed))


def _load(app: QCoreApplication, name: str, directory: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, directory):
        app.installTranslator(translator)
        _installed.append(translator)
