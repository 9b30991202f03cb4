"""docs/deployment-postgres.md, followed step by step on a server of its own: its commands, run as written
by the people it names, leave a register that the database itself guards."""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from register import pg_security
from tests.pgserver import PostgresServer
from ui.cli import main

pytestmark = pytest.mark.postgres
GUIDE = Path(__file__).resolve().parent.parent / "docs" / "deployment-postgres.md"
OWNER_PASSWORD = "owner's long secret"
ADMIN_PASSWORD = "Bekova keeps 7 long secrets"
OFFICER_PASSWORD = "twelve quiet words at 9"
# Who runs a block (its first line says), as the environment that person's shell would have; at a station,
# the account's password is what the person types (here the variable the guide names).
IDENTITIES = {"# as a superuser of the server": "export PGUSER=postgres",
              "# as the owner": "export PGUSER=register_owner",
              "# as the administrator, at a station": f"unset PGUSER; export DETENTION_REGISTER_PASSWORD="
                                                      f"'{ADMIN_PASSWORD}' DETENTION_REGISTER_NEW_PASSWORD="
                                                      f"'{OFFICER_PASSWORD}'",
              "# as the officer, at a station": f"unset PGUSER; export DETENTION_REGISTER_PASSWORD='{OFFICER_PASSWORD}'"}


def guide_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.S)


@pytest.fixture(scope="module")
def own_server():
    """The guide creates server-wide roles (register_owner): on a server of its own, not the suite's."""
    server = PostgresServer()
    server.port += 1
    server.start()
    yield server
    server.stop()


def test_the_guide_says_who_runs_every_block():
    for block in guide_blocks():
        first = block.splitlines()[0]
        assert first in IDENTITIES or first == "# at a station", block


def test_the_deployment_guide_run_as_written(own_server, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "detention-register"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m ui.cli "$@"\n')
    shim.chmod(0o755)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:register_owner:{OWNER_PASSWORD}\n")
    pgpass.chmod(0o600)
    environment = {**os.environ, "PATH": f"{bin_dir}:{own_server.bindir}:{os.environ['PATH']}",
                   "PYTHONPATH": str(Path.cwd()), "PGHOST": str(own_server.root), "PGPORT": str(own_server.port),
                   "PGPASSFILE": str(pgpass), "DETENTION_REGISTER_NEW_PASSWORD": ADMIN_PASSWORD}
    environment.pop("DETENTION_REGISTER_DB", None)
    # Every block but the station's `gui` (a window), each in a shell of its own that keeps what its reader
    # exported in earlier blocks. Without a terminal, passwords are read from standard input.
    exported: dict[str, list[str]] = {}
    output = ""
    for block in guide_blocks():
        if "detention-register gui" in block:
            continue
        who = block.splitlines()[0]
        answers = (f"{OWNER_PASSWORD}\n{OWNER_PASSWORD}\n" if "--pwprompt" in block
                   else f"{ADMIN_PASSWORD}\n" if "--admin" in block else "")
        script = "\n".join(["set -e", IDENTITIES[who], *exported.get(who, []), block])
        done = subprocess.run(["bash", "-c", script], input=answers, capture_output=True, text=True,
                              env=environment, cwd=tmp_path, start_new_session=True, timeout=300)
        assert done.returncode == 0, f"{block}\n{done.stderr}"
        exported.setdefault(who, []).extend(line for line in block.splitlines() if line.startswith("export "))
        output += done.stdout + done.stderr
    assert "intact" in output and list(tmp_path.glob("register-*.dump"))
    assert all(password not in output for password in (OWNER_PASSWORD, ADMIN_PASSWORD, OFFICER_PASSWORD))

    with psycopg.connect(host=str(own_server.root), port=own_server.port, user="register_owner",
                         password=OWNER_PASSWORD, dbname="register") as owner:
        attributes = owner.execute("SELECT rolsuper, rolcreaterole FROM pg_roles "
                                   "WHERE rolname = current_user").fetchone()
        assert attributes == (False, True)
        groups = {row[0] for row in owner.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'register_%'")}
        assert {"register_schema_owner", "register_duty_officer", "register_admin"} <= groups
        assert owner.execute("SELECT tableowner FROM pg_tables WHERE tablename = 'event'").fetchone() == (
            "register_schema_owner",)
        logins = dict(owner.execute("SELECT m.rolname, g.rolname FROM pg_auth_members a JOIN pg_roles m ON "
                                    "m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
                                    "WHERE m.rolname IN ('aigerim', 'omarov')").fetchall())
        assert logins == {"aigerim": "register_admin", "omarov": "register_duty_officer"}


def test_setup_postgres_refuses_sqlite(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "setup-postgres"]) == 2
    assert "postgresql" in capsys.readouterr().err


def test_setup_postgres_is_repeatable_from_the_command_line(pg_server, clock, monkeypatch, capsys):
    from register.opening import open_register
    owner = pg_server.new_database()
    open_register(owner, clock).close()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for _ in range(2):
        assert main(["--db", owner, "setup-postgres"]) == 0
    assert "each account signs in as its own login" in capsys.readouterr().out
    assert pg_security.unpoliced_tables(["event", "notes"]) == ["notes"]
