"""Confidential flags: a person at risk of reprisal, seen only by prosecutors and monitors.

A flag is set after, for example, a complaint about ill-treatment. From then on
every transfer and every examination finding injuries of that person raises a
`reprisal-risk-event` indicator (docs/contract-extensions.md), because moving
or hurting a complainant is how reprisals look in a register. Flags are chained
and never removed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from register import queries, store
from register.access import Permission
from register.domain import ClockStatus, RuleClock, RuleInfo
from register.errors import Message, Problem, Rejected
from register.services.base import Service
from register.writing import in_write_transaction

RULE = "reprisal-risk-event"
BASIS = ("Extension rule of this register: a person flagged at risk of reprisal is transferred or found injured "
         "(UN Convention against Torture, art. 13: complainants are protected against ill-treatment or "
         "intimidation)")
# Named like a profile rule, so the inbox and the printouts never show its id.
INFO = RuleInfo(
    RULE, "indicator",
    {"en": "Person at risk of reprisal transferred or injured",
     "ru": "Лицо под угрозой преследования переведено или получило травмы",
     "kk": "Қудалау қаупі бар адам ауыстырылды немесе жарақат алды"},
    None, BASIS,
    short_titles={"en": "Reprisal risk", "ru": "Угроза преследования", "kk": "Қудалау қаупі"},
    bases={"en": BASIS,
           "ru": "Правило расширения реестра: лицо, отмеченное как находящееся под угрозой преследования, переведено "
                 "или у него обнаружены травмы (Конвенция ООН против пыток, ст. 13: заявители защищены от "
                 "жестокого обращения и запугивания)",
           "kk": "Тізілімнің кеңейту ережесі: қудалау қаупі бар деп белгіленген адам ауыстырылды немесе оның "
                 "жарақаттары анықталды (БҰҰ-ның Азаптауға қарсы конвенциясы, 13-бап: шағым берушілер қатыгездік "
                 "пен қорқытудан қорғалады)"})


@dataclass(frozen=True)
class ConfidentialFlag:
    person: str
    at: datetime
    by: str
    reason: str


class ConfidentialFlags(Service):
    """Sets and reads the flags, and the indicators they raise, as the acting prosecutor or monitor."""

    def set_flag(self, person_id: str, reason: str) -> ConfidentialFlag:
        """Mark a person at risk of reprisal, now, by the acting prosecutor or monitor."""
        self.actor.require(Permission.CONFIDENTIAL)
        reason = (reason or "").strip()
        if not reason or len(reason) > 4000:
            raise Rejected([Problem(person_id, Message("flag-reason"), "reason")])
        flag = ConfidentialFlag(person_id, self._now(), self.actor.username, reason)

        def append(session) -> ConfidentialFlag:
            if store.person(session, person_id) is None:
                raise Rejected([Problem(person_id, Message("unknown-person", person=person_id), "person")])
            queries.append_confidential_flag(session, person_id, flag.at, flag.by, reason)
            return flag

        return in_write_transaction(self.register.engine, append)

    def flags(self, person_id: str | None = None) -> list[ConfidentialFlag]:
        """Every flag (or one person's), oldest first; only prosecutors and monitors may ask."""
        self.actor.require(Permission.CONFIDENTIAL)
        with self._session() as session:
            return [ConfidentialFlag(r.person_id, r.at, r.by, r.reason)
                    for r in queries.confidential_flags(session, person_id)]

    def reprisal_risk_signals(self, as_of: datetime) -> list[RuleClock]:
        """One flagged indicator per transfer or injury finding of a flagged person after the flag, up to `as_of`."""
        first_flag: dict[str, datetime] = {}
        for flag in self.flags(None):
            first_flag.setdefault(flag.person, flag.at)
        if not first_flag:
            return []
        with self._session() as session:
            custody_ids = queries.custodies_of(session, list(first_flag))
            timelines = [t for t in store.timelines(session, custody_ids)
                         if self.actor.facilities is None or any(self.actor.covers(s.facility) for s in t.stays)]
        signals = []
        for timeline in timelines:
            since = first_flag[timeline.person.id]
            found = [(stay.arrival, Message("risk-transfer", facility=stay.facility))
                     for stay in timeline.stays if stay.kind == "transfer"]
            found += [(e, Message("risk-injuries")) for e in timeline.effective
                      if e.type == "medical_exam" and e.get("injuries") is True]
            for event, details in sorted(found, key=lambda item: item[0].at):
                if since <= event.at <= as_of:
                    signals.append(RuleClock(timeline.custody.id, timeline.person.id, RULE, ClockStatus.FLAGGED, "indicator",
                                             event.at, event.at, None, 0, BASIS, details=details, info=INFO))
        return signals
