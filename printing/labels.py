"""The printed words in en / ru / kk, read from resources/printing/labels.toml."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Any, Mapping

from register.access import Actor
from register.domain import RuleClock, RuleInfo
from register.reports import REGISTER_NAME
from register.wording import render

from resources import RESOURCES

LANGUAGES = ("en", "ru", "kk")
NO_ACCOUNT_NAME = Actor.without_accounts().full_name
CATALOGUE = RESOURCES / "printing" / "labels.toml"


@lru_cache(maxsize=1)
def catalogue() -> Mapping[str, Any]:
    with CATALOGUE.open("rb") as handle:
        return tomllib.load(handle)


class Labels:
    """Look-ups in one language; an unknown key prints as itself, so a gap shows instead of crashing."""

    def __init__(self, lang: str):
        if lang not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
        self.lang = lang
        self._data = catalogue()

    def _pick(self, entry: Mapping[str, str] | None, fallback: str) -> str:
        if not entry:
            return fallback
        return entry.get(self.lang) or entry.get("en") or fallback

    def text(self, key: str, **values: Any) -> str:
        template = self._pick(self._data["text"].get(key), key)
        return template.format(**values) if values else template

    def event(self, event_type: str) -> str:
        return self._pick(self._data["event"].get(event_type), event_type)

    def field(self, name: str) -> str:
        return self._pick(self._data["field"].get(name), name)

    def value(self, group: str, value: str) -> str:
        """An enumerated value (recipient, status, stay...) in words."""
        return self._pick(self._data["value"].get(group, {}).get(value), value)

    def has_value(self, group: str, value: str) -> bool:
        return value in self._data["value"].get(group, {})

    def register_name(self, name: str) -> str:
        """The register's name as printed: the program's own name in this language, a configured one as it is."""
        return self.text("register_name") if name == REGISTER_NAME else name

    def sentence(self, said: object) -> str:
        """A sentence of the register's table (a clock's details) in this language, the recipients it names
        in words (the machine outputs keep their ids); other text as it is."""
        code, params = getattr(said, "code", None), getattr(said, "params", None)
        if code is None or params is None:
            return str(said)
        if "recipients" in params:
            params = {**params, "recipients": [self.value("recipient", r) for r in params["recipients"]]}
        return render(code, params, self.lang)

    def printer(self, name: str) -> str:
        """Who printed, as printed: an account's name as it is, the register without accounts in words."""
        return self.text("printed_by_no_account") if name == NO_ACCOUNT_NAME else name


def rule_title(rule_id: str, rules: Mapping[str, RuleInfo], lang: str, clock: RuleClock | None = None) -> str:
    """A rule's title from the profile: the version that judged the clock, else the one in force today."""
    info = (clock.info if clock else None) or rules.get(rule_id)
    return info.title(lang) if info else rule_id
