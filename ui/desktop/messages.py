"""The register's English sentences in the officer's language, translated at the edge.

register/ stays language-neutral (the command line's English is a contract for other
programs), so the desktop matches each refusal against the catalogue
resources/translations/messages.toml and rebuilds it in Russian or Kazakh, translating
the field names, event types, roles and values it names.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Mapping

from printing.labels import Labels
from resources import RESOURCES
from ui.desktop.i18n import current_language

CATALOGUE = RESOURCES / "translations" / "messages.toml"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
ANY_TEXT = ".+?"


@dataclass(frozen=True)
class Template:
    id: str
    en: str
    pattern: re.Pattern[str]
    texts: Mapping[str, str]  # language -> template with the same placeholders as `en`


@dataclass(frozen=True)
class Catalogue:
    templates: tuple[Template, ...]
    placeholders: Mapping[str, Mapping[str, str]]  # name -> {"as": how to translate, "pattern": regex}
    fields: Mapping[str, Mapping[str, str]]
    roles: Mapping[str, Mapping[str, str]]
    permissions: Mapping[str, Mapping[str, str]]


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    with CATALOGUE.open("rb") as handle:
        data = tomllib.load(handle)
    placeholders = data["placeholder"]
    templates = tuple(Template(entry["id"], entry["en"], _compile(entry["en"], placeholders),
                               {lang: entry[lang] for lang in ("ru", "kk")})
                      for entry in data["message"])
    return Catalogue(templates, placeholders, data["field"], data["role"], data["permission"])


def _compile(en: str, placeholders: Mapping[str, Mapping[str, str]]) -> re.Pattern[str]:
    """The `en` text as an anchored regular expression, each placeholder a named group."""
    parts = PLACEHOLDER.split(en)  # literal, name, literal, name, ..., literal
    regex = "".join(re.escape(part) if i % 2 == 0
                    else f"(?P<{part}>{placeholders.get(part, {}).get('pattern', ANY_TEXT)})"
                    for i, part in enumerate(parts))
    return re.compile(regex)


def translate_sentence(text: str, lang: str | None = None) -> str:
    """`translate_message` shown on its own in a dialog: capitalised and ended with a full stop."""
    text = translate_message(text, lang)
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def translate_message(text: str, lang: str | None = None) -> str:
    """`text` in `lang` (default: the interface's); English, and any sentence not in the catalogue, unchanged."""
    lang = lang or current_language()
    if lang == "en" or not text:
        return text
    book = catalogue()
    for template in book.templates:
        found = template.pattern.fullmatch(text)
        if found:
            values = {name: _translate_value(book, name, value, found, lang)
                      for name, value in found.groupdict().items()}
            return PLACEHOLDER.sub(lambda m: values[m.group(1)], template.texts[lang])
    return text


def _translate_value(book: Catalogue, name: str, value: str, found: re.Match[str], lang: str) -> str:
    """One placeholder's value in `lang`: a word of the vocabulary translated, an id or a time as it is."""
    labels = Labels(lang)

    def own(table: Mapping[str, Mapping[str, str]], word: str, fallback: Callable[[str], str] = str) -> str:
        return table.get(word, {}).get(lang) or fallback(word)

    def listed(one: Callable[[str], str]) -> str:
        return ", ".join(one(item) for item in value.split(", "))

    match book.placeholders.get(name, {}).get("as"):
        case "field":
            return own(book.fields, value, labels.field)
        case "event":
            return labels.event(value)
        case "kind":
            return labels.value("kind", value)
        case "role":
            return own(book.roles, value)
        case "roles":
            return listed(lambda role: own(book.roles, role))
        case "choices":
            return listed(lambda choice: labels.value(found.group("field"), choice))
        case "recipients":
            return listed(lambda recipient: labels.value("recipient", recipient))
        case "permission":
            return own(book.permissions, value)
        case "message":
            return translate_message(value, lang)
    return value
