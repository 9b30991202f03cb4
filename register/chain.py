"""The tamper-evident chain: every stored record signed in one strict sequence.

hash(n) = SHA-256(hash(n-1) + canonical content of record n). Changing,
removing or reordering any record after the fact breaks the recomputation at
that record, and `verify` names the first one that no longer matches.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Mapping

from register.errors import Message
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


class VerificationStopped(Exception):
    """The caller asked to stop before the chain was fully checked (e.g. the window is closing)."""


STOP_CHECK_EVERY = 2000


@dataclass(frozen=True)
class Mismatch:
    """One record that no longer matches the chain."""
    seq: int | None
    record: str | None  # "kind ID"
    problem: str


@dataclass(frozen=True)
class Verdict:
    intact: bool
    checked: int
    head_seq: int
    head_hash: str
    problem: str | None = None
    bad_seq: int | None = None
    bad_record: str | None = None  # "kind ID"
    mismatches: tuple[Mismatch, ...] = ()  # the first only, unless asked for every one

    def with_mismatch(self, mismatch: Mismatch) -> Verdict:
        """This verdict with one more mismatch found after the chain itself was checked."""
        if not self.intact:
            return replace(self, mismatches=self.mismatches + (mismatch,))
        return replace(self, intact=False, problem=mismatch.problem, bad_seq=mismatch.seq,
                       bad_record=mismatch.record, mismatches=(mismatch,))

    def describe(self) -> str:
        if self.intact:
            return f"intact: {self.checked} records, chain head {self.head_seq} {self.head_hash}"
        return f"TAMPERED: {self.problem}"


def verify_links(links: Iterable[ChainLink], *, contiguous: bool = True,
                 expected_head: tuple[int, str] | None = None,
                 keep_going: Callable[[], bool] | None = None,
                 every_mismatch: bool = False, progress: Progress | None = None,
                 total: int | None = None) -> Verdict:
    """Recompute the chain in seq order and stop at the first record that no longer matches.

    `contiguous` demands seq 1, 2, 3... with no gap (a whole register); a partial
    export (one custody) is checked record by record and wherever two entries adjoin.
    `keep_going` is asked every few thousand records; when it answers False the
    check ends with VerificationStopped instead of a verdict. `every_mismatch` goes on
    past the first bad record, from its stored hash, so that the verdict lists them all
    (the first one still decides `problem` and the trusted head); `progress` is told
    how many records of `total` were checked.
    """
    previous: ChainLink | None = None
    checked = 0
    first: Verdict | None = None
    found: list[Mismatch] = []
    for entry in counted(links, progress, "verifying", total):
        if keep_going is not None and checked % STOP_CHECK_EVERY == 0 and not keep_going():
            raise VerificationStopped(f"stopped after {checked} records")
        fail = _mismatch(entry, previous, contiguous)
        if fail:
            found.append(Mismatch(entry.seq, f"{entry.kind} {entry.record_id}", fail))
            if first is None:
                first = Verdict(False, checked, previous.seq if previous else 0,
                                previous.hash if previous else GENESIS, fail, entry.seq,
                                f"{entry.kind} {entry.record_id}")
            if not every_mismatch:
                break
        previous = entry
        checked += 1
    head_seq, head_hash = (previous.seq, previous.hash) if previous else (0, GENESIS)
    if (first is None or every_mismatch) and expected_head is not None and expected_head != (head_seq, head_hash):
        problem = Message("chain-head", seq=head_seq, head=expected_head[0])
        found.append(Mismatch(expected_head[0], None, problem))
        first = first or Verdict(False, checked, head_seq, head_hash, problem, expected_head[0], None)
    if first is None:
        return Verdict(True, checked, head_seq, head_hash)
    return replace(first, checked=checked if every_mismatch else first.checked, mismatches=tuple(found))


def _mismatch(entry: ChainLink, previous: ChainLink | None, contiguous: bool) -> Message | None:
    """Why `entry` does not hold its place in the chain after `previous`; None when it does."""
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
