"""The Merkle tree over the chain, as RFC 9162 (Certificate Transparency 2.0), section 2.1, defines it.

Leaf n is the (n+1)th chain entry's hash (32 bytes, seq order); a leaf hashes as SHA-256(0x00 || data),
an interior node as SHA-256(0x01 || left || right), so a leaf can never pass for a node. One root then
commits to every entry before it, and two roots are shown to be one history growing by a consistency
proof; one record is shown to be in it by an inclusion proof; both of logarithmic size.

Pure functions, no database: a stored tree hands them a `subtree(level, index)` lookup of complete
subtrees (the 2**level leaves from index * 2**level on), which is all the RFC's recursions need.
"""
from __future__ import annotations

import hashlib
from typing import Callable, Iterable, Iterator, Sequence

Subtree = Callable[[int, int], bytes]

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_of(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) straight from RFC 9162 2.1.1, over leaf hashes: the reference the stored tree must equal."""
    if not leaves:
        return EMPTY_ROOT
    if len(leaves) == 1:
        return leaves[0]
    k = _split(len(leaves))
    return node_hash(root_of(leaves[:k]), root_of(leaves[k:]))


def position(level: int, index: int) -> int:
    """A complete subtree's place in the in-order numbering of an unbounded tree: one integer key per node,
    leaves even (2 * index), a level-L node with L trailing one bits."""
    return (index << (level + 1)) + (1 << level) - 1


# ---------------------------------------------------------------- growing the tree

def right_edge(size: int) -> list[tuple[int, int]]:
    """The complete subtrees (level, index) a tree of `size` leaves ends with, largest first: all that
    appending needs of the tree so far."""
    return [(level, (size >> level) - 1) for level in reversed(range(size.bit_length())) if size >> level & 1]


def appended_nodes(size: int, leaves: Iterable[bytes], subtree: Subtree) -> Iterator[tuple[int, int, bytes]]:
    """Every complete subtree (level, index, hash) that appending `leaves` (leaf hashes) to a tree of `size`
    leaves completes, each once, in the order they complete. `subtree` is asked only for right_edge(size)."""
    made: dict[tuple[int, int], bytes] = {}
    for index, value in enumerate(leaves, start=size):
        level = 0
        made[(0, index)] = value
        yield 0, index, value
        while index & 1:
            left = made.pop((level, index - 1), None)
            value = node_hash(left if left is not None else subtree(level, index - 1), value)
            made.pop((level, index), None)
            level, index = level + 1, index >> 1
            made[(level, index)] = value
            yield level, index, value


class Frontier:
    """The root of a growing tree, one leaf at a time, in O(log n) memory: verify's recomputation."""

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[tuple[int, bytes]] = []  # (level, hash) of right_edge(size), largest first

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add a leaf; returns the complete subtrees (level, index, hash) it completes, the leaf first."""
        index, level, value = self.size, 0, leaf
        completed = [(0, index, leaf)]
        while self._stack and self._stack[-1][0] == level:
            value = node_hash(self._stack.pop()[1], value)
            level, index = level + 1, index >> 1
            completed.append((level, index, value))
        self._stack.append((level, value))
        self.size += 1
        return completed

    def root(self) -> bytes:
        if not self._stack:
            return EMPTY_ROOT
        value = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            value = node_hash(left, value)
        return value


# ---------------------------------------------------------------- roots and proofs from stored subtrees

def root(size: int, subtree: Subtree) -> bytes:
    return _range(0, size, subtree) if size else EMPTY_ROOT


def inclusion_proof(index: int, size: int, subtree: Subtree) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 2.1.3.1: the audit path of leaf `index` in the tree of `size` leaves."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size} leaves")
    proof: list[bytes] = []
    start, end = 0, size
    while end - start > 1:  # walk down, collecting the sibling subtree at each split (root side first)
        k = _split(end - start)
        if index - start < k:
            proof.append(_range(start + k, end, subtree))
            end = start + k
        else:
            proof.append(_range(start, start + k, subtree))
            start += k
    return proof[::-1]


def consistency_proof(first: int, second: int, subtree: Subtree) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 2.1.4.1: that the tree of `first` leaves is a prefix of that of `second`."""
    if not 0 <= first <= second:
        raise ValueError(f"a tree of {first} leaves cannot be a prefix of one of {second}")
    if first in (0, second):
        return []
    proof: list[bytes] = []
    m, start, end, complete = first, 0, second, True
    while m != end - start:  # SUBPROOF(m, D[start:end], complete)
        k = _split(end - start)
        if m <= k:
            proof.append(_range(start + k, end, subtree))
            end = start + k
        else:
            proof.append(_range(start, start + k, subtree))
            m, start, complete = m - k, start + k, False
    if not complete:
        proof.append(_range(start, end, subtree))
    return proof[::-1]


def _range(start: int, end: int, subtree: Subtree) -> bytes:
    """MTH of leaves [start, end), for the ranges the RFC's recursions visit: `start` is a multiple of a
    power of two at least end - start, so the range is a few complete subtrees, largest first."""
    size = end - start
    if size & (size - 1) == 0:
        level = size.bit_length() - 1
        return subtree(level, start >> level)
    k = _split(size)
    return node_hash(_range(start, start + k, subtree), _range(start + k, end, subtree))


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def needed_subtrees(compute: Callable[[Subtree], object]) -> set[tuple[int, int]]:
    """The subtrees `compute` asks for, found by running it on placeholders: so that a stored tree can
    read them all in one query before the real run."""
    asked: set[tuple[int, int]] = set()

    def record(level: int, index: int) -> bytes:
        asked.add((level, index))
        return bytes(32)

    compute(record)
    return asked


# ---------------------------------------------------------------- verifying (what a witness runs)

def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root_hash: bytes) -> bool:
    """RFC 9162 2.1.3.2: does `proof` show leaf hash `leaf` at `index` in the tree of `size` with `root_hash`?"""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while fn and not fn & 1:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root_hash


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes,
                       proof: Sequence[bytes]) -> bool:
    """RFC 9162 2.1.4.2: does `proof` show the tree of `first` leaves (`first_root`) to be a prefix of the tree
    of `second` leaves (`second_root`)? Equal sizes need equal roots and no proof; an empty tree is a prefix
    of every tree."""
    if not 0 <= first <= second:
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while fn and not fn & 1:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    return fr == first_root and sr == second_root and sn == 0
