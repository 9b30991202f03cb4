"""Translations: compiled catalogues are current and complete, and the language switches at runtime."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from register.rules import load_profile
from tests.ui.conftest import OFFICER
from ui.desktop import i18n
from ui.desktop.clock_chips import format_span, rule_short_title
from ui.desktop.i18n_build import stale_catalogues
from ui.desktop.main_window import MainWindow

DESKTOP = Path(i18n.__file__).parent
OWN_MODULES = ("app", "board", "clock_chips", "facility_dialog", "first_steps", "main_window", "search", "time_axis",
               "timeline_view")


def test_every_compiled_catalogue_is_current():
    assert [ts.name for ts in stale_catalogues()] == []


@pytest.mark.parametrize("ts", sorted(i18n.TRANSLATIONS.glob("*_kk.ts")) + sorted(i18n.TRANSLATIONS.glob("*_ru.ts")),
                         ids=lambda path: path.name)
def test_no_translation_is_unfinished_or_empty(ts):
    gaps = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or any(not f.text for f in forms):
            gaps.append(message.findtext("source"))
    assert gaps == []


def test_desktop_strings_are_literal_for_lupdate():
    """`tr(variable)` is never extracted (engineering anchors, pitfall 22)."""
    offenders = []
    for module in OWN_MODULES:
        text = (DESKTOP / f"{module}.py").read_text(encoding="utf-8")
        offenders += [f"{module}: {m.group(0)}" for m in re.finditer(r"\btr\((?![\"'])[^)]*\)", text)]
    assert offenders == []


def test_qt_own_dialog_words_follow_the_language():
    i18n.install("kk")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Бас тарту"
    assert i18n.current_language() == "kk"


def test_switching_language_retranslates_the_open_window(qtbot, small_register):
    window = MainWindow(small_register, OFFICER)
    qtbot.addWidget(window)
    assert window.register_menu.title() == "&Register"
    window.set_language("kk")
    qtbot.waitUntil(lambda: window.register_menu.title() == "&Тізілім")  # Qt posts LanguageChange
    assert window.tabs.tabText(0) == "Ұсталғандар тақтасы"
    assert window.board.model.headerData(0, Qt.Orientation.Horizontal) == "Тұлға"
    assert window.board.filter.placeholderText().startswith("Аты, құжаты")
    assert "кезекші" in window.user_label.text()
    window.set_language("ru")
    qtbot.waitUntil(lambda: window.register_menu.title() == "&Реестр")
    assert window.settings.language == "ru"


@pytest.mark.parametrize("profile", ["kz", "england-wales"])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_rule_of_each_profile_has_a_translated_short_name(lang, profile):
    """Board chips and the alert inbox name rules by the profile's short titles, never by their ids."""
    rules = {info.id: info for info in load_profile(profile).infos()}
    i18n.install(lang)
    untranslated = [rule for rule in rules if rule_short_title(rule, rules) == rule
                    or re.search(r"[A-Za-z]", rule_short_title(rule, rules))]
    assert untranslated == []
    assert format_span(6 * 3600 + 3 * 60) == {"kk": "6 сағ 03 мин", "ru": "6 ч 03 мин"}[lang]
