"""The sign-in dialog the desktop shows before anything of the register.

It only collects a username and a password and shows why a sign-in failed; the
checking, counting and locking out happen in `register.accounts`.
"""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from register.access import Actor
from register.accounts import DEMO_PASSWORD, SignInRefused, demo_usernames, password_change_due
from register.accounts import sign_in as accounts_sign_in
from register.service import OpenedRegister
from ui.desktop import i18n
from ui.desktop.account_dialogs import ask_password_change
from ui.desktop.settings import Settings
from ui.desktop.texts import Retranslating, tr_args


class SignInDialog(Retranslating, QDialog):
    """Username and password; `actor` (and `working`, the register to work in: on a PostgreSQL register that
    enforces access, the account's own login) are set once the register or its server accepts them."""

    def __init__(self, register: OpenedRegister | None, parent: QWidget | None = None, url: str | None = None,
                 profile: str = "kz"):
        super().__init__(parent)
        self.register = register
        self.url = url if url is not None else register.url
        self.profile = profile
        self.actor: Actor | None = None
        self.working: OpenedRegister | None = None
        self._refusal: SignInRefused | None = None
        self._demo = demo_usernames(register) if register is not None else []

        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")  # its own words are what a screen reader reads
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(self._demo))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        self.language_box = QComboBox(self)
        for code in i18n.LANGUAGES:
            self.language_box.addItem(i18n.LANGUAGE_NAMES[code], code)  # each name in its own language
        self.language_box.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_box)

        self.username_label = QLabel(self)
        self.username_label.setBuddy(self.username_edit)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_box)
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
        self.language_label.setText(self.tr("&Language"))
        self.username_label.setText(self.tr("&Username"))
        self.password_label.setText(self.tr("&Password"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.hint_label.setText(tr_args(self.tr("Demo register: sign in as %1 with the password \u201c%2\u201d."),
                                        ", ".join(self._demo), DEMO_PASSWORD))
        self._show_message()

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        """The station's language, chosen before anyone signs in; every window retranslates, and the next
        start opens in it."""
        lang = self.language_box.itemData(index)
        i18n.install(lang)
        Settings().language = lang

    @Slot()
    def try_sign_in(self) -> None:
        try:
            self.working, self.actor = accounts_sign_in(self.register, self.url, self.username_edit.text().strip(),
                                                        self.password_edit.text(), self.profile)
        except SignInRefused as refusal:
            self._refusal = refusal
            self._show_message()
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()

    def _show_message(self) -> None:
        refusal = self._refusal
        if refusal is None:
            text = ""
        elif refusal.reason == "locked":
            until = QDateTime.fromSecsSinceEpoch(int(refusal.locked_until.timestamp()), QTimeZone.systemTimeZone())
            text = tr_args(self.tr("Too many failed attempts. Sign-in for this account is locked until %1."),
                           QLocale().toString(until.time(), QLocale.FormatType.LongFormat))
        else:  # an unknown user, a wrong password and a disabled account read the same
            text = self.tr("Wrong username or password.")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))


def sign_in(register: OpenedRegister | None, parent: QWidget | None = None, url: str | None = None,
            profile: str = "kz") -> tuple[OpenedRegister, Actor] | None:
    """Ask who is at the station: the register to work in and the account; None when they cancel. A
    password an administrator has reset is changed before anything else (else the sign-in is asked again)."""
    while True:
        dialog = SignInDialog(register, parent, url, profile)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if not accepted:
            return None
        working, actor = dialog.working, dialog.actor
        if not password_change_due(working, actor.username) or ask_password_change(working, actor, parent,
                                                                                     reset=True):
            return working, actor
        if working is not register:
            working.close()
