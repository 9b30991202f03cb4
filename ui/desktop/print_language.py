"""The language a printout is made in: the interface's, until the user (or the detainee's own) picks another.

A choice made once at start kept the sign-in's language after the user switched the interface to another,
so a Kazakh-speaking officer printed in Russian without noticing.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from ui.desktop.i18n import LANGUAGE_NAMES, LANGUAGES, current_language
from ui.desktop.texts import Retranslating


class PrintLanguageBox(Retranslating, QComboBox):
    """The offered languages (each named in itself); follows the interface language until one is chosen."""

    def __init__(self, offered: Sequence[str] = LANGUAGES, parent: QWidget | None = None):
        super().__init__(parent)
        for lang in LANGUAGES:
            if lang in offered:
                self.addItem(LANGUAGE_NAMES[lang], lang)
        self._chosen = False
        self.activated.connect(self._picked)
        self.follow_interface()

    def choose(self, lang: str) -> None:
        """A language chosen for the reader (the detainee's own): kept when the interface changes."""
        index = self.findData(lang)
        if index >= 0:
            self.setCurrentIndex(index)
            self._chosen = True

    def retranslate(self) -> None:
        """The names stay in their own languages; the choice follows the interface unless one was made."""
        self.follow_interface()

    def follow_interface(self) -> None:
        if not self._chosen:
            self.setCurrentIndex(max(0, self.findData(current_language())))

    def _picked(self, _index: int) -> None:
        self._chosen = True
