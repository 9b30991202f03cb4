"""What the program says about itself, in one place: its version (from the installed distribution, i.e.
pyproject.toml), licence, source and icon, for `--version`, the About dialog and the desktop files."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DISTRIBUTION = "detention-register"
DESKTOP_ENTRY = "kz.detention_register.DetentionRegister"  # packaging/<this>.desktop and .metainfo.xml
LICENCE = "GPL-3.0-or-later"
SOURCE_URL = "https://github.com/detention-register/detention-register"  # also [project.urls] in pyproject.toml
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "detention-register.svg"


def program_version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "unknown (not installed)"
