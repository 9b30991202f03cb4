"""Who may do what. Every service call names its acting user and is checked here.

The desktop and the command line only decide what to show; this module decides
what is allowed, so a bug in a screen cannot open a door the law keeps shut.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from register.errors import AccessDenied


class Permission(Enum):
    READ = "read the register"
    RECORD_EVENTS = "record custody events"
    RECORD_MEDICAL = "record medical events"
    READ_MEDICAL = "read medical details"
    REVIEW_ALERTS = "review alerts"
    PRINT = "print timelines and reports"
    EXPORT = "export the register"
    IMPORT = "import records"
    MANAGE_FACILITIES = "manage facilities"
    MANAGE_ACCOUNTS = "manage accounts"
    VERIFY = "verify the chain"
    READ_ACCESS_LOG = "read the access log"
    CONFIDENTIAL = "see or set confidential flags"
    # The whereabouts desk (register/services/whereabouts.py): answer a relative what article 18 of the
    # Enforced Disappearance Convention names, record the question and any reported apprehension.
    INQUIRE = "answer whereabouts inquiries"
    # The complaints register (register/complaints.py): receive a detainee's complaint directly (record the
    # `complaint` event, the one event these roles record) and answer those addressed to the user's body.
    COMPLAINTS = "read and answer complaints"


P = Permission
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "duty_officer": frozenset({P.READ, P.RECORD_EVENTS, P.PRINT, P.VERIFY}),
    "investigator": frozenset({P.READ, P.RECORD_EVENTS, P.PRINT, P.VERIFY}),
    "medical": frozenset({P.READ, P.RECORD_MEDICAL, P.READ_MEDICAL, P.PRINT, P.VERIFY}),
    "prosecutor": frozenset({P.READ, P.REVIEW_ALERTS, P.PRINT, P.EXPORT, P.VERIFY, P.READ_ACCESS_LOG,
                             P.CONFIDENTIAL, P.INQUIRE, P.COMPLAINTS}),
    # The Ombudsman's office and the national preventive mechanism it coordinates (Kazakhstan's
    # "Ombudsman+" model): independent monitors, and the bodies complaints may go to besides the prosecutor.
    "monitor": frozenset({P.READ, P.PRINT, P.EXPORT, P.VERIFY, P.READ_ACCESS_LOG, P.CONFIDENTIAL, P.COMPLAINTS}),
    # Imports keep the recorded_at and recorded_by their lines state, which no one who records events
    # may do (a duty officer could back-date his own entries as an "import"): a role of its own, which
    # records nothing itself and must work for every facility (services/records.py).
    "registrar": frozenset({P.READ, P.IMPORT, P.VERIFY}),
    # No IMPORT: an imported file carries custody events, and the administrator records none.
    "admin": frozenset({P.READ, P.MANAGE_FACILITIES, P.MANAGE_ACCOUNTS, P.EXPORT, P.VERIFY, P.READ_ACCESS_LOG}),
    # Staff of a prosecutor's office, the ombudsman's office or a hotline answering relatives: the whereabouts
    # desk and nothing else (not the board, not timelines, grounds, medical details or confidential flags).
    "inquiry_desk": frozenset({P.INQUIRE}),
    # Whoever works on a register that has no account yet (a fresh or scripted register): there is
    # nobody to sign in as. Refused as soon as the register has an account (register.sessions).
    "system": frozenset({P.READ, P.RECORD_EVENTS, P.RECORD_MEDICAL, P.READ_MEDICAL, P.PRINT, P.EXPORT, P.IMPORT,
                         P.MANAGE_FACILITIES, P.VERIFY}),
}
ROLES = tuple(role for role in ROLE_PERMISSIONS if role != "system")
# Which complaints reach whose inbox (the `body` of a `complaint`): a complaint to another body, or naming
# none, goes to the prosecutor, who supervises the legality of every detention.
COMPLAINT_BODIES_OF_ROLE = {"prosecutor": frozenset({"prosecutor", "other"}),
                            "monitor": frozenset({"ombudsman", "npm"})}
NO_ACCOUNT = "no-account"
MEDICAL_EVENT_TYPES = frozenset({"medical_request", "medical_exam", "injury_report"})
# Events either face of the custody desk records: the custody officer or the health care professional
# assesses the risk on arrival (PACE Code C 3.6-3.10, Annex H).
SHARED_EVENT_TYPES = frozenset({"risk_assessment"})
# What a user without CONFIDENTIAL (the facility's staff among them) is shown of a complaint: that it exists,
# when, to which body and who recorded it; never what it says nor to whom by name (docs/contract-extensions.md).
COMPLAINT_PUBLIC_FIELDS = frozenset({"body"})
# What a user without READ_MEDICAL is shown of a medical examination.
MEDICAL_EXAM_PUBLIC_FIELDS = frozenset({"physician", "report_number"})


@dataclass(frozen=True)
class Actor:
    username: str
    role: str
    full_name: str = ""
    facilities: frozenset[str] | None = None  # None: every facility
    # Made by a sign-in: the account's current state is read again at each service call (register.sessions).
    signed_in: bool = field(default=False, compare=False)

    @classmethod
    def without_accounts(cls) -> Actor:
        """The acting user of a register that has no account yet; refused once it has one."""
        return cls(NO_ACCOUNT, "system", "No account (register without accounts)")

    @property
    def is_without_accounts(self) -> bool:
        return self.role == "system"

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            raise AccessDenied("role-may-not", role=self.role, permission=permission.value)

    def require_event(self, event_type: str) -> None:
        """Medical staff record medical events; officers and investigators record the rest."""
        if event_type in MEDICAL_EVENT_TYPES | SHARED_EVENT_TYPES and self.may(P.RECORD_MEDICAL):
            return
        if event_type == "medical_request" and self.may(P.RECORD_EVENTS):
            return  # an officer passes on a detainee's request for a doctor
        if event_type not in MEDICAL_EVENT_TYPES and self.may(P.RECORD_EVENTS):
            return
        if event_type == "complaint" and self.may(P.COMPLAINTS):
            return  # handed directly to a prosecutor or monitor, never through the facility's staff
        raise AccessDenied("role-may-not-record", role=self.role, event_type=event_type)

    @property
    def complaint_bodies(self) -> frozenset[str]:
        """The bodies whose complaints reach this user's inbox."""
        return COMPLAINT_BODIES_OF_ROLE.get(self.role, frozenset())

    def covers(self, facility_id: str | None) -> bool:
        return self.facilities is None or facility_id is None or facility_id in self.facilities


@dataclass(frozen=True)
class AccessEntry:
    """One line of the access log: who opened, printed or exported what, and when."""
    at: datetime
    username: str
    action: str  # open | read | print | export | import | sign-in | sign-in refused | refused
    subject: str
