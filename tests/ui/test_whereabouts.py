"""The whereabouts desk driven through its screen: a relative asks, the operator finds the person however
the name is typed, answers in the asker's language; an apprehension nobody registered is reported and
becomes a prosecutor's alert that later names the custody and how late it was registered."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from register.access import Actor
from register.domain import Custody, Person
from tests.whereabouts.people import namesake_lines, people_lines
from ui.desktop.alerts import AlertInbox
from ui.desktop.whereabouts import WhereaboutsView, WhereaboutsWindow

DESK = Actor("desk1", "inquiry_desk", "Saule Desk")
PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
OFFICER = Actor("duty1", "duty_officer", "Aigerim Duty")


@pytest.fixture
def people(opened):
    opened.as_user(Actor.without_accounts()).records.import_lines(people_lines())
    return opened


@pytest.fixture
def desk(qtbot, people):
    view = WhereaboutsView(people.as_user(DESK))
    qtbot.addWidget(view)
    return view


def ask(qtbot, view, name, relation, contact, language, query):
    view.asker_name.setText(name)
    view.asker_relation.setText(relation)
    view.asker_contact.setText(contact)
    view.language.setCurrentIndex(view.language.findData(language))
    view.query.setText(query)
    qtbot.keyClick(view.query, Qt.Key.Key_Return)


def test_a_held_person_found_by_a_russian_spelling_is_answered_in_kazakh(qtbot, desk, people, tmp_path):
    ask(qtbot, desk, "Қасымова Гүлжан", "анасы", "+7 701 555 12 12", "kk", "Касымов Ерлан")
    assert [desk.candidates.item(i).text() for i in range(desk.candidates.count())] == [
        "Қасымов Ерлан Бекұлы — 1990-03-01"]
    qtbot.mouseClick(desk.answer_button, Qt.MouseButton.LeftButton)
    answer = desk.answer_view.toPlainText()
    assert "«ИВС ДП г. Алматы» мекемесінде ұсталуда" in answer
    assert "Мекенжайы: г. Алматы, ул. Байзакова, 300. Телефоны: +7 727 254 40 40." in answer
    assert "1. СИЗО-1 Алматы" in answer and "2. ИВС ДП г. Алматы" in answer
    assert "theft" not in answer and "Ospanova" not in answer
    desk.save_pdf(str(tmp_path / "answer.pdf"))
    assert (tmp_path / "answer.pdf").stat().st_size > 1000
    recorded = people.as_user(PROSECUTOR).whereabouts.inquiries()
    assert [(i.asker.name, i.person_id, i.language, i.by) for i in recorded] == [
        ("Қасымова Гүлжан", "P-1", "kk", "desk1")]


def test_a_full_list_of_namesakes_says_so_and_not_found_waits_for_a_narrower_search(qtbot, desk, people):
    """21 men named Қасымов Ерлан: the list shows 20, says more match, and "not in the register" cannot be
    answered until the birth date narrows the search."""
    people.as_user(Actor.without_accounts()).records.import_lines(namesake_lines(20))
    ask(qtbot, desk, "Қасымова Гүлжан", "анасы", "+7 701 555 12 12", "kk", "Касымов Ерлан")
    assert desk.candidates.count() == 20
    assert desk.more_label.isVisibleTo(desk) and not desk.not_found_button.isEnabled()
    desk.birth_date.set_value(date(1980, 1, 7))
    qtbot.mouseClick(desk.search_button, Qt.MouseButton.LeftButton)
    assert [desk.candidates.item(i).text() for i in range(desk.candidates.count())] == [
        "Қасымов Ерлан Зұлы — 1980-01-07"]
    assert not desk.more_label.isVisibleTo(desk) and desk.not_found_button.isEnabled()


def test_a_released_person_is_answered_with_when_and_to_whom(qtbot, desk):
    ask(qtbot, desk, "Омаров Бауыржан", "брат", "+7 702 000 00 00", "ru", "Omarova Asel")
    qtbot.mouseClick(desk.answer_button, Qt.MouseButton.LeftButton)
    answer = desk.answer_view.toPlainText()
    assert "освобождён(а) 2026-01-04 14:00 (UTC+05:00)" in answer
    assert "Кому передан(а): her brother, Омаров Бауыржан." in answer


def test_a_missing_field_is_said_and_nothing_is_recorded(qtbot, desk, people):
    ask(qtbot, desk, "", "mother", "", "en", "Kasymov")
    qtbot.mouseClick(desk.answer_button, Qt.MouseButton.LeftButton)
    assert "give the asker's name" in desk.errors.text()
    assert desk.answer_view.toPlainText() == ""
    assert people.as_user(PROSECUTOR).whereabouts.inquiries() == []


def test_a_person_not_found_is_reported_and_the_alert_links_the_custody_registered_two_hours_later(
        qtbot, desk, people, clock):
    ask(qtbot, desk, "Сериков Даулет", "father", "+7 777 000 00 00", "en", "Serikov Arman")
    assert desk.candidates.count() == 0
    qtbot.mouseClick(desk.not_found_button, Qt.MouseButton.LeftButton)
    assert "holds no record" in desk.answer_view.toPlainText()
    assert desk.report_name.text() == "Serikov Arman"
    desk.report_birth.set_value(date(2004, 5, 6))
    desk.report_place.setText("Abay Avenue, by the metro")
    taken = clock.now() - timedelta(minutes=15)
    desk.report_time.set_value(taken)
    with qtbot.waitSignal(desk.reported):
        qtbot.mouseClick(desk.report_button, Qt.MouseButton.LeftButton)
    assert desk.reports_table.item(0, 2).text() == "not registered"

    prosecutor = people.as_user(PROSECUTOR)
    inbox = AlertInbox(prosecutor)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: not inbox.refreshing, timeout=10_000)
    rows = {inbox.model.alert(r).rule: r for r in range(inbox.model.rowCount())}
    assert inbox.model.alert(rows["apprehension-reported"]).person_name == "Serikov Arman"

    clock.advance(hours=2, minutes=-15)  # the custody is registered two hours after the reported apprehension
    officer = people.as_user(OFFICER)
    officer.records.intake(Person("P-9", "Сериков Арман", date(2004, 5, 6), "male", "KZ", ("kk",)),
                           Custody("C-9", "P-9", "suspect", "robbery", "Investigator Aliev"),
                           [officer.records.new_event("C-9", "apprehension", taken + timedelta(hours=1),
                                                      {"place": "Abay Avenue", "officers": ["sgt.omarov"],
                                                       "reason": "suspicion"})])
    desk.reload_reports()
    assert desk.reports_table.item(0, 2).text() == "C-9"
    assert desk.reports_table.item(0, 3).text() == "2 h 00 min"
    with qtbot.waitSignal(inbox.refreshed, timeout=10_000):
        inbox.refresh()
    alert = next(inbox.model.alert(r) for r in range(inbox.model.rowCount())
                 if inbox.model.alert(r).rule == "apprehension-reported")
    assert alert.custody_id == "C-9"
    assert "registered as custody C-9 2 h 00 min after the reported apprehension" in alert.clock.details


def test_a_person_who_asked_for_non_disclosure_gets_a_recorded_refusal(qtbot, desk, people, clock):
    people.as_user(OFFICER).records.record_event("C-3", "disclosure_wish", clock.now() - timedelta(hours=1),
                                                 {"disclose": False})
    ask(qtbot, desk, "Петрова Анна", "жена", "+7 705 111 22 33", "ru", "Петров Иван")
    qtbot.mouseClick(desk.answer_button, Qt.MouseButton.LeftButton)
    answer = desk.answer_view.toPlainText()
    assert "Реестр не может предоставить сведения" in answer
    assert "Market" not in answer and "ИВС" not in answer
    prosecutor = people.as_user(PROSECUTOR)
    assert [i.outcome for i in prosecutor.whereabouts.inquiries("P-3")] == ["refused"]
    refused = [a for a in prosecutor.alerts.alerts() if a.rule == "whereabouts-refused"]
    assert [(a.custody_id, a.person_name) for a in refused] == [("C-3", "Петров Иван")]


def test_the_desk_operator_gets_the_desk_and_nothing_else(qtbot, people):
    window = WhereaboutsWindow(people, DESK)
    qtbot.addWidget(window)
    assert isinstance(window.centralWidget(), WhereaboutsView)
    assert window.view.errors.text() == ""


def test_a_facility_gets_its_address_and_telephone_in_its_dialog_and_keeps_old_hashes(qtbot, people):
    from PySide6.QtWidgets import QDialogButtonBox

    from register.chain import canonical
    from register.domain import Facility
    from register.records import facility_record
    from ui.desktop.facility_dialog import FacilityDialog
    admin = people.as_user(Actor("admin1", "admin", "Admin"))
    dialog = FacilityDialog(admin)
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("F-9")
    dialog.name_edit.setText("ИВС Уральск")
    dialog.kind_box.set_value("ivs")
    dialog.designated_box.set_value("yes")
    dialog.zone_box.setCurrentText("Asia/Oral")
    dialog.address_edit.setText("г. Уральск, ул. Сарайшык, 1")
    dialog.telephone_edit.setText("+7 7112 50 00 00")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = admin.board.facility("F-9")
    assert (saved.address, saved.telephone) == ("г. Уральск, ул. Сарайшык, 1", "+7 7112 50 00 00")
    exported = [line for line in admin.chain.export_lines() if '"F-9"' in line and '"facility"' in line]
    assert "Сарайшык" in exported[0]
    # A facility without them is signed exactly as before the extension.
    assert "address" not in canonical(facility_record(Facility("F-0", "Old", "ivs", True)))
    assert admin.chain.verify().intact
