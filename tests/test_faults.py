"""Faults end in one line and status 3 with the register unchanged (contract section 1; issue 12).

Each fault is real: a database that cannot grow (SQLite's max_page_count), a temporary directory on a tiny
tmpfs, a PostgreSQL server stopped mid-import, a damaged file, a register stamped by a newer program.
After each, `export` gives exactly what it gave before, and stderr holds one line naming no record's value.
"""
from __future__ import annotations

import contextlib
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, event, text

from models.migrate import _config, current_revision, head_revision
from register.access import Actor
from register.interchange import dump_line
from register.opening import open_register
from register.staging import EventStaging, remove_abandoned
from register.synthetic import demo_records
from register.synthetic.generator import generate, write_jsonl
from tests.conftest import T0
from tests.core.lines import PERSON, story
from tests.pgserver import PostgresServer
from ui.cli import main
from ui.cli_accounts import NO_ACCOUNT_NOTICE

ROOT = Path(__file__).resolve().parents[1]
NAMES = [PERSON["full_name"]]  # a fault's line must never carry a record's values


def demo_lines() -> list[str]:
    return [dump_line(record) for record in demo_records(T0)]


def exported(url: str, capsys) -> list[str]:
    """The register's records as `export` writes them, without the header and the access log (each export
    is itself logged, so those grow by one line per call)."""
    capsys.readouterr()
    assert main(["--db", url, "export"]) == 0
    return records_of(capsys.readouterr().out)


def records_of(export: str) -> list[str]:
    return [line for line in export.splitlines()[1:] if not line.startswith('{"record":"chain","kind":"access"')]


def without_notice(err: str) -> str:
    """stderr but the notice that a register without accounts is used without sign-in (contract section 5)."""
    return "".join(line for line in err.splitlines(keepends=True) if line.rstrip("\n") != NO_ACCOUNT_NOTICE)


def one_line(capsys) -> str:
    err = without_notice(capsys.readouterr().err)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert not any(name in err for name in NAMES), err
    return err


@pytest.fixture
def filled(sqlite_url, tmp_path, capsys):
    """A SQLite register holding the story, and its export."""
    source = tmp_path / "story.jsonl"
    source.write_text("\n".join(story()) + "\n", encoding="utf-8")
    assert main(["--db", sqlite_url, "import", str(source)]) == 0
    return sqlite_url, exported(sqlite_url, capsys)


@pytest.fixture
def demo_file(tmp_path) -> Path:
    path = tmp_path / "demo.jsonl"
    path.write_text("\n".join(demo_lines()) + "\n", encoding="utf-8")
    return path


_CHILDREN: list[subprocess.Popen] = []


def child(*argv: str, env: dict[str, str] | None = None, **options) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "ui.cli", *argv], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, **options)
    _CHILDREN.append(process)
    return process


@pytest.fixture(autouse=True)
def no_child_left_running():
    """A test that fails while its child runs kills it here: a child left to the garbage collector warns of its
    open pipes during some later test, which then fails for nothing it did."""
    yield
    while _CHILDREN:
        process = _CHILDREN.pop()
        if process.poll() is None:
            process.kill()
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        process.wait()


def wait_for(predicate, seconds: float = 60) -> None:
    """Poll a child process's visible effect (not a clock under test): it runs on its own schedule."""
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "the child process never got there"
        time.sleep(0.02)


# ---------------------------------------------------------------- the desktop without a display

def test_gui_without_any_display_says_so_in_one_line(sqlite_url):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = child("--db", sqlite_url, "gui", env=env)
    out, err = done.communicate(timeout=120)
    assert done.returncode == 3, err
    assert err.count("\n") == 1 and "no display" in err


# ---------------------------------------------------------------- disks

def test_a_full_disk_under_the_register_writes_nothing(filled, demo_file, capsys):
    url, before = filled

    def cannot_grow(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA max_page_count = 1")  # SQLite keeps it at the current size

    event.listen(Engine, "connect", cannot_grow)
    try:
        assert main(["--db", url, "import", str(demo_file)]) == 3
    finally:
        event.remove(Engine, "connect", cannot_grow)
    err = one_line(capsys)
    assert "is full" in err and "nothing was written" in err
    assert not any(record["full_name"] in err for record in demo_records(T0) if record["record"] == "person")
    assert exported(url, capsys) == before


@pytest.fixture
def tiny_tmp(tmp_path, monkeypatch):
    """A 16 KiB tmpfs as the temporary directory (needs the right to mount, as in the CI container)."""
    mountpoint = tmp_path / "tiny"
    mountpoint.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mountpoint)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs needs root: " + mounted.stderr.decode(errors="replace").strip())
    monkeypatch.setattr(tempfile, "tempdir", str(mountpoint))
    yield mountpoint
    subprocess.run(["umount", str(mountpoint)], check=True)


def test_a_full_temporary_directory_stops_the_import_before_the_register(filled, tmp_path, tiny_tmp, capsys):
    url, before = filled
    big = tmp_path / "big.jsonl"  # larger than the staging's page cache, so that its pages reach the disk
    with big.open("w", encoding="utf-8") as handle:
        write_jsonl(generate(7, 350, T0 - timedelta(days=30), T0), handle)
    assert main(["--db", url, "import", str(big)]) == 3
    err = one_line(capsys)
    assert f"the temporary directory {tiny_tmp} is full" in err
    assert list(tiny_tmp.iterdir()) == []  # the staging file went with the import
    assert exported(url, capsys) == before


def test_a_backup_into_a_missing_folder_is_refused(filled, tmp_path, capsys):
    url, before = filled
    target = tmp_path / "no-such-folder" / "copy.db"
    assert main(["--db", url, "backup", str(target)]) == 3
    assert "does not exist" in one_line(capsys)
    assert not target.parent.exists()
    assert exported(url, capsys) == before


# ---------------------------------------------------------------- damaged and foreign registers

@pytest.mark.parametrize("damage", ["truncated to half", "overwritten with noise"])
def test_a_damaged_sqlite_file_is_named_and_left_alone(filled, damage, capsys):
    url, _ = filled
    path = Path(url.removeprefix("sqlite:///"))
    content = path.read_bytes()
    if damage == "truncated to half":
        content = content[:len(content) // 2]
    else:
        content = bytes((b * 7 + 3) % 256 for b in content)
    path.write_bytes(content)
    for argv in (["export"], ["verify"], ["import", "-"]):
        assert main(["--db", url, *argv]) == 3
        assert "is damaged" in one_line(capsys)
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == ["register.db", "story.jsonl"]


def test_a_register_written_by_a_newer_program_is_refused_before_any_copy(filled, capsys):
    url, _ = filled
    path = Path(url.removeprefix("sqlite:///"))
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    engine.dispose()
    content = path.read_bytes()
    for argv in (["init"], ["export"]):
        assert main(["--db", url, *argv]) == 3
        assert "newer version" in one_line(capsys)
    assert path.read_bytes() == content
    assert not list(path.parent.glob("*before-upgrade*"))


@pytest.mark.parametrize("argv", [["export"], ["verify"], ["breaches"]])
def test_a_mistyped_path_is_not_made_into_an_empty_register(filled, argv, capsys):
    url, before = filled
    typo = url.replace("register.db", "regsiter.db")
    assert main(["--db", typo, *argv]) == 3
    assert "there is no register at" in one_line(capsys)
    assert not Path(typo.removeprefix("sqlite:///")).exists()
    assert exported(url, capsys) == before


def test_an_unexpected_fault_is_one_line_and_its_traceback_is_logged(filled, tmp_path, monkeypatch, capsys):
    url, _ = filled
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    with create_engine(url).begin() as connection:  # a table removed behind the register's back
        connection.execute(text("DROP TABLE person"))
    assert main(["--db", url, "export"]) == 3
    err = one_line(capsys)
    log = tmp_path / "state" / "detention-register" / "log" / "detention-register.log"
    assert f"the details are in {log}" in err
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


# ---------------------------------------------------------------- interrupted and killed imports

def staging_has_data(directory: Path) -> bool:
    """Whether an import's staging file there holds data yet. Only staging files are looked at: a child's first
    use of its temporary directory also makes and deletes a probe file of Python's own, which may be gone
    between listing the directory and reading its size."""
    return any(path.stat().st_size for path in directory.glob("register-import-*.db"))


def private_env(tmp: Path) -> dict[str, str]:
    tmp.mkdir(exist_ok=True)
    return {**os.environ, "TMPDIR": str(tmp)}


def test_ctrl_c_during_import_from_stdin_writes_nothing(filled, tmp_path, capsys):
    url, before = filled
    staging = tmp_path / "staging"
    # As at a terminal: a suite started as a background job has SIGINT ignored, which the child would inherit.
    process = child("--db", url, "import", "-", env=private_env(staging), stdin=subprocess.PIPE,
                    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    process.stdin.write("\n".join(demo_lines()[:40]) + "\n")
    process.stdin.flush()
    wait_for(lambda: staging_has_data(staging))  # staging what it reads
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    err = without_notice(err)
    assert err.count("\n") == 1 and "interrupted" in err and "Traceback" not in err
    assert list(staging.iterdir()) == []
    assert exported(url, capsys) == before


def test_the_staging_file_of_a_killed_import_is_removed_at_the_next_start(filled, tmp_path, capsys):
    url, before = filled
    staging = tmp_path / "staging"
    process = child("--db", url, "import", "-", env=private_env(staging), stdin=subprocess.PIPE)
    process.stdin.write("\n".join(demo_lines()[:40]) + "\n")
    process.stdin.flush()
    wait_for(lambda: staging_has_data(staging))
    process.kill()
    process.communicate(timeout=60)
    left = list(staging.iterdir())
    assert len(left) == 1 and stat.S_IMODE(left[0].stat().st_mode) == 0o600
    running = staging / f"register-import-{os.getpid()}-mine.db"  # a live import's file stays
    running.touch()
    done = child("--db", url, "export", env=private_env(staging))
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert records_of(out) == before
    assert list(staging.iterdir()) == [running]
    assert remove_abandoned(str(staging)) == 0


# ---------------------------------------------------------------- files and commits

def test_register_backup_and_staging_files_are_readable_by_their_owner_only(filled, tmp_path, clock):
    url, _ = filled
    register = open_register(url, clock)
    try:
        path = Path(url.removeprefix("sqlite:///"))
        for file in (path, path.with_name("register.db-wal"), path.with_name("register.db-shm")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        assert main(["--db", url, "backup", str(tmp_path / "copy.db")]) == 0
        assert stat.S_IMODE((tmp_path / "copy.db").stat().st_mode) == 0o600
        with EventStaging() as staging:
            assert stat.S_IMODE(os.stat(staging._path).st_mode) == 0o600
        with register.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        register.close()


# ---------------------------------------------------------------- PostgreSQL

@pytest.mark.postgres
def test_init_never_prints_the_password_of_its_url(pg_server, capsys):
    url = pg_server.new_database().replace("postgres@", "postgres:s3cret-Pa55@")
    assert main(["--db", url, "init"]) == 0
    assert main(["--db", url.replace("/t_", "/missing_t_"), "export"]) == 3
    output = capsys.readouterr()
    assert "s3cret-Pa55" not in output.out + output.err
    assert "register ready at PostgreSQL" in output.out


@pytest.mark.postgres
def test_a_station_never_migrates_an_older_shared_schema(pg_server, capsys):
    url = pg_server.new_database()
    engine = create_engine(url)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    for argv in (["export"], ["import", "-"]):
        assert main(["--db", url, *argv]) == 3
        assert "upgraded centrally" in one_line(capsys)
    assert current_revision(engine) == "0003"
    assert main(["--db", url, "init"]) == 0  # the register's owner upgrades it
    assert current_revision(engine) == head_revision()
    engine.dispose()


class _HaltingStdin:
    """Standard input that stops the database server after it has handed over some lines."""

    def __init__(self, lines: list[str], server: PostgresServer, after: int):
        self.lines, self.server, self.after = lines, server, after

    def __iter__(self):
        for number, line in enumerate(self.lines):
            if number == self.after:
                self.server.halt()
            yield line + "\n"


@pytest.mark.postgres
def test_postgresql_stopped_mid_import_writes_nothing(monkeypatch, capsys):
    server = PostgresServer().start()  # its own server: stopping the suite's would break every other test
    try:
        url = server.new_database()
        register = open_register(url)
        register.as_user(Actor.without_accounts()).records.import_lines(story())
        register.close()
        before = exported(url, capsys)
        lines = demo_lines()
        monkeypatch.setattr(sys, "stdin", _HaltingStdin(lines, server, after=len(lines) // 2))
        assert main(["--db", url, "import", "-"]) == 3
        assert "cannot be reached or stopped" in one_line(capsys)
        server.resume()
        assert exported(url, capsys) == before
    finally:
        server.stop()
