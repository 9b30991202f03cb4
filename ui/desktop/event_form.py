"""Recording one event of a custody: a type chooser and a form generated from the vocabulary.

The form has exactly the fields `register.vocabulary.EVENT_FIELDS` gives the
type, so a field added to the contract appears here without touching this
file. Whether the event fits the custody is decided by the register; its
refusals are shown next to the field they name.
"""
from __future__ import annotations

import html
from datetime import date, datetime
from typing import Any, Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from register.access import AccessDenied
from register.errors import Problem
from register.service import Services
from register.timeline import CustodyTimeline
from register.vocabulary import EVENT_FIELDS, MAX_MINUTES, FieldKind, FieldSpec
from ui.desktop.fields import (
    LANGUAGE_NAMES, ChoiceCombo, ErrorLabel, FieldErrors, LocalDateTimeEdit, OptionalDateEdit, TextListEdit,
    YesNoCombo, event_type_label, field_label, labelled, language_label, mark_required, submit, tab_order,
    with_error,
)
from ui.desktop.item_list import ItemListEdit
from ui.desktop.texts import tr_args

# Types with their own screens: the apprehension opens a custody (intake), a correction amends an event.
NOT_RECORDED_HERE = ("apprehension", "correction")
# Fields naming the officer who did it, pre-filled with the signed-in user's name.
SIGNED_BY_THE_USER = ("officer", "drawn_by")


def custody_zone(timeline: CustodyTimeline) -> str:
    """The wall clock a custody's events are typed in: the current facility's, else the custody's."""
    stay = timeline.current_stay
    facility = timeline.facilities.get(stay.facility) if stay else None
    return facility.timezone if facility else timeline.timezone


class EventFieldsForm(QWidget):
    """The time and the fields of one event type, with a message slot under each."""

    def __init__(self, service: Services, event_type: str, zones: Sequence[str],
                 languages: Sequence[str] = (), time_mode: str = "now", now_shortcut: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.event_type = event_type
        self._service = service
        self._languages = tuple(languages)
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        general = ErrorLabel(self)
        layout.addWidget(general)
        self.errors = FieldErrors(general)
        self._boxes: dict[str, QWidget] = {}
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.time = LocalDateTimeEdit(service.now, zones, time_mode, now_shortcut, self)
        self.add_row("at", field_label("at"), self.time, True)
        self.editors: dict[str, QWidget] = {}
        for spec in EVENT_FIELDS[event_type]:
            self.editors[spec.name] = self._editor(spec)
            self.add_row(spec.name, field_label(spec.name), self.editors[spec.name], spec.required)
        for name in SIGNED_BY_THE_USER:  # who notified, who drew up: the officer at the keyboard, unless changed
            if isinstance(self.editors.get(name), QLineEdit):
                self.editors[name].setText(service.actor.full_name or service.actor.username)

    def at(self) -> datetime | None:
        return self.time.value()

    def values(self) -> dict[str, Any]:
        """The type's fields as the register takes them; empty fields are left out."""
        values = {name: get() for name, get in self._getters.items()}
        return {name: value for name, value in values.items() if value not in (None, "", [])}

    def set_values(self, fields: Mapping[str, Any]) -> None:
        for name, value in fields.items():
            if name in self._setters:
                self._setters[name](value)

    def show_problems(self, problems: Iterable[Problem]) -> None:
        self.errors.show(problems)

    def set_languages(self, languages: Sequence[str]) -> None:
        """Offer another person's languages first (the intake learns them on its first page)."""
        self._languages = tuple(languages)
        combo = self.editors.get("language")
        if isinstance(combo, ChoiceCombo):  # a language already chosen stays chosen (Back, then Next again)
            chosen = combo.value()
            combo.set_choices(self._language_choices())
            combo.set_value(chosen)

    def add_row(self, key: str, label_text: str, widget: QWidget, required: bool, before: str | None = None) -> None:
        """A labelled row with a message slot; refusals naming `key` are shown under it. `before`: the row
        goes above that field's row, and so does its place in the Tab order."""
        box, error = with_error(widget)
        label = labelled(QLabel(mark_required(label_text, required)), widget)
        if before is None:
            self.form.addRow(label, box)
        else:
            row, _ = self.form.getWidgetPosition(self._boxes[before])
            self.form.insertRow(row, label, box)
            QWidget.setTabOrder(widget, self.editors.get(before) or self._boxes[before])
            if row > 0:
                above = self.form.itemAt(row - 1, QFormLayout.ItemRole.FieldRole).widget()
                QWidget.setTabOrder(above.findChild(QWidget) or above, widget)
        self._boxes[key] = box
        self.errors.add(key, error, widget)

    def _editor(self, spec: FieldSpec) -> QWidget:
        """A widget for one field, chosen by its kind; its getter and setter are registered."""
        name, kind = spec.name, spec.kind
        if name == "language":
            return self._choice(name, self._language_choices())
        if kind is FieldKind.BOOL and spec.required:
            box = QCheckBox(self)
            self._getters[name] = box.isChecked
            self._setters[name] = lambda v: box.setChecked(bool(v))
            return box
        if kind is FieldKind.BOOL:
            combo = YesNoCombo(self.tr("— not stated —"))
            return self._register(name, combo, combo.value, combo.set_value)
        if kind is FieldKind.CHOICE:
            combo = ChoiceCombo.of_values(name, spec.choices, self.tr("— choose —"))
            return self._register(name, combo, combo.value, combo.set_value)
        if kind is FieldKind.FACILITY:
            return self._choice(name, [(f.id, f.name) for f in self._service.board.facilities()])
        if kind is FieldKind.TEXT_LIST:
            edit = TextListEdit(self)
            return self._register(name, edit, edit.values, lambda v: edit.set_values(v or []))
        if kind is FieldKind.INSTANT:
            edit = LocalDateTimeEdit(self._service.now, [self.time.zone_name()], "optional", parent=self)
            self.time.zone_box.currentTextChanged.connect(edit.set_zone)
            return self._register(name, edit, edit.value, edit.set_value)
        if kind is FieldKind.MINUTES:
            spin = QSpinBox(self)
            spin.setRange(0, MAX_MINUTES)
            spin.setSpecialValueText(self.tr("— not stated —"))  # 0: left out, as the register takes no zero
            spin.setSuffix(self.tr(" min"))
            return self._register(name, spin, lambda: spin.value() or None, lambda v: spin.setValue(v or 0))
        if kind is FieldKind.ITEMS:
            items = ItemListEdit(spec, self)
            return self._register(name, items, items.values, lambda v: items.set_values(v or []))
        if kind is FieldKind.COUNT:  # a number as typed; what is not whole digits the register refuses by name
            line = QLineEdit(self)
            return self._register(name, line, lambda: int(t) if (t := line.text().strip()).isdigit() else t,
                                  lambda v: line.setText("" if v is None else str(v)))
        if kind is FieldKind.DATE:
            edit = OptionalDateEdit(self)
            return self._register(name, edit, lambda: edit.value().isoformat() if edit.value() else None,
                                  lambda v: edit.set_value(date.fromisoformat(v) if v else None))
        line = QLineEdit(self)
        return self._register(name, line, lambda: line.text().strip(), lambda v: line.setText(v or ""))

    def _choice(self, name: str, choices: Sequence[tuple[str, str]]) -> QWidget:
        combo = ChoiceCombo(choices, self.tr("— choose —"))
        return self._register(name, combo, combo.value, combo.set_value)

    def _register(self, name: str, widget: QWidget, getter: Callable[[], Any],
                  setter: Callable[[Any], None]) -> QWidget:
        self._getters[name] = getter
        self._setters[name] = setter
        return widget

    def _language_choices(self) -> list[tuple[str, str]]:
        """The person's own languages first; the others after them, for a notice in another language."""
        codes = list(self._languages) + [c for c in LANGUAGE_NAMES if c not in self._languages]
        return [(code, language_label(code)) for code in codes]


class EventDialog(QDialog):
    """Record one event of one custody; stays open with the register's messages when refused."""

    recorded = Signal(str)

    def __init__(self, service: Services, custody_id: str, event_type: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.custody_id = custody_id
        self.timeline = service.reports.timeline(custody_id, log=False)
        self.setWindowTitle(self.tr("Record an event"))
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.type_box = ChoiceCombo([(t, event_type_label(t)) for t in self._types(event_type)], parent=self)
        type_row = QFormLayout()
        type_row.addRow(labelled(QLabel(self.tr("E&vent:"), self), self.type_box), self.type_box)
        layout.addLayout(type_row)
        self.form_holder = QVBoxLayout()
        layout.addLayout(self.form_holder, 1)
        legend = QLabel(self.tr("* required"), self)
        layout.addWidget(legend)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form: EventFieldsForm | None = None
        if self.timeline is None:
            self.header.setText(tr_args(self.tr("There is no custody %1 in the register."), custody_id))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.header.setText(self._where())
        if event_type:
            self.type_box.set_value(event_type)
        self.type_box.currentIndexChanged.connect(self._build_form)
        self._build_form()

    def _where(self) -> str:
        """Who and where, so the officer sees at a glance the event goes to the right person."""
        person = self.timeline.effective_person.full_name
        stay = self.timeline.current_stay
        facility = self.timeline.facilities.get(stay.facility) if stay else None
        place = ", ".join(p for p in (facility.name if facility else None, self.timeline.current_location) if p)
        text = tr_args(self.tr("%1 — custody %2"), person, self.custody_id)
        place = place or self.tr("not at a facility")
        return f"<b>{html.escape(text)}</b><br>{html.escape(place)}"

    def _types(self, wanted: str | None) -> list[str]:
        """The types this user may record here (the register still checks), plus the one asked for."""
        types = []
        for event_type in EVENT_FIELDS:
            if event_type in NOT_RECORDED_HERE:
                continue
            try:
                self.service.actor.require_event(event_type)
            except AccessDenied:
                if event_type != wanted:
                    continue
            types.append(event_type)
        return types

    def _build_form(self) -> None:
        if self.form is not None:
            self.form_holder.removeWidget(self.form)
            self.form.hide()
            self.form.deleteLater()
        self.form = EventFieldsForm(self.service, self.type_box.value(), [custody_zone(self.timeline)],
                                    self.timeline.effective_person.languages, now_shortcut=True, parent=self)
        self.form_holder.addWidget(self.form)
        # A form built anew joins the end of the focus chain: put it back between the type and the buttons.
        tab_order(self.type_box, self.form, self.buttons)
        first = next(iter(self.form.editors.values()), self.form.time)
        first.setFocus()

    def submit(self) -> None:
        """Write the event; on refusal show why next to the fields and write nothing."""
        if submit(lambda: self.service.records.record_event(self.custody_id, self.form.event_type, self.form.at(),
                                                            self.form.values()),
                  self.form.show_problems, self.form.errors.show_general):
            self.recorded.emit(self.custody_id)
            self.accept()
