"""The load benchmark: N station processes record events into one PostgreSQL register at once while a prosecutor's
inbox refreshes and a monitor exports; throughput, recording latency, lock waits, and that nothing was lost or
written twice.

    python -m benchmarks.load --stations 20 --seconds 60        # starts a throw-away server (tests/pgserver.py)
    python -m benchmarks.load --stations 50 --seconds 60 --rate 2

The register is the `tiny` workload (200 custodies) on an unsecured database as the command-line operator: every
station acts without accounts (one login for all), not as its own login.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from benchmarks.data import dataset
from benchmarks.figures import import_file, open_service, p99
from models.orm import CustodyStateRow, EventRow
from register.access import Actor

def run(url: str, stations: int, seconds: float, rate: float) -> dict:
    service = open_service(url)
    import_file(service, dataset("tiny"))
    with Session(service.register.engine) as session:
        held = list(session.scalars(select(CustodyStateRow.custody_id).where(CustodyStateRow.released_at.is_(None))
                                    .order_by(CustodyStateRow.custody_id)))
        before = session.scalar(select(func.count()).select_from(EventRow))
    shares = [held[i::stations] or held[:1] for i in range(stations)]
    processes = [subprocess.Popen([sys.executable, "-m", "benchmarks.station", url, str(rate), *share],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for share in shares]
    for process in processes:  # every station has opened the register
        assert process.stdout.readline().strip() == "ready"
    start = time.time() + 1
    end = start + seconds
    for process in processes:
        process.stdin.write(f"{start} {end}\n")
        process.stdin.flush()
    waits, inbox = [], []
    sampler = threading.Thread(target=_sample_lock_waits, args=(url, start, end, waits))
    sampler.start()
    prosecutor = service.register.as_user(Actor("bench", "prosecutor", "Benchmark prosecutor"))
    time.sleep(max(0.0, start - time.time()))
    exported = 0
    while time.time() < end:
        began = time.perf_counter()
        prosecutor.alerts.alerts()
        inbox.append(time.perf_counter() - began)
        if not exported:
            exported = sum(1 for _ in service.chain.export_lines())
        time.sleep(max(0.0, 5 - (time.perf_counter() - began)))
    results = [json.loads(p.communicate()[0].splitlines()[-1]) for p in processes]
    sampler.join()
    written = [event_id for r in results for event_id in r["written"]]
    latencies = [latency for r in results for latency in r["latencies"]]
    with Session(service.register.engine) as session:
        after = session.scalar(select(func.count()).select_from(EventRow))
        stored = set(session.scalars(select(EventRow.id).where(EventRow.id.in_(written)))) if written else set()
    verdict = service.chain.verify()
    service.register.close()
    return {
        "stations": stations, "seconds": seconds, "rate per station": rate or "flat out",
        "events recorded": len(written), "events/s": len(written) / seconds,
        "p50 ms": statistics.median(latencies) * 1000 if latencies else None,
        "p99 ms": p99(latencies) * 1000 if latencies else None,
        "lost": len(set(written) - stored), "duplicated": len(written) - len(set(written)),
        "count exact": after - before == len(written), "verify intact": verdict.intact,
        "lock waits (sampled, mean / max sessions waiting)": (statistics.mean(waits) if waits else 0,
                                                              max(waits or [0])),
        "inbox refreshes": len(inbox), "inbox refresh max s": max(inbox or [0]), "monitor export lines": exported,
    }


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
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a throw-away server)")
    args = parser.parse_args(argv)
    if args.url:
        result = run(args.url, args.stations, args.seconds, args.rate)
    else:
        from tests.pgserver import PostgresServer
        # Each station holds a connection or two; the suite's server allows 60.
        server = PostgresServer(max_connections=max(60, 2 * args.stations + 20)).start()
        try:
            result = run(server.new_database(), args.stations, args.seconds, args.rate)
        finally:
            server.stop()
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
