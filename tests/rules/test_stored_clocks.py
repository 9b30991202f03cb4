"""Proof of equality: a custody's clocks read from the judgement stored at its last write are exactly what the
rules give when they judge it afresh, at every instant from the write on (register/judgement.py).

Stories are drawn at random from the events the rules read (arrivals and departures, notices, examinations,
interrogations, risk assessments and cell checks, rest periods, reviews, court decisions, corrections, a
release) and judged with both bundled profiles (and kz with the rest rule added); the instants asked about run
from the write to months after it, so running clocks fall due, breaches grow overdue and recurring series add
occurrences. The same is checked on registers written to SQLite and PostgreSQL in tests/test_stored_clocks_db.py.
"""
from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from register.judgement import clocks_at, judge
from register.rules import evaluate, load_profile
from tests.rules.conftest import Story, kz_with_rest

# kz with the rest rule added as data: periods that add up (England and Wales has the continuous reading)
PROFILES = {**{name: load_profile(name) for name in ("kz", "england-wales")}, "kz-with-rest": kz_with_rest()}


def _exam(s, at, draw):
    return s.add("medical_exam", at, physician="Dr. A.", report_number="M-1", injuries=draw(st.booleans()),
                 non_medical_present=draw(st.booleans()))


def _assessment(s, at, draw):
    interval = draw(st.sampled_from([None, 15, 30, 60, 240]))
    extra = {"check_interval_minutes": interval} if interval is not None else {}
    return s.add("risk_assessment", at, assessed_by="Sgt. A.", observation_level="intermittent", **extra)


EVENTS = {
    "arrival": lambda s, at, draw: s.arrive(draw(st.sampled_from(["IVS-1", "IVS-2", "HOSP", "GYM", "PS-1"])), at),
    "departure": lambda s, at, draw: s.depart(draw(st.sampled_from(["transfer", "hospital", "court"])), at),
    "notification": lambda s, at, draw: s.notify(draw(st.sampled_from(["relative", "prosecutor", "consulate",
                                                                        "parent", "lawyer"])), at,
                                                  draw(st.sampled_from(["reached", "unsuccessful"]))),
    "medical_exam": _exam,
    "rights": lambda s, at, draw: s.rights(at, draw(st.sampled_from(["ru", "en"])), draw(st.booleans())),
    "interrogation": lambda s, at, draw: s.interrogate(at, draw(st.booleans())),
    "risk_assessment": _assessment,
    "cell_check": lambda s, at, draw: s.add("cell_check", at, officer="Cpl. N.", condition="fine"),
    # a rest period (rest-period adds them up in windows of 24 hours); its end may lie after the write
    "rest": lambda s, at, draw: s.add("care", at, care_type="rest", given_by="Sgt. A.",
                                      care_outcome=draw(st.sampled_from(["provided", "provided", "refused"])),
                                      until=s.instant(at + draw(st.integers(0, 900)))),
    "review": lambda s, at, draw: s.add("review", at, officer="Insp. R.", decision="continue"),
    "authorisation": lambda s, at, draw: s.add("authorisation", at, officer="Supt. S.", hours=draw(st.sampled_from([12, 24]))),
    "court_decision": lambda s, at, draw: s.add("court_decision", at, court="Court", decision=draw(
        st.sampled_from(["arrest", "extension", "release"])), until=s.instant(at + draw(st.integers(60, 5000)))),
    "release": lambda s, at, draw: s.release(at),
}


@st.composite
def stories(draw):
    s = Story(birth_date=draw(st.sampled_from([None, Story().person.birth_date, Story().start.date().replace(year=2010)])),
              citizenship=draw(st.sampled_from(["KZ", "RU", None])),
              start=Story().start + timedelta(minutes=draw(st.integers(-60, 60))))
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(st.sampled_from(sorted(EVENTS)))
        at = draw(st.integers(0, 3000))
        recorded_late = draw(st.sampled_from([None, None, None, at + 90]))
        before = len(s.events)
        EVENTS[kind](s, at, draw)
        if recorded_late is not None and len(s.events) > before:
            last = s.events[-1]
            s.events[-1] = type(last)(last.id, last.custody, last.type, last.at, s.instant(recorded_late),
                                      last.recorded_by, last.fields, last.seq)
    if s.events[1:] and draw(st.booleans()):
        target = draw(st.sampled_from(s.events[1:]))
        s.correct(target.id, draw(st.integers(0, 3000)), {"at": s.instant(draw(st.integers(0, 3000))).isoformat()})
    return s


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories(), st.sampled_from(sorted(PROFILES)), st.integers(0, 600),
       st.lists(st.integers(0, 60 * 24 * 60), min_size=1, max_size=6))
def test_stored_clocks_give_what_fresh_evaluation_gives_at_every_later_instant(s, profile_name, late, later):
    profile = PROFILES[profile_name]
    timeline = s.timeline()
    written = max([s.instant(late), *(e.at for e in timeline.events), *(e.at for e in timeline.effective)])
    judgement = judge(timeline, profile, written, "fingerprint")
    for minutes in [0, *later]:
        instant = written + timedelta(minutes=minutes)
        assert clocks_at(judgement, profile, instant) == evaluate(timeline, profile, instant), minutes


def test_an_unchecked_cell_adds_a_breached_occurrence_each_interval_after_the_write():
    s = Story()
    s.arrive("IVS-1", 10)
    _assessment(s, 20, lambda strategy: 30)
    profile = PROFILES["kz"]
    timeline = s.timeline()
    judgement = judge(timeline, profile, s.instant(30), "fingerprint")
    later = s.instant(20 + 30 * 5 + 1)
    stored = [c for c in clocks_at(judgement, profile, later) if c.rule == "cell-checks"]
    assert [str(c.status) for c in stored] == ["breached"] * 5 + ["running"]
    assert stored == [c for c in evaluate(timeline, profile, later) if c.rule == "cell-checks"]
