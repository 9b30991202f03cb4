"""A station in a separate process: records placements in a loop and prints each id once its commit returned.

Run as `python -m tests.recording_child URL CUSTODY COUNT` (COUNT 0: until killed).
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone

from register.access import Actor
from register.now import ManualClock
from register.opening import open_register

NOW = datetime(2026, 1, 6, 0, 0, tzinfo=timezone.utc)


def main(url: str, custody: str, count: int) -> None:
    register = open_register(url, ManualClock(NOW), migrate=False)
    officer = register.as_user(Actor(f"station-{custody}", "duty_officer", "Station"))
    number = 0
    while count == 0 or number < count:
        number += 1
        event = officer.records.record_event(custody, "placement", NOW, {"location": f"Cell {number}"})
        print(event.id, flush=True)
    register.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
