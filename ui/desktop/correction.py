"""Correcting a past event: a new correction record with a mandatory reason; the original stays.

The form shows the event as it now reads (earlier corrections applied) and
sends only what the officer changed. The register decides whether the
correction may stand; its refusals are shown beside the reason or above the form.
"""
from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from register.service import Services
from register.timeutil import format_local
from register.vocabulary import EVENT_FIELDS
from ui.desktop.event_form import EventFieldsForm, custody_zone
from ui.desktop.fields import (ErrorLabel, FieldErrors, event_type_label, field_label, labelled, mark_required,
                               submit, with_error)
from ui.desktop.texts import tr_args


def _same(old: Any, new: Any) -> bool:
    """Equal as the form can show them: times to the minute."""
    if isinstance(old, datetime) and isinstance(new, datetime):
        return old.replace(second=0, microsecond=0) == new
    return old == new


class CorrectionDialog(QDialog):
    """Correct one event of one custody; nothing is written unless the register accepts it."""

    recorded = Signal(str)

    def __init__(self, service: Services, custody_id: str, event_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.custody_id = custody_id
        self.event_id = event_id
        timeline = service.reports.timeline(custody_id, log=False)
        self.original = next(e for e in timeline.events if e.id == event_id)
        self.current = next(e for e in timeline.effective if e.id == event_id)
        zone = custody_zone(timeline)
        self.setWindowTitle(self.tr("Correct an event"))
        layout = QVBoxLayout(self)
        self.as_recorded = QLabel(self._describe(zone), self)
        self.as_recorded.setWordWrap(True)
        layout.addWidget(self.as_recorded)
        general = ErrorLabel(self)
        layout.addWidget(general)
        self.errors = FieldErrors(general)
        self.form = EventFieldsForm(service, self.original.type, [zone], timeline.effective_person.languages,
                                    parent=self)
        self.form.time.set_value(self.current.at)
        self.form.set_values(self.current.fields)
        layout.addWidget(QLabel(self.tr("The event should read:"), self))
        layout.addWidget(self.form)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the record was wrong, and how the truth is known"))
        box, reason_error = with_error(self.reason)
        layout.addWidget(labelled(QLabel(mark_required(self.tr("Reason for the correction"), True), self), self.reason))
        layout.addWidget(box)
        self.errors.add("reason", reason_error, self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.reason.setFocus()

    def _describe(self, zone: str) -> str:
        """The event as first recorded: it stays in the register whatever is corrected."""
        event = self.original
        lines = [html.escape(self.tr("As first recorded (this stays in the register):")),
                 f"<b>{html.escape(event_type_label(event.type))}</b> — "
                 f"{html.escape(format_local(event.at, zone))}"]
        lines += [f"{html.escape(field_label(name))}: {html.escape(self._text(value, zone))}"
                  for name, value in event.fields.items()]
        recorded = tr_args(self.tr("Recorded by %1 at %2"), event.recorded_by or "?",
                           format_local(event.recorded_at, zone))
        lines.append(f"<i>{html.escape(recorded)}</i>")
        return "<br>".join(lines)

    def _text(self, value: Any, zone: str) -> str:
        if isinstance(value, datetime):
            return format_local(value, zone)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return ", ".join(value)
        return str(value)

    def changes(self) -> dict[str, Any]:
        """Only what differs from the event as it now reads; a cleared optional field becomes None."""
        changes: dict[str, Any] = {}
        if not _same(self.current.at, self.form.at()):
            changes["at"] = self.form.at()
        values = self.form.values()
        for spec in EVENT_FIELDS[self.original.type]:
            old, new = self.current.get(spec.name), values.get(spec.name)
            if not _same(old, new):
                changes[spec.name] = new
        return changes

    def submit(self) -> None:
        if submit(lambda: self.service.records.correct(self.event_id, self.custody_id, self.changes(),
                                                       self.reason.text().strip()),
                  self.errors.show, self.errors.show_general):
            self.recorded.emit(self.custody_id)
            self.accept()

