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
register was rewritten after the print. Pure: no database.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from register import checkpoint
from register.checkpoint import CheckpointError, SignedCheckpoint, SignedNote

PREFIX = 12  # the hash characters a printout highlights and its QR code lists
QR_LIMIT = 2000  # bytes a printed QR code may hold and still be read from paper at its printed size


@dataclass(frozen=True)
class PrintoutEvidence:
    signed: SignedCheckpoint
    checkpoint_note: str  # the signed checkpoint as printed, what a witness keeps
    custody: str
    records: dict[int, str]  # seq -> hash prefix; empty when the custody had too many records for the code
    listing: SignedNote


def listing_text(origin: str, custody_id: str, size: int, records: Sequence[tuple[int, str]],
                 prefix: int = PREFIX) -> str:
    return (f"{origin}\ntimeline {custody_id}\n{size}\n"
            + "".join(f"{seq} {value[:prefix]}\n" for seq, value in sorted(records)))


def qr_text(checkpoint_note: str, signed_listing: str) -> str:
    return f"{checkpoint_note}\n{signed_listing}"


def fitting_listing(origin: str, custody_id: str, size: int, records: Sequence[tuple[int, str]],
                    sign, checkpoint_note: str) -> str:
    """The QR text with every printed record listed, or, for a custody too long for one printed code, with the
    custody and size alone (the desktop then shows the register's records at that size to compare by eye)."""
    text = qr_text(checkpoint_note, sign(listing_text(origin, custody_id, size, records)))
    if len(text.encode("utf-8")) <= QR_LIMIT:
        return text
    return qr_text(checkpoint_note, sign(listing_text(origin, custody_id, size, ())))


def parse(text: str) -> PrintoutEvidence:
    """The QR text of a printed timeline, as scanned or typed; CheckpointError says what is wrong with it."""
    text = text.replace("\r\n", "\n").strip() + "\n"
    lines = text.split("\n")
    dash = checkpoint.DASH + " "
    first = next((i for i, line in enumerate(lines) if line.startswith(dash)), None)
    if first is None:
        raise CheckpointError("the text holds no signed checkpoint (a line beginning with '\u2014 ')")
    end = first
    while end < len(lines) and lines[end].startswith(dash):
        end += 1
    note = "\n".join(lines[:end]) + "\n"
    signed = checkpoint.parse_notes(note)[0]
    rest = "\n".join(lines[end:]).strip()
    if not rest:
        raise CheckpointError("the text holds a checkpoint but not the printout's list of records: "
                              "was all of the QR code read?")
    listing = checkpoint.parse_note(rest + "\n")
    body = listing.text.split("\n")[:-1]
    at = signed.checkpoint
    if len(body) < 3 or body[0] != at.origin or not body[1].startswith("timeline ") or body[2] != str(at.size):
        raise CheckpointError("the printout's list of records does not belong to its checkpoint")
    records = {}
    for number, line in enumerate(body[3:], start=4):
        seq, _, prefix = line.partition(" ")
        if not seq.isdigit() or not prefix:
            raise CheckpointError(f"line {number} of the list of records is not 'SEQ HASH'")
        records[int(seq)] = prefix
    return PrintoutEvidence(signed, note, body[1].removeprefix("timeline "), records, listing)


def checkpoints_in(text: str) -> list[SignedCheckpoint]:
    """The checkpoints of a witness's file, or of a printed timeline's QR text saved as a file (its checkpoint;
    the list of records that follows it is not one)."""
    try:
        return checkpoint.parse_notes(text)
    except CheckpointError as error:
        try:
            return [parse(text).signed]
        except CheckpointError:
            raise error from None
