"""The adversary that matters: whoever runs the database. With the superuser's powers they drop the triggers,
move an apprehension time and recompute every later hash and the whole tree, or rebuild a register from an
edited export. The chain alone then says "intact"; a witness's checkpoint taken before says otherwise and
names the first size at which the register's history departs from what the witness saw."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from models import immutability
from models.orm import IMMUTABLE_TABLES
from register import chain, checkpoint, store
from register.opening import open_register
from tests.core.lines import CUSTODY, EVENTS, FACILITY, FACILITY_2, PERSON, lines, problems
from ui.cli import main


def _checkpoint(db_url, capsys) -> str:
    assert main(["--db", db_url, "checkpoint"]) == 0
    return capsys.readouterr().out


def _witnessed(operator, db_url, tmp_path, capsys):
    """A register built in two steps, and the witness's file holding a checkpoint after each."""
    operator.records.import_lines(lines(FACILITY, FACILITY_2))
    first = _checkpoint(db_url, capsys)
    operator.records.import_lines(lines(PERSON, CUSTODY, *EVENTS))
    second = _checkpoint(db_url, capsys)
    kept = tmp_path / "witness.txt"
    kept.write_text(first + "\n" + second, encoding="utf-8")
    sizes = [checkpoint.parse_notes(note)[0].checkpoint.size for note in (first, second)]
    return kept, sizes


def _rewrite_history(register) -> None:
    """The insider's tool: every hash recomputed from the records as they now stand, the tree rebuilt."""
    with Session(register.engine) as session:
        links = list(store.chain_links(session))
    previous, rows = chain.GENESIS, []
    for link in links:
        value = chain.link(previous, link.record)
        rows.append({"seq": link.seq, "prev": previous, "hash": value})
        previous = value
    with register.engine.begin() as connection:
        connection.execute(text("UPDATE chain_entry SET prev_hash = :prev, hash = :hash WHERE seq = :seq"), rows)
        connection.execute(text("UPDATE chain_head SET hash = :hash"), {"hash": previous})
        connection.execute(text("DELETE FROM merkle_node"))
    with Session(register.engine) as session, session.begin():
        store.build_tree(session)


def move_apprehension(register, later: datetime) -> None:
    """The falsification the register exists to expose: C-1's apprehension (E-1) moved to `later` by whoever
    runs the database, the triggers dropped and put back, every hash and the tree recomputed."""
    with register.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)
        connection.execute(text("UPDATE event SET at = :at WHERE id = 'E-1'"),
                           {"at": later.replace(tzinfo=None) if register.engine.dialect.name == "sqlite" else later})
    _rewrite_history(register)
    with register.engine.begin() as connection:
        immutability.install(connection, IMMUTABLE_TABLES)


def test_an_insider_who_recomputes_every_hash_is_caught_by_a_witness(operator, register, db_url, tmp_path,
                                                                     capsys):
    kept, (before_person, after_events) = _witnessed(operator, db_url, tmp_path, capsys)
    apprehension = operator.reports.timeline("C-1", log=False).apprehension.at
    later = apprehension + timedelta(hours=2)
    move_apprehension(register, later)

    assert operator.reports.timeline("C-1", log=False).apprehension.at == later
    # The board's row and stored clocks still say what the true events gave: verify's re-judging names them ...
    assert {f.record for f in operator.chain.verify().findings} == {"custody C-1"}
    operator.maintenance.rebuild_projection()  # ... until the insider judges them again too
    assert operator.chain.verify().intact  # the chain, the tree and the derived rows alone are fooled
    assert main(["--db", db_url, "verify", "--checkpoint", str(kept)]) == 1
    error = problems(capsys.readouterr().err)
    assert f"checkpoint of size {after_events}" in error[0]
    assert not any(f"checkpoint of size {before_person}" in line for line in error)  # what the witness saw before E-1 still holds


def rebuilt_from_an_edited_export(operator, db_url, clock, tmp_path, request) -> str:
    """The insider's other way: the register exported, E-1 an hour later, imported into a new register (a SQLite
    file, or a new database on the suite's server) whose own chain is then intact. Returns its URL."""
    edited = []
    for line in operator.chain.export_lines():
        data = json.loads(line)
        if data.get("record") == "chain":
            continue  # the insider drops what the interchange does not carry
        if data.get("id") == "E-1":
            data["at"] = "2026-01-05T06:00:00Z"  # an hour later than the truth
        edited.append(json.dumps({k: v for k, v in data.items() if k not in chain.CHAIN_FIELDS}))
    rebuilt_url = (f"sqlite:///{tmp_path / 'rebuilt.db'}" if db_url.startswith("sqlite")
                   else request.getfixturevalue("pg_server").new_database())
    rebuilt = open_register(rebuilt_url, clock)
    try:
        rebuilt.as_user(operator.actor).records.import_lines(edited)
        assert rebuilt.as_user(operator.actor).chain.verify().intact  # a consistent register of its own
    finally:
        rebuilt.close()
    return rebuilt_url


def test_a_register_rebuilt_from_an_edited_export_is_told_apart(operator, db_url, clock, tmp_path, capsys,
                                                                 request):
    kept, (before_person, after_events) = _witnessed(operator, db_url, tmp_path, capsys)
    rebuilt_url = rebuilt_from_an_edited_export(operator, db_url, clock, tmp_path, request)
    assert main(["--db", rebuilt_url, "checkpoint"]) == 0  # the insider even signs with the register's key
    capsys.readouterr()
    assert main(["--db", rebuilt_url, "verify", "--checkpoint", str(kept)]) == 1
    error = problems(capsys.readouterr().err)[0]
    assert f"checkpoint of size {before_person}" in error  # the rebuilt history departs at once
