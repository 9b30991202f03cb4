"""Help > About names the program, its version, licence and source in the user's language; About Qt is there;
the window carries the application's icon; the desktop files say the same as the program."""
from __future__ import annotations

import shutil
import subprocess
import tomllib
from configparser import ConfigParser
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.ui.conftest import OFFICER
from ui.desktop import i18n
from ui.desktop.about import AboutDialog
from ui.desktop.main_window import MainWindow
from ui.metadata import DESKTOP_ENTRY, ICON, SOURCE_DIR

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def help_actions(window) -> list[str]:
    return [action.text() for action in window.help_menu.actions()]


def test_help_menu_has_about_and_about_qt_in_each_language(qtbot, small_register):
    window = MainWindow(small_register, OFFICER)
    qtbot.addWidget(window)
    assert help_actions(window) == ["&User guide", "&About Detention Register", "About &Qt"]
    i18n.install("ru")
    qtbot.waitUntil(lambda: help_actions(window) == ["&Руководство пользователя", "&О программе «Реестр задержанных»",
                                                     "О &Qt"])
    i18n.install("kk")
    qtbot.waitUntil(lambda: help_actions(window) == ["Пайдаланушы &нұсқаулығы", "«Ұсталғандар тізілімі» &туралы",
                                                     "&Qt туралы"])


def test_the_window_carries_the_application_icon(qtbot, small_register):
    window = MainWindow(small_register, OFFICER)
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    assert not window.windowIcon().pixmap(64, 64).isNull()  # the SVG renders: Qt's svg plugin is there


def test_about_names_version_licence_and_source(qtbot, small_register):
    window = MainWindow(small_register, OFFICER)
    qtbot.addWidget(window)
    window.about_action.trigger()
    [dialog] = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    assert dialog.version.text() == f"Version {version('detention-register')}"
    assert "GPL-3.0-or-later" in dialog.licence.text() and "no warranty" in dialog.licence.text()
    assert f'href="{SOURCE_DIR.as_uri()}"' in dialog.source.text() and dialog.source.openExternalLinks()
    i18n.install("kk")
    qtbot.waitUntil(lambda: dialog.version.text() == f"Нұсқа {version('detention-register')}")
    assert dialog.windowTitle() == "«Ұсталғандар тізілімі» бағдарламасы туралы"
    i18n.install("ru")
    qtbot.waitUntil(lambda: dialog.licence.text().startswith("Свободная программа"))




def test_desktop_entry_and_metainfo_agree_with_the_program():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / f"{DESKTOP_ENTRY}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == "detention-register"
    assert desktop["Icon"] == ICON.stem and ICON.is_file()
    assert desktop["Name[kk]"] and desktop["Name[ru]"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    metainfo = (PACKAGING / f"{DESKTOP_ENTRY}.metainfo.xml").read_text("utf-8")
    assert f"<id>{DESKTOP_ENTRY}</id>" in metainfo and f"{DESKTOP_ENTRY}.desktop</launchable>" in metainfo
    assert f"<project_license>{project['license']}</project_license>" in metainfo
    assert f'<release version="{project["version"]}"' in metainfo


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="Debian's appstream package is not installed")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(PACKAGING / f"{DESKTOP_ENTRY}.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
