"""F1 opens the user guide in the language of the interface, from the officer's window and the desk's; every
language's guide has the same sections and shows its own screenshots."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from register.access import Actor
from tests.ui.conftest import OFFICER
from ui.desktop import i18n
from ui.desktop.main_window import MainWindow
from ui.desktop.user_guide import GUIDE, UserGuide, guide_page
from ui.desktop.whereabouts import WhereaboutsWindow

TITLES = {"en": "Detention Register: user guide", "ru": "Реестр задержанных: руководство пользователя",
          "kk": "Ұсталғандар тізілімі: пайдаланушы нұсқаулығы"}


def open_guide(qtbot, window) -> UserGuide:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(UserGuide)
    assert guide is not None, "F1 opened no guide"
    qtbot.waitExposed(guide)
    return guide


def heading(guide: UserGuide) -> str:
    return guide.browser.document().findBlockByNumber(0).text()


def test_f1_opens_the_guide_in_the_interface_language_and_follows_a_switch(qtbot, small_register):
    i18n.install("kk")
    window = MainWindow(small_register, OFFICER)
    qtbot.addWidget(window)
    guide = open_guide(qtbot, window)
    assert heading(guide) == TITLES["kk"]
    assert guide.windowTitle() == TITLES["kk"]
    i18n.install("ru")
    qtbot.waitUntil(lambda: heading(guide) == TITLES["ru"])
    assert open_guide(qtbot, window) is guide, "a second F1 raises the open guide instead of a second window"


def test_the_whereabouts_desk_has_the_guide_on_f1(qtbot, small_register):
    i18n.install("ru")
    window = WhereaboutsWindow(small_register, Actor("desk1", "inquiry_desk", "Saule Desk"))
    qtbot.addWidget(window)
    guide = open_guide(qtbot, window)
    assert heading(guide) == TITLES["ru"]
    assert "Справочная отвечает родственникам" in guide.browser.toPlainText()


def sections(lang: str) -> list[str]:
    return re.findall(r'<h2 id="([a-z-]+)"', guide_page(lang).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_each_language_has_every_section_and_its_own_screenshots(qtbot, lang):
    assert guide_page(lang).parent.name == lang, f"no guide in {lang}"
    assert sections(lang) == sections("en")
    html = guide_page(lang).read_text(encoding="utf-8")
    links = set(re.findall(r'href="#([a-z-]+)"', html))
    assert links <= set(sections(lang)), "a contents link leads nowhere"
    images = re.findall(r'<img src="([^"]+)"', html)
    assert len(images) >= 7
    document = QTextDocument()
    for image in images:
        path = guide_page(lang).parent / image
        assert path.is_file(), f"{lang}: {image} is missing (make screenshots)"
        assert not document.resource(QTextDocument.ResourceType.ImageResource, path.as_uri()) is None


def test_the_guide_is_shipped_as_a_resource():
    assert GUIDE.parent.name == "resources"
