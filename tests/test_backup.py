"""`backup FILE`: a consistent online copy of a SQLite register that verifies; PostgreSQL gets pg_dump guidance."""
from __future__ import annotations

import pytest

from register.access import Actor
from register.deployment import DeploymentError, backup
from register.opening import open_register
from tests.core.lines import story
from ui.cli import main


def test_the_copy_is_complete_and_verifies(sqlite_url, tmp_path, clock, capsys):
    register = open_register(sqlite_url, clock)
    operator = register.as_user(Actor.without_accounts())
    operator.records.import_lines(story())
    target = tmp_path / "copy.db"
    assert backup(register, target).intact
    copy = open_register(f"sqlite:///{target}", clock, migrate=False)
    assert list(copy.as_user(operator.actor).chain.export_lines())[1:] == list(operator.chain.export_lines())[1:]
    copy.close()
    register.close()
    assert main(["--db", sqlite_url, "backup", str(target)]) == 2
    assert "never overwrites" in capsys.readouterr().err


def test_cli_backup_reports_the_chain_head(sqlite_url, tmp_path, capsys):
    assert main(["--db", sqlite_url, "init"]) == 0
    assert main(["--db", sqlite_url, "backup", str(tmp_path / "b.db")]) == 0
    assert "intact" in capsys.readouterr().out


@pytest.mark.postgres
def test_postgres_gets_pg_dump_guidance(pg_server, tmp_path, capsys, clock):
    url = pg_server.new_database()
    register = open_register(url, clock)
    with pytest.raises(DeploymentError, match="pg_dump"):
        backup(register, tmp_path / "x.db")
    register.close()
    assert main(["--db", url, "backup", str(tmp_path / "x.db")]) == 2
    assert "pg_dump" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()
