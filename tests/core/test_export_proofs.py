"""A one-custody export checks alone and offline: removed, changed or added lines fail; a foreign file is bad input."""
from __future__ import annotations

import json

import pytest

from register import chain
from tests.core.lines import CUSTODY, PERSON, event, lines, story
from ui.cli import main

SECOND = [{**PERSON, "id": "P-2", "full_name": "Second Person"}, {**CUSTODY, "id": "C-2", "person": "P-2"},
          {**event("E-21", "apprehension", "2026-01-05T09:00:00+05:00", place="Market", officers=["Sgt Ali"],
                   reason="suspicion"), "custody": "C-2"}]


@pytest.fixture
def exported(operator, tmp_path):
    operator.records.import_lines(story())
    operator.records.import_lines(lines(*SECOND))
    path = tmp_path / "c1.jsonl"
    path.write_text("\n".join(operator.chain.export_lines("C-1")) + "\n", encoding="utf-8")
    return path


def _verify(path, *more) -> int:
    return main(["verify", "--file", str(path), *more])


def _edit(path, keep=lambda data: True, change=None, add=()) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [change(row) if change and "record" in row else row for row in rows if keep(row)] + list(add)
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def test_a_one_custody_export_verifies_alone(exported, capsys):
    header = json.loads(exported.read_text(encoding="utf-8").splitlines()[0])
    assert {"checkpoint", "public_key", "manifest"} <= set(header)
    assert all("proof" in json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()[1:])
    assert _verify(exported) == 0


def test_a_removed_line_fails(exported, capsys):
    _edit(exported, keep=lambda row: row.get("id") != "E-3")
    assert _verify(exported) == 1
    assert "missing from the file" in capsys.readouterr().err


def test_a_changed_line_fails_even_with_its_hash_recomputed(exported, capsys):
    def falsify(row):
        if row.get("id") == "E-1":
            row["at"] = "2026-01-05T07:00:00Z"
            row["hash"] = chain.link(row["prev_hash"], row)
        return row
    _edit(exported, change=falsify)
    assert _verify(exported) == 1
    assert "event E-1" in capsys.readouterr().err


def test_an_added_line_fails_even_one_with_a_true_proof(operator, exported, tmp_path, capsys):
    other = [json.loads(line) for line in operator.chain.export_lines("C-2")]
    stranger = next(row for row in other if row.get("id") == "E-21")  # a real record of the register
    _edit(exported, add=[stranger])
    assert _verify(exported) == 1
    assert "added to the file" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["", "\n\n", "id,name\n1,x\n", '{"record": "event", "id": "E-1"}\n',
                                  '{"format": "detention-register", "version": 1}\n'])
def test_an_empty_or_foreign_file_is_bad_input(tmp_path, text, capsys):
    path = tmp_path / "foreign.jsonl"
    path.write_text(text, encoding="utf-8")
    assert _verify(path) == 2
    assert "not an export" in capsys.readouterr().err


def test_against_a_witness_checkpoint(operator, exported, db_url, tmp_path, capsys):
    assert main(["--db", db_url, "checkpoint"]) == 0
    kept = tmp_path / "witness.txt"
    kept.write_text(capsys.readouterr().out, encoding="utf-8")
    operator.records.record_event("C-1", "placement", operator.now(), {"location": "cell 9"})
    later = tmp_path / "later.jsonl"
    with open(later, "w", encoding="utf-8") as handle:
        assert main(["--db", db_url, "export", "--custody", "C-1"]) == 0
        handle.write(capsys.readouterr().out)
    assert _verify(later, "--checkpoint", str(kept)) == 2  # no consistency proof from the witness's size
    assert "export it again with --checkpoint" in capsys.readouterr().err
    assert main(["--db", db_url, "export", "--custody", "C-1", "--checkpoint", str(kept)]) == 0
    later.write_text(capsys.readouterr().out, encoding="utf-8")
    assert _verify(later, "--checkpoint", str(kept)) == 0
    whole = tmp_path / "whole.jsonl"
    whole.write_text("\n".join(operator.chain.export_lines()) + "\n", encoding="utf-8")
    assert _verify(whole, "--checkpoint", str(kept)) == 0


def test_import_refuses_a_line_whose_hash_does_not_match_it(operator, exported, db_url, tmp_path, capsys):
    _edit(exported, change=lambda row: {**row, "recorded_by": "Someone"} if row.get("id") == "E-2" else row)
    assert main(["--db", f"sqlite:///{tmp_path / 'other.db'}", "import", str(exported)]) == 2
    assert "tampered input" in capsys.readouterr().err


def test_a_one_custody_export_with_its_proofs_imports_into_an_empty_register(exported, tmp_path, capsys):
    assert main(["--db", f"sqlite:///{tmp_path / 'other.db'}", "import", str(exported)]) == 0
    assert "imported:" in capsys.readouterr().out
