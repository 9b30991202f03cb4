"""The property receipt, through the service as an officer prints it: in the detainee's language, item by
item, the difference marked; the timeline prints the items in words."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest

from printing.property_receipt import write_property_receipt
from printing.timeline_pdf import write_timeline_pdf
from tests.conftest import T0
from tests.core.test_custody_record import OFFICER, custody  # noqa: F401 (the fixture)
from tests.core.test_property import INVENTORY
from tests.printing.pdf_helpers import pages_text

MINUTE = timedelta(minutes=1)
SHORT_RETURN = {"officer": "Cpl. Nurov", "signed_by_detainee": False, "refusal_reason": "says money is missing",
                "cash_amount": 10500, "items": [{"description": "Keys", "quantity": 3}, {"description": "Belt"}]}


def printed(service, custody_id: str, lang: str) -> str:
    buffer = io.BytesIO()
    write_property_receipt(service.custody.property_receipt(custody_id), lang, buffer)
    return " ".join(pages_text(buffer.getvalue()))


@pytest.mark.parametrize("lang, words", [
    ("kk", ["Мүлік туралы қолхат", "Aliya Serikova", "B-0042", "Mobile phone Samsung A52", "Қайтарылды", "-1",
            "-2000", "ҚАЙТАРЫЛҒАН ЗАТТАР ТІЗІМДЕМЕГЕ СӘЙКЕС ЕМЕС", "ұсталған адам қол қоюдан бас тартты",
            "says money is missing"]),
    ("ru", ["Расписка об имуществе", "Наличные (KZT)", "12500", "10500", "ВОЗВРАЩЁННОЕ НЕ СОВПАДАЕТ С ОПИСЬЮ",
            "Опись имущества", "Возврат имущества", "задержанный отказался подписать"]),
    ("en", ["Property receipt", "Taken on arrival", "Difference", "WHAT WAS RETURNED DIFFERS FROM THE INVENTORY",
            "This receipt is printed in en: the detainee understands kk, ru"]),
])
def test_the_receipt_lists_what_was_taken_and_given_back_and_marks_the_difference(register, custody, lang, words):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "property_inventory", T0 + 45 * MINUTE, INVENTORY)
    officer.records.record_event(custody, "property_return", T0 + 300 * MINUTE, SHORT_RETURN)
    receipt = officer.custody.property_receipt(custody)
    assert receipt.language == "kk"  # the detainee's first language the receipt is printed in
    text = printed(officer, custody, lang)
    for word in words:
        assert word in text, word


def test_a_receipt_before_the_return_lists_what_is_held_without_a_difference(register, custody):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "property_inventory", T0 + 45 * MINUTE, INVENTORY)
    text = printed(officer, custody, "ru")
    assert "Изъято при поступлении" in text and "Расхождение" not in text and "НЕ СОВПАДАЕТ" not in text


def test_the_printed_timeline_names_the_items_in_words(register, custody):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "property_inventory", T0 + 45 * MINUTE, INVENTORY)
    buffer = io.BytesIO()
    write_timeline_pdf(officer.reports.timeline_report(custody), "ru", buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    assert "Опись имущества" in text and "Keys (Количество: 3)" in text and "{'description'" not in text
