"""Instants: aware UTC inside, the facility's IANA zone at the edges."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from register.errors import BadInput

UTC = timezone.utc


class InstantError(BadInput):
    """A text that is not an ISO 8601 instant with a UTC offset."""


def parse_instant(text: object) -> datetime:
    """Parse ISO 8601 with an offset (or Z) into aware UTC; a time without an offset is refused."""
    if not isinstance(text, str):
        raise InstantError("instant-not-text")
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InstantError("instant-not-iso", text=text) from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise InstantError("instant-no-offset", text=text)
    return value.astimezone(UTC)


def ensure_utc(value: datetime) -> datetime:
    """Refuse naive datetimes: a naive time is ambiguous evidence."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InstantError("instant-naive")
    return value.astimezone(UTC)


def format_utc(value: datetime) -> str:
    """The contract's form: YYYY-MM-DDTHH:MM:SSZ."""
    return ensure_utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InstantError("unknown-time-zone", zone=name) from None


def to_local(value: datetime, tz_name: str) -> datetime:
    return ensure_utc(value).astimezone(zone(tz_name))


def format_local(value: datetime, tz_name: str) -> str:
    """Local wall time with its offset, to the minute, as officers and courts read it."""
    local = to_local(value, tz_name)
    return f"{local:%Y-%m-%d %H:%M} (UTC{_offset(local)})"


def _offset(local: datetime) -> str:
    minutes = int(local.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def elapsed_minutes(start: datetime, end: datetime) -> int:
    """Whole minutes of elapsed time, rounded down, correct across offset changes."""
    return int((ensure_utc(end) - ensure_utc(start)).total_seconds() // 60)
