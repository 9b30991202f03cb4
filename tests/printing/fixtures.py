"""Hand-built read models for the printing tests: one realistic custody, a long one, a held list."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

from register.domain import BoardRow, ChainStamp, Custody, Event, Facility, Person, RuleClock
from register.reports import HeldListReport, TimelineReport, custody_facts
from register.rules import load_profile
from register.timeline import CustodyTimeline

UTC = timezone.utc
T0 = datetime(2026, 1, 5, 5, 0, tzinfo=UTC)  # 10:00 in Almaty (UTC+05:00)
REGISTER = "Реестр лиц, лишённых свободы — Алматы"

FACILITIES = {
    "F-1": Facility("F-1", "Алматы ПБ №3 / Police station No. 3", "police_station", True, "Asia/Almaty"),
    "F-2": Facility("F-2", "УҚО ИВС Алматы", "ivs", True, "Asia/Almaty"),
    "F-9": Facility("F-9", "Dynamo sports hall", "other", False, "Asia/Almaty"),
}

PERSON = Person("P-1", "Жұмабаев Әлібек Қанатұлы", date(2008, 3, 14), "male", "KZ", ("kk", "ru"))
FOREIGNER = Person("P-2", "Rustam Karimov", date(1990, 7, 1), "male", "UZ", ("uz", "ru"))

KZ = load_profile("kz")
RULES = {info.id: info for info in KZ.infos(T0.date())}  # the names printouts read, from the profile


def h(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def ev(eid: str, etype: str, hours: float, seq: int, late_h: float = 0.0, by: str = "Сержант Қасымов",
       custody: str = "C-1", **fields) -> Event:
    at = T0 + timedelta(hours=hours)
    return Event(eid, custody, etype, at, at + timedelta(hours=late_h, minutes=2), by, fields, seq)


def demo_events() -> tuple[Event, ...]:
    return (
        ev("E-1", "apprehension", 0, 3, late_h=4, place="Абай даңғылы 10, Алматы", officers=["Қасымов Н."],
           reason="Ұрлық жасады деген күдік (suspected theft)"),
        ev("E-2", "arrival", 4.5, 4, facility="F-1"),
        ev("E-3", "rights_informed", 5, 5, language="kk", written=True, signed=True),
        ev("E-4", "protocol", 6, 6, number="ПР-2026/17", drawn_by="Тергеуші Әбдірахманова Г."),
        ev("E-5", "notification", 7, 7, recipient="relative", recipient_name="Жұмабаева Сәуле (mother)",
           method="phone", outcome="unsuccessful", officer="Қасымов Н."),
        ev("E-6", "notification", 8, 8, recipient="relative", recipient_name="Жұмабаева Сәуле (mother)",
           method="phone", outcome="reached", officer="Қасымов Н."),
        ev("E-7", "medical_exam", 9, 9, physician="Dr. Оспанов", report_number="МЕД-55", injuries=False,
           non_medical_present=False),
        ev("E-8", "departure", 10, 10, purpose="transfer", destination="ИВС"),
        ev("E-9", "arrival", 11, 11, facility="F-2"),
        ev("E-10", "placement", 11.5, 12, location="Камера 4"),
        ev("E-11", "correction", 12, 13, corrects="E-10", reason="Камера нөмірі қате жазылған",
           changes={"location": "Камера 7", "at": "2026-01-05T21:15:00+05:00"}),
        ev("E-12", "court_decision", 30, 14, decision="remand", court="Алматы қалалық соты"),
    )


def stamps_for(records: list[str]) -> dict[str, ChainStamp]:
    kinds = {"P": "person", "C": "custody", "E": "event", "F": "facility"}
    return {rid: ChainStamp(seq, kinds.get(rid[0], "event"), rid, h(rid)) for seq, rid in enumerate(records, start=1)}


def demo_clocks(custody: str = "C-1", person: str = "P-1") -> tuple[RuleClock, ...]:
    return (
        RuleClock(custody, person, "delivery-3h", "late", "breach", T0, T0 + timedelta(hours=3),
                  T0 + timedelta(hours=4.5), 90, "CPC art. 128", info=RULES["delivery-3h"]),
        RuleClock(custody, person, "custody-limit", "breached", "breach", T0, T0 + timedelta(hours=24), None,
                  360, "CPC art. 131", info=RULES["custody-limit"]),
        RuleClock(custody, person, "relatives-notice-12h", "met", "breach", T0, T0 + timedelta(hours=12),
                  T0 + timedelta(hours=8), 0, "CPC art. 135", info=RULES["relatives-notice-12h"]),
        RuleClock(custody, person, "video-missing", "flagged", "indicator", T0, T0, None, 0, "SPT ¶69",
                  info=RULES["video-missing"]),
    )


def demo_report(events: tuple[Event, ...] | None = None, person: Person = PERSON,
                printed_at: datetime = T0 + timedelta(hours=40)) -> TimelineReport:
    events = events if events is not None else demo_events()
    custody = Custody("C-1", person.id, "suspect", "Ұрлық, ҚК 188-бап / Theft, Criminal Code art. 188",
                      "Алматы қалалық ПД тергеу басқармасы")
    timeline = CustodyTimeline(custody, person, events, FACILITIES)
    stamps = stamps_for(["F-1", "F-2", person.id, "C-1", *(e.id for e in events)])
    head = ChainStamp(len(stamps) + 5, "event", "E-other", h("head"))
    return TimelineReport(timeline, custody_facts(timeline, KZ.law), demo_clocks(person=person.id), RULES, stamps,
                          head, REGISTER, printed_at,
                          "NPM monitor Сейітова А.")


def long_events(count: int = 60, detail_repeats: int = 1) -> tuple[Event, ...]:
    """A custody with `count` events in a realistic mix; `detail_repeats` stretches free text to force wrapping."""
    events = [ev("L-0", "apprehension", 0, 1, place="Алматы, Төле би к-сі 55", officers=["Қасымов Н."],
                 reason="күдік"),
              ev("L-1", "arrival", 1, 2, facility="F-1")]
    filler = "ұзақ мәтін, толық сипаттама (a long description of what happened) " * detail_repeats
    for i in range(2, count):
        if i % 3 == 0:
            events.append(ev(f"L-{i}", "interrogation", 1 + i * 0.5, i + 1, investigator="Тергеуші Әбдірахманова Г.",
                             lawyer_present=True))
        elif i % 3 == 1:
            events.append(ev(f"L-{i}", "notification", 1 + i * 0.5, i + 1, recipient="relative",
                             recipient_name="Жұмабаева Сәуле", method="phone", outcome="reached", officer="Қасымов"))
        else:
            events.append(ev(f"L-{i}", "complaint", 1 + i * 0.5, i + 1, addressee="Прокурор",
                             subject=f"Шағым {i}: {filler}"))
    return tuple(events)


def held_list_report() -> HeldListReport:
    as_of = T0 + timedelta(hours=20)
    clocks = demo_clocks()
    rows = (
        BoardRow("C-1", "P-1", PERSON.full_name, PERSON.birth_date, "KZ", "F-2", FACILITIES["F-2"].name, "Камера 7",
                 "Asia/Almaty", T0, None, (clocks[1],), is_minor=True),
        BoardRow("C-2", "P-2", FOREIGNER.full_name, FOREIGNER.birth_date, "UZ", "F-2", FACILITIES["F-2"].name,
                 "Камера 2", "Asia/Almaty", T0 + timedelta(hours=2), None,
                 (RuleClock("C-2", "P-2", "custody-limit", "running", "breach", T0 + timedelta(hours=2),
                            T0 + timedelta(hours=50), None, 0, "CPC art. 131"),), is_foreign_national=True),
    )
    return HeldListReport(FACILITIES["F-2"], as_of, rows, RULES, REGISTER, as_of, "Дежурный Ахметов")


def oversight_set():
    """Four custodies, three in January 2026, for hand-checked oversight figures.

    C-A: delivery 60 min, protocol 120, notification reached 300 (an unsuccessful one at 100), medical 600;
         custody-limit breached, protocol-3h late; apprehension recorded 3 h late by 'Қасымов'.
    C-B: delivery 240 min, protocol 60; no notification, no exam; delivery-3h late; recorded on time.
    C-C: never delivered; video-missing flagged (an indicator: not a breach); recorded 2 h late, officer unknown.
    C-D: apprehended in February: outside the period.
    """
    def custody(cid, pid):
        return Custody(cid, pid, "suspect", "grounds", "authority")

    def at(minutes):
        return T0 + timedelta(minutes=minutes)

    def e(eid, cid, etype, minutes, seq, recorded_late_min=0, by="Сержант Қасымов", **fields):
        return Event(eid, cid, etype, at(minutes), at(minutes + recorded_late_min), by, fields, seq)

    a = CustodyTimeline(custody("C-A", "P-1"), PERSON, (
        e("A1", "C-A", "apprehension", 0, 1, 180, by="Қасымов", place="x", officers=["y"], reason="z"),
        e("A2", "C-A", "arrival", 60, 2, facility="F-1"),
        e("A3", "C-A", "protocol", 120, 3, number="1", drawn_by="x"),
        e("A4", "C-A", "notification", 100, 4, recipient="relative", recipient_name="m", method="phone",
          outcome="unsuccessful", officer="x"),
        e("A5", "C-A", "notification", 300, 5, recipient="relative", recipient_name="m", method="phone",
          outcome="reached", officer="x"),
        e("A6", "C-A", "medical_exam", 600, 6, physician="d", report_number="r", injuries=False,
          non_medical_present=False),
    ), FACILITIES)
    b = CustodyTimeline(custody("C-B", "P-2"), FOREIGNER, (
        e("B1", "C-B", "apprehension", 0, 7, 30, place="x", officers=["y"], reason="z"),
        e("B2", "C-B", "protocol", 60, 8, number="2", drawn_by="x"),
        e("B3", "C-B", "arrival", 240, 9, facility="F-2"),
    ), FACILITIES)
    c = CustodyTimeline(custody("C-C", "P-3"), PERSON, (
        e("C1", "C-C", "apprehension", 30, 10, 120, by=None, place="x", officers=["y"], reason="z"),
    ), FACILITIES)
    d = CustodyTimeline(custody("C-D", "P-4"), PERSON, (
        e("D1", "C-D", "apprehension", 60 * 24 * 40, 11, 600, place="x", officers=["y"], reason="z"),
    ), FACILITIES)

    def clock(cid, rule, status, severity="breach"):
        return RuleClock(cid, "P", rule, status, severity, T0, T0 + timedelta(hours=3), None, 0, "basis")

    clocks = {
        "C-A": [clock("C-A", "delivery-3h", "met"), clock("C-A", "custody-limit", "breached"),
                clock("C-A", "protocol-3h", "late")],
        "C-B": [clock("C-B", "delivery-3h", "late"), clock("C-B", "relatives-notice-12h", "running")],
        "C-C": [clock("C-C", "video-missing", "flagged", "indicator"), clock("C-C", "delivery-3h", "lapsed")],
        "C-D": [clock("C-D", "delivery-3h", "breached")],
    }
    return [a, b, c, d], clocks, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)
