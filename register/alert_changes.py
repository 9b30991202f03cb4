"""What changed in the alert inbox between two refreshes: the alerts that are new, those that are no longer a
problem (gone from the list), and those whose state or history moved, so a prosecutor who refreshes every
minute sees what happened since the last look instead of rereading the list."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from register.alerts import Alert


@dataclass(frozen=True)
class AlertChanges:
    new: frozenset[str]  # keys of alerts not in the list before
    resolved: frozenset[str]  # keys of alerts no longer in the list (nothing is a problem any more)
    moved: frozenset[str]  # keys of alerts whose state or history changed

    def __bool__(self) -> bool:
        return bool(self.new or self.resolved or self.moved)


def alert_changes(before: Sequence[Alert], after: Sequence[Alert]) -> AlertChanges:
    """The difference between the list of the last refresh and this one."""
    old = {a.key: a for a in before}
    new = {a.key: a for a in after}
    return AlertChanges(frozenset(new.keys() - old.keys()), frozenset(old.keys() - new.keys()),
                        frozenset(k for k in new.keys() & old.keys()
                                  if (new[k].state, new[k].history) != (old[k].state, old[k].history)))
