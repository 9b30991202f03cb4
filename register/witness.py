"""A witness's own store of the register's checkpoints, and the check that the register still extends them.

The prosecutor's and the monitor's desktops keep every checkpoint they see (each sign-in's look at the
register, each verified printout's or export's) in a file of their own, outside the register, so whoever runs
the database cannot edit what they saw. Each look checks the register's current tree against what was kept,
with consistency proofs the register supplies and the witness checks: a proof cannot be forged, so an operator
who rewrote history (recomputing every hash and the whole tree) is caught at the next look, and the store names
the first kept size whose history the register no longer extends. The alarm is kept in the store, so it is
shown at every start until the witness, having dealt with it, moves the file aside.

No database and no Qt: the register is reached through `RegisterView` (register/services/witnessing.py).
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Mapping, Protocol, Sequence

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url

from register import checkpoint, key_rotation, merkle
from register.timeutil import format_utc, parse_instant

STORE_VARIABLE = "DETENTION_REGISTER_WITNESS_DIR"
WITNESS_ROLES = frozenset({"prosecutor", "monitor"})  # the bodies outside the operator who keep checkpoints


@dataclass(frozen=True)
class Observation:
    """A tree size and root the register stated, with its signed note when it was signed."""
    size: int
    root: bytes
    note: str | None = None  # the C2SP signed checkpoint; None for a tree head read by a station without the key


@dataclass(frozen=True)
class Kept:
    observation: Observation
    seen_at: datetime
    source: str  # "register" (the desktop's own look), "printout" or "export"
    conflict: bool = False  # seen when the register no longer extended what was kept: evidence, not a reference


@dataclass(frozen=True)
class Departure:
    """The register is no longer an extension of what this witness saw."""
    first_size: int  # the smallest size seen whose history the register no longer extends
    first_seen_at: datetime  # when the witness saw the checkpoint of that size
    agreed_size: int | None  # the largest size seen that it still extends (None: none)
    register_size: int  # the size of the history the register shows instead
    noticed_at: datetime
    key_changed: bool = False  # the register signs with a key this witness never saw it use


@dataclass(frozen=True)
class WitnessResult:
    departure: Departure | None  # this look's finding; None when the register extends everything seen
    alarm: Departure | None  # the store's alarm: the first departure it ever noticed (or this one)
    first_seen: datetime  # when the witness first saw the observation checked (now if never)


class RegisterView(Protocol):
    """What the witness asks of the register: its current tree head, and proofs between two sizes."""

    def tree_head(self) -> Observation: ...

    def consistency_proof(self, first: int, second: int) -> Sequence[bytes]: ...

    def signing_keys(self) -> Sequence[Mapping]: ...  # store.signing_keys: to follow a rotated key


def store_directory() -> Path:
    return Path(os.environ.get(STORE_VARIABLE)
                or Path(user_data_dir("detention-register", appauthor=False)) / "witness")


def store_for(url: str, directory: Path | None = None) -> WitnessStore:
    """The store of the register at `url`: named by where the desktop connects, not by what the register calls
    itself, so a register rebuilt under a new name and key is still judged against what was seen before."""
    where = make_url(url).render_as_string(hide_password=True)
    return WitnessStore((directory or store_directory()) / f"{hashlib.sha256(where.encode()).hexdigest()[:16]}.jsonl")


class WitnessStore:
    """One JSON Lines file per register, only ever appended to, created readable by its owner only."""

    def __init__(self, path: Path):
        self.path = path

    def _lines(self) -> list[dict]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    def kept(self) -> list[Kept]:
        return [_kept_from(line) for line in self._lines() if "size" in line]

    def alarm(self) -> Departure | None:
        """The first departure this store noticed; it stays until the file is moved aside."""
        alarms = [_departure_from(line["alarm"]) for line in self._lines() if "alarm" in line]
        return alarms[0] if alarms else None

    def notes(self) -> str:
        """Every signed checkpoint kept, one after another: a file `detention-register verify --checkpoint` reads."""
        return "\n".join(entry.observation.note for entry in self.kept() if entry.observation.note)

    def append(self, *entries: Kept | Departure) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(_kept_to(e) if isinstance(e, Kept) else {"alarm": _departure_to(e)}) for e in entries]
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in lines))
            handle.flush()
            os.fsync(handle.fileno())


def witness(store: WitnessStore, register: RegisterView, now: datetime, observation: Observation | None = None,
            source: str = "register") -> WitnessResult:
    """Look at the register: check that its current tree extends everything kept (and `observation`, a
    checkpoint from a printout or an export, when given), then keep what was seen."""
    head = register.tree_head()
    kept = [entry for entry in store.kept() if not entry.conflict]
    departure = _departure(kept, head, register, now)
    if observation is not None and not _extends(register, head, observation):
        if departure is None or observation.size < departure.first_size:
            agreed = max((k.observation.size for k in kept if k.observation.size < observation.size), default=None)
            departure = Departure(observation.size, now, agreed, head.size, now)
    if departure is None and _signs_with_another_key([k.observation for k in kept], [head, observation],
                                                     register.signing_keys()):
        departure = Departure(head.size, now, max((k.observation.size for k in kept), default=None), head.size, now,
                              key_changed=True)
    conflict = departure is not None
    seen = [Kept(observation, now, source, conflict)] if observation is not None else []
    earlier_alarm = store.alarm()
    store.append(*seen, Kept(head, now, "register", conflict), *([departure] if departure else []))
    looked_at = observation or head
    first_seen = next((k.seen_at for k in kept
                       if (k.observation.size, k.observation.root) == (looked_at.size, looked_at.root)), now)
    return WitnessResult(departure, earlier_alarm or departure, first_seen)


def _departure(kept: Sequence[Kept], head: Observation, register: RegisterView, now: datetime) -> Departure | None:
    """The first kept size the register's current history does not extend. Everything kept (but conflicts)
    extends one another, so once one size is not extended no larger one is: a binary search finds it."""
    points = sorted(kept, key=lambda k: k.observation.size)
    if not points or _extends(register, head, points[-1].observation):
        return None
    low, high = 0, len(points) - 1  # points[high] is not extended
    while low < high:
        middle = (low + high) // 2
        if _extends(register, head, points[middle].observation):
            low = middle + 1
        else:
            high = middle
    agreed = points[low - 1].observation.size if low else None
    return Departure(points[low].observation.size, points[low].seen_at, agreed, head.size, now)


def _extends(register: RegisterView, head: Observation, seen: Observation) -> bool:
    """Whether the register's current tree is an extension of `seen`: its proof checked, never trusted."""
    if seen.size > head.size:
        return False
    if seen.size == head.size or seen.size == 0:
        return seen.root == (head.root if seen.size else merkle.EMPTY_ROOT)
    proof = register.consistency_proof(seen.size, head.size)
    return merkle.verify_consistency(seen.size, head.size, seen.root, head.root, list(proof))


def _signs_with_another_key(kept: Sequence[Observation], new: Sequence[Observation | None],
                            keys: Sequence[Mapping]) -> bool:
    """A register that now signs as another origin, or with a key the witness never saw it use and cannot
    reach from one it saw by the endorsements of a key rotation (register/key_rotation.py)."""
    seen = {(s.name, s.key_id) for o in kept if o.note for s in _signatures(o.note)}
    if not seen:
        return False
    listed = [(k["origin"], base64.b64decode(k["public_key"])) for k in keys]
    known = [(name, public) for name, public in listed if (name, checkpoint.key_id_of(name, public)) in seen]
    reached = seen | {(name, checkpoint.key_id_of(name, public)) for name, public in key_rotation.followed(known, keys)}
    return any(o is not None and o.note and not reached & {(s.name, s.key_id) for s in _signatures(o.note)}
               for o in new)


def _signatures(note: str) -> tuple[checkpoint.Signature, ...]:
    return checkpoint.parse_notes(note)[0].note.signatures


def _kept_to(entry: Kept) -> dict:
    seen = entry.observation
    return {"size": seen.size, "root": base64.b64encode(seen.root).decode(), "note": seen.note,
            "seen_at": format_utc(entry.seen_at), "source": entry.source, "conflict": entry.conflict}


def _kept_from(data: dict) -> Kept:
    seen = Observation(int(data["size"]), base64.b64decode(data["root"]), data.get("note"))
    return Kept(seen, parse_instant(data["seen_at"]), str(data["source"]), bool(data.get("conflict")))


def _departure_to(departure: Departure) -> dict:
    data = asdict(departure)
    data["first_seen_at"], data["noticed_at"] = format_utc(departure.first_seen_at), format_utc(departure.noticed_at)
    return data


def _departure_from(data: dict) -> Departure:
    return Departure(int(data["first_size"]), parse_instant(data["first_seen_at"]),
                     None if data.get("agreed_size") is None else int(data["agreed_size"]),
                     int(data["register_size"]), parse_instant(data["noticed_at"]), bool(data.get("key_changed")))
