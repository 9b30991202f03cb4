"""The custody timeline: header, events in order with late entries and corrections, clocks, the time axis."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from register.access import Actor
from tests.ui.conftest import OFFICER
from ui.desktop.clock_chips import Level
from ui.desktop.time_axis import ROW, SCALE_HEIGHT
from ui.desktop.timeline_view import ClocksModel, EventsModel, TimelineView


def make_view(qtbot, service, custody_id="C-1", highlight_rule=None):
    view = TimelineView(service, custody_id, highlight_rule)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    return view


def column(model, number):
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_header_shows_person_age_languages_and_place(qtbot, service):
    view = make_view(qtbot, service)
    assert view.name.text() == "Ерлан Серікұлы Жұмабаев"
    facts = view.facts.text()
    assert "Age at apprehension: 35" in facts
    assert "Languages: kk, ru" in facts
    assert "Now at: ИВС Алматы, Cell 4" in facts
    assert "Apprehended: 2026-01-05 15:00 (UTC+05:00)" in facts  # Almaty local time with its offset
    assert view.badges.text() == ""


def test_minor_foreign_national_gets_both_badges(qtbot, service):
    view = make_view(qtbot, service, "C-2")
    assert "MINOR" in view.badges.text() and "FOREIGN NATIONAL" in view.badges.text()
    assert "2026-01-05 13:00 (UTC+05:00)" in view.facts.text()  # Aktobe local time


def test_events_in_order_with_late_entry_and_correction_marked(qtbot, service):
    view = make_view(qtbot, service)
    model = view.events_table.model()
    events = column(model, EventsModel.EVENT)
    assert events == ["Apprehension", "Arrival at facility", "Placement\nCORRECTED", "Rights explained",
                      "Correction"]
    recorded_ids = [model.line(row).recorded.id for row in range(model.rowCount())]
    assert recorded_ids == ["E-1", "E-2", "E-3", "E-4", "E-5"]

    late = model.index(0, EventsModel.RECORDED)
    assert "LATE ENTRY: recorded 1 h 30 min after the event" in late.data()
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert "LATE" not in model.index(1, EventsModel.RECORDED).data()

    placement = model.index(2, EventsModel.DETAILS).data()
    assert "Cell 4" in placement and "(originally: Cell 3)" in placement  # the original stays visible
    assert model.index(2, EventsModel.EVENT).data().endswith("CORRECTED")
    correction = model.index(4, EventsModel.DETAILS).data()
    assert "wrong cell entered" in correction and "Cell 4" in correction
    assert "sgt.kasymov" in model.index(3, EventsModel.RECORDED).data()


def test_clocks_listed_and_highlighted_rule_selected(qtbot, service):
    view = make_view(qtbot, service, highlight_rule="protocol-3h")
    model = view.clocks_table.model()
    rules = [model.clock(row).rule for row in range(model.rowCount())]
    assert "protocol-3h" in rules and "custody-limit" in rules
    selected = view.clocks_table.selectionModel().selectedRows()
    assert [model.clock(index.row()).rule for index in selected] == ["protocol-3h"]
    row = rules.index("protocol-3h")
    assert model.index(row, ClocksModel.RULE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(row, ClocksModel.STATUS).data() == "running"


def test_chips_follow_the_ticking_clock(qtbot, service):
    view = make_view(qtbot, service)
    clock = service.register.clock
    levels = lambda: {chip.rule: chip.level for chip in view.chips.chips}  # noqa: E731
    assert levels()["protocol-3h"] == Level.OK
    clock.advance(minutes=30)
    view.set_now(clock.now())
    assert levels()["protocol-3h"] == Level.WARN
    clock.advance(hours=1)
    view.set_now(clock.now())
    assert levels()["protocol-3h"] == Level.BREACH


def test_time_axis_paints_and_explains_itself(qtbot, service):
    view = make_view(qtbot, service, highlight_rule="protocol-3h")
    view.show()
    qtbot.waitExposed(view)
    image = view.axis.grab().toImage()
    assert not image.isNull() and image.height() >= SCALE_HEIGHT + 2 * ROW
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert "#b9d3f0" in colours  # the stay at the first facility
    tip = view.axis.tooltip_at(QPointF(view.axis._x(view.timeline.apprehension.at, *view.axis._span()),
                                       SCALE_HEIGHT + ROW + ROW / 2))
    assert "Apprehension" in tip and "15:00" in tip


def test_released_custody_axis_ends_at_release(qtbot, service):
    view = make_view(qtbot, service, "C-3")
    assert "Released: 2026-01-04 17:00 (UTC+05:00)" in view.facts.text()
    assert not view.axis.grab().isNull()


def test_opening_a_timeline_is_logged_but_refreshing_is_not(qtbot, service, small_register):
    oversight = small_register.as_user(Actor("pros", "prosecutor", "Prosecutor")).access
    before = len(oversight.access_log("custody C-1"))
    view = make_view(qtbot, service)
    view.refresh()
    logged = oversight.access_log("custody C-1")[before:]
    assert [(e.username, e.action) for e in logged] == [(service.actor.username, "open")]


def test_record_button_only_for_roles_that_record(qtbot, small_register):
    monitor = small_register.as_user(Actor("m1", "monitor", "Monitor"))
    assert make_view(qtbot, monitor).record_button.isHidden()
    assert not make_view(qtbot, small_register.as_user(OFFICER)).record_button.isHidden()


def test_models_pass_the_model_tester(qtbot, service, qtmodeltester):
    view = make_view(qtbot, service)
    qtmodeltester.check(view.events_table.model())
    qtmodeltester.check(view.clocks_table.model())


def test_record_and_correct_open_their_dialogs_and_refresh_after(qtbot, service):
    from ui.desktop.correction import CorrectionDialog
    from ui.desktop.event_form import EventDialog
    view = make_view(qtbot, service)
    assert not view.correct_button.isEnabled()
    view.record_button.click()
    dialog = view.findChild(EventDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()

    correction_row = next(r for r in range(view.events_table.model().rowCount())
                          if view.events_table.model().line(r).recorded.type == "correction")
    view.events_table.selectRow(correction_row)
    assert view.selected_event() == "E-3"  # a correction is corrected through the event it corrects
    view.correct_button.click()
    dialog = view.findChild(CorrectionDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(view.changed) as changed:
        dialog.recorded.emit("C-1")
    assert changed.args == ["C-1"]
    dialog.close()
