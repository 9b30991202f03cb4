"""The register's tables.

Every kind of record the hash chain signs is named once, in CHAINED_ROWS; those
rows are immutable once written (the database refuses UPDATE and DELETE on them,
see models/immutability.py) and every one of them has exactly one chain entry. `custody_state`
is a derived projection for fast board and search queries and may be rebuilt.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text,
                        UniqueConstraint, false)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from models.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class FacilityRow(Base):
    __tablename__ = "facility"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    designated: Mapped[bool] = mapped_column(Boolean)
    timezone: Mapped[str] = mapped_column(String(64))
    region: Mapped[str | None] = mapped_column(Text)
    agency: Mapped[str | None] = mapped_column(Text)
    # Extension (revision 0007): where relatives find the facility, for the whereabouts desk.
    address: Mapped[str | None] = mapped_column(Text)
    telephone: Mapped[str | None] = mapped_column(Text)


class PersonRow(Base):
    __tablename__ = "person"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(Text, index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(10))
    citizenship: Mapped[str | None] = mapped_column(String(16))
    languages: Mapped[list] = mapped_column(JSON)
    needs_interpreter: Mapped[bool | None] = mapped_column(Boolean)
    id_document: Mapped[str | None] = mapped_column(Text, index=True)
    vulnerabilities: Mapped[list] = mapped_column(JSON)
    # An age estimated when the birth date is unknown (revision 0013; docs/contract-extensions.md).
    estimated_age: Mapped[int | None] = mapped_column(Integer)


class PersonSearchRow(Base):
    """A person's search keys (register/search_text.py), written with the person; derived, so not chained."""
    __tablename__ = "person_search"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), primary_key=True)
    name_key: Mapped[str] = mapped_column(Text)
    document_key: Mapped[str] = mapped_column(Text)
    birth_date: Mapped[date | None] = mapped_column(Date)


class CustodyRow(Base):
    __tablename__ = "custody"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    procedural_status: Mapped[str] = mapped_column(String(20))
    grounds: Mapped[str] = mapped_column(Text)
    ordering_authority: Mapped[str] = mapped_column(Text)
    agency: Mapped[str | None] = mapped_column(Text)


class EventRow(Base):
    __tablename__ = "event"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    custody_id: Mapped[str] = mapped_column(ForeignKey("custody.id"))
    type: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON)
    seq: Mapped[int] = mapped_column(Integer, unique=True)

    __table_args__ = (Index("ix_event_custody_at", "custody_id", "at"),)


class ChainEntryRow(Base):
    """One link of the tamper-evident chain: hash = SHA-256(prev_hash + canonical content)."""
    __tablename__ = "chain_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("kind", "record_id", name="uq_chain_entry_kind_record"),)


class ChainHeadRow(Base):
    """The single row writers lock to append to the chain one at a time."""
    __tablename__ = "chain_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class CustodyStateRow(Base):
    """Derived, rebuildable projection of each custody for the board and search (not chained)."""
    __tablename__ = "custody_state"
    custody_id: Mapped[str] = mapped_column(ForeignKey("custody.id"), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(64), index=True)
    person_name: Mapped[str] = mapped_column(Text)
    person_name_folded: Mapped[str] = mapped_column(Text, index=True)
    id_document: Mapped[str | None] = mapped_column(Text)
    apprehended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    facility_id: Mapped[str | None] = mapped_column(String(64))
    location: Mapped[str | None] = mapped_column(Text)
    last_event_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    is_foreign_national: Mapped[bool] = mapped_column(Boolean, default=False)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The instant the clocks above were judged at; None for a row written before revision 0003.
    judged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    has_problem: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # register/search_text.py keys of the effective person (revision 0007; filled at open for older rows).
    name_key: Mapped[str | None] = mapped_column(Text)
    document_key: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_custody_state_open", "released_at", "facility_id", "apprehended_at"),
    )


class ClockJudgementRow(Base):
    """Derived like custody_state and written with it (revision 0010): that a custody's clocks were judged at
    `judged_at` with the profile `judged_with`, what readers need of it without its timeline, and the first
    instant one of its clocks is a problem (register/judgement.py)."""
    __tablename__ = "clock_judgement"
    custody_id: Mapped[str] = mapped_column(ForeignKey("custody.id"), primary_key=True)
    judged_with: Mapped[str] = mapped_column(String(64))
    judged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    problem_from: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    stays: Mapped[str] = mapped_column(Text)  # JSON: [[facility, arrived_at, departed_at or null], ...]
    entered_by: Mapped[str] = mapped_column(Text)  # JSON: who entered a custody with no arrival yet
    timezone: Mapped[str] = mapped_column(String(64))
    # An allegation of ill-treatment among its records as judged (register/allegations.py; revision 0014).
    alleged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), index=True)


class CustodyClockRow(Base):
    """One stored clock of a custody's judgement, in the order `evaluate` gives them (revision 0010)."""
    __tablename__ = "custody_clock"
    custody_id: Mapped[str] = mapped_column(ForeignKey("custody.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    rule: Mapped[str] = mapped_column(String(64), index=True)
    rule_index: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(16))
    trigger_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    met_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    warn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    overdue_minutes: Mapped[int] = mapped_column(Integer)
    basis: Mapped[str] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    every_seconds: Mapped[int | None] = mapped_column(Integer)


class ProjectionProfileRow(Base):
    """Which rule profile judged the custody_state rows (single row, id 1): after a change of profile the
    projection's clocks are stale until every row has been judged again."""
    __tablename__ = "projection_profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    fingerprint: Mapped[str] = mapped_column(String(64))


class UserAccountRow(Base):
    """An account. Never deleted, only disabled, so past records keep their author's name.

    Sign-in bookkeeping (failed attempts, lock-out) changes in place; who created
    or changed an account is recorded in the chain by the account service.
    """
    __tablename__ = "user_account"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    facilities: Mapped[list] = mapped_column(JSON)  # facility ids the account works at or oversees; empty = all
    # Loaded only when asked for: on a guarded PostgreSQL register no login may read it (pg_security).
    password_hash: Mapped[str] = mapped_column(Text, deferred=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Unused since revision 0006 (sign_in_guard keeps this for every username tried); kept for older stations.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SignInGuardRow(Base):
    """Failed sign-ins and lock-out of a username tried, whether or not an account has it (so a lock-out
    reveals nothing). Bookkeeping, changed in place, not chained; a PostgreSQL register that checks
    passwords itself (pg_security) does not use it."""
    __tablename__ = "sign_in_guard"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AlertActionRow(Base):
    """The append-only history of an alert: acknowledged, referred, closed."""
    __tablename__ = "alert_action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    alert_key: Mapped[str] = mapped_column(String(200), index=True)  # custody|rule|trigger_at
    # None for an apprehension reported to the whereabouts desk that no custody was registered for yet
    custody_id: Mapped[str | None] = mapped_column(ForeignKey("custody.id"), index=True)
    rule: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str | None] = mapped_column(Text)
    referred_to: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, unique=True)


class AccessLogRow(Base):
    """Who opened, printed or exported what, and when."""
    __tablename__ = "access_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(Text, index=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)


class AccountChangeRow(Base):
    """The chained history of an account: created, changed, password changed, disabled.

    `user_account` holds the current state and must always agree with the latest
    entry here; `credential` is the SHA-256 of the stored password hash, so a hash
    swapped behind the register's back is detected without the hash leaving the table.
    """
    __tablename__ = "account_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(64))
    username: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(20))
    full_name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    facilities: Mapped[list] = mapped_column(JSON)
    disabled: Mapped[bool] = mapped_column(Boolean)
    credential: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer, unique=True)


class ConfidentialFlagRow(Base):
    """A person marked at risk of reprisal; seen only by prosecutors and monitors."""
    __tablename__ = "confidential_flag"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, unique=True)


class SigningKeyRow(Base):
    """The public half of the Ed25519 key the register signs its checkpoints with, and the origin line
    naming the register in them. The private half is a file outside the database (register/checkpoint.py),
    so that a copy of the database cannot sign."""
    __tablename__ = "signing_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(Text)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the 32-byte Ed25519 public key
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    endorsement: Mapped[str | None] = mapped_column(Text, nullable=True)  # a rotated key: signed by the one before


class MerkleNodeRow(Base):
    """One complete subtree of the RFC 9162 Merkle tree over the chain (register/merkle.py), written once,
    when its last leaf is appended; `position` is merkle.position(level, index)."""
    __tablename__ = "merkle_node"
    position: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                          autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class InquiryRow(Base):
    """One question put to the whereabouts desk and the answer given (chained): who asked, about whom, what
    they were told and by which operator."""
    __tablename__ = "inquiry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(64))
    asker_name: Mapped[str] = mapped_column(Text)
    asker_relation: Mapped[str] = mapped_column(Text)
    asker_contact: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    query: Mapped[str] = mapped_column(Text)
    person_id: Mapped[str | None] = mapped_column(String(64), index=True)
    custody_id: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(20))  # held | released | not_found | refused
    answer: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, unique=True)


class ApprehensionReportRow(Base):
    """An apprehension reported to the desk that the register did not know (chained): an outside witness
    of a detention, matched later to the custody registered for it."""
    __tablename__ = "apprehension_report"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(64))
    reporter_name: Mapped[str] = mapped_column(Text)
    reporter_relation: Mapped[str] = mapped_column(Text)
    reporter_contact: Mapped[str] = mapped_column(Text)
    person_name: Mapped[str] = mapped_column(Text)
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_document: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str] = mapped_column(Text)
    apprehended_at: Mapped[datetime] = mapped_column(UTCDateTime())
    name_key: Mapped[str] = mapped_column(Text, index=True)
    document_key: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, unique=True)


class ShiftHandoverRow(Base):
    """A shift handover at a facility signed by the incoming officer (chained): the instant it describes,
    the outgoing officer and their notes, and the digest of the handover as the incoming officer saw it."""
    __tablename__ = "shift_handover"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())  # when it was signed
    by: Mapped[str] = mapped_column(String(64))  # the incoming officer's account
    facility_id: Mapped[str] = mapped_column(ForeignKey("facility.id"), index=True)
    as_of: Mapped[datetime] = mapped_column(UTCDateTime())  # the instant the handover describes
    outgoing: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))  # SHA-256 of the handover's content (register/handover.py)
    seq: Mapped[int] = mapped_column(Integer, unique=True)


class ComplaintActionRow(Base):
    """What the body a complaint is addressed to did about it (chained, append-only): taken up, the answer
    given, or the deadline for the answer moved, with the reason (register/complaints.py)."""
    __tablename__ = "complaint_action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    complaint_id: Mapped[str] = mapped_column(String(64), index=True)  # the `complaint` event's id
    custody_id: Mapped[str] = mapped_column(ForeignKey("custody.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # take_up | answer | deadline
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(64))
    text: Mapped[str | None] = mapped_column(Text)  # the answer, or why the deadline moved
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # deadline: the new deadline
    seq: Mapped[int] = mapped_column(Integer, unique=True)


# The one registry of chained record kinds: the chain entry's `kind` and the table its records live in.
# How a row becomes the canonical record the chain signs is the register's (register/store.CHAINED_KINDS);
# the unchained-record check, verify, export stubs and the immutability triggers all iterate this.
CHAINED_ROWS: dict[str, type[Base]] = {
    "facility": FacilityRow, "person": PersonRow, "custody": CustodyRow, "event": EventRow,
    "alert_action": AlertActionRow, "access": AccessLogRow, "account": AccountChangeRow,
    "confidential_flag": ConfidentialFlagRow, "signing_key": SigningKeyRow,
    "inquiry": InquiryRow, "apprehension_report": ApprehensionReportRow,  # the whereabouts desk
    "complaint_action": ComplaintActionRow,  # the complaints register
    "shift_handover": ShiftHandoverRow,  # the custody record (issue 17)
}

IMMUTABLE_TABLES = ("chain_entry", "merkle_node", *(row.__tablename__ for row in CHAINED_ROWS.values()))
