"""Texts of the desktop: filling a translated sentence, and following a change of language.

`tr_args("%1 — custody %2", name, custody)` fills every `%N` in one pass, so a value
that itself contains `%2` is shown as typed (chained `.replace` would rewrite it).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent

_MARKER = re.compile(r"%(\d+)")


def tr_args(text: str, *values: object) -> str:
    """`text` with `%1`, `%2`, … replaced by `values` in one pass; a marker without a value stays."""
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)
    return _MARKER.sub(value, text)


class Retranslating:
    """Mixin for a widget that sets its texts in `retranslate()`: Qt's LanguageChange calls it again.

    Put it before the Qt class: `class BoardView(Retranslating, QWidget)`.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
