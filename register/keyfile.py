"""The register's checkpoint signing key: a file outside the database, readable by its owner only.

A copy of the database (a backup, a leaked dump, an insider's edit) holds the public key only, so it
cannot sign a checkpoint of a history the register never had.
"""
from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (Encoding, NoEncryption, PrivateFormat,
                                                          load_pem_private_key)
from platformdirs import user_data_dir
from sqlalchemy.engine import URL, make_url

from register.errors import Unusable, os_reason

KEY_VARIABLE = "DETENTION_REGISTER_KEY"


class KeyFileError(Unusable):
    """The signing key cannot be used (exit 3); the sentence of its code says why and what to do."""


def key_path(url: str) -> Path:
    """$DETENTION_REGISTER_KEY, else beside a SQLite register's file (register.db -> register.db.checkpoint-key),
    else (a PostgreSQL register) in the user's data directory, one file per server and database."""
    if os.environ.get(KEY_VARIABLE):
        return Path(os.environ[KEY_VARIABLE])
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        database = Path(parsed.database)
        return database.with_name(database.name + ".checkpoint-key")
    # the server and database only: every login of one register (the owner's, a prosecutor's) finds one key
    server = URL.create(parsed.drivername, host=parsed.host, port=parsed.port, database=parsed.database,
                        query=parsed.query).render_as_string()
    where = hashlib.sha256(server.encode("utf-8")).hexdigest()[:16]
    return Path(user_data_dir("detention-register", appauthor=False)) / f"{where}.checkpoint-key"


def load(path: Path) -> Ed25519PrivateKey:
    """The key at `path`; refused when others than its owner may read it."""
    try:
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyFileError("key-file-readable-by-others", path=str(path))
        key = load_pem_private_key(path.read_bytes(), password=None)
    except OSError as error:
        raise KeyFileError("key-file-unreadable", path=str(path), reason=os_reason(error)) from None
    except ValueError:
        raise KeyFileError("key-file-not-pem", path=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("key-file-not-ed25519", path=str(path))
    return key


def create(path: Path) -> Ed25519PrivateKey:
    """A new key, written to `path` with mode 0600; never over an existing file."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError("key-file-exists", path=str(path)) from None
    except OSError as error:
        raise KeyFileError("key-file-uncreatable", path=str(path), reason=os_reason(error)) from None
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    return key
