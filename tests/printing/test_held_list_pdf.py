import io

from printing.held_list_pdf import write_held_list_pdf
from register.reports import HeldListReport
from tests.printing.fixtures import held_list_report
from tests.printing.pdf_helpers import pages_text


def render(report, lang="en") -> str:
    buffer = io.BytesIO()
    write_held_list_pdf(report, lang, buffer)
    return " ".join(pages_text(buffer.getvalue()))


def test_list_shows_each_person_with_clocks_badges_and_the_count():
    text = render(held_list_report())
    assert text.index("Rustam Karimov") < text.index("Жұмабаев Әлібек Қанатұлы")  # alphabetical
    for expected in ("C-1", "C-2", "Камера 7", "Камера 2", "MINOR", "FOREIGN NATIONAL", "20 h", "18 h",
                     "Custody limit: court decision or release: 2026-01-07 12:00 (UTC+05:00) running",
                     "Custody limit: court decision or release: 2026-01-06 10:00 (UTC+05:00) BREACHED",
                     "Persons on this list: 2.", "Persons physically counted",
                     "Monitor (name, signature)", "Duty officer (name, signature)", "Page 1 of 1"):
        assert expected in text


def test_kazakh_list_keeps_its_letters():
    text = render(held_list_report(), "kk")
    for expected in ("Мекемеде ұсталып отырған адамдар тізімі", "Жұмабаев", "КӘМЕЛЕТКЕ ТОЛМАҒАН", "Бақылаушы",
                     "Кезекші", "Тізімдегі адамдар саны: 2."):
        assert expected in text


def test_an_empty_facility_still_gives_a_signed_count_of_zero():
    report = held_list_report()
    empty = HeldListReport(report.facility, report.as_of, (), report.rules, report.register_name,
                           report.printed_at, report.printed_by)
    text = render(empty)
    assert "nobody held here" in text and "Persons on this list: 0." in text
