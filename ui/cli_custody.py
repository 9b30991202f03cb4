"""The command line's custody-record commands (issue 17): the property receipt.

Each command is `run(args, open_service)`: `open_service(args)` is the command line's signed-in register
(ui/cli.py), so sign-in, logging and faults stay as every other command has them.
"""
from __future__ import annotations

from typing import Callable

from ui import cli_conventions as conventions

EXIT_OK = 0


def add_arguments(commands) -> None:
    receipt = commands.add_parser("property-receipt", help="print a custody's property receipt as PDF, in the "
                                                           "detainee's language unless --lang says otherwise")
    receipt.add_argument("custody")
    receipt.add_argument("--pdf", required=True, help="the PDF file to write")
    receipt.add_argument("--lang", choices=("kk", "ru", "en"), help="default: the detainee's, else ru")


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


COMMANDS = {"property-receipt": cmd_property_receipt}
