"""The register's refusals reach the officer in Russian and Kazakh: the real register refuses, the desktop translates."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from register import accounts, chain, checkpoint, keyfile
from register.access import Actor
from register.errors import AccessDenied, Message, Rejected, RegisterError
from register.interchange import verify_lines
from register.opening import open_register
from register.services.whereabouts import Asker
from register.wording import PLACEHOLDER, table
from tests.core.lines import line
from tests.fast_hashing import fast_hashing  # noqa: F401
from tests.outside_refusals import outside_refusals
from tests.ui.conftest import OFFICER, small_register_lines
from ui.desktop import i18n
from ui.desktop.event_form import EventDialog
from ui.desktop.messages import translate_message

PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
MONITOR = Actor("mon1", "monitor", "Dana Monitor")
LOCAL_OFFICER = Actor("duty2", "duty_officer", "Aktobe Duty", frozenset({"F-2"}))


def event(eid, custody, type_, at, **fields) -> str:
    return line(record="event", id=eid, custody=custody, type=type_, at=at, recorded_at=at, **fields)


BAD_IMPORT_LINES = [
    "{not json",
    "[1, 2]",
    line(id="X"),
    line(record=5),
    line(record="ghost", id="X"),
    line(record="facility", id="F-9", name="ИВС", kind="ivs", designated=True, timezone="Mars/Base"),
    line(record="facility", id="F-8", name="ИВС", kind="castle", designated=True),
    line(record="facility", id="F-7", name="  ", kind="ivs", designated=True),
    line(record="facility", id="F-6", name="ИВС", kind="ivs", designated="yes"),
    line(record="facility", id="F-5", name=7, kind="ivs", designated=True),
    line(record="facility", id="F-4", name="a\x07b", kind="ivs", designated=True),
    line(record="facility", id="F-4b", name="a\ud800b", kind="ivs", designated=True),
    line(record="facility", id="F" * 70, name="ИВС", kind="ivs", designated=True),
    line(record="facility", id="F-3", kind="ivs", designated=True),
    line(record="person", id="P-9", full_name="A", sex="male", citizenship="Kazakh", languages=[]),
    line(record="person", id="P-8", full_name="A", sex="male", languages=["kaz"]),
    line(record="person", id="P-7", full_name="A", sex="male", languages=[], needs_interpreter="no"),
    line(record="person", id="P-6", full_name="A", sex="male", languages=[], birth_date="01.02.1990"),
    line(record="person", id="P-5", full_name="A", sex="male", languages=[], birth_date="1850-01-01"),
    line(record="person", id="P-4", full_name="A", sex="male", languages="kk"),
    line(record="person", id="P-3b", full_name="A", sex="male", languages=[], eyes="brown"),
    line(record="custody", id="C-9", person="P-1", procedural_status="suspect", grounds="g",
         ordering_authority="o", colour="red"),
    event("E-90", "C-1", "teleport", "2026-01-05T10:00:00Z"),
    event("E-91", "C-1", "placement", "2026-01-05 10:00"),
    event("E-92", "C-1", "placement", "2026-01-05T10:00:00"),
    event("E-93", "C-1", "placement", "1980-01-05T10:00:00Z", location="Cell 1"),
    event("E-94", "C-1", "placement", 5, location="Cell 1"),
    event("E-95", "C-1", "apprehension", "2026-01-05T10:00:00Z", place="Abai St", officers=[], reason="r"),
    event("E-96", "C-1", "correction", "2026-01-05T10:00:00Z", corrects="E-3", reason="r", changes={}),
    line(record="event", custody="C-1", type="placement", at="2026-01-05T10:00:00Z", location="Cell 1"),
    event("E-97", "C-1", "placement", "2026-01-05T10:00:00Z", location="Cell 1", colour="red"),
]
# What the tests below cannot bring about without tampering with the database or the file system, and what
# only the command line or a PostgreSQL server brings about (verify --file of a file that is no export, backup,
# setup-postgres, a station's clock off the server's).
NOT_DRIVEN = {"chain-out-of-order", "chain-missing", "chain-cut", "chain-bad-start", "chain-removed", "chain-changed",
              "chain-stray", "chain-account", "chain-tree", "chain-head-refused", "chain-tree-refused",
              "export-tampered-line", "network-share", "cannot-open", "risk-transfer",
              "risk-injuries", "allegation-injuries", "allegation-complaint", "clock-missing", "export-line-not-json", "export-line-no-chain",
              "backup-postgres", "backup-exists", "backup-no-folder", "backup-not-written", "setup-needs-postgres",
              "setup-needs-schema", "database-name-form", "table-without-policy", "owner-needs-createrole",
              "login-name-form", "station-clock-ahead", "station-clock-behind",
              # faults of disks, servers and files: tests/test_faults.py brings them about on the command line
              "no-register-file", "no-register-yet", "register-newer", "shared-schema-older", "register-disk-full",
              "register-damaged", "register-cannot-open-file", "register-read-only", "register-disk-failed",
              "server-unreachable", "disk-full", "staging-full",
              # a PostgreSQL station's clock against the server's: tests/test_pg_security.py brings them about
              "station-clock-ahead", "station-clock-behind",
              # the command line's own: tests/core/test_cli_messages.py brings them about
              "passwords-differ", "no-new-password", "demo-not-empty", "cannot-read-file", "cannot-write-file",
              "not-utf8-text", "in-file", "option-invalid", "no-checkpoint-key-yet", "case-file-exists",
              "cli-sign-in-needed", "cli-sign-in-refused", "cli-password-was-reset", "cli-no-password",
              "cli-no-account-yet",
              # the oversight command's: tests/core/test_cli_oversight.py brings them about
              "oversight-no-output", "day-invalid",
              # a system's reasons a root test cannot bring about (it may write anywhere): rendered there too
              "os-permission-denied", "os-disk-full", "os-read-only", "os-error",
              # a rotated key file that could not be moved into place (a rename failing after the key was
              # chained): rendered by tests/core/test_cli_messages.py
              "key-file-not-replaced",
              # a witness's checkpoints against a register rewritten or rebuilt: tests/test_insider.py and
              # tests/test_witness_store.py bring them about; rendered by tests/core/test_cli_messages.py
              "key-not-endorsed", "checkpoint-foreign", "checkpoint-entries-removed", "checkpoint-not-extended",
              "checkpoint-no-proof",
              # a file given to verify --file that is no export: tests/core/test_export_proofs.py
              "export-no-header", "export-empty", "export-no-record", "export-no-consistency-proof",
              # stored clocks or a board row edited behind the register's back: tests/test_stored_clocks_db.py
              "clocks-disagree", "clocks-older-than-events", "projection-disagrees",
              # a printout's list against a register that changed or lost it (verify --checkpoint):
              # tests/printing/test_printout_qr.py and test_printout_qr_parts.py
              "printout-not-signed", "printout-differs", "printout-custody-gone"}


def refusals(action: Callable[[], object]) -> list[object]:
    """What the register refuses `action` with: the sentences of a rejected batch, or the refusal itself."""
    try:
        action()
    except Rejected as refusal:
        return [problem.message for problem in refusal.problems]
    except RegisterError as refusal:
        return [refusal]
    raise AssertionError("the register accepted what it should refuse")


def _rows(lines) -> list:
    return [json.loads(text) for text in lines]


def _findings(rows: list, checkpoints=()) -> list[object]:
    verdict = verify_lines([json.dumps(row, ensure_ascii=False) for row in rows], checkpoints)
    return [finding.problem for finding in verdict.findings]


def export_findings(url: str, clock, key_path: Path) -> list[object]:
    """What checking an export finds (the witness screen says it) when a line, the header or a witness's
    checkpoint is not what the register issued: a register of its own, so that its checkpoint key is the test's."""
    register = open_register(url, clock)
    try:
        operator = register.as_user(Actor.without_accounts())
        operator.records.import_lines(small_register_lines())
        custody = _rows(operator.chain.export_lines("C-1"))
        whole = _rows(operator.chain.export_lines())
        witnessed = checkpoint.parse_notes(operator.chain.checkpoint(key_path))
        stranger = next(row for row in _rows(operator.chain.export_lines("C-2")) if row.get("id") == "E-11")
    finally:
        register.close()
    header, records = custody[0], custody[1:]
    changed = {**records[0], "recorded_by": "someone else"}
    changed["hash"] = chain.link(changed["prev_hash"], changed)
    name, _ = checkpoint.parse_verifier_key(header["public_key"])
    impostor = checkpoint.verifier_key(name, checkpoint.public_bytes(Ed25519PrivateKey.generate()))
    forged = checkpoint.parse_notes(checkpoint.sign(witnessed[0].checkpoint, Ed25519PrivateKey.generate()))
    found = _findings([header, *records, [1, 2]])
    found += _findings([header, *records[:-1]])
    found += _findings([header, *records, stranger])
    found += _findings([header, changed, *records[1:]])
    found += _findings([{key: value for key, value in header.items() if key != "checkpoint"}, *records])
    found += _findings([{**header, "public_key": impostor}, *records])
    found += _findings([{**header, "custody": "C-2"}, *records])
    found += _findings(whole[:-1], witnessed)
    found += _findings(whole, forged)
    return found


@pytest.fixture
def register_messages(small_register, clock, tmp_path, checkpoint_key) -> list[object]:
    """Every kind of refusal the register gives, from import, forms, corrections, roles, alerts and accounts."""
    reg = small_register
    operator, officer = reg.as_user(Actor.without_accounts()), reg.as_user(OFFICER)
    now = officer.now()
    lines = small_register_lines()
    found = refusals(lambda: operator.records.import_lines(BAD_IMPORT_LINES))
    found += refusals(lambda: operator.records.import_lines([line(format="detention-register", version=2)]))
    found += refusals(lambda: operator.records.import_lines([
        line(record="person", id="P-7", full_name="Age Guessed", birth_date=None, sex="male", citizenship=None,
             languages=[], estimated_age="thirty")]))
    found += refusals(lambda: operator.records.import_lines([
        line(record="custody", id="C-8", person="P-404", procedural_status="suspect", grounds="g",
             ordering_authority="o"),
        event("E-80", "C-404", "placement", "2026-01-05T10:00:00Z", location="Cell 1"),
        lines[0].replace("ИВС Алматы", "ИВС Астана"),
        lines[8].replace("Abai St", "Dostyk Ave"),
        event("E-81", "C-2", "placement", "2026-01-05T09:00:00Z", location="Room 2"),
        event("E-81", "C-2", "placement", "2026-01-05T09:00:00Z", location="Room 3"),
        lines[3], lines[3].replace("Иван", "Пётр")]))
    found += refusals(lambda: operator.records.import_lines([
        lines[7].replace("C-3", "C-7"),
        event("E-70", "C-7", "placement", "2026-01-05T10:00:00Z", location="Cell 1"),
        event("E-71", "C-1", "correction", "2026-01-05T11:00:00Z", corrects="E-404", reason="r",
              changes={"location": "Cell 2"}),
        event("E-72", "C-1", "correction", "2026-01-04T11:00:00Z", corrects="E-3", reason="r",
              changes={"location": "Cell 2"})]))
    found += refusals(lambda: officer.records.record_event("C-1", "placement", now.replace(tzinfo=None), {"location": "X"}))
    found += refusals(lambda: officer.records.record_event("C-1", "protocol", now, {"number": "17"}))
    found += refusals(lambda: officer.records.record_event("C-1", "arrival", now, {"facility": "F-2"}))
    found += refusals(lambda: officer.records.record_event("C-1", "family_visit", now,
                                                   {"visitor": "Mother", "until": now - timedelta(hours=1)}))
    found += refusals(lambda: officer.records.record_event("C-1", "placement", now + timedelta(hours=1),
                                                   {"location": "Cell 5"}))
    found += refusals(lambda: officer.records.record_event("C-1", "placement", now - timedelta(days=2),
                                                   {"location": "Cell 5"}))
    found += refusals(lambda: officer.records.record_event("C-3", "placement", now, {"location": "Cell 5"}))
    found += refusals(lambda: officer.records.record_group("placement", now, []))
    found += refusals(lambda: officer.records.record_group("placement", now, [("C-1", {"location": "Cell 5"}),
                                                                              ("C-1", {"location": "Cell 5"})]))
    found += refusals(lambda: officer.records.record_event("C-1", "apprehension", now,
                                                   {"place": "Abai St", "officers": ["Sgt A"], "reason": "r"}))
    found += refusals(lambda: officer.records.record_event("C-1", "notification", now, {
        "recipient": "neighbour", "recipient_name": "Aigul", "method": "phone", "outcome": "reached",
        "officer": "Sgt A"}))
    found += refusals(lambda: officer.records.record_event("C-1", "risk_assessment", now, {
        "assessed_by": "Sgt A", "self_harm_risk": False, "intoxicated": True, "medical_condition": False,
        "mental_health": False, "violence_risk": False, "needs_interpreter": False,
        "observation_level": "intermittent", "check_interval_minutes": "30"}))
    for items in ("phone", [{"description": "Phone", "quantity": -1}], ["Belt"], [{"description": "Keys", "colour": "red"}]):
        found += refusals(lambda: officer.records.record_event("C-1", "property_inventory", now, {
            "officer": "Sgt A", "signed_by_detainee": True, "items": items}))
    found += refusals(lambda: reg.as_user(Actor("doc", "medical")).records.record_event("C-1", "medical_exam", now, {
        "physician": "Dr A", "report_number": "M-1", "injuries": False, "non_medical_present": False,
        "injury_marks": [{"body_region": "head", "side": "front", "injury_type": "bruise"}]}))
    shown = officer.custody.handover("F-1", now, "Sgt. Out")
    found += refusals(lambda: officer.custody.sign_handover(officer.custody.handover("F-1", now, " ")))
    officer.records.record_event("C-1", "placement", now, {"location": "Cell 9"})  # the register changes
    found += refusals(lambda: officer.custody.sign_handover(shown))
    found += refusals(lambda: officer.records.record_event("C-1", "care", now, {
        "care_type": "medication", "care_outcome": "provided", "given_by": "Sgt A"}))
    found += refusals(lambda: officer.records.record_event("C-404", "placement", now, {"location": "Cell 5"}))
    officer.records.record_event("C-2", "departure", now - timedelta(minutes=10), {"purpose": "court"})
    found += refusals(lambda: officer.records.record_event("C-2", "departure", now, {"purpose": "court"}))
    found += refusals(lambda: officer.records.record_event("C-2", "placement", now, {"location": "Room 2"}))
    found += refusals(lambda: officer.records.record_event("C-2", "arrival", now, {"facility": "F-404"}))
    found += refusals(lambda: officer.records.correct("E-404", "C-1", {"location": "Cell 9"}, "typo"))
    found += refusals(lambda: officer.records.correct("E-5", "C-1", {"reason": "again"}, "typo"))
    found += refusals(lambda: officer.records.correct("E-3", "C-1", {"colour": "red"}, "typo"))
    found += refusals(lambda: officer.records.correct("E-3", "C-1", {"location": None}, "typo"))
    found += refusals(lambda: officer.records.correct("E-3", "C-1", {"location": ""}, "typo"))
    found += refusals(lambda: officer.records.correct("E-3", "C-1", {"at": "yesterday"}, "typo"))
    found += refusals(lambda: officer.records.correct("E-2", "C-1", {"facility": "F-404"}, "typo"))
    found += refusals(lambda: reg.as_user(MONITOR).records.record_event("C-1", "placement", now, {"location": "Cell 5"}))
    found += refusals(lambda: reg.as_user(MONITOR).records.import_lines([]))
    found += refusals(lambda: reg.as_user(LOCAL_OFFICER).records.record_event("C-1", "placement", now, {"location": "X"}))
    found += refusals(lambda: reg.as_user(LOCAL_OFFICER).reports.held_at("F-1"))
    found += refusals(lambda: reg.as_user(LOCAL_OFFICER).records.record_event("C-2", "arrival", now,
                                                                              {"facility": "F-1"}))
    found += refusals(lambda: reg.as_user(LOCAL_OFFICER).reports.timeline("C-1"))
    found += refusals(lambda: reg.as_user(Actor("pros2", "prosecutor", "P", frozenset({"F-2"}))).chain.export_lines()
                      .__next__())
    found += refusals(lambda: officer.reports.timeline_report("C-404"))
    found += refusals(lambda: officer.reports.held_at("F-404"))
    found += refusals(lambda: officer.reports.oversight_report(now.date(), now.date() - timedelta(days=1), {"F-1"}))
    found += refusals(lambda: officer.witness.consistency_proof(1, 10 ** 9))

    alerts = reg.as_user(PROSECUTOR).alerts
    key = alerts.alerts()[0].key
    found += refusals(lambda: alerts.close(key, "  "))
    found += refusals(lambda: alerts.refer(key, "", "No. 5"))
    found += refusals(lambda: alerts.refer(key, "Regional prosecutor", ""))
    found += refusals(lambda: alerts.acknowledge("C-1|no-trigger"))
    found += refusals(lambda: alerts.acknowledge("C-1|rights-in-writing|2020-01-01T00:00:00Z"))
    found += refusals(lambda: officer.alerts.acknowledge(key))
    found += refusals(lambda: alerts.assign(key, "nobody"))
    found += refusals(lambda: alerts.note(key, " "))
    alerts.acknowledge(key)
    found += refusals(lambda: alerts.acknowledge(key))
    alerts.refer(key, "Regional prosecutor", "No. 5")
    found += refusals(lambda: alerts.acknowledge(key))
    alerts.close(key, "dealt with")
    found += refusals(lambda: alerts.close(key, "again"))
    found += refusals(lambda: reg.as_user(PROSECUTOR).confidential.set_flag("P-1", " "))
    found += refusals(lambda: reg.as_user(PROSECUTOR).confidential.set_flag("P-404", "complained of beating"))
    desk = reg.as_user(PROSECUTOR).whereabouts
    asker = Asker("Айгүл", "sister", "+7 700")
    found += refusals(lambda: desk.answer(Asker("", "", ""), "Петров", "kk", "P-2"))
    found += refusals(lambda: desk.answer(asker, " ", "kk", None))
    found += refusals(lambda: desk.answer(asker, "Петров", "de", None))
    found += refusals(lambda: desk.answer(asker, "Петров", "kk", "P-404"))
    found += refusals(lambda: desk.report_apprehension(asker, " ", None, None, " ", now + timedelta(days=1)))
    found += refusals(lambda: desk.report_apprehension(asker, "Петров", None, None, "Abai St", None))
    desk.report_apprehension(asker, "Серік Болатов", None, "N 7654321", "Abai St", now)
    complaints = reg.as_user(PROSECUTOR).complaints
    complaint = reg.as_user(PROSECUTOR).records.record_event("C-1", "complaint", now, {"addressee": "Прокурор",
                                                                                       "subject": "no lawyer"}).id
    found += refusals(lambda: complaints.answer(complaint, " "))
    found += refusals(lambda: complaints.move_deadline(complaint, now + timedelta(days=30), " "))
    found += refusals(lambda: complaints.move_deadline(complaint, now - timedelta(days=1), "inquiry"))
    found += refusals(lambda: complaints.answer("E-404", "answered"))
    complaints.take_up(complaint)
    found += refusals(lambda: complaints.take_up(complaint))
    complaints.answer(complaint, "a lawyer was called")
    found += refusals(lambda: complaints.answer(complaint, "again"))

    found += refusals(lambda: accounts.create_first_admin(reg, "admin", "Admin", "short"))
    found += refusals(lambda: accounts.create_first_admin(reg, "admin", "Admin", "x" * 2000))
    admin = accounts.create_first_admin(reg, "admin", "Aliya Admin", "correct horse")
    reg.as_user(admin).accounts.create_account("pros9", "Serik Prosecutor", "prosecutor", "long enough")
    found += refusals(lambda: alerts.assign(key, "pros9", "pros9"))
    found += refusals(lambda: accounts.create_first_admin(reg, "admin2", "Admin", "correct horse"))
    found += refusals(lambda: reg.as_user(admin).accounts.create_account("no spaces!", "A", "monitor", "long enough"))
    found += refusals(lambda: reg.as_user(admin).accounts.create_account("admin", "A", "monitor", "long enough"))
    found += refusals(lambda: reg.as_user(admin).accounts.create_account("new", "", "monitor", "long enough"))
    found += refusals(lambda: reg.as_user(admin).accounts.create_account("new", "A", "boss", "long enough"))
    found += refusals(lambda: reg.as_user(admin).accounts.create_account("new", "A", "monitor", "long enough", ["F-404"]))
    found += refusals(lambda: reg.as_user(admin).accounts.disable("nobody"))
    found += refusals(lambda: reg.as_user(admin).accounts.disable("admin"))
    found += refusals(lambda: accounts.authenticate(reg, "admin", "wrong password"))
    reg.as_user(admin).accounts.create_account("gone", "Former Monitor", "monitor", "long enough")
    gone = reg.as_user(accounts.authenticate(reg, "gone", "long enough"))
    reg.as_user(admin).accounts.disable("gone")
    found += refusals(lambda: accounts.authenticate(reg, "gone", "long enough"))
    found += refusals(lambda: gone.board.facilities())
    found += refusals(lambda: reg.as_user(Actor.without_accounts()).board.facilities())
    found += refusals(lambda: reg.as_user(admin).accounts.create_account("new", "A", "monitor", " " * 12))
    found += refusals(lambda: reg.as_user(admin).accounts.create_account("new", "A", "monitor", "qwertyuiop"))
    found += refusals(lambda: reg.as_user(admin).accounts.change_password("correct horse", "correct horse"))
    found += refusals(lambda: accounts.create_demo_accounts(reg))
    found += refusals(lambda: reg.as_user(Actor("reg2", "registrar", "R", frozenset({"F-2"}))).records.import_lines([]))
    for _ in range(accounts.FREE_ATTEMPTS):
        refused = refusals(lambda: accounts.authenticate(reg, "admin", "wrong password"))
    found += refused
    found += refusals(lambda: reg.profile.info("sunrise-1h"))
    found += refusals(lambda: open_register("register.db", clock))
    found += refusals(lambda: open_register(f"sqlite:///{tmp_path / 'empty.db'}", clock, migrate=False))
    reg.as_user(admin).chain.checkpoint(tmp_path / "register.key")
    keyfile.create(tmp_path / "another.key")
    found += refusals(lambda: reg.as_user(admin).chain.checkpoint(tmp_path / "another.key"))
    found += outside_refusals(tmp_path)
    found += export_findings(f"sqlite:///{tmp_path / 'exported.db'}", clock, checkpoint_key)
    return found


def codes_of(said) -> set[str]:
    """The codes of a refusal, those of the sentences inside it included."""
    nested = [value for value in said.params.values() if hasattr(value, "code")]
    return {said.code}.union(*(codes_of(value) for value in nested))


def test_every_refusal_of_the_register_is_translated(register_messages):
    """Translated means: different, no placeholder left, and no English prose (three words in a row) left."""
    untranslated = {}
    for said in register_messages:
        for lang in ("ru", "kk"):
            text = translate_message(said, lang)
            if text == str(said) or re.search(r"[{}]", text) or re.search(r"\b[a-z]+ [a-z]+ [a-z]+\b", text):
                untranslated[str(said)] = text
    assert not untranslated


def test_the_refusals_driven_here_reach_every_sentence_of_the_table(register_messages):
    reached = set().union(*(codes_of(said) for said in register_messages))
    assert set(table()["message"]) - reached == NOT_DRIVEN


def test_nested_messages_translate_to_the_last_word(register_messages):
    """An import's "kind id: field: detail" leaves no English sentence behind, only ids and codes."""
    nested = next(m for m in register_messages if str(m).startswith("facility F-9: the time zone: "))
    assert str(nested) == "facility F-9: the time zone: 'Mars/Base' is not a known IANA time zone"
    assert translate_message(nested, "ru") == ("учреждение F-9: поле «Часовой пояс»: «Mars/Base» — "
                                               "неизвестный часовой пояс IANA")
    assert translate_message(nested, "kk") == ("мекеме F-9: «Уақыт белдеуі» өрісі: «Mars/Base» — "
                                               "белгісіз IANA уақыт белдеуі")


def test_fields_and_event_types_are_said_as_words_in_every_language():
    said = Message("required-for-event", field="visitor", event_type="family_visit")
    assert str(said) == "the visitor is required for a family visit"
    assert translate_message(said, "ru") == "поле «Посетитель» обязательно для события «Свидание с родственниками»"
    assert translate_message(said, "kk") == "«Туыстарымен кездесу» оқиғасы үшін «Келуші» өрісі міндетті"
    denied = AccessDenied("role-may-not", role="monitor", permission="record custody events")
    assert str(denied) == "a monitor may not record custody events"
    assert translate_message(denied, "kk") == "«бақылаушы» рөліндегі пайдаланушыға ұстау оқиғаларын енгізуге рұқсат жоқ"
    assert translate_message(Message("unknown-custody", custody="C-77"), "kk") == "«C-77» ұстауы табылмады"


def test_times_are_said_in_the_facilitys_local_time_with_its_offset():
    said = Message("after-release", at=datetime(2026, 1, 5, 11, 0, tzinfo=timezone.utc), tz="Asia/Aqtobe")
    assert str(said) == "the event lies after the release (2026-01-05 16:00 (UTC+05:00))"
    assert translate_message(said, "ru") == "событие позже освобождения (2026-01-05 16:00 (UTC+05:00))"


def test_a_value_that_looks_like_a_placeholder_is_left_as_it_is():
    """One pass: a custody id "{event}" is not filled in again with the event's id."""
    said = Message("no-such-event", event="E-1", custody="{event}")
    assert str(said) == "there is no event 'E-1' in custody '{event}'"
    assert translate_message(said, "ru") == "в задержании «{event}» нет события «E-1»"


def test_control_characters_of_a_value_are_escaped_in_every_language():
    said = Message("unknown-custody", custody="C-1\x85\x1b[31m\u2028")
    for lang in ("en", "ru", "kk"):
        text = translate_message(said, lang)
        assert "C-1\\x85\\x1b[31m\\u2028" in text and len(text.splitlines()) == 1


def test_text_that_is_no_sentence_of_the_register_passes_through_unchanged():
    assert translate_message("disk full", "ru") == "disk full"
    assert translate_message(OSError(28, "No space left on device"), "kk") == "[Errno 28] No space left on device"
    assert translate_message("", "kk") == ""


def test_the_default_language_is_the_interface_language():
    i18n.install("ru")
    assert translate_message(Message("wrong-credentials")) == "неверное имя пользователя или пароль"


def test_every_sentence_has_the_same_placeholders_in_every_language():
    for code, entry in table()["message"].items():
        english = set(PLACEHOLDER.findall(entry["en"]))
        for lang in ("ru", "kk"):
            assert set(PLACEHOLDER.findall(entry[lang])) == english, (code, lang)


def test_every_word_a_sentence_may_name_is_in_every_language():
    from register.vocabulary import EVENT_FIELDS
    words = table()
    assert set(EVENT_FIELDS) <= set(words["event"])
    assert {spec.name for specs in EVENT_FIELDS.values() for spec in specs} <= set(words["field"])
    for section in ("field", "event", "kind", "role", "permission"):
        for key, entry in words[section].items():
            assert all(entry.get(lang, "").strip() for lang in ("en", "ru", "kk")), (section, key)


def test_every_code_the_register_raises_is_in_the_table():
    """A code missing from the table would reach the officer as the bare code."""
    paths = [*Path("register").rglob("*.py"), *Path("ui").glob("cli*.py")]
    source = "\n".join(path.read_text(encoding="utf-8") for path in paths)
    raised = set(re.findall(r"(?:Message|(?<!Assertion)Error|Denied|Input|NotFound|Unusable|Unavailable|URL|Alert|Required|"
                            r"Closed|SignedIn)\(\"([a-z0-9-]+)\"", source))
    raised |= set(re.findall(r"(?:_problem\([^,()]+, [^,()]+|reject\(\w+|SignInRefused\(\"\w+\"), \"([a-z0-9-]+)\"",
                             source))
    assert len(raised) > 60
    assert raised - set(table()["message"]) == set()


def test_a_refusal_shows_in_kazakh_in_the_event_form(qtbot, service):
    i18n.install("kk")
    dialog = EventDialog(service, "C-1", "protocol")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.editors["number"], "123")
    dialog.form.editors["drawn_by"].clear()  # pre-filled with the officer's name
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    error = dialog.form.errors.labels["drawn_by"]
    assert error.isVisible()
    assert error.text() == "«Ұстау хаттамасы» оқиғасы үшін «Толтырған» өрісі міндетті"
