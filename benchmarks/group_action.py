"""A mass detention's figures (issue 15): 500 people registered in one mass intake, then placed in one group
action, on a register that already holds a workload, through the same services the desktop calls.

    python -m benchmarks.group_action --size surge      # its own register: import, then the figures
"""
from __future__ import annotations

import argparse
import tempfile
from datetime import date, timedelta
from pathlib import Path

from benchmarks.data import DATA_DIR, END, WORKLOADS, dataset
from benchmarks.figures import Figure, import_file, open_service, timed
from register.domain import Custody, Person
from register.services.board import BoardQuery
from register.services.records import new_id

GROUP = 500


def group_action_figures(url: str, size: int = GROUP) -> list[Figure]:
    """The mass intake of `size` people at one facility (numbered inside the write), the board filtered to
    them, and one placement for all of them with one exception."""
    service = open_service(url)
    facility = sorted(service.board.facilities(), key=lambda f: f.id)[0].id
    apprehended = END - timedelta(hours=2)
    intakes = []
    for n in range(size):
        custody_id, person_id = new_id("C"), new_id("P")
        person = Person(person_id, f"Задержанный Массовый {n:04d}", date(1990, 1, 1) if n % 3 else None, "male",
                        "KZ", ("kk", "ru"), estimated_age=None if n % 3 else 30)
        custody = Custody(custody_id, person_id, "administrative", "Administrative Code art. 488", "police")
        intakes.append((person, custody, [
            service.records.new_event(custody_id, "apprehension", apprehended,
                                      {"place": "Republic Sq", "officers": ["Maj. Tulegenov"], "reason": "mass unrest",
                                       "video_missing_reason": "no body camera issued"}),
            service.records.new_event(custody_id, "arrival", apprehended + timedelta(hours=1),
                                      {"facility": facility})]))
    intake, summary = timed(lambda: service.records.intake_many(intakes, numbered=True))
    numbers = tuple(dict.fromkeys(event.custody for event in summary.events))
    query = BoardQuery(custody_ids=numbers)
    board, rows = timed(lambda: (service.board.count(query), service.board.rows(query, 0, 200)))
    members = [(number, {"location": "Камера 6" if index == 0 else "Спортзал 1"})
               for index, number in enumerate(numbers)]
    placement, _ = timed(lambda: service.records.record_group("placement", END - timedelta(minutes=30), members))
    service.register.close()
    return [
        Figure(f"mass intake of {size} people in one write (numbered)", intake, "s", "reported", None,
               note=f"{2 * size} events"),
        Figure(f"the board filtered to the {size} people of one mass intake (count and first page)", board, "s",
               "< 2 s", board < 2),
        Figure(f"a group action (placement) on {size} custodies, all or nothing", placement, "s",
               "< 2 s (as opening the board)", placement < 2, note=f"{size} chained events, one exception"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.group_action", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=WORKLOADS, default="surge", help="the register the group joins")
    parser.add_argument("--group", type=int, default=GROUP, help="people in the mass intake")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    data = dataset(args.size, directory=args.data_dir)
    with tempfile.TemporaryDirectory(prefix="register-bench-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'register.db'}"
        service = open_service(url)
        imported = import_file(service, data)
        service.register.close()
        print(f"{data.name}: {data.lines - 1:,} records imported in {imported:.1f} s")
        for figure in group_action_figures(url, args.group):
            met = "reported" if figure.met is None else ("met" if figure.met else "NOT met")
            print(f"{figure.name}: {figure.value:.3f} {figure.unit} (target {figure.target}: {met})"
                  + (f"; {figure.note}" if figure.note else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
