"""The tamper-evident chain: every stored record signed in one strict sequence.

hash(n) = SHA-256(hash(n-1) + canonical content of record n). Changing,
removing or reordering any record after the fact breaks the recomputation at
that record, and `verify` names the first one that no longer matches.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from register.errors import Message, Unusable
from register.progress import Progress, counted
from register.records import CHAIN_FIELDS

GENESIS = "0" * 64


def canonical(record: Mapping) -> str:
    """The exact text that is hashed: sorted keys, no spaces, UTF-8, chain fields left out."""
    content = {k: v for k, v in record.items() if k not in CHAIN_FIELDS}
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def link(prev_hash: str, record: Mapping) -> str:
    return hashlib.sha256((prev_hash + canonical(record)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainLink:
    """A chain entry together with the record it signs (None when the record is gone)."""
    seq: int
    kind: str
    record_id: str
    prev_hash: str
    hash: str
    record: Mapping | None
    stub: bool = False  # an export's stand-in for a record it does not carry: linkage only


class ChainAltered(Unusable):
    """The register's own bookkeeping of the chain was altered; appending would bury it, so nothing is written."""


class HeadMismatch(ChainAltered):
    """The stored chain head does not name the last chain entry: someone moved one of them behind the
    register's back. Appending now would make the next honest record take the blame."""

    def __init__(self, head: tuple[int, str], last: tuple[int, str]):
        super().__init__("chain-head-refused", head=head[0], seq=last[0])
        self.head, self.last = head, last


class TreeMismatch(ChainAltered):
    """The stored Merkle tree does not end with the last chain entry: altered behind the register's back."""

    def __init__(self, size: int):
        super().__init__("chain-tree-refused", seq=size)
        self.size = size


class VerificationStopped(Exception):
    """The caller asked to stop before the chain was fully checked (e.g. the window is closing)."""


STOP_CHECK_EVERY = 2000


@dataclass(frozen=True)
class Finding:
    """One record (or the head, or a checkpoint) that no longer matches, said in a sentence."""
    problem: str
    seq: int | None = None
    record: str | None = None  # "kind ID"


@dataclass(frozen=True)
class Verdict:
    intact: bool
    checked: int
    head_seq: int
    head_hash: str
    problem: str | None = None  # the first finding's, kept for callers that show one line
    bad_seq: int | None = None
    bad_record: str | None = None  # "kind ID"
    findings: tuple[Finding, ...] = ()

    def describe(self) -> str:
        if self.intact:
            return f"intact: {self.checked} records, chain head {self.head_seq} {self.head_hash}"
        more = [f"  also: {finding.problem}" for finding in self.findings[1:]]
        return "\n".join([f"TAMPERED: {self.problem}", *more])

    def adding(self, findings: Iterable[Finding]) -> Verdict:
        """This verdict with more findings after its own (e.g. what the tables or a checkpoint say)."""
        return tampered(self.checked, self.head_seq, self.head_hash, (*self.findings, *findings))


def tampered(checked: int, head_seq: int, head_hash: str, findings: Iterable[Finding]) -> Verdict:
    """The verdict of a check that found `findings` (intact when there are none); the first one leads."""
    findings = tuple(findings)
    if not findings:
        return Verdict(True, checked, head_seq, head_hash)
    first = findings[0]
    return Verdict(False, checked, head_seq, head_hash, first.problem, first.seq, first.record, findings)


def verify_links(links: Iterable[ChainLink], *, contiguous: bool = True,
                 expected_head: tuple[int, str] | None = None,
                 keep_going: Callable[[], bool] | None = None, progress: Progress | None = None,
                 total: int | None = None) -> Verdict:
    """Recompute the chain in seq order and report every record that no longer matches, not only the
    first: a second falsification must not hide behind the first.

    `contiguous` demands seq 1, 2, 3... with no gap (a whole register); a partial
    export (one custody) is checked record by record and wherever two entries adjoin.
    `keep_going` is asked every few thousand records; when it answers False the
    check ends with VerificationStopped instead of a verdict. `progress` is told how many of `total`
    records were checked.
    """
    previous: ChainLink | None = None
    checked = 0
    findings: list[Finding] = []
    for entry in counted(links, progress, "verifying", total):
        if keep_going is not None and checked % STOP_CHECK_EVERY == 0 and not keep_going():
            raise VerificationStopped(f"stopped after {checked} records")
        checked += 1
        fail = _mismatch(entry, previous, contiguous)
        if fail:
            findings.append(Finding(fail, entry.seq, f"{entry.kind} {entry.record_id}"))
        if previous is None or entry.seq > previous.seq:
            previous = entry  # the stored hash goes on: one changed record is not blamed on its successors
    head_seq, head_hash = (previous.seq, previous.hash) if previous else (0, GENESIS)
    if expected_head is not None and expected_head != (head_seq, head_hash):
        findings.append(Finding(Message("chain-head", seq=head_seq, head=expected_head[0]), expected_head[0]))
    return tampered(checked, head_seq, head_hash, findings)


def _mismatch(entry: ChainLink, previous: ChainLink | None, contiguous: bool) -> Message | None:
    """Why `entry` does not match where it stands, or None."""
    fail, params = None, {}
    if previous is not None and entry.seq <= previous.seq:
        fail, params = "chain-out-of-order", {"seq": previous.seq}
    elif contiguous and entry.seq != (previous.seq + 1 if previous else 1):
        fail, params = "chain-missing", {"seq": previous.seq + 1 if previous else 1}
    elif previous is not None and entry.seq == previous.seq + 1 and entry.prev_hash != previous.hash:
        fail = "chain-cut"
    elif previous is None and contiguous and entry.prev_hash != GENESIS:
        fail = "chain-bad-start"
    elif entry.record is None and not entry.stub:
        fail = "chain-removed"
    elif entry.record is not None and link(entry.prev_hash, entry.record) != entry.hash:
        fail = "chain-changed"
    return Message(fail, record=f"{entry.kind} {entry.record_id} (seq {entry.seq})", **params) if fail else None
