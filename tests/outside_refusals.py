"""Refusals said outside a register's records: a rule profile that cannot be used, a witness's checkpoint file,
the checkpoint key file and the command line's own. Each is brought about for real (a file on disk, a
profile parsed), so that tests/ui/test_messages.py sees every sentence of the table rendered in three languages."""
from __future__ import annotations

import copy
import os
from datetime import date
from pathlib import Path
from typing import Callable

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from register import checkpoint, keyfile, printout
from register.errors import RegisterError
from register.rules.profile import load_profile, parse_profile

TITLE = {"en": "T", "ru": "Т", "kk": "Т"}
VALID = {
    "profile": {"id": "t", "jurisdiction": TITLE, "home_country": "KZ", "timezone": "Asia/Almaty",
                "age_of_majority": 18, "unknown_birth_date_is_minor": False,
                "unsuccessful_notifications_satisfy": False},
    "settings": {"late-registration": "PT1H"},
    "rules": [{"id": "r", "severity": "breach", "title": TITLE, "short_title": TITLE, "basis": TITLE,
               "deadline": TITLE, "figure": "PT3H", "trigger": [{"kind": "event", "event": "apprehension"}],
               "satisfied_by": {"event": "arrival"}}],
}


def _profile(change: Callable[[dict, dict], object]) -> Callable[[], object]:
    """Parse VALID after `change(data, rule)` edits a copy of it (the first rule given for convenience)."""
    data = copy.deepcopy(VALID)
    change(data, data["rules"][0])
    return lambda: parse_profile(data, "test.toml")


def _set(key: str, value: object, where: str = "rule") -> Callable[[dict, dict], None]:
    def change(data: dict, rule: dict) -> None:
        target = rule if where == "rule" else data if where == "top" else data[where]
        if value is None:
            target.pop(key)
        else:
            target[key] = value
    return change


def _every_field(field: object, trigger: dict | None = None, every: str | None = None):
    def change(data: dict, rule: dict) -> None:
        rule.pop("figure")
        rule["recurring"] = {"every_field": field, **({"every": every} if every else {})}
        rule["trigger"] = [trigger or {"kind": "event", "event": "risk_assessment"}]
    return change


PROFILE_CHANGES = [
    _set("timezone", "Mars/Base", "profile"),                      # profile-value (unknown-time-zone)
    _set("settings", "PT1H", "top"),                               # profile-settings-table
    _set("late-registration", "1 hour", "settings"),               # profile-value (not-a-duration)
    _set("rules", [], "top"),                                      # profile-no-rules
    _set("extra", {}, "top"),                                      # profile-unknown-tables
    _set("zones", "Asia/Almaty", "profile"),                       # profile-zones-list
    _set("age_of_majority", "18", "profile"),                      # profile-whole-years
    _set("unknown_birth_date_is_minor", "no", "profile"),          # profile-not-bool
    _set("late-registration", None, "settings"),                   # profile-late-registration
    _set("rules", [{}], "top"),                                    # profile-rule-id
    lambda data, rule: rule.update(in_force_from=date(2020, 1, 1), in_force_until=date(2019, 1, 1)),
    _set("trigger", []),                                           # profile-no-trigger
    _set("severity", "indicator"),                                 # profile-indicator-figure
    _set("figure", None),                                          # profile-no-figure
    _set("figure", "PT0S"),                                        # profile-zero-satisfied
    lambda data, rule: rule.update(figure="PT0S") or rule.pop("satisfied_by"),  # profile-duration-only
    _set("deadline", None),                                        # profile-no-deadline
    _set("extension", "x"),                                        # profile-tables-list
    _set("extension", [{"event": "arrival"}]),                     # profile-to-or-until
    _set("extension", [{"event": "arrival", "to": "PT1H"}]),       # profile-no-maximum
    _set("recurring", "hourly"),                                   # profile-repeat-table
    _every_field("check_interval_minutes", every="PT1H"),          # profile-every-field
    _set("recurring", {}),                                         # profile-no-every
    _set("recurring", {"every": "PT1H", "ended_by": "release"}),   # profile-ended-by-table
    _every_field(5),                                               # profile-field-name
    _every_field("check_interval_minutes", {"kind": "arrival"}),   # profile-event-trigger
    _every_field("note"),                                          # profile-not-minutes-field
    _set("trigger", ["apprehension"]),                             # profile-must-be-table
    _set("trigger", [{"kind": "arrival", "facility": "ivs"}]),     # profile-facility-table
    _set("satisfied_by", None),                                    # profile-needs-satisfied
    _set("satisfied_by", {"event": "arrival", "each_of": {}}),     # profile-each-of
    _set("satisfied_by", {"event": "arival"}),                     # profile-event-types
    _set("satisfied_by", {"event": "arrival", "where": "cell 3"}),  # profile-field-values
    _set("satisfied_by", {"event": "notification", "where": {"recipient": "procurator"}}),  # profile-not-one-of
    _set("satisfied_by", {"event": "arrival", "where": {"colour": "red"}}),  # profile-no-such-field
    _set("figure", {"setting": "nope"}),                           # profile-setting-ref
    _set("warning", 2),                                            # profile-fraction
    _set("in_force_from", "2020-01-01"),                           # profile-date
    _set("title", {"en": "T"}),                                    # profile-titles
    _set("profile", None, "top"),                                  # profile-missing-table
    _set("timezone", None, "profile"),                             # profile-missing-text
    _set("severity", "serious"),                                   # profile-choice
    _set("trigger", [{"kind": "arrival", "stays": ["holiday"]}]),  # profile-names
    _set("colour", "red"),                                         # profile-unknown-key
    lambda data, rule: data["rules"].append(copy.deepcopy(rule)),  # profile-versions-overlap
    _set("satisfied_by", {"event": "care", "total": "PT8H"}),      # profile-total-period
    _set("satisfied_by", {"event": "care", "total": "PT8H", "period_ends": "note"}),  # profile-not-instant-field
    lambda data, rule: rule.update(satisfied_by={"event": "care", "total": "PT8H", "period_ends": "until"},
                                   recurring={"every": "PT24H"}),  # profile-total-windows
    _set("satisfied_by", {"event": "care", "total": "PT4H", "period_ends": "until"}),  # profile-total-above-figure
]


def refused_with(action: Callable[[], object]) -> RegisterError:
    try:
        action()
    except RegisterError as refusal:
        return refusal
    raise AssertionError("accepted what should be refused")


def outside_refusals(tmp_path: Path) -> list[RegisterError]:
    found = [refused_with(_profile(change)) for change in PROFILE_CHANGES]
    found.append(refused_with(lambda: load_profile("atlantis")))
    bad_toml = tmp_path / "bad.toml"
    bad_toml.write_text("[profile\nid = 'x'", encoding="utf-8")
    found.append(refused_with(lambda: load_profile(bad_toml)))
    found += _checkpoint_refusals()
    found += _printout_refusals()
    found += _key_file_refusals(tmp_path)
    return found


def _checkpoint_refusals() -> list[RegisterError]:
    key = Ed25519PrivateKey.generate()
    signed = checkpoint.sign(checkpoint.Checkpoint("register/x", 3, b"\0" * 32), key)
    body, signature = signed.split("\n\n")
    texts = ["", "just text\n", "a\n3\n\n" + signature, "a\nthree\n" + "A" * 44 + "\n\n" + signature,
             "a\n3\nshort\n\n" + signature, body + "\n\n\u2014 name\n", body + "\n\n\u2014 name AAAA\n"]
    found = [refused_with(lambda text=text: checkpoint.parse_notes(text)) for text in texts]
    found.append(refused_with(lambda: checkpoint.parse_note(signed + "\n" + signed)))
    found.append(refused_with(lambda: checkpoint.parse_verifier_key("not a key")))
    found.append(refused_with(lambda: checkpoint.sign_note("text\n", "two words", key)))
    return found


def _printout_refusals() -> list[RegisterError]:
    """A printed timeline's QR text that is not one: typed wrong, half scanned, or its numbered codes mixed."""
    key = Ed25519PrivateKey.generate()
    signed = checkpoint.sign(checkpoint.Checkpoint("register/x", 3, b"\0" * 32), key)

    def listing(text: str) -> str:
        return signed + "\n" + checkpoint.sign_note(text, "register/x", key)

    rows = "".join(f"{n} {n:012x}\n" for n in range(40))
    codes = printout.printed_codes(listing("register/x\ntimeline C-1\n3\n" + rows), limit=600)
    other = printout.printed_codes(listing("register/x\ntimeline C-2\n3\n" + rows), limit=600)
    damaged = codes[1].replace(" 00000000001", " 00000000009", 1)
    texts = ["just text", signed, listing("other\ntimeline C-1\n3\n"), listing("register/x\ntimeline C-1\n3\nno\n"),
             "\n".join(codes[1:]), "\n".join([codes[0], damaged, *codes[2:]]), "\n".join([codes[0], *other[1:]]),
             "hello\n" + "\n".join(codes)]
    return [refused_with(lambda text=text: printout.parse(text)) for text in texts]


def _key_file_refusals(tmp_path: Path) -> list[RegisterError]:
    folder = tmp_path / "keys"
    made = folder / "made.key"
    keyfile.create(made)
    os.chmod(folder, 0o700)
    shared = folder / "shared.key"
    keyfile.create(shared)
    os.chmod(shared, 0o640)
    not_pem = folder / "not-pem.key"
    not_pem.write_text("hello")
    os.chmod(not_pem, 0o600)
    other_kind = folder / "ec.key"
    other_kind.write_bytes(ec.generate_private_key(ec.SECP256R1()).private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    os.chmod(other_kind, 0o600)
    found = [refused_with(lambda: keyfile.create(made)), refused_with(lambda: keyfile.load(shared)),
             refused_with(lambda: keyfile.load(not_pem)), refused_with(lambda: keyfile.load(folder / "absent.key")),
             refused_with(lambda: keyfile.create(Path("/proc/detention-register-test.key"))),
             refused_with(lambda: keyfile.load(other_kind)), refused_with(lambda: keyfile.load(not_pem / "key")),
             refused_with(lambda: keyfile.load(folder))]
    return found
