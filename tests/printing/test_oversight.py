"""The oversight report's figures, hand-checked against custodies built for the test, with the custody numbers
behind each figure; its PDF and CSV."""
import csv
import io
from datetime import date, datetime, timedelta

import pytest

from printing.oversight_pdf import write_oversight_csv, write_oversight_pdf
from register.domain import Custody, Event, TreeStamp, alert_key
from register.oversight import DeskItem, Tally, summarize
from register.reports import OversightReport
from register.timeline import CustodyTimeline
from tests.printing.fixtures import FACILITIES, FOREIGNER, KZ, PERSON, RULES, T0, UTC, oversight_set
from tests.printing.pdf_helpers import pages_text

JANUARY = (date(2026, 1, 1), date(2026, 1, 31))
JUDGED = datetime(2026, 2, 3, tzinfo=UTC)


def e(eid, cid, etype, at, seq, late=timedelta(0), by="Сержант Қасымов", **fields):
    return Event(eid, cid, etype, at, at + late, by, fields, seq)


def custody(cid, pid="P-1"):
    return Custody(cid, pid, "suspect", "grounds", "authority")


def safeguard_set():
    """Custodies whose figures come from their events, read on Almaty's clock (UTC+05:00).

    C-N: apprehended 2025-12-31 20:00 UTC (1 January, 01:00 in Almaty: in January); interrogated at 23:30
         local, after asking for a lawyer and before meeting one; injuries found, never reported; a complaint
         to the prosecutor; released after 30 hours.
    C-M: injuries found and reported; interrogated at 14:00 local after the lawyer came; a complaint to the
         ombudsman; no video; still held.
    C-X: apprehended 2026-01-31 20:00 UTC (1 February in Almaty: outside January).
    """
    night_start = datetime(2025, 12, 31, 20, 0, tzinfo=UTC)
    n = CustodyTimeline(custody("C-N"), PERSON, (
        e("N1", "C-N", "apprehension", night_start, 1, place="x", officers=["y"], reason="z", video="V-1"),
        e("N2", "C-N", "arrival", night_start + timedelta(hours=1), 2, facility="F-1"),
        e("N3", "C-N", "lawyer_request", night_start + timedelta(hours=2), 3),
        e("N4", "C-N", "medical_exam", night_start + timedelta(hours=3), 4, physician="d", report_number="r",
          injuries=True, non_medical_present=False),
        e("N5", "C-N", "interrogation", datetime(2026, 1, 1, 18, 30, tzinfo=UTC), 5, investigator="i",
          lawyer_present=False),
        e("N6", "C-N", "complaint", night_start + timedelta(hours=5), 6, addressee="prosecutor", subject="beaten"),
        e("N7", "C-N", "release", night_start + timedelta(hours=30), 7, reason="no grounds"),
    ), FACILITIES)
    m_start = datetime(2026, 1, 10, 4, 0, tzinfo=UTC)
    m = CustodyTimeline(custody("C-M", "P-2"), FOREIGNER, (
        e("M1", "C-M", "apprehension", m_start, 8, place="x", officers=["y"], reason="z"),
        e("M2", "C-M", "arrival", m_start + timedelta(hours=1), 9, facility="F-2"),
        e("M3", "C-M", "lawyer_request", m_start + timedelta(hours=1), 10),
        e("M4", "C-M", "lawyer_meeting", m_start + timedelta(hours=2), 11, lawyer="l", private=True,
          appointed_by="state"),
        e("M5", "C-M", "interrogation", m_start + timedelta(hours=5), 12, investigator="i", lawyer_present=True),
        e("M6", "C-M", "medical_exam", m_start + timedelta(hours=3), 13, physician="d", report_number="r",
          injuries=True, non_medical_present=False),
        e("M7", "C-M", "injury_report", m_start + timedelta(hours=6), 14, to="prosecutor"),
        e("M8", "C-M", "complaint", m_start + timedelta(hours=7), 15, addressee="ombudsman", subject="food"),
    ), FACILITIES)
    x_start = datetime(2026, 1, 31, 20, 0, tzinfo=UTC)
    x = CustodyTimeline(custody("C-X"), PERSON, (
        e("X1", "C-X", "apprehension", x_start, 16, place="x", officers=["y"], reason="z", video="V-2"),
        e("X2", "C-X", "arrival", x_start + timedelta(hours=1), 17, facility="F-1"),
    ), FACILITIES)
    return [n, m, x]


@pytest.fixture(scope="module")
def summary():
    timelines, clocks, _, _ = oversight_set()
    return summarize(timelines, clocks, *JANUARY, FACILITIES, KZ.law, JUDGED)


@pytest.fixture(scope="module")
def safeguards():
    return summarize(safeguard_set(), {}, *JANUARY, FACILITIES, KZ.law, JUDGED)


def report_of(summary, printed_by="Сейітова А."):
    return OversightReport(summary, RULES, "Реестр", T0, printed_by, TreeStamp(42, "ab" * 32))


def test_counts_custodies_apprehended_on_the_period_s_days_only(summary):
    assert summary.total.custodies == Tally(3, ("C-A", "C-B", "C-C"))
    assert summary.total.with_breach == Tally(2, ("C-A", "C-B"))
    assert summary.total.breach_share == pytest.approx(2 / 3)


def test_the_period_is_read_on_the_facility_s_clock_not_in_utc(safeguards):
    """C-N was apprehended on 31 December in UTC but on 1 January in Almaty; C-X on 31 January in UTC but
    on 1 February in Almaty."""
    assert safeguards.total.custodies.custodies == ("C-M", "C-N")
    assert safeguards.zones == ("Asia/Almaty",)


def test_every_figure_is_given_per_facility_and_in_total(summary):
    by_facility = dict(summary.facilities)
    assert set(by_facility) == {"F-1", "F-2", None}
    assert by_facility["F-1"].custodies.custodies == ("C-A",)
    assert by_facility["F-2"].with_breach.custodies == ("C-B",)
    assert by_facility[None].custodies.custodies == ("C-C",)  # never delivered
    assert sum(f.custodies.count for f in by_facility.values()) == summary.total.custodies.count


def test_minors_and_foreign_nationals_with_their_custody_numbers(summary):
    assert summary.total.minors == Tally(2, ("C-A", "C-C"))  # born 2008: 17 in January 2026
    assert summary.total.foreign_nationals == Tally(1, ("C-B",))


def test_every_rule_s_breaches_and_lates_with_rates(summary):
    delivery = summary.total.rule("delivery-3h")
    assert (delivery.decided, delivery.breached, delivery.late) == (Tally(2, ("C-A", "C-B")), Tally(), Tally(1, ("C-B",)))
    assert delivery.rate == 0.5
    assert summary.total.rule("custody-limit").breached == Tally(1, ("C-A",))
    assert summary.total.rule("relatives-notice-12h") is None  # only running: nothing decided yet
    assert [r.rule for r in summary.total.rules] == ["custody-limit", "delivery-3h", "protocol-3h"]


def test_durations_count_to_the_release_or_to_the_report_s_instant(safeguards):
    durations = safeguards.total.durations
    held_minutes = int((JUDGED - datetime(2026, 1, 10, 4, 0, tzinfo=UTC)).total_seconds() // 60)
    assert durations.minutes == (("C-M", held_minutes), ("C-N", 30 * 60))
    assert durations.longest == ("C-M", held_minutes) and durations.still_held == Tally(1, ("C-M",))
    assert durations.median == (held_minutes + 30 * 60) / 2


def test_medians_from_apprehension(summary):
    assert summary.total.median("delivery").minutes == 150
    assert summary.total.median("delivery").custodies == Tally(2, ("C-A", "C-B"))
    assert summary.total.median("notification").minutes == 300  # the unsuccessful call at 100 min does not count
    assert summary.total.median("medical").custodies == Tally(1, ("C-A",))


def test_interrogations_at_night_and_without_the_lawyer_asked_for(safeguards):
    assert safeguards.total.night_interrogations == Tally(1, ("C-N",))  # 23:30 in Almaty
    assert safeguards.total.interrogations_without_lawyer == Tally(1, ("C-N",))  # C-M met the lawyer first


def test_injuries_found_and_whether_reported(safeguards):
    figures = safeguards.total
    assert figures.injuries_found == Tally(2, ("C-M", "C-N"))
    assert figures.injuries_reported == Tally(1, ("C-M",))
    assert figures.injuries_unreported == Tally(1, ("C-N",))  # released before anyone reported them


def test_complaints_by_addressee(safeguards):
    assert safeguards.total.complaints == Tally(2, ("C-M", "C-N"))
    assert dict(safeguards.total.complaints_by_addressee) == {"prosecutor": Tally(1, ("C-N",)),
                                                             "ombudsman": Tally(1, ("C-M",))}


def test_indicators_late_registration_missing_video_age_unknown(summary, safeguards):
    assert summary.total.late_registration == Tally(2, ("C-A", "C-C"))
    assert dict(summary.total.late_registrations_by_officer) == {"Қасымов": Tally(1, ("C-A",)),
                                                                 "unknown": Tally(1, ("C-C",))}
    assert safeguards.total.video_missing == Tally(1, ("C-M",))
    assert safeguards.total.age_unknown == Tally()


def test_weeks_run_monday_to_sunday_on_local_days(safeguards):
    weeks = {w.starts: w for w in safeguards.total.weeks}
    assert min(weeks) == date(2025, 12, 29) and max(weeks) == date(2026, 1, 26)
    assert weeks[date(2025, 12, 29)].custodies == Tally(1, ("C-N",))
    assert weeks[date(2026, 1, 5)].custodies == Tally(1, ("C-M",))


def test_alert_handling_times_and_share_referred():
    timelines, clocks, _, _ = oversight_set()
    breached = clocks["C-A"][1]  # custody-limit, due T0 + 3 h
    late = clocks["C-B"][0]
    actions = {alert_key(breached): [("acknowledge", breached.due_at + timedelta(minutes=20)),
                                     ("refer", breached.due_at + timedelta(hours=2)),
                                     ("close", breached.due_at + timedelta(hours=5))],
               alert_key(late): [("acknowledge", late.due_at + timedelta(minutes=40))]}
    alerts = summarize(timelines, clocks, *JANUARY, FACILITIES, KZ.law, JUDGED, alert_actions=actions).total.alerts
    # problem clocks: C-A custody-limit and protocol-3h, C-B delivery-3h, C-C video-missing
    assert alerts.alerts == Tally(4, ("C-A", "C-B", "C-C"))
    assert alerts.acknowledged == Tally(2, ("C-A", "C-B")) and alerts.median_acknowledge == 30
    assert alerts.closed == Tally(1, ("C-A",)) and alerts.median_close == 300
    assert alerts.referred == Tally(1, ("C-A",)) and alerts.referred.share_of(alerts.alerts.count) == 0.25


def test_alert_handling_is_left_out_for_a_user_who_does_not_review_alerts(summary):
    assert summary.total.alerts is None and summary.total.desk is None


def test_the_whereabouts_desk_per_facility_and_in_total():
    timelines, clocks, _, _ = oversight_set()
    at = T0 + timedelta(days=2)
    desk = [DeskItem("inquiry", 1, at, "held", "C-A", "F-1", "Asia/Almaty"),
            DeskItem("inquiry", 2, at, "not_found", None, None, None),
            DeskItem("report", 3, at, None, "C-B", "F-2", "Asia/Almaty", delay_minutes=210),
            DeskItem("report", 4, at, None, None, None, None),
            DeskItem("inquiry", 5, datetime(2026, 1, 31, 20, 0, tzinfo=UTC), "held", "C-A", "F-1", "Asia/Almaty")]
    result = summarize(timelines, clocks, *JANUARY, FACILITIES, KZ.law, JUDGED, desk=desk)
    total = result.total.desk
    assert total.inquiry_count == 2  # the fifth was asked on 1 February in Almaty
    assert total.inquiries["held"] == Tally(1, ("C-A",)) and total.inquiries["not_found"] == Tally(1, ())
    assert total.reported == Tally(2, ("C-B",)) and total.delays == (("C-B", 210),)
    by_facility = dict(result.facilities)
    assert by_facility["F-1"].desk.inquiry_count == 1 and by_facility["F-1"].desk.reported.count == 0
    assert by_facility["F-2"].desk.median_delay == 210
    assert by_facility[None].desk.inquiries["not_found"].count == 1 and by_facility[None].desk.reported.count == 1


def test_an_empty_period_has_no_share_and_no_medians():
    timelines, clocks, _, _ = oversight_set()
    empty = summarize(timelines, clocks, date(2025, 6, 1), date(2025, 6, 30), FACILITIES, KZ.law, JUDGED)
    assert empty.total.custodies == Tally() and empty.total.breach_share == 0.0
    assert all(m.minutes is None and m.custodies == Tally() for m in empty.total.medians)
    assert empty.facilities == ()


def csv_rows(summary):
    buffer = io.StringIO()
    write_oversight_csv(report_of(summary), buffer)
    return list(csv.reader(io.StringIO(buffer.getvalue())))


def test_csv_gives_every_figure_per_scope_with_its_custody_numbers(summary, safeguards):
    rows = csv_rows(summary)
    assert rows[0] == ["scope", "section", "figure", "key", "value", "custodies"]
    assert ["", "period", "first_day", "", "2026-01-01", ""] in rows
    assert ["", "stamp", "tree_size", "", "42", ""] in rows and ["", "stamp", "tree_root", "", "ab" * 32, ""] in rows
    assert ["total", "custodies", "custodies", "", "3", "C-A C-B C-C"] in rows
    assert ["total", "custodies", "breach_share", "", "0.6667", ""] in rows
    assert ["total", "rules", "rule_late", "delivery-3h", "1", "C-B"] in rows
    assert ["total", "rules", "rule_rate", "delivery-3h", "0.5000", ""] in rows
    assert ["F-1", "custodies", "with_breach", "", "1", "C-A"] in rows
    assert ["undelivered", "indicators", "late_registration", "", "1", "C-C"] in rows
    assert ["total", "medians", "median", "delivery", "150", "C-A C-B"] in rows
    assert ["total", "indicators", "late_registration_by", "Қасымов", "1", "C-A"] in rows
    assert ["total", "safeguards", "injuries_unreported", "", "1", "C-N"] in csv_rows(safeguards)


@pytest.mark.parametrize("lang, words", [
    ("en", ["Oversight report", "2026-01-01 — 2026-01-31, each facility's local days (Asia/Almaty)", "67%",
            "Custody limit: court decision or release", "Delivery to a facility within 3 hours",
            "Алматы ПБ №3 / Police station No. 3 (F-1)", "2 h 30 min", "Қасымов", "unknown",
            "the register's tree at print time has 42 entries", "ab" * 32,
            "Appendix: the custody numbers behind each figure", "C-A, C-B, C-C", "Page 1 of"]),
    ("kk", ["Қадағалау есебі", "67%", "Ұстаудың шекті мерзімі: сот шешімі немесе босату", "жеткізуге дейін",
            "белгісіз", "Барлық мекемелер бірге"]),
    ("ru", ["Отчёт для надзора", "по местным суткам каждого учреждения", "Все учреждения вместе",
            "Приложение: номера задержаний"]),
])
def test_pdf_shows_the_figures_the_stamp_and_the_appendix(summary, lang, words):
    buffer = io.BytesIO()
    write_oversight_pdf(report_of(summary), lang, buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    for word in words:
        assert word in text


def test_pdf_of_the_safeguards_and_the_desk_in_kazakh():
    timelines = safeguard_set()
    desk = [DeskItem("report", 3, datetime(2026, 1, 10, 6, 0, tzinfo=UTC), None, "C-M", "F-2", "Asia/Almaty",
                     delay_minutes=210)]
    figures = summarize(timelines, {}, *JANUARY, FACILITIES, KZ.law, JUDGED, alert_actions={}, desk=desk)
    buffer = io.BytesIO()
    write_oversight_pdf(report_of(figures), "kk", buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    for words in ("Түнгі уақыттағы жауап алу (жергілікті уақытпен 22:00–06:00)", "оның ішінде хабарланбаған",
                  "оның ішінде алушы: prosecutor", "Хабарланған ұстаудан тіркеуге дейінгі кідірістің медианасы",
                  "3 сағ 30 мин", "Ескертулермен жұмыс"):
        assert words in text

