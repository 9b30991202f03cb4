"""The whereabouts desk through its service: what article 18 names and nothing more, every inquiry
recorded, a detainee's wish of non-disclosure honoured, a reported apprehension matched to the custody
registered later (SQLite and PostgreSQL)."""
from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta, timezone

import pytest

from register.access import AccessDenied, Actor
from register.domain import Custody, Person
from register.reports import WhereaboutsReport
from register.services.whereabouts import Asker, InquiryRefused
from register.writing import Rejected
from tests.whereabouts.people import namesake_lines, people_lines

DESK = Actor("desk1", "inquiry_desk", "Saule Desk")
OFFICER = Actor("duty1", "duty_officer", "Aigerim Duty")
PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
MOTHER = Asker("Қасымова Гүлжан", "mother", "+7 701 555 12 12")


@pytest.fixture
def desk(register):
    register.as_user(Actor.without_accounts()).records.import_lines(people_lines())
    return register.as_user(DESK)


def test_a_held_person_is_found_by_a_russian_spelling_and_the_answer_names_what_article_18_names(desk):
    found = desk.whereabouts.find("Касымов Ерлан").candidates
    assert [c.person_id for c in found] == ["P-1"]
    report = desk.whereabouts.answer(MOTHER, "Касымов Ерлан", "kk", "P-1")
    assert report.outcome == "held"
    assert report.ordering_authority == "Investigator Dosov, Almaly district police"
    assert report.apprehension_place == "Abay Avenue 10"
    assert [p.name for p in report.places] == ["СИЗО-1 Алматы", "ИВС ДП г. Алматы"]
    assert report.current.address == "г. Алматы, ул. Байзакова, 300"
    assert report.current.telephone == "+7 727 254 40 40"
    assert len(report.transfers) == 1
    # Nothing beyond article 18: no grounds, no medical examination, no flags in the report object.
    names = {f.name for f in fields(WhereaboutsReport)}
    assert not names & {"grounds", "clocks", "events", "medical", "flags", "timeline", "custody"}
    assert "theft" not in repr(report) and "Ospanova" not in repr(report)


def test_every_inquiry_is_recorded_in_the_chain_with_who_asked_and_what_was_answered(desk, register):
    desk.whereabouts.answer(MOTHER, "Kasymov", "ru", "P-1")
    desk.whereabouts.answer(Asker("Иванов", "neighbour", "+7 700 1"), "Сидоров", "ru", None)
    prosecutor = register.as_user(PROSECUTOR)
    recorded = prosecutor.whereabouts.inquiries()
    assert [(i.asker.name, i.person_id, i.outcome, i.by) for i in recorded] == [
        ("Қасымова Гүлжан", "P-1", "held", "desk1"), ("Иванов", None, "not_found", "desk1")]
    assert "ИВС ДП г. Алматы" in recorded[0].answer and recorded[1].answer == "not in the register"
    assert register.as_user(Actor.without_accounts()).chain.verify().intact


def test_a_full_list_of_namesakes_says_that_more_people_match(desk, register):
    """A person missing from a full list is not missing from the register: the search says more matched."""
    register.as_user(Actor.without_accounts()).records.import_lines(namesake_lines(2))
    narrow = desk.whereabouts.find("Касымов Ерлан", limit=2)
    assert len(narrow.candidates) == 2 and narrow.more
    everyone = desk.whereabouts.find("Касымов Ерлан")
    assert {c.person_id for c in everyone.candidates} == {"P-1", "P-N1", "P-N2"} and not everyone.more
    born = desk.whereabouts.find("Касымов Ерлан", date(1980, 1, 2), limit=2)
    assert [c.person_id for c in born.candidates] == ["P-N2"] and not born.more


def test_a_released_person_is_answered_with_when_and_to_whom(desk):
    assert [c.person_id for c in desk.whereabouts.find("Asel Omarova").candidates] == ["P-2"]
    report = desk.whereabouts.answer(Asker("Омаров Бауыржан", "brother", "+7 702"), "Asel Omarova", "en", "P-2")
    assert report.outcome == "released"
    assert report.released_at == datetime(2026, 1, 4, 9, 0, tzinfo=timezone.utc)
    assert report.released_to == "her brother, Омаров Бауыржан"


def test_a_wish_of_non_disclosure_gives_a_recorded_refusal(desk, register):
    officer = register.as_user(OFFICER)
    officer.records.record_event("C-3", "disclosure_wish", datetime(2026, 1, 4, 7, 0, tzinfo=timezone.utc),
                                 {"disclose": False})
    report = desk.whereabouts.answer(Asker("Петрова", "wife", "+7 705"), "Петров Иван", "ru", "P-3")
    assert report.outcome == "refused"
    assert report.places == () and report.ordering_authority is None and report.apprehended_at is None
    assert [i.outcome for i in register.as_user(PROSECUTOR).whereabouts.inquiries("P-3")] == ["refused"]


def test_an_unregistered_apprehension_is_matched_to_the_custody_registered_two_hours_later(desk, register, clock):
    taken = clock.now() - timedelta(minutes=20)
    reported = desk.whereabouts.report_apprehension(
        Asker("Сериков Даулет", "father", "+7 777 0"), "Serikov Arman", date(2004, 5, 6), None,
        "Abay Avenue / Baitursynov St", taken)
    assert reported.custody_id is None
    clock.advance(hours=2, minutes=-20)
    officer = register.as_user(OFFICER)
    person = Person("P-9", "Сериков Арман", date(2004, 5, 6), "male", "KZ", ("kk",))
    officer.records.intake(person, Custody("C-9", "P-9", "suspect", "robbery", "Investigator Aliev"), [
        officer.records.new_event("C-9", "apprehension", taken + timedelta(hours=1, minutes=30),
                                  {"place": "Baitursynov St", "officers": ["sgt.omarov"], "reason": "suspicion"})])
    linked = desk.whereabouts.reported_apprehensions()[0]
    assert linked.custody_id == "C-9"
    assert linked.registration_gap == timedelta(hours=2)
    assert linked.register_apprehended_at - linked.apprehended_at == timedelta(hours=1, minutes=30)


def test_the_desk_sees_nothing_else_of_the_register(desk):
    for call in (lambda: desk.board.find_persons("Kasymov"), lambda: desk.reports.timeline("C-1"),
                 lambda: desk.confidential.flags()):
        with pytest.raises(AccessDenied):
            call()


def test_a_question_without_an_asker_is_refused_field_by_field(desk):
    with pytest.raises(Rejected) as refused:
        desk.whereabouts.answer(Asker("", " ", ""), "Kasymov", "kk", "P-1")
    assert [p.field for p in refused.value.problems] == ["name", "relation", "contact"]
    with pytest.raises(InquiryRefused):
        desk.whereabouts.report_apprehension(MOTHER, "Kasymov", None, None, "Abay Avenue",
                                             datetime(2026, 1, 5, 4, tzinfo=timezone.utc))


def test_reports_and_refusals_are_in_the_prosecutors_inbox_at_once(desk, register, clock):
    taken = clock.now() - timedelta(hours=1)
    desk.whereabouts.report_apprehension(Asker("Сериков Даулет", "father", "+7 777 0"), "Serikov Arman",
                                         date(2004, 5, 6), None, "Abay Avenue", taken)
    register.as_user(OFFICER).records.record_event("C-3", "disclosure_wish", clock.now() - timedelta(hours=2),
                                                   {"disclose": False})
    desk.whereabouts.answer(Asker("Петрова", "wife", "+7 705"), "Петров", "ru", "P-3")
    prosecutor = register.as_user(PROSECUTOR)
    desk_alerts = {a.rule: a for a in prosecutor.alerts.alerts() if a.rule in ("apprehension-reported",
                                                                               "whereabouts-refused")}
    reported, refused = desk_alerts["apprehension-reported"], desk_alerts["whereabouts-refused"]
    assert reported.person_name == "Serikov Arman" and reported.custody_id == ""
    assert "no custody registered yet" in reported.clock.details
    assert refused.custody_id == "C-3" and "Петрова (wife" in refused.clock.details
    prosecutor.alerts.acknowledge(refused.key, "the wish is on file, signed by the detainee")
    assert not [a for a in register.as_user(OFFICER).alerts.alerts() if a.rule == "apprehension-reported"]


def test_an_unregistered_apprehension_is_acknowledged_and_closed_like_any_alert(desk, register, clock):
    taken = clock.now() - timedelta(hours=1)
    for reporter in ("Сериков Даулет", "Ахметова Гүлнар"):  # two reports of the same hour stay two alerts
        desk.whereabouts.report_apprehension(Asker(reporter, "parent", "+7 777 0"), f"{reporter} son",
                                             date(2004, 5, 6), None, "Abay Avenue", taken)
    prosecutor = register.as_user(PROSECUTOR).alerts
    first, second = [a for a in prosecutor.alerts() if a.rule == "apprehension-reported"]
    assert first.key != second.key
    prosecutor.acknowledge(first.key, "asked the district police by telephone")
    prosecutor.close(first.key, "the police say nobody of that name was taken; referred for a check")
    assert [a.action for a in prosecutor.history(first.key)] == ["acknowledge", "close"]
    states = {a.key: a.state for a in prosecutor.alerts(include_closed=True) if a.rule == "apprehension-reported"}
    assert states == {first.key: "closed", second.key: "open"}
    assert register.as_user(Actor.without_accounts()).chain.verify().intact


def test_the_oversight_report_counts_inquiries_reports_and_the_registration_delay(desk, register, clock):
    start = clock.now() - timedelta(days=1)
    desk.whereabouts.answer(MOTHER, "Kasymov", "kk", "P-1")
    desk.whereabouts.answer(MOTHER, "Sidorov", "kk", None)
    taken = clock.now() - timedelta(minutes=30)
    desk.whereabouts.report_apprehension(Asker("Сериков Даулет", "father", "+7 777 0"), "Serikov Arman",
                                         date(2004, 5, 6), None, "Abay Avenue", taken)
    desk.whereabouts.report_apprehension(Asker("Ким", "sister", "+7 777 1"), "Ким Алексей", None,
                                         "AN 0000001", "Market", taken)
    clock.advance(hours=3)
    officer = register.as_user(OFFICER)
    officer.records.intake(Person("P-9", "Сериков Арман", date(2004, 5, 6), "male", "KZ", ("kk",)),
                           Custody("C-9", "P-9", "suspect", "robbery", "Investigator Aliev"),
                           [officer.records.new_event("C-9", "apprehension", taken,
                                                      {"place": "Abay Avenue", "officers": ["sgt.omarov"],
                                                       "reason": "suspicion"})])
    first_day, last_day = start.date(), clock.now().date() + timedelta(days=1)
    report = register.as_user(PROSECUTOR).reports.oversight_report(first_day, last_day, {"F-1", "F-2"},
                                                                   include_undelivered=True)
    desk = report.summary.total.desk
    assert {outcome: tally.count for outcome, tally in desk.inquiries.items()} == {"held": 1, "not_found": 1}
    assert (desk.reported.count, len(desk.delays)) == (2, 1)
    assert desk.delays == (("C-9", 210),) and desk.median_delay == 210.0
    monitor = register.as_user(Actor("mon", "monitor", "M"))
    assert monitor.reports.oversight_report(first_day, last_day, {"F-1"}).summary.total.desk is None
