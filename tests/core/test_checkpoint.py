"""Checkpoints: the signed note `checkpoint` prints, its key outside the database, and `verify --checkpoint`."""
from __future__ import annotations

import base64
import os
import stat

import pytest
from sqlalchemy.orm import Session

from register import checkpoint, evidence, merkle
from register.keyfile import load
from tests.core.lines import story
from ui.cli import main


@pytest.fixture
def key_file(tmp_path, monkeypatch):
    path = tmp_path / "keys" / "register.key"
    monkeypatch.setenv("DETENTION_REGISTER_KEY", str(path))
    return path


def _checkpoint(db_url, capsys) -> str:
    assert main(["--db", db_url, "checkpoint"]) == 0
    return capsys.readouterr().out


def test_checkpoint_prints_a_signed_note_of_the_tree(operator, register, db_url, key_file, capsys):
    operator.records.import_lines(story())
    note = _checkpoint(db_url, capsys)
    origin, size, root, blank, signature, end = note.split("\n")
    assert origin.startswith("detention-register/") and blank == "" and end == ""
    assert signature.startswith(f"\u2014 {origin} ")
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    with Session(register.engine) as session:
        assert int(size) == operator.chain.head().seq
        assert base64.b64decode(root) == evidence.tree_root(session, int(size))
    assert main(["--db", db_url, "checkpoint", "--public-key"]) == 0
    name, key_id, key = capsys.readouterr().out.strip().split("+", 2)
    assert name == origin
    signed = checkpoint.parse_notes(note)[0]
    assert signed.signed_by(name, base64.b64decode(key)[1:])
    assert not signed.signed_by(name, bytes(32))


def test_the_key_is_recorded_in_the_chain_and_the_first_checkpoint_commits_to_it(operator, db_url, key_file,
                                                                                  capsys):
    operator.records.import_lines(story())
    before = operator.chain.head().seq
    first = checkpoint.parse_notes(_checkpoint(db_url, capsys))[0].checkpoint
    assert first.size == before + 1  # the signing_key record
    second = checkpoint.parse_notes(_checkpoint(db_url, capsys))[0].checkpoint
    assert second == first  # nothing written in between: the same statement
    assert operator.chain.verify().intact


def test_a_key_readable_by_others_or_not_the_registers_is_refused(operator, db_url, key_file, capsys):
    _checkpoint(db_url, capsys)
    os.chmod(key_file, 0o644)
    assert main(["--db", db_url, "checkpoint"]) == 3
    assert "chmod 600" in capsys.readouterr().err
    os.remove(key_file)
    assert main(["--db", db_url, "checkpoint"]) == 3  # a new key would not be the one recorded
    assert "cannot read the checkpoint key" in capsys.readouterr().err


def test_verify_checkpoint_accepts_a_register_that_grew(operator, db_url, key_file, tmp_path, capsys):
    operator.records.import_lines(story())
    kept = tmp_path / "witness.txt"
    kept.write_text(_checkpoint(db_url, capsys))
    operator.records.record_event("C-1", "placement", operator.now(), {"location": "cell 4"})
    with open(kept, "a") as handle:
        handle.write("\n" + _checkpoint(db_url, capsys))  # a witness keeps every checkpoint it sees
    operator.reports.timeline("C-1")
    assert main(["--db", db_url, "verify", "--checkpoint", str(kept)]) == 0


def test_verify_checkpoint_refuses_a_foreign_or_forged_checkpoint(operator, db_url, key_file, tmp_path, capsys):
    operator.records.import_lines(story())
    note = _checkpoint(db_url, capsys)
    signed = checkpoint.parse_notes(note)[0]
    other_key = checkpoint.Ed25519PrivateKey.generate()
    forged = checkpoint.sign(signed.checkpoint, other_key)  # the same statement, signed by someone else
    (tmp_path / "forged.txt").write_text(forged)
    assert main(["--db", db_url, "verify", "--checkpoint", str(tmp_path / "forged.txt")]) == 1
    assert "not signed by a key of this register" in capsys.readouterr().err
    (tmp_path / "bad.txt").write_text("hello\n")
    assert main(["--db", db_url, "verify", "--checkpoint", str(tmp_path / "bad.txt")]) == 2


def test_a_checkpoint_beyond_the_register_says_entries_were_removed(operator, register, db_url, key_file,
                                                                    tmp_path, capsys):
    operator.records.import_lines(story())
    signed = checkpoint.parse_notes(_checkpoint(db_url, capsys))[0]
    bigger = checkpoint.Checkpoint(signed.checkpoint.origin, signed.checkpoint.size + 5, merkle.EMPTY_ROOT)
    (tmp_path / "bigger.txt").write_text(checkpoint.sign(bigger, load(key_file)))
    assert main(["--db", db_url, "verify", "--checkpoint", str(tmp_path / "bigger.txt")]) == 1
    assert "were removed" in capsys.readouterr().err


def test_the_key_lives_beside_a_sqlite_register_by_default(monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("DETENTION_REGISTER_KEY")
    url = f"sqlite:///{tmp_path / 'station.db'}"
    assert main(["--db", url, "init"]) == 0
    assert main(["--db", url, "checkpoint"]) == 0
    key = tmp_path / "station.db.checkpoint-key"
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert b"BEGIN PRIVATE KEY" in key.read_bytes()
    assert main(["--db", url, "checkpoint", "--public-key"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("detention-register/")
