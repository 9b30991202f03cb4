"""The custody record's own printouts and views (issue 17): the property receipt."""
from __future__ import annotations

from register.access import Permission
from register.custody_reports import PropertyReceipt
from register.errors import NotFound
from register.property import property_account
from register.reports import REGISTER_NAME
from register.services.base import Service

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
