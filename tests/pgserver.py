"""A real, throw-away PostgreSQL server for the test suite.

initdb refuses to run as root, so as root the server runs as the `postgres`
system user, with its data and socket in a temporary directory it owns.
A new register database is a copy of one migrated once per server (CREATE DATABASE ... TEMPLATE), not a
run of every Alembic revision per test; each is dropped when its test ends.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path


def _bindir() -> Path:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise RuntimeError("PostgreSQL server binaries not found: run `make test` (it installs them)")


class PostgresServer:
    def __init__(self, max_connections: int = 60):
        self.max_connections = max_connections
        self.bindir = _bindir()
        self.root = Path(tempfile.mkdtemp(prefix="register-pg-"))
        self.data = self.root / "data"
        self.port = 54000 + os.getpid() % 1000
        self.as_root = os.geteuid() == 0
        self._template: str | None = None
        self.made: list[str] = []  # the URLs of the databases made on it, in order

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run(prefix + list(command), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> PostgresServer:
        if self.as_root:
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "postgres", "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C")
        # The superuser signs in by trust (the suite's set-up); every other login by SCRAM, as in production.
        hba = self.data / "pg_hba.conf"
        self._run("sh", "-c", f"printf 'local all postgres trust\\nlocal all all scram-sha-256\\n' > {hba}")
        self.resume()
        return self

    def resume(self) -> None:
        """Run the server on its data (made by `start`), as after a `halt`."""
        options = f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off -c max_connections={self.max_connections}"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "log"), "-w", "start")

    def halt(self) -> None:
        """Stop at once, as a crash or a power cut does: every connection dropped, the data kept."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def stop(self) -> None:
        try:
            self.halt()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.root}&port={self.port}"

    def _admin(self, statement: str) -> None:
        import psycopg
        with psycopg.connect(host=str(self.root), port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(statement)

    def new_database(self) -> str:
        """A fresh, empty database on this server; returns its URL."""
        name = "t_" + uuid.uuid4().hex[:12]
        self._admin(f'CREATE DATABASE "{name}"')
        self.made.append(self.url(name))
        return self.made[-1]

    def new_register_database(self) -> str:
        """A fresh database at this program's schema with no records in it: what opening an empty database
        makes of it, copied from a template migrated on the first call; returns its URL."""
        if not self._template:
            self._template = self._migrated_template()
        name = "t_" + uuid.uuid4().hex[:12]
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self._template}"')
        self.made.append(self.url(name))
        return self.made[-1]

    def _migrated_template(self) -> str:
        from models.engine import make_engine
        from models.migrate import upgrade
        name = "register_template"
        self._admin(f'CREATE DATABASE "{name}"')
        engine = make_engine(self.url(name))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        # No connection may reach it again: a copy is refused while anyone is connected to its template.
        self._admin(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
        return name

    def drop_database(self, url: str) -> None:
        """Drop a database a test made, whoever is still connected to it, so the server stays small."""
        from sqlalchemy.engine import make_url
        self._admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
