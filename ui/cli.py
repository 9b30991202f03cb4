"""The `detention-register` command line (contract section 1).

Thin over `register/` and `printing/`: it parses arguments, calls a service,
and turns every refusal into one plain line on stderr. Bad input exits 2 and
leaves the database exactly as it was; a broken chain exits 1.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from contextlib import contextmanager
from datetime import datetime
from typing import Iterator

from register.access import Actor, Permission
from register.accounts import DEMO_PASSWORD, create_demo_accounts, create_first_admin, has_accounts
from register.deployment import backup
from register.errors import BadInput, Rejected, RegisterError, Unusable, os_reason
from register.keyfile import KeyFileError
from register.faults import explain
from register.now import SystemClock
from register.opening import BadRegisterURL, database_name, open_register, resolve_url
from register.pg_security import clock_warning, record_signing_key, secure_register
from register.rules import clock_to_json, format_table
from register.service import Services
from register.services.board import BoardQuery
from register.timeutil import InstantError, parse_instant
from ui import cli_accounts, cli_custody, cli_oversight
from ui import cli_conventions as conventions
from ui.logbook import LOGGER, log_unexpected, start_logging

EXIT_OK, EXIT_TAMPERED, EXIT_BAD_INPUT, EXIT_UNUSABLE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="detention-register",
                                     description="The unified register of people deprived of their liberty.")
    parser.add_argument("--db", help="SQLAlchemy URL of the register (default: $DETENTION_REGISTER_DB, "
                                     "else a SQLite file in your data directory)")
    parser.add_argument("--profile", default="kz", help="rule profile (default: kz)")
    conventions.add_global_options(parser)
    commands = parser.add_subparsers(dest="command")
    init = commands.add_parser("init", help="create or upgrade the register's schema")
    init.add_argument("--admin", metavar="USERNAME",
                      help="create the first administrator (only while the register has no account); the password "
                           "is asked for, or read from standard input when it is not a terminal")
    init.add_argument("--full-name", help="the first administrator's full name (default: the username)")
    demo = commands.add_parser("demo", help="fill the register with a synthetic demo register")
    demo.add_argument("--if-empty", action="store_true",
                      help="do nothing (and succeed) when the register already has custodies or accounts")
    importing = commands.add_parser("import", help="import a JSON Lines file, all or nothing")
    importing.add_argument("file", help="the file, or - for standard input")
    conventions.add_format_option(importing)
    exporting = commands.add_parser("export", help="write the register as JSON Lines to standard output")
    exporting.add_argument("--custody", help="only this custody")
    exporting.add_argument("--checkpoint", metavar="FILE", help="with --custody: add consistency proofs from the "
                                                               "checkpoints a witness kept in FILE")
    breaches = commands.add_parser("breaches", help="evaluate every rule for every custody")
    breaches.add_argument("--as-of", help="ISO 8601 instant with offset (default: now)")
    breaches.add_argument("--format", choices=("json", "table"), default="table")
    breaches.add_argument("--fresh", action="store_true", help="judge every custody afresh from its events instead "
                                                               "of reading the clocks stored at its last write")
    verify = commands.add_parser("verify", help="check the tamper-evident chain")
    verify.add_argument("--file", help="check an exported file (- for standard input) instead of the database")
    verify.add_argument("--checkpoint", metavar="FILE", help="also check that the register (or the export) "
                                                             "extends the checkpoints a witness kept in FILE")
    conventions.add_format_option(verify)
    checkpoint = commands.add_parser("checkpoint", help="print the register's signed checkpoint")
    checkpoint.add_argument("--public-key", action="store_true", help="print the key witnesses check it with")
    checkpoint.add_argument("--rotate-key", action="store_true", help="replace the checkpoint key with a new one, "
                                                                      "endorsed by the old; print the new key")
    timeline = commands.add_parser("timeline", help="print one custody's timeline as PDF")
    timeline.add_argument("custody")
    timeline.add_argument("--pdf", required=True, help="the PDF file to write")
    timeline.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    case_file = commands.add_parser("case-file", help="write one custody's case file (timeline PDF, verifiable "
                                                      "export, alert history, complaints) to a new folder")
    case_file.add_argument("custody")
    case_file.add_argument("--out", required=True, metavar="DIR", help="the folder to create (it must not exist)")
    case_file.add_argument("--zip", action="store_true", help="write DIR.zip, one archive, instead of a folder")
    case_file.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    backup = commands.add_parser("backup", help="copy a live SQLite register to FILE and verify the copy")
    backup.add_argument("file")
    commands.add_parser("setup-postgres", help="make a shared PostgreSQL register enforce roles and facilities "
                                               "itself (run by the owner after init and after every upgrade)")
    commands.add_parser("rebuild", help="recompute the board's projection of every custody (after a rule "
                                        "profile changes)")
    commands.add_parser("gui", help="open the desktop application (the default)")
    cli_accounts.add_arguments(parser, commands)
    cli_custody.add_arguments(commands)
    cli_oversight.add_arguments(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    start_logging()
    conventions.apply_verbosity(args)
    conventions.apply_station_settings(args)
    try:
        return COMMANDS[command](args)
    except BadRegisterURL as error:
        print(f"detention-register: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Rejected as rejected:
        source = getattr(args, "file", None) or "input"
        source = "stdin" if source == "-" else source
        for problem in rejected.problems:
            where = f"{source}:{problem.ref}" if isinstance(problem.ref, int) else f"{source}: {problem.ref}"
            print(f"{where}: {problem.message}", file=sys.stderr)
        if rejected.more:
            print(f"{source}: {rejected.more} more problems not listed", file=sys.stderr)
        return rejected.exit_status
    except KeyFileError as error:  # the register is fine: its key file is not, and the sentence says so
        print(f"detention-register: {error}", file=sys.stderr)
        return error.exit_status
    except Unusable as error:
        return _unusable(error, args, command)
    except RegisterError as error:
        print(f"detention-register: {error}", file=sys.stderr)
        return error.exit_status
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("detention-register: interrupted; " + ("the output is incomplete: discard it" if command == "export"
                                                     else "nothing was written"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - the last word: one line, never a traceback nor a record's values
        return _unusable(error, args, command)


def _unusable(error: Exception, args, command: str) -> int:
    """Status 3 (contract section 1): the register could not be used; the traceback goes to the log only."""
    known = explain(error, _location(args.db))
    if known is not None:
        LOGGER.warning("'%s' stopped: %s", command, known)
    else:
        path = log_unexpected(error, f"running '{command}'")
        where = f"the details are in {path}" if path else "no log could be written"
        known = f"an unexpected error stopped '{command}'; nothing was written; {where}"
    print(f"detention-register: {known}", file=sys.stderr)
    return EXIT_UNUSABLE


def _location(db: str | None) -> str:
    try:
        return database_name(resolve_url(db))
    except Exception:  # noqa: BLE001 - a URL that does not parse is named generically
        return "the register"


@contextmanager
def _service(args, migrate: bool = True) -> Iterator[Services]:
    """A command's register: only the writing commands may create one (a mistyped path read by `export` or
    `verify` is refused, not made into an empty register), only `init` upgrades a shared PostgreSQL one."""
    with cli_accounts.signed_in(args, migrate, create=args.command == "import") as service:
        LOGGER.info("'%s' opened the register at %s", args.command, database_name(service.register.url))
        skew = clock_warning(service.register.engine, service.register.clock.now())
        if skew:
            print(f"detention-register: warning: {skew}", file=sys.stderr)
        yield service


def cmd_init(args) -> int:
    """Creates or upgrades the schema, without sign-in (the owner of a shared register has no account);
    `--admin` makes the first administrator, only while the register has none."""
    register = open_register(args.db, profile=args.profile, create=True, upgrade_shared=True)
    try:
        judged = register.judge_again_if_stale()
        if judged is not None:
            print(f"board projection and stored clocks judged again for {judged} "
                  f"{'custody' if judged == 1 else 'custodies'}")
        print(f"register ready at {database_name(register.url)}")
        if args.admin:
            if has_accounts(register):
                raise BadInput("accounts-exist")
            password = (cli_accounts.new_password(args.admin) if cli_accounts.ENV_NEW_PASSWORD in os.environ
                        else _read_password(f"password for {args.admin}: "))
            create_first_admin(register, args.admin, args.full_name or args.admin, password)
            print(f"first administrator '{args.admin}' created")
        elif not has_accounts(register):
            print("the register has no account yet: create the first administrator with "
                  "'detention-register init --admin USERNAME'")
    finally:
        register.close()
    return EXIT_OK


def _read_password(prompt: str) -> str:
    """From the terminal without echo (asked twice), or the first line of a piped standard input (a new
    password may also come from $DETENTION_REGISTER_NEW_PASSWORD, see cli_accounts.new_password)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(prompt)
    if getpass.getpass("again: ") != password:
        raise BadInput("passwords-differ")
    return password


def cmd_demo(args) -> int:
    """A synthetic register with one account per role, password 'demo': only into a register that has neither
    custodies nor accounts, so demo accounts never reach a register in service."""
    from register.synthetic import demo_lines
    register = open_register(args.db, profile=args.profile, create=True)
    try:
        where = database_name(register.url)
        service = register.as_user(Actor.without_accounts())
        if has_accounts(register) or service.board.count(BoardQuery(held_only=False)):
            if args.if_empty:
                print(f"the register at {where} already has custodies or accounts; no demo data added")
                return EXIT_OK
            raise BadInput("demo-not-empty", where=where)
        summary = service.records.import_lines(demo_lines(service.now()), source="demo")
        print(f"demo register: {summary.written.get('custody', 0)} custodies and "
              f"{summary.written.get('event', 0)} events added at {where}")
        made = create_demo_accounts(register)
        print(f"demo accounts (password '{DEMO_PASSWORD}'): {', '.join(made)}")
    finally:
        register.close()
    return EXIT_OK


def cmd_import(args) -> int:
    if args.file == "-" and conventions.is_terminal(sys.stdin):
        conventions.note(args, "reading JSON Lines from standard input; end with Ctrl+D")
    with _lines_of(args.file) as lines, _service(args) as service, conventions.progress_of(args) as progress:
        summary = service.records.import_lines(lines, source="standard input" if args.file == "-" else args.file,
                                               progress=progress)
    if args.format == "json":
        conventions.print_json(conventions.import_json(summary))
        return EXIT_OK
    written = ", ".join(f"{n} {kind}" for kind, n in summary.written.items() if n) or "nothing new"
    unchanged = sum(summary.unchanged.values())
    print(f"imported: {written}" + (f" ({unchanged} records already present)" if unchanged else ""))
    return EXIT_OK


@contextmanager
def _lines_of(path: str) -> Iterator[Iterator[str]]:
    """The lines of a file (or of standard input for -) as they are read, so that an import never holds
    the whole file; the file is opened before the register, so a wrong name leaves the register alone."""
    name = "standard input" if path == "-" else path
    try:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
    except OSError as error:
        raise BadInput("cannot-read-file", path=path, reason=os_reason(error)) from None

    def lines() -> Iterator[str]:
        try:
            yield from handle
        except UnicodeDecodeError:
            raise BadInput("not-utf8-text", name=name) from None
        except OSError as error:
            raise BadInput("cannot-read-file", path=name, reason=os_reason(error)) from None

    try:
        yield lines()
    finally:
        if handle is not sys.stdin:
            handle.close()


def cmd_export(args) -> int:
    since = _checkpoints(args.checkpoint) if args.checkpoint else ()
    with _service(args) as service, conventions.progress_of(args) as progress:
        for line in service.chain.export_lines(args.custody, since, progress):
            sys.stdout.write(line + "\n")
    return EXIT_OK


def cmd_breaches(args) -> int:
    as_of = _instant(args.as_of, "--as-of") if args.as_of else None
    with _service(args) as service:
        clocks = (service.reports.fresh_breaches if args.fresh else service.reports.breaches)(as_of)
    if args.format == "json":
        json.dump([clock_to_json(c) for c in clocks], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(clocks) + "\n")
    return EXIT_OK


def cmd_verify(args) -> int:
    checkpoints = _checkpoints(args.checkpoint) if args.checkpoint else ()
    printed = _printout(args.checkpoint) if args.checkpoint and not args.file else None
    with conventions.progress_of(args) as progress:
        if args.file:
            verdict = _verify_file(args.file, checkpoints, progress)
        else:
            with _service(args) as service:
                verdict = service.chain.verify(checkpoints=checkpoints, progress=progress)
                if printed is not None:  # a printout's QR text: its signed list of records is checked too
                    verdict = verdict.adding(service.witness.printout_findings(printed))
    if args.format == "json":
        conventions.print_json(conventions.verdict_json(verdict))
    else:
        print(verdict.describe(), file=sys.stdout if verdict.intact else sys.stderr)
    return EXIT_OK if verdict.intact else EXIT_TAMPERED


def _verify_file(path: str, checkpoints, progress):
    from register.interchange import verify_lines
    try:
        with conventions.text_input(path) as handle:
            return verify_lines(handle, checkpoints, progress)
    except OSError as error:
        raise BadInput("cannot-read-file", path=path, reason=os_reason(error)) from None
    except UnicodeDecodeError:
        raise BadInput("not-utf8-text", name=conventions.input_name(path)) from None


def _checkpoints(path: str) -> list:
    from register.checkpoint import CheckpointError
    from register.printout import checkpoints_in
    try:
        with open(path, encoding="utf-8") as handle:
            return checkpoints_in(handle.read())
    except (OSError, UnicodeDecodeError) as error:
        if isinstance(error, UnicodeDecodeError):
            raise BadInput("not-utf8-text", name=path) from None
        raise BadInput("cannot-read-file", path=path, reason=os_reason(error)) from None
    except CheckpointError as error:
        raise BadInput("in-file", path=path, problem=error) from None


def _printout(path: str):
    """The printout evidence in a file `_checkpoints` has read already, or None when it holds a witness's
    checkpoints (or only the first of a long printout's codes)."""
    from register.checkpoint import CheckpointError
    from register.printout import parse
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    try:
        return parse(text)
    except CheckpointError:
        return None


def cmd_checkpoint(args) -> int:
    from register.keyfile import key_path
    with _service(args) as service:
        if args.public_key:
            key = service.chain.checkpoint_public_key()
            if key is None:
                raise BadInput("no-checkpoint-key-yet")
            print(key)
        elif args.rotate_key:
            print(service.chain.rotate_checkpoint_key(key_path(service.register.url)))
        else:
            sys.stdout.write(service.chain.checkpoint(key_path(service.register.url)))
    return EXIT_OK


def cmd_timeline(args) -> int:
    from printing.timeline_pdf import write_timeline_pdf
    with _service(args) as service:
        report = service.reports.timeline_report(args.custody)
    try:
        with conventions.whole_file(args.pdf) as partial:
            write_timeline_pdf(report, args.lang, str(partial))
    except OSError as error:
        raise BadInput("cannot-write-file", path=args.pdf, reason=os_reason(error)) from None
    print(f"timeline of custody {args.custody} written to {args.pdf}")
    return EXIT_OK


def cmd_case_file(args) -> int:
    from printing.case_file import CaseFileExists, write_case_file
    with _service(args) as service:
        try:
            written = write_case_file(service, args.custody, args.out, args.lang, as_zip=args.zip)
        except CaseFileExists as exists:
            raise BadInput("case-file-exists", path=str(exists)) from None
        except RegisterError:
            raise  # a refusal (AccessDenied is also a PermissionError): its own status
        except OSError as error:
            raise BadInput("cannot-write-file", path=args.out, reason=os_reason(error)) from None
    print(f"case file of custody {args.custody} written to {written}")
    return EXIT_OK


def cmd_backup(args) -> int:
    with _service(args, migrate=False) as service:
        service.actor.require(Permission.EXPORT)  # a backup is a whole copy of the register
        verdict = backup(service.register, args.file, service.actor)
    if not verdict.intact:
        print(f"the copy at {args.file} does not verify: {verdict.describe()}", file=sys.stderr)
        return EXIT_TAMPERED
    print(f"backup written to {args.file}; {verdict.describe()}")
    return EXIT_OK


def cmd_setup_postgres(args) -> int:
    url = resolve_url(args.db)
    names = secure_register(url)
    print(f"the database enforces the register's roles and facilities; each account signs in as its own login, "
          f"created by 'accounts add' in the group {names.group('ROLE')}")
    path, verifier = record_signing_key(url, SystemClock().now())
    if verifier:
        print(f"checkpoints are signed with the key in {path} (keep it on the stations that export, readable by "
              f"their user only); witnesses check them with {verifier}")
    return EXIT_OK


def cmd_rebuild(args) -> int:
    with _service(args) as service:
        count = service.maintenance.rebuild_projection()
    print(f"board projection recomputed for {count} {'custody' if count == 1 else 'custodies'}")
    return EXIT_OK


def cmd_accounts(args) -> int:
    with _service(args) as service:
        return cli_accounts.run(service, args)


def cmd_oversight(args) -> int:
    with _service(args) as service:
        cli_oversight.run(service, args)
    return EXIT_OK


def cmd_gui(args) -> int:
    from ui.desktop.app import run
    return run(args.db, args.profile)


def _instant(text: str, option: str) -> datetime:
    try:
        return parse_instant(text)
    except InstantError as error:
        raise BadInput("option-invalid", option=option, problem=error) from None


COMMANDS = {"init": cmd_init, "demo": cmd_demo, "import": cmd_import, "export": cmd_export,
            "breaches": cmd_breaches, "verify": cmd_verify, "checkpoint": cmd_checkpoint, "timeline": cmd_timeline,
            "case-file": cmd_case_file, "backup": cmd_backup, "setup-postgres": cmd_setup_postgres,
            "rebuild": cmd_rebuild, "gui": cmd_gui, "accounts": cmd_accounts, "oversight": cmd_oversight,
            **{name: (lambda args, run=run: run(args, _service)) for name, run in cli_custody.COMMANDS.items()}}

if __name__ == "__main__":
    sys.exit(main())
