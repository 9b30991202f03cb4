"""The clocks as other programs and people read them: contract JSON and a plain table."""
from __future__ import annotations

from typing import Any, Iterable

from register.domain import RuleClock
from register.timeutil import format_utc

_TABLE_COLUMNS = ("custody", "person", "rule", "status", "trigger_at", "due_at", "met_at", "overdue_minutes")


def clock_to_json(clock: RuleClock) -> dict[str, Any]:
    """One element of `breaches --format json`, fields in the contract's order (section 1)."""
    element: dict[str, Any] = {
        "custody": clock.custody,
        "person": clock.person,
        "rule": clock.rule,
        "status": clock.status,
        "severity": clock.severity,
        "trigger_at": format_utc(clock.trigger_at),
        "due_at": format_utc(clock.due_at),
        "met_at": format_utc(clock.met_at) if clock.met_at else None,
        "overdue_minutes": clock.overdue_minutes,
        "basis": clock.basis,
    }
    if clock.details:
        element["details"] = clock.details
    return element


def format_table(clocks: Iterable[RuleClock]) -> str:
    """A fixed-width table for a terminal, one clock a line, with details after the columns."""
    rows = [_TABLE_COLUMNS]
    details = [""]
    for clock in clocks:
        element = clock_to_json(clock)
        rows.append(tuple("-" if element[name] is None else str(element[name]) for name in _TABLE_COLUMNS))
        details.append(clock.details or "")
    widths = [max(len(row[i]) for row in rows) for i in range(len(_TABLE_COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + ("  " + note if note else "")
             for row, note in zip(rows, details)]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines) + "\n"
