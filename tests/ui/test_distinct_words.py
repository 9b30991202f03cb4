"""Words a Russian or Kazakh reader must not confuse: the reason of an act and the legal grounds of a custody."""
from __future__ import annotations

import pytest

from printing.labels import Labels
from register.wording import word

CONFUSABLE = [("reason", "grounds"), ("reason", "trigger")]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("one, other", CONFUSABLE)
def test_reason_and_grounds_are_different_words(lang, one, other):
    def stem(text: str) -> str:  # "Основание" and "Основания" are one word to a reader
        return text.casefold()[:6]

    labels = Labels(lang)
    assert stem(labels.field(one)) != stem(labels.field(other))
    assert stem(word("field", one, lang)) != stem(word("field", other, lang))
