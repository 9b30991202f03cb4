"""The Merkle tree kept in the database as records are appended: roots, proofs, and what verify says of it."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from models import immutability
from models.orm import IMMUTABLE_TABLES
from register import evidence, merkle
from register.opening import open_register
from tests.core.lines import story


def _leaves(register) -> list[bytes]:
    with register.engine.connect() as connection:
        hashes = connection.execute(text("SELECT hash FROM chain_entry ORDER BY seq")).scalars()
        return [merkle.leaf_hash(bytes.fromhex(h)) for h in hashes]


def test_the_stored_tree_is_the_rfc_tree_of_the_chain_at_every_size(operator, register):
    operator.records.import_lines(story())
    sizes = [len(_leaves(register))]
    operator.records.record_event("C-1", "placement", operator.now(), {"location": "cell 4"})  # one record more
    operator.reports.timeline("C-1")  # and an access-log entry
    leaves = _leaves(register)
    assert len(leaves) == sizes[0] + 2
    with Session(register.engine) as session:
        for size in range(len(leaves) + 1):
            root = evidence.tree_root(session, size)
            assert root == merkle.root_of(leaves[:size])
            for seq in range(1, size + 1):
                assert merkle.verify_inclusion(seq - 1, size, leaves[seq - 1],
                                               evidence.inclusion_proof(session, seq, size), root)
            proof = evidence.consistency_proof(session, sizes[0], len(leaves)) if size == len(leaves) else None
            if proof is not None:
                assert merkle.verify_consistency(sizes[0], size, merkle.root_of(leaves[:sizes[0]]), root, proof)
    assert operator.chain.verify().intact


def test_a_register_from_before_the_tree_gets_it_when_opened(operator, register, db_url, clock):
    operator.records.import_lines(story())
    with register.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)
        connection.execute(text("DELETE FROM merkle_node"))
        immutability.install(connection, IMMUTABLE_TABLES)
    reopened = open_register(db_url, clock)
    try:
        with Session(reopened.engine) as session:
            assert evidence.tree_root(session, len(_leaves(reopened))) == merkle.root_of(_leaves(reopened))
    finally:
        reopened.close()


@pytest.fixture
def altered_tree(operator, register):
    operator.records.import_lines(story())
    with register.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)
        connection.execute(text("UPDATE merkle_node SET hash = :h WHERE position = (SELECT max(position) "
                                "FROM merkle_node WHERE position % 2 = 0)"), {"h": bytes(32)})
    return operator


def test_verify_says_when_the_stored_tree_is_not_the_chains(altered_tree):
    verdict = altered_tree.chain.verify()
    assert not verdict.intact and verdict.bad_record == "merkle tree"


def test_a_writer_refuses_to_grow_an_altered_tree(altered_tree):
    from register.chain import TreeMismatch
    with pytest.raises(TreeMismatch, match="nothing was written"):
        altered_tree.records.record_event("C-1", "placement", altered_tree.now(), {"location": "cell 4"})


@pytest.mark.parametrize("block", [1, 2, 4, 1 << 12])
def test_verify_compares_every_stored_node_block_by_block(operator, register, monkeypatch, block):
    monkeypatch.setattr(evidence._TreeAudit, "BLOCK", block)
    operator.records.import_lines(story())
    operator.reports.timeline("C-1")  # 9 entries: blocks end inside and beside the tree's subtrees
    assert operator.chain.verify().intact
    with register.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)
        connection.execute(text("UPDATE merkle_node SET hash = :h WHERE position = 5"), {"h": bytes(32)})
    verdict = operator.chain.verify()  # position 5: the subtree of leaves 2 and 3 (entries 3 and 4)
    assert verdict.bad_record == "merkle tree" and "from entry 4 on" in verdict.problem
    with register.engine.begin() as connection:
        connection.execute(text("DELETE FROM merkle_node WHERE position = 5"))
        connection.execute(text("INSERT INTO merkle_node (position, hash) VALUES (5, :h), (15, :h)"),
                           {"h": merkle.node_hash(*[merkle.leaf_hash(bytes.fromhex(h)) for h in connection.execute(
                               text("SELECT hash FROM chain_entry WHERE seq IN (3, 4) ORDER BY seq")).scalars()])})
    verdict = operator.chain.verify()  # the right node again, and one of a subtree the chain has not completed
    assert verdict.bad_record == "merkle tree"
