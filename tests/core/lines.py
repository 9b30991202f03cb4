"""Hand-written JSON Lines for the core tests: one small, true custody story."""
from __future__ import annotations

import json

from ui.cli_accounts import NO_ACCOUNT_NOTICE

FACILITY = {"record": "facility", "id": "F-1", "name": "ИВС ДП г. Алматы", "kind": "ivs", "designated": True,
            "timezone": "Asia/Almaty", "region": "Алматы"}
FACILITY_2 = {"record": "facility", "id": "F-2", "name": "СИЗО-1", "kind": "sizo", "designated": True}
PERSON = {"record": "person", "id": "P-1", "full_name": "Ерлан Серікұлы Жұмабаев", "birth_date": "1990-04-02",
          "sex": "male", "citizenship": "KZ", "languages": ["kk", "ru"]}
CUSTODY = {"record": "custody", "id": "C-1", "person": "P-1", "procedural_status": "suspect",
           "grounds": "Art. 188 CC (theft)", "ordering_authority": "Investigator Abenov"}


def event(id_: str, type_: str, at: str, **fields) -> dict:
    return {"record": "event", "id": id_, "custody": "C-1", "type": type_, "at": at,
            "recorded_at": fields.pop("recorded_at", "2026-01-05T17:00:00+05:00"), **fields}


EVENTS = [
    event("E-1", "apprehension", "2026-01-05T10:00:00+05:00", place="Абай даңғылы 10", officers=["Sgt Omarov"],
          reason="caught in the act", video="cam-17/2026-01-05"),
    event("E-2", "arrival", "2026-01-05T11:10:00+05:00", facility="F-1"),
    event("E-3", "protocol", "2026-01-05T12:00:00+05:00", number="17-001", drawn_by="Investigator Abenov"),
    event("E-4", "placement", "2026-01-05T12:05:00+05:00", location="Камера 4"),
]


def line(**record) -> str:
    """One record as an import line."""
    return json.dumps(record, ensure_ascii=False)


def lines(*records: dict, header: bool = True) -> list[str]:
    head = [json.dumps({"format": "detention-register", "version": 1})] if header else []
    return head + [line(**r) for r in records]


def story() -> list[str]:
    return lines(FACILITY, FACILITY_2, PERSON, CUSTODY, *EVENTS)


def problems(err: str) -> list[str]:
    """The lines on stderr but the notice that a register without accounts is used without sign-in."""
    return [line for line in err.strip().splitlines() if line != NO_ACCOUNT_NOTICE]
