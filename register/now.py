"""Injected time sources, so that clocks can be tested instantly."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from register.timeutil import UTC, ensure_utc


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that stands still until told to move (tests, replay, 'as of' views)."""

    def __init__(self, start: datetime):
        self._now = ensure_utc(start)

    def now(self) -> datetime:
        return self._now

    def set(self, instant: datetime) -> None:
        self._now = ensure_utc(instant)

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)
