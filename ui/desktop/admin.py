"""The administrator's accounts screen: who may use the register, with which role and at which facilities.

Lists every account (accounts are never deleted, so disabled ones too) and creates, disables, enables,
resets passwords and changes roles and facilities through the accounts service, which checks the
administrator's right and chains every change. A refusal is shown in the dialog, in the user's language.
"""
from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimeZone, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from register.access import ROLES, AccessDenied
from register.accounts import Account, AccountError
from register.domain import Facility
from register.service import Services
from ui.desktop.messages import translate_sentence
from ui.desktop.tables import Column, RowsTableModel, name_table
from ui.desktop.texts import Retranslating, tr_args

ROLE_LABELS = {
    "duty_officer": QT_TRANSLATE_NOOP("AccountsView", "Duty officer"),
    "investigator": QT_TRANSLATE_NOOP("AccountsView", "Investigator"),
    "medical": QT_TRANSLATE_NOOP("AccountsView", "Medical staff"),
    "prosecutor": QT_TRANSLATE_NOOP("AccountsView", "Prosecutor"),
    "monitor": QT_TRANSLATE_NOOP("AccountsView", "Monitor"),
    "registrar": QT_TRANSLATE_NOOP("AccountsView", "Registrar (imports)"),
    "admin": QT_TRANSLATE_NOOP("AccountsView", "Administrator"),
}

ALL_FACILITIES = QT_TRANSLATE_NOOP("AccountsView", "all facilities")
NEVER = QT_TRANSLATE_NOOP("AccountsView", "never")
DISABLED = QT_TRANSLATE_NOOP("AccountsView", "disabled")
ENABLED = QT_TRANSLATE_NOOP("AccountsView", "enabled")
MUST_CHANGE = QT_TRANSLATE_NOOP("AccountsView", ", must change password")


def role_label(role: str) -> str:
    return QCoreApplication.translate("AccountsView", ROLE_LABELS.get(role, role))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsView", text)


class AccountsModel(RowsTableModel):
    """The accounts as plain rows, in username order; facilities by name."""

    CONTEXT = "AccountsView"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("AccountsView", "Username")),
               Column(QT_TRANSLATE_NOOP("AccountsView", "Full name")),
               Column(QT_TRANSLATE_NOOP("AccountsView", "Role")),
               Column(QT_TRANSLATE_NOOP("AccountsView", "Facilities")),
               Column(QT_TRANSLATE_NOOP("AccountsView", "State")),
               Column(QT_TRANSLATE_NOOP("AccountsView", "Last sign-in")))

    def __init__(self, parent: QWidget | None = None):
        super().__init__((), parent)
        self.facility_names: dict[str, str] = {}

    @property
    def rows(self) -> list[Account]:
        return self._rows

    def replace(self, rows: list[Account], facility_names: dict[str, str]) -> None:
        self.facility_names = facility_names
        self.set_rows(rows)

    def cell(self, account: Account, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return account.username
        if column == 1:
            return account.full_name
        if column == 2:
            return role_label(account.role)
        if column == 3:
            return ", ".join(self.facility_names.get(f, f) for f in account.facilities) or _tr(ALL_FACILITIES)
        if column == 4:
            return account_state(account)
        if account.last_sign_in_at is None:
            return _tr(NEVER)
        moment = QDateTime.fromSecsSinceEpoch(int(account.last_sign_in_at.timestamp()), QTimeZone.systemTimeZone())
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def account_state(account: Account) -> str:
    state = _tr(DISABLED) if account.disabled else _tr(ENABLED)
    if account.must_change_password:
        state += _tr(MUST_CHANGE)
    return state


class AccountsView(Retranslating, QWidget):
    """The accounts tab of an administrator's window."""

    changed = Signal()

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.new_button, self.edit_button, self.reset_button, self.disable_button, self.enable_button = (
            QPushButton(self) for _ in range(5))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.reset_button, self.disable_button, self.enable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.new_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(lambda: self._set_enabled(False))
        self.enable_button.clicked.connect(lambda: self._set_enabled(True))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Accounts are never deleted: disable the account of someone who leaves. Every "
                                   "change is recorded in the register's chain."))
        self.new_button.setText(self.tr("&New account…"))
        name_table(self.table, self.tr("Accounts"))
        self.edit_button.setText(self.tr("Change r&ole and facilities…"))
        self.reset_button.setText(self.tr("Reset &password…"))
        self.disable_button.setText(self.tr("&Disable"))
        self.enable_button.setText(self.tr("&Enable"))
        self.model.retranslate()

    @Slot()
    def refresh(self) -> None:
        selected = self.selected()
        try:
            self.model.replace(self.service.accounts.accounts(), {f.id: f.name for f in self.facilities()})
        except AccessDenied as denial:
            self._show_message(translate_sentence(denial))
            return
        if selected is not None:
            self.select(selected.username)
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, account in enumerate(self.model.rows):
            if account.username == username:
                self.table.selectRow(row)
                return

    @Slot()
    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.reset_button):
            button.setEnabled(account is not None)
        self.disable_button.setEnabled(account is not None and not account.disabled)
        self.enable_button.setEnabled(account is not None and account.disabled)

    def facilities(self) -> list[Facility]:
        return self.service.board.facilities()

    @Slot()
    def new_account(self) -> AccountDialog:
        return self._opened(AccountDialog(self.service, self.facilities(), None, self))

    @Slot()
    def edit_account(self) -> AccountDialog | None:
        account = self.selected()
        if account is None:
            return None
        return self._opened(AccountDialog(self.service, self.facilities(), account, self))

    @Slot()
    def reset_password(self) -> ResetPasswordDialog | None:
        account = self.selected()
        if account is None:
            return None
        return self._opened(ResetPasswordDialog(self.service, account.username, self))

    def _opened(self, dialog: AccountDialog | ResetPasswordDialog) -> AccountDialog | ResetPasswordDialog:
        """`dialog` open over the screen (not blocking it), deleted when closed; what it saves refreshes the list."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_change)
        dialog.open()
        return dialog

    def _set_enabled(self, enabled: bool) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            if enabled:
                self.service.accounts.enable(account.username)
            else:
                self.service.accounts.disable(account.username)
        except (AccountError, AccessDenied) as refusal:
            self._show_message(translate_sentence(refusal))
            return
        self._after_change(account.username)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    @Slot(str)
    def _after_change(self, username: str) -> None:
        self._show_message("")
        self.refresh()
        self.select(username)
        self.changed.emit()


class FacilityChecklist(QListWidget):
    """The facilities an account works for; none ticked means every facility."""

    def __init__(self, facilities: list[Facility], chosen: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        for facility in facilities:
            item = QListWidgetItem(f"{facility.name} ({facility.id})", self)
            item.setData(Qt.ItemDataRole.UserRole, facility.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if facility.id in chosen else Qt.CheckState.Unchecked)
        self.setMaximumHeight(140)

    def chosen(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, facility_ids: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in facility_ids
                               else Qt.CheckState.Unchecked)


class AccountDialog(QDialog):
    """A new account (with its first password), or another role, name and facilities for an existing one."""

    saved = Signal(str)

    def __init__(self, service: Services, facilities: list[Facility], account: Account | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.account = account
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(64)
        self.full_name_edit = QLineEdit(self)
        self.role_box = QComboBox(self)
        for role in ROLES:
            self.role_box.addItem(role_label(role), role)
        self.facility_list = FacilityChecklist(facilities, account.facilities if account else (), self)
        self.facility_hint = QLabel(self.tr("None ticked: every facility (prosecutors and monitors of the whole "
                                            "country)."), self)
        self.facility_hint.setWordWrap(True)
        self.password_edit, self.repeat_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username_edit)
        form.addRow(self.tr("&Full name"), self.full_name_edit)
        form.addRow(self.tr("&Role"), self.role_box)
        form.addRow(self.tr("Faci&lities"), self.facility_list)
        form.addRow("", self.facility_hint)
        if account is None:
            form.addRow(self.tr("&Password"), self.password_edit)
            form.addRow(self.tr("Re&peat password"), self.repeat_edit)
        else:
            self.password_edit.hide()
            self.repeat_edit.hide()
            self.username_edit.setText(account.username)
            self.username_edit.setReadOnly(True)
            self.full_name_edit.setText(account.full_name)
            self.role_box.setCurrentIndex(self.role_box.findData(account.role))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New account") if account is None
                            else tr_args(self.tr("Account %1"), account.username))
        self.message.hide()

    @Slot()
    def submit(self) -> None:
        username = self.username_edit.text().strip()
        full_name, role = self.full_name_edit.text().strip(), self.role_box.currentData()
        try:
            if self.account is None:
                if self.password_edit.text() != self.repeat_edit.text():
                    self._show(self.tr("The password and its repetition differ."))
                    return
                self.service.accounts.create_account(username, full_name, role, self.password_edit.text(),
                                                     self.facility_list.chosen())
            else:
                self.service.accounts.update_account(username, full_name=full_name, role=role,
                                                     facilities=self.facility_list.chosen())
        except (AccountError, AccessDenied) as refusal:
            self._show(translate_sentence(refusal))
            return
        self.saved.emit(username)
        self.accept()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class ResetPasswordDialog(QDialog):
    """A new password for someone who forgot theirs; they must change it at their next sign-in."""

    saved = Signal(str)

    def __init__(self, service: Services, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.username = username
        self.setWindowTitle(tr_args(self.tr("Reset the password of %1"), username))
        note = QLabel(tr_args(self.tr("Give the new password to %1 in person. It must be changed at the next "
                                      "sign-in."), username), self)
        note.setWordWrap(True)
        self.password_edit, self.repeat_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&New password"), self.password_edit)
        form.addRow(self.tr("Re&peat password"), self.repeat_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def submit(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.message.setText(self.tr("The password and its repetition differ."))
            self.message.show()
            return
        try:
            self.service.accounts.set_password(self.username, self.password_edit.text())
        except (AccountError, AccessDenied) as refusal:
            self.message.setText(translate_sentence(refusal))
            self.message.show()
            return
        self.saved.emit(self.username)
        self.accept()
