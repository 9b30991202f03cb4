"""The custody record's own printouts and views (issue 17): the property receipt, the medical report with
its body charts, the injury register."""
from __future__ import annotations

from datetime import datetime

from register import store
from register.access import Permission
from register.custody_reports import MedicalReport, PropertyReceipt
from register.errors import NotFound
from register.injuries import InjuryRow, injury_rows
from register.property import property_account
from register.reports import REGISTER_NAME
from register.services.base import Service
from register.timeutil import format_utc

# The languages a property receipt is printed in (resources/printing/labels.toml [receipt]).
RECEIPT_LANGUAGES = ("kk", "ru", "en")


class CustodyRecordService(Service):
    """Printouts of one custody's record beyond the timeline; every print is logged."""

    def property_receipt(self, custody_id: str) -> PropertyReceipt:
        """The property receipt of a custody, in the detainee's language when the register prints it."""
        self.actor.require(Permission.PRINT)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise NotFound("no-such-custody", custody=custody_id)
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
        self.actor.require(Permission.PRINT)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise NotFound("no-such-custody", custody=custody_id)
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
