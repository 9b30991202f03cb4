"""The custody record's kinds in the oversight report (issue 17): searches, force, refused care, property at
release, missed cell checks, observation levels and children left without care, per facility and in total with
the custody numbers behind each figure, hand-checked against custodies built for the test."""
import csv
import io
from datetime import date, datetime, timedelta

import pytest

from printing.oversight_pdf import write_oversight_csv, write_oversight_pdf
from register.domain import Custody, Event, TreeStamp
from register.oversight import Tally, summarize
from register.reports import OversightReport
from register.rules.engine import evaluate
from register.timeline import CustodyTimeline
from tests.printing.fixtures import FACILITIES, FOREIGNER, KZ, PERSON, RULES, T0, UTC
from tests.printing.pdf_helpers import pages_text

JANUARY = (date(2026, 1, 1), date(2026, 1, 31))
JUDGED = datetime(2026, 2, 3, tzinfo=UTC)


def timeline(cid, person, start, *events):
    """A custody apprehended at `start`; each event is (type, hours after the apprehension, fields)."""
    built = [Event(f"{cid}-0", cid, "apprehension", start, start, "Сержант", {"place": "x", "officers": ["y"],
                                                                              "reason": "z", "video": "V"}, 0)]
    for n, (etype, hours, fields) in enumerate(events, 1):
        at = start + timedelta(hours=hours)
        built.append(Event(f"{cid}-{n}", cid, etype, at, at, "Сержант", fields, n))
    return CustodyTimeline(Custody(cid, person.id, "suspect", "g", "a"), person, tuple(built), FACILITIES)


def record_set():
    """C-R at F-1: searched twice, handcuffed (marks on the wrists) and held down, on 30-minute checks of which
    one was made late and two missed before a reassessment to constant observation; refused a meal and
    water; a child left alone at home; released with the cash missing from the property given back.
    C-S at F-2: strip-searched; children left, later with their grandmother; general observation; refused
    medication; released with the property still in the facility's hands.
    C-X: apprehended in February, handcuffed: outside the period."""
    r = timeline("C-R", PERSON, datetime(2026, 1, 12, 4, 0, tzinfo=UTC),
                 ("personal_search", 0.5, {"search_type": "pat_down", "searched_by": "a"}),
                 ("arrival", 1, {"facility": "F-1"}),
                 ("dependants", 1, {"children_left_without_care": True}),
                 ("use_of_force", 1, {"force_type": "handcuffs", "reason": "r", "used_by": ["a"], "injuries": True}),
                 ("use_of_force", 1.1, {"force_type": "physical", "reason": "r", "used_by": ["a"], "injuries": False}),
                 ("personal_search", 1.2, {"search_type": "full", "searched_by": "a", "witnesses": ["b", "c"]}),
                 ("property_inventory", 1.3, {"officer": "a", "items": [{"description": "Phone"}],
                                              "cash_amount": 5000, "signed_by_detainee": True}),
                 ("risk_assessment", 1.5, {"assessed_by": "a", "observation_level": "intermittent",
                                           "check_interval_minutes": 30}),
                 ("cell_check", 1 + 55 / 60, {"officer": "a", "condition": "fine"}),  # due 2:00: met
                 ("cell_check", 2 + 50 / 60, {"officer": "a", "condition": "roused"}),  # due 2:25: late
                 ("care", 3, {"care_type": "meal", "care_outcome": "refused", "given_by": "a"}),
                 ("care", 3.1, {"care_type": "water", "care_outcome": "refused", "given_by": "a"}),
                 ("care", 3.2, {"care_type": "water", "care_outcome": "provided", "given_by": "a"}),
                 # due 3:20 and 3:50, both missed; this reassessment sets no interval and ends the series
                 ("risk_assessment", 4, {"assessed_by": "a", "observation_level": "constant"}),
                 ("property_return", 20, {"officer": "a", "items": [{"description": "phone"}],
                                          "signed_by_detainee": True}),
                 ("release", 20, {"reason": "r"}))
    s = timeline("C-S", FOREIGNER, datetime(2026, 1, 20, 4, 0, tzinfo=UTC),
                 ("arrival", 1, {"facility": "F-2"}),
                 ("personal_search", 1.1, {"search_type": "strip", "searched_by": "a"}),
                 ("dependants", 1.2, {"children_left_without_care": True}),
                 ("dependants", 3, {"children_left_without_care": True, "cared_for_by": "grandmother"}),
                 ("risk_assessment", 1.5, {"assessed_by": "a", "observation_level": "general"}),
                 ("property_inventory", 1.3, {"officer": "a", "items": [{"description": "Belt"}],
                                              "signed_by_detainee": False}),
                 ("care", 5, {"care_type": "medication", "care_outcome": "refused", "given_by": "d"}),
                 ("release", 30, {"reason": "r"}))
    x = timeline("C-X", PERSON, datetime(2026, 2, 1, 4, 0, tzinfo=UTC),
                 ("arrival", 1, {"facility": "F-1"}),
                 ("use_of_force", 1, {"force_type": "handcuffs", "reason": "r", "used_by": ["a"], "injuries": True}))
    return [r, s, x]


@pytest.fixture(scope="module")
def summary():
    timelines = record_set()
    clocks = {t.custody.id: evaluate(t, KZ, JUDGED) for t in timelines}
    return summarize(timelines, clocks, *JANUARY, FACILITIES, KZ.law, JUDGED)


def test_personal_searches_by_type(summary):
    record = summary.total.record
    assert record.searches == Tally(3, ("C-R", "C-S"))
    assert dict(record.searches_by_type) == {"pat_down": Tally(1, ("C-R",)), "full": Tally(1, ("C-R",)),
                                             "strip": Tally(1, ("C-S",))}


def test_uses_of_force_by_what_with_injuries_in_the_period_only(summary):
    record = summary.total.record
    assert record.force == Tally(2, ("C-R",))  # C-X's handcuffs were in February
    assert dict(record.force_by_type) == {"handcuffs": Tally(1, ("C-R",)), "physical": Tally(1, ("C-R",))}
    assert record.force_with_injuries == Tally(1, ("C-R",))


def test_care_refused_by_care_type(summary):
    record = summary.total.record
    assert record.care_refused == Tally(3, ("C-R", "C-S"))  # the water given later is not a refusal
    assert dict(record.care_refused_by_type) == {"meal": Tally(1, ("C-R",)), "water": Tally(1, ("C-R",)),
                                                 "medication": Tally(1, ("C-S",))}


def test_property_at_release_differs_or_was_never_given_back(summary):
    record = summary.total.record
    assert record.property_differences == Tally(1, ("C-R",))  # the cash stayed behind
    assert record.property_not_returned == Tally(1, ("C-S",))


def test_cell_checks_made_late_or_missed_are_counted_once_each(summary):
    assert summary.total.record.checks_missed == Tally(3, ("C-R",))  # one late, two missed


def test_observation_levels_count_the_highest_level_assessed(summary):
    levels = dict(summary.total.record.observation_levels)
    assert levels == {"general": Tally(1, ("C-S",)), "intermittent": Tally(), "constant": Tally(1, ("C-R",)),
                      "close_proximity": Tally()}


def test_children_left_without_care_and_those_still_without_anyone(summary):
    record = summary.total.record
    assert record.children_without_care == Tally(2, ("C-R", "C-S"))
    assert record.children_still_without_care == Tally(1, ("C-R",))  # C-S's grandmother took them


def test_every_figure_is_given_per_facility(summary):
    by_facility = dict(summary.facilities)
    assert by_facility["F-1"].record.force == Tally(2, ("C-R",))
    assert by_facility["F-1"].record.searches.custodies == ("C-R",)
    assert by_facility["F-2"].record.force == Tally()
    assert by_facility["F-2"].record.care_refused == Tally(1, ("C-S",))
    assert by_facility["F-2"].record.checks_missed == Tally()


def report_of(summary):
    return OversightReport(summary, RULES, "Реестр", T0, "Сейітова А.", TreeStamp(42, "ab" * 32))


def test_csv_names_each_figure_and_key_with_the_custody_numbers(summary):
    buffer = io.StringIO()
    write_oversight_csv(report_of(summary), buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    for row in (["total", "record", "searches", "", "3", "C-R C-S"],
                ["total", "record", "searches_of_type", "strip", "1", "C-S"],
                ["F-1", "record", "force_of_type", "handcuffs", "1", "C-R"],
                ["total", "record", "force_with_injuries", "", "1", "C-R"],
                ["F-2", "record", "care_refused_of_type", "medication", "1", "C-S"],
                ["total", "record", "property_differences", "", "1", "C-R"],
                ["total", "record", "property_not_returned", "", "1", "C-S"],
                ["F-1", "record", "checks_missed", "", "3", "C-R"],
                ["total", "record", "observation_level", "constant", "1", "C-R"],
                ["total", "record", "children_without_care", "", "2", "C-R C-S"],
                ["total", "record", "children_still_without_care", "", "1", "C-R"]):
        assert row in rows


@pytest.mark.parametrize("lang, words", [
    ("en", ["The custody record: searches, force, care, property, checks and children", "Personal searches",
            "of which: strip search", "of which: handcuffs", "Uses of force that caused injuries",
            "of which: drinking water", "Released with a property difference", "Cell checks missed or late",
            "Under observation, highest level: level 3: constant", "of which no one named to care for them"]),
    ("ru", ["Журнал содержания", "Личные досмотры", "в т. ч.: наручники", "Пропущенные или запоздавшие проверки",
            "Под наблюдением, высший уровень: уровень 1: общее наблюдение", "не указано, кто о них заботится"]),
    ("kk", ["Ұстау журналы", "Жеке тексерулер", "оның ішінде: қол кісен", "Өткізіп алынған немесе кешіккен",
            "Балалары қараусыз қалған ұстаулар", "Мүлік сәйкессіздігімен босатылғандар"]),
])
def test_pdf_prints_the_custody_record_figures(summary, lang, words):
    buffer = io.BytesIO()
    write_oversight_pdf(report_of(summary), lang, buffer)
    text = " ".join(" ".join(pages_text(buffer.getvalue())).split())
    for word in words:
        assert word in text
