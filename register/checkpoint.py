"""Checkpoints: the C2SP tlog-checkpoint text, signed as a C2SP signed note with Ed25519.

    detention-register/3f2a9c0d51e8b7a4      <- origin: names the register
    4182                                     <- tree size: the number of chain entries
    qJ1y...base64 root hash...=              <- the Merkle root of those entries (register/merkle.py)
                                             <- blank line
    — detention-register/3f2a9c0d51e8b7a4 AbCd...   <- signature line: key id and Ed25519 signature

Short enough for a QR code; a witness keeps it and later asks whether the register still extends it.
Pure: no database, no files.
"""
from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from register.errors import BadInput

ED25519 = b"\x01"  # the signed-note signature type of Ed25519
DASH = "\u2014"  # every signature line starts with an em dash and a space
_NAME = re.compile(r"^[^\s+]+$")


class CheckpointError(BadInput):
    """A text that is not a checkpoint this register can read (exit 2), said by its code."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes

    def text(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"


@dataclass(frozen=True)
class Signature:
    name: str
    key_id: bytes
    signature: bytes


@dataclass(frozen=True)
class SignedNote:
    """A C2SP signed note: a text (ending in a newline) and its signature lines."""
    text: str
    signatures: tuple[Signature, ...]

    def signed_by(self, name: str, public_key: bytes) -> bool:
        """Whether one of the signature lines is a valid signature of the text by that key."""
        key_id = key_id_of(name, public_key)
        try:
            verifier = Ed25519PublicKey.from_public_bytes(public_key)
        except ValueError:
            return False
        for signature in self.signatures:
            if signature.name == name and signature.key_id == key_id:
                try:
                    verifier.verify(signature.signature, self.text.encode("utf-8"))
                    return True
                except InvalidSignature:
                    continue
        return False


@dataclass(frozen=True)
class SignedCheckpoint:
    checkpoint: Checkpoint
    note: SignedNote

    def signed_by(self, name: str, public_key: bytes) -> bool:
        return self.note.signed_by(name, public_key)


def public_bytes(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id_of(name: str, public_key: bytes) -> bytes:
    """signed-note key id: the first four bytes of SHA-256(name || 0x0A || type || public key)."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + ED25519 + public_key).digest()[:4]


def verifier_key(name: str, public_key: bytes) -> str:
    """The signed-note verifier key, `name+keyid+base64(type || key)`: what `checkpoint --public-key`
    prints and a witness keeps."""
    return f"{name}+{key_id_of(name, public_key).hex()}+{base64.b64encode(ED25519 + public_key).decode()}"


def parse_verifier_key(text: str) -> tuple[str, bytes]:
    """(name, public key) of a verifier key; CheckpointError when it is not an Ed25519 one."""
    parts = text.strip().split("+", 2) if isinstance(text, str) else []
    try:
        raw = base64.b64decode(parts[2], validate=True) if len(parts) == 3 else b""
    except ValueError:
        raw = b""
    if len(raw) != 33 or raw[:1] != ED25519 or key_id_of(parts[0], raw[1:]).hex() != parts[1]:
        raise CheckpointError("not-a-verifier-key")
    return parts[0], raw[1:]


def origin_for(public_key: bytes) -> str:
    """A register's origin line: fixed when its first key is made, unique to it."""
    return f"detention-register/{hashlib.sha256(public_key).hexdigest()[:16]}"


def sign_note(text: str, name: str, private_key: Ed25519PrivateKey) -> str:
    """`text`, a blank line and the signature line of `private_key` under `name`."""
    if not _NAME.match(name):
        raise CheckpointError("bad-key-name", name=name)
    signature = key_id_of(name, public_bytes(private_key)) + private_key.sign(text.encode("utf-8"))
    return f"{text}\n{DASH} {name} {base64.b64encode(signature).decode()}\n"


def sign(checkpoint: Checkpoint, private_key: Ed25519PrivateKey) -> str:
    """The signed checkpoint; the key's name is the origin."""
    return sign_note(checkpoint.text(), checkpoint.origin, private_key)


def parse_notes(text: str) -> list[SignedCheckpoint]:
    """Every checkpoint in a file a witness kept (one signed note after another). Raises CheckpointError
    naming the line for anything else."""
    notes = [SignedCheckpoint(_checkpoint(note.text.split("\n")[:-1], line), note)
             for note, line in _signed_notes(text)]
    if not notes:
        raise CheckpointError("no-checkpoint-in-file")
    return notes


def parse_note(text: str) -> SignedNote:
    """One signed note (e.g. an export's manifest)."""
    notes = list(_signed_notes(text))
    if len(notes) != 1:
        raise CheckpointError("one-note-expected")
    return notes[0][0]


def _signed_notes(text: str):
    """(note, its first line's number) for each signed note in `text`."""
    lines = text.replace("\r\n", "\n").split("\n")
    number = 0
    while number < len(lines):
        if not lines[number].strip():
            number += 1
            continue
        start = number
        while number < len(lines) and lines[number].strip():
            number += 1
        body = lines[start:number]
        number += 1  # the blank line between the text and its signatures
        signatures = []
        while number < len(lines) and lines[number].startswith(DASH + " "):
            signatures.append(_signature(lines[number], number + 1))
            number += 1
        if not signatures:
            raise CheckpointError("note-form", line=start + 1)
        yield SignedNote("\n".join(body) + "\n", tuple(signatures)), start + 1
def _checkpoint(body: list[str], line: int) -> Checkpoint:
    if len(body) < 3:
        raise CheckpointError("checkpoint-form", line=line)
    origin, size, root = body[0], body[1], body[2]
    if not size.isdigit() or (len(size) > 1 and size[0] == "0"):
        raise CheckpointError("checkpoint-size", line=line + 1, size=size[:40])
    try:
        root_hash = base64.b64decode(root, validate=True)
    except ValueError:
        root_hash = b""
    if len(root_hash) != 32:
        raise CheckpointError("checkpoint-root", line=line + 2)
    return Checkpoint(origin, int(size), root_hash)


def _signature(line: str, number: int) -> Signature:
    parts = line[2:].split(" ")
    try:
        if len(parts) != 2:
            raise ValueError
        raw = base64.b64decode(parts[1], validate=True)
    except ValueError:
        raise CheckpointError("signature-line-form", line=number) from None
    if len(raw) < 5:
        raise CheckpointError("signature-too-short", line=number)
    return Signature(parts[0], raw[:4], raw[4:])
