"""The services' SQL beyond reading and writing records (store.py): the board's filters and pages, the
custodies a held list, the alert inbox or an oversight report start from, the access log and the
confidential flags.

Services call these inside a session they manage; only domain objects or plain values come back.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Sequence

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from models.orm import (AccessLogRow, ConfidentialFlagRow, CustodyRow, CustodyStateRow, EventRow, FacilityRow,
                        PersonRow)
from register import store
from register.access import AccessEntry
from register.domain import Person
from register.projection import fold

if TYPE_CHECKING:
    from register.services.board import BoardQuery

SORT_COLUMNS = {
    "apprehended_at": CustodyStateRow.apprehended_at,
    "person_name": CustodyStateRow.person_name_folded,
    # Urgency, the board's order: a breach still open (an instant breach too) has a due instant in the past,
    # so it comes first, then the nearest due instant (register.projection.custody_state).
    "next_due_at": CustodyStateRow.next_due_at,
    "custody_id": CustodyStateRow.custody_id,
}


# ---------------------------------------------------------------- board and search

def find_persons(session: Session, text: str, limit: int, facilities: frozenset[str] | None,
                 username: str) -> list[Person]:
    """People by name, identity document or id; `%` and `_` match themselves. A user of some `facilities`
    finds only the people held at one of them (as the board places them) or whose custody they entered."""
    pattern = f"%{escape_like(text.strip())}%"
    scope = []
    if facilities is not None:
        held_here = select(CustodyStateRow.person_id).where(CustodyStateRow.facility_id.in_(sorted(facilities)))
        entered = (select(CustodyRow.person_id).join(EventRow, EventRow.custody_id == CustodyRow.id)
                   .where(EventRow.recorded_by == username))
        scope.append(or_(PersonRow.id.in_(held_here), PersonRow.id.in_(entered)))
    rows = session.scalars(select(PersonRow).where(or_(
        PersonRow.full_name.ilike(pattern, escape=LIKE_ESCAPE), PersonRow.id_document.ilike(pattern, escape=LIKE_ESCAPE),
        PersonRow.id == text.strip()
    ), *scope).order_by(PersonRow.full_name).limit(limit))
    return [store.to_person(r) for r in rows]


LIKE_ESCAPE = "\\"


def escape_like(text: str) -> str:
    """`text` for a LIKE pattern with LIKE_ESCAPE: its %, _ and \\ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def board_states(session: Session, query: BoardQuery, facilities: frozenset[str] | None, offset: int,
                 limit: int) -> list[CustodyStateRow]:
    """One page of custody_state rows, filtered and sorted as the board asks."""
    column = SORT_COLUMNS.get(query.sort, CustodyStateRow.apprehended_at)
    order = column.desc() if query.descending else column.asc()
    return list(session.scalars(select(CustodyStateRow).where(*_filters(query, facilities))
                                .order_by(order.nulls_last(), CustodyStateRow.custody_id)
                                .offset(offset).limit(limit)))


def board_count(session: Session, query: BoardQuery, facilities: frozenset[str] | None) -> int:
    return session.scalar(select(func.count()).select_from(CustodyStateRow).where(*_filters(query, facilities)))


def _filters(query: BoardQuery, facilities: frozenset[str] | None) -> list:
    state = CustodyStateRow
    filters = []
    if query.held_only:
        filters.append(state.released_at.is_(None))
    if query.facility_id:
        filters.append(state.facility_id == query.facility_id)
    if facilities is not None:
        filters.append(state.facility_id.in_(sorted(facilities)))
    if query.text and query.text.strip():
        text = query.text.strip()
        pattern = f"%{escape_like(fold(text))}%"
        filters.append(or_(state.person_name_folded.like(pattern, escape=LIKE_ESCAPE), state.custody_id == text,
                           state.id_document == text, state.person_id == text))
    if query.apprehended_from:
        filters.append(state.apprehended_at >= query.apprehended_from)
    if query.apprehended_until:
        filters.append(state.apprehended_at <= query.apprehended_until)
    if query.minors_only:
        filters.append(state.is_minor.is_(True))
    if query.foreign_only:
        filters.append(state.is_foreign_national.is_(True))
    return filters


def custody_ids_starting(session: Session, start: str) -> list[str]:
    """Custody ids that begin with `start` (a facility's numbers of one year)."""
    escaped = start.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return list(session.scalars(select(CustodyRow.id).where(CustodyRow.id.like(f"{escaped}%", escape="\\"))))


def facility_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(FacilityRow.id, FacilityRow.name)).all())


def current_facility(session: Session, custody_id: str) -> str | None:
    """Where the projection places a custody now (None: not at a facility, or no such custody)."""
    state = session.get(CustodyStateRow, custody_id)
    return state.facility_id if state else None


# ---------------------------------------------------------------- custodies a report starts from

def held_candidates(session: Session, as_of: datetime) -> list[str]:
    """Custodies apprehended by `as_of` and not released before it."""
    return list(session.scalars(select(CustodyStateRow.custody_id).where(
        CustodyStateRow.apprehended_at <= as_of,
        or_(CustodyStateRow.released_at.is_(None), CustodyStateRow.released_at > as_of))))


def apprehended_between(session: Session, start: datetime, end: datetime) -> list[str]:
    """Custodies apprehended in [start, end)."""
    return list(session.scalars(select(CustodyStateRow.custody_id).where(
        CustodyStateRow.apprehended_at >= start, CustodyStateRow.apprehended_at < end)))


def problem_candidates(session: Session, as_of: datetime, projection_current: bool) -> list[tuple[str, datetime | None]]:
    """(custody id, judged_at) of the custodies that may have a problem clock as of `as_of` (every custody
    when the projection was judged with another profile)."""
    state = CustodyStateRow
    candidates = select(state.custody_id, state.judged_at)
    if projection_current:
        candidates = candidates.where(or_(state.has_problem.is_(True), state.next_due_at <= as_of,
                                          state.judged_at.is_(None), state.judged_at > as_of))
    return session.execute(candidates).all()


def judge_once(session: Session, states: Sequence[dict]) -> None:
    """Rewrite never-judged custody_state rows with their judged clocks; a row a writer has replaced in
    the meantime (judged_at set) is left as the writer wrote it (on a guarded PostgreSQL register the
    database's own function keeps to the same, see pg_security)."""
    if store.guarded(session):
        store.save_state(session, states)
        return
    table = CustodyStateRow.__table__
    judge = update(table).where(table.c.custody_id == bindparam("row_id"), table.c.judged_at.is_(None)).values(
        {name: bindparam(f"new_{name}") for name in states[0] if name != "custody_id"})
    params = [{"row_id": s["custody_id"], **{f"new_{k}": v for k, v in s.items() if k != "custody_id"}}
              for s in states]
    session.execute(judge, params)


# ---------------------------------------------------------------- access log

def append_access(session: Session, record_at: datetime, username: str, action: str, subject: str) -> None:
    store.append_side_record(session, "access", {"at": record_at, "username": username, "action": action,
                                                 "subject": subject})


def access_entries(session: Session, subject: str | None) -> list[AccessEntry]:
    query = select(AccessLogRow).order_by(AccessLogRow.seq)
    if subject is not None:
        query = query.where(AccessLogRow.subject == subject)
    return [AccessEntry(r.at, r.username, r.action, r.subject) for r in session.scalars(query)]


# ---------------------------------------------------------------- confidential flags

def append_confidential_flag(session: Session, person_id: str, at: datetime, by: str, reason: str) -> None:
    store.append_side_record(session, "confidential_flag", {"person_id": person_id, "at": at, "by": by,
                                                            "reason": reason})


def confidential_flags(session: Session, person_id: str | None) -> list[ConfidentialFlagRow]:
    query = select(ConfidentialFlagRow).order_by(ConfidentialFlagRow.seq)
    if person_id is not None:
        query = query.where(ConfidentialFlagRow.person_id == person_id)
    return list(session.scalars(query))


def custodies_of(session: Session, person_ids: Sequence[str]) -> list[str]:
    return list(session.scalars(select(CustodyRow.id).where(CustodyRow.person_id.in_(person_ids))
                                .order_by(CustodyRow.id)))
