"""How long a clock has been overdue at an instant: the one computation the desktop's chips, the alert
inbox and every printout use, so screen and paper never disagree (a released person's breach stopped
counting at the release; a breach still going on counts on to the instant asked about)."""
from __future__ import annotations

from datetime import datetime

from register.domain import ClockStatus, RuleClock
from register.timeutil import elapsed_minutes


def overdue_minutes(clock: RuleClock, now: datetime) -> int:
    """Minutes past the due instant as of `now`: fixed once the clock was met late or its duty ended,
    counting while it is breached and still open, and from the due instant on for a running clock
    whose due instant passed since it was judged."""
    if clock.status not in (ClockStatus.RUNNING, ClockStatus.BREACHED) or clock.due_at <= clock.trigger_at:
        return clock.overdue_minutes
    end = min(now, clock.stopped_at) if clock.stopped_at is not None else now
    return elapsed_minutes(clock.due_at, end) if end > clock.due_at else 0

