"""The command line's custody-record commands (issue 17): the property receipt, the injury register, the
medical report and the shift handover.

Each command is `run(args, open_service)`: `open_service(args)` is the command line's signed-in register
(ui/cli.py), so sign-in, logging and faults stay as every other command has them.
"""
from __future__ import annotations

from typing import Callable

from register.timeutil import format_utc
from ui import cli_conventions as conventions

EXIT_OK = 0


def add_arguments(commands) -> None:
    receipt = commands.add_parser("property-receipt", help="print a custody's property receipt as PDF, in the "
                                                           "detainee's language unless --lang says otherwise")
    receipt.add_argument("custody")
    receipt.add_argument("--pdf", required=True, help="the PDF file to write")
    receipt.add_argument("--lang", choices=("kk", "ru", "en"), help="default: the detainee's, else ru")
    injuries = commands.add_parser("injuries", help="the injury register: every examination that found injuries "
                                                    "and whether the prosecutor was told (medical, prosecutor, monitor)")
    conventions.add_format_option(injuries)
    medical = commands.add_parser("medical-report", help="print a custody's medical report with the body charts "
                                                         "as PDF (medical, prosecutor, monitor)")
    medical.add_argument("custody")
    medical.add_argument("--pdf", required=True, help="the PDF file to write")
    medical.add_argument("--lang", choices=("kk", "ru", "en"), default="en")
    handover = commands.add_parser("handover", help="a facility's shift handover at an instant (default now); "
                                                    "--sign signs it as the incoming officer")
    handover.add_argument("facility")
    handover.add_argument("--at", help="the instant, with its offset (default: now)")
    handover.add_argument("--outgoing", default="", help="the outgoing officer's name (needed to sign)")
    handover.add_argument("--notes", default="", help="what the outgoing officer hands over in words")
    handover.add_argument("--pdf", help="also print it to this PDF file")
    handover.add_argument("--lang", choices=("kk", "ru", "en"), default="ru")
    handover.add_argument("--sign", action="store_true", help="sign it in the register as the incoming officer")


def _write_pdf(path: str, write: Callable[[str], None]) -> None:
    from ui.cli import UserError  # the command line's own refusal (exit 2); ui.cli imports this module
    try:
        with conventions.whole_file(path) as partial:
            write(str(partial))
    except OSError as error:
        raise UserError(f"cannot write {path}: {error.strerror}") from None


def cmd_property_receipt(args, open_service) -> int:
    from printing.property_receipt import write_property_receipt
    with open_service(args) as service:
        receipt = service.custody.property_receipt(args.custody)
    lang = args.lang or receipt.language or "ru"
    _write_pdf(args.pdf, lambda path: write_property_receipt(receipt, lang, path))
    print(f"property receipt of custody {args.custody} ({lang}) written to {args.pdf}")
    return EXIT_OK


def cmd_injuries(args, open_service) -> int:
    with open_service(args) as service:
        rows = service.custody.injury_register()
    if args.format == "json":
        conventions.print_json([{"custody": r.custody_id, "person": r.person, "facility": r.facility_id,
                                 "exam": r.exam_id, "examined_at": format_utc(r.examined_at), "trigger": r.trigger,
                                 "marks": r.marks, "held": r.held,
                                 "prosecutor_told_at": format_utc(r.reported_at) if r.reported_at else None}
                                for r in rows])
        return EXIT_OK
    for r in rows:
        told = f"prosecutor told {format_utc(r.reported_at)}" if r.reported_at else "PROSECUTOR NOT TOLD"
        print(f"{format_utc(r.examined_at)}  {r.custody_id}  {r.person}  {r.facility_id or '-'}  "
              f"{r.trigger or '-'}  {r.marks} charted  {told}  {'held' if r.held else 'released'}")
    print(f"{len(rows)} examination(s) found injuries; {sum(r.reported_at is None for r in rows)} not reported "
          f"to the prosecutor")
    return EXIT_OK


def cmd_medical_report(args, open_service) -> int:
    from printing.medical_report import write_medical_report
    with open_service(args) as service:
        report = service.custody.medical_report(args.custody)
    _write_pdf(args.pdf, lambda path: write_medical_report(report, args.lang, path))
    print(f"medical report of custody {args.custody} written to {args.pdf}")
    return EXIT_OK


def cmd_handover(args, open_service) -> int:
    from printing.handover_pdf import write_handover_pdf
    from register.timeutil import InstantError, parse_instant
    try:
        at = parse_instant(args.at) if args.at else None
    except InstantError as error:
        from ui.cli import UserError
        raise UserError(f"--at: {error}") from None
    with open_service(args) as service:
        handover = service.custody.handover(args.facility, at, args.outgoing, args.notes)
        signed = service.custody.sign_handover(handover) if args.sign else None
    for row in handover.rows:
        due = "; ".join(f"{c.rule} {format_utc(c.due_at)}" for c in row.due) or "-"
        print(f"{row.location or '-'}  {row.custody_id}  {row.person}  [{', '.join(row.markers)}]  due: {due}  "
              f"checks missed: {row.missed_checks}  property: {', '.join(row.property_held) or '-'}")
    print(f"{len(handover.rows)} held at {handover.facility.id} as of {format_utc(handover.as_of)}; "
          f"digest {handover.digest}")
    if args.pdf:
        _write_pdf(args.pdf, lambda path: write_handover_pdf(handover, args.lang, path))
        print(f"handover written to {args.pdf}")
    if signed is not None:
        print(f"signed by {signed['by']} at {signed['at']}")
    return EXIT_OK


COMMANDS = {"property-receipt": cmd_property_receipt, "injuries": cmd_injuries, "medical-report": cmd_medical_report,
            "handover": cmd_handover}
