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
from datetime import datetime
from functools import lru_cache
from typing import Any, Mapping

from resources import RESOURCES

TABLE = RESOURCES / "translations" / "messages.toml"
LANGUAGES = ("en", "ru", "kk")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Characters that break or garble a line: C0 and C1 controls (NEL among them), the line and paragraph
# separators str.splitlines() splits on, and the bidirectional formatting marks.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Parameters named so are words of the vocabulary, looked up in the table's section of that name.
WORD_SECTIONS = {"field": "field", "event_type": "event", "kind": "kind", "role": "role", "roles": "role",
                 "permission": "permission"}


@lru_cache(maxsize=1)
def table() -> Mapping[str, Any]:
    with TABLE.open("rb") as handle:
        return tomllib.load(handle)


def printable(text: str) -> str:
    """`text` with every control character written as its escape, e.g. NEL as \\x85."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def render(code: str, params: Mapping[str, Any], lang: str = "en") -> str:
    """The sentence `code` in `lang`, its placeholders filled with `params` in one pass."""
    entry = table()["message"].get(code)
    if entry is None:  # a code missing from the table still says something: tests keep the table complete
        return printable(f"{code} {dict(params)}")
    return PLACEHOLDER.sub(lambda m: _value(m.group(1), params, lang), entry.get(lang) or entry["en"])


def word(section: str, key: str, lang: str) -> str:
    """A word of the vocabulary in `lang`; an unknown one as itself, quoted, so a gap shows."""
    entry = table()[section].get(key)
    return entry[lang] if entry else f"'{printable(str(key))}'"


def _value(name: str, params: Mapping[str, Any], lang: str) -> str:
    value = params.get(name)
    if hasattr(value, "code") and hasattr(value, "params"):  # a sentence inside a sentence
        return render(value.code, value.params, lang)
    if name in WORD_SECTIONS and value is not None:
        items = value if isinstance(value, (list, tuple)) else [value]
        return ", ".join(word(WORD_SECTIONS[name], str(item), lang) for item in items)
    if isinstance(value, datetime):
        from register import timeutil  # here, not above: timeutil's errors render through this module
        return timeutil.format_local(value, params.get("tz") or timeutil.DEFAULT_TIMEZONE)
    if isinstance(value, (list, tuple)):
        return ", ".join(printable(str(item)) for item in value)
    return printable("" if value is None else str(value))
