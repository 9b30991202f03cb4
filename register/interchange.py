"""JSON Lines interchange, version 1 (contract section 2): reading, writing, checking a file."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Iterable, Iterator

from register import chain
from register.errors import BadInput, Message, Problem
from register.progress import Progress, counted
from register.records import parse_custody, parse_event, parse_facility, parse_person
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


def dump_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def verify_lines(lines: Iterable[str], *, every_mismatch: bool = False,
                 progress: Progress | None = None) -> chain.Verdict:
    """Check an exported file on its own: every record against its hash, links where entries adjoin.

    A whole-register export (header scope "register") must also have every seq from 1 to its head.
    """
    header = {}
    links = []
    for number, line in enumerate(counted(lines, progress, "reading"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            return chain.Verdict(False, 0, 0, chain.GENESIS, Message("export-line-not-json", line=number), None, None)
        if "record" not in data:
            header = data
            continue
        if not all(isinstance(data.get(k), t) for k, t in (("seq", int), ("hash", str), ("prev_hash", str))):
            return chain.Verdict(False, 0, 0, chain.GENESIS,
                                 Message("export-line-no-chain", line=number), None, None)
        stub = data["record"] == "chain"
        links.append(chain.ChainLink(data["seq"], data.get("kind") if stub else data["record"], str(data.get("id")),
                                     data["prev_hash"], data["hash"], None if stub else data, stub))
    links.sort(key=lambda link: link.seq)
    whole = header.get("scope") == "register"
    head = header.get("chain_head") if whole else None
    expected = (head["seq"], head["hash"]) if isinstance(head, dict) else None
    return chain.verify_links(links, contiguous=whole, expected_head=expected, every_mismatch=every_mismatch,
                              progress=progress, total=len(links))


def export_header(scope: str, head_seq: int, head_hash: str, custody: str | None = None) -> dict:
    header = {**FORMAT_HEADER, "scope": scope, "chain_head": {"seq": head_seq, "hash": head_hash}}
    if custody:
        header["custody"] = custody
    return header


def chain_stub(link: chain.ChainLink) -> dict:
    """Stands in an export for a chained record that is not part of the interchange (e.g. an alert review)."""
    return {"record": "chain", "kind": link.kind, "id": link.record_id, "seq": link.seq,
            "prev_hash": link.prev_hash, "hash": link.hash}


def with_chain_fields(link: chain.ChainLink) -> dict:
    return {**link.record, "seq": link.seq, "prev_hash": link.prev_hash, "hash": link.hash}


def export_lines(links: Iterable[chain.ChainLink], header: dict) -> Iterator[str]:
    """The header, then each record with its chain fields (or a stub for records outside the interchange)."""
    yield dump_line(header)
    for link in links:
        if link.kind in ("facility", "person", "custody", "event") and link.record is not None:
            yield dump_line(with_chain_fields(link))
        else:
            yield dump_line(chain_stub(link))
