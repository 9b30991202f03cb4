"""Station configuration IT rolls out: the register's URL and the station's settings from the system-wide
settings file ($XDG_CONFIG_DIRS), the user's own file winning; --db and $DETENTION_REGISTER_DB before both."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def write_ini(directory: Path, text: str) -> None:
    (directory / "detention-register").mkdir(parents=True, exist_ok=True)
    (directory / "detention-register" / "desktop.ini").write_text(text, encoding="utf-8")


def run(tmp_path: Path, *argv: str, code: str | None = None, **env: str) -> subprocess.CompletedProcess:
    """The program in a fresh process: Qt reads XDG_CONFIG_DIRS once, when it first needs it."""
    environment = {k: v for k, v in os.environ.items() if k != "DETENTION_REGISTER_DB"}
    environment.update(XDG_CONFIG_DIRS=str(tmp_path / "etc-xdg"), XDG_CONFIG_HOME=str(tmp_path / "home-config"),
                       XDG_DATA_HOME=str(tmp_path / "home-data"), XDG_STATE_HOME=str(tmp_path / "state"), **env)
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "ui.cli", *argv]
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)


def test_the_register_url_comes_from_the_system_file_and_the_users_file_wins(tmp_path):
    station, own = tmp_path / "station.db", tmp_path / "own.db"
    write_ini(tmp_path / "etc-xdg", f"[register]\nurl=sqlite:///{station}\n")
    done = run(tmp_path, "init")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"register ready at SQLite {station}\n") and station.is_file()

    write_ini(tmp_path / "home-config", f"[register]\nurl=sqlite:///{own}\n")
    assert run(tmp_path, "init").stdout.startswith(f"register ready at SQLite {own}\n")

    chosen = tmp_path / "chosen.db"
    by_env = run(tmp_path, "init", DETENTION_REGISTER_DB=f"sqlite:///{chosen}")
    assert by_env.stdout.startswith(f"register ready at SQLite {chosen}\n")
    by_option = run(tmp_path, "--db", f"sqlite:///{tmp_path / 'option.db'}", "init")
    assert by_option.stdout.startswith(f"register ready at SQLite {tmp_path / 'option.db'}\n")


def test_station_settings_come_from_the_system_file_until_the_user_sets_their_own(tmp_path):
    write_ini(tmp_path / "etc-xdg", "[alerts]\nacknowledge_within_minutes=45\n[ui]\nlanguage=kk\n")
    read = ("from ui.desktop.settings import Settings; s = Settings(); "
            "print(s.acknowledge_within_minutes, s.language)")
    assert run(tmp_path, code=read).stdout == "45 kk\n"
    change = "from ui.desktop.settings import Settings; s = Settings(); s.language = 'ru'; s.sync()"
    assert run(tmp_path, code=change).returncode == 0
    assert run(tmp_path, code=read).stdout == "45 ru\n"
    assert "language=kk" in (tmp_path / "etc-xdg" / "detention-register" / "desktop.ini").read_text("utf-8")
    assert "language=ru" in (tmp_path / "home-config" / "detention-register" / "desktop.ini").read_text("utf-8")
