"""The held list from a register: those out of the facility at the instant (at court), a list for a past
instant said to be reconstructed, and the register's tree as its stamp."""
from __future__ import annotations

import io
from printing.held_list_pdf import write_held_list_pdf
from register.timeutil import parse_instant
from tests.core.lines import event, lines, story
from tests.printing.pdf_helpers import pages_text


def taken_to_court(operator):
    operator.records.import_lines(story() + lines(
        event("E-5", "departure", "2026-01-05T14:00:00+05:00", purpose="court", destination="Алматы қалалық соты"),
        header=False))


def text_of(report, lang="en") -> str:
    buffer = io.BytesIO()
    write_held_list_pdf(report, lang, buffer)
    return " ".join(pages_text(buffer.getvalue()))


def test_a_person_at_court_is_listed_as_out_not_dropped(register, operator):
    taken_to_court(operator)
    report = operator.reports.held_at("F-1")
    assert report.rows == ()
    assert [(a.row.custody_id, a.purpose, a.destination) for a in report.away] == [("C-1", "court", "Алматы қалалық соты")]
    assert report.away[0].left_at == parse_instant("2026-01-05T14:00:00+05:00")
    assert not report.reconstructed
    text = text_of(report)
    for words in ("Registered here but out at that instant", "court", "Алматы қалалық соты", "Persons out: 1.",
                  "Persons on this list: 0."):
        assert words in text
    assert "Reconstructed list" not in text


def test_a_list_for_a_past_instant_says_it_is_reconstructed(register, operator):
    taken_to_court(operator)
    report = operator.reports.held_at("F-1", parse_instant("2026-01-05T13:00:00+05:00"))
    assert [r.custody_id for r in report.rows] == ["C-1"] and report.away == ()
    assert report.reconstructed
    text = text_of(report, "ru")
    assert "Восстановленный список" in text and "на 2026-01-05 13:00 (UTC+05:00)" in text


def test_the_list_carries_the_register_s_tree_as_its_stamp(register, operator):
    taken_to_court(operator)
    before = operator.chain.head()
    report = operator.reports.held_at("F-1")  # the stamp is the register as read, before the print is logged
    assert report.stamp.size == before.seq and len(report.stamp.root) == 64
    text = text_of(report, "kk").replace(" ", "")
    assert f"{report.stamp.size}жазба" in text and report.stamp.root in text
