"""The sign-in dialog: accepts a correct password, says why it refuses, hints at demo accounts only in a demo."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from register import accounts
from tests.fast_hashing import fast_hashing  # noqa: F401
from ui.desktop import i18n, login
from ui.desktop.account_dialogs import PasswordChangeDialog
from ui.desktop.login import SignInDialog

PASSWORD = "correct horse battery"


@pytest.fixture
def with_admin(opened):
    accounts.create_first_admin(opened, "aigerim", "Aigerim Admin", PASSWORD)
    return opened


def dialog_for(qtbot, register):
    dialog = SignInDialog(register)
    qtbot.addWidget(dialog)
    return dialog


def sign_in_as(dialog, username, password):
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    dialog.sign_in_button.click()


def test_a_correct_password_signs_in(qtbot, with_admin):
    dialog = dialog_for(qtbot, with_admin)
    assert dialog.hint_label.isHidden()
    sign_in_as(dialog, "aigerim", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.actor.username, dialog.actor.role) == ("aigerim", "admin")


def test_a_wrong_password_is_refused_then_locked_out(qtbot, with_admin, clock):
    dialog = dialog_for(qtbot, with_admin)
    sign_in_as(dialog, "aigerim", "wrong")
    assert dialog.message_label.text() == "Wrong username or password."
    assert dialog.password_edit.text() == ""
    assert dialog.actor is None
    for _ in range(accounts.FREE_ATTEMPTS - 1):
        sign_in_as(dialog, "aigerim", "wrong")
    assert dialog.message_label.text().startswith("Too many failed attempts.")
    sign_in_as(dialog, "aigerim", PASSWORD)
    assert dialog.actor is None, "a correct password does not open a locked account"
    clock.advance(seconds=accounts.FIRST_LOCK.total_seconds() + 1)
    sign_in_as(dialog, "aigerim", PASSWORD)
    assert dialog.actor is not None


def test_a_disabled_account_reads_as_a_wrong_password(qtbot, with_admin):
    """Nothing tells a stranger which usernames exist or are disabled."""
    admin = accounts.authenticate(with_admin, "aigerim", PASSWORD)
    with_admin.as_user(admin).accounts.create_account("duty1", "Duty One", "duty_officer", PASSWORD)
    with_admin.as_user(admin).accounts.disable("duty1")
    dialog = dialog_for(qtbot, with_admin)
    sign_in_as(dialog, "duty1", PASSWORD)
    assert dialog.message_label.text() == "Wrong username or password."
    sign_in_as(dialog, "nobody", PASSWORD)
    assert dialog.message_label.text() == "Wrong username or password."


def test_the_demo_register_lists_its_accounts(qtbot, opened):
    accounts.create_demo_accounts(opened)
    dialog = dialog_for(qtbot, opened)
    assert not dialog.hint_label.isHidden()
    assert "officer" in dialog.hint_label.text() and "“demo”" in dialog.hint_label.text()
    sign_in_as(dialog, "prosecutor", "demo")
    assert dialog.actor.role == "prosecutor"


def test_the_hint_goes_once_a_demo_password_is_changed(qtbot, opened):
    accounts.create_demo_accounts(opened)
    officer = accounts.authenticate(opened, "officer", "demo")
    opened.as_user(officer).accounts.change_password("demo", PASSWORD)
    dialog = dialog_for(qtbot, opened)
    assert "officer," not in dialog.hint_label.text() and "prosecutor" in dialog.hint_label.text()


def test_sign_in_returns_the_actor_or_none(qtbot, with_admin, monkeypatch):
    def accept_as_admin(dialog):
        sign_in_as(dialog, "aigerim", PASSWORD)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", accept_as_admin)
    assert login.sign_in(with_admin) == (with_admin, accounts.authenticate(with_admin, "aigerim", PASSWORD))
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert login.sign_in(with_admin) is None


def test_speaks_kazakh(qtbot, with_admin):
    i18n.install("kk")
    dialog = dialog_for(qtbot, with_admin)
    assert dialog.sign_in_button.text() == "&Кіру"
    sign_in_as(dialog, "aigerim", "wrong")
    assert dialog.message_label.text() == "Пайдаланушы аты немесе құпиясөз қате."


def test_password_change_checks_repetition_and_old_password(qtbot, with_admin):
    admin = accounts.authenticate(with_admin, "aigerim", PASSWORD)
    dialog = PasswordChangeDialog(with_admin, admin)
    qtbot.addWidget(dialog)
    dialog.old_edit.setText(PASSWORD)
    dialog.new_edit.setText("a new long password")
    dialog.repeat_edit.setText("a new long passw0rd")
    dialog.change_button.click()
    assert dialog.message_label.text() == "The new password and its repetition differ."
    dialog.old_edit.setText("not it")
    dialog.repeat_edit.setText("a new long password")
    dialog.change_button.click()
    assert dialog.message_label.text() == "The current password is wrong."
    dialog.old_edit.setText(PASSWORD)
    dialog.change_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.authenticate(with_admin, "aigerim", "a new long password").username == "aigerim"


def test_the_language_is_chosen_at_sign_in_and_kept(qtbot, with_admin):
    from ui.desktop.settings import Settings
    dialog = dialog_for(qtbot, with_admin)
    assert dialog.language_label.buddy() is dialog.language_box
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("kk"))
    qtbot.waitUntil(lambda: dialog.username_label.text() == "&Пайдаланушы аты")
    assert i18n.current_language() == "kk"
    assert Settings().language == "kk"  # the next start opens in Kazakh
    sign_in_as(dialog, "aigerim", "wrong password")
    assert dialog.message_label.text() != "Wrong username or password."  # said in Kazakh
    assert dialog.message_label.accessibleName() == ""  # a screen reader reads the message itself
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    qtbot.waitUntil(lambda: dialog.username_label.text() == "&Имя пользователя")
