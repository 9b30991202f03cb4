"""The witness's desktop store plays against the insider: whoever runs the database rewrites history (every hash
and the whole tree recomputed, or a register rebuilt from an edited export), and the prosecutor's or monitor's
own store of what they saw names the first size the register no longer extends. The store reaches the register
through its services only, as the desktop does."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from models import immutability
from models.orm import IMMUTABLE_TABLES
from register import witness
from register.opening import open_register
from tests.core.lines import CUSTODY, EVENTS, FACILITY, FACILITY_2, PERSON, lines
from tests.test_insider import move_apprehension, rebuilt_from_an_edited_export


def _look(store, service, clock):
    clock.advance(minutes=5)
    return witness.witness(store, service.witness, clock.now())


def _witnessed_twice(operator, register, clock):
    """The witness signs in after the facilities are entered and again after the custody's events."""
    store = witness.store_for(register.url)
    operator.records.import_lines(lines(FACILITY, FACILITY_2))
    first = _look(store, operator, clock)
    operator.records.import_lines(lines(PERSON, CUSTODY, *EVENTS))
    second = _look(store, operator, clock)
    assert first.departure is None and second.departure is None
    sizes = [entry.observation.size for entry in store.kept()]
    return store, sizes


def test_an_honest_register_extends_every_look_and_the_store_is_the_witness_own(operator, register, clock):
    store, sizes = _witnessed_twice(operator, register, clock)
    later = _look(store, operator, clock)
    assert later.departure is None and later.alarm is None
    assert sizes[0] < sizes[1] and len(store.kept()) == 3
    assert store.path.stat().st_mode & 0o077 == 0  # the witness's own file: no one else reads or edits it
    assert store.path.is_relative_to(witness.store_directory())


def test_the_desktop_store_reports_a_rewritten_history_and_names_the_first_differing_size(operator, register,
                                                                                         clock):
    store, (before_person, after_events) = _witnessed_twice(operator, register, clock)
    move_apprehension(register, operator.reports.timeline("C-1", log=False).apprehension.at + timedelta(hours=2))
    operator.maintenance.rebuild_projection()  # the insider judges the board's rows again too
    assert operator.chain.verify().intact  # the register alone is fooled

    result = _look(store, operator, clock)
    assert result.departure is not None
    assert result.departure.first_size == after_events  # the first look that saw E-1 as it was
    assert result.departure.agreed_size == before_person  # the facilities, entered before, still stand
    assert result.alarm == result.departure
    assert store.alarm() == result.departure  # the alarm stays in the witness's file
    again = _look(store, operator, clock)  # the next sign-in says it again, and keeps the first alarm
    assert again.departure.first_size == after_events and again.alarm == result.departure


def test_a_register_rebuilt_from_an_edited_export_departs_at_once(operator, register, db_url, clock, tmp_path,
                                                                 request):
    store, (before_person, _) = _witnessed_twice(operator, register, clock)
    rebuilt = open_register(rebuilt_from_an_edited_export(operator, db_url, clock, tmp_path, request), clock)
    try:
        # the insider serves the rebuilt register where the witness's desktop connects: its store is the same
        result = _look(store, rebuilt.as_user(operator.actor), clock)
    finally:
        rebuilt.close()
    assert result.departure is not None and result.departure.first_size == before_person
    assert result.departure.agreed_size is None  # not even the facilities' history is the one the witness saw


def test_a_register_that_lost_entries_departs_at_the_size_it_no_longer_has(operator, register, clock):
    store, (_, after_events) = _witnessed_twice(operator, register, clock)
    with register.engine.begin() as connection:  # the insider removes the newest entries and the tree above them
        immutability.remove(connection, IMMUTABLE_TABLES)
        last = connection.execute(text("SELECT max(seq) FROM chain_entry")).scalar()
        keep = after_events - 3
        for table in ("access_log", "event"):
            connection.execute(text(f"DELETE FROM {table} WHERE seq > :keep"), {"keep": keep})
        connection.execute(text("DELETE FROM chain_entry WHERE seq > :keep"), {"keep": keep})
        connection.execute(text("UPDATE chain_head SET seq = :keep, hash = (SELECT hash FROM chain_entry "
                                "WHERE seq = :keep)"), {"keep": keep})
        connection.execute(text("DELETE FROM merkle_node"))
        immutability.install(connection, IMMUTABLE_TABLES)
    assert last > keep
    from sqlalchemy.orm import Session

    from register import store as register_store
    with Session(register.engine) as session, session.begin():
        register_store.build_tree(session)
    result = _look(store, operator, clock)
    assert result.departure is not None and result.departure.first_size == after_events
    assert result.departure.register_size == keep


class _Tree:
    """A register as the witness sees it: a tree head, signed by `key`, and honest proofs."""

    def __init__(self, leaves, key):
        from register import merkle
        self.leaves, self.key, self.merkle = leaves, key, merkle

    def _subtree(self, level, index):
        return self.merkle.root_of(self.leaves[index << level:(index + 1) << level])

    def tree_head(self):
        from register import checkpoint
        root = self.merkle.root(len(self.leaves), self._subtree)
        statement = checkpoint.Checkpoint("detention-register/test", len(self.leaves), root)
        return witness.Observation(len(self.leaves), root, checkpoint.sign(statement, self.key))

    def consistency_proof(self, first, second):
        return self.merkle.consistency_proof(first, second, self._subtree)

    def signing_keys(self):
        return []  # no rotation recorded: a new key is one the witness never saw


def test_a_register_that_signs_with_a_key_never_seen_raises_the_alarm_even_when_its_tree_extends(tmp_path, clock):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from register import merkle
    leaves = [merkle.leaf_hash(bytes([n]) * 32) for n in range(9)]
    store = witness.WitnessStore(tmp_path / "kept.jsonl")
    assert witness.witness(store, _Tree(leaves[:5], Ed25519PrivateKey.generate()), clock.now()).departure is None
    signed_by_a = _Tree(leaves[:7], key_a := Ed25519PrivateKey.generate())
    first = witness.witness(store, signed_by_a, clock.now())
    assert first.departure is not None and first.departure.key_changed  # the first key kept was another
    store = witness.WitnessStore(tmp_path / "fresh.jsonl")
    assert witness.witness(store, signed_by_a, clock.now()).departure is None
    assert witness.witness(store, _Tree(leaves, key_a), clock.now()).departure is None  # it grew, same key
    other = witness.witness(store, _Tree(leaves, Ed25519PrivateKey.generate()), clock.now())
    assert other.departure.key_changed and other.departure.register_size == 9
    assert "detention-register/test" in store.notes()
