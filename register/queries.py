"""The services' SQL beyond reading and writing records (store.py): the board's filters and pages, the
custodies a held list, the alert inbox or an oversight report start from, the access log and the
confidential flags.

Services call these inside a session they manage; only domain objects or plain values come back.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Sequence

from sqlalchemy import String, and_, bindparam, false, func, or_, select, text, type_coerce, update
from sqlalchemy.orm import Session, aliased

from models.orm import (AccessLogRow, AlertActionRow, ApprehensionReportRow, ClockJudgementRow, ConfidentialFlagRow,
                        CustodyClockRow, CustodyRow, CustodyStateRow, EventRow, FacilityRow, InquiryRow, PersonRow, PersonSearchRow,
                        UserAccountRow)
from register import store, stored_clocks
from register.access import AccessEntry
from register.domain import EarlierCustody, Namesake, Person
from register.judgement import PROBLEM_TEXTS, UNMET
from register.search_text import DOCUMENT_TAIL, MIN_DOCUMENT_DIGITS, SearchTerms, like_pattern, search_terms

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

def text_matches(terms: SearchTerms, name_key, document_key, *ids):
    """The one SQL condition of every search for a person (board, Search, intake, the whereabouts desk):
    each folded word of the query somewhere in the name key, or the query's digits somewhere in the
    document key, or the text exactly one of `ids` (register/search_text.py)."""
    either = [column == terms.text for column in ids]
    if terms.words:
        either.append(and_(*(name_key.like(like_pattern(word), escape="\\") for word in terms.words)))
    if terms.digits:
        either.append(document_key.like(like_pattern(terms.digits), escape="\\"))
    return or_(*either) if either else false()


def find_persons(session: Session, text: str, limit: int, facilities: frozenset[str] | None, username: str,
                 birth_date: date | None = None) -> list[Person]:
    """People whose name, document or id the text matches (and born on `birth_date` when given). A user of
    some `facilities` finds only the people held at one of them (as the board places them) or whose custody
    they entered."""
    terms = search_terms(text)
    keys = PersonSearchRow
    person = aliased(PersonRow, store.DESK_PERSON, adapt_on_names=True) if store.desk_reader(session) else PersonRow
    query = select(person).join(keys, keys.person_id == person.id)
    if not terms.empty:
        query = query.where(text_matches(terms, keys.name_key, keys.document_key, person.id))
    elif birth_date is None:
        return []
    if birth_date is not None:
        query = query.where(keys.birth_date == birth_date)
    if facilities is not None:
        held_here = select(CustodyStateRow.person_id).where(CustodyStateRow.facility_id.in_(sorted(facilities)))
        entered = (select(CustodyRow.person_id).join(EventRow, EventRow.custody_id == CustodyRow.id)
                   .where(EventRow.recorded_by == username))
        query = query.where(or_(person.id.in_(held_here), person.id.in_(entered)))
    rows = session.scalars(query.order_by(keys.name_key, person.id).limit(limit))
    return [store.to_person(r) for r in rows]


NAMESAKES_AT_MOST = 50  # as register_namesakes answers on a guarded register


def namesakes(session: Session, birth_date: date | None, words: Sequence[str], digits: str,
              limit: int = NAMESAKES_AT_MOST) -> list[Namesake]:
    """People of every facility born on `birth_date` whose name key holds one of the folded `words`, or
    whose document key is `digits`: only what identifies them and where and when they were held. On a
    guarded register through `register_namesakes`, which returns only those columns to the user's login."""
    limit = min(limit, NAMESAKES_AT_MOST)
    digits = digits if len(digits or "") >= MIN_DOCUMENT_DIGITS else ""
    if birth_date is None and not digits:
        return []
    if store.guarded(session):
        rows = session.execute(text("SELECT * FROM register_namesakes(:born, CAST(:words AS text[]), :digits, :most)"),
                               {"born": birth_date, "words": list(words), "digits": digits, "most": limit}).all()
    else:
        keys = PersonSearchRow
        alike = [keys.name_key.like(like_pattern(word), escape="\\") for word in words]
        either = []
        if birth_date is not None and alike:
            either.append(and_(keys.birth_date == birth_date, or_(*alike)))
        if digits:
            either.append(keys.document_key == digits)
        if not either:
            return []
        found = select(keys.person_id).where(or_(*either)).order_by(keys.person_id).limit(limit).subquery()
        state = CustodyStateRow
        rows = session.execute(
            select(PersonRow.id, PersonRow.full_name, PersonRow.birth_date, keys.document_key, FacilityRow.name,
                   state.apprehended_at, state.released_at)
            .join(found, found.c.person_id == PersonRow.id).join(keys, keys.person_id == PersonRow.id)
            .outerjoin(state, state.person_id == PersonRow.id)
            .outerjoin(FacilityRow, FacilityRow.id == state.facility_id)
            .order_by(PersonRow.id, state.apprehended_at)).all()
    people: dict[str, tuple[tuple, list[EarlierCustody]]] = {}
    for person_id, name, born, document, facility, apprehended, released in rows:
        held = people.setdefault(person_id, ((person_id, name, born, (document or "")[-DOCUMENT_TAIL:] or None), []))[1]
        if apprehended is not None or facility is not None:
            held.append(EarlierCustody(facility, apprehended, released))
    return [Namesake(*identity, custodies=tuple(held)) for identity, held in people.values()]


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
    terms = search_terms(query.text)
    if not terms.empty:
        filters.append(text_matches(terms, state.name_key, state.document_key, state.custody_id, state.person_id))
    if query.apprehended_from:
        filters.append(state.apprehended_at >= query.apprehended_from)
    if query.apprehended_until:
        filters.append(state.apprehended_at <= query.apprehended_until)
    if query.minors_only:
        filters.append(state.is_minor.is_(True))
    if query.foreign_only:
        filters.append(state.is_foreign_national.is_(True))
    if query.age_unknown_only:
        filters.append(state.person_id.in_(select(PersonSearchRow.person_id).where(
            PersonSearchRow.birth_date.is_(None))))
        established = select(EventRow.custody_id).where(EventRow.type == "identity_established",
                                                        EventRow.data["birth_date"].as_string().is_not(None))
        filters.append(state.custody_id.not_in(established))
    if query.custody_ids:
        filters.append(state.custody_id.in_(sorted(set(query.custody_ids))))
    return filters


def person_names_of_custodies(session: Session, custody_ids: Sequence[str]) -> dict[str, str]:
    """custody id -> the (effective) name of its person, for those of `custody_ids` the register holds."""
    found: dict[str, str] = {}
    wanted = sorted(set(custody_ids))
    for start in range(0, len(wanted), 500):
        found.update(session.execute(select(CustodyStateRow.custody_id, CustodyStateRow.person_name).where(
            CustodyStateRow.custody_id.in_(wanted[start:start + 500]))).all())
    return found


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


def judge_once(session: Session, states: Sequence[dict], judgements: Sequence = ()) -> None:
    """Rewrite never-judged custody_state rows with their judged clocks; a row a writer has replaced in
    the meantime (judged_at set) is left as the writer wrote it (on a guarded PostgreSQL register the
    database's own function keeps to the same, see pg_security)."""
    if store.guarded(session):
        store.save_state(session, states, judgements)
        return
    store.save_judgements(session, judgements)
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


def custodies_with_event_type(session: Session, event_type: str, custody_ids: Sequence[str] | None) -> list[str]:
    """The custodies (of those given, or all) with at least one event of a type: where complaints are."""
    query = select(EventRow.custody_id).where(EventRow.type == event_type).distinct()
    if custody_ids is not None:
        query = query.where(EventRow.custody_id.in_(list(custody_ids)))
    return sorted(session.scalars(query))


def allegation_candidates(session: Session, fingerprint: str, as_of: datetime) -> list[str]:
    """Custodies that may hold an allegation for the prosecutor (register/allegations.py): those whose stored
    judgement answers for `as_of` and says so (`clock_judgement.alleged`, indexed), and, of the others (judged with
    another profile or format, or written after `as_of`), those with an examination that found injuries, a
    complaint alleging ill-treatment, or a correction that may have made one (their fields read)."""
    c = store.readable_events(session).c
    judgement = ClockJudgementRow
    current = stored_clocks.current_judgement(fingerprint, as_of)
    unjudged_alleged = select(c.custody_id).where(c.custody_id == CustodyRow.id, or_(
        and_(c.type == "medical_exam", c.data["injuries"].as_boolean().is_(True)),
        and_(c.type == "complaint", c.data["ill_treatment"].as_boolean().is_(True)),
        c.type == "correction")).exists()
    query = (select(CustodyRow.id).select_from(CustodyRow)
             .outerjoin(CustodyStateRow, CustodyStateRow.custody_id == CustodyRow.id)
             .outerjoin(judgement, judgement.custody_id == CustodyRow.id)
             .where(or_(and_(current, judgement.alleged.is_(True)), and_(~current, unjudged_alleged)))
             .order_by(CustodyRow.id))
    return list(session.scalars(query))


def recorded_by(session: Session, custody_ids: Sequence[str]) -> dict[str, list[tuple[datetime, str, str | None]]]:
    """(at, type, recorded_by) of every event of these custodies the login may read, in the order recorded: who
    recorded what when, without the events' fields (alerts.officers_concerned)."""
    c = store.readable_events(session).c
    connection = session.connection()
    instant = stored_clocks.instant_reader(connection.dialect.name)
    found: dict[str, list[tuple[datetime, str, str | None]]] = {}
    for start in range(0, len(custody_ids), 500):
        for custody_id, at, type_, by in connection.execute(
                select(c.custody_id, type_coerce(c.at, String), c.type, c.recorded_by)
                .where(c.custody_id.in_(custody_ids[start:start + 500])).order_by(c.seq)):
            found.setdefault(custody_id, []).append((instant(at), type_, by))
    return found


def written_since(session: Session, seq: int | None) -> tuple[int, frozenset[str]]:
    """The chain position of the last event the login may read, and the custodies with an event after `seq`
    (None: nothing seen before, nothing to compare): what a reader that keeps what it read must read again.

    The last position is read first, so an event written meanwhile is read again the next time. The custodies
    are made distinct here: asked for DISTINCT, SQLite walked the whole (custody, at) index, seconds on a
    national register, instead of the few entries after `seq`."""
    c = store.readable_events(session).c
    last = session.scalar(select(func.max(c.seq))) or 0
    if seq is None or seq == last:
        return last, frozenset()
    return last, frozenset(session.scalars(select(c.custody_id).where(c.seq > seq)))


def custodies_of(session: Session, person_ids: Sequence[str]) -> list[str]:
    custody = store.custodies_table(session)
    return list(session.scalars(select(custody.c.id).where(custody.c.person_id.in_(person_ids))
                                .order_by(custody.c.id)))


# ---------------------------------------------------------------- the whereabouts desk

def persons_with_custody(session: Session, person_ids: Sequence[str]) -> list[str]:
    custody = store.custodies_table(session)
    return list(session.scalars(select(custody.c.person_id).where(custody.c.person_id.in_(person_ids))
                                .distinct()))


def append_inquiry(session: Session, values: dict) -> int:
    """Append one inquiry (values without id and seq) to its table and the chain; returns its id."""
    seq = store.append_side_record(session, "inquiry", values)
    return session.scalar(select(InquiryRow.id).where(InquiryRow.seq == seq))


def append_apprehension_report(session: Session, values: dict) -> int:
    """Append one reported apprehension (values without id and seq); returns its id."""
    seq = store.append_side_record(session, "apprehension_report", values)
    return session.scalar(select(ApprehensionReportRow.id).where(ApprehensionReportRow.seq == seq))


def inquiries(session: Session, person_id: str | None = None) -> list[InquiryRow]:
    query = select(InquiryRow).order_by(InquiryRow.seq)
    if person_id is not None:
        query = query.where(InquiryRow.person_id == person_id)
    return list(session.scalars(query))


def apprehension_reports(session: Session, start: datetime | None = None,
                         end: datetime | None = None) -> list[ApprehensionReportRow]:
    query = select(ApprehensionReportRow).order_by(ApprehensionReportRow.seq)
    if start is not None:
        query = query.where(ApprehensionReportRow.at >= start)
    if end is not None:
        query = query.where(ApprehensionReportRow.at < end)
    return list(session.scalars(query))


def custodies_matching(session: Session, name_key: str, birth_date: date | None, document_key: str,
                       apprehended_from: datetime) -> list[str]:
    """Custodies of a reported person apprehended from `apprehended_from` on: the same document digits,
    or the same folded name and birth date."""
    state, keys = CustodyStateRow, PersonSearchRow
    same = []
    if document_key:
        same.append(state.document_key == document_key)
    if birth_date is not None and name_key:
        same.append(and_(state.name_key == name_key, keys.birth_date == birth_date))
    if not same:
        return []
    return list(session.scalars(select(state.custody_id).join(keys, keys.person_id == state.person_id)
                                .where(or_(*same), state.apprehended_at >= apprehended_from)
                                .order_by(state.apprehended_at)))


def inquiries_between(session: Session, start: datetime, end: datetime) -> list[tuple[int, datetime, str, str | None]]:
    """(id, at, outcome, custody id) of the inquiries answered in [start, end)."""
    return [tuple(row) for row in session.execute(
        select(InquiryRow.id, InquiryRow.at, InquiryRow.outcome, InquiryRow.custody_id)
        .where(InquiryRow.at >= start, InquiryRow.at < end).order_by(InquiryRow.seq))]


def accounts_of_role(session: Session, role: str) -> list[tuple[str, str]]:
    """(username, full name) of the enabled accounts of one role, by username: whom an alert may be assigned to.
    A secured PostgreSQL register shows a login only its own account row; prosecutors are listed by the
    server's `register_prosecutors()` (register/pg_security.py), which names them and nothing more."""
    if role == "prosecutor" and store.guarded(session):
        return [(r.username, r.full_name) for r in session.execute(
            text("SELECT username, full_name FROM register_prosecutors()"))]
    return [(r.username, r.full_name) for r in session.execute(
        select(UserAccountRow.username, UserAccountRow.full_name)
        .where(UserAccountRow.role == role, UserAccountRow.disabled.is_(False)).order_by(UserAccountRow.username))]


# ---------------------------------------------------------------- stored clock judgements

@dataclass(frozen=True)
class ClockNarrowing:
    """What the alert inbox asks for, applied in SQL to custodies whose stored judgement answers (the rest are
    judged afresh and filtered as they come): a rule among the stored clocks, minors, foreign nationals, a
    facility the person was held at, and what was done about the custody's alerts (an action that leads to the
    state asked for, an assignment to the prosecutor asked for). Each keeps every custody that can match; the
    caller's AlertFilter decides each alert exactly."""
    rule: str | None = None
    minors_only: bool = False
    foreign_only: bool = False
    facility_id: str | None = None
    state_action: str | None = None  # the action an alert in the state asked for has in its history
    assignee: str | None = None
    # Custodies `stored_problem_count` leaves out, for the count to judge: a recurring series among the stored
    # clocks, or one of these alert actions (those that move an alert's state) on the custody's alerts.
    uncounted: tuple[str, ...] | None = None


def judgement_standing(session: Session, fingerprint: str, as_of: datetime, problems_only: bool = False,
                       narrowing: ClockNarrowing | None = None) -> list[tuple[str, bool]]:
    """(custody id, whether its stored judgement answers for `as_of`) in custody id order: made with this
    profile's fingerprint, at the custody's last write (the projection's `judged_at`), and not after `as_of`.
    With `problems_only`, only custodies that may have a problem clock as of `as_of`: a current judgement
    with a problem by then, or no current judgement at all (register/judgement.py)."""
    judgement, state = ClockJudgementRow, CustodyStateRow
    current = stored_clocks.current_judgement(fingerprint, as_of)  # never NULL, so `~current` means what it says
    query = (select(CustodyRow.id, current).select_from(CustodyRow)
             .outerjoin(state, state.custody_id == CustodyRow.id)
             .outerjoin(judgement, judgement.custody_id == CustodyRow.id).order_by(CustodyRow.id))
    if problems_only:
        query = query.where(or_(~current, judgement.problem_from <= as_of))
    if narrowing is not None:
        wanted = []
        if narrowing.rule is not None:
            wanted.append(select(CustodyClockRow.position).where(CustodyClockRow.custody_id == CustodyRow.id,
                                                                 CustodyClockRow.rule == narrowing.rule).exists())
        if narrowing.minors_only:
            wanted.append(state.is_minor.is_(True))
        if narrowing.foreign_only:
            wanted.append(state.is_foreign_national.is_(True))
        if narrowing.facility_id is not None:
            wanted.append(judgement.stays.like(_stay_pattern(narrowing.facility_id), escape="\\"))
        action = AlertActionRow
        if narrowing.state_action is not None:
            wanted.append(select(action.id).where(action.custody_id == CustodyRow.id,
                                                  action.action == narrowing.state_action).exists())
        if narrowing.assignee is not None:
            wanted.append(select(action.id).where(action.custody_id == CustodyRow.id, action.action == "assign",
                                                  action.referred_to == narrowing.assignee).exists())
        if narrowing.uncounted is not None:
            wanted.append(_uncounted(narrowing.uncounted))
        if wanted:
            query = query.where(or_(~current, and_(*wanted)))
    return [(custody_id, bool(answers)) for custody_id, answers in session.connection().execute(query)]


def stored_problem_count(session: Session, fingerprint: str, as_of: datetime, durations: Sequence[int],
                         state_actions: Sequence[str], facilities: frozenset[str] | None, username: str) -> int:
    """How many problem clocks as of `as_of` the custodies settled by their stored judgement hold, counted in the
    database: a judgement that answers for `as_of`, no recurring series, no alert action among `state_actions`
    (so each problem clock is one open alert), held at one of `facilities` (None: every facility) or, never
    delivered, entered by `username`. A clock is a problem as `judgement.add_clocks_at` says: a stored problem,
    or a duration (`durations`: the rules' places in the profile) nothing has met, due before `as_of` and not
    ended by then. The custodies left out are those `ClockNarrowing(uncounted=state_actions)` keeps."""
    judgement, state, clock = ClockJudgementRow, CustodyStateRow, CustodyClockRow
    unmet_duration = and_(clock.status.in_(UNMET), clock.rule_index.in_(list(durations)))
    problem = or_(and_(~unmet_duration, clock.status.in_(PROBLEM_TEXTS)),
                  and_(unmet_duration, clock.due_at < as_of,
                       or_(clock.ended_at.is_(None), clock.ended_at > clock.due_at)))
    query = (select(func.count()).select_from(clock)
             .join(judgement, judgement.custody_id == clock.custody_id)
             .join(state, state.custody_id == clock.custody_id)
             .where(stored_clocks.current_judgement(fingerprint, as_of), judgement.problem_from <= as_of, problem,
                    ~_uncounted(state_actions, clock.custody_id)))
    if facilities is not None:
        held = [judgement.stays.like(_stay_pattern(f), escape="\\") for f in sorted(facilities)]
        entered = and_(judgement.stays == "[]", judgement.entered_by.like(f"%{_json_like(username)}%", escape="\\"))
        query = query.where(or_(*held, entered))
    return session.scalar(query) or 0


def _uncounted(state_actions: Sequence[str], custody_id=CustodyRow.id):
    """The custody holds a recurring series, or an alert action among `state_actions` (see stored_problem_count)."""
    other = aliased(CustodyClockRow)  # not the counted row's own table: a subquery of its own
    series = select(other.position).where(other.custody_id == custody_id, other.every_seconds.is_not(None)).exists()
    if not state_actions:
        return series
    return or_(series, select(AlertActionRow.id).where(AlertActionRow.custody_id == custody_id,
                                                       AlertActionRow.action.in_(list(state_actions))).exists())


def alert_state_actions(session: Session, state_actions: Sequence[str]) -> dict[str, str]:
    """Each alert's last action among `state_actions` (those that move its state), by alert key."""
    action = AlertActionRow
    return {key: name for key, name in session.connection().execute(
        select(action.alert_key, action.action).where(action.action.in_(list(state_actions))).order_by(action.seq))}


def _stay_pattern(facility_id: str) -> str:
    """A LIKE pattern for a stay at the facility in clock_judgement.stays, the JSON list of
    [facility, arrived, departed] that store.save_judgements writes (json.dumps: `["F-1", "2026-…", null]`)."""
    return f"%[{_json_like(facility_id)}, %"


def _json_like(value: str) -> str:
    """A JSON string as it is stored, escaped for LIKE ... ESCAPE '\\'."""
    return json.dumps(value, ensure_ascii=False).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def board_rows(session: Session, custody_ids: Sequence[str]) -> dict[str, CustodyStateRow]:
    """The board's rows of these custodies, whole (verify compares every column with a fresh judgement)."""
    found = {}
    ids = sorted(set(custody_ids))
    for start in range(0, len(ids), 500):
        found.update((r.custody_id, r) for r in session.scalars(
            select(CustodyStateRow).where(CustodyStateRow.custody_id.in_(ids[start:start + 500]))))
    return found


def alerted_facts(session: Session, custody_ids: Sequence[str]) -> dict:
    """What the alert inbox reads of these custodies' projection rows (the effective person's name, minor,
    foreign, released, when judged), as plain rows: the ORM's rows were a sixth of a refresh."""
    state = CustodyStateRow
    found = {}
    ids = sorted(set(custody_ids))
    for start in range(0, len(ids), 500):
        found.update((r.custody_id, r) for r in session.connection().execute(
            select(state.custody_id, state.person_name, state.is_minor, state.is_foreign_national, state.released_at,
                   state.judged_at).where(state.custody_id.in_(ids[start:start + 500]))))
    return found
