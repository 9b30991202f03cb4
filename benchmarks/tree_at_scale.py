"""The Merkle tree at the national size without building the national register (over an hour on two cores).

A fresh register's chain and tree are filled in bulk, straight into their tables, with `leaves` entries of
random hashes (4,325,444 by default: the national file's records), each leaf's tree nodes computed as the
register computes them; then the register appends, signs checkpoints and answers proofs over that tree
exactly as over a real one. The entries name no records, so `verify` would call them removed: these figures
are the tree's, and the verify ratio is measured on a real register (benchmarks/evidence_figures.py).
"""
from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from benchmarks.data import END
from register import merkle
from register.chain import GENESIS
from register.now import ManualClock
from register.opening import open_register

NATIONAL_RECORDS = 4_325_444
_BATCH = 100_000


def filled_register(path: Path, leaves: int = NATIONAL_RECORDS, seed: int = 13) -> str:
    """A new SQLite register at `path` whose chain and Merkle tree hold `leaves` random entries; its URL."""
    path.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    open_register(url, ManualClock(END)).close()
    rng = random.Random(seed)
    frontier = merkle.Frontier()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA synchronous=OFF")
        previous = GENESIS
        entries, nodes = [], []
        for seq in range(1, leaves + 1):
            value = rng.randbytes(32)
            current = value.hex()
            entries.append((seq, "event", f"bench-{seq}", previous, current))
            nodes += [(merkle.position(level, index), node)
                      for level, index, node in frontier.append(merkle.leaf_hash(value))]
            previous = current
            if len(entries) == _BATCH or seq == leaves:
                connection.executemany("INSERT INTO chain_entry (seq, kind, record_id, prev_hash, hash) "
                                       "VALUES (?, ?, ?, ?, ?)", entries)
                connection.executemany("INSERT INTO merkle_node (position, hash) VALUES (?, ?)", nodes)
                entries, nodes = [], []
        connection.execute("UPDATE chain_head SET seq = ?, hash = ? WHERE id = 1", (leaves, previous))
        connection.commit()
    finally:
        connection.close()
    return url
