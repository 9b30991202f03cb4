"""The intake wizard driven as an officer would: a new person, a known person, and a refused intake."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from register.access import Actor
from register.services.board import BoardQuery
from ui.desktop.intake import IntakeWizard

APPREHENDED = datetime(2026, 1, 5, 10, 15, tzinfo=timezone.utc)  # 15:15 in Almaty; the clock stands at 12:00 UTC


def open_wizard(qtbot, service):
    wizard = IntakeWizard(service)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(wizard):
    wizard.button(QWizard.WizardButton.NextButton).click()


def commit(wizard):
    wizard.button(QWizard.WizardButton.CommitButton).click()


def fill_apprehension(qtbot, wizard, video="cam-3/0415"):
    page = wizard.apprehension_page.apprehension
    editors = page.form.editors
    page.form.time.set_value(APPREHENDED)
    qtbot.keyClicks(editors["place"], "Abai Ave 10")
    qtbot.keyClicks(editors["officers"].line, "Sgt. Nurlanov")
    qtbot.keyClick(editors["officers"].line, Qt.Key.Key_Return)
    qtbot.keyClicks(editors["officers"].line, "Cpl. Ospanova")
    qtbot.keyClicks(editors["reason"], "caught in the act of theft")
    if video:
        qtbot.keyClicks(editors["video"], video)
    else:
        page.no_video.setChecked(True)
        qtbot.keyClicks(editors["video_missing_reason"], "body camera battery flat")
    page.status.set_value("suspect")
    qtbot.keyClicks(page.grounds, "CPC art. 128")
    qtbot.keyClicks(page.ordering_authority, "Investigator Abenov")


def fill_arrival(wizard, facility="F-1", arrived=APPREHENDED + timedelta(minutes=40)):
    page = wizard.arrival_page
    page.arrival.editors["facility"].set_value(facility)
    page.arrival.time.set_value(arrived)
    page.rights.time.set_value(arrived + timedelta(minutes=5))
    page.rights.editors["language"].set_value("kk")
    page.rights.editors["written"].setChecked(True)
    page.rights.editors["signed"].setChecked(True)
    page.placement.time.set_value(arrived + timedelta(minutes=10))
    page.placement.editors["location"].setText("Cell 7")


def clocks_shown(wizard):
    table = wizard.clocks_page.table
    return {table.item(r, 0).data(Qt.ItemDataRole.UserRole): table.item(r, 1).data(Qt.ItemDataRole.UserRole)
            for r in range(table.rowCount())}


def test_complete_intake_of_a_new_person(qtbot, service):
    wizard = open_wizard(qtbot, service)
    person = wizard.person_page
    person.full_name.setText("Асель Нұрланқызы Серікова")  # QTest types ASCII only
    person.birth_date.set_value(datetime(1995, 7, 14).date())
    person.sex.set_value("female")
    qtbot.keyClicks(person.citizenship, "KZ")
    qtbot.keyClicks(person.languages, "kk ru")
    qtbot.keyClicks(person.id_document, "KZ-778899")
    next_page(wizard)
    assert wizard.currentPage() is wizard.apprehension_page
    assert not wizard.apprehension_page.isComplete()  # no default for the actual time of apprehension
    fill_apprehension(qtbot, wizard)
    assert wizard.apprehension_page.apprehension.form.time.offset_label.text() == "UTC+05:00"
    next_page(wizard)
    assert wizard.currentPage() is wizard.arrival_page
    assert [wizard.arrival_page.rights.editors["language"].itemData(i) for i in (1, 2)] == ["kk", "ru"]
    fill_arrival(wizard)

    with qtbot.waitSignal(wizard.recorded) as blocker:
        commit(wizard)

    custody_id = blocker.args[0]
    assert wizard.currentPage() is wizard.clocks_page
    timeline = service.reports.timeline(custody_id, log=False)
    assert timeline.person.full_name == "Асель Нұрланқызы Серікова"
    assert timeline.person.languages == ("kk", "ru")
    assert timeline.custody.procedural_status == "suspect"
    assert [e.type for e in timeline.effective] == ["apprehension", "arrival", "rights_informed", "placement",
                                                    "dependants"]  # asked at intake, no child left alone
    apprehension = timeline.apprehension
    assert apprehension.at == APPREHENDED
    assert apprehension.get("officers") == ["Sgt. Nurlanov", "Cpl. Ospanova"]
    assert apprehension.get("video") == "cam-3/0415"
    assert timeline.current_location == "Cell 7"
    shown = clocks_shown(wizard)
    assert shown["delivery-3h"] == "met"
    assert shown["rights-in-writing"] == "met"
    assert shown["custody-limit"] == "running"
    assert shown["protocol-3h"] == "running"
    assert "video-missing" not in shown
    assert shown == {c.rule: c.status for c in service.reports.clocks(custody_id)}


def test_intake_of_a_person_found_by_document(qtbot, service):
    people_before = len(service.board.find_persons(""))
    wizard = open_wizard(qtbot, service)
    page = wizard.person_page
    assert not page.isComplete()
    qtbot.keyClicks(page.search, "KZ-040501")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.results.count() == 1 and not page.isComplete()  # found is not chosen
    page.existing_radio.click()
    assert page.isComplete()
    next_page(wizard)
    assert "Custody of Ерлан Серікұлы Жұмабаев, born 1990-03-01" in wizard.apprehension_page.whose.text()
    assert "already in the register (P-1)" in wizard.apprehension_page.whose.text()
    fill_apprehension(qtbot, wizard, video=None)
    next_page(wizard)
    fill_arrival(wizard)
    wizard.arrival_page.placement_box.setChecked(False)  # not placed yet: nothing is claimed
    wizard.arrival_page.dependants_box.setChecked(False)  # not asked yet: nothing is claimed

    with qtbot.waitSignal(wizard.recorded) as blocker:
        commit(wizard)

    timeline = service.reports.timeline(blocker.args[0], log=False)
    assert timeline.person.id == "P-1"
    assert [e.type for e in timeline.effective] == ["apprehension", "arrival", "rights_informed"]
    assert "video" not in timeline.apprehension.fields
    assert timeline.apprehension.get("video_missing_reason") == "body camera battery flat"
    assert clocks_shown(wizard)["video-missing"] == "flagged"
    assert len(service.board.find_persons("")) == people_before


def test_video_must_be_given_or_declared_missing(qtbot, service):
    wizard = open_wizard(qtbot, service)
    qtbot.keyClicks(wizard.person_page.full_name, "Unknown man")
    wizard.person_page.sex.set_value("male")
    next_page(wizard)
    fill_apprehension(qtbot, wizard, video=None)
    apprehension = wizard.apprehension_page.apprehension
    apprehension.no_video.setChecked(False)
    next_page(wizard)
    assert wizard.currentPage() is wizard.apprehension_page
    assert apprehension.form.errors.labels["video"].isVisible()
    apprehension.no_video.setChecked(True)
    apprehension.form.editors["video_missing_reason"].clear()
    next_page(wizard)
    assert wizard.currentPage() is wizard.apprehension_page
    assert apprehension.form.errors.labels["video_missing_reason"].isVisible()


def test_refused_intake_goes_back_to_the_field_and_writes_nothing(qtbot, service):
    custodies_before = service.board.count(BoardQuery(held_only=False))
    wizard = open_wizard(qtbot, service)
    page = wizard.person_page
    qtbot.keyClicks(page.full_name, "Test Person")
    page.sex.set_value("male")
    qtbot.keyClicks(page.citizenship, "Kazakh")  # not an ISO code
    next_page(wizard)
    assert wizard.currentPage() is page
    assert "two-letter" in page.errors.labels["citizenship"].text()
    page.citizenship.setText("KZ")
    next_page(wizard)
    fill_apprehension(qtbot, wizard)
    next_page(wizard)
    fill_arrival(wizard, arrived=APPREHENDED - timedelta(minutes=30))  # arrival before the apprehension
    commit(wizard)
    assert wizard.currentPage() is wizard.arrival_page
    error = wizard.arrival_page.arrival.errors.labels["at"]
    assert error.isVisible() and "before the apprehension" in error.text()
    assert service.board.count(BoardQuery(held_only=False)) == custodies_before
    assert service.board.find_persons("Test Person") == []


def test_a_child_left_alone_said_at_intake_is_a_breach_at_once(qtbot, service):
    wizard = open_wizard(qtbot, service)
    qtbot.keyClicks(wizard.person_page.search, "KZ-040501")
    qtbot.keyClick(wizard.person_page.search, Qt.Key.Key_Return)
    wizard.person_page.existing_radio.click()  # found is not chosen until the officer says so
    next_page(wizard)
    fill_apprehension(qtbot, wizard)
    next_page(wizard)
    fill_arrival(wizard)
    wizard.arrival_page.placement_box.setChecked(False)
    dependants = wizard.arrival_page.dependants
    dependants.time.set_value(APPREHENDED + timedelta(minutes=55))
    dependants.editors["children_left_without_care"].setChecked(True)
    dependants.editors["emergency_contact"].setText("sister Dana, +7 701 555 1234")
    with qtbot.waitSignal(wizard.recorded):
        commit(wizard)
    assert clocks_shown(wizard)["child-left-without-care"] == "breached"


def test_enter_twice_after_a_search_never_attaches_the_custody_to_a_namesake(qtbot, service):
    wizard = open_wizard(qtbot, service)
    page = wizard.person_page
    wizard.windowHandle().requestActivate()
    qtbot.waitUntil(wizard.isActiveWindow)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "Zhumabaev")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.results.count() == 1
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentPage() is page and not page.existing_radio.isChecked()


def type_new_person(page, name, born, document=""):
    page.full_name.setText(name)
    page.birth_date.set_value(born)
    page.sex.set_value("male")
    page.citizenship.setText("KZ")
    page.id_document.setText(document)


def test_a_possible_namesake_is_shown_side_by_side_before_a_new_person_is_registered(qtbot, service):
    wizard = open_wizard(qtbot, service)
    page = wizard.person_page
    type_new_person(page, "Ерлан Жумабаев", datetime(1990, 3, 1).date())  # the same man, typed without ұ
    next_page(wizard)
    assert wizard.currentPage() is page and page.namesakes.isVisible()
    table = page.namesakes.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows == [["Being registered", "Ерлан Жумабаев", "1990-03-01", "—", "—"],
                    ["In the register", "Ерлан Серікұлы Жұмабаев", "1990-03-01", "KZ-040501", "ИВС Алматы 2026-01-05–"]]
    page.namesakes.use_button.click()  # the officer recognises him
    next_page(wizard)
    assert wizard.currentPage() is wizard.apprehension_page
    assert page.new_person is None and page.person_id == "P-1"


def test_a_different_person_is_registered_only_once_the_officer_says_so(qtbot, service):
    wizard = open_wizard(qtbot, service)
    page = wizard.person_page
    type_new_person(page, "Максат Ахметов", datetime(2011, 5, 5).date(), document="№ 040501")  # P-1's document
    next_page(wizard)
    assert wizard.currentPage() is page
    assert page.namesakes.table.item(1, 1).text() == "Ерлан Серікұлы Жұмабаев"
    page.namesakes.different.setChecked(True)
    next_page(wizard)
    assert wizard.currentPage() is wizard.apprehension_page
    assert page.new_person is not None and page.new_person.full_name == "Максат Ахметов"
    assert "Custody of Максат Ахметов, born 2011-05-05</b> — a new person" in wizard.apprehension_page.whose.text()


def test_nobody_alike_means_no_warning(qtbot, service):
    wizard = open_wizard(qtbot, service)
    page = wizard.person_page
    type_new_person(page, "Ерлан Жумабаев", datetime(1991, 3, 1).date())  # another birth date
    next_page(wizard)
    assert wizard.currentPage() is wizard.apprehension_page


def test_apprehension_page_asks_the_time_first_and_shows_no_time_before_it_is_entered(qtbot, service):
    wizard = open_wizard(qtbot, service)
    wizard.person_page.full_name.setText("Нурлан Абаев")
    wizard.person_page.sex.set_value("male")
    next_page(wizard)
    time = wizard.apprehension_page.apprehension.form.time
    assert wizard.focusWidget() is time.editor
    assert time.editor.text() == "—"  # no value that looks entered (the officer's typing time, say)
    assert time.offset_label.text() == "not entered yet"
    qtbot.keyClicks(time.editor, "0140")  # a time typed alone: today's date on the place's clock
    assert time.value() == datetime(2026, 1, 4, 20, 40, tzinfo=timezone.utc)  # 01:40 in Almaty on 5 January
    assert time.offset_label.text() == "UTC+05:00"


def test_no_video_stands_above_the_reason_it_unlocks(qtbot, service):
    wizard = open_wizard(qtbot, service)
    form = wizard.apprehension_page.apprehension
    rows = form.form.form
    row_of = {name: rows.getWidgetPosition(form.form._boxes[name])[0] for name in ("video", "no_video",
                                                                                  "video_missing_reason")}
    assert row_of["video"] < row_of["no_video"] < row_of["video_missing_reason"]
    reason = form.form.editors["video_missing_reason"]
    assert not reason.isEnabled()
    after = form.no_video.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus:
        after = after.nextInFocusChain()
    assert after is reason  # Tab goes from the statement to the reason it asks for
    form.no_video.setChecked(True)
    assert reason.isEnabled()


def test_register_reports_every_wrong_field_of_every_page_at_once(qtbot, service):
    """One press of Register names every wrong field on every page, page by page, and puts the cursor in the
    first one; nothing is written until all are right."""
    custodies_before = service.board.count(BoardQuery(held_only=False))
    wizard = open_wizard(qtbot, service)
    wizard.windowHandle().requestActivate()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClicks(wizard.person_page.full_name, "Berik Omarov")
    wizard.person_page.sex.set_value("male")
    next_page(wizard)
    fill_apprehension(qtbot, wizard)
    apprehension = wizard.apprehension_page.apprehension
    apprehension.form.editors["place"].clear()  # the place and the grounds left empty
    apprehension.grounds.clear()
    next_page(wizard)
    assert wizard.currentPage() is wizard.arrival_page
    fill_arrival(wizard)
    arrival = wizard.arrival_page
    arrival.rights.editors["language"].set_value(None)  # nor the language of the rights, nor the cell
    arrival.placement.editors["location"].clear()
    commit(wizard)

    assert wizard.currentPage() is wizard.apprehension_page
    summary = wizard.apprehension_page.summary
    assert summary.isVisible()
    lines = summary.text().splitlines()
    assert lines[0].startswith("Nothing was registered")
    assert [line.split(":")[0] for line in lines[1:]] == [
        "• Apprehension — Place", "• Apprehension — Grounds",
        "• Arrival, rights and placement, Rights explained now — Language",
        "• Arrival, rights and placement, Placed in a cell or room now — Location"]
    assert wizard.focusWidget() is apprehension.form.editors["place"]
    assert apprehension.errors.labels["grounds"].isVisible()
    assert service.board.count(BoardQuery(held_only=False)) == custodies_before

    qtbot.keyClicks(apprehension.form.editors["place"], "Abai Ave 10")
    qtbot.keyClicks(apprehension.grounds, "CPC art. 128")
    next_page(wizard)
    assert not summary.isVisible()
    assert arrival.rights.errors.labels["language"].isVisible()  # the next page still says what is wrong on it
    assert arrival.rights.editors["written"].isChecked()
    arrival.rights.editors["language"].set_value("kk")
    arrival.placement.editors["location"].setText("Cell 7")
    with qtbot.waitSignal(wizard.recorded):
        commit(wizard)
    assert wizard.currentPage() is wizard.clocks_page


def test_a_namesake_held_at_another_facility_is_shown_by_what_identifies_him_only(qtbot, small_register):
    """An officer of Aktobe registers a man held before in Almaty: the wizard finds him in the whole register but
    shows only his name, birth date, the document's last digits and where and when he was held; the custody
    goes to the same person, not to a second record of him."""
    aktobe = small_register.as_user(Actor("duty2", "duty_officer", "Dana Duty", frozenset({"F-2"})))
    assert aktobe.board.find_persons("Жумабаев") == []  # the Almaty man is not this officer's to read
    wizard = open_wizard(qtbot, aktobe)
    page = wizard.person_page
    type_new_person(page, "Yerlan Zhumabayev", datetime(1990, 3, 1).date())  # typed in Latin letters
    next_page(wizard)
    assert wizard.currentPage() is page and page.namesakes.isVisible()
    table = page.namesakes.table
    shown = [table.item(1, c).text() for c in range(table.columnCount())]
    assert shown == ["In the register", "Ерлан Серікұлы Жұмабаев", "1990-03-01", "…0501", "ИВС Алматы 2026-01-05–"]
    assert page.namesakes.candidates[0].person is None  # nothing more of him reached this station
    page.namesakes.use_button.click()
    next_page(wizard)
    assert page.new_person is None and page.person_id == "P-1"
    fill_apprehension(qtbot, wizard)
    next_page(wizard)
    fill_arrival(wizard, facility="F-2")
    with qtbot.waitSignal(wizard.recorded):
        commit(wizard)
    custody = aktobe.reports.timeline(wizard.custody_id, log=False)
    assert custody.custody.person == "P-1"
    assert [p.id for p in aktobe.board.find_persons("Жумабаев")] == ["P-1"]  # one person, now held here too
