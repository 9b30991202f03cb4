"""JSON Lines interchange, version 1 (contract section 2): reading, writing, checking a file."""
from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Iterable, Iterator, Mapping, Sequence

from register import chain, checkpoint, merkle
from register.checkpoint import SignedCheckpoint
from register.errors import BadInput, Message, Problem
from register.progress import Progress, counted
from register.records import INTERCHANGE_KINDS, parse_custody, parse_event, parse_facility, parse_person
from register.staging import EventStaging
from register.writing import Batch, Problems

FORMAT_HEADER = {"format": "detention-register", "version": 1}
_PARSERS = {"facility": ("facilities", parse_facility), "person": ("persons", parse_person),
            "custody": ("custodies", parse_custody)}


def read_records(lines: Iterable[str], now: datetime, staging: EventStaging,
                 progress: Progress | None = None) -> Batch:
    """Parse a file, line by line as it streams, into a batch whose refs are line numbers, its events into
    `staging`; raise Rejected listing the bad lines. `progress` is told how many lines were read.

    An event whose recorded_at is absent (it defaults to `now`, the moment of import) is staged as lenient.
    """
    batch = Batch()
    problems = Problems()
    for number, line in enumerate(counted(lines, progress, "reading"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            problems.add(Problem(number, Message("not-json")))
            continue
        if not isinstance(data, dict):
            problems.add(Problem(number, Message("not-one-object")))
            continue
        if "record" not in data:
            if data.get("format") == FORMAT_HEADER["format"] and number == 1:
                if data.get("version") != 1:
                    problems.add(Problem(number, Message("format-version", version=repr(data.get("version")))))
                continue
            problems.add(Problem(number, Message("no-record-key")))
            continue
        kind = data["record"]
        if not isinstance(kind, str):
            problems.add(Problem(number, Message("record-not-text", field="record"), "record"))
            continue
        if "hash" in data and kind != "chain" and not _matches_its_hash(data):
            problems.add(Problem(number, Message("export-tampered-line", kind=kind, id=str(data.get("id"))), "hash"))
            continue
        try:
            if kind == "event":
                staging.add(parse_event(data, now), number, lenient=data.get("recorded_at") is None)
            elif kind in _PARSERS:
                attribute, parse = _PARSERS[kind]
                getattr(batch, attribute).append((parse(data), number))
            elif kind == "chain":
                continue  # a chain stub of an export: attests a record that is not exported
            else:
                problems.add(Problem(number, Message("unknown-record-kind", value=kind), "record"))
        except BadInput as error:
            record_id = data.get("id") if isinstance(data.get("id"), str) else None
            where = {"kind": kind, "id": record_id} if record_id else {"kind": kind}
            problems.add(Problem(number, Message("in-record" if record_id else "in-record-without-id", problem=error,
                                                 **where), error.field, record_id))
    if problems:
        raise problems.rejected()
    return batch


def _matches_its_hash(data: dict) -> bool:
    """An exported line's hash is SHA-256 of its predecessor's hash and its content (chain.link)."""
    prev_hash, value = data.get("prev_hash"), data.get("hash")
    return isinstance(prev_hash, str) and isinstance(value, str) and chain.link(prev_hash, data) == value


def dump_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class BadExport(BadInput):
    """A file that is empty or not an export of this format, or an export that cannot be judged against the
    checkpoint given: bad input (exit 2), never "intact"."""


def verify_lines(lines: Iterable[str], checkpoints: Sequence[SignedCheckpoint] = (),
                 progress: Progress | None = None) -> chain.Verdict:
    """Check an exported file on its own: every record against its hash, links where entries adjoin, and
    against the checkpoints a witness kept.

    A whole-register export (header scope "register") must have every seq from 1 to its head, and its tree
    is recomputed. A one-custody export must carry the register's signed checkpoint, an inclusion proof for
    each record and the register's signed list of what it exported, so a removed, changed or added line fails.
    """
    header, links, proofs, findings = _read_export(counted(lines, progress, "reading"))
    whole = header.get("scope") == "register"
    head = header.get("chain_head") if whole else None
    expected = (head.get("seq"), head.get("hash")) if isinstance(head, dict) else None
    verdict = chain.verify_links(links, contiguous=whole, expected_head=expected, progress=progress,
                                 total=len(links))
    if whole:
        findings += _whole_findings(header, links, checkpoints)
    else:
        findings += _custody_findings(header, links, proofs, checkpoints)
    return verdict.adding(findings) if findings else verdict


def _read_export(lines: Iterable[str]) -> tuple[dict, list[chain.ChainLink], dict[int, object], list[chain.Finding]]:
    """The header, the chain links of the records (stubs included), each record's inclusion proof by seq, and
    the lines that are not records. Raises BadExport for a file that is not an export at all."""
    header: dict | None = None
    links, proofs, findings = [], {}, []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            data = None
        if header is None:
            if not (isinstance(data, dict) and data.get("format") == FORMAT_HEADER["format"] and "record" not in data):
                raise BadExport("export-no-header", line=number)
            header = data
            continue
        if not isinstance(data, dict) or not all(isinstance(data.get(k), t) for k, t in _CHAIN_TYPES):
            findings.append(chain.Finding(Message("export-line-not-a-record", line=number), None, f"line {number}"))
            continue
        stub = data.get("record") == "chain"
        proofs[data["seq"]] = data.get("proof")
        links.append(chain.ChainLink(data["seq"], str(data.get("kind") if stub else data.get("record")),
                                     str(data.get("id")), data["prev_hash"], data["hash"], None if stub else data,
                                     stub))
    if header is None:
        raise BadExport("export-empty")
    if not links and not findings:
        raise BadExport("export-no-record")
    links.sort(key=lambda link: link.seq)
    return header, links, proofs, findings


_CHAIN_TYPES = (("seq", int), ("hash", str), ("prev_hash", str))


def _leaf(link: chain.ChainLink) -> bytes | None:
    try:
        value = bytes.fromhex(link.hash)
    except ValueError:
        return None
    return merkle.leaf_hash(value) if len(value) == 32 else None


def _whole_findings(header: dict, links: list[chain.ChainLink],
                    checkpoints: Sequence[SignedCheckpoint]) -> list[chain.Finding]:
    """A whole register's tree is recomputed from its lines and its root at each checkpoint's size compared."""
    sizes = {c.checkpoint.size for c in checkpoints}
    frontier, roots = merkle.Frontier(), {0: merkle.EMPTY_ROOT}
    for link in links:
        frontier.append(_leaf(link) or b"")
        if frontier.size in sizes:
            roots[frontier.size] = frontier.root()
    key = _declared_key(header)
    findings = []
    for signed in sorted(checkpoints, key=lambda c: c.checkpoint.size):
        witnessed = signed.checkpoint
        if key is not None and not signed.signed_by(*key):
            findings.append(_not_signed(witnessed))
        if witnessed.size > frontier.size:
            findings.append(chain.Finding(Message("export-entries-removed", size=witnessed.size, have=frontier.size),
                                          witnessed.size, f"checkpoint {witnessed.size}"))
        elif roots.get(witnessed.size) != witnessed.root:
            findings.append(_not_an_extension(witnessed))
    return findings


def _custody_findings(header: dict, links: list[chain.ChainLink], proofs: dict[int, object],
                      checkpoints: Sequence[SignedCheckpoint]) -> list[chain.Finding]:
    try:
        name, public = checkpoint.parse_verifier_key(header.get("public_key"))
        exported = checkpoint.parse_notes(str(header.get("checkpoint")))[0]
        manifest = checkpoint.parse_note(str(header.get("manifest")))
    except checkpoint.CheckpointError:
        return [chain.Finding(Message("export-no-checkpoint"), None, "header")]
    at = exported.checkpoint
    if not (exported.signed_by(name, public) and manifest.signed_by(name, public)):
        return [chain.Finding(Message("export-header-not-signed", key=name), None, "header")]
    listed = _manifest_entries(manifest.text, at, header.get("custody"))
    if listed is None:
        return [chain.Finding(Message("export-list-foreign"), None, "header")]
    findings = []
    present = {link.seq: link for link in links}
    for seq in sorted(set(listed) - set(present)):
        findings.append(chain.Finding(Message("export-record-removed", seq=seq), seq, f"seq {seq}"))
    for link in links:
        record = f"{link.kind} {link.record_id}"
        if link.seq not in listed:
            findings.append(chain.Finding(Message("export-record-added", record=record, seq=link.seq), link.seq,
                                          record))
        elif listed[link.seq] != link.hash or not _proves(link, proofs.get(link.seq), at):
            findings.append(chain.Finding(Message("export-record-changed", record=record, seq=link.seq, size=at.size),
                                          link.seq, record))
    return findings + _witness_findings(header, at, (name, public), checkpoints)


def _proves(link: chain.ChainLink, proof: object, at: checkpoint.Checkpoint) -> bool:
    """Whether `proof` (the line's, base64 hashes) shows the line's chain hash in the checkpoint's tree."""
    leaf = _leaf(link)
    try:
        path = [base64.b64decode(p, validate=True) for p in proof] if isinstance(proof, list) else None
    except (ValueError, TypeError):
        path = None
    return leaf is not None and path is not None and merkle.verify_inclusion(link.seq - 1, at.size, leaf, path,
                                                                             at.root)


def _witness_findings(header: dict, at: checkpoint.Checkpoint, key: tuple[str, bytes],
                      checkpoints: Sequence[SignedCheckpoint]) -> list[chain.Finding]:
    """Whether the register this export comes from is an extension of what each witness kept."""
    proofs = {entry.get("from"): entry.get("proof") for entry in header.get("consistency") or []
              if isinstance(entry, dict)}
    findings = []
    for signed in sorted(checkpoints, key=lambda c: c.checkpoint.size):
        witnessed = signed.checkpoint
        if not signed.signed_by(*key):
            findings.append(_not_signed(witnessed))
        if witnessed.size == at.size:
            consistent = witnessed.root == at.root
        elif witnessed.size < at.size and witnessed.size in proofs:
            try:
                path = [base64.b64decode(p, validate=True) for p in proofs[witnessed.size]]
            except (ValueError, TypeError):
                path = []
            consistent = merkle.verify_consistency(witnessed.size, at.size, witnessed.root, at.root, path)
        else:
            raise BadExport("export-no-consistency-proof", size=at.size, witnessed=witnessed.size)
        if not consistent:
            findings.append(_not_an_extension(witnessed))
    return findings


def _not_signed(witnessed: checkpoint.Checkpoint) -> chain.Finding:
    return chain.Finding(Message("export-checkpoint-foreign", size=witnessed.size, origin=witnessed.origin),
                         witnessed.size, f"checkpoint {witnessed.size}")


def _not_an_extension(witnessed: checkpoint.Checkpoint) -> chain.Finding:
    return chain.Finding(Message("checkpoint-not-extended", size=witnessed.size), witnessed.size,
                         f"checkpoint {witnessed.size}")


def _declared_key(header: dict) -> tuple[str, bytes] | None:
    try:
        return checkpoint.parse_verifier_key(header["public_key"]) if header.get("public_key") else None
    except checkpoint.CheckpointError:
        return None


def manifest_text(origin: str, custody: str, size: int, entries: Sequence[tuple[int, str]]) -> str:
    """What a one-custody export lists of itself, signed with the register's key: the checkpoint it belongs
    to, the custody, and the seq and hash of every record (stubs included) it carries."""
    return (f"{origin}\ncustody {custody}\n{size}\n"
            + "".join(f"{seq} {value}\n" for seq, value in sorted(entries)))


def _manifest_entries(text: str, at: checkpoint.Checkpoint, custody: object) -> dict[int, str] | None:
    lines = text.split("\n")[:-1]
    if lines[:3] != [at.origin, f"custody {custody}", str(at.size)]:
        return None
    entries = {}
    for line in lines[3:]:
        seq, _, value = line.partition(" ")
        if not seq.isdigit():
            return None
        entries[int(seq)] = value
    return entries


def export_header(scope: str, head_seq: int, head_hash: str, custody: str | None = None,
                  public_key: str | None = None) -> dict:
    header = {**FORMAT_HEADER, "scope": scope, "chain_head": {"seq": head_seq, "hash": head_hash}}
    if custody:
        header["custody"] = custody
    if public_key:
        header["public_key"] = public_key
    return header


def chain_stub(link: chain.ChainLink) -> dict:
    """Stands in an export for a chained record that is not part of the interchange (e.g. an alert review)."""
    return {"record": "chain", "kind": link.kind, "id": link.record_id, "seq": link.seq,
            "prev_hash": link.prev_hash, "hash": link.hash}


def with_chain_fields(link: chain.ChainLink) -> dict:
    return {**link.record, "seq": link.seq, "prev_hash": link.prev_hash, "hash": link.hash}


def export_lines(links: Iterable[chain.ChainLink], header: dict,
                 proofs: Mapping[int, list[str]] | None = None) -> Iterator[str]:
    """The header, then each record with its chain fields (or a stub for records outside the interchange),
    and its inclusion proof where `proofs` has one."""
    yield dump_line(header)
    for link in links:
        line = with_chain_fields(link) if link.kind in INTERCHANGE_KINDS and link.record is not None else chain_stub(link)
        if proofs is not None:
            line["proof"] = proofs[link.seq]
        yield dump_line(line)
