"""The command line: exit statuses, one line per problem, never a traceback."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.core.lines import EVENTS, event, lines, problems, story
from ui.cli import main


@pytest.fixture
def story_file(tmp_path):
    path = tmp_path / "story.jsonl"
    path.write_text("\n".join(story()) + "\n", encoding="utf-8")
    return path


def test_init_import_export_verify(sqlite_url, story_file, tmp_path, capsys):
    assert main(["--db", sqlite_url, "init"]) == 0
    assert main(["--db", sqlite_url, "import", str(story_file)]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "export"]) == 0
    exported = capsys.readouterr().out
    assert '"full_name":"Ерлан Серікұлы Жұмабаев"' in exported
    export_file = tmp_path / "export.jsonl"
    export_file.write_text(exported, encoding="utf-8")
    assert main(["verify", "--file", str(export_file)]) == 0
    assert main(["--db", sqlite_url, "verify"]) == 0


def test_bad_input_names_file_and_line_and_exits_2(sqlite_url, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines(EVENTS[0], event("E-7", "arrival", "yesterday", facility="F-1"))),
                   encoding="utf-8")
    assert main(["--db", sqlite_url, "import", str(bad)]) == 2
    err = problems(capsys.readouterr().err)
    assert err == [f"{bad}:3: event E-7: the time: 'yesterday' is not an ISO 8601 date and time"]
    bad.write_text("\n".join(lines(EVENTS[0], EVENTS[1])), encoding="utf-8")
    assert main(["--db", sqlite_url, "import", str(bad)]) == 2
    err = problems(capsys.readouterr().err)
    assert err == [f"{bad}:2: unknown custody 'C-1'", f"{bad}:3: unknown custody 'C-1'"]


def test_breaches_json_matches_the_contract(sqlite_url, story_file, capsys):
    main(["--db", sqlite_url, "import", str(story_file)])
    capsys.readouterr()
    assert main(["--db", sqlite_url, "breaches", "--as-of", "2026-01-05T18:00:00+05:00", "--format", "json"]) == 0
    clocks = json.loads(capsys.readouterr().out)
    delivery = next(c for c in clocks if c["rule"] == "delivery-3h")
    assert delivery == {
        "custody": "C-1", "person": "P-1", "rule": "delivery-3h", "status": "met", "severity": "breach",
        "trigger_at": "2026-01-05T05:00:00Z", "due_at": "2026-01-05T08:00:00Z", "met_at": "2026-01-05T06:10:00Z",
        "overdue_minutes": 0, "basis": delivery["basis"]}
    rights = next(c for c in clocks if c["rule"] == "rights-in-writing")
    assert rights["status"] == "breached" and rights["overdue_minutes"] == 300
    assert list(delivery) == ["custody", "person", "rule", "status", "severity", "trigger_at", "due_at", "met_at",
                              "overdue_minutes", "basis"]


def test_breaches_table(sqlite_url, story_file, capsys):
    main(["--db", sqlite_url, "import", str(story_file)])
    capsys.readouterr()
    assert main(["--db", sqlite_url, "breaches", "--as-of", "2026-01-05T18:00:00+05:00"]) == 0
    assert "rights-in-writing" in capsys.readouterr().out


@pytest.mark.parametrize("argv, message", [
    (["breaches", "--as-of", "2026-01-05 10:00"], "no UTC offset"),
    (["import", "/nonexistent/file.jsonl"], "cannot read"),
    (["export", "--custody", "C-404"], "no custody 'C-404'"),
])
def test_user_errors_are_one_line(sqlite_url, argv, message, capsys):
    assert main(["--db", sqlite_url, "init"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, *argv]) == 2
    err = problems(capsys.readouterr().err)
    assert len(err) == 1 and message in err[0]


def test_a_bad_database_url_is_a_sentence(capsys):
    assert main(["--db", "nonsense://", "init"]) == 2
    assert "detention-register:" in capsys.readouterr().err


def test_import_from_stdin_as_a_real_process(sqlite_url):
    done = subprocess.run([sys.executable, "-m", "ui.cli", "--db", sqlite_url, "import", "-"],
                          input="\n".join(story()), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "4 event" in done.stdout


def test_init_after_an_upgrade_judges_the_register_again(sqlite_url, story_file, capsys):
    """An upgrade that changes what the projection holds (here: the stored clocks of revision 0010, a register
    judged by the earlier program) is finished by `init`: no `rebuild` needed, the clocks stored again."""
    from sqlalchemy import create_engine, text
    main(["--db", sqlite_url, "import", str(story_file)])
    with create_engine(sqlite_url).begin() as connection:
        connection.execute(text("DELETE FROM custody_clock"))
        connection.execute(text("DELETE FROM clock_judgement"))
        connection.execute(text("UPDATE projection_profile SET fingerprint = 'judged by the earlier program'"))
    capsys.readouterr()
    assert main(["--db", sqlite_url, "init"]) == 0
    assert "judged again for 1 custody" in capsys.readouterr().out
    with create_engine(sqlite_url).connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM clock_judgement")).scalar_one() == 1
    assert main(["--db", sqlite_url, "init"]) == 0
    assert "judged again" not in capsys.readouterr().out


def test_rebuild_recomputes_the_board_projection(sqlite_url, story_file, capsys):
    from sqlalchemy import create_engine, text
    main(["--db", sqlite_url, "import", str(story_file)])
    with create_engine(sqlite_url).begin() as connection:
        connection.execute(text("UPDATE custody_state SET location = 'wrong' WHERE custody_id = 'C-1'"))
    capsys.readouterr()
    assert main(["--db", sqlite_url, "rebuild"]) == 0
    assert "recomputed for 1 custody" in capsys.readouterr().out
    with create_engine(sqlite_url).connect() as connection:
        assert connection.execute(text("SELECT location FROM custody_state")).scalar_one() == "Камера 4"
