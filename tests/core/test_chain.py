"""verify names the first record that no longer matches, in the database and in an exported file."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from models import immutability
from models.orm import CHAINED_ROWS, IMMUTABLE_TABLES
from register.interchange import verify_lines
from tests.core.lines import story


@pytest.fixture
def stored(operator, register):
    operator.records.import_lines(story())
    with register.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)  # the attacker's first move
    return operator


def _sql(register, statement: str) -> None:
    with register.engine.begin() as connection:
        connection.execute(text(statement))


def test_an_untouched_register_verifies(stored):
    verdict = stored.chain.verify()
    assert verdict.intact and verdict.checked >= 8


def test_a_changed_event_is_named(stored, register):
    _sql(register, "UPDATE event SET at = at WHERE id = 'E-3'")  # no change: still intact
    assert stored.chain.verify().intact
    _sql(register, "UPDATE event SET recorded_by = 'Capt. Falsifier' WHERE id = 'E-3'")
    verdict = stored.chain.verify()
    assert not verdict.intact
    assert verdict.bad_record == "event E-3"
    assert "changed" in verdict.problem


def test_a_falsified_apprehension_time_is_named(stored, register):
    event_row = stored.reports.timeline("C-1").apprehension
    later = event_row.at.replace(hour=event_row.at.hour + 2)
    with register.engine.begin() as connection:
        connection.execute(text("UPDATE event SET at = :at WHERE id = 'E-1'"),
                           {"at": later.replace(tzinfo=None) if register.engine.dialect.name == "sqlite" else later})
    assert stored.chain.verify().bad_record == "event E-1"


def test_a_deleted_event_is_named(stored, register):
    _sql(register, "DELETE FROM event WHERE id = 'E-2'")
    verdict = stored.chain.verify()
    assert verdict.bad_record == "event E-2" and "removed" in verdict.problem


def test_reordered_chain_entries_fail(stored, register):
    _sql(register, "UPDATE chain_entry SET seq = -1 WHERE seq = 5")
    _sql(register, "UPDATE chain_entry SET seq = 5 WHERE seq = 6")
    _sql(register, "UPDATE chain_entry SET seq = 6 WHERE seq = -1")
    verdict = stored.chain.verify()
    assert not verdict.intact and verdict.bad_seq == 5


def test_removing_the_last_record_and_its_entry_fails(stored, register):
    """Whatever was written last (reads are logged, so often an access record), removed with its entry."""
    with register.engine.begin() as connection:
        kind, record_id = connection.execute(text(
            "SELECT kind, record_id FROM chain_entry ORDER BY seq DESC LIMIT 1")).one()
        table = CHAINED_ROWS[kind].__table__
        connection.execute(table.delete().where(table.c.id == table.c.id.type.python_type(record_id)))
        connection.execute(text("DELETE FROM chain_entry WHERE kind = :kind AND record_id = :id"),
                           {"kind": kind, "id": record_id})
    verdict = stored.chain.verify()
    assert not verdict.intact and "head" in verdict.problem


def test_a_record_slipped_in_without_the_chain_is_named(stored, register):
    _sql(register, "INSERT INTO facility (id, name, kind, designated, timezone) "
                   "VALUES ('F-9', 'Secret place', 'other', false, 'Asia/Almaty')")
    verdict = stored.chain.verify()
    assert verdict.bad_record == "facility F-9"


def test_an_exported_file_verifies_on_its_own(operator, tmp_path):
    operator.records.import_lines(story())
    exported = list(operator.chain.export_lines())
    assert verify_lines(exported).intact
    one_custody = list(operator.chain.export_lines("C-1"))
    assert verify_lines(one_custody).intact


def _tamper(lines: list[str], record_id: str, **changes) -> list[str]:
    result = []
    for line in lines:
        data = json.loads(line)
        if data.get("id") == record_id:
            data.update(changes)
        result.append(json.dumps(data, ensure_ascii=False))
    return result


def test_a_changed_line_in_an_export_is_named(operator):
    operator.records.import_lines(story())
    exported = list(operator.chain.export_lines())
    verdict = verify_lines(_tamper(exported, "E-1", at="2026-01-05T07:00:00Z"))
    assert not verdict.intact and verdict.bad_record == "event E-1"


def test_a_removed_line_in_a_whole_export_fails(operator):
    operator.records.import_lines(story())
    exported = [line for line in operator.chain.export_lines() if '"id":"E-2"' not in line]
    verdict = verify_lines(exported)
    assert not verdict.intact and "missing" in verdict.problem


def test_cli_verify_exits_1_and_names_the_record(stored, register, db_url, capsys):
    from ui.cli import main
    _sql(register, "UPDATE person SET full_name = 'Someone Else' WHERE id = 'P-1'")
    assert main(["--db", db_url, "verify"]) == 1
    assert "person P-1" in capsys.readouterr().err


def test_an_access_log_entry_slipped_in_without_the_chain_is_named(stored, register):
    _sql(register, "INSERT INTO access_log (id, at, username, action, subject, seq) "
                   "VALUES (999, '2026-01-05 10:00:00', 'ghost', 'open', 'custody C-1', 999)")
    assert stored.chain.verify().bad_record == "access 999"


def test_a_check_can_be_stopped_part_way(operator):
    from register.chain import VerificationStopped
    operator.records.import_lines(story())
    with pytest.raises(VerificationStopped):
        operator.chain.verify(keep_going=lambda: False)
    assert operator.chain.verify(keep_going=lambda: True).intact


def test_a_printed_timeline_carries_a_chain_stamp_for_every_record_it_names(operator):
    operator.records.import_lines(story())
    report = operator.reports.timeline_report("C-1")
    assert {"C-1", "P-1", "F-1", "E-1", "E-2", "E-3", "E-4"} <= set(report.stamps)


def test_every_record_that_no_longer_matches_is_named_not_only_the_first(stored, register):
    _sql(register, "UPDATE event SET recorded_by = 'Capt. Falsifier' WHERE id = 'E-1'")
    _sql(register, "UPDATE event SET recorded_by = 'Capt. Falsifier' WHERE id = 'E-3'")
    _sql(register, "UPDATE person SET full_name = 'Someone Else' WHERE id = 'P-1'")
    verdict = stored.chain.verify()
    assert verdict.bad_record == "person P-1"  # the first in chain order
    # and the board's row of C-1, judged from the name before it was edited, no longer agrees with it
    assert {f.record for f in verdict.findings} == {"person P-1", "event E-1", "event E-3", "custody C-1"}
    assert "E-1" in verdict.describe() and "E-3" in verdict.describe()


def test_a_writer_refuses_to_append_after_the_chain_head_was_moved(stored, register, db_url, tmp_path, capsys):
    from register.chain import HeadMismatch
    from ui.cli import main
    before = stored.chain.verify().checked
    _sql(register, "UPDATE chain_head SET seq = seq - 1")
    with pytest.raises(HeadMismatch, match="does not match its last chain entry"):
        stored.records.record_event("C-1", "placement", stored.now(), {"location": "cell 2"})
    file = tmp_path / "more.jsonl"
    file.write_text('{"record": "facility", "id": "F-8", "name": "Another", "kind": "ivs", "designated": true}\n')
    assert main(["--db", db_url, "import", str(file)]) == 3
    assert "nothing was written" in capsys.readouterr().err
    _sql(register, "UPDATE chain_head SET seq = seq + 1")
    assert stored.chain.verify().intact and stored.chain.verify().checked == before
