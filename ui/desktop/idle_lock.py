"""The station locks itself when nobody has touched it for a while, and asks for the password again.

A duty room is not a private office: a window left open shows detainees' names and lets anyone record in
the officer's name. After the idle time (a setting, 15 minutes by default) every window of the application
is hidden, not closed, behind a dialog asking for the signed-in account's password, so an open form keeps
what was typed. The password is checked by the register like a sign-in (counted, locked out, logged); a
disabled account can only sign out.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Qt, Signal, Slot
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from register.access import Actor
from register.accounts import SignInRefused, authenticate
from register.service import OpenedRegister
from ui.desktop.messages import translate_sentence
from ui.desktop.texts import tr_args

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                      QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class IdleLock(QObject):
    """Counts idle time over the whole application; `lock()` hides every window until the password is given."""

    sign_out_requested = Signal()

    def __init__(self, register: OpenedRegister, actor: Actor, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.register = register
        self.actor = actor
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.lock)
        self.dialog: UnlockDialog | None = None
        self._hidden: list[QWidget] = []
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked:
            self.timer.start()
        return False

    @Slot()
    def lock(self) -> None:
        if self.locked:
            return
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.dialog = UnlockDialog(self.register, self.actor)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.sign_out_requested.connect(self._sign_out)
        self.dialog.show()  # first, so that the application never has no window shown
        self._hidden = shown
        for widget in shown:
            widget.hide()

    @Slot()
    def _unlock(self) -> None:
        self._close_dialog()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.timer.start()

    @Slot()
    def _sign_out(self) -> None:
        self._close_dialog()
        self._hidden = []
        self.sign_out_requested.emit()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        self._close_dialog()


class UnlockDialog(QDialog):
    """The signed-in account's password, or sign out; closing it is not a way round."""

    sign_out_requested = Signal()

    def __init__(self, register: OpenedRegister, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.actor = actor
        self.setWindowTitle(self.tr("Detention Register is locked"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        intro = QLabel(tr_args(self.tr("The station was left idle and has been locked. %1, enter your password to "
                                       "continue where you left off."), actor.full_name or actor.username), self)
        intro.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Password"), self.password_edit)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_out_button = QPushButton(self.tr("Sign &out"), self)
        self.buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self.try_unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()

    @Slot()
    def try_unlock(self) -> None:
        try:
            authenticate(self.register, self.actor.username, self.password_edit.text())
        except SignInRefused as refusal:
            self.message_label.setText(translate_sentence(refusal))
            self.message_label.show()
            self.password_edit.clear()
            return
        self.accept()

    def reject(self) -> None:
        """Escape does not unlock."""
