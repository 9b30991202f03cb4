"""The `oversight` command: the oversight report of a period as PDF and/or CSV (issue 16).

The period is given as local days (`--from 2026-11-01 --to 2026-11-30`, both included), read on each
facility's own clock; `--facility` (repeatable) narrows it to some facilities, else every facility the
account oversees and the custodies never delivered anywhere are counted.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date

from printing.oversight_pdf import write_oversight_csv, write_oversight_pdf
from register.errors import BadInput, os_reason
from register.reports import OversightReport
from register.service import Services
from ui import cli_conventions as conventions


def add_arguments(commands) -> None:
    oversight = commands.add_parser("oversight", help="write the oversight report of a period as PDF and/or CSV")
    oversight.add_argument("--from", dest="first_day", required=True, metavar="DAY",
                           help="first day of the period, YYYY-MM-DD (each facility's local day)")
    oversight.add_argument("--to", dest="last_day", required=True, metavar="DAY",
                           help="last day of the period, included, YYYY-MM-DD")
    oversight.add_argument("--facility", action="append", metavar="ID",
                           help="only this facility (repeat for several; default: every facility)")
    oversight.add_argument("--pdf", metavar="FILE", help="write the report as PDF")
    oversight.add_argument("--csv", metavar="FILE", help="write every figure with its custody numbers as CSV "
                                                         "(- for standard output)")
    oversight.add_argument("--lang", choices=("en", "ru", "kk"), default="en", help="language of the PDF")


def run(service: Services, args: argparse.Namespace) -> None:
    """Read the report once and write what was asked for; a PDF or CSV file appears whole or not at all."""
    if not args.pdf and not args.csv:
        raise BadInput("oversight-no-output")
    first_day, last_day = _day(args.first_day, "--from"), _day(args.last_day, "--to")
    if args.facility:
        facilities, everywhere = set(args.facility), False
    else:
        facilities, everywhere = {f.id for f in service.board.facilities()}, True
    report = service.reports.oversight_report(first_day, last_day, facilities, include_undelivered=everywhere)
    if args.pdf:
        _write(args.pdf, lambda path: write_oversight_pdf(report, args.lang, str(path)))
        print(f"oversight report {first_day} to {last_day} written to {args.pdf}", file=sys.stderr)
    if args.csv == "-":
        write_oversight_csv(report, sys.stdout)
    elif args.csv:
        _write(args.csv, lambda path: _csv(report, path))
        print(f"oversight figures {first_day} to {last_day} written to {args.csv}", file=sys.stderr)


def _csv(report: OversightReport, path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        write_oversight_csv(report, stream)


def _write(target: str, write) -> None:
    try:
        with conventions.whole_file(target) as partial:
            write(partial)
    except OSError as error:
        raise BadInput("cannot-write-file", path=target, reason=os_reason(error)) from None


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput("day-invalid", option=option, text=text) from None
