"""Re-judging what the register stored about its own custodies: the board's projection and the stored
clocks must say what the rules say of the custody's events.

Both are derived data that readers trust (the board sorts and filters on the projection, the alert inbox and
`breaches` read the stored clocks), and both are outside the chain: an insider with the database could edit
a row to hide a breach, and nothing in the chain would notice. `verify` therefore judges every custody afresh
from its chained events and reports each stored row that differs (issue 13, issue 20). Rows judged with
another rule profile are not compared (they are stale, not false: the projection's rebuild judges them again).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from datetime import datetime
from typing import Callable, Iterator

from sqlalchemy.orm import Session

from register import chain, queries, store
from register.errors import Message
from register.projection import judged, judged_with
from register.rules import Profile
from register.timeutil import UTC

_CHUNK = 500
_END_OF_TIME = datetime(9999, 1, 1, tzinfo=UTC)


def disagreements(session: Session, profile: Profile,
                  keep_going: Callable[[], bool] | None = None) -> Iterator[chain.Finding]:
    """A finding for each custody whose stored clocks or projection row differ from its events judged afresh
    at the same instant, or that were judged before its latest event. `keep_going` is asked every 500
    custodies; when it answers False the check ends with chain.VerificationStopped, as the chain's does."""
    fingerprint = judged_with(profile)
    projection_current = store.projection_fingerprint(session) == fingerprint
    ids = [custody_id for custody_id, _ in queries.judgement_standing(session, fingerprint, _END_OF_TIME)]
    with _collector_paused():
        for start in range(0, len(ids), _CHUNK):
            if keep_going is not None and not keep_going():
                raise chain.VerificationStopped()
            chunk = ids[start:start + _CHUNK]
            stored = store.judgements(session, chunk)
            states = queries.board_rows(session, chunk)
            for timeline in store.timelines(session, chunk):
                custody_id = timeline.custody.id
                record = f"custody {custody_id}"
                latest = max([*(e.at for e in timeline.events), *(e.at for e in timeline.effective)], default=None)
                fresh = _Judging(timeline, profile)
                judgement = stored.get(custody_id)
                if judgement is not None and judgement.judged_with == fingerprint:
                    if latest is not None and judgement.judged_at < latest:
                        yield chain.Finding(Message("clocks-older-than-events", custody=custody_id), None, record)
                    elif fresh.at(judgement.judged_at)[1] != judgement:
                        yield chain.Finding(Message("clocks-disagree", custody=custody_id), None, record)
                state = states.get(custody_id)
                if projection_current and state is not None and state.judged_at is not None:
                    row = fresh.at(state.judged_at)[0]
                    if any(getattr(state, name) != value for name, value in row.items()):
                        yield chain.Finding(Message("projection-disagrees", custody=custody_id), None, record)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the custodies are judged, as it was found (the desktop keeps it off).

    The re-judging allocates some twenty objects per event and frees them by reference count a chunk later;
    the collector's passes over them and over everything the process holds were 15 % of its time (issue 13).
    What it makes holds no reference cycles worth collecting before it ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class _Judging:
    """One custody judged afresh, once per instant asked: a write stores its clocks and its board row judged at
    the same instant, so re-judging both costs one judgement, not two (most of verify's re-judging time)."""

    def __init__(self, timeline, profile: Profile):
        self.timeline, self.profile = timeline, profile
        self._at: dict[datetime, tuple] = {}

    def at(self, instant: datetime) -> tuple:
        if instant not in self._at:
            self._at[instant] = judged(self.timeline, self.profile, instant)
        return self._at[instant]
