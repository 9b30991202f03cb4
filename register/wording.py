"""The register's sentences in English, Russian and Kazakh, rendered from one table keyed by code.

resources/translations/messages.toml holds each sentence's templates with {named} parameters, and
the words a sentence may name (fields, event types, record kinds, roles, permissions) in the three
languages. A template is filled in one pass, so a value that looks like a placeholder stays as it is;
every value from outside is shown with its control characters escaped, so that a hostile file can
neither break a one-line message in two nor send escape sequences to a terminal.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from datetime import datetime
from functools import lru_cache
from typing import Any, Mapping

from resources import RESOURCES

TABLE = RESOURCES / "translations" / "messages.toml"
LANGUAGES = ("en", "ru", "kk")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Characters that break or garble a line, or hide what it says: controls (NEL among them), the line and
# paragraph separators str.splitlines() splits on, formatting marks (bidirectional overrides, zero-width),
# surrogates, private-use and unassigned code points.
HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# Parameters named so are words of the vocabulary, looked up in the table's section of that name.
WORD_SECTIONS = {"field": "field", "event_type": "event", "kind": "kind", "role": "role", "roles": "role",
                 "permission": "permission"}


@lru_cache(maxsize=1)
def table() -> Mapping[str, Any]:
    with TABLE.open("rb") as handle:
        return tomllib.load(handle)


def printable(text: str) -> str:
    """`text` with every hidden character written as its escape, e.g. NEL as \\x85."""
    if text.isprintable():
        return text
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in HIDDEN else ch
                   for ch in text)


def render(code: str, params: Mapping[str, Any], lang: str = "en") -> str:
    """The sentence `code` in `lang`, its placeholders filled with `params` in one pass."""
    entry = table()["message"].get(code)
    if entry is None:  # a code missing from the table still says something: tests keep the table complete
        return printable(f"{code} {dict(params)}")
    return PLACEHOLDER.sub(lambda m: _value(m.group(1), params, lang), entry.get(lang) or entry["en"])


def word(section: str, key: str, lang: str) -> str:
    """A word of the vocabulary in `lang`; an unknown one (a field a file made up) as itself, quoted in English
    (the Russian and Kazakh templates quote every word)."""
    entry = table()[section].get(key)
    if entry:
        return entry[lang]
    return f"'{printable(key)}'" if lang == "en" else printable(key)


def _value(name: str, params: Mapping[str, Any], lang: str) -> str:
    value = params.get(name)
    if hasattr(value, "code") and hasattr(value, "params"):  # a sentence inside a sentence
        return render(value.code, value.params, lang)
    if name in WORD_SECTIONS and value is not None:
        items = value if isinstance(value, (list, tuple)) else [value]
        return ", ".join(word(WORD_SECTIONS[name], str(item), lang) for item in items)
    if isinstance(value, datetime):
        from register import timeutil  # here, not above: timeutil's errors render through this module
        return timeutil.format_local(value, params.get("tz") or "UTC")
    if isinstance(value, (list, tuple)):
        return ", ".join(printable(str(item)) for item in value)
    return printable("" if value is None else str(value))
