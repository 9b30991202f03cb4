"""What a witness's desktop asks of the register: its tree head, consistency proofs, and a printout's records.

The witness checks every answer itself (register/witness.py): the register supplies proofs, never verdicts.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Sequence

from register import chain, checkpoint, evidence, key_rotation, keyfile, store
from register.access import AccessDenied, Permission
from register.checkpoint import SignedNote
from register.errors import Message, NotFound
from register.printout import PrintoutEvidence
from register.services.base import Service
from register.witness import Observation


@dataclass(frozen=True)
class PrintedRecord:
    """One record of a printout beside what the register holds at its seq now."""
    seq: int
    printed: str | None  # the hash prefix the printout lists; None: the register holds it, the printout did not
    kind: str | None  # what the register holds at that seq now (None: nothing)
    record_id: str | None
    held: str | None  # the register's hash of it now

    @property
    def matches(self) -> bool:
        return self.printed is not None and self.held is not None and self.held.startswith(self.printed)


@dataclass(frozen=True)
class PrintoutCheck:
    custody: str
    observation: Observation  # the printout's checkpoint
    signed: bool  # signed (checkpoint and list) by a key the register recorded as its own
    listed: bool  # the printout lists its records (a very long custody's code carries the checkpoint alone)
    records: tuple[PrintedRecord, ...]

    @property
    def differing(self) -> tuple[PrintedRecord, ...]:
        return tuple(r for r in self.records if not r.matches) if self.listed else ()

    def findings(self) -> list[chain.Finding]:
        """What `verify --checkpoint` adds for a printout's QR text: a list the register did not sign, or printed
        records the register now holds otherwise (the desktop says the same record by record)."""
        at = f"printout of custody {self.custody}"
        if not self.signed:
            return [chain.Finding(Message("printout-not-signed", custody=self.custody), None, at)]
        if not self.differing:
            return []
        seqs = ", ".join(str(r.seq) for r in self.differing)
        return [chain.Finding(Message("printout-differs", custody=self.custody, seqs=seqs),
                              self.differing[0].seq, at)]


class WitnessService(Service):
    """The register's side of witnessing: it states its history and proves its growth."""

    def tree_head(self) -> Observation:
        """The register's current size and root, signed when this station holds the register's key (it is
        never created here: a witness's station does not make the register's key)."""
        self.actor.require(Permission.VERIFY)
        path = keyfile.key_path(self.register.url)
        with self._session() as session:
            head = store.chain_head(session)
            root = evidence.tree_root(session, head.seq)
            keys = store.signing_keys(session)
        note = None
        if keys and path.exists():
            try:
                key = keyfile.load(path)
            except keyfile.KeyFileError:
                key = None
            if key is not None and base64.b64encode(checkpoint.public_bytes(key)).decode() == keys[-1]["public_key"]:
                note = checkpoint.sign(checkpoint.Checkpoint(keys[-1]["origin"], head.seq, root), key)
        return Observation(head.seq, root, note)

    def consistency_proof(self, first: int, second: int) -> list[bytes]:
        """The RFC 9162 proof that the register's tree of `second` entries extends its tree of `first`."""
        self.actor.require(Permission.VERIFY)
        with self._session() as session:
            size = store.chain_head(session).seq
            if not 0 < first <= second <= size:
                raise NotFound("no-such-tree-size", size=second if second > size else first)
            return evidence.consistency_proof(session, first, second)

    def signing_keys(self) -> list[dict]:
        """Every checkpoint key the register recorded, with the endorsement of each rotated one."""
        self.actor.require(Permission.VERIFY)
        with self._session() as session:
            return store.signing_keys(session)

    def signed_by_register(self, notes: Sequence[SignedNote]) -> bool:
        """Whether every note is signed by one key of the register: its first, or one endorsed from it."""
        self.actor.require(Permission.VERIFY)
        with self._session() as session:
            keys, _ = key_rotation.endorsed_chain(store.signing_keys(session))
        return any(all(note.signed_by(origin, public) for note in notes) for origin, public in keys)

    def printout_findings(self, printed: PrintoutEvidence) -> list[chain.Finding]:
        """The printout's list against the register, as verify's findings (a custody the register no longer
        holds is one of them, not a refusal)."""
        self.actor.require(Permission.VERIFY)
        try:
            return self.check_printout(printed).findings()
        except NotFound:
            return [chain.Finding(Message("printout-custody-gone", custody=printed.custody), None,
                                  f"printout of custody {printed.custody}")]

    def check_printout(self, printed: PrintoutEvidence) -> PrintoutCheck:
        """The printout's records beside the register's records at the same seqs, and the custody's records up
        to the printout's size that it did not list."""
        self.actor.require(Permission.VERIFY)
        at = printed.signed.checkpoint
        with self._session() as session:
            timeline = store.timeline(session, printed.custody)
            if timeline is None:
                raise NotFound("no-such-custody", custody=printed.custody)
            if not self._visible(timeline):
                raise AccessDenied("custody-elsewhere", custody=printed.custody, user=self.actor.username)
            held = store.stamps_at(session, printed.records)
            ids = [("event", e.id) for e in timeline.events] + [("custody", timeline.custody.id),
                                                                ("person", timeline.person.id)]
            current = [s for s in store.stamps_of(session, ids).values() if s.seq <= at.size]
        signed = self.signed_by_register([printed.signed.note, printed.listing])
        records = [PrintedRecord(seq, prefix, *_held(held.get(seq))) for seq, prefix in sorted(printed.records.items())]
        if printed.records:
            records += [PrintedRecord(s.seq, None, s.kind, s.record_id, s.hash) for s in current
                        if s.seq not in printed.records]
        else:
            records = [PrintedRecord(s.seq, None, s.kind, s.record_id, s.hash) for s in current]
        observation = Observation(at.size, at.root, printed.checkpoint_note)
        return PrintoutCheck(printed.custody, observation, signed, bool(printed.records),
                             tuple(sorted(records, key=lambda r: r.seq)))


def _held(stamp) -> tuple[str | None, str | None, str | None]:
    return (stamp.kind, stamp.record_id, stamp.hash) if stamp else (None, None, None)
