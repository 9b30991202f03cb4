"""The whereabouts desk: where is my relative? Answered from the register, recorded in the chain.

A relative (or a lawyer, a neighbour) asks a prosecutor's office, the ombudsman's office or a hotline.
The desk answers what article 18 of the International Convention for the Protection of All Persons
from Enforced Disappearance names, and nothing more: the authority that ordered the deprivation of
liberty, its date, time and place, the places of custody with their address and telephone and the
transfers between them, the release (when, to whom). Every answer is recorded (who asked, about whom,
what they were told, by which operator); a detainee's recorded wish that their whereabouts not be
disclosed (event `disclosure_wish`) turns the answer into a refusal, recorded and shown to prosecutors.

An asker who says someone was taken and the register does not know them reports the apprehension; the
report is an outside witness of the detention: it is an alert at once, and when a custody of that
person is registered later (the same folded name and birth date, or the same document) the alert
names it and how much later it was registered than the reported apprehension.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy.orm import Session

from register import queries, store
from register.access import Permission
from register.domain import ClockStatus, RuleClock, RuleInfo
from register.oversight import DeskItem
from register.reports import REGISTER_NAME, CustodyPlace, WhereaboutsReport
from register.search_text import document_key, name_key
from register.services.base import Service
from register.timeline import CustodyTimeline
from register.timeutil import format_utc
from register.errors import Message, Problem, Rejected
from register.writing import in_write_transaction

HELD, RELEASED, NOT_FOUND, REFUSED = "held", "released", "not_found", "refused"
LANGUAGES = ("kk", "ru", "en")
MAX_TEXT = 4000
# A custody registered for a reported person counts as the reported one when its apprehension is no
# earlier than this before the reported time (the reporter's clock and memory are not exact).
MATCH_BEFORE = timedelta(hours=12)


class InquiryRefused(Rejected):
    """A question the desk cannot take as put (a missing name, an unknown person): said field by field."""


@dataclass(frozen=True)
class Asker:
    """Who asks (or reports): their name, their relation to the person, how to reach them."""
    name: str
    relation: str
    contact: str


@dataclass(frozen=True)
class Candidate:
    """A person the desk's search found, as much as the operator needs to choose among namesakes."""
    person_id: str
    full_name: str
    birth_date: date | None


class Found(NamedTuple):
    """What the desk's search lists, and whether more people match than it lists: a person missing from a full
    list is not missing from the register, so the operator narrows the search before answering "not found"."""
    candidates: list[Candidate]
    more: bool


@dataclass(frozen=True)
class Inquiry:
    """One recorded question and its answer."""
    id: int
    at: datetime
    by: str
    asker: Asker
    language: str
    query: str
    person_id: str | None
    custody_id: str | None
    outcome: str
    answer: str


@dataclass(frozen=True)
class ReportedApprehension:
    """An apprehension reported to the desk, with the custody registered for it later, if any."""
    id: int
    at: datetime  # when it was reported
    by: str
    reporter: Asker
    person_name: str
    birth_date: date | None
    id_document: str | None
    place: str
    apprehended_at: datetime  # as reported
    custody_id: str | None = None
    person_id: str | None = None
    registered_at: datetime | None = None  # when the register first recorded that custody
    register_apprehended_at: datetime | None = None  # the apprehension time the custody's record states

    @property
    def registration_gap(self) -> timedelta | None:
        """How much later the custody was registered than the reported apprehension."""
        return self.registered_at - self.apprehended_at if self.registered_at else None


class WhereaboutsService(Service):
    """The desk's questions and answers, as the acting inquiry-desk operator or prosecutor."""

    # ------------------------------------------------------------ asking

    def find(self, text: str, birth_date: date | None = None, limit: int = 20) -> Found:
        """Up to `limit` people with a custody whose name or document the text matches however it is typed (the
        same folding search as the board), born on `birth_date` when given, and whether more matched."""
        self.actor.require(Permission.INQUIRE)
        with self._session() as session:
            # Relatives may ask about anyone held anywhere: the desk's look-up is nationwide (article 18).
            persons = queries.find_persons(session, text, limit + 1, None, self.actor.username, birth_date)
            with_custody = set(queries.persons_with_custody(session, [p.id for p in persons]))
        return Found([Candidate(p.id, p.full_name, p.birth_date) for p in persons[:limit] if p.id in with_custody],
                     len(persons) > limit)

    def answer(self, asker: Asker, query: str, language: str, person_id: str | None) -> WhereaboutsReport:
        """Answer one asker about one person (None: nobody in the register matched), and record the
        question and the answer in the chain."""
        self.actor.require(Permission.INQUIRE)
        asker, query = _checked_asker(asker), _checked_query(query)
        if language not in LANGUAGES:
            raise InquiryRefused([Problem("inquiry", Message("desk-language", languages=", ".join(LANGUAGES)),
                                          "language")])
        now = self._now()
        by = self.actor.username

        def record(session: Session) -> WhereaboutsReport:
            timeline = self._custody_of(session, person_id) if person_id else None
            if person_id and timeline is None:
                raise InquiryRefused([Problem(person_id, Message("desk-no-custody", person=person_id), "person")])
            report = _report(timeline, query, language, asker, now, by, self.actor.full_name or by)
            inquiry_id = queries.append_inquiry(session, {
                "at": now, "by": by, "asker_name": asker.name, "asker_relation": asker.relation,
                "asker_contact": asker.contact, "language": language, "query": query,
                "person_id": timeline.person.id if timeline else None,
                "custody_id": timeline.custody.id if timeline else None,
                "outcome": report.outcome, "answer": summary(report)})
            return _with_id(report, inquiry_id)

        return in_write_transaction(self.register.engine, record)

    def report_apprehension(self, reporter: Asker, person_name: str, birth_date: date | None,
                            id_document: str | None, place: str, apprehended_at: datetime) -> ReportedApprehension:
        """Record an apprehension the register does not know, as reported; an alert from now on."""
        self.actor.require(Permission.INQUIRE)
        reporter = _checked_asker(reporter)
        problems = []
        name = (person_name or "").strip()
        if not name_key(name):
            problems.append(Problem("report", Message("report-name"), "person_name"))
        where = (place or "").strip()
        if not where:
            problems.append(Problem("report", Message("report-place"), "place"))
        if apprehended_at is None or apprehended_at.tzinfo is None:
            problems.append(Problem("report", Message("report-time"), "apprehended_at"))
        elif apprehended_at > self._now():
            problems.append(Problem("report", Message("report-future"), "apprehended_at"))
        if birth_date is None and not document_key(id_document):
            problems.append(Problem("report", Message("report-identity"), "birth_date"))
        if problems:
            raise InquiryRefused(problems)
        document = (id_document or "").strip() or None
        values = {"at": self._now(), "by": self.actor.username, "reporter_name": reporter.name,
                  "reporter_relation": reporter.relation, "reporter_contact": reporter.contact,
                  "person_name": name[:MAX_TEXT], "birth_date": birth_date, "id_document": document,
                  "place": where[:MAX_TEXT], "apprehended_at": apprehended_at.replace(microsecond=0),
                  "name_key": name_key(name), "document_key": document_key(document)}
        report_id = in_write_transaction(self.register.engine,
                                         lambda session: queries.append_apprehension_report(session, values))
        return next(r for r in self.reported_apprehensions() if r.id == report_id)

    # ------------------------------------------------------------ review

    def inquiries(self, person_id: str | None = None) -> list[Inquiry]:
        """The recorded questions and answers (of one person), oldest first."""
        self.actor.require(Permission.INQUIRE)
        with self._session() as session:
            return [Inquiry(r.id, r.at, r.by, Asker(r.asker_name, r.asker_relation, r.asker_contact), r.language,
                            r.query, r.person_id, r.custody_id, r.outcome, r.answer)
                    for r in queries.inquiries(session, person_id)]

    def reported_apprehensions(self) -> list[ReportedApprehension]:
        """Every reported apprehension, oldest first, each with the custody registered for it if there is
        one: the same document, or the same folded name and birth date, apprehended no earlier than
        MATCH_BEFORE before the reported time."""
        self.actor.require(Permission.INQUIRE)
        with self._session() as session:
            return linked_reports(session)

    def alert_signals(self) -> list[DeskSignal]:
        """Every reported apprehension and every refusal, as indicators for the prosecutors' inbox."""
        reports = self.reported_apprehensions()
        refusals = [i for i in self.inquiries() if i.outcome == REFUSED]
        with self._session() as session:
            timelines = {t.custody.id: t for t in store.timelines(session, sorted(
                {r.custody_id for r in reports if r.custody_id} | {i.custody_id for i in refusals}))}
        return _signals(reports, refusals, timelines)

    # ------------------------------------------------------------ reading a custody

    def _custody_of(self, session: Session, person_id: str) -> CustodyTimeline | None:
        """The custody the answer is about: the one the person is held in now, else the latest."""
        timelines = [t for t in store.timelines(session, queries.custodies_of(session, [person_id]))
                     if self._visible(t)]
        if not timelines:
            return None
        held = [t for t in timelines if t.release is None]
        latest = (lambda t: t.apprehension.at if t.apprehension else min(e.at for e in t.events))
        return max(held or timelines, key=latest)


def linked_reports(session: Session, start: datetime | None = None, end: datetime | None = None
                   ) -> list[ReportedApprehension]:
    """The reported apprehensions (reported in [start, end) when given), each with the custody registered
    for it if there is one: the same document, or the same folded name and birth date, apprehended no
    earlier than MATCH_BEFORE before the reported time; the first registered of them."""
    found = []
    for row in queries.apprehension_reports(session, start, end):
        report = ReportedApprehension(
            row.id, row.at, row.by, Asker(row.reporter_name, row.reporter_relation, row.reporter_contact),
            row.person_name, row.birth_date, row.id_document, row.place, row.apprehended_at)
        custody_ids = queries.custodies_matching(session, row.name_key, row.birth_date, row.document_key,
                                                 row.apprehended_at - MATCH_BEFORE)
        timelines = [t for t in store.timelines(session, custody_ids) if t.events]
        if timelines:
            first = min(timelines, key=lambda t: min(e.recorded_at for e in t.events))
            apprehension = first.apprehension
            report = replace(report, custody_id=first.custody.id, person_id=first.person.id,
                             registered_at=min(e.recorded_at for e in first.events),
                             register_apprehended_at=apprehension.at if apprehension else None)
        found.append(report)
    return found

def desk_items(session: Session, start: datetime, end: datetime) -> list[DeskItem]:
    """The desk's inquiries and reported apprehensions in [start, end), each with the custody it concerns and
    that custody's facility (its first), for the oversight report's figures per facility."""
    reports = linked_reports(session, start, end)
    inquiries = queries.inquiries_between(session, start, end)
    custody_ids = {r.custody_id for r in reports if r.custody_id} | {c for *_, c in inquiries if c}
    places = {}
    for timeline in store.timelines(session, sorted(custody_ids)):
        stay = timeline.stays[0] if timeline.stays else None
        facility = timeline.facilities.get(stay.facility) if stay else None
        places[timeline.custody.id] = (stay.facility if stay else None, facility.timezone if facility else None)
    items = [DeskItem("inquiry", id_, at, outcome, custody_id, *places.get(custody_id, (None, None)))
             for id_, at, outcome, custody_id in inquiries]
    items += [DeskItem("report", r.id, r.at, None, r.custody_id, *places.get(r.custody_id, (None, None)),
                       delay_minutes=int(r.registration_gap.total_seconds() // 60) if r.custody_id else None)
              for r in reports]
    return items


def _report(timeline: CustodyTimeline | None, query: str, language: str, asker: Asker, now: datetime, by: str,
            answered_by: str) -> WhereaboutsReport:
    common = {"query": query, "language": language, "asker_name": asker.name, "asker_relation": asker.relation,
              "inquiry_id": 0, "register_name": REGISTER_NAME, "answered_at": now, "answered_by": answered_by}
    nobody = {"person_name": None, "birth_date": None, "ordering_authority": None, "apprehended_at": None,
              "apprehension_place": None, "places": (), "released_at": None, "released_to": None}
    if timeline is None:
        return WhereaboutsReport(outcome=NOT_FOUND, timezone="Asia/Almaty", **nobody, **common)
    person = timeline.effective_person
    if withheld(timeline):
        return WhereaboutsReport(outcome=REFUSED, timezone=timeline.timezone,
                                 **{**nobody, "person_name": person.full_name, "birth_date": person.birth_date},
                                 **common)
    places = []
    for stay in timeline.stays:
        facility = timeline.facilities.get(stay.facility)
        places.append(CustodyPlace(stay.facility, facility.name if facility else stay.facility,
                                   facility.address if facility else None, facility.telephone if facility else None,
                                   stay.arrived_at, stay.departure.at if stay.departure else None))
    apprehension, release = timeline.apprehension, timeline.release
    return WhereaboutsReport(
        outcome=RELEASED if release else HELD, person_name=person.full_name, birth_date=person.birth_date,
        ordering_authority=timeline.custody.ordering_authority,
        apprehended_at=apprehension.at if apprehension else None,
        apprehension_place=apprehension.get("place") if apprehension else None, places=tuple(places),
        released_at=release.at if release else None, released_to=release.get("released_to") if release else None,
        timezone=timeline.timezone, **common)


def withheld(timeline: CustodyTimeline) -> bool:
    """The detainee's latest recorded wish is that their whereabouts not be disclosed."""
    wishes = [e for e in timeline.effective if e.type == "disclosure_wish"]
    return bool(wishes) and wishes[-1].get("disclose") is False


def summary(report: WhereaboutsReport) -> str:
    """What was disclosed, as the chain records it (language-neutral facts, UTC)."""
    if report.outcome == NOT_FOUND:
        return "not in the register"
    if report.outcome == REFUSED:
        return "refused: the person asked that their whereabouts not be disclosed"
    parts = [f"{report.outcome}", f"ordered by: {report.ordering_authority}"]
    if report.apprehended_at:
        parts.append(f"apprehended {format_utc(report.apprehended_at)} at {report.apprehension_place}")
    parts += [f"{place.name} from {format_utc(place.arrived_at)}" for place in report.places]
    if report.released_at:
        parts.append(f"released {format_utc(report.released_at)}"
                     + (f" to {report.released_to}" if report.released_to else ""))
    return "; ".join(parts)


def _with_id(report: WhereaboutsReport, inquiry_id: int) -> WhereaboutsReport:
    return replace(report, inquiry_id=inquiry_id)


def _checked_query(value: str | None) -> str:
    text = (value or "").strip()
    if not text or len(text) > MAX_TEXT:
        raise InquiryRefused([Problem("inquiry", Message("desk-query", limit=MAX_TEXT), "query")])
    return text


def _checked_asker(asker: Asker) -> Asker:
    problems = []
    fields = {}
    for field in ("name", "relation", "contact"):
        value = (getattr(asker, field) or "").strip()
        if not value or len(value) > MAX_TEXT:
            problems.append(Problem("asker", Message(f"desk-asker-{field}"), field))
        fields[field] = value
    if problems:
        raise InquiryRefused(problems)
    return Asker(**fields)


# ---------------------------------------------------------------- what prosecutors review

REPORTED_RULE = "apprehension-reported"
REFUSED_RULE = "whereabouts-refused"
_BASIS = ("Extension rule of this register: International Convention for the Protection of All Persons from "
          "Enforced Disappearance, arts. 17 and 18 (official records of every deprivation of liberty; relatives' "
          "right to know the whereabouts)")
DESK_RULES = {
    REPORTED_RULE: RuleInfo(REPORTED_RULE, "indicator", {
        "en": "Apprehension reported by a relative", "ru": "Задержание, о котором сообщили родственники",
        "kk": "Туыстары хабарлаған ұстау"}, None, _BASIS, short_titles={
        "en": "Reported apprehension", "ru": "Сообщение о задержании", "kk": "Ұстау туралы хабар"}),
    REFUSED_RULE: RuleInfo(REFUSED_RULE, "indicator", {
        "en": "Whereabouts withheld at the detainee's wish", "ru": "Местонахождение не сообщено по воле задержанного",
        "kk": "Ұсталған адамның қалауымен орналасқан жері хабарланбады"}, None, _BASIS, short_titles={
        "en": "Whereabouts withheld", "ru": "Местонахождение не сообщено", "kk": "Орналасқан жері хабарланбады"}),
}


@dataclass(frozen=True)
class DeskSignal:
    """One thing of the desk a prosecutor reviews, as an indicator clock with the person it names.
    `key` names the alert when the clock names no custody (an apprehension reported and not registered
    yet): the report's own id, so two reports of the same hour stay two alerts."""
    clock: RuleClock
    person_name: str
    facility_id: str | None
    timezone: str
    key: str | None = None


def _gap_text(gap: timedelta) -> str:
    minutes = int(gap.total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


class _DeskSignals:
    """Builds the indicators of reported apprehensions and refusals (WhereaboutsService.alert_signals)."""

    @staticmethod
    def reported(report: ReportedApprehension, facility_id: str | None, timezone: str) -> DeskSignal:
        details = (f"reported {format_utc(report.at)} by {report.reporter.name} ({report.reporter.relation}, "
                   f"{report.reporter.contact}): taken at {report.place}")
        if report.custody_id:
            details += (f"; registered as custody {report.custody_id} {_gap_text(report.registration_gap)} after "
                        f"the reported apprehension")
        else:
            details += "; no custody registered yet"
        gap = report.registration_gap
        clock = RuleClock(report.custody_id or "", report.person_id or "", REPORTED_RULE, ClockStatus.FLAGGED,
                          "indicator", report.apprehended_at, report.at, report.registered_at,
                          int(gap.total_seconds() // 60) if gap else 0, _BASIS, details=details,
                          info=DESK_RULES[REPORTED_RULE])
        key = None if report.custody_id else f"report-{report.id}|{REPORTED_RULE}|{format_utc(report.apprehended_at)}"
        return DeskSignal(clock, report.person_name, facility_id, timezone, key)

    @staticmethod
    def refused(inquiry: Inquiry, person_name: str, facility_id: str | None, timezone: str) -> DeskSignal:
        details = (f"asked {format_utc(inquiry.at)} by {inquiry.asker.name} ({inquiry.asker.relation}, "
                   f"{inquiry.asker.contact}); answered by {inquiry.by}")
        clock = RuleClock(inquiry.custody_id or "", inquiry.person_id or "", REFUSED_RULE, ClockStatus.FLAGGED,
                          "indicator", inquiry.at, inquiry.at, None, 0, _BASIS, details=details,
                          info=DESK_RULES[REFUSED_RULE])
        return DeskSignal(clock, person_name, facility_id, timezone)


def _signals(reports: list[ReportedApprehension], refusals: list[Inquiry],
             timelines: dict[str, CustodyTimeline]) -> list[DeskSignal]:
    signals = []
    for report in reports:
        timeline = timelines.get(report.custody_id)
        facility = timeline.stays[0].facility if timeline and timeline.stays else None
        signals.append(_DeskSignals.reported(report, facility, timeline.timezone if timeline else "Asia/Almaty"))
    for inquiry in refusals:
        timeline = timelines[inquiry.custody_id]
        current = timeline.current_stay or (timeline.stays[-1] if timeline.stays else None)
        signals.append(_DeskSignals.refused(inquiry, timeline.effective_person.full_name,
                                            current.facility if current else None, timeline.timezone))
    return signals
