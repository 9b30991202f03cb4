"""The signed-in user's own commands: change my password, lock the station, sign out; and the idle lock.

The window asks here, before each refresh, whether the account may still act: an account disabled by the
administrator while its window is open is told so and signed out (the services refuse it anyway,
register.sessions), instead of showing empty screens.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from register.access import Actor
from register.service import OpenedRegister
from register.sessions import AccountSignedOut, current_actor
from ui.desktop.account_dialogs import ask_password_change
from ui.desktop.idle_lock import IdleLock
from ui.desktop.messages import translate_sentence
from ui.desktop.settings import Settings


class SessionControls(QObject):
    """The actions of the user's own session, for the window's menu; `sign_out_requested` ends the session."""

    sign_out_requested = Signal()

    def __init__(self, register: OpenedRegister, actor: Actor, settings: Settings, window: QWidget):
        super().__init__(window)
        self.register = register
        self.actor = actor
        self.window = window
        self.change_password_action = QAction(window)
        self.change_password_action.triggered.connect(self.change_password)
        self.change_password_action.setVisible(actor.signed_in)
        self.lock_action = QAction(window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setVisible(actor.signed_in)
        self.sign_out_action = QAction(window)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.idle_lock = IdleLock(register, actor, settings.lock_after_minutes, self) if actor.signed_in else None
        if self.idle_lock is not None:
            self.lock_action.triggered.connect(self.idle_lock.lock)
            self.idle_lock.sign_out_requested.connect(self.sign_out_requested)
        self.retranslate()

    def actions(self) -> tuple[QAction, ...]:
        return self.change_password_action, self.lock_action, self.sign_out_action

    def retranslate(self) -> None:
        self.change_password_action.setText(self.tr("C&hange my password…"))
        self.lock_action.setText(self.tr("&Lock the station"))
        self.sign_out_action.setText(self.tr("Sign &out"))

    @Slot()
    def change_password(self) -> bool:
        return ask_password_change(self.register, self.actor, self.window)

    def account_valid(self) -> bool:
        """True while the account may act; otherwise says why and asks for the session to end."""
        try:
            current_actor(self.register.engine, self.actor)
        except AccountSignedOut as ended:
            box = QMessageBox(QMessageBox.Icon.Warning, self.window.windowTitle(), translate_sentence(ended),
                              QMessageBox.StandardButton.Ok, self.window)
            box.finished.connect(self.sign_out_requested)
            box.open()
            return False
        return True

    def stop(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.stop()
