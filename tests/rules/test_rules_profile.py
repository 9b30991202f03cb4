"""Profiles load, say what they contain, and refuse bad data with a message that names the place."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
import re
from pathlib import Path

import pytest

from register.rules import ProfileError, available_profiles, load_profile
from register.rules.profile import PROFILES_DIR, parse_duration

CONTRACT_RULES = {
    "delivery-3h", "protocol-3h", "rights-in-writing", "custody-limit", "relatives-notice-12h",
    "minor-parent-notice", "foreign-national-notice-12h", "prosecutor-notice-12h", "medical-on-arrival",
    "rescreen-on-return", "injury-report-24h", "lawyer-before-questioning", "minor-interrogation-safeguards",
    "exam-privacy", "irregular-place", "late-registration", "video-missing", "age-unknown", "citizenship-unknown",
}
# Extensions of the contract's rules (docs/contract-extensions.md): the custody record's safety rules.
EXTENSION_RULES = {"cell-checks", "child-left-without-care", "property-difference", "use-of-force", "care-refused"}
KAZAKH_LETTERS = set("әғқңөұүһі")


def test_bundled_profiles():
    assert available_profiles() == ("england-wales", "kz")
    assert load_profile("england-wales").home_country == "GB"
    assert load_profile(PROFILES_DIR / "kz.toml").id == "kz"


def test_kz_has_every_contract_rule_with_three_titles(kz):
    assert set(kz.rule_ids()) == CONTRACT_RULES | EXTENSION_RULES
    for info in kz.infos():
        assert info.titles["en"] and info.titles["ru"] and info.titles["kk"], info.id
        assert info.basis
    assert any(KAZAKH_LETTERS & set(info.titles["kk"]) for info in kz.infos())


def test_kz_settings_and_figures(kz):
    assert kz.home_country == "KZ"
    assert kz.setting("minor-parent-notice") == timedelta(hours=1)
    assert kz.setting("medical-on-arrival") == timedelta(hours=24)
    assert kz.setting("rescreen-on-return") == timedelta(hours=6)
    assert kz.setting("late-registration") == timedelta(hours=1)
    assert kz.info("minor-parent-notice").figure == "PT1H"
    assert kz.info("delivery-3h").figure == "PT3H"
    assert kz.info("video-missing").figure is None
    assert kz.info("custody-limit", on=date(2017, 1, 1)).figure == "PT72H"
    assert kz.info("custody-limit", on=date(2019, 1, 1)).figure == "PT48H"


def test_rules_in_force_by_the_local_date_of_apprehension(kz):
    def limits(instant):
        return sorted((r.applies_to, r.figure) for r in kz.rules_in_force(instant) if r.id == "custody-limit")
    before = datetime(2018, 2, 28, 17, 59, tzinfo=timezone.utc)  # 23:59 in Almaty
    assert limits(before) == [("all", timedelta(hours=72))]
    assert limits(before + timedelta(minutes=1)) == [("adults", timedelta(hours=48)), ("minors", timedelta(hours=24))]


@pytest.mark.parametrize("text, expected", [
    ("PT3H", timedelta(hours=3)), ("P1DT2H30M", timedelta(days=1, hours=2, minutes=30)), ("PT0S", timedelta(0)),
])
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["P", "PT", "3H", "P1M", "PT3X", "P1DT"])
def test_parse_duration_refuses(text):
    with pytest.raises(ValueError, match="ISO 8601 duration"):
        parse_duration(text)


def _broken_kz(tmp_path: Path, old: str, new: str) -> Path:
    text = (PROFILES_DIR / "kz.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, message", [
    ('figure = "PT3H"', 'figure = "3 hours"',
     r"broken.toml: rule 'delivery-3h': key 'figure': '3 hours' is not an ISO 8601 duration"),
    ('severity = "breach"', 'severity = "serious"', r"rule 'delivery-3h': key 'severity': must be one of breach"),
    ('[rules.satisfied_by]\nevent = "arrival"', '[rules.satisfied_by]\nevent = "arival"',
     r"rule 'delivery-3h': key 'satisfied_by': key 'event': must name event types of the vocabulary"),
    ('where = { written = true, signed = true }', 'where = { written = true, sign = true }',
     r"rule 'rights-in-writing': .*event type 'rights_informed' has no field 'sign'"),
    ('where = { recipient = "prosecutor" }', 'where = { recipient = "procurator" }',
     r"rule 'prosecutor-notice-12h': .*'procurator' is not one of relative"),
    ('applies_to = "minors"\nfigure = { setting = "minor-parent-notice" }',
     'applies_to = "minors"\nfigure = { setting = "parent-notice" }',
     r"rule 'minor-parent-notice': key 'figure': .*must name one of \[settings\]"),
    ('in_force_until = 2018-02-28', 'in_force_until = 2018-03-01',
     r"rule 'custody-limit': two versions are in force for the same people on the same day"),
    ('in_force_until = 2018-02-28', 'in_force_until = "2018-02-28"', r"key 'in_force_until': must be a TOML date"),
    ('kk = "Мекемеге 3 сағат ішінде жеткізу" }', 'de = "Zustellung" }', r"rule 'delivery-3h': key 'title': needs a text in each of en, ru, kk"),
    ('kind = "arrival"\nstays = ["transfer"]', 'kind = "arrival"\nstays = ["transfers"]',
     r"rule 'relatives-notice-12h': trigger #2: key 'stays': must be a list of first, transfer, return"),
    ('missing = ["video"]', 'missing = ["video"]\nfigure = "PT1H"', r"rule 'video-missing': .*unknown key 'figure'"),
    ('id = "video-missing"\nseverity = "indicator"', 'id = "video-missing"\nseverity = "indicator"\nfigure = "PT1H"',
     r"rule 'video-missing': an indicator has no 'figure'"),
    ('medical-on-arrival = "PT24H"', 'medical-on-arrival = "24h"', r"\[settings\]: key 'medical-on-arrival'"),
    ('timezone = "Asia/Almaty"', 'timezone = "Asia/Alma-Ata-Nowhere"', r"\[profile\]: key 'timezone'"),
])
def test_profile_errors_name_the_rule_and_key(tmp_path, old, new, message):
    with pytest.raises(ProfileError, match=message):
        load_profile(_broken_kz(tmp_path, old, new))


def test_unknown_profile_name_lists_the_bundled_ones():
    with pytest.raises(ProfileError, match=r"no such profile file \(bundled profiles: england-wales, kz\)"):
        load_profile("atlantis")


def test_invalid_toml_is_reported_with_the_file_name(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[profile\nid = 'x'", encoding="utf-8")
    with pytest.raises(ProfileError, match=r"bad.toml: not valid TOML"):
        load_profile(path)


def test_a_new_rule_from_existing_primitives_needs_no_code(tmp_path, story):
    """A profile edit alone adds a clock: a 2-hour handover to the investigator after the protocol."""
    extra = '''
[[rules]]
id = "investigator-handover"
severity = "breach"
title = { en = "Handover", ru = "Передача следователю", kk = "Тергеушіге беру" }
short_title = { en = "Handover", ru = "Передача", kk = "Беру" }
deadline = { en = "handover", ru = "передача следователю", kk = "тергеушіге беру" }
figure = "PT2H"
basis = { en = "test", ru = "тест", kk = "сынақ" }
[[rules.trigger]]
kind = "event"
event = "protocol"
[rules.satisfied_by]
event = "handover"
'''
    path = tmp_path / "kz-plus.toml"
    path.write_text((PROFILES_DIR / "kz.toml").read_text(encoding="utf-8") + extra, encoding="utf-8")
    profile = load_profile(path)
    s = story()
    s.add("protocol", 60, number="P-1", drawn_by="Lt. B.")
    s.add("handover", 200, investigator="Inv. K.")
    from register.rules import evaluate
    clock = next(c for c in evaluate(s.timeline(), profile, s.instant(600)) if c.rule == "investigator-handover")
    assert (clock.status, clock.overdue_minutes) == ("late", 20)


def test_england_wales_profile_judges_a_custody(story):
    s = story(citizenship="GB")
    s.arrive("PS-1", 0)
    s.notify("other", 90)
    clocks = {c.rule: c for c in s.clocks(25 * 60, profile="england-wales")}
    assert clocks["custody-limit"].status == "breached"
    assert clocks["custody-limit"].overdue_minutes == 60
    assert clocks["named-person-notice"].status == "late"
    assert "appropriate-adult-notice" not in clocks


# The contract's ids that name a figure; kept for compatibility, and no new id may name one.
LEGACY_FIGURE_IDS = {"delivery-3h", "protocol-3h", "relatives-notice-12h", "foreign-national-notice-12h",
                     "prosecutor-notice-12h", "injury-report-24h"}


@pytest.mark.parametrize("name", available_profiles())
def test_new_rule_ids_carry_no_figure(name):
    """`delivery-3h` cannot become 4 hours without lying; a new rule is named for what it guards."""
    with_figure = {rule_id for rule_id in load_profile(name).rule_ids() if re.search(r"\d+\s*(h|m|d)\b", rule_id)}
    assert with_figure <= LEGACY_FIGURE_IDS
