"""The register's evidence as a whole: the chain, the tables beside it, and what verify says of them.

The services call in here in one line; the pure parts are register/chain.py (the linear chain) and,
on top of it, register/merkle.py and register/checkpoint.py.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from models.orm import MerkleNodeRow
from register import chain, checkpoint, interchange, key_rotation, keyfile, merkle, printout, store
from register.checkpoint import SignedCheckpoint
from register.domain import ChainStamp, TreeStamp
from register.errors import Message, os_reason
from register.progress import Progress
from register.writing import in_write_transaction

T = TypeVar("T")


def verify_register(session: Session, keep_going: Callable[[], bool] | None = None,
                    checkpoints: Sequence[SignedCheckpoint] = (), progress: Progress | None = None) -> chain.Verdict:
    """Every record that no longer matches: in the chain, in the tables but not the chain, accounts whose
    current row disagrees with their last recorded change, a Merkle tree that is not the chain's, and
    every witness's checkpoint the register is no longer an extension of (smallest size first).

    On PostgreSQL the whole check reads one snapshot (REPEATABLE READ), so records appended meanwhile by
    stations at work are not taken for a head, a tree or rows out of step (SQLite's read is one already).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    head = store.chain_head(session)
    audit = _TreeAudit(session, {c.checkpoint.size for c in checkpoints})
    verdict = chain.verify_links(audit.feeding(store.chain_links(session)), expected_head=(head.seq, head.hash),
                                 keep_going=keep_going, progress=progress, total=head.seq)
    findings = [chain.Finding(Message("chain-stray", record=stray), None, stray)
                for stray in store.unchained_records(session)]
    findings += [chain.Finding(Message("chain-account", user=username), None, f"account {username}")
                 for username in store.accounts_out_of_step(session)]
    findings += audit.findings()
    findings += _checkpoint_findings(session, checkpoints, audit)
    return verdict.adding(findings) if findings else verdict


def _checkpoint_findings(session: Session, checkpoints: Sequence[SignedCheckpoint],
                         audit: _TreeAudit) -> list[chain.Finding]:
    """Each witness's checkpoint against the register, and every checkpoint key the register lists without
    the previous key's endorsement (key_rotation.py): checkpoints are accepted from endorsed keys only."""
    keys, refused = key_rotation.endorsed_chain(store.signing_keys(session))
    size = audit.frontier.size
    findings = [chain.Finding(Message("key-not-endorsed", key=key["id"]), None, f"signing_key {key['id']}")
                for key in refused]
    for signed in sorted(checkpoints, key=lambda c: c.checkpoint.size):
        witnessed = signed.checkpoint
        at = f"checkpoint {witnessed.size}"
        if not any(signed.signed_by(origin, public) for origin, public in keys):
            findings.append(chain.Finding(Message("checkpoint-foreign", size=witnessed.size, origin=witnessed.origin),
                                          witnessed.size, at))
        if witnessed.size > size:
            findings.append(chain.Finding(Message("checkpoint-entries-removed", size=witnessed.size, have=size),
                                          witnessed.size, at))
        elif audit.roots[witnessed.size] != witnessed.root:
            findings.append(chain.Finding(Message("checkpoint-not-extended", size=witnessed.size), witnessed.size, at))
        elif not merkle.verify_consistency(witnessed.size, size, witnessed.root, tree_root(session, size),
                                           consistency_proof(session, witnessed.size, size)):
            findings.append(chain.Finding(Message("checkpoint-no-proof", size=witnessed.size), witnessed.size, at))
    return findings


class _TreeAudit:
    """Recomputes the Merkle tree from the stored chain entries as verify streams them, and compares every
    stored node with it, a block of leaves at a time (the nodes inside an aligned block of 2**k leaves have
    consecutive positions)."""

    BLOCK = 1 << 12

    def __init__(self, session: Session, root_sizes: Iterable[int] = ()):
        self.session = session
        self.frontier = merkle.Frontier()
        self.roots = {0: merkle.EMPTY_ROOT} if 0 in set(root_sizes) else {}  # size -> recomputed root
        self._root_sizes = set(root_sizes)
        self.pending: dict[int, bytes] = {}  # position -> recomputed hash, not yet compared
        self.first_bad: int | None = None  # the smallest tree size whose stored nodes differ

    def feeding(self, links: Iterable[chain.ChainLink]) -> Iterator[chain.ChainLink]:
        for link in links:
            for level, index, value in self.frontier.append(merkle.leaf_hash(bytes.fromhex(link.hash))):
                self.pending[merkle.position(level, index)] = value
            if self.frontier.size in self._root_sizes:
                self.roots[self.frontier.size] = self.frontier.root()
            if self.frontier.size % self.BLOCK == 0:
                self._compare(self.frontier.size - self.BLOCK)
            yield link

    def _compare(self, block_start: int) -> None:
        """Compare every node completed since the last block: those inside the block by one range read
        (which also finds stored nodes that should not be there), the few above it by position."""
        low, high = 2 * block_start, 2 * self.frontier.size - 1
        query = select(MerkleNodeRow.position, MerkleNodeRow.hash)
        connection = self.session.connection()  # plain rows: the ORM's result handling was most of a block's read
        stored = {p: bytes(h) for p, h in connection.execute(
            query.where(MerkleNodeRow.position >= low, MerkleNodeRow.position < high))}
        above = [p for p in self.pending if not low <= p < high]
        if above:
            stored.update((p, bytes(h)) for p, h in connection.execute(
                query.where(MerkleNodeRow.position.in_(above))))
        expected, self.pending = self.pending, {}
        if stored != expected and self.first_bad is None:
            differing = [p for p in expected.keys() | stored.keys() if stored.get(p) != expected.get(p)]
            self.first_bad = min(_last_leaf(p) for p in differing) + 1

    def findings(self) -> list[chain.Finding]:
        """What the comparison found, and whether the table holds nodes the chain does not make (a tree of n
        leaves has 2n - popcount(n) complete subtrees)."""
        size = self.frontier.size
        if self.pending:
            self._compare(size - size % self.BLOCK)
        count = self.session.scalar(select(func.count()).select_from(MerkleNodeRow))
        if self.first_bad is None and count == 2 * size - size.bit_count():
            return []
        where = self.first_bad or size
        return [chain.Finding(Message("chain-tree", seq=where), where, "merkle tree")]


def _last_leaf(position: int) -> int:
    """The index of the last leaf under the node at `position` (level = its trailing one bits)."""
    level = (~position & (position + 1)).bit_length() - 1
    return (position + (1 << level) - 1) >> 1


def build_tree_if_missing(engine: Engine) -> None:
    """Build the Merkle tree of a register from before revision 0005 from its chain (once, at opening)."""
    with Session(engine) as session:
        if store.tree_built(session):
            return
    in_write_transaction(engine, lambda session: None if store.tree_built(session) else store.build_tree(session))


def _stored(session: Session, compute: Callable[[merkle.Subtree], T]) -> T:
    """Run a merkle computation on the stored tree, reading the subtrees it needs in one query."""
    nodes = store.merkle_nodes(session, merkle.needed_subtrees(compute))
    return compute(lambda level, index: nodes[(level, index)])


def tree_root(session: Session, size: int) -> bytes:
    return _stored(session, lambda subtree: merkle.root(size, subtree))


def tree_stamp(session: Session) -> TreeStamp:
    """The tree as `session` sees it: the size and root a checkpoint of this moment states (printouts' stamp)."""
    size = store.chain_head(session).seq
    return TreeStamp(size, tree_root(session, size).hex() if size else "")


def inclusion_proof(session: Session, seq: int, size: int) -> list[bytes]:
    """The audit path of chain entry `seq` in the tree of the first `size` entries."""
    return _stored(session, lambda subtree: merkle.inclusion_proof(seq - 1, size, subtree))


def consistency_proof(session: Session, first: int, second: int) -> list[bytes]:
    return _stored(session, lambda subtree: merkle.consistency_proof(first, second, subtree))


@dataclass(frozen=True)
class Signer:
    """The register's checkpoint key, read from its file, and the origin it signs as."""
    key: Ed25519PrivateKey
    origin: str
    verifier: str  # the signed-note verifier key witnesses keep


def signer(engine: Engine, path: Path, by: str, now: datetime) -> Signer:
    """The register's signer. The first time, the key file is made and its public key recorded in the chain
    (so the next checkpoint commits to its own key); after that, the key at `path` must be the one the register
    recorded last."""
    with Session(engine) as session:
        keys = store.signing_keys(session)
    key = keyfile.load(path) if path.exists() or keys else keyfile.create(path)
    public = base64.b64encode(checkpoint.public_bytes(key)).decode()
    if keys and keys[-1]["public_key"] != public:
        raise keyfile.KeyFileError("key-file-foreign", path=str(path), verifier=_verifier(keys[-1]))
    if keys:
        origin = keys[-1]["origin"]
    else:
        origin = checkpoint.origin_for(checkpoint.public_bytes(key))
        in_write_transaction(engine, lambda session: store.append_side_record(
            session, "signing_key", {"at": now, "by": by, "origin": origin, "public_key": public}))
    return Signer(key, origin, checkpoint.verifier_key(origin, checkpoint.public_bytes(key)))


def rotate_key(engine: Engine, path: Path, by: str, now: datetime) -> str:
    """Replace the register's checkpoint key: a new key, its public half chained with the old key's endorsement,
    then the new key file in the old one's place (the old private key is gone). Returns the new verifier key."""
    current = signer(engine, path, by, now)
    fresh_path = path.with_name(path.name + ".new")
    fresh = keyfile.create(fresh_path)
    public = checkpoint.public_bytes(fresh)
    try:
        in_write_transaction(engine, lambda session: store.append_side_record(session, "signing_key", {
            "at": now, "by": by, "origin": current.origin, "public_key": base64.b64encode(public).decode(),
            "endorsement": key_rotation.endorse(current.origin, public, current.key)}))
    except BaseException:
        fresh_path.unlink()
        raise
    try:
        fresh_path.replace(path)
    except OSError as error:
        raise keyfile.KeyFileError("key-file-not-replaced", new=str(fresh_path), path=str(path),
                                   reason=os_reason(error)) from None
    return checkpoint.verifier_key(current.origin, public)


def record_first_key(engine: Engine, path: Path, by: str, now: datetime) -> str | None:
    """Record the register's checkpoint key when it has none yet, making the key file at `path`: the owner's
    step at `setup-postgres`, because a secured register lets only administrators record a key, and the first
    one-custody export of a prosecutor must still be signed. Returns the verifier key it recorded, else None
    (a key is recorded already: this step never needs the key file again)."""
    with Session(engine) as session:
        if store.signing_keys(session):
            return None
    return signer(engine, path, by, now).verifier


def signed_checkpoint(session: Session, signer_: Signer) -> tuple[checkpoint.Checkpoint, str]:
    """The checkpoint of the register as `session` sees it, and its signed note."""
    size = store.chain_head(session).seq
    statement = checkpoint.Checkpoint(signer_.origin, size, tree_root(session, size))
    return statement, checkpoint.sign(statement, signer_.key)


def issue_checkpoint(engine: Engine, path: Path, by: str, now: datetime) -> str:
    """The register's current checkpoint as a signed note (`detention-register checkpoint`)."""
    signer_ = signer(engine, path, by, now)
    with Session(engine) as session:
        return signed_checkpoint(session, signer_)[1]


def custody_evidence(session: Session, signer_: Signer, custody_id: str, links: Sequence[chain.ChainLink],
                     since: Sequence[SignedCheckpoint] = ()) -> tuple[dict, dict[int, list[str]]]:
    """What a one-custody export carries so it can be checked alone (contract section 6): header fields (the
    checkpoint, the key, the signed list of its records, consistency proofs from the witnesses' checkpoints
    `since` that it extends) and each record's inclusion proof by seq, all at the checkpoint of `session`."""
    statement, note = signed_checkpoint(session, signer_)
    proofs = {link.seq: _b64(inclusion_proof(session, link.seq, statement.size)) for link in links}
    listed = interchange.manifest_text(signer_.origin, custody_id, statement.size,
                                       [(link.seq, link.hash) for link in links])
    fields = {"checkpoint": note, "public_key": signer_.verifier,
              "manifest": checkpoint.sign_note(listed, signer_.origin, signer_.key),
              "consistency": [{"from": c.checkpoint.size,
                               "proof": _b64(consistency_proof(session, c.checkpoint.size, statement.size))}
                              for c in since if c.checkpoint.size < statement.size]}
    return fields, proofs


def _b64(hashes: Iterable[bytes]) -> list[str]:
    return [base64.b64encode(value).decode() for value in hashes]


def public_key(session: Session) -> str | None:
    """The verifier key (signed-note form) of the register's current checkpoint key; None before the first
    checkpoint."""
    keys = store.signing_keys(session)
    return _verifier(keys[-1]) if keys else None


def _verifier(key: dict) -> str:
    return checkpoint.verifier_key(key["origin"], base64.b64decode(key["public_key"]))


def printout_signer(engine: Engine, url: str, by: str, now: datetime) -> Signer | None:
    """The signer a printed timeline's QR code is signed with; None when this station cannot sign (it does
    not hold the register's key), and the printout then says it carries no checkpoint."""
    try:
        return signer(engine, keyfile.key_path(url), by, now)
    except keyfile.KeyFileError:
        return None


def printout_evidence(session: Session, signer_: Signer, custody_id: str, stamps: Iterable[ChainStamp]) -> str:
    """A printed timeline's QR text (register/printout.py): the checkpoint of `session` and the signed list of
    the printed records' seqs and hash prefixes (printed in several numbered codes when one does not hold it)."""
    statement, note = signed_checkpoint(session, signer_)
    records = [(stamp.seq, stamp.hash) for stamp in stamps if stamp.seq <= statement.size]
    return printout.full_listing(signer_.origin, custody_id, statement.size, records,
                                    lambda text: checkpoint.sign_note(text, signer_.origin, signer_.key), note)
