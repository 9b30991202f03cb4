"""The alert inbox: the prosecutor's work list of breached clocks and fired indicators.

The register decides what is an alert and what may be done with it
(`register.alerts`); this screen lists, filters and highlights them, and asks
for the comment, addressee or reference an action needs in small non-modal dialogs.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QT_TRANSLATE_NOOP, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from printing.case_file import write_case_file
from register.access import AccessDenied, Permission
from register.alert_changes import alert_changes
from register.alerts import (ACKNOWLEDGE, ASSIGN, CLOSE, CLOSED, ESCALATE, NOTE, REFER, REOPEN, STATES, Alert,
                             AlertAction, AlertError, AlertFilter, state_of)
from register.allegations import INFOS as ALLEGATION_INFOS
from register.domain import ClockStatus
from register.legal_basis import basis_of
from register.service import Services
from register.timeutil import format_local
from ui.desktop.background import BackgroundOp, describe
from ui.desktop.clock_chips import format_span, rule_short_title, short_title
from ui.desktop.i18n import current_language
from ui.desktop.messages import translate_message
from ui.desktop.saving import save_file
from ui.desktop.settings import Settings
from ui.desktop.tables import Column, HistoryModel, RowsTableModel, name_table
from ui.desktop.text_dialog import TextDialog
from ui.desktop.texts import Retranslating, tr_args

REFRESH_MS = 60_000
KeyRole = Qt.ItemDataRole.UserRole + 1
# Readable on light and dark palettes alike: the text colour is set with the background.
OVERDUE_BACKGROUND, OVERDUE_FOREGROUND = QColor("#ffe0b2"), QColor("#000000")

STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("AlertInbox", "open"),
    "acknowledged": QT_TRANSLATE_NOOP("AlertInbox", "acknowledged"),
    "referred": QT_TRANSLATE_NOOP("AlertInbox", "referred"),
    "closed": QT_TRANSLATE_NOOP("AlertInbox", "closed"),
}
ACTION_NAMES = {
    ACKNOWLEDGE: QT_TRANSLATE_NOOP("AlertInbox", "acknowledged"),
    REFER: QT_TRANSLATE_NOOP("AlertInbox", "referred"),
    CLOSE: QT_TRANSLATE_NOOP("AlertInbox", "closed"),
    REOPEN: QT_TRANSLATE_NOOP("AlertInbox", "reopened: the breach goes on"),
    ESCALATE: QT_TRANSLATE_NOOP("AlertInbox", "escalated: review deadline passed"),
    ASSIGN: QT_TRANSLATE_NOOP("AlertInbox", "assigned"),
    NOTE: QT_TRANSLATE_NOOP("AlertInbox", "note"),
}


class AlertTableModel(RowsTableModel):
    """One row per alert, in the order the register gives (breaches first, newest first)."""

    STATE, RULE, PROBLEM, HELD, PERSON, CUSTODY, FACILITY, OFFICERS, OPENED, AGE, FLAGS, ASSIGNEE, REVIEW = range(13)
    CONTEXT = "AlertTableModel"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("AlertTableModel", "State")), Column(QT_TRANSLATE_NOOP("AlertTableModel", "Rule")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Problem"), live=True),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Held")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Person")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Custody")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Facility")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Recorded by")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Became a problem")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Open for"), live=True),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Minor / foreign")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Assigned to")),
               Column(QT_TRANSLATE_NOOP("AlertTableModel", "Review by"), live=True))

    def __init__(self, parent: QWidget | None = None):
        super().__init__((), parent)
        self._now: datetime | None = None

    def set_alerts(self, alerts: list[Alert], now: datetime) -> None:
        self._now = now
        self.set_rows(alerts)

    def alert(self, row: int) -> Alert:
        return self.row_at(row)

    def row_of(self, key: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.key == key), None)

    def cell(self, alert: Alert, column: int, role: int):
        overdue = self._now is not None and alert.overdue_unacknowledged(self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(alert, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lang = current_language()
            lines = [alert.clock.title(lang), basis_of(alert.clock, lang), translate_message(alert.clock.details or "")]
            if overdue:
                minutes = int(alert.acknowledge_within.total_seconds() // 60)
                lines.append(tr_args(self.tr("Nobody has acknowledged it within %1 min."), minutes))
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and overdue:  # the colour's meaning, spoken
            return tr_args(self.tr("Nobody has acknowledged it within %1 min."),
                           int(alert.acknowledge_within.total_seconds() // 60))
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return OVERDUE_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and overdue and column == self.STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == KeyRole:
            return alert.key
        return None

    def _text(self, alert: Alert, column: int) -> str:
        if column == self.STATE:
            state = QCoreApplication.translate("AlertInbox", STATE_NAMES[alert.state])
            if self._now is not None and alert.overdue_unacknowledged(self._now):  # said, not only coloured
                return tr_args(self.tr("⚠ %1, not acknowledged in time"), state)
            return state
        if column == self.RULE:
            return short_title(alert.clock)
        if column == self.PROBLEM:
            return self._problem(alert)
        if column == self.HELD:
            return self.tr("held") if alert.held else self.tr("released")
        if column == self.ASSIGNEE:
            return alert.assignee or ""
        if column == self.REVIEW:
            due = format_local(alert.review_due, alert.timezone)
            if self._now is not None and alert.deadline_passed(self._now):
                return tr_args(self.tr("⚠ escalated (due %1)"), due)
            return due
        if column == self.PERSON:
            return alert.person_name
        if column == self.CUSTODY:
            return alert.custody_id
        if column == self.FACILITY:
            return alert.facility_name or self.tr("not delivered")
        if column == self.OFFICERS:
            return ", ".join(alert.officers)
        if column == self.OPENED:
            return format_local(alert.opened_at, alert.timezone)
        if column == self.AGE:
            return format_span((self._now - alert.opened_at).total_seconds()) if self._now else ""
        flags = ([self.tr("minor")] if alert.is_minor else []) + ([self.tr("foreign")] if alert.is_foreign_national
                                                                  else [])
        return ", ".join(flags)


    def _problem(self, alert: Alert) -> str:
        clock = alert.clock
        overdue = format_span(clock.overdue_minutes * 60)
        if clock.status == ClockStatus.LATE:
            return tr_args(self.tr("met late by %1"), overdue)
        if clock.rule in ALLEGATION_INFOS:
            return self.tr("allegation of ill-treatment: to investigate")
        if clock.status == ClockStatus.FLAGGED:
            return self.tr("indicator")
        if alert.ongoing:
            return tr_args(self.tr("breached, still going on: %1"), overdue)
        return tr_args(self.tr("breached, ended: %1"), overdue)


class AlertHistoryModel(HistoryModel):
    """What has been done about the selected alert, oldest first."""

    CONTEXT = "AlertHistoryModel"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("AlertHistoryModel", "When")),
               Column(QT_TRANSLATE_NOOP("AlertHistoryModel", "Action")),
               Column(QT_TRANSLATE_NOOP("AlertHistoryModel", "By")),
               Column(QT_TRANSLATE_NOOP("AlertHistoryModel", "Comment")),
               Column(QT_TRANSLATE_NOOP("AlertHistoryModel", "Referred to")),
               Column(QT_TRANSLATE_NOOP("AlertHistoryModel", "Reference")))

    def cell(self, action: AlertAction, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (format_local(action.at, self._timezone), QCoreApplication.translate("AlertInbox",
                                                                                    ACTION_NAMES[action.action]),
                action.by, action.comment or "", action.referred_to or "", action.reference or "")[column]


class ReferDialog(QDialog):
    """Asks to whom the alert goes and under which reference; both are required."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refer the alert"))
        self.to_edit = QLineEdit()
        self.reference_edit = QLineEdit()
        self.comment_edit = QPlainTextEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&To whom:"), self.to_edit)
        form.addRow(self.tr("&Reference:"), self.reference_edit)
        form.addRow(self.tr("&Comment:"), self.comment_edit)
        form.addRow(self.buttons)
        self.to_edit.textChanged.connect(self._update_ok)
        self.reference_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = bool(self.to_edit.text().strip() and self.reference_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class AssignDialog(QDialog):
    """Asks which prosecutor takes the alert and which supervising prosecutor its review deadline escalates to."""

    def __init__(self, prosecutors: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.prosecutor_box = QComboBox()
        self.supervisor_box = QComboBox()
        self.supervisor_box.addItem(self.tr("(none)"), None)
        for username, full_name in prosecutors:
            self.prosecutor_box.addItem(tr_args(self.tr("%1 (%2)"), full_name, username), username)
            self.supervisor_box.addItem(tr_args(self.tr("%1 (%2)"), full_name, username), username)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Prosecutor:"), self.prosecutor_box)
        form.addRow(self.tr("&Supervising prosecutor:"), self.supervisor_box)
        form.addRow(self.buttons)


@dataclass(frozen=True)
class _Listing:
    """What one refresh brought: the service's alerts for the filter as the user set it (`choices`), and how many
    alerts are in each state whatever the filter."""
    choices: tuple
    alerts: list[Alert]
    counts: dict[str, int]


class AlertInbox(Retranslating, QWidget):
    """Every alert the user may see, filtered by the register, with acknowledge / refer / close and the alert's
    history."""

    count_changed = Signal(int)  # alerts not yet closed, whatever the filters: the status bar's count
    open_custody = Signal(str, str)  # custody id, rule id
    refreshed = Signal()  # a refresh has come back from the thread pool and is shown

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._alerts = service.alerts
        self._rules = {**service.rule_infos(), **ALLEGATION_INFOS}  # names for the rule filter
        self._acknowledge_within = timedelta(minutes=Settings().acknowledge_within_minutes)
        self._shown: list[Alert] = []  # the service's answer to the filter, as amended by the user's actions
        self._counts: dict[str, int] | None = None  # alerts in each state, whatever the filter (None: not yet read)
        self.dialog: QDialog | None = None  # the action dialog now open, if any
        self.case_file_op: BackgroundOp | None = None  # the case file being written, if any
        self.refreshing = False
        self._refresh_again = False  # asked for while a refresh was under way, or the register changed meanwhile

        self.facility_box = QComboBox()
        self.rule_box = QComboBox()
        self.age_box = QSpinBox()
        self.age_box.setRange(0, 24 * 365)
        self.minors_box = QCheckBox()
        self.foreign_box = QCheckBox()
        self.closed_box = QCheckBox()
        self.assignee_box = QComboBox()
        self.state_box = QComboBox()
        self.deadline_box = QCheckBox()
        self.assignee_label, self.state_label = QLabel(), QLabel()
        self.assignee_label.setBuddy(self.assignee_box)
        self.state_label.setBuddy(self.state_box)
        self.refresh_button = QPushButton()
        self.changes_label = QLabel()  # what the last refresh changed
        self._last_listing: _Listing | None = None  # what the last refresh brought
        self.facility_label, self.rule_label, self.age_label = QLabel(), QLabel(), QLabel()
        for label, buddy in ((self.facility_label, self.facility_box), (self.rule_label, self.rule_box),
                             (self.age_label, self.age_box)):
            label.setBuddy(buddy)
        choices = QHBoxLayout()  # two rows, so the Kazakh and Russian labels fit a laptop screen
        for widget in (self.facility_label, self.facility_box, self.rule_label, self.rule_box):
            choices.addWidget(widget)
        choices.addStretch(1)
        choices.addWidget(self.changes_label)
        choices.addWidget(self.refresh_button)
        narrowing = QHBoxLayout()
        for widget in (self.age_label, self.age_box, self.minors_box, self.foreign_box, self.closed_box):
            narrowing.addWidget(widget)
        narrowing.addStretch(1)
        work = QHBoxLayout()
        for widget in (self.assignee_label, self.assignee_box, self.state_label, self.state_box, self.deadline_box):
            work.addWidget(widget)
        work.addStretch(1)

        self.model = AlertTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (AlertTableModel.PERSON, AlertTableModel.FACILITY):  # long names give way, elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.history_model = AlertHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history_label = QLabel()
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.acknowledge_button = QPushButton()
        self.refer_button = QPushButton()
        self.close_button = QPushButton()
        self.assign_button = QPushButton()
        self.note_button = QPushButton()
        self.case_file_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.acknowledge_button)
        actions.addWidget(self.refer_button)
        actions.addWidget(self.close_button)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.note_button)
        actions.addWidget(self.case_file_button)
        actions.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(narrowing)
        layout.addLayout(work)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._fill_filter_choices()
        self.retranslate()
        for box in (self.facility_box, self.rule_box, self.assignee_box, self.state_box):
            box.currentIndexChanged.connect(self.refresh)
        self.age_box.valueChanged.connect(self.refresh)
        for box in (self.minors_box, self.foreign_box, self.closed_box, self.deadline_box):
            box.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._double_clicked)  # Enter, and a double click
        self.acknowledge_button.clicked.connect(self.ask_acknowledge)
        self.refer_button.clicked.connect(self.ask_refer)
        self.close_button.clicked.connect(self.ask_close)
        self.assign_button.clicked.connect(self.ask_assign)
        self.note_button.clicked.connect(self.ask_note)
        self.case_file_button.clicked.connect(self.save_case_file)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    # ------------------------------------------------------------ texts

    def retranslate(self) -> None:
        self.facility_label.setText(self.tr("Facilit&y:"))
        self.rule_label.setText(self.tr("R&ule:"))
        name_table(self.table, self.tr("Alerts"))
        name_table(self.history, self.tr("History of the selected alert"))
        self.age_label.setText(self.tr("Opened more than:"))
        self.age_box.setSuffix(self.tr(" h ago"))
        any_time = self.tr("any time")
        self.age_box.setSpecialValueText(any_time)
        # Qt sizes a spin box by its numbers: "кез келген уақытта" was cut; its words and the arrows fit
        self.age_box.setMinimumWidth(self.age_box.fontMetrics().horizontalAdvance(any_time) + 48)
        self.minors_box.setText(self.tr("&Minors"))
        self.foreign_box.setText(self.tr("F&oreign nationals"))
        self.closed_box.setText(self.tr("Show c&losed"))
        self.refresh_button.setText(self.tr("R&efresh"))
        self.acknowledge_button.setText(self.tr("&Acknowledge…"))
        self.refer_button.setText(self.tr("Re&fer…"))
        self.close_button.setText(self.tr("&Close…"))
        self.assign_button.setText(self.tr("A&ssign…"))
        self.note_button.setText(self.tr("&Note…"))
        self.case_file_button.setText(self.tr("Case f&ile…"))
        self.case_file_button.setToolTip(self.tr("Save the custody's timeline, verifiable export, alert history "
                                                 "and complaints as one archive to hand over"))
        self.assignee_label.setText(self.tr("Assi&gned to:"))
        self.state_label.setText(self.tr("S&tate:"))
        self.deadline_box.setText(self.tr("Review &deadline passed"))
        self.assignee_box.setItemText(0, self.tr("Anyone"))
        self.state_box.setItemText(0, self.tr("Any state"))
        self._name_states()
        self.history_label.setText(self.tr("History of the selected alert"))
        self.facility_box.setItemText(0, self.tr("All facilities"))
        self.rule_box.setItemText(0, self.tr("All rules"))
        for i in range(1, self.rule_box.count()):
            self.rule_box.setItemText(i, rule_short_title(self.rule_box.itemData(i), self._rules))
        self._fill()  # the rows' texts are in the language too

    def _fill_filter_choices(self) -> None:
        self.facility_box.addItem("", None)
        for facility in self._service.board.facilities():
            self.facility_box.addItem(facility.name, facility.id)
        self.rule_box.addItem("", None)
        for rule_id in (*self._service.profile.rule_ids(), *ALLEGATION_INFOS):
            self.rule_box.addItem(rule_short_title(rule_id, self._rules), rule_id)
        self._prosecutors = self._alerts.prosecutors()
        self.assignee_box.addItem("", None)
        for username, full_name in self._prosecutors:
            self.assignee_box.addItem(tr_args(self.tr("%1 (%2)"), full_name, username), username)
        self.state_box.addItem("", None)
        for state in STATES:
            self.state_box.addItem(state, state)

    # ------------------------------------------------------------ listing

    def _name_states(self) -> None:
        """Each state of the state filter with how many alerts are in it, whatever the filters (the register's
        count)."""
        for i in range(1, self.state_box.count()):
            state = self.state_box.itemData(i)
            name = QCoreApplication.translate("AlertInbox", STATE_NAMES[state])
            self.state_box.setItemText(i, name if self._counts is None else tr_args(self.tr("%1 (%2)"), name,
                                                                                    self._counts[state]))

    @Slot()
    def refresh(self) -> None:
        """Ask the register for the alerts the filter asks for, away from the GUI thread: on a national register
        that means judging thousands of custodies. The list is replaced when the answer comes (`refreshed`);
        asked for while one is under way (a timer, a filter changed), another follows it."""
        if self.refreshing:
            self._refresh_again = True
            return
        self.refreshing = True
        alerts, choices = self._alerts, self._choices()
        options = {**asdict(self.current_filter()), "acknowledge_within": self._acknowledge_within}
        BackgroundOp(self, lambda job: _Listing(choices, alerts.alerts(**options), alerts.counts()),
                     title=self.tr("Refresh the alerts"), success=self._listed, failure=self._failed).run()

    def _listed(self, listing: _Listing) -> None:
        self.refreshing = False
        if self._refresh_again:  # asked before a later change or for another filter: ask again rather than show it
            self._refresh_again = False
            self.refresh()
            return
        self._say_changes(listing)
        self._show(listing.alerts, listing.counts)
        self.refreshed.emit()

    def _say_changes(self, listing: _Listing) -> None:
        """What this refresh brought that the last one did not (new alerts, gone ones, moved ones), when both
        answered the same filter: a filter changed is another list, not a change of the register."""
        last = self._last_listing
        if last is not None and last.choices == listing.choices:
            changed = alert_changes(last.alerts, listing.alerts)
            self.changes_label.setText(tr_args(
                self.tr("Since the last refresh: %1 new, %2 no longer a problem, %3 changed"),
                len(changed.new), len(changed.resolved), len(changed.moved)) if changed else
                self.tr("Nothing changed since the last refresh"))
        elif last is not None:
            self.changes_label.clear()
        self._last_listing = listing

    def _failed(self, error: BaseException) -> None:
        self.refreshing = False
        self._refresh_again = False
        self.message.setText(describe(error, self))
        self.refreshed.emit()

    def _show(self, alerts: list[Alert], counts: dict[str, int]) -> None:
        """Replace the list and the counts, and tell the status bar how many alerts are not closed."""
        self._shown, self._counts = alerts, counts
        self.count_changed.emit(sum(n for state, n in counts.items() if state != CLOSED))
        self._name_states()
        self._fill()

    def _choices(self) -> tuple:
        """The filter as the user set it (an age in hours, not the instant it gives now): what two refreshes must
        share for one to say what changed since the other."""
        return (self.facility_box.currentData(), self.rule_box.currentData(), self.age_box.value(),
                self.minors_box.isChecked(), self.foreign_box.isChecked(), self.closed_box.isChecked(),
                self.assignee_box.currentData(), self.state_box.currentData(), self.deadline_box.isChecked())

    def current_filter(self) -> AlertFilter:
        hours = self.age_box.value()
        return AlertFilter(facility_id=self.facility_box.currentData(), rule=self.rule_box.currentData(),
                           minors_only=self.minors_box.isChecked(), foreign_only=self.foreign_box.isChecked(),
                           include_closed=self.closed_box.isChecked(),
                           opened_before=self._service.now() - timedelta(hours=hours) if hours else None,
                           assignee=self.assignee_box.currentData(), state=self.state_box.currentData(),
                           deadline_passed_at=self._service.now() if self.deadline_box.isChecked() else None)

    def _fill(self) -> None:
        """Show the list, keeping the selected alert selected where it is still listed."""
        selected = self.selected_alert()
        self.model.set_alerts(self._shown, self._service.now())
        row = self.model.row_of(selected.key) if selected else None
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._selection_changed()

    def selected_alert(self) -> Alert | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.alert(rows[0].row()) if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        alert = self.selected_alert()
        self.history_model.set_history(alert.history if alert else (), alert.timezone if alert else "UTC")
        actionable = alert is not None and alert.state != CLOSED and self._service.actor.may(
            Permission.REVIEW_ALERTS)
        for button in (self.acknowledge_button, self.refer_button, self.close_button, self.assign_button):
            button.setEnabled(actionable)
        self.note_button.setEnabled(alert is not None and self._service.actor.may(Permission.REVIEW_ALERTS))
        self.case_file_button.setEnabled(alert is not None and bool(alert.custody_id)
                                         and self._service.actor.may(Permission.EXPORT))

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        alert = self.model.alert(index.row())
        self.open_custody.emit(alert.custody_id, alert.rule)

    # ------------------------------------------------------------ actions

    @Slot()
    def ask_acknowledge(self) -> None:
        dialog = TextDialog(self.tr("Acknowledge the alert"), self.tr("Comment (optional):"), False, self)
        self._open(dialog, lambda key: self._alerts.acknowledge(key, dialog.text()))

    @Slot()
    def ask_refer(self) -> None:
        dialog = ReferDialog(self)
        self._open(dialog, lambda key: self._alerts.refer(key, dialog.to_edit.text(), dialog.reference_edit.text(),
                                                          dialog.comment_edit.toPlainText()))

    @Slot()
    def ask_close(self) -> None:
        dialog = TextDialog(self.tr("Close the alert"), self.tr("Why is the alert closed? (required)"), True,
                               self)
        self._open(dialog, lambda key: self._alerts.close(key, dialog.text()))

    @Slot()
    def ask_assign(self) -> None:
        dialog = AssignDialog(self._prosecutors, self)
        dialog.setWindowTitle(self.tr("Assign the alert"))
        self._open(dialog, lambda key: self._alerts.assign(key, dialog.prosecutor_box.currentData(),
                                                           dialog.supervisor_box.currentData()))

    @Slot()
    def ask_note(self) -> None:
        dialog = TextDialog(self.tr("Note on the alert"), self.tr("Note:"), True, self)
        self._open(dialog, lambda key: self._alerts.note(key, dialog.text()))

    @Slot()
    def save_case_file(self) -> BackgroundOp | None:
        """The selected alert's custody as one archive: timeline PDF, export, alert history, complaints."""
        alert = self.selected_alert()
        if alert is None or not alert.custody_id:
            return None
        service, custody, lang = self._service, alert.custody_id, current_language()
        self.case_file_op = save_file(
            self, tr_args(self.tr("Case file of custody %1"), custody), f"case-file-{custody}.zip",
            self.tr("Zip archives (*.zip)"),
            lambda path: write_case_file(service, custody, path, lang, as_zip=True, replace_zip=True),
            lambda path: self.message.setText(tr_args(self.tr("Case file saved to %1"), path)))
        return self.case_file_op

    def _open(self, dialog: QDialog, act) -> None:
        """Open the dialog without blocking; on OK, act on the alert selected when it was opened, which its
        title names."""
        alert = self.selected_alert()
        if alert is None:
            return
        dialog.setWindowTitle(tr_args(self.tr("%1: %2, %3 (%4)"), dialog.windowTitle(), short_title(alert.clock),
                                      alert.person_name, alert.custody_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._act(act, alert.key))
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _dialog_finished(self) -> None:
        self.dialog = None

    def _act(self, act, key: str) -> None:
        try:
            act(key)
        except (AlertError, AccessDenied) as refused:
            self.message.setText(translate_message(refused))
            return
        self.message.clear()
        self._update_alert(key)
        if self.refreshing:  # the refresh under way may have read the register before this action
            self._refresh_again = True

    def _update_alert(self, key: str) -> None:
        """After an action only that alert's history has changed: read it again rather than judge the whole
        register again (half a minute on a national register). The alert moves from its state's count to its
        new state's, and leaves the list if the filter no longer takes it, as the register would decide."""
        history = self._alerts.history(key)
        acted = next(a for a in self._shown if a.key == key)
        now = replace(acted, history=history, state=state_of(history))
        counts = {**self._counts, acted.state: self._counts[acted.state] - 1}
        counts[now.state] += 1
        wanted = self.current_filter()
        self._show([now if a.key == key else a for a in self._shown if a.key != key or wanted.matches(now)], counts)
