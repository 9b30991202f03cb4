"""Import is all or nothing, says which line is wrong and why, and is safe to repeat."""
from __future__ import annotations

import json

import pytest

from register.errors import Rejected
from tests.core.lines import CUSTODY, EVENTS, FACILITY, FACILITY_2, PERSON, event, lines, story


def _refused(operator, file_lines) -> list:
    before = list(operator.chain.export_lines())
    with pytest.raises(Rejected) as refused:
        operator.records.import_lines(file_lines)
    after = list(operator.chain.export_lines())
    strip = lambda exported: [l for l in exported if '"record":"chain"' not in l and '"format"' not in l]
    assert strip(after) == strip(before), "a refused import must leave the register exactly as it was"
    return refused.value.problems


def test_a_file_imports_and_a_second_import_is_a_no_op(operator):
    first = operator.records.import_lines(story())
    assert first.written == {"facility": 2, "person": 1, "custody": 1, "event": 4}
    again = operator.records.import_lines(story())
    assert sum(again.written.values()) == 0 and again.unchanged["event"] == 4


def test_an_export_imports_into_another_register_unchanged(operator, tmp_path, clock):
    from register.access import Actor
    from register.opening import open_register
    operator.records.import_lines(story())
    exported = list(operator.chain.export_lines())
    other = open_register(f"sqlite:///{tmp_path / 'other.db'}", clock)
    receiver = other.as_user(Actor.without_accounts())
    receiver.records.import_lines(exported)
    assert receiver.reports.timeline("C-1").effective == operator.reports.timeline("C-1").effective
    assert receiver.chain.verify().intact
    other.close()


def test_one_bad_line_leaves_everything_unwritten(operator):
    bad = event("E-9", "arrival", "2026-01-05T11:00:00", facility="F-1")  # no offset
    problems = _refused(operator, lines(FACILITY, PERSON, CUSTODY, *EVENTS, bad))
    assert [(p.ref, "no UTC offset" in p.message) for p in problems] == [(9, True)]
    assert operator.reports.timeline("C-1") is None


def test_the_same_id_with_different_content_is_an_error(operator):
    operator.records.import_lines(story())
    changed = dict(PERSON, full_name="Другое имя")
    problems = _refused(operator, lines(changed))
    assert problems[0].ref == 2 and "already exists" in problems[0].message


def test_json_garbage_is_reported_per_line(operator):
    problems = _refused(operator, ['{"format": "detention-register", "version": 1}', "not json", "[1, 2]",
                                   '{"no_record": true}', '{"record": "vehicle", "id": "V"}'])
    assert [p.ref for p in problems] == [2, 3, 4, 5]


@pytest.mark.parametrize("bad_event, field_hint", [
    (event("E-9", "arrival", "2026-01-05T13:00:00+05:00", facility="F-404"), "unknown facility"),
    (event("E-9", "placement", "2026-01-05T09:00:00+05:00", location="Cell 1"), "before the apprehension"),
    (event("E-9", "apprehension", "2026-01-05T12:00:00+05:00", place="x", officers=["y"], reason="z"),
     "already has an apprehension"),
    (event("E-9", "arrival", "2026-01-05T13:00:00+05:00", facility="F-2"), "still at a facility"),
    (event("E-9", "family_visit", "2026-01-05T13:00:00+05:00", visitor="Mother",
           until="2026-01-05T12:00:00+05:00"),
         "the end time (2026-01-05 12:00 (UTC+05:00)) lies before the event's own time (2026-01-05 13:00 (UTC+05:00))"),
    (event("E-9", "protocol", "2026-01-05T23:00:00+05:00", number="1", drawn_by="x"), "five minutes after"),
    (event("E-9", "apprehension", "2026-01-05T12:00:00+05:00", place="x", officers=[], reason="z"),
     "the officers must be a list of at least one text"),
    (event("E-9", "notification", "2026-01-05T13:00:00+05:00", recipient="neighbour", recipient_name="A",
           method="phone", outcome="reached", officer="B"), "the recipient must be one of: relative, legal_representative,"),
    (event("E-9", "interrogation", "2026-01-05T13:00:00+05:00", investigator="X", lawyer_present="yes"),
     "true or false"),
    (dict(event("E-9", "placement", "2026-01-05T13:00:00+05:00", location="Cell 1"), custody="C-404"),
     "unknown custody"),
    (event("E-9", "correction", "2026-01-05T13:00:00+05:00", corrects="E-404", reason="typo",
           changes={"location": "Cell 2"}), "not an event of this custody"),
    (event("E-9", "correction", "2026-01-05T13:00:00+05:00", corrects="E-2", reason="typo",
           changes={"at": "2026-01-05T09:00:00+05:00"}), "before the apprehension"),
    (event("E-9", "correction", "2026-01-05T13:00:00+05:00", corrects="E-4", reason="typo",
           changes={"colour": "red"}), "not a field"),
])
def test_each_broken_rule_of_a_timeline_is_refused_with_its_reason(operator, bad_event, field_hint):
    operator.records.import_lines(story())
    problems = _refused(operator, lines(bad_event))
    assert problems[0].ref == 2
    assert field_hint in problems[0].message


def test_nothing_may_follow_the_release_but_a_correction(operator):
    operator.records.import_lines(story() + lines(event("E-5", "release", "2026-01-05T15:00:00+05:00", reason="no grounds"),
                                          header=False))
    problems = _refused(operator, lines(event("E-9", "placement", "2026-01-05T16:00:00+05:00", location="Cell 2")))
    assert "after the release" in problems[0].message
    operator.records.import_lines(lines(event("E-10", "correction", "2026-01-05T16:00:00+05:00", corrects="E-4",
                                      reason="wrong cell written", changes={"location": "Камера 5"})))
    timeline = operator.reports.timeline("C-1")
    assert timeline.current_location is None  # released
    assert [e.get("location") for e in timeline.effective if e.type == "placement"] == ["Камера 5"]
    assert [e.get("location") for e in timeline.events if e.type == "placement"] == ["Камера 4"]


def test_records_may_come_in_any_order(operator):
    shuffled = lines(*reversed(EVENTS), CUSTODY, PERSON, FACILITY_2, FACILITY)
    operator.records.import_lines(shuffled)
    assert [e.id for e in operator.reports.timeline("C-1").effective] == ["E-1", "E-2", "E-3", "E-4"]


def test_a_missing_recorded_at_defaults_to_the_moment_of_import_and_reimports_cleanly(operator, clock):
    plain = [json.dumps({k: v for k, v in json.loads(l).items() if k != "recorded_at"}) for l in story()]
    operator.records.import_lines(plain)
    assert operator.reports.timeline("C-1").first("arrival").recorded_at == clock.now()
    clock.advance(hours=1)
    assert sum(operator.records.import_lines(plain).written.values()) == 0


def test_an_earlier_second_apprehension_is_refused_too(operator):
    operator.records.import_lines(story())
    problems = _refused(operator, lines(event("E-9", "apprehension", "2026-01-05T08:00:00+05:00", place="x",
                                              officers=["y"], reason="z")))
    assert problems[0].record_id == "E-9" and "already has an apprehension" in problems[0].message


def test_a_correction_that_would_put_stored_events_before_the_apprehension_is_refused(operator):
    operator.records.import_lines(story())
    problems = _refused(operator, lines(event("E-9", "correction", "2026-01-05T13:00:00+05:00", corrects="E-1",
                                              reason="typo", changes={"at": "2026-01-05T11:30:00+05:00"})))
    assert problems[0].record_id == "E-9" and "before the apprehension" in problems[0].message


def test_a_form_cannot_write_a_person_an_import_would_refuse(operator):
    from register.access import Actor
    from register.domain import Custody, Person
    operator.records.import_lines(lines(FACILITY))
    officer = operator.register.as_user(Actor("officer1", "duty_officer", "Officer One"))
    person = Person("P-7", "Асан Асанов", None, "male", "Kazakhstan", ("kk",))
    custody = Custody("C-7", "P-7", "suspect", "grounds", "authority")
    apprehension = officer.records.new_event("C-7", "apprehension", operator.now(), {"place": "x", "officers": ["y"],
                                                                              "reason": "z"})
    with pytest.raises(Rejected) as refused:
        officer.records.intake(person, custody, [apprehension])
    assert refused.value.problems[0].field == "citizenship"
    assert officer.reports.timeline("C-7") is None


def test_a_group_intake_is_all_or_nothing(operator):
    from register.access import Actor
    from register.domain import Custody, Person
    operator.records.import_lines(lines(FACILITY))
    officer = operator.register.as_user(Actor("officer1", "duty_officer", "Officer One"))
    intakes = []
    for n in range(3):
        apprehension = officer.records.new_event(f"C-{n}", "apprehension", operator.now(),
                                         {"place": "square", "officers": ["Sgt A"], "reason": "protest"})
        arrival = officer.records.new_event(f"C-{n}", "arrival", operator.now(), {"facility": "F-1" if n < 2 else "F-404"})
        intakes.append((Person(f"P-{n}", f"Person {n}", None, "unknown", None, ()),
                        Custody(f"C-{n}", f"P-{n}", "administrative", "grounds", "authority"),
                        [apprehension, arrival]))
    with pytest.raises(Rejected):
        officer.records.intake_many(intakes)
    assert all(officer.reports.timeline(f"C-{n}") is None for n in range(3))
    intakes[2][2][1] = officer.records.new_event("C-2", "arrival", operator.now(), {"facility": "F-1"})
    assert officer.records.intake_many(intakes).written["custody"] == 3


def test_the_reason_for_a_missing_video_is_kept_and_still_flagged(operator):
    operator.records.import_lines(lines(FACILITY, PERSON, CUSTODY, event(
        "E-1", "apprehension", "2026-01-05T10:00:00+05:00", place="x", officers=["y"], reason="z",
        video_missing_reason="body camera battery flat")))
    apprehension = operator.reports.timeline("C-1").apprehension
    assert apprehension.get("video_missing_reason") == "body camera battery flat"
    assert any(c.rule == "video-missing" for c in operator.reports.clocks("C-1"))
