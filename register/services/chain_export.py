"""The chain and export: the register's head, its verification, and JSON Lines for another station or a court."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from register import chain, evidence, interchange, keyfile, rejudge, store
from register.access import AccessDenied, Permission
from register.checkpoint import SignedCheckpoint
from register.domain import ChainStamp
from register.errors import NotFound
from register.progress import Progress, counted
from register.services.base import Service


class ChainService(Service):
    """Proof that nothing was altered, and the records that carry that proof elsewhere."""

    def head(self) -> ChainStamp:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return store.chain_head(session)

    def verify(self, keep_going: Callable[[], bool] | None = None,
               checkpoints: Sequence[SignedCheckpoint] = (), progress: Progress | None = None) -> chain.Verdict:
        """Recompute the whole chain and its Merkle tree from the stored records, judge the register
        against witnesses' checkpoints (see evidence.verify_register; chain.verify_links for `keep_going`), and
        re-judge every custody's stored clocks and board row from its events (register/rejudge.py)."""
        self.actor.require(Permission.VERIFY)
        with self._session() as session:
            verdict = evidence.verify_register(session, keep_going, checkpoints, progress)
            found = list(rejudge.disagreements(session, self.profile, keep_going))
        return verdict.adding(found) if found else verdict

    def checkpoint(self, key_path: Path) -> str:
        """The register's current checkpoint, signed with the key at `key_path` (contract section 6)."""
        self.actor.require(Permission.VERIFY)
        return evidence.issue_checkpoint(self.register.engine, key_path, self.actor.username, self._now())

    def rotate_checkpoint_key(self, key_path: Path) -> str:
        """A new checkpoint key in place of the one at `key_path`, endorsed by it in the chain; its verifier key.
        The administrator's (or, on a register without accounts, its operator's): the one who keeps the key file."""
        self.actor.require(Permission.MANAGE_FACILITIES)
        return evidence.rotate_key(self.register.engine, key_path, self.actor.username, self._now())

    def checkpoint_public_key(self) -> str | None:
        """The verifier key witnesses check checkpoints with; None before the first checkpoint."""
        self.actor.require(Permission.READ)
        with self._session() as session:
            return evidence.public_key(session)

    def export_lines(self, custody_id: str | None = None, since: Sequence[SignedCheckpoint] = (),
                     progress: Progress | None = None) -> Iterator[str]:
        """The register (or one custody) as JSON Lines with chain fields, for another station or a court.

        One custody's export carries the register's signed checkpoint and proofs (evidence.custody_evidence),
        with consistency proofs from the witnesses' checkpoints `since`."""
        self.actor.require(Permission.EXPORT)
        if custody_id is None and self.actor.facilities is not None:
            raise AccessDenied("export-whole-register", user=self.actor.username)
        self._log_access("export", f"custody {custody_id}" if custody_id else "register")
        signer = None if custody_id is None else evidence.signer(
            self.register.engine, keyfile.key_path(self.register.url), self.actor.username, self._now())
        session = self._session()
        proofs = None
        try:
            head = store.chain_head(session)
            links = counted(store.chain_links(session), progress, "exporting", head.seq)
            if not self.actor.may(Permission.READ_MEDICAL):
                links = _medical_as_stubs(links)
            if custody_id is None:
                header = interchange.export_header("register", head.seq, head.hash,
                                                   public_key=evidence.public_key(session))
            else:
                timeline = store.timeline(session, custody_id)
                if timeline is None:
                    raise NotFound("no-such-custody", custody=custody_id)
                if not self._visible(timeline):
                    raise AccessDenied("custody-elsewhere", custody=custody_id, user=self.actor.username)
                wanted = ({("custody", custody_id), ("person", timeline.person.id)}
                          | {("event", e.id) for e in timeline.events}
                          | {("facility", s.facility) for s in timeline.stays})
                links = [link for link in links if (link.kind, link.record_id) in wanted and link.seq <= head.seq]
                fields, proofs = evidence.custody_evidence(session, signer, custody_id, links, since)
                header = {**interchange.export_header("custody", head.seq, head.hash, custody_id), **fields}
            yield from interchange.export_lines(links, header, proofs)
        finally:
            session.close()


def _medical_as_stubs(links: Iterable[chain.ChainLink]) -> Iterator[chain.ChainLink]:
    """Medical examinations (and corrections of them) leave an export as linkage-only stubs."""
    exams: set[str] = set()
    for link in links:
        record = link.record if link.kind == "event" else None
        if record is not None and (record["type"] == "medical_exam" or record.get("corrects") in exams):
            exams.add(link.record_id)
            link = replace(link, record=None)
        yield link
