"""Each figure of the table, measured through the same services the app and the command line use."""
from __future__ import annotations

import gc
import io
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from benchmarks import baselines
from benchmarks.data import END, Dataset
from models.orm import CustodyStateRow, EventRow
from printing.layout import prepare_printing
from printing.timeline_pdf import write_timeline_pdf
from register.access import Actor
from register.now import ManualClock
from register.opening import open_register
from register.service import Services
from register.services.board import BoardQuery


@dataclass(frozen=True)
class Figure:
    """One row of the table: what was measured, against which target and which baseline."""
    name: str
    value: float
    unit: str
    target: str
    met: bool | None  # None: reported only
    baseline: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[98] if len(samples) > 1 else samples[0]


def timed(work) -> tuple[float, object]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def open_service(url: str) -> Services:
    """The command-line operator over a register judged at the benchmark's fixed instant."""
    return open_register(url, ManualClock(END)).as_user(Actor.without_accounts())


def import_file(service: Services, data: Dataset) -> float:
    with open(data.path, encoding="utf-8") as stream:
        seconds, _ = timed(lambda: service.records.import_lines(stream))
    return seconds


@dataclass(frozen=True)
class Recording:
    seconds: list[float]  # wall clock of each write, in order
    processor_seconds: list[float]
    events_per_second: float


def held_custodies(service: Services) -> list[str]:
    with Session(service.register.engine) as session:
        return list(session.scalars(select(CustodyStateRow.custody_id).where(CustodyStateRow.released_at.is_(None))
                                    .order_by(CustodyStateRow.custody_id)))


def record_complaints(service: Services, custody_ids: list[str]) -> Recording:
    """One complaint on each custody, each write timed; the collector frozen meanwhile, as in the desktop."""
    gc.freeze()
    seconds, processor = [], []
    started = time.perf_counter()
    for number, custody_id in enumerate(custody_ids):
        wall, cpu = time.perf_counter(), time.process_time()
        service.records.record_event(custody_id, "complaint", END, {"addressee": "прокурор", "subject": f"жалоба {number}"})
        seconds.append(time.perf_counter() - wall)
        processor.append(time.process_time() - cpu)
    rate = len(seconds) / (time.perf_counter() - started)
    gc.unfreeze()
    return Recording(seconds, processor, rate)


def import_and_breaches(data: Dataset, workdir: Path) -> tuple[str, list[Figure], float]:
    """The national-file figures on SQLite; returns the register's URL and the breaches time for growth."""
    database = workdir / f"register-{data.name}.db"
    database.unlink(missing_ok=True)
    url = f"sqlite:///{database}"
    service = open_service(url)
    imported = import_file(service, data)
    plain = baselines.plain_import(data.path, workdir / f"plain-{data.name}.db")
    breaches, clocks = timed(service.reports.breaches)
    fresh, _ = timed(service.reports.fresh_breaches)
    read = baselines.plain_event_read(database)
    service.register.close()
    return url, [
        Figure(f"import of the {data.name} file into SQLite, chain included", imported, "s", "≤ 4× baseline",
               imported <= 4 * plain, plain, f"{data.lines - 1:,} records"),
        Figure(f"breaches over the whole {data.name} register (stored clocks)", breaches, "s", "≤ 1× baseline",
               breaches <= read, read, f"{len(clocks):,} clocks; baseline: the plain read of the same events"),
        Figure(f"breaches --fresh over the whole {data.name} register (every custody judged afresh)", fresh, "s",
               "≤ 5× baseline", fresh <= 5 * read, read, "what breaches cost before the clocks were stored"),
    ], breaches


def service_figures(url: str, data: Dataset, workdir: Path, samples: int) -> list[Figure]:
    """Re-evaluation, recording, board and search, printing: the interactive paths, as the app calls them."""
    service = open_service(url)
    rng = random.Random(7)
    held = held_custodies(service)
    with Session(service.register.engine) as session:
        everyone = list(session.scalars(select(CustodyStateRow.custody_id)))
        sizes = session.execute(select(EventRow.custody_id, func.count()).group_by(EventRow.custody_id)).all()
        name, facility = session.execute(select(CustodyStateRow.person_name, CustodyStateRow.facility_id)
                                         .where(CustodyStateRow.facility_id.is_not(None))
                                         .order_by(CustodyStateRow.custody_id)).first()
    figures = []

    chosen = rng.sample(everyone, min(samples, len(everyone)))
    reevaluate = [timed(lambda c=c: service.reports.clocks(c))[0] for c in chosen]
    figures.append(Figure("re-evaluating one custody after a new event (p99)", p99(reevaluate) * 1000, "ms",
                          "p99 < 20 ms", p99(reevaluate) < 0.020, note=f"{len(chosen)} custodies"))

    board_query = BoardQuery()
    board, _ = timed(lambda: (service.board.count(board_query), service.board.rows(board_query, 0, 200)))
    search_query = BoardQuery(held_only=False)
    search, _ = timed(lambda: (service.board.count(search_query), service.board.rows(search_query, 0, 200)))
    surname = name.split()[0]
    filtered_query = BoardQuery(held_only=False, text=surname[:5], facility_id=facility)
    filtered, _ = timed(lambda: (service.board.count(filtered_query), service.board.rows(filtered_query, 0, 200)))
    figures += [
        Figure("opening the custody board (count and first page)", board, "s", "< 2 s", board < 2),
        Figure("opening the register search (count and first page)", search, "s", "< 2 s", search < 2),
        Figure("a filtered search (name and facility)", filtered * 1000, "ms", "< 300 ms", filtered < 0.3),
    ]

    custody, events = _custody_of_events(service, held, dict(sizes), PRINTED_EVENTS)
    prepare_printing()  # as the desktop does at sign-in (ui/desktop/app.py)
    printing, _ = timed(lambda: write_timeline_pdf(service.reports.timeline_report(custody), "ru", io.BytesIO()))
    figures.append(Figure(f"printing a {events}-event custody timeline", printing, "s", "< 0.5 s", printing < 0.5))

    figures += inbox_refreshes(service)

    recording = record_complaints(service, rng.sample(held, min(samples, len(held))))
    slowest = p99(recording.seconds)
    bare = baselines.bare_insert_commit(workdir / "bare.db", len(recording.seconds))
    figures += [
        Figure("recording one event through the service layer (p99)", slowest * 1000, "ms", "p99 < 20 ms",
               slowest < 0.020, p99(bare) * 1000, f"{len(recording.seconds)} events on held custodies"),
        Figure("recording events from one process, sustained", recording.events_per_second, "events/s",
               "≥ 100 events/s", recording.events_per_second >= 100),
    ]
    service.register.close()
    return figures


def inbox_refreshes(service: Services, where: str = "") -> list[Figure]:
    """The inbox of a prosecutor of every facility as the desktop refreshes it (the list and the counts by state):
    the first refresh, reported (it also records every escalation the generated year left due, one chained write
    each), then the next one, the desktop's every minute, against the target."""
    prosecutor = service.register.as_user(Actor("bench", "prosecutor", "Benchmark prosecutor")).alerts

    def refresh():
        return prosecutor.alerts(), prosecutor.counts()

    first, (alerts, _) = timed(refresh)
    following, _ = timed(refresh)
    return [Figure(f"the first refresh of the alert inbox of a prosecutor of every facility{where}", first, "s",
                   "reported", None, note=f"{len(alerts):,} open alerts; records the escalations left due"),
            Figure(f"refreshing the alert inbox of a prosecutor of every facility{where} (the next refresh)",
                   following, "s", "< 1 s", following < 1, note="the list and its counts by state")]


PRINTED_EVENTS = 60


def _custody_of_events(service: Services, held: list[str], sizes: dict[str, int],
                       wanted: int) -> tuple[str, int]:
    """The held custody with the most events, brought up to `wanted` events with complaints recorded
    through the service (the generated custodies have 15 to 40 events, corrections aside)."""
    custody = max(held, key=lambda c: (sizes.get(c, 0), c))
    for number in range(sizes.get(custody, 0), wanted):
        service.records.record_event(custody, "complaint", END, {"addressee": "прокурор", "subject": f"жалоба {number}"})
    return custody, max(wanted, sizes.get(custody, 0))


def desktop_memory(url: str) -> Figure:
    """Resident memory of a fresh process that opens the register and builds the board's model offscreen."""
    output = subprocess.run([sys.executable, "-m", "benchmarks.memory", url], check=True, capture_output=True,
                            text=True).stdout
    megabytes, what = output.split(maxsplit=1)
    value = float(megabytes)
    return Figure("memory of the desktop app with the register open", value, "MB", "< 500 MB resident",
                  value < 500, note=what.strip())


def postgres_figures(data: Dataset, sqlite: dict[str, float], samples: int) -> list[Figure]:
    """Import, breaches, the inbox and recording on a throw-away PostgreSQL server the benchmark starts and
    stops, beside the SQLite figures of the same run (`sqlite`: "import" and "breaches" in seconds)."""
    from tests.pgserver import PostgresServer
    server = PostgresServer().start()
    try:
        service = open_service(server.new_database())
        imported = import_file(service, data)
        breaches, _ = timed(service.reports.breaches)
        inbox = inbox_refreshes(service, ", PostgreSQL")
        held = held_custodies(service)
        recording = record_complaints(service, random.Random(7).sample(held, min(samples, len(held))))
        service.register.close()
    finally:
        server.stop()
    slowest = p99(recording.seconds)
    return [Figure(f"import of the {data.name} file into PostgreSQL", imported, "s", "≤ 1.5× SQLite",
                   imported <= 1.5 * sqlite["import"], sqlite["import"], "baseline: the SQLite import of this run"),
            Figure(f"breaches over the whole {data.name} register on PostgreSQL", breaches, "s", "≤ 2× SQLite",
                   breaches <= 2 * sqlite["breaches"], sqlite["breaches"], "baseline: the SQLite breaches of this run"),
            *inbox,
            Figure("recording one event through the service layer on PostgreSQL (p99)", slowest * 1000, "ms",
                   "p99 < 20 ms", slowest < 0.020, note=f"{len(recording.seconds)} events on held custodies")]


def breaches_time(data: Dataset, workdir: Path) -> float:
    """Import a size into a fresh SQLite register and time breaches over it (for growth)."""
    database = workdir / f"growth-{data.name}.db"
    database.unlink(missing_ok=True)
    service = open_service(f"sqlite:///{database}")
    import_file(service, data)
    seconds, _ = timed(service.reports.breaches)
    service.register.close()
    return seconds
