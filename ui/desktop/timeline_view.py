"""One custody in detail: the person, the legal clocks, the time axis and every event as recorded.

Events are listed as recorded, in time order: a corrected event shows its
corrected values with the originals beside them, the correction itself has its
own row, and an entry made long after the event is marked late.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from printing.event_text import EventWords
from printing.labels import Labels, rule_title
from register.access import Permission
from register.domain import Event, RuleClock
from register.legal_basis import basis_of
from register.reports import CustodyFacts, custody_facts
from register.risk import safety_facts
from register.service import Services
from register.timeline import CustodyTimeline
from register.timeutil import format_local
from ui.desktop.board import age_unknown_badge
from ui.desktop.clock_chips import BREACH_TEXT, ClockChipStrip, format_span, open_chips
from ui.desktop.correction import CorrectionDialog
from ui.desktop.event_form import EventDialog
from ui.desktop.i18n import current_language
from ui.desktop.markers import marker_texts
from ui.desktop.tables import Column, RowsTableModel, name_table, read_only_table
from ui.desktop.texts import Retranslating, tr_args
from ui.desktop.time_axis import TimeAxis




@dataclass(frozen=True)
class EventLine:
    """One recorded event and how it reads after corrections (the same event when never corrected)."""
    recorded: Event
    current: Event
    facts: CustodyFacts

    @property
    def corrected(self) -> bool:
        return self.recorded.type != "correction" and self.current != self.recorded

    @property
    def late_by(self) -> float | None:
        """Seconds between the event and its entry in the register, when that is late."""
        if not self.facts.entered_late(self.recorded, self.current.at):
            return None
        return (self.recorded.recorded_at - self.current.at).total_seconds()


def event_lines(timeline: CustodyTimeline, facts: CustodyFacts) -> list[EventLine]:
    current = {e.id: e for e in timeline.effective}
    lines = [EventLine(e, current.get(e.id, e), facts) for e in timeline.events]
    return sorted(lines, key=lambda line: (line.current.at, line.recorded.seq or 0))


class EventsModel(RowsTableModel):
    TIME, EVENT, DETAILS, RECORDED = range(4)
    CONTEXT = "TimelineView"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("TimelineView", "Time (local)")), Column(QT_TRANSLATE_NOOP("TimelineView", "Event")),
               Column(QT_TRANSLATE_NOOP("TimelineView", "Details")),
               Column(QT_TRANSLATE_NOOP("TimelineView", "Recorded by, when")))

    def __init__(self, timeline: CustodyTimeline, facts: CustodyFacts, parent=None):
        super().__init__(event_lines(timeline, facts), parent)
        self._timeline = timeline

    def line(self, row: int) -> EventLine:
        return self.row_at(row)

    def cell(self, line: EventLine, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, column)
        if column == self.RECORDED and line.late_by is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(BREACH_TEXT)
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # the red, in words
                return tr_args(QCoreApplication.translate("TimelineView", "LATE ENTRY: recorded %1 after the event"),
                               format_span(line.late_by))
        if role == Qt.ItemDataRole.FontRole and (
                (column == self.EVENT and (line.corrected or line.recorded.type == "correction"))
                or (column == self.RECORDED and line.late_by is not None)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _words(self) -> EventWords:
        return EventWords(Labels(current_language()), self._timeline.timezone, self._timeline.facilities,
                          {e.id: e for e in self._timeline.events})

    def _text(self, line: EventLine, column: int) -> str:
        words = self._words()
        recorded, current = line.recorded, line.current
        if column == self.TIME:
            text = words.time(current.at)
            if current.at != recorded.at:
                text += "\n" + tr_args(QCoreApplication.translate("TimelineView", "originally %1"),
                                        words.time(recorded.at))
            return text
        if column == self.EVENT:
            text = words.labels.event(recorded.type)
            return text + "\n" + QCoreApplication.translate("TimelineView", "CORRECTED") if line.corrected else text
        if column == self.DETAILS:
            return self._details(line, words)
        text = f"{recorded.recorded_by or '—'}, {words.time(recorded.recorded_at)}"
        if line.late_by is not None:
            text += "\n" + tr_args(QCoreApplication.translate("TimelineView", "LATE ENTRY: recorded %1 after the event"),
                                    format_span(line.late_by))
        return text

    def _details(self, line: EventLine, words: EventWords) -> str:
        recorded, current = line.recorded, line.current
        labels = words.labels
        if recorded.type == "correction":
            return "\n".join((
                f"{labels.field('corrects')}: {words.event_ref(recorded.get('corrects'))}",
                f"{labels.field('changes')}: {words.changes(recorded)}",
                f"{labels.field('reason')}: {recorded.get('reason') or '—'}",
            ))
        parts = []
        for name in dict.fromkeys([*recorded.fields, *current.fields]):
            new = words.value(current.type, name, current.get(name))
            old = words.value(recorded.type, name, recorded.get(name))
            text = f"{labels.field(name)}: {new}"
            if new != old:
                text += " " + tr_args(QCoreApplication.translate("TimelineView", "(originally: %1)"), old)
            parts.append(text)
        return "\n".join(parts) or "—"


class ClocksModel(RowsTableModel):
    RULE, STATUS, DUE, MET = range(4)
    CONTEXT = "TimelineView"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("TimelineView", "Rule")), Column(QT_TRANSLATE_NOOP("TimelineView", "Status")),
               Column(QT_TRANSLATE_NOOP("TimelineView", "Due")), Column(QT_TRANSLATE_NOOP("TimelineView", "Met")))

    def __init__(self, clocks: list[RuleClock], service: Services, tz_name: str,
                 highlight_rule: str | None, parent=None):
        super().__init__(sorted(clocks, key=lambda c: (c.trigger_at, c.due_at, c.rule)), parent)
        self._rules = service.rule_infos()
        self._tz_name = tz_name
        self._highlight = highlight_rule

    def clock(self, row: int) -> RuleClock:
        return self.row_at(row)

    def cell(self, clock: RuleClock, column: int, role: int):
        labels = Labels(current_language())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RULE:
                return rule_title(clock.rule, self._rules, labels.lang, clock)
            if column == self.STATUS:
                return labels.value("status", clock.status)
            if column == self.DUE:
                return format_local(clock.due_at, self._tz_name)
            return format_local(clock.met_at, self._tz_name) if clock.met_at else "—"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RULE:
            return basis_of(clock, labels.lang)
        if role == Qt.ItemDataRole.ForegroundRole and clock.is_problem:
            return QBrush(BREACH_TEXT)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and clock.is_problem:  # the red, in words
            return labels.value("status", clock.status)
        if role == Qt.ItemDataRole.FontRole and (clock.rule == self._highlight or clock.is_problem):
            font = QFont()
            font.setBold(True)
            return font
        return None


def _table() -> QTableView:
    table = read_only_table()
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class TimelineView(Retranslating, QWidget):
    """The detail view of one custody; `changed` carries the custody id after an event was recorded here."""

    changed = Signal(str)

    def __init__(self, service: Services, custody_id: str, highlight_rule: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.custody_id = custody_id
        self.highlight_rule = highlight_rule
        self._now = service.now()
        self.timeline: CustodyTimeline | None = None
        self.clocks: list[RuleClock] = []

        self.name = QLabel()
        name_font = self.name.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.5)
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = QLabel()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = ClockChipStrip()
        self.axis = TimeAxis()
        self.events_table = _table()
        self.clocks_table = _table()
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_event)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self.correct_event)

        header = QHBoxLayout()
        header.addWidget(self.name)
        header.addWidget(self.badges)
        header.addStretch(1)
        header.addWidget(self.correct_button)
        header.addWidget(self.record_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.events_table)
        splitter.addWidget(self.clocks_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.facts)
        layout.addWidget(self.chips)
        layout.addWidget(self.axis)
        layout.addWidget(splitter, 1)
        self.record_button.setVisible(self._may_record())
        self.correct_button.setVisible(self._may_record())
        self.load(log=True)

    def _may_record(self) -> bool:
        actor = self.service.actor
        return actor.may(Permission.RECORD_EVENTS) or actor.may(Permission.RECORD_MEDICAL)

    # ------------------------------------------------------------ loading

    def load(self, log: bool = False) -> None:
        """Read the custody again; `log` records the opening in the access log (once, when first shown)."""
        self.timeline = self.service.reports.timeline(self.custody_id, log=log)
        if self.timeline is None:
            self.name.setText(tr_args(self.tr("There is no custody %1 in the register."), self.custody_id))
            return
        self.clocks = self.service.reports.clocks(self.custody_id, self._now)
        self.decided = custody_facts(self.timeline, self.service.profile.law)
        self._set_model(self.events_table, EventsModel(self.timeline, self.decided, self))
        self.events_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()
        clocks = ClocksModel(self.clocks, self.service, self.timeline.timezone, self.highlight_rule, self)
        self._set_model(self.clocks_table, clocks)
        self._size_columns()
        highlighted = next((row for row in range(clocks.rowCount()) if clocks.clock(row).rule == self.highlight_rule),
                           None)
        if highlighted is not None:
            self.clocks_table.selectRow(highlighted)
        self.axis.set_custody(self.timeline, self.clocks, self._now, self.highlight_rule)
        self.retranslate()

    def _size_columns(self) -> None:
        """Times and who-recorded keep their width; details and rule titles take the rest and wrap."""
        char = self.fontMetrics().averageCharWidth()
        events = self.events_table.horizontalHeader()
        events.setStretchLastSection(False)
        events.setSectionResizeMode(EventsModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.events_table.setColumnWidth(EventsModel.TIME, char * 21)
        self.events_table.setColumnWidth(EventsModel.EVENT, char * 18)
        self.events_table.setColumnWidth(EventsModel.RECORDED, char * 26)
        clocks = self.clocks_table.horizontalHeader()
        clocks.setStretchLastSection(False)
        clocks.setSectionResizeMode(ClocksModel.RULE, QHeaderView.ResizeMode.Stretch)
        clocks.setSectionResizeMode(ClocksModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        for column in (ClocksModel.DUE, ClocksModel.MET):  # wraps before the offset: date and time, then (UTC+05:00)
            self.clocks_table.setColumnWidth(column, char * 18)

    @staticmethod
    def _set_model(table: QTableView, model: RowsTableModel) -> None:
        old = table.model()
        table.setModel(model)
        if old is not None:
            old.deleteLater()

    def refresh(self) -> None:
        self.load(log=False)

    def set_now(self, now: datetime) -> None:
        self._now = now
        self.axis.set_now(now)
        if self.timeline is not None:
            self.chips.set_chips(open_chips(self.clocks, now, self.timeline.timezone))

    # ------------------------------------------------------------ recording

    def record_event(self) -> None:
        dialog = EventDialog(self.service, self.custody_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.open()

    def selected_event(self) -> str | None:
        """The recorded event selected in the list (a correction corrects that event, never a correction)."""
        index = self.events_table.currentIndex()
        if not index.isValid():
            return None
        event = self.events_table.model().line(index.row()).recorded
        return event.id if event.type != "correction" else event.get("corrects")

    def _update_buttons(self) -> None:
        self.correct_button.setEnabled(self.selected_event() is not None)

    def correct_event(self) -> None:
        event_id = self.selected_event()
        if event_id is None:
            return
        dialog = CorrectionDialog(self.service, self.custody_id, event_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.open()

    def _recorded(self, custody_id: str) -> None:
        self.refresh()
        self.changed.emit(custody_id)

    # ------------------------------------------------------------ texts

    def title(self) -> str:
        """A short tab title: the person's name."""
        return self.timeline.effective_person.full_name if self.timeline else self.custody_id

    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record an &event…"))
        self.record_button.setToolTip("Ctrl+Shift+E")  # the main window's shortcut for it
        self.correct_button.setText(self.tr("&Correct selected event…"))
        name_table(self.events_table, self.tr("Events"))
        name_table(self.clocks_table, self.tr("Legal clocks"))
        if self.timeline is None:
            return
        for table in (self.events_table, self.clocks_table):
            table.model().retranslate()
        self.axis.update()
        timeline, tz_name = self.timeline, self.timeline.timezone
        person = timeline.effective_person
        self.name.setText(person.full_name)
        minor, foreign = self.tr("MINOR"), self.tr("FOREIGN NATIONAL")
        badges = []
        if person.birth_date is None:  # the minor rules apply (protective reading); the badge says why
            unknown = html.escape(age_unknown_badge(person.estimated_age))
            badges.append(f'<span style="background:#c62828;color:#ffffff">&nbsp;{unknown}&nbsp;</span>')
        elif self.decided.is_minor:
            badges.append(f'<span style="background:#c62828;color:#ffffff">&nbsp;{minor}&nbsp;</span>')
        if self.decided.is_foreign_national:
            badges.append(f'<span style="background:#1f5fa8;color:#ffffff">&nbsp;{foreign}&nbsp;</span>')
        safety = safety_facts(timeline)
        badges[:0] = [f'<span style="background:#b35900;color:#ffffff">&nbsp;{html.escape(text)}&nbsp;</span>'
                      for text in marker_texts(safety.markers, safety.check_interval_minutes)]
        self.badges.setText(" ".join(badges))
        age = self.decided.age
        facts = [
            tr_args(self.tr("Custody No. %1"), self.custody_id),
            tr_args(self.tr("Age at apprehension: %1"), age if age is not None else self.tr("unknown")
                    if person.estimated_age is None else tr_args(self.tr("unknown (estimated ~%1)"),
                                                                 person.estimated_age)),
            tr_args(self.tr("Citizenship: %1"), person.citizenship or self.tr("unknown")),
            tr_args(self.tr("Languages: %1"), ", ".join(person.languages) or self.tr("unknown")),
        ]
        if safety.vulnerabilities:
            facts.append(tr_args(self.tr("Vulnerabilities: %1"), "; ".join(safety.vulnerabilities)))
        if timeline.apprehension is not None:
            facts.append(tr_args(self.tr("Apprehended: %1"), format_local(timeline.apprehension.at, tz_name)))
        if timeline.release is not None:
            facts.append(tr_args(self.tr("Released: %1"), format_local(timeline.release.at, tz_name)))
        elif timeline.current_stay is not None:
            facility = timeline.facilities.get(timeline.current_stay.facility)
            place = facility.name if facility else timeline.current_stay.facility
            if timeline.current_location:
                place += ", " + timeline.current_location
            facts.append(tr_args(self.tr("Now at: %1"), place))
        else:
            facts.append(self.tr("Now: in transit"))
        self.facts.setText("   ·   ".join(facts))
        self.chips.set_chips(open_chips(self.clocks, self._now, tz_name))
