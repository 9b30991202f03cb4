"""The sign-in dialog the desktop shows before anything of the register.

It only collects a username and a password and shows why a sign-in failed; the
checking, counting and locking out happen in `register.accounts`.
"""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from register.access import Actor
from register.accounts import DEMO_PASSWORD, SignInRefused, authenticate, demo_usernames, has_accounts
from register.service import OpenedRegister
from ui.desktop.texts import Retranslating, tr_args


class SignInDialog(Retranslating, QDialog):
    """Username and password; `actor` is set once the register accepts them."""

    def __init__(self, register: OpenedRegister, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.actor: Actor | None = None
        self._refusal: SignInRefused | None = None
        self._demo = demo_usernames(register)
        self._has_accounts = has_accounts(register)

        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setAccessibleName("sign-in message")
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(self._demo))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.sign_in_button.setEnabled(self._has_accounts)

        self.username_label = QLabel(self)
        self.username_label.setBuddy(self.username_edit)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(self.username_label, self.username_edit)
        form.addRow(self.password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.username_edit.setFocus()

    @property
    def sign_in_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to the detention register"))
        self.username_label.setText(self.tr("&Username"))
        self.password_label.setText(self.tr("&Password"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.hint_label.setText(tr_args(self.tr("Demo register: sign in as %1 with the password \u201c%2\u201d."),
                                        ", ".join(self._demo), DEMO_PASSWORD))
        self._show_message()

    @Slot()
    def try_sign_in(self) -> None:
        try:
            self.actor = authenticate(self.register, self.username_edit.text().strip(), self.password_edit.text())
        except SignInRefused as refusal:
            self._refusal = refusal
            self._show_message()
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()

    def _show_message(self) -> None:
        refusal = self._refusal
        if not self._has_accounts:
            text = self.tr("This register has no accounts yet. Create the first administrator with "
                           "\u201cdetention-register init --admin USERNAME\u201d.")
        elif refusal is None:
            text = ""
        elif refusal.reason == "locked":
            until = QDateTime.fromSecsSinceEpoch(int(refusal.locked_until.timestamp()), QTimeZone.systemTimeZone())
            text = tr_args(self.tr("Too many failed attempts. Sign-in for this account is locked until %1."),
                           QLocale().toString(until.time(), QLocale.FormatType.LongFormat))
        elif refusal.reason == "disabled":
            text = self.tr("This account is disabled. Ask the administrator.")
        else:
            text = self.tr("Wrong username or password.")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))


def sign_in(register: OpenedRegister, parent: QWidget | None = None) -> Actor | None:
    """Ask who is at the station; None when they cancel."""
    dialog = SignInDialog(register, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    try:
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
