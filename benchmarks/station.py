"""One station of the load benchmark, in its own process: it signs in as its own account (its database login on a
secured register; the password is the first line on standard input), says "ready", reads the instants to start and
stop at (Unix times, the next line), records complaints on its custodies in between, as fast as it can or at a set
rate, and prints one JSON line: its username, each event's id and latency.

    python -m benchmarks.station URL USERNAME RATE CUSTODY [CUSTODY ...]    (RATE: events per second, 0: flat out)
"""
from __future__ import annotations

import json
import sys
import time

from benchmarks.data import END as JUDGED_AT
from register.accounts import sign_in
from register.now import ManualClock


def main(url: str, username: str, rate: float, custodies: list[str]) -> None:
    register, actor = sign_in(None, url, username, sys.stdin.readline().strip(), clock=ManualClock(JUDGED_AT))
    officer = register.as_user(actor)
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
    print(json.dumps({"station": username, "written": written, "latencies": latencies}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:])
