"""An event's fields in words: translated names, enumerations, facility names and local times."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping

from printing.labels import Labels
from printing.layout import esc
from register.domain import Event, Facility
from register.timeutil import InstantError, format_local, parse_instant
from register.vocabulary import FieldKind, FieldSpec, field_spec


class EventWords:
    """Formats values the way the printed timeline shows them, in one language and one time zone."""

    def __init__(self, labels: Labels, tz_name: str, facilities: Mapping[str, Facility],
                 events_by_id: Mapping[str, Event]):
        self.labels = labels
        self.tz_name = tz_name
        self.facilities = facilities
        self.events_by_id = events_by_id

    def time(self, instant: datetime) -> str:
        return format_local(instant, self.tz_name)

    def facility(self, facility_id: str | None) -> str:
        facility = self.facilities.get(facility_id) if facility_id else None
        return f"{facility.name} ({facility_id})" if facility else str(facility_id or "—")

    def event_ref(self, event_id: str) -> str:
        target = self.events_by_id.get(event_id)
        if target is None:
            return event_id
        return f"{self.labels.event(target.type)}, {self.time(target.at)}"

    def value(self, event_type: str, name: str, value: Any) -> str:
        """One field value as plain text (not yet escaped)."""
        spec = field_spec(event_type, name)
        kind = spec.kind if spec else None
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return self.labels.text("yes" if value else "no")
        if isinstance(value, datetime):
            return self.time(value)
        if name == "at" or kind is FieldKind.INSTANT:
            return self._instant_text(value)
        if kind is FieldKind.FACILITY:
            return self.facility(value)
        if kind is FieldKind.EVENT:
            return self.event_ref(value)
        if kind is FieldKind.ITEMS:
            return "; ".join(self.item(spec, item) for item in value)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(item) for item in value)
        if isinstance(value, Mapping):
            return "; ".join(f"{self.labels.field(k)}: {self.value(event_type, k, v)}" for k, v in value.items())
        if kind is FieldKind.CHOICE and self.labels.has_value(name, value):
            return self.labels.value(name, value)
        return str(value)

    def item(self, spec: FieldSpec, item: Mapping[str, Any]) -> str:
        """One item of a list: its first field as the name, the others after it ("Phone (quantity: 2)")."""
        name, *rest = [s for s in spec.item_fields if item.get(s.name) is not None]
        first = self.item_value(name, item[name.name])
        words = [f"{self.labels.field(s.name)}: {self.item_value(s, item[s.name])}" for s in rest]
        return f"{first} ({', '.join(words)})" if words else first

    def item_value(self, spec: FieldSpec, value: Any) -> str:
        if isinstance(value, bool):
            return self.labels.text("yes" if value else "no")
        if spec.kind is FieldKind.CHOICE and self.labels.has_value(spec.name, value):
            return self.labels.value(spec.name, value)
        return str(value)

    def _instant_text(self, value: Any) -> str:
        try:
            return self.time(parse_instant(value))
        except InstantError:
            return str(value)

    def changes(self, correction: Event) -> str:
        """What a correction changes, in words; field values are read against the corrected event's type."""
        target = self.events_by_id.get(correction.get("corrects"))
        target_type = target.type if target else correction.type
        changes = correction.get("changes") or {}
        return "; ".join(f"{self.labels.field(k)}: {self.value(target_type, k, v)}" for k, v in changes.items())

    def details(self, recorded: Event, effective: Event) -> str:
        """Paragraph markup of an event's fields; a corrected value shows its original beside it."""
        parts = []
        if recorded.type == "correction":
            target = self.event_ref(recorded.get("corrects"))
            parts.append(f"<b>{esc(self.labels.field('corrects'))}:</b> {esc(target)}")
            parts.append(f"{esc(self.labels.field('changes'))}: {esc(self.changes(recorded))}")
            parts.append(f"{esc(self.labels.field('reason'))}: {esc(recorded.get('reason', '—'))}")
            return "<br/>".join(parts)
        for name in dict.fromkeys([*recorded.fields, *effective.fields]):
            new = self.value(effective.type, name, effective.get(name))
            old = self.value(recorded.type, name, recorded.get(name))
            text = f"{esc(self.labels.field(name))}: <b>{esc(new)}</b>"
            if new != old:
                originally = esc(self.labels.text("originally"))
                text += f' <font color="#555555">({originally}: <strike>{esc(old)}</strike>)</font>'
            parts.append(text)
        return "<br/>".join(parts) or "—"
