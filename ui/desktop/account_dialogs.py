"""A signed-in user changes their own password (the old one proves it is them): from the menu, or before
anything else when an administrator has reset it."""
from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from register.access import Actor
from register.accounts import MIN_PASSWORD, AccountError, SignInRefused
from register.service import OpenedRegister
from ui.desktop.messages import translate_sentence
from ui.desktop.texts import Retranslating, tr_args


class PasswordChangeDialog(Retranslating, QDialog):
    def __init__(self, register: OpenedRegister, actor: Actor, parent: QWidget | None = None, reset: bool = False):
        super().__init__(parent)
        self.register = register
        self.actor = actor
        self._problem: str | None = None
        self._refusal = ""  # the register's sentence when it refuses the new password
        self.reset_label = QLabel(self)
        self.reset_label.setWordWrap(True)
        self.reset_label.setVisible(reset)
        self.old_edit, self.new_edit, self.repeat_edit = (QLineEdit(self) for _ in range(3))
        self.old_label, self.new_label, self.repeat_label = (QLabel(self) for _ in range(3))
        form = QFormLayout()
        for label, edit in ((self.old_label, self.old_edit), (self.new_label, self.new_edit),
                            (self.repeat_label, self.repeat_edit)):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reset_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    @property
    def change_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.reset_label.setText(self.tr("An administrator has reset your password. Choose your own before you "
                                         "continue."))
        self.old_label.setText(self.tr("&Current password"))
        self.new_label.setText(self.tr("&New password"))
        self.repeat_label.setText(self.tr("&Repeat new password"))
        self.change_button.setText(self.tr("C&hange"))
        self._show_problem()

    @Slot()
    def try_change(self) -> None:
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self._problem = "mismatch"
        elif len(new) < MIN_PASSWORD:
            self._problem = "short"
        else:
            try:
                self.register.as_user(self.actor).accounts.change_password(self.old_edit.text(), new)
            except SignInRefused as refusal:
                self._problem = "locked" if refusal.reason == "locked" else "old"
            except AccountError as refusal:
                self._problem, self._refusal = "refused", translate_sentence(refusal)
            else:
                self.accept()
                return
        self._show_problem()

    def _show_problem(self) -> None:
        texts = {
            "mismatch": self.tr("The new password and its repetition differ."),
            "short": tr_args(self.tr("A password has at least %1 characters."), MIN_PASSWORD),
            "old": self.tr("The current password is wrong."),
            "locked": self.tr("Too many failed attempts. Try again later."),
            "refused": self._refusal,
        }
        self.message_label.setText(texts.get(self._problem, ""))
        self.message_label.setVisible(self._problem is not None)


def ask_password_change(register: OpenedRegister, actor: Actor, parent: QWidget | None = None,
                        reset: bool = False) -> bool:
    """True once the password has been changed; `reset` says why it must be (an administrator reset it)."""
    dialog = PasswordChangeDialog(register, actor, parent, reset)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
