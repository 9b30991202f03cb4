"""Translations: compiled catalogues are current and complete, and the language switches at runtime."""
from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from register.rules import load_profile
from tests.ui.conftest import OFFICER
from ui.desktop import i18n
from ui.desktop.clock_chips import format_span, rule_short_title
from ui.desktop.i18n_build import has_strings, message_keys, stale_catalogues, unlisted_modules, update_catalogues
from ui.desktop.main_window import MainWindow

DESKTOP = Path(i18n.__file__).parent


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


def _translation_calls(tree: ast.AST):
    """Every tr()/translate()/QT_TRANSLATE_NOOP() call, with whether it sits inside an f-string."""
    inside_fstring = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside_fstring |= {id(inner) for inner in ast.walk(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                yield name, node, id(node) in inside_fstring


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_desktop_strings_are_literal_for_lupdate():
    """lupdate skips `tr(variable)`, f-strings and the plural argument of translate() (anchors, pitfall 22)."""
    offenders = []
    for path in sorted(DESKTOP.glob("*.py")):
        for name, call, in_fstring in _translation_calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.stem}:{call.lineno} {name}()"
            if in_fstring:
                offenders.append(f"{where} inside an f-string")
            elif name == "tr" and not (call.args and _literal(call.args[0])):
                offenders.append(f"{where} of a non-literal")
            elif name == "QT_TRANSLATE_NOOP" and not all(_literal(arg) for arg in call.args[:2]):
                offenders.append(f"{where} of a non-literal")
            elif name == "translate" and len(call.args) > 3:
                offenders.append(f"{where} with a plural count: use self.tr(text, '', n)")
    assert offenders == []


def test_every_module_with_strings_belongs_to_a_catalogue():
    with_strings = [path.stem for path in unlisted_modules() if has_strings(path)]
    assert with_strings == [], "add them to CATALOGUES in ui/desktop/i18n_build.py"


def test_every_string_of_the_code_is_in_its_catalogue(tmp_path):
    """What `make translations` would extract now is exactly what the catalogues hold."""
    committed = {ts.name: message_keys(ts) for ts in i18n.TRANSLATIONS.glob("*.ts")}
    for ts in i18n.TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    differences = []
    for ts in update_catalogues(tmp_path):
        extracted = message_keys(ts)
        differences += [f"{ts.name}: missing {key}" for key in sorted(extracted - committed.get(ts.name, set()))]
        differences += [f"{ts.name}: no longer in the code {key}" for key in sorted(committed.get(ts.name, set())
                                                                                     - extracted)]
    assert differences == [], "run `make translations` and translate what it adds"


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
