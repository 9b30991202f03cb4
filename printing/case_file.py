"""A case file: everything the register holds on one custody, in one folder ready to hand over.

A prosecutor sends a case to an investigator, a court or the Ombudsman with the printed timeline, the
verifiable one-custody export (`detention-register verify --file` checks it against the register's signed
checkpoint), the history of the custody's alerts and its complaints, and a list of the files with their
SHA-256. The folder is written beside its destination and renamed onto it when whole, so an error leaves
nothing half-made; `as_zip` packs it into one archive instead.
"""
from __future__ import annotations

import csv
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from printing.labels import Labels
from printing.timeline_pdf import write_timeline_pdf
from register.access import Permission
from register.alerts import Alert
from register.complaints import Complaint
from register.domain import ClockStatus
from register.timeutil import format_local

ALERT_COLUMNS = ("alert", "rule", "problem", "became_a_problem", "state", "assigned_to", "review_by",
                 "recorded_by", "action", "action_at", "action_by", "comment", "referred_to", "reference")
COMPLAINT_COLUMNS = ("complaint", "made_at", "addressed_to", "addressee", "subject", "alleges_ill_treatment",
                     "status", "answer_due", "answered_at", "answer", "action", "action_at", "action_by", "text")


class CaseFileExists(Exception):
    """The destination is already there: a case file is never written over another."""


def write_case_file(service, custody_id: str, destination: str | Path, lang: str = "en",
                    as_zip: bool = False, replace_zip: bool = False) -> Path:
    """Write the case file of one custody to `destination` (a new folder, or with `as_zip` a new .zip) as
    the acting user may see it; returns the path written. `replace_zip`: the user agreed to replace an
    archive of that name (a save dialog asked)."""
    target = Path(destination)
    if as_zip and target.suffix != ".zip":
        target = target.with_name(target.name + ".zip")
    if target.exists() and not (as_zip and replace_zip and target.is_file()):
        raise CaseFileExists(str(target))
    report = service.reports.timeline_report(custody_id)  # refuses a custody the user may not see
    alerts = service.alerts.custody_alerts(custody_id) if service.actor.may(Permission.REVIEW_ALERTS) else None
    complaints = service.complaints.of_custody(custody_id) if service.actor.may(Permission.COMPLAINTS) else None
    export = list(service.chain.export_lines(custody_id))
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        folder = work / target.stem if as_zip else work
        folder.mkdir(exist_ok=True)
        tz = report.timeline.timezone
        write_timeline_pdf(report, lang, str(folder / "timeline.pdf"))
        (folder / f"custody-{_safe(custody_id)}.jsonl").write_text("".join(line + "\n" for line in export),
                                                                  encoding="utf-8")
        if alerts is not None:
            _write_csv(folder / "alerts.csv", ALERT_COLUMNS, _alert_rows(alerts, lang))
        if complaints is not None:
            _write_csv(folder / "complaints.csv", COMPLAINT_COLUMNS, _complaint_rows(complaints))
        _write_readme(folder, custody_id, report, lang, tz, alerts is not None, complaints is not None)
        if as_zip:
            archive = shutil.make_archive(str(work / target.stem), "zip", root_dir=work, base_dir=target.stem)
            os.replace(archive, target)
        else:
            os.replace(work, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _alert_rows(alerts: list[Alert], lang: str):
    for alert in alerts:
        clock, tz = alert.clock, alert.timezone
        common = [alert.key, clock.title(lang), _problem(alert), format_local(alert.opened_at, tz), alert.state,
                  alert.assignee or "", format_local(alert.review_due, tz), ", ".join(alert.officers)]
        if not alert.history:
            yield common + ["", "", "", "", "", ""]
        for action in alert.history:
            yield common + [action.action, format_local(action.at, tz), action.by, action.comment or "",
                            action.referred_to or "", action.reference or ""]


def _problem(alert: Alert) -> str:
    clock = alert.clock
    if clock.status == ClockStatus.BREACHED:
        return f"breached, {'still going on' if alert.ongoing else 'ended'}: {clock.overdue_minutes} min overdue"
    if clock.status == ClockStatus.LATE:
        return f"met late by {clock.overdue_minutes} min"
    return str(clock.status)


def _complaint_rows(complaints: list[Complaint]):
    for c in complaints:
        tz = c.timezone
        common = [c.event_id, format_local(c.made_at, tz), c.body, c.addressee, c.subject,
                  "yes" if c.ill_treatment else "no", c.status, format_local(c.due_at, tz),
                  format_local(c.answered_at, tz) if c.answered_at else "", c.answer or ""]
        if not c.history:
            yield common + ["", "", "", ""]
        for action in c.history:
            yield common + [action.action, format_local(action.at, tz), action.by,
                            action.text or (format_local(action.due_at, tz) if action.due_at else "")]


def _write_csv(path: Path, columns, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)


def _write_readme(folder: Path, custody_id: str, report, lang: str, tz: str, alerts: bool, complaints: bool) -> None:
    labels = Labels(lang)
    lines = [f"{report.register_name}: case file of custody {custody_id}",
             labels.text("printed", at=format_local(report.printed_at, tz), who=report.printed_by), "",
             "timeline.pdf: the printed timeline",
             f"custody-{_safe(custody_id)}.jsonl: the one-custody export; check it with "
             f"`detention-register verify --file custody-{_safe(custody_id)}.jsonl`"]
    if alerts:
        lines.append("alerts.csv: the custody's alerts and what was done about each")
    if complaints:
        lines.append("complaints.csv: the custody's complaints addressed to your body, their answers and deadlines")
    lines += ["", "SHA-256 of each file:"]
    for path in sorted(folder.iterdir()):
        lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}")
    (folder / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _safe(name: str) -> str:
    """A custody id as part of a file name (ids may hold any printable character)."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
