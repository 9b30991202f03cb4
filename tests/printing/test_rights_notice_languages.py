"""Rights notices in the languages many detainees in Kazakhstan speak (issue 17): Uzbek, Kyrgyz, Tajik,
Turkish, each one page in DejaVu with every letter of its alphabet printed (no missing glyph), the profile's
figures filled in; and Chinese, its characters in the subset of Noto Sans SC the register ships (every
character of the notice is in it), everything else in DejaVu."""
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


def test_the_new_languages_are_offered():
    assert {"uz", "ky", "tg", "tr", "zh"} <= set(available_languages())


def test_the_chinese_notice_is_one_page_in_its_own_characters():
    data = render("zh", RULES.values(), demo_clocks(), apprehended_at=T0)
    pages = pages_text(data)
    assert len(pages) == 1
    for sentence in ("被拘留人权利告知书", "您有权保持沉默", "3小时内", "48小时内", "被拘留人签字",
                     "以中文书写", "Жұмабаев Әлібек Қанатұлы"):
        assert sentence in pages[0], sentence
    assert "{" not in pages[0]
    assert {name.split("+")[-1] for name in fonts_used(data)} == {"DejaVuSans", "DejaVuSans-Bold",
                                                                  "NotoSansCJKsc-Regular"}


def test_every_character_of_the_chinese_notice_is_in_the_shipped_font():
    from reportlab.pdfbase.ttfonts import TTFontFile

    from printing.fonts import runs
    from resources import FONTS, RESOURCES
    face = TTFontFile(str(FONTS / "NotoSansSC-Subset.ttf"))
    text = (RESOURCES / "rights" / "zh.toml").read_text(encoding="utf-8")
    chinese = {c for is_cjk, part in runs(text) if is_cjk for c in part}
    assert len(chinese) > 250 and {c for c in chinese if ord(c) not in face.charToGlyph} == set()
    # GB2312 level 1, the commonest 3,755 characters, covers names written in hanzi: 王 李 张 刘 陈 杨 黄
    assert all(ord(c) in face.charToGlyph for c in "王李张刘陈杨黄赵吴周")


@pytest.mark.parametrize("lang", sorted(KEY_SENTENCES))
def test_each_notice_is_one_page_with_its_own_letters(lang):
    data = render(lang, RULES.values(), demo_clocks(), apprehended_at=T0)
    pages = pages_text(data)
    assert len(pages) == 1
    for sentence in KEY_SENTENCES[lang]:
        assert sentence in pages[0], sentence
    assert "■" not in pages[0] and "\ufffd" not in pages[0] and "{" not in pages[0]
    assert all("DejaVu" in name for name in fonts_used(data))


def running(rule_id, hours_left, info=None):
    from datetime import timedelta

    from register.domain import RuleClock
    info = info or RULES[rule_id]
    printed = T0 + timedelta(hours=10)
    return RuleClock("C-1", "P-1", rule_id, "running", "breach", T0, printed + timedelta(hours=hours_left), None, 0,
                     info.basis, info=info)


@pytest.mark.parametrize("lang, deadlines", [
    ("tg", ["суд ё озод кардан", "муоинаи тиббӣ", "санҷиши навбатии камераатон"]),
    ("uz", ["sud yoki ozod qilish", "tibbiy ko‘rik", "kamerangizni navbatdagi tekshirish"]),
    ("ky", ["сот же бошотуу", "медициналык кароо", "камераңызды кийинки текшерүү"]),
    ("tr", ["mahkeme veya serbest bırakılma", "sağlık muayenesi", "hücrenizin bir sonraki kontrolü"]),
    ("zh", ["送交法院或释放", "医学检查", "下一次查看您的监室"]),
])
def test_a_notice_names_the_personal_deadlines_in_its_own_language(lang, deadlines):
    clocks = [running("custody-limit", 30), running("medical-on-arrival", 5), running("cell-checks", 1)]
    text = " ".join(pages_text(render(lang, RULES.values(), clocks, apprehended_at=T0))[0].split())
    for wording in deadlines:
        assert wording in text, wording
    for english in ("court or release", "medical examination", "next check"):
        assert english not in text


def test_a_deadline_the_language_does_not_know_is_printed_in_english_marked_as_such():
    """A profile that words a deadline its own way gets no translation of another wording: its English is
    printed and said to be English, in the notice's language."""
    from dataclasses import replace
    reworded = replace(RULES["custody-limit"], deadlines={**RULES["custody-limit"].deadlines, "en": "a judge sees you"})
    text = " ".join(pages_text(render("tg", RULES.values(), [running("custody-limit", 30, reworded)],
                                      apprehended_at=T0))[0].split())
    assert "a judge sees you (бо забони англисӣ)" in text and "суд ё озод кардан" not in text


@pytest.mark.parametrize("lang", [*sorted(KEY_SENTENCES), "zh"])
def test_every_deadline_of_the_bundled_profiles_has_its_words_in_each_new_language(lang):
    from printing.rights_notice import deadline_wording, rights_text
    from register.rules import load_profile
    for name in ("kz", "england-wales"):
        for info in load_profile(name).infos():
            if info.deadline("en"):
                wording = deadline_wording(info, rights_text(lang), lang)
                assert wording != info.deadline("en") and rights_text(lang)["deadline_titles"]["in_english"] \
                    not in wording, (name, info.id)
