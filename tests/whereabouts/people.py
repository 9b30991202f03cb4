"""A register of namesakes for the search and the whereabouts desk: Kazakh names typed in Russian, in
Latin letters and in mixed scripts, a document with a long title, a released person."""
from __future__ import annotations

from tests.core.lines import line


def _event(eid, custody, type_, at, **fields):
    return line(record="event", id=eid, custody=custody, type=type_, at=at, recorded_at=at,
                recorded_by="sgt.omarov", **fields)


def people_lines() -> list[str]:
    return [
        line(record="facility", id="F-1", name="ИВС ДП г. Алматы", kind="ivs", designated=True,
             timezone="Asia/Almaty", address="г. Алматы, ул. Байзакова, 300", telephone="+7 727 254 40 40"),
        line(record="facility", id="F-2", name="СИЗО-1 Алматы", kind="sizo", designated=True,
             timezone="Asia/Almaty"),
        line(record="person", id="P-1", full_name="Қасымов Ерлан Бекұлы", birth_date="1990-03-01", sex="male",
             citizenship="KZ", languages=["kk"], id_document="Удостоверение личности РК № 014349049"),
        # A Latin "a" and "e" typed inside a Cyrillic name.
        line(record="person", id="P-2", full_name="Омарова Aсел Сeрікқызы", birth_date="1995-07-12",
             sex="female", citizenship="KZ", languages=["kk", "ru"]),
        line(record="person", id="P-3", full_name="Петров Иван", birth_date="1988-01-01", sex="male",
             citizenship="KZ", languages=["ru"]),
        line(record="custody", id="C-1", person="P-1", procedural_status="suspect", grounds="theft (art. 188)",
             ordering_authority="Investigator Dosov, Almaly district police"),
        line(record="custody", id="C-2", person="P-2", procedural_status="administrative", grounds="disorder",
             ordering_authority="Bostandyk district police"),
        line(record="custody", id="C-3", person="P-3", procedural_status="suspect", grounds="fraud",
             ordering_authority="Investigator Aliev"),
        _event("E-1", "C-1", "apprehension", "2026-01-04T04:00:00Z", place="Abay Avenue 10",
               officers=["sgt.omarov"], reason="caught in the act"),
        _event("E-2", "C-1", "arrival", "2026-01-04T05:00:00Z", facility="F-2"),
        _event("E-3", "C-1", "medical_exam", "2026-01-04T05:10:00Z", physician="Dr Ospanova", report_number="M-7",
               injuries=True, non_medical_present=False),
        _event("E-4", "C-1", "departure", "2026-01-04T09:00:00Z", purpose="transfer", destination="F-1"),
        _event("E-5", "C-1", "arrival", "2026-01-04T10:00:00Z", facility="F-1"),
        _event("E-6", "C-1", "placement", "2026-01-04T10:05:00Z", location="Cell 7"),
        _event("E-11", "C-2", "apprehension", "2026-01-03T15:00:00Z", place="Dostyk Avenue",
               officers=["sgt.omarov"], reason="disorder"),
        _event("E-12", "C-2", "arrival", "2026-01-03T15:30:00Z", facility="F-1"),
        _event("E-13", "C-2", "release", "2026-01-04T09:00:00Z", reason="administrative arrest served",
               released_to="her brother, Омаров Бауыржан"),
        _event("E-21", "C-3", "apprehension", "2026-01-04T06:00:00Z", place="Market", officers=["sgt.omarov"],
               reason="suspicion"),
        _event("E-22", "C-3", "arrival", "2026-01-04T06:30:00Z", facility="F-1"),
    ]


def namesake_lines(count: int) -> list[str]:
    """`count` more men named Қасымов Ерлан (each his own patronymic and birthday), each held at F-1."""
    lines = []
    for n in range(1, count + 1):
        lines += [line(record="person", id=f"P-N{n}", full_name=f"Қасымов Ерлан {'АБВГДЕЖЗИКЛМНОПРСТУФ'[n % 20]}ұлы",
                       birth_date=f"1980-01-{n:02d}", sex="male", citizenship="KZ", languages=["kk"]),
                  line(record="custody", id=f"C-N{n}", person=f"P-N{n}", procedural_status="suspect", grounds="theft",
                       ordering_authority="Investigator Aliev"),
                  _event(f"E-N{n}", f"C-N{n}", "apprehension", "2026-01-04T07:00:00Z", place="Market",
                         officers=["sgt.omarov"], reason="suspicion")]
    return lines
