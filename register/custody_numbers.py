"""Custody numbers a person can read aloud and write on paper: facility, year, sequence ('F-1-2026-00042').

Each facility's numbers are issued by the register its station writes to, so two stations never issue
the same number without talking to each other: the facility's id is part of the number. The sequence
runs per facility and calendar year (the facility's own calendar).
"""
from __future__ import annotations

from typing import Iterable

DIGITS = 5


def prefix(facility_id: str, year: int) -> str:
    return f"{facility_id}-{year}-"


def next_number(facility_id: str, year: int, taken: Iterable[str]) -> str:
    """The number after the highest of this facility and year among `taken` (ids sharing the prefix)."""
    start = prefix(facility_id, year)
    sequences = [int(tail) for number in taken
                 if number.startswith(start) and (tail := number[len(start):]).isdigit()]
    return f"{start}{max(sequences, default=0) + 1:0{DIGITS}d}"
