"""What the program says about itself, in one place: its version (from the installed distribution, i.e.
pyproject.toml), licence, source and icon, for `--version`, the About dialog and the desktop files."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DISTRIBUTION = "detention-register"
DESKTOP_ENTRY = "kz.detention_register.DetentionRegister"  # packaging/<this>.desktop and .metainfo.xml
LICENCE = "GPL-3.0-or-later"
# The program is its own source: a Python application runs from its source files, which the licence lets
# every user read, change and share. No public address is named because none has been published yet.
SOURCE_DIR = Path(__file__).resolve().parent.parent
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "detention-register.svg"


def program_version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "unknown (not installed)"
