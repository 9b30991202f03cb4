"""What a printed timeline's QR code holds: the register's signed checkpoint at print time, and the register's
signed list of the records the printout shows (chain seq and the first characters of each record's hash, the
characters highlighted on paper).

    <signed checkpoint>            (register/checkpoint.py)
                                   <- blank line
    detention-register/3f2a...     <- the origin
    timeline C-1                   <- which custody
    4182                           <- the checkpoint's size
    12 a1b2c3d4e5f6                <- seq and hash prefix of each printed record, in chain order
    ...
                                   <- blank line
    — detention-register/3f2a... <signature>

The list lets a monitor's desktop say which printed record the register now holds differently, even when the
register was rewritten after the print. A custody whose text is too long for one printed code is printed as
several numbered codes (`printed_codes`), each a part of the same text under a line naming it:

    detention-register printout 2/3 9c41d0e2a7b35f18   <- part 2 of 3, the first 16 hex of the whole text's SHA-256
    ...                                                <- whole lines of the text; part 1 holds the whole checkpoint

Scanned in any order into one text, `parse` puts them back together. Pure: no database.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Sequence

from register import checkpoint
from register.checkpoint import CheckpointError, SignedCheckpoint, SignedNote

PREFIX = 12  # the hash characters a printout highlights and its QR code lists
QR_LIMIT = 2000  # bytes a printed QR code may hold and still be read from paper at its printed size
_PART = re.compile(r"^detention-register printout (\d+)/(\d+) ([0-9a-f]{16})$")
_PART_HEADER = 64  # bytes kept free in each part's code for the line naming it


@dataclass(frozen=True)
class PrintoutEvidence:
    signed: SignedCheckpoint
    checkpoint_note: str  # the signed checkpoint as printed, what a witness keeps
    custody: str
    records: dict[int, str]  # seq -> hash prefix; empty on a code printed before long lists came in parts
    listing: SignedNote


def listing_text(origin: str, custody_id: str, size: int, records: Sequence[tuple[int, str]],
                 prefix: int = PREFIX) -> str:
    return (f"{origin}\ntimeline {custody_id}\n{size}\n"
            + "".join(f"{seq} {value[:prefix]}\n" for seq, value in sorted(records)))


def qr_text(checkpoint_note: str, signed_listing: str) -> str:
    return f"{checkpoint_note}\n{signed_listing}"


def full_listing(origin: str, custody_id: str, size: int, records: Sequence[tuple[int, str]],
                 sign, checkpoint_note: str) -> str:
    """The QR text of a printed timeline: the checkpoint and the signed list of every printed record. However
    long, it is printed whole: in several numbered codes when one does not hold it (`printed_codes`)."""
    return qr_text(checkpoint_note, sign(listing_text(origin, custody_id, size, records)))


def printed_codes(text: str, limit: int = QR_LIMIT) -> tuple[str, ...]:
    """The texts of the QR codes that print `text`: itself when one code holds it, else numbered parts of whole
    lines. Part 1 holds the whole checkpoint (a witness who scans only the first code still keeps it), and no
    part begins or ends at a blank line, so a scanner that drops a code's last newline changes nothing."""
    text = _normal(text)
    if len(text.encode("utf-8")) <= limit:
        return (text,)
    lines = text.split("\n")
    budget = limit - _PART_HEADER
    listing_start = lines.index("", lines.index("", 0) + 1) + 1  # after the checkpoint's text and signatures
    cuts, start, used = [], 0, 0
    for number, line in enumerate(lines):
        size = len(line.encode("utf-8")) + 1
        if used + size > budget and number > start:
            cut = max((c for c in range(start + 1, number + 1) if _may_cut(lines, c, listing_start)), default=None)
            if cut is None:
                raise ValueError("a printout's text has no place to be cut into codes")
            cuts.append(cut)
            start, used = cut, sum(len(x.encode("utf-8")) + 1 for x in lines[cut:number])
        used += size
    bounds = [0, *cuts, len(lines)]
    digest = _digest(text)
    count = len(bounds) - 1
    return tuple(f"detention-register printout {n}/{count} {digest}\n" + "\n".join(lines[a:b])
                 for n, (a, b) in enumerate(zip(bounds, bounds[1:]), start=1))


def _may_cut(lines: Sequence[str], at: int, listing_start: int) -> bool:
    """A part may end before line `at` only between two lines of the list (never beside a blank line)."""
    return at > listing_start + 3 and at < len(lines) and bool(lines[at - 1]) and bool(lines[at])


def joined(text: str) -> str:
    """A printout's QR text: `text` itself, or the numbered codes of a long one put back together, scanned in
    any order (a code scanned twice counts once). CheckpointError names what is missing or does not belong."""
    parts = _parts(text)
    if parts is None:
        return _normal(text)
    digest, count = next(iter(parts.values()))[:2]
    missing = [str(n) for n in range(1, count + 1) if n not in parts]
    if missing:
        raise CheckpointError("qr-parts-missing", missing=", ".join(missing), count=count)
    whole = "\n".join(parts[n][2] for n in range(1, count + 1))
    if _digest(whole) != digest:
        raise CheckpointError("qr-parts-damaged", count=count)
    return whole


def _parts(text: str) -> dict[int, tuple[str, int, str]] | None:
    """{number: (digest, count, content)} of the numbered codes in `text`; None when it holds none."""
    lines = text.replace("\r\n", "\n").split("\n")
    starts = [i for i, line in enumerate(lines) if _PART.match(line.strip())]
    if not starts:
        return None
    if any(line.strip() for line in lines[:starts[0]]):
        raise CheckpointError("qr-parts-stray-text")
    parts: dict[int, tuple[str, int, str]] = {}
    for start, end in zip(starts, [*starts[1:], len(lines)]):
        number, count, digest = _PART.match(lines[start].strip()).groups()
        content = "\n".join(lines[start + 1:end]).strip("\n")
        number, count = int(number), int(count)
        if not 0 < number <= count or (parts and next(iter(parts.values()))[:2] != (digest, count)):
            raise CheckpointError("qr-parts-mixed")
        if parts.get(number, (digest, count, content))[2] != content:
            raise CheckpointError("qr-parts-mixed")
        parts[number] = (digest, count, content)
    return parts


def _normal(text: str) -> str:
    return text.replace("\r\n", "\n").strip("\n")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse(text: str) -> PrintoutEvidence:
    """The QR text of a printed timeline (one code, or every numbered code of a long one), as scanned or typed;
    CheckpointError says what is wrong with it."""
    text = joined(text) + "\n"
    lines = text.split("\n")
    dash = checkpoint.DASH + " "
    first = next((i for i, line in enumerate(lines) if line.startswith(dash)), None)
    if first is None:
        raise CheckpointError("qr-no-checkpoint")
    end = first
    while end < len(lines) and lines[end].startswith(dash):
        end += 1
    note = "\n".join(lines[:end]) + "\n"
    signed = checkpoint.parse_notes(note)[0]
    rest = "\n".join(lines[end:]).strip()
    if not rest:
        raise CheckpointError("qr-no-listing")
    listing = checkpoint.parse_note(rest + "\n")
    body = listing.text.split("\n")[:-1]
    at = signed.checkpoint
    if len(body) < 3 or body[0] != at.origin or not body[1].startswith("timeline ") or body[2] != str(at.size):
        raise CheckpointError("qr-listing-foreign")
    records = {}
    for number, line in enumerate(body[3:], start=4):
        seq, _, prefix = line.partition(" ")
        if not seq.isdigit() or not prefix:
            raise CheckpointError("qr-listing-line", line=number)
        records[int(seq)] = prefix
    return PrintoutEvidence(signed, note, body[1].removeprefix("timeline "), records, listing)


def checkpoints_in(text: str) -> list[SignedCheckpoint]:
    """The checkpoints of a witness's file, or of a printed timeline's QR text saved as a file (its checkpoint;
    the list of records that follows it is not one). Of a long printout's numbered codes the first is enough:
    it holds the whole checkpoint."""
    parts = _parts(text)
    if parts is None:
        try:
            return checkpoint.parse_notes(text)
        except CheckpointError as error:
            try:
                return [parse(text).signed]
            except CheckpointError:
                raise error from None
    try:
        return [parse(text).signed]
    except CheckpointError as error:
        if error.code != "qr-parts-missing" or 1 not in parts:
            raise
        return checkpoint.parse_notes(_checkpoint_of(parts[1][2]))


def _checkpoint_of(content: str) -> str:
    """The signed checkpoint at the start of a printout's text: its lines up to the end of its signatures."""
    lines = content.split("\n")
    end = lines.index("") + 1
    while end < len(lines) and lines[end].startswith(checkpoint.DASH + " "):
        end += 1
    return "\n".join(lines[:end]) + "\n"
