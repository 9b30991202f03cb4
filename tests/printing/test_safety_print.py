"""The printed timeline carries the safety markers and vulnerabilities the screen shows, in each language."""
from __future__ import annotations

import dataclasses
import io

import pytest

from printing.time_axis import clock_rows
from printing.timeline_pdf import write_timeline_pdf
from register.rules import evaluate, load_profile
from tests.printing.fixtures import PERSON, demo_events, demo_report, ev
from tests.printing.pdf_helpers import pages_text

SAFETY_EVENTS = (
    ev("E-20", "risk_assessment", 4.6, 5, assessed_by="Қасымов Н.", self_harm_risk=True, intoxicated=False,
       medical_condition=False, mental_health=True, violence_risk=False, needs_interpreter=False,
       observation_level="intermittent", check_interval_minutes=30, vulnerabilities=["epilepsy"]),
    ev("E-21", "cell_check", 5.1, 5.2, officer="Сейітов Б.", condition="roused"),
    ev("E-22", "log_note", 5.3, 5.4, officer="Сейітов Б.", note="Asked for water; given"),
)


def printed(lang: str) -> str:
    person = dataclasses.replace(PERSON, vulnerabilities=("hearing impaired",))
    report = demo_report(events=(*demo_events(), *SAFETY_EVENTS), person=person)
    buffer = io.BytesIO()
    write_timeline_pdf(report, lang, buffer)
    return " ".join(pages_text(buffer.getvalue()))


@pytest.mark.parametrize("lang, words", [
    ("en", ["OBS: 30 min", "SUICIDE RISK", "MENTAL HEALTH", "hearing impaired; epilepsy", "Risk assessment",
            "level 2: intermittent", "Cell check", "roused and responded", "Custody log note", "Asked for water"]),
    ("ru", ["НАБЛ.: 30 мин", "РИСК СУИЦИДА", "ПСИХИКА", "Уязвимость", "Оценка рисков", "Проверка камеры",
            "разбужен, реагирует", "Запись в журнале содержания"]),
    ("kk", ["БАҚЫЛАУ: 30 мин", "СУИЦИД ҚАУПІ", "Осалдығы", "Тәуекелдерді бағалау", "Камераны тексеру",
            "оятылды, жауап береді", "Ұстау журналындағы жазба"]),
])
def test_markers_vulnerabilities_and_the_new_events_are_printed(lang, words):
    text = printed(lang)
    for word in words:
        assert word in text, word


def test_a_long_series_of_cell_checks_is_one_row_of_the_axis_and_the_page_still_fits():
    """Forty-five half-hourly checks, one missed: the axis keeps one row for them (a row each would be taller
    than a page, and ReportLab refuses a drawing that does not fit)."""
    checks = tuple(ev(f"K-{i}", "cell_check", 5.2 + i * 0.5 + (1 if i > 10 else 0), 100 + i, officer="Сейітов Б.",
                      condition="fine") for i in range(45))
    report = demo_report(events=(*demo_events(), *SAFETY_EVENTS, *checks))
    clocks = evaluate(report.timeline, load_profile("kz"), report.printed_at)
    report = dataclasses.replace(report, clocks=tuple(clocks))
    rows = clock_rows([c for c in clocks if c.severity == "breach"])
    assert len([c for c in clocks if c.rule == "cell-checks"]) > 40
    assert [row[0].rule for row in rows].count("cell-checks") == 1
    buffer = io.BytesIO()
    write_timeline_pdf(report, "kk", buffer)
    assert "Камераны тексеру" in " ".join(pages_text(buffer.getvalue()))
