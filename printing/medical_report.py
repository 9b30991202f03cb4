"""The medical report of one custody: each examination, and for those that found injuries the body
chart and the list of marks (region, side, type, size, the detainee's account).

What it holds is what the printing user may read (register.services.custody_record.medical_report):
prosecutors and monitors see the chart, not the rest of the doctor's findings.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from printing.body_chart import body_chart
from printing.event_text import EventWords
from printing.labels import Labels
from printing.layout import GRID, Output, build_pdf, content_width, esc, plain_table, styles
from register.custody_reports import MedicalReport
from register.domain import Event
from register.timeutil import format_local
from register.vocabulary import field_spec

MARK_COLUMNS = ("body_region", "side", "injury_type", "size", "detainee_account")


def write_medical_report(report: MedicalReport, lang: str, out: Output) -> None:
    labels, st = Labels(lang), styles()
    words = EventWords(labels, report.timezone, report.facilities, {})
    story: list[Flowable] = [Paragraph(esc(report.register_name), st.small),
                             Paragraph(esc(labels.text("medical_report_title")), st.title),
                             Paragraph(esc(labels.text("medical_confidential")), st.small)]
    person = report.person
    birth = person.birth_date.isoformat() if person.birth_date else labels.text("unknown")
    story.append(Paragraph(esc(f"{labels.text('person')}: {person.full_name} ({birth}) · "
                               f"{labels.text('custody_no')} {report.custody.id}"), st.body))
    if not report.exams:
        story.append(Paragraph(esc(labels.text("no_exams")), st.body))
    for exam in report.exams:
        story.append(KeepTogether(_exam(exam, labels, words)))
    story.append(Spacer(0, 6))
    story.append(Paragraph(esc(labels.text("time_zone", zone=report.timezone)), st.small))
    printed = labels.text("printed", at=format_local(report.printed_at, report.timezone), who=report.printed_by)
    build_pdf(out, story, title=labels.text("medical_report_title"),
              footer=(f"{report.register_name} · {labels.text('custody_no')} {report.custody.id}", printed),
              labels=labels)


def _exam(exam: Event, labels: Labels, words: EventWords) -> list[Flowable]:
    st = styles()
    heading = f"{labels.event('medical_exam')}, {words.time(exam.at)}"
    facts = [f"{labels.field(name)}: {words.value('medical_exam', name, exam.get(name))}"
             for name in ("physician", "report_number", "trigger") if exam.get(name) is not None]
    parts: list[Flowable] = [Paragraph(esc(heading), st.heading), Paragraph(esc("; ".join(facts)), st.body)]
    marks = exam.get("injury_marks") or []
    if not exam.get("injuries"):
        parts.append(Paragraph(esc(labels.text("no_injuries_found")), st.body))
        return parts
    if not marks:
        parts.append(Paragraph(esc(labels.text("injuries_not_charted")), st.body))
        return parts
    parts.append(body_chart(marks, labels.text("chart_front"), labels.text("chart_back")))
    spec = field_spec("medical_exam", "injury_marks")
    item_specs = {s.name: s for s in spec.item_fields}
    rows = [[Paragraph(esc(labels.text("chart_number")), st.cell_bold),
             *(Paragraph(esc(labels.field(name)), st.cell_bold) for name in MARK_COLUMNS)]]
    for number, mark in enumerate(marks, 1):
        rows.append([str(number), *(Paragraph(esc(words.item_value(item_specs[name], mark[name])
                                                  if mark.get(name) is not None else "—"), st.cell)
                                    for name in MARK_COLUMNS)])
    width = content_width()
    widths = [width * 0.06, width * 0.2, width * 0.1, width * 0.16, width * 0.12, width * 0.36]
    parts.append(plain_table(rows, widths, [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")],
                             repeat_rows=1))
    return parts
