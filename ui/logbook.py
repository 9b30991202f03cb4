"""One log for both faces (the command line and the desktop): a rotating file in the user's log directory.

A user is shown one plain sentence; the traceback a maintainer needs goes here. Engines are made with
hide_parameters, so a logged database error names no detainee. The file is readable by its owner only.
Logging never stops the program: with the disk full or the directory unwritable it stays silent.
"""
from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

LOGGER = logging.getLogger("detention_register")
FILE_NAME = "detention-register.log"
MAX_BYTES = 1_000_000
BACKUPS = 4


class _PrivateRotatingFile(RotatingFileHandler):
    """Every file it opens (the first, and each after a rotation) is created readable by its owner only."""

    def _open(self):
        os.close(os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
        return super()._open()


def log_path() -> Path:
    return Path(user_log_dir("detention-register", appauthor=False)) / FILE_NAME


def start_logging() -> Path | None:
    """Send the program's records (INFO and above) to the log file; idempotent. None when it cannot be opened."""
    path = log_path()
    for handler in list(LOGGER.handlers):
        if isinstance(handler, _PrivateRotatingFile):
            if Path(handler.baseFilename) == path:
                return path
            LOGGER.removeHandler(handler)  # the user's log directory moved (another XDG_STATE_HOME)
            handler.close()
    logging.raiseExceptions = False  # a failing log write must not print its own traceback to the user
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s pid=%(process)d: %(message)s"))
    handler.setLevel(logging.INFO)
    LOGGER.addHandler(handler)
    LOGGER.setLevel(min(LOGGER.level or logging.INFO, logging.INFO))
    return path


class _Console(logging.StreamHandler):
    """The command line's own lines on standard error, at the level -q/-v chose; looks sys.stderr up at each
    record, so that a redirected stderr (a test's, a pipe's) is the one written to."""

    def __init__(self):
        super().__init__()
        self.setFormatter(logging.Formatter("detention-register: %(message)s"))

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value):
        pass


def set_console_level(verbosity: int) -> None:
    """-v (verbosity 1) copies the log's records to standard error, -vv its debugging records too; without
    -v the command line says only its own one-line results and problems there, so nothing is said twice.
    The log file keeps INFO and above whatever the console shows."""
    level = {1: logging.INFO}.get(verbosity, logging.DEBUG if verbosity > 1 else logging.CRITICAL + 1)
    console = next((h for h in LOGGER.handlers if isinstance(h, _Console)), None)
    if console is None:
        console = _Console()
        LOGGER.addHandler(console)
    console.setLevel(level)
    LOGGER.setLevel(min(level, logging.INFO))


def log_unexpected(error: BaseException, doing: str) -> Path | None:
    """Record an error nobody anticipated, with its traceback; returns the log's path (None if unwritable)."""
    path = start_logging()
    LOGGER.error("unexpected error while %s", doing, exc_info=(type(error), error, error.__traceback__))
    return path
