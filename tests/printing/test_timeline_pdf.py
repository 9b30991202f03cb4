import dataclasses
import io
from datetime import timedelta
import json

import pytest

from printing.timeline_pdf import write_timeline_pdf
from register.reports import custody_facts
from register.rules import load_profile
from tests.printing.fixtures import PERSON, demo_events, demo_report, long_events
from tests.printing.pdf_helpers import decode_qr_codes, fonts_used, pages_text


def render(report, lang="en") -> bytes:
    buffer = io.BytesIO()
    write_timeline_pdf(report, lang, buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def english() -> str:
    return " ".join(pages_text(render(demo_report())))


def event_section(text: str) -> str:
    return text[text.index("Recorded by, when"):text.index("Legal time limits and safeguards")]


def test_events_are_printed_in_corrected_time_order(english):
    section = event_section(english)
    expected = ["Apprehension", "Arrival at facility", "Rights explained", "Record of arrest", "Notification",
                "Notification", "Medical examination", "Departure", "Arrival at facility", "Placement",
                "Correction", "Court decision"]
    positions, start = [], 0
    for name in expected:
        found = section.find(name, start)
        assert found >= 0, f"{name} missing after position {start}"
        positions.append(found)
        start = found + len(name)
    assert positions == sorted(positions)


def test_arrivals_say_first_arrival_or_transfer(english):
    section = event_section(english)
    assert section.index("(first arrival)") < section.index("Departure") < section.index("(transfer)")


def test_clock_statuses_are_printed(english):
    clocks = english[english.index("Legal time limits and safeguards"):]
    for status in ("BREACHED", "met late", "flagged"):
        assert status in clocks
    assert "1 h 30 min" in clocks  # delivery overdue
    assert "Constitutional Council Regulatory Decision No. 2" in clocks  # the basis, from the profile


def test_a_correction_shows_the_corrected_and_the_original_value(english):
    section = event_section(english)
    placement = section[section.index("Placement"):section.index("Correction")]
    assert "Камера 7" in placement and "Камера 4" in placement
    assert "originally" in placement
    assert "CORRECTED" in section
    times = english[english.index("2026-01-05 21:00"):english.index("Correction")]
    assert "2026-01-05 21:15" in times and "2026-01-05 21:30" in times


def test_late_entries_are_marked_and_only_those(english):
    assert english.count("LATE ENTRY") == 1
    assert "LATE ENTRY: recorded 4 h 02 min after the event" in english


def test_header_shows_person_badges_and_grounds(english):
    for text in ("Жұмабаев Әлібек Қанатұлы", "MINOR", "17 years", "2008-03-14", "suspect",
                 "Theft, Criminal Code art. 188", "Алматы қалалық ПД тергеу басқармасы", "kk, ru"):
        assert text in english


def _under(profile: str, citizenship: str, late_registration_hours: int | None = None) -> str:
    """The demo timeline printed with the facts decided under another profile's law."""
    law = load_profile(profile).law
    if late_registration_hours is not None:
        law = dataclasses.replace(law, late_registration=timedelta(hours=late_registration_hours))
    base = demo_report(person=dataclasses.replace(PERSON, citizenship=citizenship))
    report = dataclasses.replace(base, facts=custody_facts(base.timeline, law))
    return " ".join(pages_text(render(report)))


def test_a_british_detainee_is_no_foreign_national_under_england_and_wales():
    assert "FOREIGN NATIONAL" not in _under("england-wales", "GB")
    assert "FOREIGN NATIONAL" in _under("kz", "GB")


def test_the_late_entry_mark_follows_the_profile_s_threshold():
    assert "LATE ENTRY" not in _under("kz", "KZ", late_registration_hours=5)


@pytest.mark.parametrize("lang, words", [
    ("kk", ["Жұмабаев", "Ұстау хронологиясы", "Нақты ұстау", "Мекемеге жеткізу", "БҰЗЫЛДЫ", "Түзету",
            "КЕШ ЕНГІЗІЛГЕН ЖАЗБА", "қ", "ә", "ө", "ү", "і"]),
    ("ru", ["Жұмабаев", "Хронология задержания", "Фактическое задержание", "НАРУШЕНО", "Исправление",
            "ПОЗДНЯЯ ЗАПИСЬ"]),
])
def test_kazakh_and_russian_letters_survive(lang, words):
    data = render(demo_report(), lang)
    text = " ".join(pages_text(data))
    for word in words:
        assert word in text
    assert "■" not in text and "\ufffd" not in text
    assert all("DejaVu" in name for name in fonts_used(data))


def test_every_page_of_a_long_timeline_says_page_n_of_m():
    pages = pages_text(render(demo_report(long_events(60, detail_repeats=3))))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Printed 2026-01-07 02:00 (UTC+05:00) by NPM monitor Сейітова А." in text


def test_long_details_wrap_instead_of_being_cut():
    report = demo_report(long_events(12, detail_repeats=12))
    text = " ".join(pages_text(render(report)))
    assert text.count("of what happened") == 4 * 12  # four complaints, every repeat printed


def test_verification_block_lists_full_hashes_and_the_chain_head(english):
    report = demo_report()
    compact = english.replace(" ", "")
    for record in ("P-1", "C-1", "E-1", "E-11"):
        assert report.stamps[record].hash in compact
    assert f"Chain head at print time: No. {report.chain_head.seq}" in english
    assert report.chain_head.hash in compact
    assert "detention-register verify" in english


def test_qr_code_holds_custody_and_chain_head(tmp_path):
    report = demo_report()
    path = tmp_path / "timeline.pdf"
    write_timeline_pdf(report, "kk", path)
    page_count = len(pages_text(path.read_bytes()))
    payloads = decode_qr_codes(path, page_count, tmp_path)
    assert len(payloads) == 1
    assert json.loads(payloads[0]) == {"custody": "C-1",
                                       "chain_head": {"seq": report.chain_head.seq, "hash": report.chain_head.hash}}


def test_custody_without_release_or_chain_still_prints():
    report = demo_report(demo_events()[:3])
    report = type(report)(**{**report.__dict__, "chain_head": None, "stamps": {}, "clocks": ()})
    text = " ".join(pages_text(render(report)))
    assert "still held at print time" in text
    assert "not yet in the tamper-evident chain" in text
    assert "No rule has been evaluated" in text


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        render(demo_report(), "de")
