"""Two officers of one facility registering at the same instant, each through their own connection, get
distinct custody numbers: the number is taken inside the write, under the chain's lock (SQLite and PostgreSQL)."""
from __future__ import annotations

import threading
from datetime import date, datetime, timezone

from register.access import Actor
from register.domain import Custody, Person
from register.opening import open_register
from register.services.records import new_id
from tests.core.lines import lines

APPREHENDED = datetime(2026, 1, 5, 9, 30, tzinfo=timezone.utc)
EACH = 5


def intake_of(service, name: str):
    custody_id, person_id = new_id("C"), new_id("P")
    person = Person(person_id, name, date(1990, 1, 1), "male", "KZ", ("kk",))
    custody = Custody(custody_id, person_id, "administrative", "Administrative Code art. 488", "police")
    events = [service.records.new_event(custody_id, "apprehension", APPREHENDED,
                                        {"place": "Republic Sq", "officers": ["sgt.ali"], "reason": "mass unrest"}),
              service.records.new_event(custody_id, "arrival", APPREHENDED.replace(hour=10), {"facility": "F-1"})]
    return person, custody, events


def test_officers_registering_at_the_same_instant_get_distinct_numbers(db_url, clock):
    first = open_register(db_url, clock)
    first.as_user(Actor.without_accounts()).records.import_lines(lines(
        {"record": "facility", "id": "F-1", "name": "ИВС Алматы", "kind": "ivs", "designated": True,
         "timezone": "Asia/Almaty"}, header=False))
    second = open_register(db_url, clock)  # another station: its own engine and connections
    officers = [first.as_user(Actor("duty1", "duty_officer", "Duty One")),
                second.as_user(Actor("duty2", "duty_officer", "Duty Two"))]
    start = threading.Barrier(len(officers))
    numbers: dict[str, list[str]] = {}
    failures: list[BaseException] = []

    def registers(service) -> None:
        try:
            taken = []
            start.wait(timeout=30)
            for n in range(EACH):
                summary = service.records.intake(*intake_of(service, f"{service.actor.username} {n}"), numbered=True)
                taken.append(summary.events[0].custody)
            numbers[service.actor.username] = taken
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)

    threads = [threading.Thread(target=registers, args=(officer,)) for officer in officers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    everyone = numbers["duty1"] + numbers["duty2"]
    assert sorted(everyone) == [f"F-1-2026-{n:05d}" for n in range(1, 2 * EACH + 1)]  # distinct, no gap
    for username, taken in numbers.items():
        for number, n in zip(taken, range(EACH)):  # each number is the custody that officer registered
            assert officers[0].reports.timeline(number, log=False).person.full_name == f"{username} {n}"
    assert officers[0].chain.verify().intact
    first.close()
    second.close()
