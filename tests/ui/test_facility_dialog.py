"""Adding a facility from the desktop: written when the register accepts it, refused next to the field otherwise."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from register.access import Actor
from tests.ui.conftest import OFFICER
from ui.desktop.facility_dialog import FacilityDialog
from ui.desktop.main_window import MainWindow

ADMIN = Actor("admin1", "admin", "Admin")


@pytest.fixture
def admin_service(small_register):
    return small_register.as_user(ADMIN)


def open_dialog(qtbot, service):
    dialog = FacilityDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog, facility_id="F-9", zone="Asia/Oral", designated="yes"):
    dialog.id_edit.setText(facility_id)
    dialog.name_edit.setText("ИВС Уральск")
    dialog.kind_box.set_value("ivs")
    dialog.designated_box.set_value(designated)
    dialog.zone_box.setCurrentText(zone)
    dialog.region_edit.setText("Западно-Казахстанская область")


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_an_admin_creates_a_facility(qtbot, admin_service):
    dialog = open_dialog(qtbot, admin_service)
    fill(dialog)
    assert dialog.offset_label.text() == "UTC+05:00"
    with qtbot.waitSignal(dialog.added) as added:
        save(dialog)
    assert added.args == ["F-9"]
    assert not dialog.isVisible()
    facility = admin_service.board.facility("F-9")
    assert (facility.name, facility.kind, facility.designated, facility.timezone, facility.region, facility.agency) \
        == ("ИВС Уральск", "ivs", True, "Asia/Oral", "Западно-Казахстанская область", None)


def test_a_non_designated_place_is_warned_about(qtbot, admin_service):
    dialog = open_dialog(qtbot, admin_service)
    fill(dialog, designated="no")
    assert dialog.designated_warning.isVisible()
    assert "raises an alert" in dialog.designated_warning.text()
    save(dialog)
    assert admin_service.board.facility("F-9").designated is False


def test_a_duplicate_id_is_refused_and_nothing_written(qtbot, admin_service):
    before = admin_service.board.facilities()
    dialog = open_dialog(qtbot, admin_service)
    fill(dialog, facility_id="F-1")
    save(dialog)
    assert dialog.isVisible()
    error = dialog.errors.labels["id"]
    assert error.isVisible() and "already in the register" in error.text()
    assert admin_service.board.facilities() == before


@pytest.mark.parametrize("zone", ["Mars/Olympus", ""])
def test_a_bad_time_zone_is_refused_next_to_its_field(qtbot, admin_service, zone):
    dialog = open_dialog(qtbot, admin_service)
    fill(dialog, zone=zone)
    save(dialog)
    assert dialog.errors.labels["timezone"].isVisible()
    assert not dialog.errors.labels["id"].isVisible()
    assert admin_service.board.facility("F-9") is None


def test_designation_must_be_chosen(qtbot, admin_service):
    dialog = open_dialog(qtbot, admin_service)
    fill(dialog)
    dialog.designated_box.setCurrentIndex(0)  # '— choose —'
    save(dialog)
    assert dialog.errors.labels["designated"].isVisible()
    assert admin_service.board.facility("F-9") is None


def test_a_role_without_the_permission_is_told_so(qtbot, service):
    dialog = open_dialog(qtbot, service)
    fill(dialog)
    save(dialog)
    assert dialog.errors.general.isVisible() and dialog.errors.general.text().startswith("Not allowed:")
    assert service.board.facility("F-9") is None


def test_only_roles_managing_facilities_have_the_action(qtbot, small_register):
    officer = MainWindow(small_register, OFFICER)
    qtbot.addWidget(officer)
    assert not officer.facility_action.isVisible()
    admin = MainWindow(small_register, ADMIN)
    qtbot.addWidget(admin)
    assert admin.facility_action.isVisible()
    admin.facility_action.trigger()
    dialog = admin.findChild(FacilityDialog)
    assert dialog is not None and dialog.isVisible()
    fill(dialog)
    save(dialog)
    assert admin.board.facility.findData("F-9") >= 0 and admin.search.facility.findData("F-9") >= 0
    assert "F-9" in admin.statusBar().currentMessage()


def test_first_steps_offer_admins_the_facility_dialog(qtbot, opened):
    officer = MainWindow(opened, OFFICER)
    qtbot.addWidget(officer)
    assert officer.first_steps.facility_button.isHidden()
    admin = MainWindow(opened, ADMIN)
    qtbot.addWidget(admin)
    assert not admin.first_steps.facility_button.isHidden()
    admin.first_steps.facility_button.click()
    assert admin.findChild(FacilityDialog).isVisible()
