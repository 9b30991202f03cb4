"""The complaints register: every `complaint` reaches the body it is addressed to, and is answered in time.

A complaint is a custody event (contract section 2) with, as extensions, the `body` it goes to
(prosecutor, ombudsman, national preventive mechanism) and whether it alleges ill-treatment. It reaches
that body's inbox directly: a prosecutor reads those to the prosecutor (and to no named body), a monitor
those to the Ombudsman or the NPM (register/access.py `COMPLAINT_BODIES_OF_ROLE`). Facility staff read
that a complaint exists, never what it says (services/base.py `_shown`). What the body does about it
(taken up, the answer, the deadline moved) is a chained `complaint_action`; status and deadline are read
from that history, never stored. The SPT found complaints "not properly registered and often left
unanswered" (Kazakhstan visit report, paragraph 55): hence a deadline for every answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable, Sequence

from sqlalchemy.orm import Session

from register import queries, store
from register.access import Permission
from register.errors import BadInput, NotFound
from register.services.base import Service
from register.timeline import CustodyTimeline
from register.writing import in_write_transaction

RECEIVED, TAKEN_UP, ANSWERED = "received", "taken_up", "answered"
STATUSES = (RECEIVED, TAKEN_UP, ANSWERED)
TAKE_UP, ANSWER, DEADLINE = "take_up", "answer", "deadline"
STATUS_AFTER = {TAKE_UP: TAKEN_UP, ANSWER: ANSWERED}
# Unless the profile's [settings] say `complaint-answer-within`: the time a body has to answer.
DEFAULT_ANSWER_WITHIN = timedelta(days=15)
# How a free-text addressee names a body, for complaints that carry no `body` (case-folded).
_BODY_WORDS = (("ombudsman", ("омбудсмен", "ombudsman", "уполномоченн", "уәкіл")),
               ("npm", ("нпм", "npm", "превентив", "preventive", "алдын алу")),
               ("prosecutor", ("прокур", "prosecut")))


class ComplaintError(BadInput):
    """A complaint action that cannot be taken."""


@dataclass(frozen=True)
class ComplaintAction:
    id: int
    action: str  # take_up | answer | deadline
    at: datetime
    by: str
    text: str | None
    due_at: datetime | None
    seq: int


@dataclass(frozen=True)
class Complaint:
    """One complaint as its body reads it, with what was done about it."""
    event_id: str
    custody_id: str
    person_id: str
    person_name: str
    facility_id: str | None
    facility_name: str | None
    timezone: str
    made_at: datetime
    recorded_by: str | None
    body: str  # prosecutor | ombudsman | npm | other
    addressee: str
    subject: str
    ill_treatment: bool
    history: tuple[ComplaintAction, ...]
    answer_within: timedelta = DEFAULT_ANSWER_WITHIN

    @property
    def status(self) -> str:
        status = RECEIVED
        for action in self.history:
            status = STATUS_AFTER.get(action.action, status)
        return status

    @property
    def due_at(self) -> datetime:
        """The deadline for the answer: the latest one set, else the complaint's instant plus the set time."""
        moved = [a.due_at for a in self.history if a.action == DEADLINE and a.due_at]
        return moved[-1] if moved else self.made_at + self.answer_within

    @property
    def answer(self) -> str | None:
        return next((a.text for a in self.history if a.action == ANSWER), None)

    @property
    def answered_at(self) -> datetime | None:
        return next((a.at for a in self.history if a.action == ANSWER), None)

    def overdue(self, now: datetime) -> bool:
        """Unanswered past its deadline, or answered after it."""
        return (self.answered_at or now) > self.due_at


def body_of(fields: dict) -> str:
    """The body a complaint goes to: its `body`, else what its free-text addressee names, else `other`."""
    if fields.get("body"):
        return fields["body"]
    addressee = str(fields.get("addressee") or "").casefold()
    return next((body for body, words in _BODY_WORDS if any(w in addressee for w in words)), "other")


def answer_within(profile) -> timedelta:
    return profile.settings.get("complaint-answer-within") or DEFAULT_ANSWER_WITHIN


def complaints_of(timelines: Iterable[CustodyTimeline], actions: Iterable[dict], within: timedelta) -> list[Complaint]:
    """Every complaint of these timelines (corrections applied) with its history, oldest first. A plain read
    for whoever counts complaints (the oversight report); `actions` are `store.complaint_actions` rows."""
    histories: dict[str, list[ComplaintAction]] = {}
    for values in actions:
        histories.setdefault(values["complaint_id"], []).append(_to_action(values))
    found = []
    for timeline in timelines:
        for event in timeline.effective:
            if event.type != "complaint":
                continue
            facility_id = _facility_at(timeline, event.at)
            facility = timeline.facilities.get(facility_id) if facility_id else None
            found.append(Complaint(
                event.id, timeline.custody.id, timeline.person.id, timeline.effective_person.full_name, facility_id,
                facility.name if facility else None, facility.timezone if facility else timeline.timezone, event.at,
                event.recorded_by, body_of(event.fields), str(event.get("addressee") or ""),
                str(event.get("subject") or ""), event.get("ill_treatment") is True,
                tuple(histories.get(event.id, ())), within))
    return sorted(found, key=lambda c: (c.made_at, c.event_id))


def read_complaints(session: Session, custody_ids: Sequence[str] | None, profile) -> list[Complaint]:
    """Every complaint of the given custodies (None: of the register), read whole: for a report that counts
    them (register/oversight.py). Who may see which is the caller's to decide."""
    ids = queries.custodies_with_event_type(session, "complaint", custody_ids)
    return complaints_of(store.timelines(session, ids), store.complaint_actions(session, ids), answer_within(profile))


class ComplaintsService(Service):
    """The complaints addressed to the acting prosecutor's or monitor's body, and what they do about them."""

    def complaints(self, include_answered: bool = True) -> list[Complaint]:
        """The complaints that reach this user's inbox, of custodies they may see, the oldest deadline first."""
        self.actor.require(Permission.COMPLAINTS)
        listed = [c for c in self._readable() if include_answered or c.status != ANSWERED]
        self._log_access("open", "complaints register")
        return sorted(listed, key=lambda c: (c.status == ANSWERED, c.due_at, c.event_id))

    def of_custody(self, custody_id: str) -> list[Complaint]:
        """One custody's complaints that reach this user (for a case file)."""
        self.actor.require(Permission.COMPLAINTS)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise NotFound("no-such-custody", custody=custody_id)
        with self._session() as session:
            actions = store.complaint_actions(session, [custody_id])
        return [c for c in complaints_of([timeline], actions, answer_within(self.profile))
                if c.body in self.actor.complaint_bodies]

    def take_up(self, event_id: str, comment: str | None = None) -> ComplaintAction:
        """The body has the complaint in hand (received, now being looked into)."""
        return self._act(event_id, TAKE_UP, (comment or "").strip() or None)

    def answer(self, event_id: str, text: str) -> ComplaintAction:
        """The answer given to the complainant; it ends the complaint, so it is required."""
        if not (text or "").strip():
            raise ComplaintError("complaint-answer-empty", "answer")
        return self._act(event_id, ANSWER, text.strip())

    def move_deadline(self, event_id: str, due_at: datetime, reason: str) -> ComplaintAction:
        """A new deadline for the answer (an inquiry takes longer), with the reason, before it is answered."""
        if not (reason or "").strip():
            raise ComplaintError("complaint-deadline-reason", "reason")
        if due_at.tzinfo is None or due_at <= self._now():
            raise ComplaintError("complaint-deadline-past", "due_at")
        return self._act(event_id, DEADLINE, reason.strip(), due_at)

    def _readable(self) -> list[Complaint]:
        with self._session() as session:
            ids = queries.custodies_with_event_type(session, "complaint", None)
            timelines = [t for t in store.timelines(session, ids) if self._visible(t)]
            actions = store.complaint_actions(session, [t.custody.id for t in timelines])
        return [c for c in complaints_of(timelines, actions, answer_within(self.profile))
                if c.body in self.actor.complaint_bodies]

    def _act(self, event_id: str, action: str, text: str | None, due_at: datetime | None = None) -> ComplaintAction:
        self.actor.require(Permission.COMPLAINTS)
        complaint = next((c for c in self._readable() if c.event_id == event_id), None)
        if complaint is None:
            raise ComplaintError("no-such-complaint", "complaint", complaint=event_id)
        at, by = self._now(), self.actor.username

        def append(session: Session) -> ComplaintAction:
            writer = store.ChainWriter(session)  # the chain's lock: two answers cannot both pass
            history = [_to_action(v) for v in store.complaint_actions(session, [complaint.custody_id])
                       if v["complaint_id"] == event_id]
            status = Complaint(**{**complaint.__dict__, "history": tuple(history)}).status
            if status == ANSWERED:
                raise ComplaintError("complaint-answered", "complaint", complaint=event_id)
            if action == TAKE_UP and status != RECEIVED:
                raise ComplaintError("complaint-taken-up", "complaint", complaint=event_id)
            store.append_side_record(session, "complaint_action", {
                "complaint_id": event_id, "custody_id": complaint.custody_id, "action": action, "at": at, "by": by,
                "text": text, "due_at": due_at}, writer)
            writer.flush()
            return _to_action(store.complaint_actions(session, [complaint.custody_id])[-1])

        return in_write_transaction(self.register.engine, append)


def _to_action(values: dict) -> ComplaintAction:
    return ComplaintAction(values["id"], values["action"], values["at"], values["by"], values["text"],
                           values["due_at"], values["seq"])


def _facility_at(timeline: CustodyTimeline, instant: datetime) -> str | None:
    """Where the person was when they complained, else the first facility they reached."""
    current = None
    for stay in timeline.stays:
        if stay.arrived_at <= instant and (stay.departure is None or stay.departure.at > instant):
            current = stay.facility
    return current or (timeline.stays[0].facility if timeline.stays else None)
