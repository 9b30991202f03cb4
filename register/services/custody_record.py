"""The custody record's own printouts and views (issue 17): the property receipt, the medical report with
its body charts, the injury register, the shift handover and its signature."""
from __future__ import annotations

from datetime import datetime

from register import queries, store
from register.access import Permission
from register.custody_reports import MedicalReport, PropertyReceipt
from register.errors import BadInput
from register.handover import Handover, handover_row
from register.injuries import InjuryRow, injury_rows
from register.property import property_account
from register.reports import REGISTER_NAME
from register.services.base import Service
from register.rules import evaluate
from register.timeutil import format_utc
from register.writing import in_write_transaction

# The languages a property receipt is printed in (resources/printing/labels.toml [receipt]).
RECEIPT_LANGUAGES = ("kk", "ru", "en")


class CustodyRecordService(Service):
    """Printouts of one custody's record beyond the timeline; every print is logged."""

    def property_receipt(self, custody_id: str) -> PropertyReceipt:
        """The property receipt of a custody, in the detainee's language when the register prints it."""
        timeline = self._timeline_to_print(custody_id)
        self._log_access("print", f"custody {custody_id}")
        account = property_account(timeline)
        taken_at = account.inventories[0].at if account.inventories else None
        stay = next((s for s in reversed(timeline.stays) if taken_at is None or s.arrived_at <= taken_at),
                    timeline.stays[0] if timeline.stays else None)
        person = timeline.effective_person
        language = next((lang for lang in person.languages if lang in RECEIPT_LANGUAGES), None)
        return PropertyReceipt(person, timeline.custody, timeline.facilities.get(stay.facility) if stay else None,
                               account, language, timeline.facility_timezone or self.profile.timezone,
                               REGISTER_NAME, self._now(), self.actor.full_name or self.actor.username)

    def medical_report(self, custody_id: str) -> MedicalReport:
        """A custody's medical examinations with their body charts; only for those who read injury charts."""
        self.actor.require(Permission.READ_INJURIES)
        timeline = self._timeline_to_print(custody_id)
        self._log_access("print", f"medical report of custody {custody_id}")
        shown = self._shown(timeline)
        exams = tuple(e for e in shown.effective if e.type == "medical_exam")
        return MedicalReport(shown.effective_person, shown.custody, exams, dict(shown.facilities),
                             shown.facility_timezone or self.profile.timezone, REGISTER_NAME, self._now(),
                             self.actor.full_name or self.actor.username)

    def injury_register(self, as_of: datetime | None = None) -> list[InjuryRow]:
        """Every examination that found injuries, in the custodies this user may see, newest first, with
        whether the prosecutor was told (SPT report on Kazakhstan, paras. 79-80)."""
        self.actor.require(Permission.READ_INJURIES)
        as_of = as_of or self._now()
        with self._session() as session:
            ids = store.custodies_with_events(session, "medical_exam")
            rows = [row for timeline in store.timelines(session, ids) if self._visible(timeline)
                    for row in injury_rows(timeline, as_of)]
        self._log_access("read", f"injury register as of {format_utc(as_of)}")
        return sorted(rows, key=lambda row: row.examined_at, reverse=True)

    def handover(self, facility_id: str, as_of: datetime | None = None, outgoing: str = "",
                 notes: str = "") -> Handover:
        """The shift handover of a facility at an instant (default now), with the outgoing officer's notes."""
        self.actor.require(Permission.READ)
        as_of = as_of or self._now()
        with self._session() as session:
            facility = self._facility_overseen(session, facility_id)
            timelines = list(store.timelines(session, queries.held_candidates(session, as_of)))
            signed = tuple(store.shift_handovers(session, facility_id))
        rows = []
        for timeline in timelines:
            then = timeline.as_of(as_of)
            if then.current_stay is None or then.current_stay.facility != facility_id:
                continue
            rows.append(handover_row(then, evaluate(timeline, self.profile, as_of), as_of))
        rows.sort(key=lambda r: (r.location or "", r.person))
        self._log_access("open", f"handover {facility_id} {format_utc(as_of)}")
        return Handover(facility, as_of, tuple(rows), outgoing.strip(), notes.strip(), signed, self._rule_infos(),
                        REGISTER_NAME, self._now(), self.actor.full_name or self.actor.username)

    def sign_handover(self, shown: Handover) -> dict:
        """The incoming officer (the acting user) signs the handover they were shown; refused when the
        register has changed since (read it again), or when the outgoing officer is not named."""
        self.actor.require(Permission.RECORD_EVENTS)
        if not shown.outgoing:
            raise BadInput("handover-outgoing-required", "outgoing")
        again = self.handover(shown.facility.id, shown.as_of, shown.outgoing, shown.notes)
        if again.digest != shown.digest:
            raise BadInput("handover-changed", "as_of")
        values = {"at": self._now(), "by": self.actor.username, "facility_id": shown.facility.id,
                  "as_of": shown.as_of, "outgoing": shown.outgoing, "notes": shown.notes, "digest": shown.digest}
        in_write_transaction(self.register.engine,
                             lambda session: store.append_side_record(session, "shift_handover", values))
        with self._session() as session:
            return store.shift_handovers(session, shown.facility.id)[-1]
