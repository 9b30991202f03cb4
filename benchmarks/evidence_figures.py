"""The evidence's figures (issue 13): what the Merkle tree adds to an append, a checkpoint, an inclusion proof,
and verify with a witness's checkpoint against verify alone."""
from __future__ import annotations

import random
import time

from sqlalchemy.orm import Session

from benchmarks.figures import Figure, open_service, p99, timed
from register import chain, checkpoint, evidence, keyfile, store


class _TreeTimer:
    """Adds up the time appends spend on the tree: reading its edge when a writer starts, writing its nodes."""

    def __init__(self):
        self.spent = 0.0
        self._edge, self._grow = store._tree_edge, store.ChainWriter._grow_tree

    def __enter__(self):
        def edge(*args):
            started = time.perf_counter()
            try:
                return self._edge(*args)
            finally:
                self.spent += time.perf_counter() - started

        def grow(writer):
            started = time.perf_counter()
            try:
                return self._grow(writer)
            finally:
                self.spent += time.perf_counter() - started

        store._tree_edge, store.ChainWriter._grow_tree = edge, grow
        return self

    def __exit__(self, *exc):
        store._tree_edge, store.ChainWriter._grow_tree = self._edge, self._grow


def evidence_figures(url: str, samples: int) -> list[Figure]:
    service = open_service(url)
    rng = random.Random(13)
    key = keyfile.key_path(url)  # the register's own key: a printed timeline may have signed with it already
    service.chain.checkpoint(key)  # the first one makes the key and records it

    tree_share, appends = [], []
    for number in range(samples):
        with _TreeTimer() as timer:
            appends.append(timed(lambda n=number: service.access.log_access("open", f"benchmark {n}"))[0])
        tree_share.append(timer.spent)
    checkpoints = [timed(lambda: service.chain.checkpoint(key))[0] for _ in range(min(samples, 50))]
    note = service.chain.checkpoint(key)
    with Session(service.register.engine) as session:
        size = store.chain_head(session).seq
        proofs = [timed(lambda s=rng.randint(1, size): evidence.inclusion_proof(session, s, size))[0]
                  for _ in range(samples)]
    plain, _ = timed(lambda: _chain_alone(service))
    witnessed, verdict = timed(lambda: service.chain.verify(checkpoints=checkpoint.parse_notes(note)))
    service.register.close()
    return [
        Figure("appending a record: the Merkle tree's part (p99)", p99(tree_share) * 1000, "ms", "< 1 ms",
               p99(tree_share) < 0.001, note=f"{samples} access-log entries, whole append p99 "
                                             f"{p99(appends) * 1000:.1f} ms"),
        Figure("signing a checkpoint (p99)", p99(checkpoints) * 1000, "ms", "< 100 ms", p99(checkpoints) < 0.1),
        Figure("an inclusion proof (p99)", p99(proofs) * 1000, "ms", "< 10 ms", p99(proofs) < 0.010,
               note=f"tree of {size:,} entries"),
        Figure("verify with a witness's checkpoint", witnessed, "s", "≤ 1.5× the chain alone",
               witnessed <= 1.5 * plain and verdict.intact, plain,
               "baseline: the chain's recomputation alone, as verify was before the tree"),
    ]


def _chain_alone(service) -> chain.Verdict:
    with Session(service.register.engine) as session:
        head = store.chain_head(session)
        return chain.verify_links(store.chain_links(session), expected_head=(head.seq, head.hash))
