"""The register's refusals and findings in the officer's language.

The register raises codes with parameters (register/errors.py); this says a code in the interface's
language from the one table of sentences (register/wording.py), never by recognising English text.
"""
from __future__ import annotations

from register.errors import RegisterError
from register.wording import render
from ui.desktop.i18n import current_language


def translate_message(said: object, lang: str | None = None) -> str:
    """A refusal, or a sentence carrying its code, in `lang` (default: the interface's); any other text
    (a sentence the desktop translated already, a file system's error) as it is."""
    code, params = getattr(said, "code", None), getattr(said, "params", None)
    if isinstance(said, (RegisterError, str)) and code is not None and params is not None:
        return render(code, params, lang or current_language())
    return str(said) if said is not None else ""


def translate_sentence(said: object, lang: str | None = None) -> str:
    """`translate_message` shown on its own in a dialog: capitalised and ended with a full stop."""
    text = translate_message(said, lang)
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
