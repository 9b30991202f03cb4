"""The command line signs in (contract section 5): accounts, refusals with status 4, demo only into an empty
register, imports with their provenance. Run in-process, as a script would, with the passwords in the environment."""
from __future__ import annotations

import json

import pytest

from register.access import Actor
from register.opening import open_register
from tests.core.lines import CUSTODY, PERSON, event, lines, story
from tests.fast_hashing import fast_hashing  # noqa: F401
from ui.cli import main

ROOT_PASSWORD = "the administrator's passphrase"
CLERK_PASSWORD = "importing all day long"
DUTY_PASSWORD = "duty officer's passphrase"
SECOND_CUSTODY = [
    {**PERSON, "id": "P-2", "full_name": "Second Person"},
    {**CUSTODY, "id": "C-2", "person": "P-2"},
    {**event("E-21", "apprehension", "2026-01-05T10:00:00+05:00", place="Street", officers=["Sgt B"],
             reason="suspicion"), "custody": "C-2"},
    {**event("E-22", "arrival", "2026-01-05T11:00:00+05:00", facility="F-2"), "custody": "C-2"},
]


@pytest.fixture
def story_file(tmp_path):
    path = tmp_path / "story.jsonl"
    path.write_text("\n".join(story() + lines(*SECOND_CUSTODY, header=False)) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def in_service(cli, story_file):
    """A register put into service from the command line: an administrator, a clerk who imported the
    facilities and custodies, and a duty officer of F-1."""
    assert cli("init", "--admin", "root", new_password=ROOT_PASSWORD)[0] == 0
    root = dict(user="root", password=ROOT_PASSWORD)
    assert cli("accounts", "add", "clerk", "--role", "registrar", "--full-name", "Import Clerk",
               new_password=CLERK_PASSWORD, **root)[0] == 0
    assert cli("import", str(story_file), user="clerk", password=CLERK_PASSWORD)[0] == 0
    status, out, _ = cli("accounts", "add", "duty1", "--role", "duty_officer", "--facility", "F-1",
                         new_password=DUTY_PASSWORD, **root)
    assert (status, out) == (0, "account duty1 created (duty_officer, F-1)\n")
    return root


def custodies_seen(cli, **sign_in):
    status, out, err = cli("breaches", "--as-of", "2026-01-05T18:00:00+05:00", "--format", "json", **sign_in)
    assert status == 0, err
    return sorted({clock["custody"] for clock in json.loads(out)})


def test_a_duty_officer_created_at_the_command_line_sees_only_their_facility(cli, in_service):
    assert custodies_seen(cli, user="duty1", password=DUTY_PASSWORD) == ["C-1"]
    assert custodies_seen(cli, user="clerk", password=CLERK_PASSWORD) == ["C-1", "C-2"]
    status, out, _ = cli("accounts", "list", **in_service)
    assert out.splitlines() == ["clerk\tregistrar\tall facilities\tenabled",
                                "duty1\tduty_officer\tF-1\tenabled", "root\tadmin\tall facilities\tenabled"]


@pytest.mark.parametrize("sign_in", [{}, {"user": "duty1"}, {"user": "duty1", "password": "not the password"},
                                     {"user": "nobody", "password": DUTY_PASSWORD}])
def test_without_a_valid_sign_in_every_content_command_exits_4_and_writes_nothing(cli, in_service, story_file,
                                                                                   sqlite_url, sign_in):
    before = _chained(sqlite_url)
    for argv in (["export"], ["breaches"], ["verify"], ["rebuild"], ["accounts", "list"],
                 ["import", str(story_file)], ["timeline", "C-1", "--pdf", "x.pdf"]):
        status, out, err = cli(*argv, **sign_in)
        assert (status, out) == (4, ""), argv
        assert len(err.splitlines()) == 1 and "Traceback" not in err
    after = _chained(sqlite_url)
    assert {k: n for k, n in after.items() if k != "access"} == {k: n for k, n in before.items() if k != "access"}
    assert after["access"] - before["access"] == (7 if "password" in sign_in else 0), "only refused sign-ins logged"


def test_roles_that_may_not_import_or_manage_accounts_are_refused_with_4(cli, in_service, story_file):
    assert cli("accounts", "list", user="duty1", password=DUTY_PASSWORD)[0] == 4
    status, _, err = cli("import", str(story_file), user="duty1", password=DUTY_PASSWORD)
    assert status == 4 and "may not import records" in err
    assert cli("import", str(story_file), user="root", password=ROOT_PASSWORD)[0] == 4


def test_disable_enable_and_reset_take_effect_at_the_next_command(cli, in_service):
    duty = dict(user="duty1", password=DUTY_PASSWORD)
    assert cli("accounts", "disable", "duty1", **in_service)[0] == 0
    assert cli("breaches", **duty)[0] == 4
    assert cli("accounts", "enable", "duty1", **in_service)[0] == 0
    assert cli("accounts", "reset-password", "duty1", new_password="a reset passphrase", **in_service)[0] == 0
    status, _, err = cli("breaches", user="duty1", password="a reset passphrase")
    assert status == 4 and "accounts change-password" in err
    assert cli("accounts", "change-password", user="duty1", password="a reset passphrase",
               new_password="my very own passphrase")[0] == 0
    assert custodies_seen(cli, user="duty1", password="my very own passphrase") == ["C-1"]


def test_a_weak_new_password_is_bad_input(cli, in_service):
    status, _, err = cli("accounts", "add", "duty2", "--role", "monitor", new_password="qwertyuiop", **in_service)
    assert status == 2 and "too easy to guess" in err


def test_a_register_without_accounts_works_without_sign_in_and_says_so(cli, story_file):
    status, _, err = cli("import", str(story_file))
    assert status == 0 and "no account yet" in err


def test_an_import_records_who_imported_which_file(cli, in_service, story_file, sqlite_url):
    register = open_register(sqlite_url)
    try:
        log = register.as_user(Actor("mon", "monitor")).access.access_log()
    finally:
        register.close()
    imports = [(e.username, e.subject) for e in log if e.action == "import"]
    assert imports == [("clerk", f"file {story_file}: 2 facility, 2 person, 2 custody, 6 event; "
                                 f"chain entries 5 to 16")]


def test_demo_fills_only_an_empty_register(cli, in_service, tmp_path, monkeypatch, capsys):
    status, _, err = cli("demo", **in_service)
    assert status == 2 and "empty register" in err
    assert cli("demo", "--if-empty")[0] == 0
    empty = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["--db", empty, "demo"]) == 0
    assert "password 'demo'" in capsys.readouterr().out
    assert main(["--db", empty, "demo"]) == 2, "a second demo would mix demo accounts into a used register"


def _chained(url: str) -> dict[str, int]:
    """How many records of each kind the chain holds."""
    from sqlalchemy import text
    register = open_register(url)
    try:
        with register.engine.connect() as connection:
            return dict(connection.execute(text("SELECT kind, count(*) FROM chain_entry GROUP BY kind")).all())
    finally:
        register.close()
