"""The Merkle tree functions against RFC 6962 / RFC 9162 test vectors (the Certificate Transparency and
Trillian reference data) and against the RFC's own definitions, over many sizes."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from register import merkle

DATA = [bytes.fromhex(h) for h in ("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                   "606162636465666768696a6b6c6d6e6f")]
LEAVES = [merkle.leaf_hash(d) for d in DATA]
ROOTS = ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
         "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
         "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
         "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
         "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
         "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
         "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
         "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
         "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"]
INCLUSION = [  # (leaf index, tree size, path)
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]
CONSISTENCY = [  # (first, second, proof)
    (1, 1, []),
    (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]


def stored(leaves):
    """A tree kept as the register keeps it: every complete subtree, grown leaf by leaf (in uneven batches)."""
    nodes = {}
    size = 0
    for batch in (leaves[:1], leaves[1:4], leaves[4:]):
        for level, index, value in merkle.appended_nodes(size, batch, lambda lv, ix: nodes[(lv, ix)]):
            assert (level, index) not in nodes
            nodes[(level, index)] = value
        size += len(batch)
    return lambda level, index: nodes[(level, index)]


def test_the_roots_of_the_reference_tree():
    subtree = stored(LEAVES)
    for size, expected in enumerate(ROOTS):
        assert merkle.root_of(LEAVES[:size]).hex() == expected
        assert merkle.root(size, subtree).hex() == expected


@pytest.mark.parametrize("index,size,path", INCLUSION)
def test_inclusion_proofs_of_the_reference_tree(index, size, path):
    proof = merkle.inclusion_proof(index, size, stored(LEAVES[:size]))
    assert [p.hex() for p in proof] == path
    root = bytes.fromhex(ROOTS[size])
    assert merkle.verify_inclusion(index, size, LEAVES[index], proof, root)
    assert not merkle.verify_inclusion(index, size, LEAVES[index - 1], proof, root)  # another record
    assert not merkle.verify_inclusion(index ^ 1, size, LEAVES[index], proof, root)  # another place
    assert not merkle.verify_inclusion(index, size, LEAVES[index], proof + [root], root)


@pytest.mark.parametrize("first,second,path", CONSISTENCY)
def test_consistency_proofs_of_the_reference_tree(first, second, path):
    proof = merkle.consistency_proof(first, second, stored(LEAVES[:second]))
    assert [p.hex() for p in proof] == path
    first_root, second_root = bytes.fromhex(ROOTS[first]), bytes.fromhex(ROOTS[second])
    assert merkle.verify_consistency(first, second, first_root, second_root, proof)
    if proof:
        assert not merkle.verify_consistency(first, second, second_root, first_root, proof)
        flipped = [bytes([proof[0][0] ^ 16]) + proof[0][1:], *proof[1:]]
        assert not merkle.verify_consistency(first, second, first_root, second_root, flipped)
        assert not merkle.verify_consistency(first, second, first_root, second_root, proof[:-1])


def _leaves(n):
    return [merkle.leaf_hash(i.to_bytes(4, "big")) for i in range(n)]


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 300).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n - 1), st.integers(0, n))))
def test_every_proof_of_every_size_agrees_with_the_rfc_definitions(case):
    size, index, first = case
    leaves = _leaves(size)
    subtree = stored(leaves)
    root = merkle.root(size, subtree)
    assert root == merkle.root_of(leaves)
    proof = merkle.inclusion_proof(index, size, subtree)
    assert len(proof) <= size.bit_length()
    assert merkle.verify_inclusion(index, size, leaves[index], proof, root)
    assert not merkle.verify_inclusion(index, size, merkle.leaf_hash(b"forged"), proof, root)
    consistency = merkle.consistency_proof(first, size, subtree)
    assert len(consistency) <= 2 * size.bit_length()
    assert merkle.verify_consistency(first, size, merkle.root_of(leaves[:first]), root, consistency)
    if 0 < first < size:  # a rewritten record before `first` gives another history: no proof joins them
        rewritten = leaves[:]
        rewritten[index if index < first else 0] = merkle.leaf_hash(b"rewritten")
        assert not merkle.verify_consistency(first, size, merkle.root_of(rewritten[:first]), root, consistency)


def test_a_frontier_grows_the_same_roots():
    frontier = merkle.Frontier()
    leaves = _leaves(70)
    for n, leaf in enumerate(leaves, start=1):
        completed = frontier.append(leaf)
        assert completed == list(merkle.appended_nodes(n - 1, [leaf], stored(leaves[:n - 1] or leaves[:1])))
        assert frontier.root() == merkle.root_of(leaves[:n])


def test_a_stored_tree_is_asked_only_for_the_subtrees_a_proof_needs():
    needed = merkle.needed_subtrees(lambda subtree: merkle.inclusion_proof(3, 1000, subtree))
    assert 0 < len(needed) <= 2 * (1000).bit_length()
    assert merkle.right_edge(6) == [(2, 0), (1, 2)]
    assert len({merkle.position(level, index) for level in range(12) for index in range(300)}) == 12 * 300
