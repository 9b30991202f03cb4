"""A register with no account yet: the desktop makes the first administrator and the first facility itself.

Whoever installs the register on a station must not need a terminal: this dialog creates the first
administrator (the register refuses once any account exists), signs them in, and offers the facility
dialog for the first facility.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from register.access import Actor
from register.accounts import MIN_PASSWORD, AccountError, SignInRefused, authenticate, create_first_admin
from register.service import OpenedRegister
from ui.desktop.facility_dialog import FacilityDialog
from ui.desktop.messages import translate_sentence
from ui.desktop.texts import Retranslating, tr_args


class FirstRunDialog(Retranslating, QDialog):
    """The first administrator's username, full name and password; `actor` is set once they are signed in."""

    def __init__(self, register: OpenedRegister, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.actor: Actor | None = None
        self._problem = ""
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(64)
        self.full_name_edit = QLineEdit(self)
        self.password_edit, self.repeat_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label, self.full_name_label, self.password_label, self.repeat_label = (
            QLabel(self) for _ in range(4))
        form = QFormLayout()
        for label, edit in ((self.username_label, self.username_edit), (self.full_name_label, self.full_name_edit),
                            (self.password_label, self.password_edit), (self.repeat_label, self.repeat_edit)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.rules)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.username_edit.setFocus()

    @property
    def create_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Detention Register: first start"))
        self.title.setText(self.tr("This register has no accounts yet"))
        self.intro.setText(self.tr("Create the first administrator now. The administrator then adds the "
                                   "facilities and the accounts of everyone who works with the register."))
        self.username_label.setText(self.tr("&Username"))
        self.full_name_label.setText(self.tr("&Full name"))
        self.password_label.setText(self.tr("&Password"))
        self.repeat_label.setText(self.tr("&Repeat password"))
        self.rules.setText(tr_args(self.tr("At least %1 characters; not a common password and not the username."),
                                   MIN_PASSWORD))
        self.create_button.setText(self.tr("&Create administrator"))
        self._show_problem()

    @Slot()
    def create(self) -> None:
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if password != self.repeat_edit.text():
            self._problem = self.tr("The password and its repetition differ.")
        else:
            try:
                create_first_admin(self.register, username, self.full_name_edit.text().strip() or username, password)
                self.actor = authenticate(self.register, username, password)
            except (AccountError, SignInRefused) as refusal:
                self._problem = translate_sentence(refusal)
            else:
                self.accept()
                return
        self._show_problem()

    def _show_problem(self) -> None:
        self.message_label.setText(self._problem)
        self.message_label.setVisible(bool(self._problem))


def first_run(register: OpenedRegister, parent: QWidget | None = None) -> Actor | None:
    """The first administrator, signed in, after offering the first facility; None when they cancel."""
    dialog = FirstRunDialog(register, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        actor = dialog.actor
    finally:
        dialog.deleteLater()
    facility = FacilityDialog(register.as_user(actor), parent)
    facility.setWindowTitle(QCoreApplication.translate("FirstRunDialog", "Add the first facility"))
    try:
        facility.exec()  # may be left for later: the Register menu adds facilities too
    finally:
        facility.deleteLater()
    return actor
