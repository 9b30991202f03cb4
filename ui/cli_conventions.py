"""The command line's conventions, shared by its commands: --version, -q/-v, progress bars on a terminal,
results as JSON, `-` for standard input, and files that appear whole or not at all (Ctrl+C included).

Kept apart from ui/cli.py so that each command says only what it does.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from register.chain import Verdict
from register.opening import ENV_VARIABLE
from register.writing import WriteSummary
from ui.logbook import LOGGER, set_console_level
from ui.metadata import program_version


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {program_version()}")
    talk = parser.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true",
                      help="say nothing on standard error but problems: no progress, no notes")
    talk.add_argument("-v", "--verbose", action="count", default=0,
                      help="copy the log's lines to standard error (-vv: debugging lines too)")


def add_format_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--format", choices=("text", "json"), default="text",
                         help="json: the result as one JSON object on standard output")


def apply_verbosity(args: argparse.Namespace) -> None:
    set_console_level(-1 if args.quiet else args.verbose)


def apply_station_settings(args: argparse.Namespace) -> None:
    """Without --db or $DETENTION_REGISTER_DB, the register is the one the station's settings name (the user's
    file, else the system-wide one IT rolled out: ui/desktop/settings.py), else the default SQLite file."""
    if args.db or os.environ.get(ENV_VARIABLE):
        return
    from ui.desktop.settings import Settings
    configured = Settings().database_url
    if configured:
        LOGGER.info("the register's URL comes from the station's settings")
        args.db = configured


def is_terminal(stream: object) -> bool:
    """Whether a person is at the other end of `stream` (a replaced or closed stream is no terminal)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def note(args: argparse.Namespace, text: str) -> None:
    """An informational line on standard error, which -q silences."""
    if not args.quiet:
        print(f"detention-register: {text}", file=sys.stderr)


class TerminalProgress:
    """A progress callback (register.progress.Progress) drawn as tqdm bars on standard error, one per stage;
    closed, and the line left clean, when the work ends or is interrupted."""

    def __init__(self):
        self._bar = None
        self._stage: str | None = None

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage != self._stage:
            self.close()
            from tqdm import tqdm
            self._stage = stage
            self._bar = tqdm(desc=stage, total=total, unit=" records" if stage != "reading" else " lines",
                             file=sys.stderr, dynamic_ncols=True, leave=False)
        elif total != self._bar.total:
            self._bar.total = total
        self._bar.update(done - self._bar.n)
        LOGGER.debug("%s: %d of %s", stage, done, total if total is not None else "?")

    def close(self) -> None:
        if self._bar is not None:
            LOGGER.info("%s: %d done", self._stage, self._bar.n)
            self._bar.close()
        self._bar, self._stage = None, None


@contextmanager
def progress_of(args: argparse.Namespace) -> Iterator[TerminalProgress | None]:
    """Progress bars when standard error is a terminal a person watches (never with -q, never into a file
    or a pipe, where they would only be noise); None otherwise."""
    if args.quiet or not is_terminal(sys.stderr):
        yield None
        return
    bars = TerminalProgress()
    try:
        yield bars
    finally:
        bars.close()


@contextmanager
def text_input(path: str) -> Iterator[IO[str]]:
    """A text file to read, or standard input for `-`; raises OSError as open() does."""
    if path == "-":
        yield sys.stdin
        return
    with open(path, encoding="utf-8") as handle:
        yield handle


def input_name(path: str) -> str:
    return "standard input" if path == "-" else path


@contextmanager
def whole_file(path: str | Path) -> Iterator[Path]:
    """A path to write to instead of `path`, moved onto it only when the writing ends normally: an error or
    Ctrl+C leaves no half-written file behind (and an existing file as it was)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def verdict_json(verdict: Verdict) -> dict:
    """`verify --format json`: the verdict, how many records were checked, the head, every finding."""
    return {"verdict": "intact" if verdict.intact else "tampered", "intact": verdict.intact,
            "records_checked": verdict.checked,
            "chain_head": {"seq": verdict.head_seq, "hash": verdict.head_hash},
            "mismatches": [{"seq": f.seq, "record": f.record, "problem": f.problem} for f in verdict.findings]}


def import_json(summary: WriteSummary) -> dict:
    """`import --format json`: the records written and those already present, by kind."""
    return {"written": dict(summary.written), "unchanged": dict(summary.unchanged)}
