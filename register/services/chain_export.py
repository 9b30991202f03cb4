"""The chain and export: the register's head, its verification, and JSON Lines for another station or a court."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Iterator

from register import chain, interchange, store
from register.access import AccessDenied, Permission
from register.domain import ChainStamp
from register.errors import Message, NotFound
from register.progress import Progress, counted
from register.services.base import Service


class ChainService(Service):
    """Proof that nothing was altered, and the records that carry that proof elsewhere."""

    def head(self) -> ChainStamp:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return store.chain_head(session)

    def verify(self, keep_going: Callable[[], bool] | None = None, *, every_mismatch: bool = False,
               progress: Progress | None = None) -> chain.Verdict:
        """Recompute the whole chain from the stored records (see chain.verify_links for `keep_going`,
        `every_mismatch` and `progress`)."""
        self.actor.require(Permission.VERIFY)
        with self._session() as session:
            head = store.chain_head(session)
            verdict = chain.verify_links(store.chain_links(session), expected_head=(head.seq, head.hash),
                                         keep_going=keep_going, every_mismatch=every_mismatch,
                                         progress=progress, total=head.seq)
            if verdict.intact or every_mismatch:
                for stray in store.unchained_records(session)[:None if every_mismatch else 1]:
                    verdict = verdict.with_mismatch(chain.Mismatch(None, stray, Message("chain-stray", record=stray)))
            if verdict.intact or every_mismatch:
                for altered in store.accounts_out_of_step(session)[:None if every_mismatch else 1]:
                    verdict = verdict.with_mismatch(chain.Mismatch(None, f"account {altered}",
                                                                   Message("chain-account", user=altered)))
            return verdict

    def export_lines(self, custody_id: str | None = None, progress: Progress | None = None) -> Iterator[str]:
        """The register (or one custody) as JSON Lines with chain fields, for another station or a court;
        `progress` is told how many chain records were written."""
        self.actor.require(Permission.EXPORT)
        if custody_id is None and self.actor.facilities is not None:
            raise AccessDenied("export-whole-register", user=self.actor.username)
        self._log_access("export", f"custody {custody_id}" if custody_id else "register")
        session = self._session()
        try:
            head = store.chain_head(session)
            links = store.chain_links(session)
            if not self.actor.may(Permission.READ_MEDICAL):
                links = _medical_as_stubs(links)
            if custody_id is None:
                header = interchange.export_header("register", head.seq, head.hash)
            else:
                timeline = store.timeline(session, custody_id)
                if timeline is None:
                    raise NotFound("no-such-custody", custody=custody_id)
                if not self._visible(timeline):
                    raise AccessDenied("custody-elsewhere", custody=custody_id, user=self.actor.username)
                wanted = ({("custody", custody_id), ("person", timeline.person.id)}
                          | {("event", e.id) for e in timeline.events}
                          | {("facility", s.facility) for s in timeline.stays})
                links = (link for link in links if (link.kind, link.record_id) in wanted)
                header = interchange.export_header("custody", head.seq, head.hash, custody_id)
            yield from interchange.export_lines(counted(links, progress, "exporting", head.seq), header)
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
