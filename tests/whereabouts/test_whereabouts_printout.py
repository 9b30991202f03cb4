"""The desk's answer on paper and as a text, in the asker's language, with nothing beyond article 18."""
from __future__ import annotations

import pytest

from printing.whereabouts_pdf import answer_text, write_whereabouts_pdf
from register.access import Actor
from register.services.whereabouts import Asker
from register.opening import open_register
from tests.printing.pdf_helpers import pages_text
from tests.whereabouts.people import people_lines

MOTHER = Asker("Қасымова Гүлжан", "анасы", "+7 701 555 12 12")


@pytest.fixture
def desk(sqlite_url, clock):
    opened = open_register(sqlite_url, clock)
    yield from _stocked(opened)
    opened.close()


def _stocked(opened):
    opened.as_user(Actor.without_accounts()).records.import_lines(people_lines())
    yield opened.as_user(Actor("desk1", "inquiry_desk", "Saule Desk"))


def test_a_held_person_is_answered_in_kazakh_with_the_facility_its_address_and_the_transfer(desk, tmp_path):
    report = desk.whereabouts.answer(MOTHER, "Касымов Ерлан", "kk", "P-1")
    text = answer_text(report, "kk")
    assert "Қасымов Ерлан Бекұлы, 1990-03-01 ж. т., 2026-01-04 15:00 (UTC+05:00) бастап «ИВС ДП г. Алматы» " \
           "мекемесінде ұсталуда." in text
    assert "Мекенжайы: г. Алматы, ул. Байзакова, 300. Телефоны: +7 727 254 40 40." in text
    assert "1. СИЗО-1 Алматы: 2026-01-04 10:00 (UTC+05:00) бастап 2026-01-04 14:00 (UTC+05:00) дейін" in text
    assert "Investigator Dosov, Almaly district police" in text
    assert "theft" not in text and "Ospanova" not in text and "M-7" not in text
    path = tmp_path / "answer.pdf"
    write_whereabouts_pdf(report, "kk", path)
    printed = "\n".join(pages_text(path.read_bytes()))
    assert "Орналасқан жері туралы сұрауға жауап" in printed and "Байзакова" in printed
    assert "theft" not in printed


def test_not_found_and_released_in_russian_and_english(desk):
    assert "нет записи" in answer_text(desk.whereabouts.answer(MOTHER, "Сидоров", "ru", None), "ru")
    released = answer_text(desk.whereabouts.answer(MOTHER, "Asel", "en", "P-2"), "en")
    assert "was released on 2026-01-04 14:00 (UTC+05:00)" in released
    assert "Released to: her brother, Омаров Бауыржан." in released


def test_the_oversight_printout_shows_the_desks_figures(desk, tmp_path):
    from datetime import timedelta

    from printing.oversight_pdf import write_oversight_pdf
    desk.whereabouts.answer(MOTHER, "Сидоров", "ru", None)
    prosecutor = desk.register.as_user(Actor("pros1", "prosecutor", "Nurlan Prosecutor"))
    now = prosecutor.now()
    path = tmp_path / "oversight.pdf"
    write_oversight_pdf(prosecutor.reports.oversight_report((now - timedelta(days=3)).date(), now.date(),
                                                            {"F-1", "F-2"}, include_undelivered=True), "ru", path)
    printed = "\n".join(pages_text(path.read_bytes()))
    assert "Справочная служба о местонахождении" in printed
    assert "в т. ч.: нет в реестре" in printed
