"""Every printout in Kazakh, Russian and English, rendered to PNG in docs/printouts/ to be looked at.

A register is built for it in a scratch SQLite file: a 30-day custody of a foreign national (questioned at
night before meeting the lawyer he asked for, injuries found and reported late, no consulate told, a complaint,
remanded, released), a minor taken to court and not yet back, and two people held now; then the timeline of
each, the notice of rights, the held list now and at a past instant (reconstructed), the oversight report of the month and a
whereabouts answer are printed, and each page becomes a PNG (pdftoppm, from poppler-utils).

Run: .venv/bin/python scripts/printouts.py   (or `make printouts`)
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from printing.held_list_pdf import write_held_list_pdf  # noqa: E402
from printing.oversight_pdf import write_oversight_pdf  # noqa: E402
from printing.rights_notice import write_rights_notice  # noqa: E402
from printing.timeline_pdf import write_timeline_pdf  # noqa: E402
from printing.whereabouts_pdf import write_whereabouts_pdf  # noqa: E402
from register.access import Actor  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from register.services.whereabouts import Asker  # noqa: E402

OUT = ROOT / "docs" / "printouts"
LANGUAGES = ("kk", "ru", "en")
NOW = datetime(2026, 2, 3, 6, 0, tzinfo=timezone.utc)  # 11:00 in Almaty
PAST = datetime(2026, 1, 20, 6, 0, tzinfo=timezone.utc)  # the 30-day custody's 18th day, at the remand prison
MONITOR = Actor("npm1", "prosecutor", "Сейітова Айгүл")
DESK = Actor("desk1", "inquiry_desk", "Жақсыбекова Сәуле")
RESOLUTION = "80"


def register_lines() -> list[str]:
    """The register the printouts are made from, as JSON Lines."""
    def local(text: str) -> str:
        return f"{text}+05:00"

    def event(eid, custody, type_, at, recorded_at=None, by="sgt.omarov", **fields):
        return {"record": "event", "id": eid, "custody": custody, "type": type_, "at": local(at),
                "recorded_at": local(recorded_at or at), "recorded_by": by, **fields}

    records = [
        {"record": "facility", "id": "F-1", "name": "ИВС ДП г. Алматы", "kind": "ivs", "designated": True,
         "timezone": "Asia/Almaty", "region": "Алматы"},
        {"record": "facility", "id": "F-2", "name": "СИЗО-1 Алматы", "kind": "sizo", "designated": True,
         "timezone": "Asia/Almaty"},
        {"record": "person", "id": "P-1", "full_name": "Каримов Рустам Алишерович", "birth_date": "1991-07-01",
         "sex": "male", "citizenship": "UZ", "languages": ["uz", "ru"]},
        {"record": "person", "id": "P-2", "full_name": "Жұмабаев Әлібек Қанатұлы", "birth_date": "2009-03-14",
         "sex": "male", "citizenship": "KZ", "languages": ["kk", "ru"]},
        {"record": "person", "id": "P-3", "full_name": "Ахметова Гүлнар", "birth_date": "1985-01-01",
         "sex": "female", "citizenship": "KZ", "languages": ["kk"]},
        {"record": "person", "id": "P-4", "full_name": "Smith John", "birth_date": None, "sex": "male",
         "citizenship": "GB", "languages": ["en"]},
        {"record": "custody", "id": "C-30", "person": "P-1", "procedural_status": "suspect",
         "grounds": "ҚК 188-бап (ұрлық) / Art. 188 CC (theft)", "ordering_authority": "Тергеуші Әбенов"},
        {"record": "custody", "id": "C-2", "person": "P-2", "procedural_status": "suspect", "grounds": "Art. 190 CC",
         "ordering_authority": "Тергеуші Әбенов"},
        {"record": "custody", "id": "C-3", "person": "P-3", "procedural_status": "administrative",
         "grounds": "CoAO art. 434", "ordering_authority": "Полиция"},
        {"record": "custody", "id": "C-4", "person": "P-4", "procedural_status": "suspect", "grounds": "Art. 293 CC",
         "ordering_authority": "Тергеуші Әбенов"},
        # C-30: thirty days, 2 January to 1 February.
        event("E-1", "C-30", "apprehension", "2026-01-02T22:00:00", "2026-01-03T01:30:00", place="Абай даңғылы 10",
              officers=["sgt.omarov"], reason="caught in the act"),
        event("E-2", "C-30", "arrival", "2026-01-02T23:10:00", facility="F-1"),
        event("E-3", "C-30", "placement", "2026-01-02T23:20:00", location="Камера 4"),
        event("E-4", "C-30", "rights_informed", "2026-01-02T23:30:00", language="ru", written=True, signed=True),
        event("E-5", "C-30", "lawyer_request", "2026-01-02T23:35:00"),
        event("E-6", "C-30", "interrogation", "2026-01-03T00:30:00", investigator="Тергеуші Әбенов",
              lawyer_present=False, until=local("2026-01-03T02:00:00")),
        event("E-7", "C-30", "protocol", "2026-01-03T02:30:00", number="17-001", drawn_by="Тергеуші Әбенов"),
        event("E-8", "C-30", "notification", "2026-01-03T09:00:00", recipient="relative",
              recipient_name="Каримова Малика (wife)", method="phone", outcome="reached", officer="sgt.omarov"),
        event("E-9", "C-30", "medical_exam", "2026-01-03T10:00:00", physician="Dr. Оспанов", report_number="МЕД-55",
              injuries=True, non_medical_present=False),
        event("E-10", "C-30", "lawyer_meeting", "2026-01-03T11:00:00", lawyer="Адвокат Сейтқали", private=True,
              appointed_by="state"),
        event("E-11", "C-30", "injury_report", "2026-01-04T16:00:00", to="Прокуратура Алмалинского района"),
        event("E-12", "C-30", "complaint", "2026-01-04T17:00:00", addressee="Прокуратура Алмалинского района", subject="beaten at arrest"),
        event("E-13", "C-30", "court_decision", "2026-01-04T18:00:00", decision="remand",
              court="Алматы қалалық соты", until=local("2026-02-03T18:00:00")),
        event("E-14", "C-30", "departure", "2026-01-05T09:00:00", purpose="transfer", destination="СИЗО-1"),
        event("E-15", "C-30", "arrival", "2026-01-05T10:30:00", facility="F-2"),
        event("E-16", "C-30", "placement", "2026-01-05T10:45:00", location="Камера 112"),
        event("E-17", "C-30", "release", "2026-02-01T12:00:00", reason="measure changed by the court",
              released_to="his wife"),
        # C-2: a minor taken to court this morning, not yet back.
        event("E-21", "C-2", "apprehension", "2026-02-02T19:00:00", place="Төле би 55", officers=["sgt.ali"],
              reason="suspicion", video="cam-3"),
        event("E-22", "C-2", "arrival", "2026-02-02T20:00:00", facility="F-1"),
        event("E-23", "C-2", "placement", "2026-02-02T20:10:00", location="Камера 1"),
        event("E-24", "C-2", "notification", "2026-02-02T20:30:00", recipient="legal_representative",
              recipient_name="Жұмабаева Сәуле (mother)", method="phone", outcome="reached", officer="sgt.ali"),
        event("E-25", "C-2", "departure", "2026-02-03T09:00:00", purpose="court", destination="Алматы қалалық соты"),
        # C-3 and C-4: held now.
        event("E-31", "C-3", "apprehension", "2026-02-02T12:00:00", place="Market", officers=["sgt.ali"],
              reason="disorder", video="cam-9"),
        event("E-32", "C-3", "arrival", "2026-02-02T12:30:00", facility="F-1"),
        event("E-33", "C-3", "placement", "2026-02-02T12:40:00", location="Камера 2"),
        event("E-41", "C-4", "apprehension", "2026-02-03T07:00:00", place="Airport", officers=["sgt.ali"],
              reason="suspicion"),
        event("E-42", "C-4", "arrival", "2026-02-03T07:40:00", facility="F-1"),
        event("E-43", "C-4", "placement", "2026-02-03T07:45:00", location="Камера 3"),
    ]
    return [json.dumps({"format": "detention-register", "version": 1})] + [
        json.dumps(r, ensure_ascii=False) for r in records]


def handle_some_alerts(monitor, clock: ManualClock) -> None:
    """What a prosecutor did about the 30-day custody's alerts, for the report's alert handling figures."""
    alerts = [a for a in monitor.alerts.alerts() if a.custody_id == "C-30"]
    for number, alert in enumerate(alerts[:4]):
        clock.advance(minutes=25)
        monitor.alerts.acknowledge(alert.key, "seen")
        if number == 0:
            monitor.alerts.refer(alert.key, "Прокуратура г. Алматы", "No. 2-17/26")
        if number == 1:
            clock.advance(hours=2)
            monitor.alerts.close(alert.key, "the detainee was released by the court")
    clock.advance(minutes=5)


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils (scripts/system-packages.sh)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        pdfs = Path(scratch)
        clock = ManualClock(NOW)
        register = open_register(f"sqlite:///{scratch}/printouts.db", clock, create=True)
        try:
            register.as_user(Actor.without_accounts()).records.import_lines(register_lines())
            monitor, desk = register.as_user(MONITOR), register.as_user(DESK)
            handle_some_alerts(monitor, clock)
            answer = {lang: desk.whereabouts.answer(Asker("Каримова Малика", "жена", "+7 701 555 12 12"),
                                                    "Karimov Rustam", lang, "P-1") for lang in LANGUAGES}
            for lang in LANGUAGES:
                write_timeline_pdf(monitor.reports.timeline_report("C-30"), lang, pdfs / f"timeline_30_days_{lang}.pdf")
                write_timeline_pdf(monitor.reports.timeline_report("C-2"), lang, pdfs / f"timeline_{lang}.pdf")
                write_rights_notice(monitor.reports.rights_notice("C-4"), lang, pdfs / f"rights_notice_{lang}.pdf")
                write_held_list_pdf(monitor.reports.held_at("F-1", printing=True), lang, pdfs / f"held_list_{lang}.pdf")
                write_held_list_pdf(monitor.reports.held_at("F-2", PAST, printing=True), lang,
                                    pdfs / f"held_list_past_{lang}.pdf")
                write_oversight_pdf(monitor.reports.oversight_report(date(2026, 1, 1), date(2026, 2, 3), {"F-1", "F-2"},
                                                                     include_undelivered=True),
                                    lang, pdfs / f"oversight_{lang}.pdf")
                write_whereabouts_pdf(answer[lang], lang, pdfs / f"whereabouts_{lang}.pdf")
        finally:
            register.close()
        OUT.mkdir(parents=True, exist_ok=True)
        for pdf in sorted(pdfs.glob("*.pdf")):
            for old in OUT.glob(f"{pdf.stem}-*.png"):  # its pages of an earlier run (other scripts' images stay)
                old.unlink()
            subprocess.run(["pdftoppm", "-r", RESOLUTION, "-png", str(pdf), str(OUT / pdf.stem)], check=True)
    print(f"{len(list(OUT.glob('*.png')))} pages in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
