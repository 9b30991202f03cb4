"""Registers of any size: facilities, then each custody's person, custody and events, streamed."""
from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import IO, Iterable, Iterator
from zoneinfo import ZoneInfo

from register.synthetic.pools import (
    AGENCY, EXTRA_KINDS, REGION_KINDS, REGIONS, PersonDraft, Region, RegionFacilities, draw_person, facility_name,
)
from register.synthetic.story import (
    BREACHES, GROUNDS, IRREGULAR_PLACE, LATE_MINOR_NOTICE, MINOR_QUESTIONED_ALONE, MISSING_FOREIGN_NOTICE,
    NO_RELATIVE_NOTICE, OUTCOMES, QUESTIONED_WITHOUT_LAWYER, WRONG_LANGUAGE, Draft, Plan, Story,
)
from register.timeutil import ensure_utc

HEADER = {"format": "detention-register", "version": 1}
BREACH_SHARE = 0.13  # custodies with a deliberate breach; indicators add about 1 %
MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class Size:
    """A named workload: how many custodies are apprehended within what span."""
    custodies: int
    span: timedelta

    def records(self, seed: int, end: datetime) -> Iterator[dict]:
        return generate(seed, self.custodies, end - self.span, end)


SIZES = {
    "surge": Size(10_000, timedelta(hours=72)),  # January 2022: "nearly 10,000 people were detained"
    "national": Size(150_000, timedelta(days=365)),  # IVS placements plus administrative detentions in a year
}


def generate(seed: int, custodies: int, start: datetime, end: datetime, *, facilities: int | None = None,
             now: datetime | None = None) -> Iterator[dict]:
    """Facility records, then for each custody its person, the custody and its events.

    Apprehensions fall in [start, end), in order. Each custody's story is cut at
    `now` (default `end`), so recent custodies have clocks still running.
    """
    start, end = ensure_utc(start), ensure_utc(end)
    now = end if now is None else ensure_utc(now)
    count = min(300, max(12, custodies // 40)) if facilities is None else facilities
    if custodies < 0 or count < 3 or not start < end <= now:
        raise ValueError("need custodies >= 0, facilities >= 3 and start < end <= now")
    rng = random.Random(seed)
    regions_used = max(1, min(len(REGIONS), count // 6))
    layout = [(REGIONS[i % regions_used], _kind_at(i // regions_used)) for i in range(count)]
    facility_records, by_region = build_facilities(layout)
    yield from facility_records

    regions = list(by_region.values())
    weights = list(itertools.accumulate(len(r.by_kind.get("police_station", ())) for r in regions))
    minutes = int((end - start) / MINUTE)
    event_ids = itertools.count(1)
    for number, offset in enumerate(sorted(rng.randrange(minutes) for _ in range(custodies)), 1):
        apprehended = start + offset * MINUTE
        region = rng.choices(regions, cum_weights=weights)[0]
        person = draw_person(rng, apprehended.astimezone(region.zone).date())
        plan = draw_plan(rng, person, region)
        yield from custody_records(rng, number, person, plan, region, apprehended, now, event_ids)


def _kind_at(position: int) -> str:
    if position < len(REGION_KINDS):
        return REGION_KINDS[position]
    return EXTRA_KINDS[(position - len(REGION_KINDS)) % len(EXTRA_KINDS)]


def build_facilities(layout: Iterable[tuple[Region, str]]) -> tuple[list[dict], dict[str, RegionFacilities]]:
    """Facility records F-001... in layout order, and each region's facilities by kind."""
    records, by_region = [], {}
    for number, (region, kind) in enumerate(layout, 1):
        facilities = by_region.setdefault(region.name, RegionFacilities(region))
        facility_id = f"F-{number:03d}"
        name = facility_name(region, kind, len(facilities.by_kind.get(kind, ())) + 1)
        facilities.add(facility_id, kind, name)
        records.append({"record": "facility", "id": facility_id, "name": name, "kind": kind,
                        "designated": kind != "other", "timezone": region.tz, "region": region.name,
                        "agency": AGENCY.get(kind, "МВД РК")})
    return records, by_region


def draw_plan(rng: random.Random, person: PersonDraft, facilities: RegionFacilities) -> Plan:
    """What happens in an ordinary custody; about one in eight carries a deliberate breach."""
    status = "suspect" if rng.random() < 0.7 else "administrative"
    weights = (30, 10, 25, 35) if status == "suspect" else (0, 15, 50, 35)
    outcome = rng.choices(OUTCOMES, weights=weights)[0]
    breaches: frozenset[str] = frozenset()
    if rng.random() < BREACH_SHARE:
        possible = [b for b in BREACHES if _breach_possible(b, person, status, facilities)]
        breaches = frozenset(rng.sample(possible, 2 if rng.random() < 0.25 else 1))
    return Plan(
        status=status, outcome=outcome, target=rng.randint(18, 40), online_court=rng.random() < 0.4,
        ivs_transfer=status == "suspect" and rng.random() < 0.7,
        lawyer=rng.random() < (0.6 if status == "suspect" else 0.2) or QUESTIONED_WITHOUT_LAWYER in breaches,
        failed_attempt=rng.random() < 0.25, injuries=rng.random() < 0.05, correction=rng.random() < 0.06,
        breaches=breaches,
    )


def _breach_possible(breach: str, person: PersonDraft, status: str, facilities: RegionFacilities) -> bool:
    minor = person.treated_as_minor
    return {
        LATE_MINOR_NOTICE: minor,
        NO_RELATIVE_NOTICE: not minor,
        MINOR_QUESTIONED_ALONE: minor and status == "suspect",
        QUESTIONED_WITHOUT_LAWYER: status == "suspect",
        MISSING_FOREIGN_NOTICE: person.foreign,
        WRONG_LANGUAGE: "ru" not in person.languages,
        IRREGULAR_PLACE: bool(facilities.by_kind.get("other")),
    }.get(breach, True)


def custody_records(rng: random.Random, number: int, person: PersonDraft, plan: Plan,
                    facilities: RegionFacilities, apprehended: datetime, now: datetime,
                    event_ids: Iterator[int]) -> Iterator[dict]:
    """The person, the custody and its events up to `now`, numbered P-/C-`number` and E-`next(event_ids)`."""
    story = Story(rng, person, plan, facilities, apprehended)
    drafts = story.tell()
    tz = facilities.zone
    person_id, custody_id = f"P-{number:06d}", f"C-{number:06d}"
    yield _person_record(person_id, person)
    apprehension = drafts[0]
    if plan.status == "suspect":
        authority = f"Следователь СО {facilities.names[story.station]}"
    else:
        authority = f"Дежурная часть {facilities.names[story.station]}"
    yield {"record": "custody", "id": custody_id, "person": person_id, "procedural_status": plan.status,
           "grounds": f"{GROUNDS[plan.status]}; {apprehension.fields['reason']}", "ordering_authority": authority,
           "agency": "МВД РК"}
    for draft in drafts:
        if draft.at > now:
            break
        draft.id = f"E-{next(event_ids):07d}"
        yield _event_record(draft, custody_id, tz, now)


def _person_record(person_id: str, p: PersonDraft) -> dict:
    record = {"record": "person", "id": person_id, "full_name": p.full_name,
              "birth_date": p.birth_date.isoformat() if p.birth_date else None, "sex": p.sex,
              "citizenship": p.citizenship, "languages": list(p.languages), "needs_interpreter": p.needs_interpreter}
    if p.id_document:
        record["id_document"] = p.id_document
    return record


def _event_record(draft: Draft, custody_id: str, tz: ZoneInfo, now: datetime) -> dict:
    """The contract's event record; what had not happened or been entered by `now` is left out."""
    record = {"record": "event", "id": draft.id, "custody": custody_id, "type": draft.type,
              "at": _local(draft.at, tz), "recorded_at": _local(min(draft.recorded_at, now), tz),
              "recorded_by": draft.recorded_by}
    for name, value in draft.fields.items():
        if name == "until":
            if value > now:
                continue
            value = _local(value, tz)
        elif name == "changes":
            value = {k: _local(v, tz) if isinstance(v, datetime) else v for k, v in value.items()}
        record[name] = value
    if draft.corrects is not None:
        record["corrects"] = draft.corrects.id
    return record


def _local(instant: datetime, tz: ZoneInfo) -> str:
    return instant.astimezone(tz).isoformat(timespec="seconds")


def write_jsonl(records: Iterable[dict], stream: IO[str]) -> int:
    """Write the header line and one compact JSON object per line; returns the number of records.

    The stream must be a text stream opened with encoding="utf-8": names stay readable Cyrillic.
    """
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    stream.write(encode(HEADER) + "\n")
    written = 0
    for record in records:
        stream.write(encode(record) + "\n")
        written += 1
    return written

