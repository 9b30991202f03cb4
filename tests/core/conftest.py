"""The command line run in-process, as a script would, with the passwords in the environment."""
from __future__ import annotations

import pytest

from ui.cli import main


@pytest.fixture
def cli(sqlite_url, monkeypatch, capsys):
    """Run one command as `user` (None: nobody signs in); returns (status, stdout, stderr)."""
    def run(*argv, user=None, password=None, new_password=None):
        for name, value in (("DETENTION_REGISTER_USER", user), ("DETENTION_REGISTER_PASSWORD", password),
                            ("DETENTION_REGISTER_NEW_PASSWORD", new_password)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        status = main(["--db", sqlite_url, *argv])
        out, err = capsys.readouterr()
        return status, out, err
    return run
