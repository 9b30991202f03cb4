"""The command line's conventions (issue 18): --version, -q/-v, progress on a terminal, JSON results, `-` for
standard input, Ctrl+C ending with 130 and nothing half-written."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.core.lines import story
from ui.cli import main
from ui.cli_accounts import NO_ACCOUNT_NOTICE

ROOT = Path(__file__).resolve().parents[2]


def besides_the_account_note(err: str) -> str:
    """Standard error without the note a register with no account yet gives (-q silences it too)."""
    return "".join(line for line in err.splitlines(keepends=True) if not line.startswith(NO_ACCOUNT_NOTICE))


class Terminal(io.StringIO):
    """Standard error (or input) as a person at a terminal has it."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def story_file(tmp_path):
    path = tmp_path / "story.jsonl"
    path.write_text("\n".join(story()) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def filled(sqlite_url, story_file, capsys):
    assert main(["--db", sqlite_url, "import", str(story_file)]) == 0
    capsys.readouterr()
    return sqlite_url


def exported(url: str, capsys) -> str:
    capsys.readouterr()
    assert main(["--db", url, "export"]) == 0
    return capsys.readouterr().out


def test_version_is_the_installed_distributions(capsys):
    with pytest.raises(SystemExit) as ended:
        main(["--version"])
    assert ended.value.code == 0
    assert capsys.readouterr().out == f"detention-register {version('detention-register')}\n"


def test_verbose_copies_the_log_to_stderr_and_quiet_or_default_say_nothing_more(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "init"]) == 0
    assert main(["--db", sqlite_url, "export"]) == 0
    assert besides_the_account_note(capsys.readouterr().err) == ""
    assert main(["-v", "--db", sqlite_url, "export"]) == 0
    assert "detention-register: 'export' opened the register at" in capsys.readouterr().err
    assert main(["-q", "--db", sqlite_url, "export"]) == 0
    assert capsys.readouterr().err == ""


def test_quiet_silences_the_note_on_reading_a_terminal(sqlite_url, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", Terminal("\n".join(story()) + "\n"))
    assert main(["--db", sqlite_url, "import", "-"]) == 0
    assert "reading JSON Lines from standard input; end with Ctrl+D" in capsys.readouterr().err  # -q: not
    monkeypatch.setattr(sys, "stdin", Terminal("\n".join(story()) + "\n"))
    assert main(["-q", "--db", sqlite_url, "import", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "imported: nothing new" in captured.out


@pytest.mark.parametrize("argv, stages", [
    (["import", "STORY"], ["reading", "checking", "writing"]),
    (["verify"], ["verifying"]),
    (["export"], ["exporting"]),
])
def test_long_work_shows_progress_on_a_terminal_only(filled, story_file, argv, stages, monkeypatch, capsys):
    argv = [str(story_file) if a == "STORY" else a for a in argv]
    assert main(["--db", filled, *argv]) == 0
    assert besides_the_account_note(capsys.readouterr().err) == ""  # stderr is not a terminal here: no bars in a file or a pipe
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--db", filled, *argv]) == 0
    drawn = besides_the_account_note(terminal.getvalue())
    for stage in stages:
        assert f"{stage}:" in drawn
    assert "records" in drawn or "lines" in drawn
    quiet = Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main(["-q", "--db", filled, *argv]) == 0
    assert quiet.getvalue() == ""


def test_import_json_counts_what_was_written(sqlite_url, story_file, capsys):
    assert main(["--db", sqlite_url, "import", "--format", "json", str(story_file)]) == 0
    first = json.loads(capsys.readouterr().out)
    events = sum('"record": "event"' in line for line in story())
    assert first["written"]["custody"] == 1 and first["written"]["event"] == events
    assert main(["--db", sqlite_url, "import", "--format", "json", str(story_file)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert sum(again["written"].values()) == 0 and again["unchanged"]["event"] == first["written"]["event"]


def test_verify_json_of_an_intact_register(filled, capsys):
    assert main(["--db", filled, "verify", "--format", "json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["verdict"] == "intact" and verdict["intact"] is True
    assert verdict["records_checked"] == verdict["chain_head"]["seq"] >= len(story()) - 1
    assert verdict["mismatches"] == []


def tampered_export(url: str, capsys, tmp_path) -> Path:
    """An export of which two records (lines far apart) were altered afterwards."""
    lines = exported(url, capsys).splitlines()
    records = [i for i, line in enumerate(lines) if '"record":"event"' in line]
    for i in (records[1], records[-1]):
        lines[i] = lines[i].replace('"at":"2026-01-05T', '"at":"2026-01-04T', 1)
    path = tmp_path / "tampered.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_verify_json_lists_every_mismatch_not_only_the_first(filled, capsys, tmp_path):
    path = tampered_export(filled, capsys, tmp_path)
    assert main(["verify", "--file", str(path), "--format", "json"]) == 1
    verdict = json.loads(capsys.readouterr().out)
    chained = sum('"seq":' in line for line in path.read_text("utf-8").splitlines()[1:])
    assert verdict["verdict"] == "tampered" and verdict["records_checked"] == chained
    assert len(verdict["mismatches"]) == 2
    assert all("has been changed after it was recorded" in m["problem"] for m in verdict["mismatches"])
    assert verdict["mismatches"][0]["seq"] < verdict["mismatches"][1]["seq"]
    assert main(["verify", "--file", str(path)]) == 1  # the text form still names the first one only
    assert capsys.readouterr().err.count("TAMPERED") == 1


def test_verify_reads_an_export_from_standard_input(filled, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.StringIO(exported(filled, capsys)))
    assert main(["verify", "--file", "-"]) == 0
    assert capsys.readouterr().out.startswith("intact:")
    monkeypatch.setattr(sys, "stdin", io.StringIO(tampered_export(filled, capsys, tmp_path).read_text("utf-8")))
    assert main(["verify", "--file", "-"]) == 1


class Interrupting(io.StringIO):
    """Standard input through which Ctrl+C arrives after `lines` lines."""

    def __init__(self, text: str, lines: int):
        super().__init__(text)
        self._left = lines

    def __next__(self):
        if self._left == 0:
            raise KeyboardInterrupt
        self._left -= 1
        return super().__next__()


def test_ctrl_c_in_import_ends_130_and_writes_nothing(filled, capsys, monkeypatch):
    assert main(["--db", filled, "verify", "--format", "json"]) == 0
    chained = json.loads(capsys.readouterr().out)["records_checked"]
    more = "\n".join(story()).replace("C-1", "C-2").replace("E-", "E2-")
    monkeypatch.setattr(sys, "stdin", Interrupting(more + "\n", 6))
    assert main(["--db", filled, "import", "-"]) == 130
    assert besides_the_account_note(capsys.readouterr().err) == "detention-register: interrupted; nothing was written\n"
    assert main(["--db", filled, "verify", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["records_checked"] == chained
    assert '"C-2"' not in exported(filled, capsys)


def test_ctrl_c_while_printing_leaves_no_half_pdf_and_an_old_one_as_it_was(filled, tmp_path, capsys, monkeypatch):
    import printing.timeline_pdf
    pdf = tmp_path / "timeline.pdf"
    pdf.write_bytes(b"the earlier printout")

    def interrupted(report, lang, out):
        Path(out).write_bytes(b"%PDF-1.4 half")
        raise KeyboardInterrupt

    monkeypatch.setattr(printing.timeline_pdf, "write_timeline_pdf", interrupted)
    assert main(["--db", filled, "timeline", "C-1", "--pdf", str(pdf)]) == 130
    assert pdf.read_bytes() == b"the earlier printout"
    # nothing beside what was there: the register, its story, its checkpoint key (the printout is signed) and the PDF
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checkpoint-key", "register.db", "story.jsonl",
                                                          "timeline.pdf"]


def test_a_written_pdf_replaces_the_old_one_whole(filled, tmp_path, capsys):
    pdf = tmp_path / "timeline.pdf"
    pdf.write_bytes(b"the earlier printout")
    assert main(["--db", filled, "timeline", "C-1", "--pdf", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_ctrl_c_during_export_says_the_output_is_incomplete(filled, capsys, monkeypatch):
    class Stopping(io.StringIO):
        def write(self, text):
            if self.tell() > 200:
                raise KeyboardInterrupt
            return super().write(text)

    monkeypatch.setattr(sys, "stdout", Stopping())
    assert main(["--db", filled, "export"]) == 130
    said = besides_the_account_note(capsys.readouterr().err)
    assert said == "detention-register: interrupted; the output is incomplete: discard it\n"


def test_as_a_real_process_version_and_verify_of_a_piped_export(filled, capsys):
    def run(*argv, stdin=None):
        return subprocess.run([sys.executable, "-m", "ui.cli", *argv], cwd=ROOT, input=stdin, text=True,
                              capture_output=True, timeout=120)

    shown = run("--version")
    assert shown.returncode == 0 and shown.stdout.strip() == f"detention-register {version('detention-register')}"
    checked = run("verify", "--file", "-", "--format", "json", stdin=exported(filled, capsys))
    assert checked.returncode == 0 and checked.stderr == ""
    assert json.loads(checked.stdout)["verdict"] == "intact"
