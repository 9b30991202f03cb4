"""The register's refusals and findings in the officer's language.

The register raises codes with parameters (register/errors.py); this says a code in the interface's
language from the one table of sentences (register/wording.py), never by recognising English text.
"""
from __future__ import annotations

from register.errors import RegisterError
from register.faults import explain
from register.opening import database_name
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


def fault_sentence(error: BaseException, widget: object = None) -> str | None:
    """A fault of the database, its server or its disk met in the middle of a session (the server stopped,
    the file made unreadable) as the register's own sentence (register/faults.py) in the interface's language,
    naming the register the window of `widget` works on; None when `error` is no such fault."""
    fault = explain(error, _location_of(widget))
    return translate_message(fault) if fault is not None else None


def _location_of(widget: object) -> str:
    """The register a widget (or the window or dialog it belongs to) works on, as a person names it."""
    while widget is not None:
        register = getattr(widget, "register", None)
        if register is not None and hasattr(register, "url"):
            return database_name(register.url)
        widget = widget.parent() if hasattr(widget, "parent") else None
    return "?"
