"""The command line's own refusals are sentences of the register's table: the same English line and exit status
as before they had codes, and a Russian and Kazakh sentence the desktop (or a translated command line) can say."""
from __future__ import annotations

import errno
import io
import re

import pytest

from register.errors import Message
from register.wording import render
from tests.core.lines import problems, story
from ui.cli import main

NOT_UTF8 = b"\xff\xfe not text"


def said(capsys) -> str:
    err = problems(capsys.readouterr().err)
    assert len(err) == 1, err
    return err[0]


@pytest.fixture
def initialised(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "init"]) == 0
    capsys.readouterr()
    return sqlite_url


def test_files_that_cannot_be_read_or_written(initialised, tmp_path, capsys):
    latin1 = tmp_path / "latin1.jsonl"
    latin1.write_bytes(NOT_UTF8)
    assert main(["--db", initialised, "import", str(tmp_path / "absent.jsonl")]) == 2
    assert said(capsys) == f"detention-register: cannot read {tmp_path / 'absent.jsonl'}: No such file or directory"
    assert main(["--db", initialised, "import", str(latin1)]) == 2
    assert said(capsys) == f"detention-register: {latin1} is not UTF-8 text"
    assert main(["--db", initialised, "verify", "--file", str(latin1)]) == 2
    assert said(capsys) == f"detention-register: {latin1} is not UTF-8 text"
    assert main(["--db", initialised, "verify", "--checkpoint", str(latin1)]) == 2
    assert said(capsys) == f"detention-register: {latin1} is not UTF-8 text"
    assert main(["--db", initialised, "verify", "--checkpoint", str(tmp_path)]) == 2
    assert said(capsys) == f"detention-register: cannot read {tmp_path}: Is a directory"


def test_a_witness_file_that_holds_no_checkpoint_is_named(initialised, tmp_path, capsys):
    kept = tmp_path / "kept.txt"
    kept.write_text("a shopping list\n", encoding="utf-8")
    assert main(["--db", initialised, "verify", "--checkpoint", str(kept)]) == 2
    assert said(capsys) == (f"detention-register: {kept}: line 1: a text, a blank line and a signature line "
                            f"'\u2014 NAME SIGNATURE' were expected")


def test_a_bad_option_and_a_pdf_that_cannot_be_written(initialised, tmp_path, capsys):
    assert main(["--db", initialised, "breaches", "--as-of", "yesterday"]) == 2
    assert said(capsys) == "detention-register: --as-of: 'yesterday' is not an ISO 8601 date and time"
    story_file = tmp_path / "story.jsonl"
    story_file.write_text("\n".join(story()) + "\n", encoding="utf-8")
    assert main(["--db", initialised, "import", str(story_file)]) == 0
    capsys.readouterr()
    pdf = tmp_path / "no-such-folder" / "t.pdf"
    assert main(["--db", initialised, "timeline", "C-1", "--pdf", str(pdf)]) == 2
    assert said(capsys).startswith(f"detention-register: cannot write {pdf}: ")


def test_a_demo_goes_only_into_an_empty_register_and_a_key_is_needed_first(initialised, tmp_path, capsys):
    story_file = tmp_path / "story.jsonl"
    story_file.write_text("\n".join(story()) + "\n", encoding="utf-8")
    assert main(["--db", initialised, "import", str(story_file)]) == 0
    capsys.readouterr()
    assert main(["--db", initialised, "checkpoint", "--public-key"]) == 2
    assert said(capsys) == ("detention-register: the register has no checkpoint key yet: run "
                            "'detention-register checkpoint' once")
    assert main(["--db", initialised, "demo"]) == 2
    assert "already has custodies or accounts: a demo goes only into an empty register" in said(capsys)


def test_a_case_file_is_never_written_over_a_folder(initialised, tmp_path, capsys):
    story_file = tmp_path / "story.jsonl"
    story_file.write_text("\n".join(story()) + "\n", encoding="utf-8")
    assert main(["--db", initialised, "import", str(story_file)]) == 0
    there = tmp_path / "case"
    there.mkdir()
    capsys.readouterr()
    assert main(["--db", initialised, "case-file", "C-1", "--out", str(there)]) == 2
    assert said(capsys) == f"detention-register: {there} already exists: a case file is written to a new folder"


def test_passwords_that_cannot_be_had(sqlite_url, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.setenv("DETENTION_REGISTER_NEW_PASSWORD", "long enough password")
    assert main(["--db", sqlite_url, "init", "--admin", "root"]) == 0
    capsys.readouterr()
    monkeypatch.delenv("DETENTION_REGISTER_NEW_PASSWORD")
    monkeypatch.setenv("DETENTION_REGISTER_USER", "root")
    monkeypatch.setenv("DETENTION_REGISTER_PASSWORD", "long enough password")
    assert main(["--db", sqlite_url, "accounts", "add", "duty1", "--role", "duty_officer"]) == 2
    assert said(capsys) == ("detention-register: no new password for duty1: set $DETENTION_REGISTER_NEW_PASSWORD, "
                            "or run the command at a terminal")
    prompts = iter(["one password", "another one"])
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(prompts))
    assert main(["--db", sqlite_url, "accounts", "add", "duty1", "--role", "duty_officer"]) == 2
    assert said(capsys) == "detention-register: the two passwords differ"


def test_why_a_command_is_not_done_without_a_sign_in(initialised, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--db", initialised, "-q", "accounts", "change-password"]) == 4
    assert said(capsys) == "detention-register: this register has no account yet: there is no password to change"
    with_accounts = f"sqlite:///{tmp_path / 'accounts.db'}"
    monkeypatch.setenv("DETENTION_REGISTER_NEW_PASSWORD", "long enough password")
    assert main(["--db", with_accounts, "init", "--admin", "root"]) == 0
    capsys.readouterr()
    assert main(["--db", with_accounts, "accounts", "add", "duty1", "--role", "duty_officer"]) == 4
    assert said(capsys) == ("detention-register: this register has accounts: sign in with --user NAME (or "
                            "$DETENTION_REGISTER_USER) and the password in $DETENTION_REGISTER_PASSWORD or at the prompt")
    monkeypatch.setenv("DETENTION_REGISTER_USER", "root")
    assert main(["--db", with_accounts, "accounts", "add", "duty1", "--role", "duty_officer"]) == 4
    assert said(capsys) == ("detention-register: no password for root: set $DETENTION_REGISTER_PASSWORD, or run the "
                            "command at a terminal")
    monkeypatch.setenv("DETENTION_REGISTER_PASSWORD", "not the password")
    assert main(["--db", with_accounts, "breaches"]) == 4
    assert said(capsys) == "detention-register: sign-in refused: wrong username or password"
    monkeypatch.setenv("DETENTION_REGISTER_PASSWORD", "long enough password")
    monkeypatch.setenv("DETENTION_REGISTER_NEW_PASSWORD", "another long password")
    assert main(["--db", with_accounts, "accounts", "add", "duty1", "--role", "duty_officer"]) == 0
    assert main(["--db", with_accounts, "accounts", "reset-password", "duty1"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("DETENTION_REGISTER_USER", "duty1")
    monkeypatch.setenv("DETENTION_REGISTER_PASSWORD", "another long password")
    assert main(["--db", with_accounts, "breaches"]) == 4
    assert said(capsys) == ("detention-register: the password of duty1 was reset by an administrator: choose a new "
                            "one first with 'detention-register --user duty1 accounts change-password'")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


COMMAND_LINE_SENTENCES = [
    Message("passwords-differ"), Message("no-new-password", purpose="duty1", variable="DETENTION_REGISTER_NEW_PASSWORD"),
    Message("demo-not-empty", where="register.db"),
    Message("cannot-read-file", path="a.jsonl", reason=Message("os-permission-denied")),
    Message("cannot-write-file", path="t.pdf", reason=Message("os-disk-full")),
    Message("cannot-write-file", path="t.pdf", reason=Message("os-read-only")),
    Message("not-utf8-text", name="a.jsonl"), Message("in-file", path="kept.txt", problem=Message("no-checkpoint-in-file")),
    Message("option-invalid", option="--as-of", problem=Message("instant-not-iso", text="yesterday")),
    Message("no-checkpoint-key-yet"), Message("case-file-exists", path="/media/usb/case-C-1"),
    Message("key-file-not-replaced", new="key.new", path="key", reason=Message("os-permission-denied")),
    Message("key-not-endorsed", key=3), Message("checkpoint-foreign", size=12, origin="detention-register/ab12"),
    Message("checkpoint-entries-removed", size=12, have=9), Message("checkpoint-not-extended", size=12),
    Message("checkpoint-no-proof", size=12),
    Message("export-no-header", line=1), Message("export-empty"), Message("export-no-record"),
    Message("export-no-consistency-proof", size=12, witnessed=9),
    Message("cli-sign-in-needed", user_variable="DETENTION_REGISTER_USER",
            password_variable="DETENTION_REGISTER_PASSWORD"),
    Message("cli-sign-in-refused", reason=Message("wrong-credentials")),
    Message("cli-password-was-reset", user="duty1"),
    Message("cli-no-password", user="duty1", variable="DETENTION_REGISTER_PASSWORD"),
    Message("cli-no-account-yet"),
]


@pytest.mark.parametrize("message", COMMAND_LINE_SENTENCES, ids=lambda m: m.code)
def test_every_sentence_of_the_command_line_is_said_in_three_languages(message):
    english = str(message)
    for lang in ("ru", "kk"):
        text = render(message.code, message.params, lang)
        assert text != english and not re.search(r"[{}]", text)
        assert not re.search(r"\b[a-z]+ [a-z]+ [a-z]+\b", text.replace("detention-register checkpoint", "")), text


def test_a_system_reason_no_sentence_names_is_passed_on_as_the_system_says_it():
    from register.errors import os_reason
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
