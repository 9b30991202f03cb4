"""The alert inbox's refresh as the desktop asks for it (issue 20), for a prosecutor of every facility, on a register
generated at the national year's rate, on SQLite and on a throw-away PostgreSQL server (tests/pgserver.py): the
first refresh (it also records the escalations the synthetic year left due), the next ones (the desktop's every
minute: the list for its filter and the counts by state), the counts alone, and a list filtered by facility and
state. Each figure is wall clock and this process's processor time (a PostgreSQL server's own is not in it).

    python -m benchmarks.inbox_figures --size 1k --repeat 3
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.data import END, WORKLOADS, dataset
from benchmarks.figures import import_file, open_service
from benchmarks.throwaway import postgres_database
from register.access import Actor


def measured(work) -> tuple[float, float, object]:
    """(wall seconds, processor seconds of this process, result)."""
    wall, processor = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - processor, result


def inbox_figures(url: str, size: str, repeat: int) -> dict:
    service = open_service(url)
    imported, _, _ = measured(lambda: import_file(service, dataset(size)))
    alerts = service.register.as_user(Actor("bench", "prosecutor", "Benchmark prosecutor")).alerts
    facility = service.board.facilities()[0].id

    def refresh(**choices) -> tuple[list, dict]:
        return alerts.alerts(**choices), alerts.counts()

    first = measured(refresh)
    listed, counts = first[2]
    figures = {"import s": round(imported, 1), "alerts listed": len(listed), "counts": counts,
               "first refresh": _seconds(first)}
    for name, work in (("next refresh", refresh), ("counts alone", alerts.counts),
                       ("refresh filtered by facility and state", lambda: refresh(facility_id=facility, state="open"))):
        runs = [measured(work) for _ in range(repeat)]
        figures[name] = {"wall s (median)": round(statistics.median(r[0] for r in runs), 3),
                         "processor s (median)": round(statistics.median(r[1] for r in runs), 3)}
    service.register.close()
    return figures


def _seconds(run: tuple[float, float, object]) -> dict:
    return {"wall s": round(run[0], 3), "processor s": round(run[1], 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.inbox_figures", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(WORKLOADS), default="1k")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args(argv)
    result = {"size": args.size, "judged at": END.isoformat()}
    with tempfile.TemporaryDirectory() as scratch:
        result["SQLite"] = inbox_figures(f"sqlite:///{Path(scratch) / 'inbox.db'}", args.size, args.repeat)
    if not args.sqlite_only:
        with postgres_database() as url:
            result["PostgreSQL"] = inbox_figures(url, args.size, args.repeat)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
