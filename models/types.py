"""Column types that keep the register's invariants at the database edge."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Aware UTC in, aware UTC out, on SQLite and PostgreSQL alike.

    SQLite's DateTime(timezone=True) silently drops the zone, so instants are
    stored there as naive UTC and given their zone back on the way out. A naive
    datetime is refused: it would be ambiguous evidence.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused: the register stores aware UTC instants only")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def sqlite_instant(value: datetime | None) -> str | None:
    """The text SQLite holds for an instant: what `UTCDateTime` and SQLAlchemy's SQLite DATETIME write (naive
    UTC to the microsecond), for a bulk insert that hands the driver its values as they are stored."""
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime refused: the register stores aware UTC instants only")
    value = value.astimezone(timezone.utc)
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}:"
            f"{value.second:02d}.{value.microsecond:06d}")
