"""The desktop's accounts: the first start without a terminal, the administrator's screen, one's own password,
sign-out, the idle lock that keeps an open form, and a window whose account is disabled while open."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from register import accounts
from register.services.board import BoardQuery
from tests.fast_hashing import fast_hashing  # noqa: F401
from tests.ui.conftest import small_register_lines
from ui.desktop import i18n, login
from ui.desktop.account_dialogs import PasswordChangeDialog
from ui.desktop.facility_dialog import FacilityDialog
from ui.desktop.first_run import FirstRunDialog, first_run
from ui.desktop.intake import IntakeWizard
from ui.desktop.main_window import MainWindow

PASSWORD = "correct horse battery"


@pytest.fixture
def in_service(small_register):
    """The small register with an administrator and a duty officer of F-1 (both real accounts)."""
    admin = accounts.create_first_admin(small_register, "aigerim", "Aigerim Admin", PASSWORD)
    small_register.as_user(admin).accounts.create_account("duty1", "Daulet Duty", "duty_officer", PASSWORD, ["F-1"])
    return small_register


def window_as(qtbot, register, username):
    window = MainWindow(register, accounts.authenticate(register, username, PASSWORD))
    qtbot.addWidget(window)
    return window


# ---------------------------------------------------------------- first start

def test_the_first_start_creates_the_administrator_without_a_terminal(qtbot, opened):
    dialog = FirstRunDialog(opened)
    qtbot.addWidget(dialog)
    dialog.username_edit.setText("aigerim")
    dialog.full_name_edit.setText("Aigerim Admin")
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD + "!")
    dialog.create_button.click()
    assert dialog.message_label.text() == "The password and its repetition differ."
    dialog.password_edit.setText("1234567890")
    dialog.repeat_edit.setText("1234567890")
    dialog.create_button.click()
    assert "too easy to guess" in dialog.message_label.text() and not accounts.has_accounts(opened)
    dialog.password_edit.setText(PASSWORD)
    dialog.repeat_edit.setText(PASSWORD)
    dialog.create_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.actor.username, dialog.actor.role, dialog.actor.signed_in) == ("aigerim", "admin", True)


def test_first_run_then_offers_the_first_facility(qtbot, opened, monkeypatch):
    def create_admin(dialog):
        dialog.username_edit.setText("aigerim")
        dialog.password_edit.setText(PASSWORD)
        dialog.repeat_edit.setText(PASSWORD)
        dialog.create_button.click()
        return dialog.result()

    def add_facility(dialog):
        dialog.id_edit.setText("IVS-ALM-01")
        dialog.name_edit.setText("ИВС Алматы")
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("ivs"))
        dialog.designated_box.setCurrentIndex(dialog.designated_box.findData("yes"))
        dialog.submit()
        offered.append(dialog.windowTitle())
        return dialog.result()

    offered = []
    monkeypatch.setattr(FirstRunDialog, "exec", create_admin)
    monkeypatch.setattr(FacilityDialog, "exec", add_facility)
    actor = first_run(opened)
    assert actor.username == "aigerim" and offered == ["Add the first facility"]
    assert [f.id for f in opened.as_user(actor).board.facilities()] == ["IVS-ALM-01"]


def test_the_first_start_speaks_kazakh(qtbot, opened):
    i18n.install("kk")
    dialog = FirstRunDialog(opened)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Бұл тізілімде әлі есептік жазбалар жоқ"
    dialog.username_edit.setText("aigerim")
    dialog.password_edit.setText(" " * 12)
    dialog.repeat_edit.setText(" " * 12)
    dialog.create_button.click()
    assert dialog.message_label.text() == "Құпиясөз тек бос орындардан тұра алмайды."


# ---------------------------------------------------------------- the administrator's screen

def test_the_administrator_creates_an_officer_who_sees_only_their_facility(qtbot, in_service):
    window = window_as(qtbot, in_service, "aigerim")
    view = window.accounts_view
    assert window.tabs.tabText(window.tabs.indexOf(view)) == "Accounts"
    dialog = view.new_account()
    dialog.username_edit.setText("duty2")
    dialog.full_name_edit.setText("Dana Duty")
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("duty_officer"))
    dialog.facility_list.set_chosen(["F-2"])
    dialog.password_edit.setText("a fresh passphrase")
    dialog.repeat_edit.setText("a fresh passphrase")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    rows = {r.username: r for r in view.model.rows}
    assert (rows["duty2"].role, rows["duty2"].facilities) == ("duty_officer", ("F-2",))
    shown = [view.model.index(view.model.rows.index(rows["duty2"]), c).data() for c in range(6)]
    assert shown == ["duty2", "Dana Duty", "Duty officer", "УП Актобе", "enabled", "never"]
    officer = in_service.as_user(accounts.authenticate(in_service, "duty2", "a fresh passphrase"))
    assert [r.custody_id for r in officer.board.rows(BoardQuery(held_only=False))] == ["C-2"]


def test_the_administrator_disables_resets_and_changes_role(qtbot, in_service):
    window = window_as(qtbot, in_service, "aigerim")
    view = window.accounts_view
    view.select("duty1")
    view.disable_button.click()
    assert view.selected().disabled and view.enable_button.isEnabled() and not view.disable_button.isEnabled()
    view.enable_button.click()
    reset = view.reset_password()
    reset.password_edit.setText("given by the admin")
    reset.repeat_edit.setText("given by the admin")
    reset.buttons.button(reset.buttons.StandardButton.Save).click()
    assert view.model.index(view.model.rows.index(view.selected()), 4).data() == "enabled, must change password"
    edit = view.edit_account()
    assert edit.username_edit.isReadOnly() and edit.facility_list.chosen() == ["F-1"]
    edit.role_box.setCurrentIndex(edit.role_box.findData("monitor"))
    edit.facility_list.set_chosen([])
    edit.buttons.button(edit.buttons.StandardButton.Save).click()
    assert (view.selected().role, view.selected().facilities) == ("monitor", ())
    changes = [(c.action, c.username) for c in _account_changes(in_service)]
    assert changes[-4:] == [("disabled", "duty1"), ("enabled", "duty1"), ("password", "duty1"),
                            ("changed", "duty1")]


def test_the_last_administrator_cannot_be_disabled_from_the_screen(qtbot, in_service):
    view = window_as(qtbot, in_service, "aigerim").accounts_view
    view.select("aigerim")
    view.disable_button.click()
    assert view.message.text() == "The register must keep at least one enabled administrator."
    assert not view.selected().disabled


def test_only_an_administrator_has_the_accounts_screen(qtbot, in_service):
    assert window_as(qtbot, in_service, "duty1").accounts_view is None


# ---------------------------------------------------------------- one's own session

def test_change_my_password_is_in_the_menu(qtbot, in_service, monkeypatch):
    def change(dialog):
        dialog.old_edit.setText(PASSWORD)
        dialog.new_edit.setText("my own new passphrase")
        dialog.repeat_edit.setText("my own new passphrase")
        dialog.change_button.click()
        return dialog.result()

    window = window_as(qtbot, in_service, "duty1")
    assert window.session_controls.change_password_action in window.register_menu.actions()
    monkeypatch.setattr(PasswordChangeDialog, "exec", change)
    window.session_controls.change_password_action.trigger()
    assert accounts.authenticate(in_service, "duty1", "my own new passphrase").username == "duty1"


def test_a_reset_password_is_changed_before_anything_else(qtbot, in_service, monkeypatch):
    admin = accounts.authenticate(in_service, "aigerim", PASSWORD)
    in_service.as_user(admin).accounts.set_password("duty1", "given by the admin")
    seen = []

    def sign_in(dialog):
        dialog.username_edit.setText("duty1")
        dialog.password_edit.setText("given by the admin")
        dialog.sign_in_button.click()
        return dialog.result()

    def change(dialog):
        seen.append(dialog.reset_label.isVisibleTo(dialog))
        dialog.old_edit.setText("given by the admin")
        dialog.new_edit.setText("chosen by myself")
        dialog.repeat_edit.setText("chosen by myself")
        dialog.change_button.click()
        return dialog.result()

    monkeypatch.setattr(login.SignInDialog, "exec", sign_in)
    monkeypatch.setattr(PasswordChangeDialog, "exec", change)
    assert login.sign_in(in_service)[1].username == "duty1" and seen == [True]
    assert not accounts.password_change_due(in_service, "duty1")


def test_sign_out_closes_the_window_for_the_next_user(qtbot, in_service):
    window = window_as(qtbot, in_service, "duty1")
    window.show()
    window.session_controls.sign_out_action.trigger()
    assert window.signed_out and not window.isVisible()


def test_the_idle_lock_hides_everything_and_keeps_the_open_form(qtbot, in_service):
    window = window_as(qtbot, in_service, "duty1")
    window.show()
    lock = window.session_controls.idle_lock
    assert lock.timer.interval() == 15 * 60_000 and lock.timer.isActive()
    window.new_intake()
    wizard = window.findChild(IntakeWizard)
    wizard.person_page.full_name.setText("Нұрлан Әбенов")
    lock.timer.timeout.emit()  # fifteen idle minutes
    assert lock.locked and not window.isVisible() and not wizard.isVisible()
    lock.dialog.password_edit.setText("not the password")
    lock.dialog.unlock_button.click()
    assert lock.locked and lock.dialog.message_label.text() == "Wrong username or password."
    lock.dialog.password_edit.setText(PASSWORD)
    lock.dialog.unlock_button.click()
    assert not lock.locked and window.isVisible() and wizard.isVisible()
    assert wizard.person_page.full_name.text() == "Нұрлан Әбенов"


def test_a_disabled_account_cannot_unlock_and_signs_out(qtbot, in_service):
    window = window_as(qtbot, in_service, "duty1")
    window.show()
    lock = window.session_controls.idle_lock
    lock.lock()
    admin = accounts.authenticate(in_service, "aigerim", PASSWORD)
    in_service.as_user(admin).accounts.disable("duty1")
    lock.dialog.password_edit.setText(PASSWORD)
    lock.dialog.unlock_button.click()
    assert lock.locked
    lock.dialog.sign_out_button.click()
    assert window.signed_out


def test_a_window_whose_account_is_disabled_says_so_and_signs_out(qtbot, in_service):
    window = window_as(qtbot, in_service, "duty1")
    window.show()
    admin = accounts.authenticate(in_service, "aigerim", PASSWORD)
    in_service.as_user(admin).accounts.disable("duty1")
    window.refresh()
    box = window.findChild(QMessageBox)
    assert box.text() == "The account duty1 has been disabled: this session has ended."
    box.button(QMessageBox.StandardButton.Ok).click()
    assert window.signed_out


def _account_changes(register):
    from sqlalchemy import select
    from sqlalchemy.orm import Session
    from models.orm import AccountChangeRow
    with Session(register.engine) as session:
        return list(session.scalars(select(AccountChangeRow).order_by(AccountChangeRow.seq)))
