"""The synthetic register generator: deterministic, and every record valid per contract section 2."""
from __future__ import annotations

import io
import json
import random
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from register.domain import Event
from register.synthetic import SIZES, demo_records, generate, write_jsonl
from register.synthetic.generator import draw_plan
from register.synthetic.pools import REGIONS, RegionFacilities, draw_person
from register.timeline import apply_corrections, classify_stays
from register.timeutil import parse_instant
from register.vocabulary import EVENT_COMMON_FIELDS, EVENT_FIELDS, FieldKind

UTC = timezone.utc
START = datetime(2025, 12, 1, tzinfo=UTC)
END = datetime(2026, 1, 5, tzinfo=UTC)
FACILITY_KINDS = {"police_station", "ivs", "sizo", "special_holding_centre", "holding_processing_centre",
                  "nsc_facility", "hospital", "court", "vehicle", "other"}


def _lines(seed: int, custodies: int = 60, **kwargs) -> list[str]:
    out = io.StringIO()
    write_jsonl(generate(seed, custodies, START, END, **kwargs), out)
    return out.getvalue().splitlines()


def _by_kind(records: list[dict]) -> tuple[dict, dict, dict, dict[str, list[dict]]]:
    kinds: dict[str, dict] = defaultdict(dict)
    events: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        assert record["id"] not in kinds[record["record"]], f"duplicate id {record['id']}"
        kinds[record["record"]][record["id"]] = record
        if record["record"] == "event":
            events[record["custody"]].append(record)
    return kinds["facility"], kinds["person"], kinds["custody"], events


def _check_field(spec, value, facilities: dict, earlier: dict) -> None:
    kind = spec.kind
    if kind in (FieldKind.TEXT, FieldKind.FACILITY, FieldKind.EVENT):
        assert isinstance(value, str) and value.strip(), spec.name
    if kind == FieldKind.BOOL:
        assert isinstance(value, bool), spec.name
    elif kind == FieldKind.TEXT_LIST:
        assert isinstance(value, list) and value and all(isinstance(v, str) and v for v in value), spec.name
    elif kind == FieldKind.CHOICE:
        assert value in spec.choices, (spec.name, value)
    elif kind == FieldKind.INSTANT:
        parse_instant(value)
    elif kind == FieldKind.OBJECT:
        assert isinstance(value, dict) and value, spec.name
    elif kind == FieldKind.FACILITY:
        assert value in facilities, value
    elif kind == FieldKind.EVENT:
        assert value in earlier and earlier[value]["type"] != "correction", value
    elif kind == FieldKind.DATE:
        date.fromisoformat(value)
    elif kind == FieldKind.COUNT:
        assert isinstance(value, int) and value >= 0, spec.name
    elif kind == FieldKind.ITEMS:
        assert value and all(isinstance(item, dict) for item in value), spec.name
        for item in value:
            for item_spec in spec.item_fields:
                if item_spec.required or item_spec.name in item:
                    _check_field(item_spec, item.get(item_spec.name), facilities, earlier)


def _as_event(record: dict) -> Event:
    fields = {k: v for k, v in record.items() if k not in (*EVENT_COMMON_FIELDS, "record")}
    if "until" in fields:
        fields["until"] = parse_instant(fields["until"])
    return Event(record["id"], record["custody"], record["type"], parse_instant(record["at"]),
                 parse_instant(record["recorded_at"]), record["recorded_by"], fields)


def check_custody(events: list[dict], facilities: dict) -> None:
    """Every structural promise of contract section 2 for one custody's events, as yielded."""
    earlier: dict[str, dict] = {}
    previous_at = None
    for record in events:
        specs = EVENT_FIELDS[record["type"]]
        allowed = {"record", *EVENT_COMMON_FIELDS, *(s.name for s in specs)}
        assert set(record) <= allowed, set(record) - allowed
        for spec in specs:
            if spec.required or spec.name in record:
                assert spec.name in record, (record["type"], spec.name)
                _check_field(spec, record[spec.name], facilities, earlier)
        at, recorded_at = parse_instant(record["at"]), parse_instant(record["recorded_at"])
        assert at <= recorded_at + timedelta(minutes=5), record["id"]
        assert previous_at is None or previous_at <= at, "events out of chronological order"
        previous_at = at
        if "until" in record:
            assert parse_instant(record["until"]) >= at
        if record["type"] == "correction":
            target = earlier[record["corrects"]]
            assert recorded_at > parse_instant(target["recorded_at"])
            names = {s.name for s in EVENT_FIELDS[target["type"]]} | {"at"}
            assert set(record["changes"]) <= names
        earlier[record["id"]] = record

    recorded = [_as_event(r) for r in events]
    for timeline in (recorded, apply_corrections(recorded)):  # valid as recorded and once corrected
        ordered = sorted((e for e in timeline if e.type != "correction"), key=lambda e: e.at)
        assert [e.type for e in ordered].count("apprehension") == 1
        assert ordered[0].type == "apprehension"
        releases = [i for i, e in enumerate(ordered) if e.type == "release"]
        assert not releases or releases == [len(ordered) - 1], "events after the release"
        here = None
        for event in ordered:
            if event.type == "arrival":
                assert here is None, "arrival while still at a facility"
                here = event.get("facility")
            elif event.type == "departure":
                assert here is not None, "departure from nowhere"
                here = None
            elif event.type == "placement":
                assert here is not None, "placement outside a facility"
    assert all(parse_instant(r["at"]) <= parse_instant(events[-1]["at"]) for r in events if r["type"] == "correction")


def _offset_matches(text: str, zone: str) -> bool:
    written = datetime.fromisoformat(text)
    return written.utcoffset() == written.astimezone(ZoneInfo(zone)).utcoffset()


# ---- determinism -----------------------------------------------------------------------------------

def test_same_seed_gives_identical_lines():
    assert _lines(7) == _lines(7)


def test_different_seed_gives_different_lines():
    assert _lines(7) != _lines(8)


def test_output_starts_with_header_and_is_utf8_json_lines():
    lines = _lines(3, custodies=5)
    assert json.loads(lines[0]) == {"format": "detention-register", "version": 1}
    assert all("record" in json.loads(line) for line in lines[1:])
    assert any("Камера" in line for line in lines), "Cyrillic must be written as is, not escaped"


# ---- validity --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample() -> list[dict]:
    return list(generate(11, 400, START, END))


def test_records_come_in_order_facilities_then_person_custody_events(sample):
    kinds = [r["record"] for r in sample]
    first_person = kinds.index("person")
    assert set(kinds[:first_person]) == {"facility"}
    assert "facility" not in kinds[first_person:]
    for i, kind in enumerate(kinds):
        if kind == "custody":
            assert kinds[i - 1] == "person" and sample[i]["person"] == sample[i - 1]["id"]
            assert kinds[i + 1] == "event" and sample[i + 1]["custody"] == sample[i]["id"]


def test_facilities_persons_and_custodies_have_contract_fields(sample):
    facilities, persons, custodies, _ = _by_kind(sample)
    for f in facilities.values():
        assert f["kind"] in FACILITY_KINDS and isinstance(f["designated"], bool) and f["name"]
        ZoneInfo(f["timezone"])
    for p in persons.values():
        assert p["full_name"] and p["sex"] in ("female", "male", "unknown")
        assert p["birth_date"] is None or date.fromisoformat(p["birth_date"])
        assert p["citizenship"] is None or p["citizenship"] == "stateless" or len(p["citizenship"]) == 2
        assert p["languages"] and all(len(code) == 2 for code in p["languages"])
    for c in custodies.values():
        assert c["person"] in persons
        assert c["procedural_status"] in ("none", "suspect", "accused", "administrative", "brought_in", "witness")
        assert c["grounds"] and c["ordering_authority"]


def test_every_custody_is_valid_per_contract(sample):
    facilities, _, custodies, events = _by_kind(sample)
    assert set(events) == set(custodies)
    for custody_events in events.values():
        check_custody(custody_events, facilities)


def test_instants_carry_the_facility_zone_offset(sample):
    facilities, _, _, events = _by_kind(sample)
    for custody_events in events.values():
        arrival = next((e for e in custody_events if e["type"] == "arrival"), None)
        if arrival is None:
            continue
        zone = facilities[arrival["facility"]]["timezone"]
        for e in custody_events:
            assert _offset_matches(e["at"], zone) and _offset_matches(e["recorded_at"], zone), e


def test_almaty_offset_follows_the_2024_change():
    records = list(generate(5, 60, datetime(2024, 2, 26, tzinfo=UTC), datetime(2024, 3, 4, tzinfo=UTC),
                            facilities=5))
    offsets = {e["at"][-6:] for e in records if e["record"] == "event" and e["at"][:10] < "2024-02-29"}
    assert offsets == {"+06:00"}
    offsets = {e["at"][-6:] for e in records if e["record"] == "event" and e["at"][:10] > "2024-03-01"}
    assert offsets == {"+05:00"}


def test_completed_custodies_have_15_to_40_events_and_an_end():
    records = list(generate(13, 300, START, END, now=END + timedelta(days=400)))
    _, _, custodies, events = _by_kind(records)
    for custody_id, custody_events in events.items():
        assert 15 <= len(custody_events) <= 40, (custody_id, len(custody_events))
        types = [e["type"] for e in custody_events]
        remanded = any(e["type"] == "court_decision" and e["decision"] == "remand" for e in custody_events)
        assert types[-1] == "release" or remanded


def test_stories_are_cut_at_now():
    now = END + timedelta(hours=6)
    records = list(generate(17, 80, END - timedelta(hours=30), END, now=now))
    events = [r for r in records if r["record"] == "event"]
    assert all(parse_instant(e["at"]) <= now and parse_instant(e["recorded_at"]) <= now for e in events)
    assert all(parse_instant(e["until"]) <= now for e in events if "until" in e)


def test_about_one_custody_in_eight_has_a_planned_breach():
    rng = random.Random(1)
    facilities = RegionFacilities(REGIONS[0], {"police_station": ["F-1"], "other": ["F-2"]})
    plans = [draw_plan(rng, draw_person(rng, date(2026, 1, 5)), facilities) for _ in range(5000)]
    share = sum(bool(p.breaches) for p in plans) / len(plans)
    assert 0.10 <= share <= 0.20


def test_breaches_are_visible_in_a_large_sample(sample):
    facilities, _, _, events = _by_kind(sample)
    apprehensions = [e for es in events.values() for e in es if e["type"] == "apprehension"]
    assert any("video" not in e for e in apprehensions)
    late_arrivals = 0
    for custody_events in events.values():
        stays = classify_stays(sorted((_as_event(e) for e in custody_events), key=lambda e: e.at))
        if stays and stays[0].arrived_at - parse_instant(custody_events[0]["at"]) > timedelta(hours=3):
            late_arrivals += 1
    assert 0 < late_arrivals < len(events) * 0.1


def test_sizes_match_the_brief():
    assert SIZES["surge"].custodies == 10_000 and SIZES["surge"].span == timedelta(hours=72)
    assert SIZES["national"].custodies == 150_000 and SIZES["national"].span == timedelta(days=365)


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        list(generate(1, 10, END, START))
    with pytest.raises(ValueError):
        list(generate(1, 10, START, END, facilities=2))
    with pytest.raises(ValueError):
        list(generate(1, 10, START, END, now=START))


# ---- demo ------------------------------------------------------------------------------------------

NOW = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo() -> list[dict]:
    return demo_records(NOW)


def test_demo_is_deterministic_and_valid(demo):
    assert demo == demo_records(NOW)
    facilities, persons, custodies, events = _by_kind(demo)
    assert 6 <= len(facilities) <= 8 and len({f["region"] for f in facilities.values()}) >= 3
    assert 36 <= len(custodies) <= 40
    for custody_events in events.values():
        check_custody(custody_events, facilities)
        assert all(parse_instant(e["recorded_at"]) <= NOW for e in custody_events)


def test_demo_has_the_promised_variety(demo):
    facilities, persons, custodies, events = _by_kind(demo)
    people = list(persons.values())
    ages = [(NOW.date() - date.fromisoformat(p["birth_date"])).days / 365.25 for p in people if p["birth_date"]]
    assert any(age < 18 for age in ages) and any(p["birth_date"] is None for p in people)
    citizenships = {p["citizenship"] for p in people}
    assert {"KZ", "stateless", None} <= citizenships and len(citizenships - {"KZ", "stateless", None}) >= 3
    every = [e for es in events.values() for e in es]
    hall = {f["id"] for f in facilities.values() if not f["designated"]}
    assert hall and any(e["type"] == "arrival" and e["facility"] in hall for e in every)
    assert any(e["type"] == "correction" for e in every)
    assert any(e["type"] == "notification" and e["outcome"] == "unsuccessful" for e in every)
    assert any(e["type"] == "apprehension" and "video" not in e for e in every)
    assert any(e["type"] == "apprehension"
               and parse_instant(e["recorded_at"]) - parse_instant(e["at"]) > timedelta(hours=1) for e in every)
    assert any(e["type"] == "medical_exam" and e["injuries"] for e in every)
    stay_kinds, ended, running = set(), 0, 0
    for custody_events in events.values():
        stays = classify_stays(sorted((_as_event(e) for e in custody_events), key=lambda e: e.at))
        stay_kinds |= {s.kind for s in stays}
        ended += custody_events[-1]["type"] == "release"
        running += NOW - parse_instant(custody_events[0]["at"]) < timedelta(hours=12)
    assert {"first", "transfer", "return"} <= stay_kinds
    assert ended >= 10 and running >= 5
    decisions = {e["decision"] for e in every if e["type"] == "court_decision"}
    assert {"remand", "other_measure", "release"} <= decisions
    returns_screened = _returns_by_screening(events)
    assert returns_screened[True] and returns_screened[False]
    # The custody record (issue 17): an inventory still held, and one given back short and unsigned.
    from register.property import account
    accounts = [account([_as_event(e) for e in es]) for es in events.values()]
    assert any(a.is_open for a in accounts)
    assert any(e["type"] == "medical_exam" and len(e.get("injury_marks", [])) >= 2 for e in every)
    assert {"personal_search", "use_of_force", "care"} <= {e["type"] for e in every}
    assert any(e["type"] == "departure" and e.get("escort") and e.get("vehicle") for e in every)
    short, = [a for a in accounts if a.differences]
    assert [(line.description, line.difference) for line in short.differences][0] == (
        "Мобильный телефон Samsung Galaxy A52", -1)
    assert short.returns[0].get("signed_by_detainee") is False


def _returns_by_screening(events: dict[str, list[dict]]) -> dict[bool, int]:
    """Returns from a trip, split by whether a medical exam followed within six hours."""
    counts = {True: 0, False: 0}
    for custody_events in events.values():
        timeline = sorted((_as_event(e) for e in custody_events), key=lambda e: e.at)
        for stay in classify_stays(timeline):
            if stay.kind == "return" and stay.arrived_at < NOW - timedelta(hours=6):
                screened = any(e.type == "medical_exam" and stay.arrived_at <= e.at <= stay.arrived_at
                               + timedelta(hours=6) for e in timeline)
                counts[screened] += 1
    return counts
