"""Field widgets shared by the intake, event and correction forms.

Officers type times as the wall clock of the place (an IANA zone, its offset
shown) and the widgets hand back aware UTC; vocabulary codes are shown under
translated labels and handed back as codes. Register refusals are shown next
to the field they name (`FieldErrors`).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Hashable, Iterable, Sequence

from PySide6.QtCore import QDate, QDateTime, QT_TRANSLATE_NOOP, QCoreApplication, QTime, QTimeZone, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget,
)

from printing.labels import Labels
from register.access import AccessDenied
from register.errors import Problem, Rejected
from register.timeutil import UTC, to_local, zone
from ui.desktop.i18n import current_language
from ui.desktop.messages import translate_message
from ui.desktop.texts import tr_args
from ui.desktop.typed_time import WholeValueTyping

NOW_SHORTCUT = "Ctrl+Shift+N"
NOT_ENTERED = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone.utc())  # a blank time field's "no value"
ERROR_STYLE = "color: #b00020;"

SEX_LABELS = {
    "female": QT_TRANSLATE_NOOP("Forms", "female"),
    "male": QT_TRANSLATE_NOOP("Forms", "male"),
    "unknown": QT_TRANSLATE_NOOP("Forms", "unknown"),
}

LANGUAGE_NAMES = {
    "kk": QT_TRANSLATE_NOOP("Language", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "uz": QT_TRANSLATE_NOOP("Language", "Uzbek"),
    "ky": QT_TRANSLATE_NOOP("Language", "Kyrgyz"),
    "tg": QT_TRANSLATE_NOOP("Language", "Tajik"),
    "tk": QT_TRANSLATE_NOOP("Language", "Turkmen"),
    "ug": QT_TRANSLATE_NOOP("Language", "Uyghur"),
    "az": QT_TRANSLATE_NOOP("Language", "Azerbaijani"),
    "tr": QT_TRANSLATE_NOOP("Language", "Turkish"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
    "uk": QT_TRANSLATE_NOOP("Language", "Ukrainian"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
}


def words() -> Labels:
    """The register's own words (event types, fields, values) in the interface language.

    The same catalogue prints the timeline, so a form and the paper a court
    reads call everything by the same name.
    """
    return Labels(current_language())


def event_type_label(event_type: str) -> str:
    return words().event(event_type)


def field_label(name: str) -> str:
    return words().field(name)


def value_label(group: str, code: str) -> str:
    """An enumerated value in words, capitalised for a list to pick from."""
    text = words().value(group, code)
    return text[:1].upper() + text[1:]


def sex_label(code: str) -> str:
    return QCoreApplication.translate("Forms", SEX_LABELS[code])


def language_label(code: str) -> str:
    name = LANGUAGE_NAMES.get(code)
    if not name:
        return code
    return f"{code} — " + QCoreApplication.translate("Language", name)


def split_codes(text: str) -> list[str]:
    """'kk, ru' or 'kk ru' → ['kk', 'ru']: how officers type a list of language codes."""
    return [code for code in text.replace(",", " ").replace(";", " ").split() if code]


def utc_offset(instant: datetime, tz_name: str) -> str:
    """'UTC+05:00': the zone's offset at that instant, shown beside every typed time."""
    minutes = int(to_local(instant, tz_name).utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def wall_time(instant: datetime, tz_name: str) -> QDateTime:
    """The wall clock of `tz_name` at `instant`, to the minute, carried in a UTC QDateTime: the zone arithmetic
    is zoneinfo's (the register's own time zone data), so Qt's and the system's zone settings never shift it."""
    local = to_local(instant, tz_name)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc())


def instant_at(wall: QDateTime, tz_name: str) -> datetime:
    """The aware UTC instant that a wall time, carried as `wall_time` makes it, denotes in `tz_name`."""
    d, t = wall.date(), wall.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone(tz_name)).astimezone(UTC)


def mark_required(label: str, required: bool) -> str:
    return f"{label} *" if required else label


def spoken(label: str) -> str:
    """A label as a screen reader should say it: no mnemonic ampersand, no required-star, no colon."""
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return text.removesuffix("*").strip().removesuffix(":").strip()


def name_control(widget: QWidget, label: str) -> None:
    """Give a control its label's words as its accessible name.

    Qt finds a buddy label only among the control's siblings, and a form row here wraps the control
    with its message line, so a screen reader heard nothing; composite fields name their parts.
    """
    name = spoken(label)
    named = getattr(widget, "set_accessible_name", None)
    if named is not None:
        named(name)
    else:
        widget.setAccessibleName(name)


def speak_buddies(labels: Iterable[QLabel]) -> None:
    """After the labels' texts are set (or retranslated): each buddy is named by its label."""
    for label in labels:
        if label.buddy() is not None:
            name_control(label.buddy(), label.text())


def labelled(label: QLabel, widget: QWidget) -> QLabel:
    """`label` as the buddy (Alt+letter) and the spoken name of `widget`."""
    label.setBuddy(widget)
    name_control(widget, label.text())
    return label


def tab_order(*parts: QWidget) -> None:
    """Tab through `parts` in this order, each container through its own controls in their order: a part
    built anew joins the end of the window's focus chain, wherever the layout shows it."""
    previous = None
    for widget in [w for part in parts for w in _controls(part)]:  # read before the chain is changed
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget


def _controls(part: QWidget) -> list[QWidget]:
    """`part` itself if Tab stops on it, else the controls inside it Tab stops on, in chain order."""
    def stop(widget: QWidget) -> bool:
        return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None

    if stop(part):
        return [part]
    inside, seen, widget = [], set(), part.nextInFocusChain()
    while widget is not part and part.isAncestorOf(widget) and id(widget) not in seen:
        seen.add(id(widget))
        if stop(widget):
            inside.append(widget)
        widget = widget.nextInFocusChain()
    return inside


class EntryLine(QLineEdit):
    """A line edit where Enter means 'add this', not 'press the dialog's default button'."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ErrorLabel(QLabel):
    """The register's message about one field, shown right under it; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(f"{self.text()}\n{text}" if self.isVisible() and self.text() else text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def with_error(widget: QWidget) -> tuple[QWidget, ErrorLabel]:
    """The widget with an error label under it, as one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    error = ErrorLabel(box)
    layout.addWidget(error)
    return box, error


class FieldErrors:
    """Routes each refusal to the label of the field it names, the rest to a general label.

    `key` turns a Problem into the key the labels are registered under: the
    field name in a one-event form, (record id, field) in the intake.
    """

    def __init__(self, general: ErrorLabel, key: Callable[[Problem], Hashable] = lambda p: p.field):
        self.general = general
        self.key = key
        self.labels: dict[Hashable, ErrorLabel] = {}
        self.widgets: dict[Hashable, QWidget] = {}

    def add(self, key: Hashable, label: ErrorLabel, widget: QWidget | None = None) -> None:
        self.labels[key] = label
        if widget is not None:
            self.widgets[key] = widget

    def clear(self) -> None:
        self.general.clear_message()
        for label in self.labels.values():
            label.clear_message()

    def show(self, problems: Iterable[Problem]) -> None:
        """Show every problem; focus the first field named, so the officer can fix it at once."""
        self.clear()
        focused = False
        for problem in problems:
            key = self.key(problem)
            self.labels.get(key, self.general).show_message(translate_message(problem.message))
            widget = self.widgets.get(key)
            if widget is not None and not focused:
                widget.setFocus()
                focused = True

    def show_general(self, message: str) -> None:
        self.clear()
        self.general.show_message(message)


class ChoiceCombo(QComboBox):
    """Codes shown under translated labels; `blank` adds a first item meaning 'not chosen' (None)."""

    def __init__(self, choices: Sequence[tuple[Any, str]], blank: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._blank = blank
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        self.clear()
        if self._blank is not None:
            self.addItem(self._blank, None)
        for code, label in choices:
            self.addItem(label, code)

    @classmethod
    def of_values(cls, group: str, codes: Iterable[str], blank: str | None = None) -> ChoiceCombo:
        """Vocabulary codes of one value group (recipient, purpose...) under the register's words."""
        return cls([(code, value_label(group, code)) for code in codes], blank)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, code: Any) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)


class LocalDateTimeEdit(QWidget):
    """A time to the minute on the wall clock of an IANA zone; `value()` is aware UTC.

    The editor itself carries the wall time in a UTC QDateTime and the zone
    arithmetic is done by zoneinfo, the register's own time zone data, so Qt's
    and the system's zone settings can never shift the recorded instant.
    Modes: "now" starts at the current time; "blank" has no value until the
    officer enters one (for the actual time of apprehension, which must never
    default to the time of typing); "optional" has a checkbox to leave it out.
    """

    changed = Signal()

    def __init__(self, now: Callable[[], datetime], zones: Sequence[str], mode: str = "now",
                 now_shortcut: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._now = now
        self._entered = mode == "now"
        self._mode = mode
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled_box = QCheckBox(self)
        self.enabled_box.setAccessibleName(self.tr("Time given"))
        self.enabled_box.setVisible(mode == "optional")
        layout.addWidget(self.enabled_box)
        self.editor = QDateTimeEdit(self)
        self.editor.setTimeZone(QTimeZone.utc())
        self.editor.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.editor.setCalendarPopup(True)
        if mode == "blank":  # nothing entered shows as words, never as a time that looks entered
            self.editor.setMinimumDateTime(NOT_ENTERED)
            self.editor.setSpecialValueText("—")
        WholeValueTyping(self.editor)
        # Never narrower than a whole time: squeezed, Russian and Kazakh forms showed "2026-12-02 05"
        self.editor.setMinimumWidth(max(self.editor.sizeHint().width(),
                                        self.fontMetrics().horizontalAdvance("0000-00-00 00:00") + 56))
        layout.addWidget(self.editor, 1)
        self.setFocusProxy(self.editor)  # a buddy label's Alt+letter lands in the time itself
        self.zone_box = QComboBox(self)
        self.zone_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zone_box.addItems(list(dict.fromkeys(zones)) or ["Asia/Almaty"])
        self.zone_box.setAccessibleName(self.tr("Time zone"))
        self.zone_box.setEnabled(self.zone_box.count() > 1)
        layout.addWidget(self.zone_box)
        self.offset_label = QLabel(self)
        layout.addWidget(self.offset_label)
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setToolTip(self.tr("Set the current time (Ctrl+Shift+N)") if now_shortcut
                                   else self.tr("Set the current time"))
        if now_shortcut:
            QShortcut(QKeySequence(NOW_SHORTCUT), self, self.set_now)
        layout.addWidget(self.now_button)
        if mode == "blank":
            self.editor.setDateTime(NOT_ENTERED)
        else:
            self._show(now())
        self.editor.dateTimeChanged.connect(self._edited)
        self.zone_box.currentTextChanged.connect(self._refresh)
        self.now_button.clicked.connect(self.set_now)
        self.enabled_box.toggled.connect(self._toggled)
        self._toggled(mode != "optional")

    def zone_name(self) -> str:
        return self.zone_box.currentText()

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.editor.setAccessibleName(name)
        self.enabled_box.setAccessibleName(tr_args(self.tr("%1: time given"), name))
        self.zone_box.setAccessibleName(tr_args(self.tr("%1: time zone"), name))

    def set_zone(self, name: str) -> None:
        """Read the typed wall time in another zone (the officer typed the place's clock)."""
        if self.zone_box.findText(name) < 0:
            self.zone_box.addItem(name)
        self.zone_box.setCurrentText(name)

    def is_entered(self) -> bool:
        return self._entered and (self._mode != "optional" or self.enabled_box.isChecked())

    def value(self) -> datetime | None:
        """The instant shown, as aware UTC; None when not entered (blank or unticked optional)."""
        return self._wall_instant() if self.is_entered() else None

    def set_value(self, instant: datetime | None) -> None:
        if instant is None:
            self._entered = self._mode == "now"
            if self._mode == "blank":
                blocked = self.editor.blockSignals(True)
                self.editor.setDateTime(NOT_ENTERED)
                self.editor.blockSignals(blocked)
            self.enabled_box.setChecked(False)
            self._refresh()
            return
        self._show(instant)
        self._entered = True
        self.enabled_box.setChecked(True)
        self._refresh()

    def set_now(self) -> None:
        self.set_value(self._now())

    def _show(self, instant: datetime) -> None:
        blocked = self.editor.blockSignals(True)
        self.editor.setDateTime(wall_time(instant, self.zone_name()))
        self.editor.blockSignals(blocked)

    def _edited(self) -> None:
        if self._mode == "blank" and not self._entered:
            shown = self.editor.dateTime()
            if shown == NOT_ENTERED:  # stepped back onto "not entered": still nothing entered
                return
            if shown.date() == NOT_ENTERED.date():  # a time typed first: today's, on the place's clock
                today = to_local(self._now(), self.zone_name()).date()
                blocked = self.editor.blockSignals(True)
                self.editor.setDateTime(QDateTime(QDate(today.year, today.month, today.day), shown.time(),
                                                  QTimeZone.utc()))
                self.editor.blockSignals(blocked)
        self._entered = True
        self._refresh()

    def _toggled(self, on: bool) -> None:
        if self._mode == "optional":
            self._entered = on
            self.editor.setEnabled(on)
        self._refresh()

    def _refresh(self) -> None:
        instant = self.value()
        if instant is None and self._mode == "blank":
            self.offset_label.setText(self.tr("not entered yet"))
            self.offset_label.setStyleSheet(ERROR_STYLE)
        else:
            self.offset_label.setText(utc_offset(instant or self._wall_instant(), self.zone_name()))
            self.offset_label.setStyleSheet("")
        self.changed.emit()

    def _wall_instant(self) -> datetime:
        """The instant the editor's wall time denotes in the chosen zone."""
        return instant_at(self.editor.dateTime(), self.zone_name())


class OptionalDateEdit(QWidget):
    """A calendar date that may be unknown (a birth date): unknown stays unknown, never a guess."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known_box = QCheckBox(self.tr("Known"), self)
        self.editor = QDateEdit(self)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        self.editor.setCalendarPopup(True)
        WholeValueTyping(self.editor)
        self.editor.setDate(QDate(1990, 1, 1))
        layout.addWidget(self.known_box)
        layout.addWidget(self.editor, 1)
        self.setFocusProxy(self.known_box)
        self.known_box.toggled.connect(self.editor.setEnabled)
        self.editor.dateChanged.connect(lambda: self.known_box.setChecked(True))
        self.editor.setEnabled(False)

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.editor.setAccessibleName(name)
        self.known_box.setAccessibleName(tr_args(self.tr("%1: known"), name))

    def value(self) -> date | None:
        if not self.known_box.isChecked():
            return None
        d = self.editor.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.editor.setDate(QDate(value.year, value.month, value.day))
        self.known_box.setChecked(value is not None)


class TextListEdit(QWidget):
    """A list of names (officers): type one, Enter adds it; what is typed but not yet added counts too."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.line = EntryLine(self)
        self.line.setPlaceholderText(self.tr("Type a name and press Enter"))
        add = QPushButton(self.tr("Add"), self)
        add.setAutoDefault(False)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAutoDefault(False)
        row.addWidget(self.line, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(64)
        layout.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.line.submitted.connect(self.add_pending)
        add.clicked.connect(self.add_pending)
        remove.clicked.connect(self._remove_current)
        self.setFocusProxy(self.line)

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.list.setAccessibleName(tr_args(self.tr("%1: added"), name))

    def add_pending(self) -> None:
        text = self.line.text().strip()
        if text:
            self.list.addItem(text)
            self.line.clear()

    def values(self) -> list[str]:
        items = [self.list.item(i).text() for i in range(self.list.count())]
        pending = self.line.text().strip()
        return items + [pending] if pending else items

    def set_values(self, values: Iterable[str]) -> None:
        self.list.clear()
        self.line.clear()
        self.list.addItems(list(values))

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)


class YesNoCombo(ChoiceCombo):
    """An optional yes/no: 'not stated' is different from 'no'.

    The items carry text codes, not Python booleans: PySide6 miscounts
    references to True/False stored as item data and crashes at exit.
    """

    def __init__(self, blank: str, parent: QWidget | None = None):
        super().__init__([("yes", QCoreApplication.translate("Forms", "Yes")),
                          ("no", QCoreApplication.translate("Forms", "No"))], blank, parent)

    def value(self) -> bool | None:
        code = self.currentData()
        return None if code is None else code == "yes"

    def set_value(self, value: bool | None) -> None:
        super().set_value(None if value is None else ("yes" if value else "no"))


def submit(write: Callable[[], object], show_problems: Callable[[list[Problem]], None],
           show_message: Callable[[str], None]) -> bool:
    """Run a form's write, all or nothing; True when written. The register's refusal goes to the fields it
    names (`show_problems`), a refusal of the user's role to the form's message line, translated: every
    form answers alike."""
    try:
        write()
    except Rejected as refusal:
        show_problems(refusal.problems)
        return False
    except AccessDenied as denial:
        show_message(tr_args(QCoreApplication.translate("Forms", "Not allowed: %1"), translate_message(denial)))
        return False
    return True
