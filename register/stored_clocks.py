"""Every custody's clocks read from the stored judgements (register/judgement.py) in one ordered pass: what
`breaches` costs beside a plain read of the register's events.

One statement, so one snapshot: each custody in id order with, where its stored judgement answers for the
instant, its clock rows; a custody whose judgement does not answer comes alone, for the caller to judge
afresh. Rows are fetched in large batches (a server-side cursor on PostgreSQL) and built straight into
`RuleClock`s: a settled clock (met, lapsed, late, flagged: most of a national register) needs no more than
its row, and only clocks that move with time go through `judgement.add_clocks_at`.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Callable, Iterator, NamedTuple

from sqlalchemy import String, and_, literal, select, type_coerce
from sqlalchemy.orm import Session

from models.orm import ClockJudgementRow, CustodyClockRow, CustodyRow, CustodyStateRow
from register.domain import RuleClock
from register.judgement import UNMET as _UNMET, Stay, StoredClock, add_clocks_at, settled_clock
from register.rules import Profile
from register.timeutil import UTC

_BATCH = 5000  # rows to a fetch


class CustodyClocks(NamedTuple):
    """One custody's clocks as of the instant asked, or None where its stored judgement does not answer
    (another profile, none yet, or a write after the instant). `stays` and `entered_by` only when asked for."""
    custody_id: str
    clocks: list[RuleClock] | None
    stays: tuple[Stay, ...] = ()
    entered_by: tuple[str, ...] = ()


def current_judgement(fingerprint: str, as_of: datetime):
    """A custody's stored judgement answers for `as_of`: made with this fingerprint, at the custody's last write
    (the projection's `judged_at`), and not after `as_of`. Never NULL (a missing row is false)."""
    judgement, state = ClockJudgementRow, CustodyStateRow
    return and_(judgement.custody_id.is_not(None), state.judged_at.is_not(None),
                judgement.judged_with == fingerprint, judgement.judged_at == state.judged_at,
                judgement.judged_at <= as_of)


def every_custody(session: Session, profile: Profile, fingerprint: str, as_of: datetime,
                  with_places: bool = False) -> Iterator[CustodyClocks]:
    """Each custody of the register in id order with its clocks as of `as_of` from its stored judgement (see
    the module); `with_places` adds where it was held and who entered it, for a user of some facilities."""
    custody, state, judgement, clock = CustodyRow, CustodyStateRow, ClockJudgementRow, CustodyClockRow
    current = current_judgement(fingerprint, as_of)
    places = (judgement.stays, judgement.entered_by) if with_places else (literal(None), literal(None))
    query = (select(custody.id, custody.person_id, current, *places, clock.rule_index, clock.status,
                    *(type_coerce(c, String) for c in (clock.trigger_at, clock.due_at, clock.met_at, clock.warn_at,
                                                       clock.ended_at)),
                    clock.overdue_minutes, clock.details, clock.every_seconds)
             .select_from(custody)
             .outerjoin(state, state.custody_id == custody.id)
             .outerjoin(judgement, judgement.custody_id == custody.id)
             .outerjoin(clock, and_(clock.custody_id == custody.id, current))
             .order_by(custody.id, clock.position))
    connection = session.connection()
    instant = instant_reader(connection.dialect.name)
    rules = profile.rules
    result = connection.execution_options(yield_per=_BATCH).execute(query)
    custody_id, clocks, stays, entered_by = None, None, (), ()
    for (row_custody, person_id, answers, row_stays, row_entered_by, rule_index, status, trigger_at, due_at, met_at,
         warn_at, ended_at, overdue, details, every) in result:
        if row_custody != custody_id:
            if custody_id is not None:
                yield CustodyClocks(custody_id, clocks, stays, entered_by)
            custody_id = row_custody
            clocks = [] if answers else None
            stays, entered_by = _places(row_stays, row_entered_by) if with_places and answers else ((), ())
        if rule_index is None:  # a custody judged afresh, or a judgement without clocks
            continue
        rule = rules[rule_index]
        trigger_at, due_at = instant(trigger_at), instant(due_at)
        met_at, warn_at = met_at and instant(met_at), warn_at and instant(warn_at)
        if every is None and not (status in _UNMET and rule.is_duration):  # settled (as in judgement.add_clocks_at)
            clocks.append(settled_clock(custody_id, person_id, rule, status, trigger_at, due_at, met_at, warn_at,
                                        overdue, details))
            continue
        every = None if every is None else timedelta(seconds=every)
        stored = StoredClock(0, rule.id, rule_index, status, rule.severity, trigger_at, due_at, met_at, warn_at,
                             overdue, rule.basis, details, ended_at and instant(ended_at), every)
        add_clocks_at(clocks, custody_id, person_id, rule, stored, as_of)
    if custody_id is not None:
        yield CustodyClocks(custody_id, clocks, stays, entered_by)


def _places(stays: str, entered_by: str) -> tuple[tuple[Stay, ...], tuple[str, ...]]:
    return (tuple(Stay(f, datetime.fromisoformat(a), d and datetime.fromisoformat(d)) for f, a, d in json.loads(stays)),
            tuple(json.loads(entered_by)))


def instant_reader(dialect: str) -> Callable:
    """How an instant column read as the driver gives it (`type_coerce(column, String)`) becomes an aware UTC
    datetime: SQLite gives the stored naive-UTC text (models.types.UTCDateTime), PostgreSQL an aware datetime.
    Skipping SQLAlchemy's per-value processing is most of what a whole-register read saves."""
    return _INSTANT[dialect]


_INSTANT: dict[str, Callable] = {
    "sqlite": lambda text: datetime.fromisoformat(text + "+00:00"),
    "postgresql": lambda value: value.astimezone(UTC),
}
