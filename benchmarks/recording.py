"""Recording one event, alone: the wall clock and the processor time of each write, on SQLite and PostgreSQL.

The writes are the table's recording figure (`benchmarks/figures.py`): complaints on held custodies, with the
collector frozen as the desktop freezes it. On a machine shared with other work a write's wall clock includes the
time it waited for a core, so this also runs as a real-time process to measure the code alone (as root:
`chrt -f 10 .venv/bin/python -m benchmarks.recording`; the throw-away PostgreSQL server it starts inherits the
scheduling class), beside an ordinary run.
"""
from __future__ import annotations

import argparse
import os
import random
import tempfile
from pathlib import Path

from benchmarks.data import WORKLOADS, dataset
from benchmarks.figures import Recording, held_custodies, import_file, open_service, p99, record_complaints
from benchmarks.throwaway import postgres_database


def _line(database: str, recording: Recording) -> str:
    wall = sorted(recording.seconds)
    scheduling = "real-time" if os.sched_getscheduler(0) in (os.SCHED_FIFO, os.SCHED_RR) else "ordinary"
    return (f"{database}: {len(wall)} events, p50 {wall[len(wall) // 2] * 1000:.1f} ms, "
            f"p99 {p99(wall) * 1000:.1f} ms, max {wall[-1] * 1000:.1f} ms, "
            f"processor p99 {p99(recording.processor_seconds) * 1000:.1f} ms, "
            f"{recording.events_per_second:.0f} events/s ({scheduling}, load {os.getloadavg()[0]:.1f})")


def measure(url: str, size: str, events: int) -> Recording:
    service = open_service(url)
    try:
        import_file(service, dataset(size))
        held = held_custodies(service)
        return record_complaints(service, random.Random(7).sample(held, min(events, len(held))))
    finally:
        service.register.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(WORKLOADS), default="tiny")
    parser.add_argument("--events", type=int, default=300, help="at most one per held custody")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as workdir:
        print(_line("SQLite", measure(f"sqlite:///{Path(workdir) / 'register.db'}", args.size, args.events)),
              flush=True)
    with postgres_database() as url:
        print(_line("PostgreSQL", measure(url, args.size, args.events)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
