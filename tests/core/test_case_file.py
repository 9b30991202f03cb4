"""A case file: one command writes, for one custody, the timeline PDF, the verifiable export, the alert
history and the complaints; the export inside verifies on its own with `verify --file`."""
from __future__ import annotations

import csv
import hashlib
import zipfile

import pytest

from tests.core.lines import event, lines, story
from tests.fast_hashing import fast_hashing  # noqa: F401

ROOT_PASSWORD = "the administrator's passphrase"
PROSECUTOR_PASSWORD = "seven quiet rivers at dawn"
OFFICER_PASSWORD = "night shift by the old gate"
EXTRA = [event("E-5", "medical_exam", "2026-01-05T12:10:00+05:00", physician="Dr A", report_number="M-7",
               injuries=True, non_medical_present=False),
         event("E-6", "complaint", "2026-01-05T12:20:00+05:00", addressee="Прокурор", subject="били на допросе",
               ill_treatment=True)]


@pytest.fixture
def cli(cli, monkeypatch, tmp_path, fast_hashing):
    """The command line (tests/core/conftest.py) on a register in service: the story, an administrator, a
    prosecutor and a duty officer of F-1."""
    monkeypatch.setenv("DETENTION_REGISTER_KEY", str(tmp_path / "checkpoint.key"))
    story_file = tmp_path / "story.jsonl"
    story_file.write_text("\n".join(story() + lines(*EXTRA, header=False)) + "\n", encoding="utf-8")
    assert cli_ok(cli("import", str(story_file)))
    assert cli_ok(cli("init", "--admin", "root", new_password=ROOT_PASSWORD))
    root = dict(user="root", password=ROOT_PASSWORD)
    assert cli_ok(cli("accounts", "add", "pros", "--role", "prosecutor", "--full-name", "Asel Prosecutor",
                      new_password=PROSECUTOR_PASSWORD, **root))
    assert cli_ok(cli("accounts", "add", "duty1", "--role", "duty_officer", "--facility", "F-1",
                      new_password=OFFICER_PASSWORD, **root))
    return cli


def cli_ok(result) -> bool:
    assert result[0] == 0, result[2]
    return True


def rows_of(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_prosecutor_writes_a_case_file_whose_export_verifies(cli, tmp_path):
    folder = tmp_path / "to-the-investigator"
    status, out, err = cli("case-file", "C-1", "--out", str(folder), "--lang", "ru", user="pros",
                           password=PROSECUTOR_PASSWORD)
    assert status == 0, err
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["README.txt", "alerts.csv", "complaints.csv", "custody-C-1.jsonl", "timeline.pdf"]
    assert (folder / "timeline.pdf").read_bytes().startswith(b"%PDF")
    status, out, err = cli("verify", "--file", str(folder / "custody-C-1.jsonl"))
    assert status == 0, err
    alerts = rows_of(folder / "alerts.csv")
    assert {"injuries-found", "ill-treatment-complaint"} <= {row["alert"].split("|")[1] for row in alerts}
    complaints = rows_of(folder / "complaints.csv")
    assert [(c["complaint"], c["subject"], c["status"]) for c in complaints] == [("E-6", "били на допросе",
                                                                                  "received")]
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    digest = hashlib.sha256((folder / "timeline.pdf").read_bytes()).hexdigest()
    assert f"{digest}  timeline.pdf" in readme and "Asel Prosecutor" in readme


def test_a_case_file_as_one_zip_and_never_over_another(cli, tmp_path):
    status, out, err = cli("case-file", "C-1", "--out", str(tmp_path / "case"), "--zip", user="pros",
                           password=PROSECUTOR_PASSWORD)
    assert status == 0, err
    with zipfile.ZipFile(tmp_path / "case.zip") as archive:
        assert "case/custody-C-1.jsonl" in archive.namelist()
        (tmp_path / "check.jsonl").write_bytes(archive.read("case/custody-C-1.jsonl"))
    assert cli("verify", "--file", str(tmp_path / "check.jsonl"))[0] == 0
    status, out, err = cli("case-file", "C-1", "--out", str(tmp_path / "case"), "--zip", user="pros",
                           password=PROSECUTOR_PASSWORD)
    assert status == 2 and "already exists" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".case")) == []


def test_a_duty_officer_may_not_take_a_case_file_away(cli, tmp_path):
    status, out, err = cli("case-file", "C-1", "--out", str(tmp_path / "case"), user="duty1",
                           password=OFFICER_PASSWORD)
    assert status == 4 and not (tmp_path / "case").exists(), err
