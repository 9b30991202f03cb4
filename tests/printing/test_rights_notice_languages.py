"""Rights notices in the languages many detainees in Kazakhstan speak (issue 17): Uzbek, Kyrgyz, Tajik,
Turkish. Each is one page in DejaVu with every letter of its alphabet printed (no missing glyph), the
profile's figures filled in. Chinese is not offered: no CJK font ships with the register."""
from __future__ import annotations

import pytest

from printing.rights_notice import available_languages
from tests.printing.fixtures import RULES, T0, demo_clocks
from tests.printing.pdf_helpers import fonts_used, pages_text
from tests.printing.test_rights_notice import render

KEY_SENTENCES = {
    "uz": ["Ushlangan shaxsning huquqlari", "bepul advokat tayinlaydi", "3 soat ichida", "48 soat ichida",
           "Ushlangan shaxsning imzosi", "O‘zbekcha tilida"],
    "ky": ["Кармалган адамдын укуктары", "акысыз адвокат дайындайт", "3 сааттын ичинде", "48 сааттын ичинде",
           "Кармалган адамдын колу", "Кыргызча тилинде"],
    "tg": ["Огоҳинома дар бораи ҳуқуқҳои", "адвокати ройгон", "Дар давоми 3 соат", "Дар давоми 48 соат",
           "Имзои шахси боздоштшуда", "бо забони Тоҷикӣ"],
    "tr": ["Gözaltına alınan kişinin hakları", "ücretsiz bir avukat atar", "3 saat içinde", "48 saat içinde",
           "Gözaltındaki kişinin imzası", "Türkçe dilinde"],
}


def test_the_new_languages_are_offered_and_chinese_is_not():
    assert {"uz", "ky", "tg", "tr"} <= set(available_languages())
    assert "zh" not in available_languages()


@pytest.mark.parametrize("lang", sorted(KEY_SENTENCES))
def test_each_notice_is_one_page_with_its_own_letters(lang):
    data = render(lang, RULES.values(), demo_clocks(), apprehended_at=T0)
    pages = pages_text(data)
    assert len(pages) == 1
    for sentence in KEY_SENTENCES[lang]:
        assert sentence in pages[0], sentence
    assert "■" not in pages[0] and "\ufffd" not in pages[0] and "{" not in pages[0]
    assert all("DejaVu" in name for name in fonts_used(data))
