"""The database fails in the middle of a desktop session: its server is stopped, or its SQLite file is overwritten,
after the window opened. The window says it as the register says it (register/faults.py), in the officer's
language, and the log keeps the traceback; no generic crash dialog, no database text (which would quote people's
names)."""
from __future__ import annotations

import sqlite3
import subprocess
from contextlib import closing, suppress
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from register.access import Actor
from register.errors import Message
from register.opening import database_name, open_register
from tests.pgserver import PostgresServer
from tests.ui.conftest import OFFICER, settle, small_register_lines
from register.services.board import BoardQuery
from tests.ui.test_unexpected_errors import shown_by
from ui.desktop import i18n
from ui.desktop.app import report_unexpected
from ui.desktop.main_window import MainWindow
from ui.desktop.messages import translate_message
from ui.logbook import start_logging


@pytest.fixture
def own_server():
    """A PostgreSQL server of this test alone, so that stopping it harms no other test."""
    server = PostgresServer()
    server.port += 500  # its socket lives in its own folder; another number keeps the logs apart too
    server.start()
    yield server
    with suppress(subprocess.CalledProcessError):  # the test halted it already; its folder goes all the same
        server.stop()


@pytest.fixture
def log(tmp_path, monkeypatch) -> Path:
    """The desktop's log file, in this test's own folder."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return start_logging()


def failure_dialogs(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.property("failure_of") and box.isVisible()]


def assert_said_in_the_registers_words(qtbot, register, log: Path, lang: str, fail: Callable[[], None], code: str,
                                       driver_words: tuple[str, ...]) -> None:
    """The window is open when `fail` breaks the database: its dialog says the register's sentence `code` and
    no driver's words, the log keeps the traceback, and the same fault escaping a slot is said alike."""
    i18n.install(lang)
    window = MainWindow(register, OFFICER)
    qtbot.addWidget(window)
    settle(qtbot)
    assert not failure_dialogs(window)

    fail()
    window.refresh_board()
    qtbot.waitUntil(lambda: bool(failure_dialogs(window)), timeout=20_000)
    text = failure_dialogs(window)[0].text()
    expected = translate_message(Message(code, location=database_name(register.url)), lang)
    assert expected in text
    assert not [word for word in ("Traceback", *driver_words) if word in text]
    logged = log.read_text(encoding="utf-8")
    assert " failed" in logged and "Traceback" in logged
    for box in failure_dialogs(window):
        box.close()
    window.close()
    settle(qtbot)

    # the same fault escaping a slot that called the register on the GUI thread: sys.excepthook says it too
    try:
        register.as_user(OFFICER).board.count(BoardQuery(held_only=False))
    except Exception as error:  # noqa: BLE001 - whatever the driver raises is what the hook receives
        escaped = error
    assert shown_by(lambda: report_unexpected(type(escaped), escaped, escaped.__traceback__)) == expected


@pytest.mark.postgres
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_server_stopped_mid_session_is_said_in_the_registers_words(qtbot, own_server, clock, log, lang):
    register = open_register(own_server.new_database(), clock)
    try:
        register.as_user(Actor.without_accounts()).records.import_lines(small_register_lines())
        assert_said_in_the_registers_words(qtbot, register, log, lang, own_server.halt, "server-unreachable",
                                           ("OperationalError", "psycopg"))
    finally:
        register.close()


def overwrite_with_garbage(path: Path) -> None:
    """What a failing disk or a careless sync tool does: the file's bytes replaced in place, under the open
    connections. SQLite first moves the write-ahead log into the file (as it does on its own every few MB), so
    that the records live in the bytes that are overwritten."""
    with closing(sqlite3.connect(path)) as other:
        assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0, "a reader kept the log busy"
    path.write_bytes(b"\x5a" * path.stat().st_size)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_sqlite_file_overwritten_mid_session_is_said_in_the_registers_words(qtbot, small_register, log, lang):
    assert_said_in_the_registers_words(
        qtbot, small_register, log, lang, lambda: overwrite_with_garbage(Path(make_url(small_register.url).database)),
        "register-damaged", ("DatabaseError", "sqlite3"))
