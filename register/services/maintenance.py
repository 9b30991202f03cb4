"""Maintenance of derived data: the board's projection, rebuilt after an upgrade, a new rule profile or on
suspicion."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from register import store
from register.access import Permission
from register.projection import judged, judged_with
from register.rules import Profile
from register.services.base import Service
from register.writing import in_write_transaction


class MaintenanceService(Service):
    """The custody_state projection: is it judged with the open profile, and rebuilding it."""

    def rebuild_projection(self) -> int:
        """Recompute every custody's board state from its timeline (after an upgrade, or on suspicion)."""
        self.actor.require(Permission.MANAGE_FACILITIES)
        return self._rebuild_projection()

    def projection_stale(self) -> bool:
        """The board's projection was judged with another rule profile than the one open (or an unknown one):
        its order by next due clock and the alert inbox's shortcut cannot be trusted until it is rebuilt."""
        self.actor.require(Permission.READ)
        with self._session() as session:
            return not self._projection_current(session)

    def refresh_stale_projection(self) -> int | None:
        """Rebuild the projection if it is stale (what the desktop does on start-up, whoever signs in:
        it is derived data, and a stale one hides nothing but slows the alert inbox); returns how many
        custodies were judged again, or None when it was current or is the owner's to judge: on a secured
        PostgreSQL register stored clocks change only with their custody's records, so judging again is the
        owner's `init` (`Register.judge_again_if_stale`), and until then readers judge stale custodies afresh."""
        self.actor.require(Permission.READ)
        if not self.projection_stale():
            return None
        with self._session() as session:
            if store.guarded(session):
                return None
        return self._rebuild_projection()

    def _rebuild_projection(self) -> int:
        now, profile = self._now(), self.profile
        return in_write_transaction(self.register.engine, lambda session: judge_every_custody(session, profile, now))


def judge_every_custody(session: Session, profile: Profile, now: datetime) -> int:
    """Judge every custody again from its timeline: its board row and stored clocks, 2,000 to a statement,
    then record the profile that judged them; returns how many custodies. The caller holds the write lock."""
    store.ChainWriter(session)  # the writers' lock: no custody is written between its reading and its row's
    count, states, judgements = 0, [], []
    for timeline in store.timelines(session):
        state, judgement = judged(timeline, profile, now)
        states.append(state)
        judgements.append(judgement)
        if len(states) == 2000:
            store.save_state(session, states, judgements)
            count, states, judgements = count + len(states), [], []
    store.save_state(session, states, judgements)
    store.record_projection_fingerprint(session, judged_with(profile))
    return count + len(states)
