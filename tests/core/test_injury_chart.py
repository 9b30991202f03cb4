"""Injuries mapped (issue 17): the body chart of a medical examination, read by medical staff, prosecutors
and monitors only; the injury register of examinations that found injuries and whether the prosecutor
was told; the medical report printed with the chart."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest

from printing.medical_report import write_medical_report
from register.access import AccessDenied, Actor
from register.writing import Rejected
from tests.conftest import T0
from tests.core.test_custody_record import DOCTOR, OFFICER, custody  # noqa: F401 (the fixture)
from tests.printing.pdf_helpers import pages_text

MINUTE = timedelta(minutes=1)
PROSECUTOR = Actor("pr1", "prosecutor", "Prosecutor Ospanov")
MONITOR = Actor("mon1", "monitor", "Monitor Abenova")
MARKS = [{"body_region": "trunk_upper", "side": "back", "injury_type": "bruise", "size": "6 x 3 cm",
          "detainee_account": "says he was hit with a baton in the car"},
         {"body_region": "hand_left", "side": "front", "injury_type": "abrasion", "size": "2 cm"}]
EXAM = {"physician": "Dr. Saule", "report_number": "MO-17", "injuries": True, "non_medical_present": False,
        "trigger": "admission", "injury_marks": MARKS}


def _exam(register, custody_id):
    register.as_user(DOCTOR).records.record_event(custody_id, "medical_exam", T0 + 60 * MINUTE, EXAM)


def _shown_exam(register, actor, custody_id):
    return next(e for e in register.as_user(actor).reports.timeline(custody_id, log=False).events
                if e.type == "medical_exam")


def test_the_chart_is_read_by_medical_staff_prosecutors_and_monitors_only(register, custody):
    _exam(register, custody)
    assert _shown_exam(register, DOCTOR, custody).get("non_medical_present") is False
    for reader in (PROSECUTOR, MONITOR):
        exam = _shown_exam(register, reader, custody)
        assert exam.get("injury_marks") == MARKS and exam.get("injuries") is True
        assert exam.get("trigger") == "admission"
        assert exam.get("non_medical_present") is None  # the rest of the doctor's findings stay medical
    officer_view = _shown_exam(register, OFFICER, custody)
    assert set(officer_view.fields) == {"physician", "report_number"}


def test_a_chart_without_injuries_found_is_refused(register, custody):
    with pytest.raises(Rejected) as refusal:
        register.as_user(DOCTOR).records.record_event(custody, "medical_exam", T0 + 60 * MINUTE,
                                                      {**EXAM, "injuries": False})
    assert [p.field for p in refusal.value.problems] == ["injury_marks"]


def test_a_mark_outside_the_chart_is_refused_naming_the_item(register, custody):
    with pytest.raises(Rejected) as refusal:
        register.as_user(DOCTOR).records.record_event(custody, "medical_exam", T0 + 60 * MINUTE, {
            **EXAM, "injury_marks": [MARKS[0], {**MARKS[1], "body_region": "tail"}]})
    problem, = refusal.value.problems
    assert problem.field == "injury_marks" and problem.message.startswith("the body chart, item 2: the body region")


def test_the_injury_register_lists_found_injuries_and_whether_the_prosecutor_was_told(register, custody):
    _exam(register, custody)
    prosecutor = register.as_user(PROSECUTOR)
    row, = prosecutor.custody.injury_register()
    assert (row.custody_id, row.person, row.facility_id, row.trigger, row.marks, row.reported_at, row.held) == (
        custody, "Aliya Serikova", "F-1", "admission", 2, None, True)
    register.as_user(DOCTOR).records.record_event(custody, "injury_report", T0 + 90 * MINUTE,
                                                  {"to": "Almaty city prosecutor", "reference": "IR-5"})
    row, = prosecutor.custody.injury_register()
    assert row.reported_at == T0 + 90 * MINUTE
    with pytest.raises(AccessDenied):
        register.as_user(OFFICER).custody.injury_register()
    assert [e.action for e in prosecutor.access.access_log() if "injury register" in e.subject] == ["read", "read"]


def test_an_examination_without_injuries_is_not_in_the_register(register, custody):
    register.as_user(DOCTOR).records.record_event(custody, "medical_exam", T0 + 60 * MINUTE,
                                                  {**{k: v for k, v in EXAM.items() if k != "injury_marks"},
                                                   "injuries": False})
    assert register.as_user(MONITOR).custody.injury_register() == []


@pytest.mark.parametrize("lang, words", [
    ("en", ["Medical report: injuries found", "Front", "Back", "chest / upper back", "bruise", "6 x 3 cm",
            "says he was hit with a baton in the car", "left hand", "abrasion"]),
    ("ru", ["Медицинская справка", "Спереди", "Сзади", "грудь / верхняя часть спины", "кровоподтёк", "ссадина"]),
    ("kk", ["Медициналық анықтама", "Алдыңғы жағы", "Артқы жағы", "көгерген жер", "сызат"]),
])
def test_the_medical_report_prints_the_chart_for_a_prosecutor(register, custody, lang, words):
    _exam(register, custody)
    buffer = io.BytesIO()
    write_medical_report(register.as_user(PROSECUTOR).custody.medical_report(custody), lang, buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    for word in words:
        assert word in text, word


def test_an_officer_may_not_print_the_medical_report(register, custody):
    _exam(register, custody)
    with pytest.raises(AccessDenied):
        register.as_user(OFFICER).custody.medical_report(custody)
