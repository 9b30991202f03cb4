"""A rule added to a copy of the profile is named from the profile everywhere, with no code change.

The board's chips, the alert inbox (its list and its rule filter) and the printed timeline all read
a rule's names from the profile that judged it; nothing in the code knows the new rule.
"""
from __future__ import annotations

import io

import pytest

from printing.timeline_pdf import write_timeline_pdf
from register.access import Actor
from register.opening import open_register
from register.rules.profile import PROFILES_DIR
from tests.printing.pdf_helpers import pages_text
from tests.ui.conftest import OFFICER, small_register_lines
from tests.ui.test_alert_inbox import PROSECUTOR, listed
from tests.ui.test_board import chips_of, make_board
from ui.desktop import i18n
from ui.desktop.alerts import AlertInbox, AlertTableModel

NEW_RULE = '''
[[rules]]
id = "investigator-handover"
severity = "breach"
title = { en = "Handed over to the investigator within an hour of arrival", ru = "Передача следователю в течение часа после доставления", kk = "Жеткізілгеннен кейін бір сағат ішінде тергеушіге беру" }
short_title = { en = "Investigator", ru = "Следователь", kk = "Тергеуші" }
deadline = { en = "handover to the investigator", ru = "передача следователю", kk = "тергеушіге беру" }
figure = "PT1H"
basis.en = "A test rule: an hour for the handover"
basis.ru = "Тестовое правило: час на передачу"
basis.kk = "Сынақ ережесі: беруге бір сағат"
[[rules.trigger]]
kind = "arrival"
stays = ["first"]
[rules.satisfied_by]
event = "handover"
'''
RULE = "investigator-handover"


@pytest.fixture
def extended(tmp_path, clock):
    """The small register judged by a copy of the Kazakh profile with one more rule."""
    path = tmp_path / "kz-plus.toml"
    path.write_text((PROFILES_DIR / "kz.toml").read_text(encoding="utf-8") + NEW_RULE, encoding="utf-8")
    register = open_register(f"sqlite:///{tmp_path / 'register.db'}", clock, profile=str(path))
    register.as_user(Actor.without_accounts()).records.import_lines(small_register_lines())
    yield register
    register.close()


@pytest.mark.parametrize("lang, short", [("en", "Investigator"), ("kk", "Тергеуші")])
def test_the_board_chip_carries_the_profile_s_short_title(qtbot, extended, lang, short):
    i18n.install(lang)
    view, _ = make_board(qtbot, extended.as_user(OFFICER))
    chip = chips_of(view, "C-1")[RULE]  # arrived 10:40, no handover by 12:00: overdue
    assert chip.label == short
    assert chip.tooltip.startswith({"en": "Handed over to the investigator", "kk": "Жеткізілгеннен кейін"}[lang])


def test_the_inbox_lists_and_filters_the_rule_by_its_short_title(qtbot, extended):
    inbox = AlertInbox(extended.as_user(PROSECUTOR))
    qtbot.addWidget(inbox)
    listed(qtbot, inbox)
    rows = [row for row in range(inbox.model.rowCount()) if inbox.model.alert(row).rule == RULE]
    assert rows, "the new rule's breach is in the inbox"
    assert {inbox.model.index(row, AlertTableModel.RULE).data() for row in rows} == {"Investigator"}
    choices = {inbox.rule_box.itemData(i): inbox.rule_box.itemText(i) for i in range(inbox.rule_box.count())}
    assert choices[RULE] == "Investigator"
    assert not any(text == rule_id for rule_id, text in choices.items() if rule_id), "no raw ids on screen"


@pytest.mark.parametrize("lang, title, basis", [
    ("en", "Handed over to the investigator within an hour of arrival", "A test rule: an hour for the handover"),
    ("ru", "Передача следователю в течение часа после доставления", "Тестовое правило: час на передачу"),
])
def test_the_printed_timeline_names_the_rule_and_its_basis(extended, lang, title, basis):
    buffer = io.BytesIO()
    write_timeline_pdf(extended.as_user(PROSECUTOR).reports.timeline_report("C-1"), lang, buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    assert title in text and basis in text
