"""Rotating the register's checkpoint key: the new key's public half is chained, endorsed by the old key.

The endorsement is a signed note by the previous key:

    detention-register/3f2a9c0d51e8b7a4            <- the origin (unchanged by a rotation)
    key rotation
    detention-register/3f2a...+1a2b3c4d+AU5x...     <- the new key's verifier key

so whoever trusts the first key (published when the register began) follows the register to each next key,
offline, and a key the database merely lists (an insider's) is not followed. Pure: no database, no files.
"""
from __future__ import annotations

import base64
from typing import Iterable, Mapping, Sequence

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from register import checkpoint


def endorsement_text(origin: str, new_public: bytes) -> str:
    return f"{origin}\nkey rotation\n{checkpoint.verifier_key(origin, new_public)}\n"


def endorse(origin: str, new_public: bytes, old_key: Ed25519PrivateKey) -> str:
    return checkpoint.sign_note(endorsement_text(origin, new_public), origin, old_key)


def endorsed_chain(keys: Sequence[Mapping]) -> tuple[list[tuple[str, bytes]], list[Mapping]]:
    """(origin, public key) of the register's first key and of every later key endorsed by the key before it
    (store.signing_keys order), and the key records that are not so endorsed."""
    trusted: list[tuple[str, bytes]] = []
    refused: list[Mapping] = []
    for key in keys:
        public = base64.b64decode(key["public_key"])
        if not trusted:
            trusted.append((key["origin"], public))
        elif _endorsed(key, public, trusted[-1]):
            trusted.append((key["origin"], public))
        else:
            refused.append(key)
    return trusted, refused


def followed(known: Iterable[tuple[str, bytes]], keys: Sequence[Mapping]) -> set[tuple[str, bytes]]:
    """The keys a witness who knows `known` reaches by following the endorsements in `keys`."""
    reached = set(known)
    for key in keys:
        public = base64.b64decode(key["public_key"])
        if any(_endorsed(key, public, signer) for signer in list(reached)):
            reached.add((key["origin"], public))
    return reached


def _endorsed(key: Mapping, public: bytes, by: tuple[str, bytes]) -> bool:
    text = key.get("endorsement")
    if not text:
        return False
    try:
        note = checkpoint.parse_note(text)
    except checkpoint.CheckpointError:
        return False
    return note.text == endorsement_text(key["origin"], public) and by[0] == key["origin"] and note.signed_by(*by)
