import dataclasses
import io
import shutil
from datetime import timedelta

import pytest

from printing import rights_notice
from printing.rights_notice import available_languages, write_rights_notice
from register.domain import RuleInfo
from register.reports import RightsNotice
from register.rules import load_profile
from tests.printing.fixtures import FACILITIES, FOREIGNER, PERSON, RULES, T0, demo_clocks, demo_report
from tests.printing.pdf_helpers import fonts_used, pages_text

CUSTODY = demo_report().timeline.custody

KEY_SENTENCES = {
    "en": ["Notice of the rights of a detained person", "Жұмабаев Әлібек Қанатұлы", "Ұрлық, ҚК 188-бап",
           "a lawyer is appointed by the state free of charge", "remain silent", "a doctor of your choice",
           "free interpreter", "National Preventive Mechanism", "Commissioner for Human Rights (Ombudsman)",
           "directly to the prosecutor", "lawfulness of your detention before a court",
           "Within 3 hours of actual apprehension", "Within 48 hours (24 hours if you are under 18)",
           "Within 12 hours your family must be told", "your consulate", "Signature of the detained person",
           "Officer (name, position, signature)", "Date and time", "I have received this notice in English"],
    "ru": ["Уведомление о правах задержанного", "Жұмабаев Әлібек Қанатұлы", "назначается государством бесплатно",
           "хранить молчание", "врачом по вашему выбору", "бесплатного переводчика",
           "национального превентивного механизма", "Уполномоченному по правам человека",
           "В течение 3 часов с момента фактического задержания", "В течение 48 часов (24 часов, если вам нет 18 лет)",
           "консульство", "Подпись задержанного", "Сотрудник (ФИО, должность, подпись)", "на русском языке"],
    "kk": ["Ұсталған адамның құқықтары туралы хабарлама", "Жұмабаев Әлібек Қанатұлы", "мемлекет тегін тағайындайды",
           "үндемеуге құқылысыз", "өзіңіз таңдаған дәрігердің", "тегін аудармашының",
           "ұлттық алдын алу тетігінің", "Адам құқықтары жөніндегі уәкілге", "3 сағат ішінде",
           "48 сағат ішінде (18 жасқа толмасаңыз, 24 сағат ішінде)", "консулдыққа",
           "Ұсталған адамның қолы", "Қызметкер (аты-жөні, лауазымы, қолы)", "қазақ тілінде"],
}


def render(lang, rules=(), clocks=(), person=PERSON, apprehended_at=None, printed_at=T0 + timedelta(hours=10),
           register_name="Реестр", printed_by="Officer Сейітов") -> bytes:
    buffer = io.BytesIO()
    write_rights_notice(RightsNotice(person, CUSTODY, FACILITIES["F-2"], apprehended_at, tuple(clocks), tuple(rules),
                                     register_name, "Asia/Almaty", 18, printed_at, printed_by), lang, buffer)
    return buffer.getvalue()


def test_the_three_languages_are_available():
    assert {"en", "ru", "kk"} <= set(available_languages())


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_notice_is_one_page_with_key_sentences_and_signature_lines(lang):
    data = render(lang, RULES.values(), demo_clocks(), apprehended_at=T0)
    pages = pages_text(data)
    assert len(pages) == 1
    for sentence in KEY_SENTENCES[lang]:
        assert sentence in pages[0]
    assert "____" in pages[0]
    assert "■" not in pages[0] and "\ufffd" not in pages[0]
    assert all("DejaVu" in name for name in fonts_used(data))


def test_profile_figures_replace_the_defaults():
    pre_2018 = RuleInfo("custody-limit", "breach", {"en": "Court or release"}, "PT72H", "old CPC")
    assert "Within 72 hours (72 hours if you are under 18)" in pages_text(render("en", [pre_2018]))[0]


def test_the_minors_figure_is_the_profile_s_not_a_fixed_24_hours():
    edited = dataclasses.replace(RULES["custody-limit"], minors_figure="PT12H")
    assert "Within 48 hours (12 hours if you are under 18)" in pages_text(render("en", [edited]))[0]


def test_a_limit_the_profile_does_not_have_is_left_out_not_printed_with_kazakh_figures():
    england = {info.id: info for info in load_profile("england-wales").infos()}
    text = pages_text(render("en", england.values()))[0]
    assert "Within 24 hours (24 hours if you are under 18)" in text
    assert "Within 3 hours" not in text and "12 hours" not in text


def test_clocks_give_the_detainee_their_own_deadlines():
    text = pages_text(render("en", clocks=demo_clocks(), apprehended_at=T0))[0]
    assert "In your case the time limits end at: court or release — 2026-01-06 10:00 (UTC+05:00)" in text
    assert "Apprehended at 2026-01-05 10:00 (UTC+05:00)" in text


def test_the_notice_says_when_and_by_whom_it_was_printed():
    text = pages_text(render("en", clocks=demo_clocks(), apprehended_at=T0))[0]
    assert "Printed 2026-01-05 20:00 (UTC+05:00) by Officer Сейітов" in text


def test_a_deadline_passed_at_the_print_is_not_printed_as_one_to_wait_for():
    text = pages_text(render("en", clocks=demo_clocks(), apprehended_at=T0, printed_at=T0 + timedelta(hours=30)))[0]
    assert "In your case the time limits end at" not in text
    assert "Time limits that have already passed: court or release — 2026-01-06 10:00 (UTC+05:00)" in text


@pytest.mark.parametrize("lang, name, station", [("ru", "Реестр задержанных", "станция без учётных записей"),
                                                 ("kk", "Ұсталғандар тізілімі", "есептік жазбасы жоқ станция")])
def test_the_register_and_a_station_without_accounts_are_named_in_the_notice_s_language(lang, name, station):
    from printing.labels import NO_ACCOUNT_NAME
    from register.reports import REGISTER_NAME
    text = pages_text(render(lang, register_name=REGISTER_NAME, printed_by=NO_ACCOUNT_NAME))[0]
    assert name in text and station in text
    assert "Detention Register" not in text and "No account" not in text


def test_a_new_language_is_a_new_file(tmp_path, monkeypatch):
    shutil.copy(rights_notice.RIGHTS / "en.toml", tmp_path / "de.toml")
    shutil.copy(rights_notice.RIGHTS / "kk.toml", tmp_path / "kk.toml")
    monkeypatch.setattr(rights_notice, "RIGHTS", tmp_path)
    rights_notice.rights_text.cache_clear()
    try:
        assert available_languages() == ("de", "kk")
        assert "Notice of the rights" in pages_text(render("de", person=FOREIGNER))[0]
    finally:
        rights_notice.rights_text.cache_clear()


def test_a_missing_language_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="available: en, kk, ru"):
        render("xx")
