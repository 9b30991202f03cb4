"""Recording events through the generated form: every type, and refusals shown next to their field."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit

from register.access import Actor
from register.vocabulary import EVENT_FIELDS, FieldKind
from tests.ui.conftest import OFFICER
from ui.desktop.event_form import NOT_RECORDED_HERE, EventDialog
from ui.desktop.fields import ChoiceCombo, LocalDateTimeEdit, TextListEdit

DOCTOR = Actor("doc1", "medical", "Dr. Saule")
RECORDED_HERE = [t for t in EVENT_FIELDS if t not in NOT_RECORDED_HERE]


def open_dialog(qtbot, service, custody_id, event_type=None):
    dialog = EventDialog(service, custody_id, event_type)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def fill_required(qtbot, dialog):
    """Type something sensible into every required field, as an officer would."""
    for spec in EVENT_FIELDS[dialog.form.event_type]:
        widget = dialog.form.editors[spec.name]
        if not spec.required:
            continue
        if isinstance(widget, QLineEdit):
            qtbot.keyClicks(widget, f"{spec.name} text")
        elif isinstance(widget, QCheckBox):
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        elif isinstance(widget, ChoiceCombo):
            widget.setCurrentIndex(widget.count() - 1 if spec.kind is FieldKind.FACILITY else 1)
        elif isinstance(widget, TextListEdit):
            qtbot.keyClicks(widget.line, "Sgt. Nurlanov")
            qtbot.keyClick(widget.line, Qt.Key.Key_Return)


def event_count(service, custody_id):
    return len(service.reports.timeline(custody_id, log=False).events)


@pytest.mark.parametrize("event_type", RECORDED_HERE)
def test_every_event_type_can_be_recorded(qtbot, small_register, event_type):
    actor = DOCTOR if event_type in ("medical_exam", "injury_report") else OFFICER
    service = small_register.as_user(actor)
    if event_type == "arrival":  # an arrival needs the person to have left the facility first
        small_register.as_user(OFFICER).records.record_event("C-1", "departure", service.now() - timedelta(minutes=30),
                                                     {"purpose": "court"})
    before = event_count(service, "C-1")
    dialog = open_dialog(qtbot, service, "C-1", event_type)
    assert dialog.form.event_type == event_type
    assert set(dialog.form.editors) == {spec.name for spec in EVENT_FIELDS[event_type]}
    fill_required(qtbot, dialog)

    with qtbot.waitSignal(dialog.recorded) as blocker:
        save(dialog)

    assert blocker.args == ["C-1"]
    assert not dialog.isVisible()
    timeline = service.reports.timeline("C-1", log=False)
    assert len(timeline.events) == before + 1
    event = timeline.events[-1]
    assert event.type == event_type
    assert event.at == service.now().replace(second=0)  # 'now' by default, to the minute
    assert event.recorded_by == actor.username


def test_time_is_typed_in_the_facility_zone_and_shows_its_offset(qtbot, service):
    dialog = open_dialog(qtbot, service, "C-2", "placement")  # C-2 is held in Aktobe
    time = dialog.form.time
    assert time.zone_name() == "Asia/Aqtobe"
    assert time.offset_label.text() == "UTC+05:00"
    time.editor.setDateTime(time.editor.dateTime().addSecs(-3600))
    qtbot.keyClicks(dialog.form.editors["location"], "Room 2")
    save(dialog)
    placement = service.reports.timeline("C-2", log=False).events[-1]
    assert placement.at == service.now().replace(second=0) - timedelta(hours=1)
    assert placement.get("location") == "Room 2"


def test_now_button_and_shortcut_set_the_current_time(qtbot, service, clock):
    dialog = open_dialog(qtbot, service, "C-1", "handover")
    time = dialog.form.time
    time.editor.setDateTime(time.editor.dateTime().addDays(-1))
    clock.advance(minutes=7)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert time.value() == clock.now().replace(second=0)


def test_arrival_while_still_at_a_facility_is_shown_and_nothing_is_written(qtbot, service):
    before = event_count(service, "C-1")
    dialog = open_dialog(qtbot, service, "C-1", "arrival")
    dialog.form.editors["facility"].set_value("F-2")
    save(dialog)
    assert dialog.isVisible()
    assert "still at a facility" in dialog.form.errors.general.text() + dialog.form.errors.labels["at"].text() \
        + dialog.form.errors.labels["facility"].text()
    assert event_count(service, "C-1") == before


def test_until_before_at_is_shown_next_to_until(qtbot, service):
    before = event_count(service, "C-1")
    dialog = open_dialog(qtbot, service, "C-1", "family_visit")
    qtbot.keyClicks(dialog.form.editors["visitor"], "Mother")
    until: LocalDateTimeEdit = dialog.form.editors["until"]
    until.set_value(dialog.form.at() - timedelta(hours=1))
    save(dialog)
    error = dialog.form.errors.labels["until"]
    assert error.isVisible() and "before the event's own time" in error.text()
    assert not dialog.form.errors.general.isVisible()
    assert event_count(service, "C-1") == before


def test_missing_required_field_is_shown_next_to_it(qtbot, service):
    before = event_count(service, "C-1")
    dialog = open_dialog(qtbot, service, "C-1", "protocol")
    qtbot.keyClicks(dialog.form.editors["number"], "123")
    dialog.form.editors["drawn_by"].clear()  # pre-filled with the officer's name
    save(dialog)
    error = dialog.form.errors.labels["drawn_by"]
    assert error.isVisible() and "required" in error.text()
    assert dialog.form.errors.labels["number"].isHidden()
    assert event_count(service, "C-1") == before


def test_a_role_refusal_is_said_plainly(qtbot, service):
    before = event_count(service, "C-1")
    dialog = open_dialog(qtbot, service, "C-1", "medical_exam")  # asked for, though an officer may not record it
    fill_required(qtbot, dialog)
    save(dialog)
    assert dialog.isVisible()
    assert dialog.form.errors.general.text() == "Not allowed: a duty officer may not record a medical examination"
    assert event_count(service, "C-1") == before


def test_type_chooser_offers_only_what_the_user_may_record(qtbot, service):
    dialog = open_dialog(qtbot, service, "C-1")
    offered = [dialog.type_box.itemData(i) for i in range(dialog.type_box.count())]
    assert "medical_request" in offered
    assert not {"medical_exam", "injury_report", "apprehension", "correction"} & set(offered)
    dialog.type_box.set_value("departure")
    assert set(dialog.form.editors) == {"purpose", "destination"}


def test_form_speaks_kazakh(qtbot, service):
    from ui.desktop import i18n
    i18n.install("kk")
    dialog = open_dialog(qtbot, service, "C-1", "protocol")
    assert dialog.form.time.now_button.text() == "Қазір"
    assert dialog.type_box.currentText() == "Ұстау хаттамасы"  # the register's own word, as printed


def focus_chain(dialog, start):
    """The widgets Tab visits from `start`, in order, until it comes back round."""
    chain, widget = [], start
    while True:
        widget = widget.nextInFocusChain()
        if widget is start or widget in chain:
            return chain
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.window() is dialog:
            chain.append(widget)


def test_tab_goes_from_the_event_type_through_the_form_to_the_buttons(qtbot, service):
    dialog = open_dialog(qtbot, service, "C-1", "placement")
    dialog.type_box.set_value("notification")  # the form is built anew after the buttons existed
    qtbot.waitUntil(dialog.form.isVisible)
    chain = focus_chain(dialog, dialog.type_box)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    editors = [dialog.form.editors[name] for name in ("recipient", "recipient_name", "method", "outcome", "officer")]
    assert chain.index(dialog.form.time.editor) < min(chain.index(e) for e in editors)
    assert [chain.index(e) for e in editors] == sorted(chain.index(e) for e in editors)
    assert max(chain.index(e) for e in editors) < chain.index(save) < chain.index(cancel)
    assert chain[-1] is cancel  # then round to the event type, first in the dialog


def test_an_empty_form_says_every_missing_field_at_once(qtbot, service):
    dialog = open_dialog(qtbot, service, "C-1", "notification")
    dialog.form.editors["officer"].clear()  # pre-filled with the officer's name; emptied for this test
    before = event_count(service, "C-1")
    save(dialog)
    shown = {name: dialog.form.errors.labels[name] for name in ("recipient", "recipient_name", "method", "outcome",
                                                                 "officer")}
    assert all(label.isVisible() and "required" in label.text() for label in shown.values())
    assert dialog.focusWidget() is dialog.form.editors["recipient"]  # the first one named, to fix at once
    assert event_count(service, "C-1") == before


def test_the_officers_own_name_is_filled_in(qtbot, service):
    notification = open_dialog(qtbot, service, "C-1", "notification")
    assert notification.form.editors["officer"].text() == "Aigerim Duty"
    protocol = open_dialog(qtbot, service, "C-1", "protocol")
    assert protocol.form.editors["drawn_by"].text() == "Aigerim Duty"
    assert protocol.form.editors["number"].text() == ""


def test_a_refusal_gives_its_times_on_the_facilitys_clock(qtbot, service):
    dialog = open_dialog(qtbot, service, "C-1", "placement")  # C-1 is held in Almaty (UTC+05:00)
    dialog.form.time.set_value(service.now() + timedelta(hours=2))  # 19:00 local: not yet
    dialog.form.editors["location"].setText("Cell 9")
    save(dialog)
    error = dialog.form.errors.labels["at"]
    assert error.isVisible()
    assert "2026-01-05 19:00 (UTC+05:00)" in error.text()
    assert "T14:00" not in error.text() and "Z" not in error.text()
