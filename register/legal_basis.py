"""The legal basis as a user reads it: the profile's text without the drafters' notes.

A profile's `basis` carries, besides the law, notes for whoever maintains the profile: that an article
number is still to be confirmed, that a figure is a profile setting because the sources give none. They
stay in the profile (and in `breaches`, contract section 1); a prosecutor reading an alert is shown the law.
"""
from __future__ import annotations

import re

from register.domain import RuleClock

_CONFIRM = re.compile(r";\s*(current article to be confirmed|действующая статья подлежит уточнению"
                      r"|қолданыстағы бабы нақтылануы тиіс)")
# A sentence (from the last full stop to the next) naming a profile setting or saying the sources are silent.
_NOTE = re.compile(r"(?:^|(?<=\.))\s*[^.]*?(profile setting|настройк[аи] профиля|профильдің \S+ баптау"
                   r"|sources reviewed|изученных (казахстанских )?источниках|Зерттелген (қазақстандық )?дереккөздерде"
                   r"|No figure in the sources|В источниках нет срока|Дереккөздерде мерзім жоқ)[^.]*(\.|$)")


def for_users(text: str) -> str:
    """The basis without drafting notes; never empty when the basis was not."""
    cleaned = _NOTE.sub("", _CONFIRM.sub("", text or "")).strip()
    return cleaned or (text or "").strip()


def basis_of(clock: RuleClock, lang: str) -> str:
    """A clock's legal basis in the reader's language, as a user reads it."""
    return for_users(clock.info.basis_in(lang) if clock.info else clock.basis)
