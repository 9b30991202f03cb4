"""The load benchmark: N station processes record events into one PostgreSQL register at once while a prosecutor's
inbox refreshes and a monitor exports; throughput, recording latency, lock waits, and that nothing was lost or
written twice.

    python -m benchmarks.load --stations 20 --seconds 60        # starts a throw-away server (tests/pgserver.py)
    python -m benchmarks.load --stations 50 --seconds 60 --rate 2

The register is the `tiny` workload (200 custodies), secured as `setup-postgres` secures one
(register/pg_security.py): every station is its own officer account and database login for one facility, and
records on the held custodies there; the inbox is a prosecutor's login, the export a monitor's.
"""
from __future__ import annotations

import argparse
import json
import secrets
import statistics
import subprocess
import sys
import threading
import time
from itertools import groupby

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from benchmarks.data import END, dataset
from benchmarks.figures import import_file, p99
from benchmarks.throwaway import postgres_database
from models.orm import CustodyStateRow, EventRow
from register import accounts, pg_security
from register.access import Actor
from register.now import ManualClock
from register.opening import open_register


def run(url: str, stations: int, seconds: float, rate: float) -> dict:
    importer = open_register(url, ManualClock(END))
    import_file(importer.as_user(Actor.without_accounts()), dataset("tiny"))
    importer.close()
    pg_security.secure_register(url)
    owner = open_register(url, ManualClock(END))  # anew: a connection remembers whether the register was secured
    password = secrets.token_urlsafe(18)  # one for every benchmark login: each is still its own login
    admin = owner.as_user(accounts.create_first_admin(owner, "bench_admin", "Benchmark Administrator", password))
    with Session(owner.engine) as session:
        held = session.execute(select(CustodyStateRow.facility_id, CustodyStateRow.custody_id)
                               .where(CustodyStateRow.released_at.is_(None), CustodyStateRow.facility_id.is_not(None))
                               .order_by(CustodyStateRow.facility_id, CustodyStateRow.custody_id)).all()
        before = session.scalar(select(func.count()).select_from(EventRow))
    logins = _station_logins(admin, password, stations, {facility: [c for _, c in rows]
                                                         for facility, rows in groupby(held, key=lambda r: r[0])})
    processes = [subprocess.Popen([sys.executable, "-m", "benchmarks.station", url, username, str(rate), *share],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                 for username, share in logins]
    for process in processes:  # the password on standard input, not in the process list
        process.stdin.write(f"{password}\n")
        process.stdin.flush()
    for process in processes:  # every station has signed in
        assert process.stdout.readline().strip() == "ready"
    start = time.time() + 1
    end = start + seconds
    for process in processes:
        process.stdin.write(f"{start} {end}\n")
        process.stdin.flush()
    waits, inbox = [], []
    sampler = threading.Thread(target=_sample_lock_waits, args=(url, start, end, waits))
    sampler.start()
    prosecutor, monitor = (_login(admin, url, password, username, role)
                           for username, role in (("bench_prosecutor", "prosecutor"), ("bench_monitor", "monitor")))
    time.sleep(max(0.0, start - time.time()))
    exported = 0
    while time.time() < end:
        began = time.perf_counter()
        prosecutor.alerts.alerts()
        inbox.append(time.perf_counter() - began)
        if not exported:
            exported = sum(1 for _ in monitor.chain.export_lines())
        time.sleep(max(0.0, 5 - (time.perf_counter() - began)))
    results = [json.loads(p.communicate()[0].splitlines()[-1]) for p in processes]
    sampler.join()
    written = [event_id for r in results for event_id in r["written"]]
    latencies = [latency for r in results for latency in r["latencies"]]
    station_of = {event_id: r["station"] for r in results for event_id in r["written"]}
    with Session(owner.engine) as session:
        after = session.scalar(select(func.count()).select_from(EventRow))
        recorded_by = dict(session.execute(select(EventRow.id, EventRow.recorded_by)
                                           .where(EventRow.id.in_(written))).all()) if written else {}
    verdict = admin.chain.verify()
    for login in (prosecutor, monitor):
        login.register.close()
    owner.close()
    return {
        "stations": stations, "station logins": len(set(station_of.values())), "seconds": seconds, "rate per station": rate or "flat out",
        "events recorded": len(written), "events/s": len(written) / seconds,
        "p50 ms": statistics.median(latencies) * 1000 if latencies else None,
        "p99 ms": p99(latencies) * 1000 if latencies else None,
        "lost": len(set(written) - set(recorded_by)), "duplicated": len(written) - len(set(written)),
        "count exact": after - before == len(written), "verify intact": verdict.intact,
        "each event by its station's login": recorded_by == station_of,
        "lock waits (sampled, mean / max sessions waiting)": (statistics.mean(waits) if waits else 0,
                                                              max(waits or [0])),
        "inbox refreshes": len(inbox), "inbox refresh max s": max(inbox or [0]), "monitor export lines": exported,
    }


def _station_logins(admin, password: str, stations: int, held: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """One duty officer's account and login per station, for one facility each (the facilities taken in turn);
    the stations of a facility deal its held custodies among them (a station alone on too few shares one)."""
    facilities = sorted(held)
    logins = []
    for number in range(stations):
        place = number % len(facilities)
        facility, mates = facilities[place], range(place, stations, len(facilities))
        custodies = held[facility]
        share = custodies[mates.index(number)::len(mates)] or custodies[mates.index(number) % len(custodies):][:1]
        username = f"station_{number:03d}"
        admin.accounts.create_account(username, f"Station {number}", "duty_officer", password, [facility])
        logins.append((username, share))
    return logins


def _login(admin, url: str, password: str, username: str, role: str):
    """A new account of the role, signed in through its own login as a station signs in."""
    admin.accounts.create_account(username, username.replace("_", " ").title(), role, password)
    login, actor = accounts.sign_in(None, url, username, password, clock=ManualClock(END))
    return login.as_user(actor)


def _sample_lock_waits(url: str, start: float, end: float, waits: list[int]) -> None:
    """Every quarter second, how many sessions wait for a lock (the chain head's row, in practice)."""
    engine = create_engine(url)
    time.sleep(max(0.0, start - time.time()))
    with engine.connect() as connection:
        while time.time() < end:
            waits.append(connection.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).scalar())
            time.sleep(0.25)
    engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rate", type=float, default=0, help="events per second per station (0: flat out)")
    parser.add_argument("--url", help="an empty PostgreSQL database, as a login that may create roles (default: a "
                        "throw-away server); the stations' logins are the server's roles station_000, ...")
    args = parser.parse_args(argv)
    if args.url:
        result = run(args.url, args.stations, args.seconds, args.rate)
    else:
        # Each station holds a connection or two; the suite's server allows 60.
        with postgres_database(max_connections=max(60, 2 * args.stations + 20)) as url:
            result = run(url, args.stations, args.seconds, args.rate)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
