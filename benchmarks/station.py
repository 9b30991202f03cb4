"""One station of the load benchmark, in its own process: it opens the register, says "ready", reads the instants
to start and stop at (Unix times, one line on standard input), records complaints on its custodies in between, as
fast as it can or at a set rate, and prints one JSON line: each event's id and latency.

    python -m benchmarks.station URL RATE CUSTODY [CUSTODY ...]    (RATE: events per second, 0: flat out)
"""
from __future__ import annotations

import json
import sys
import time

from benchmarks.data import END as JUDGED_AT
from register.access import Actor
from register.now import ManualClock
from register.opening import open_register


def main(url: str, rate: float, custodies: list[str]) -> None:
    register = open_register(url, ManualClock(JUDGED_AT), migrate=False)
    officer = register.as_user(Actor(f"station-{custodies[0]}", "duty_officer", "Station"))
    written, latencies, number = [], [], 0
    print("ready", flush=True)
    start, end = (float(value) for value in sys.stdin.readline().split())
    time.sleep(max(0.0, start - time.time()))
    while time.time() < end:
        custody = custodies[number % len(custodies)]
        number += 1
        began = time.perf_counter()
        event = officer.records.record_event(custody, "complaint", JUDGED_AT,
                                             {"addressee": "прокурор", "subject": f"жалоба {number}"})
        latencies.append(time.perf_counter() - began)
        written.append(event.id)
        if rate:
            time.sleep(max(0.0, number / rate - (time.time() - start)))
    register.close()
    print(json.dumps({"written": written, "latencies": latencies}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3:])
