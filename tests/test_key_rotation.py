"""Rotating the checkpoint key: the new key's public half is chained with the old key's endorsement, so
checkpoints of either key verify, a witness who saw only the old key follows the register to the new one, and a
key an insider merely lists in the database is refused by verify and alarms the witness."""
from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from register import checkpoint, evidence, store, witness
from register.writing import in_write_transaction
from tests.core.lines import CUSTODY, EVENTS, FACILITY, PERSON, lines, problems
from ui.cli import main


def _checkpoint(db_url, capsys) -> str:
    assert main(["--db", db_url, "checkpoint"]) == 0
    return capsys.readouterr().out


def test_checkpoints_of_the_old_and_the_new_key_both_verify_after_a_rotation(operator, register, db_url, clock,
                                                                             checkpoint_key, tmp_path, capsys):
    operator.records.import_lines(lines(FACILITY, PERSON))
    store_ = witness.store_for(register.url)
    old = _checkpoint(db_url, capsys)
    old_key = checkpoint_key.read_bytes()
    assert witness.witness(store_, operator.witness, clock.now(), witness.Observation(*_size_root(old), old),
                           "printout").departure is None
    assert main(["--db", db_url, "checkpoint", "--rotate-key"]) == 0
    new_verifier = capsys.readouterr().out.strip()
    assert checkpoint_key.read_bytes() != old_key and checkpoint_key.stat().st_mode & 0o077 == 0
    assert main(["--db", db_url, "checkpoint", "--public-key"]) == 0
    assert capsys.readouterr().out.strip() == new_verifier
    operator.records.import_lines(lines(CUSTODY, *EVENTS))
    new = _checkpoint(db_url, capsys)
    assert checkpoint.parse_notes(new)[0].checkpoint.origin == checkpoint.parse_notes(old)[0].checkpoint.origin
    kept = tmp_path / "kept.txt"
    kept.write_text(old + "\n" + new, encoding="utf-8")
    assert main(["--db", db_url, "verify", "--checkpoint", str(kept)]) == 0
    capsys.readouterr()
    looked = witness.witness(store_, operator.witness, clock.now(), witness.Observation(*_size_root(new), new),
                             "printout")
    assert looked.departure is None  # the witness follows the endorsement from the key it saw


def test_a_key_an_insider_lists_without_endorsement_is_refused_and_alarms_the_witness(operator, register, db_url,
                                                                                      clock, checkpoint_key,
                                                                                      tmp_path, capsys):
    operator.records.import_lines(lines(FACILITY, PERSON))
    store_ = witness.store_for(register.url)
    old = _checkpoint(db_url, capsys)
    witness.witness(store_, operator.witness, clock.now(), witness.Observation(*_size_root(old), old), "printout")
    intruder = Ed25519PrivateKey.generate()
    origin = checkpoint.parse_notes(old)[0].checkpoint.origin
    public = base64.b64encode(checkpoint.public_bytes(intruder)).decode()
    in_write_transaction(register.engine, lambda session: store.append_side_record(session, "signing_key", {
        "at": clock.now(), "by": "insider", "origin": origin, "public_key": public}))
    with Session(register.engine) as session:
        size = store.chain_head(session).seq
        forged = checkpoint.sign(checkpoint.Checkpoint(origin, size, evidence.tree_root(session, size)), intruder)
    kept = tmp_path / "forged.txt"
    kept.write_text(forged, encoding="utf-8")
    assert main(["--db", db_url, "verify", "--checkpoint", str(kept)]) == 1
    said = problems(capsys.readouterr().err)
    assert any("is not endorsed by the key before it" in line for line in said)
    assert any("not signed by a key of this register" in line for line in said)
    looked = witness.witness(store_, operator.witness, clock.now(), witness.Observation(*_size_root(forged), forged),
                             "printout")
    assert looked.departure is not None and looked.departure.key_changed


def _size_root(note: str) -> tuple[int, bytes]:
    signed = checkpoint.parse_notes(note)[0].checkpoint
    return signed.size, signed.root
