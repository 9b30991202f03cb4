"""What every service of one acting user shares: the user, the open register, its sessions and clock.

A service never reaches another service: what several of them need (may this user see a custody,
what of it may they see, the access log's append) is here, written once.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from register import queries, store
from register.access import COMPLAINT_PUBLIC_FIELDS, AccessDenied, Actor, Permission, medical_exam_fields_shown
from register.domain import Facility, RuleInfo
from register.errors import NotFound
from register.projection import judged_with
from register.rules import Profile
from register.sessions import FollowsAccount
from register.timeline import CustodyTimeline
from register.writing import in_write_transaction

if TYPE_CHECKING:
    from register.opening import OpenedRegister


@dataclass
class ActingUser:
    """One acting user on one open register: the one user and the one session factory of their services.
    `actor` is brought up to date with the account at each service call (register.sessions)."""
    register: OpenedRegister
    actor: Actor

    def session(self) -> Session:
        return Session(self.register.engine)


class Service(FollowsAccount):
    """The base of each service: the acting user's checks and views shared by all of them. Every public
    method of a service acts as the account is at the moment it is called (register.sessions)."""

    def __init__(self, acting: ActingUser):
        self._acting = acting

    @property
    def actor(self) -> Actor:
        return self._acting.actor

    @property
    def register(self) -> OpenedRegister:
        return self._acting.register

    @property
    def profile(self) -> Profile:
        return self._acting.register.profile

    def _now(self) -> datetime:
        return self._acting.register.clock.now()

    def _session(self) -> Session:
        return self._acting.session()

    def _rule_infos(self) -> dict[str, RuleInfo]:
        return {info.id: info for info in self.profile.infos(self._now().date())}

    def _timeline(self, custody_id: str) -> CustodyTimeline | None:
        """The whole timeline, for evaluation; what reaches the user goes through `_shown`."""
        self.actor.require(Permission.READ)
        with self._session() as session:
            result = store.timeline(session, custody_id)
        if result is not None and not self._visible(result):
            raise AccessDenied("custody-elsewhere", custody=custody_id, user=self.actor.username)
        return result

    def _timeline_to_print(self, custody_id: str) -> CustodyTimeline:
        """The whole timeline of a custody this user may print; refused when the register holds no such custody."""
        self.actor.require(Permission.PRINT)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise NotFound("no-such-custody", custody=custody_id)
        return timeline

    def _facility_overseen(self, session: Session, facility_id: str) -> Facility:
        """A facility this user oversees; refused for another, or when the register holds no such facility."""
        if not self.actor.covers(facility_id):
            raise AccessDenied("not-overseeing-facility", user=self.actor.username, facility=facility_id)
        facility = store.facility(session, facility_id)
        if facility is None:
            raise NotFound("no-such-facility", facility=facility_id)
        return facility

    def _shown(self, timeline: CustodyTimeline) -> CustodyTimeline:
        """The timeline with medical examinations cut to physician and report number, unless READ_MEDICAL
        (READ_INJURIES keeps the injuries found, their occasion and the body chart), and complaints cut to their
        body, unless CONFIDENTIAL: a complaint about the staff must not be read by the staff (whether it
        concerns them is itself what they must not learn)."""
        kept = {}
        exam_fields = medical_exam_fields_shown(self.actor)
        if exam_fields is not None:
            kept["medical_exam"] = exam_fields
        if not self.actor.may(Permission.CONFIDENTIAL):
            kept["complaint"] = COMPLAINT_PUBLIC_FIELDS
        if not kept:
            return timeline
        cut = {e.id: kept[e.type] for e in timeline.events if e.type in kept}
        shown = []
        for event in timeline.events:
            if event.id in cut:
                event = replace(event, fields={k: v for k, v in event.fields.items() if k in cut[event.id]})
            elif event.type == "correction" and event.get("corrects") in cut:
                public = cut[event.get("corrects")]
                changes = {k: v for k, v in event.get("changes", {}).items() if k in public or k == "at"}
                event = replace(event, fields={**event.fields, "changes": changes})
            shown.append(event)
        return replace(timeline, events=tuple(shown))

    def _visible(self, timeline: CustodyTimeline) -> bool:
        """Held at one of the user's facilities, or, before any arrival, entered by the user."""
        if self.actor.facilities is None:
            return True
        if timeline.stays:
            return any(self.actor.covers(stay.facility) for stay in timeline.stays)
        return any(event.recorded_by == self.actor.username for event in timeline.events)

    def _projection_current(self, session: Session) -> bool:
        return store.projection_fingerprint(session) == judged_with(self.profile)

    def _log_access(self, action: str, subject: str) -> None:
        """Record that this user opened, printed or exported something (visible to oversight)."""
        record_at = self._now()
        username = self.actor.username
        in_write_transaction(self.register.engine, lambda session: queries.append_access(
            session, record_at, username, action, subject))
