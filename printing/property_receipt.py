"""The property receipt handed to a detainee: what was taken, what was given back, what differs.

Printed in the detainee's language when the register prints it (kk, ru, en); otherwise in the language
asked for, with a line saying the receipt must be interpreted. Every inventory and return is listed
with its officer, its sealed bag and whether the detainee signed or refused.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.event_text import EventWords
from printing.labels import Labels
from printing.fonts import SANS_BOLD
from printing.layout import GRID, Output, badge, build_pdf, content_width, esc, plain_table, styles
from register.custody_reports import PropertyReceipt
from register.property import PropertyLine
from register.timeutil import format_local

DIFFERS = colors.HexColor("#c62828")
HEADER = colors.HexColor("#e8e8e8")


def write_property_receipt(receipt: PropertyReceipt, lang: str, out: Output) -> None:
    labels, st = Labels(lang), styles()
    tz = receipt.facility.timezone if receipt.facility else receipt.timezone
    words = EventWords(labels, tz, {}, {})
    person, account = receipt.person, receipt.account
    story: list[Flowable] = [Paragraph(esc(receipt.register_name), st.small),
                             Paragraph(esc(labels.text("receipt_title")), st.title)]
    facts = [(labels.text("person"), person.full_name),
             (labels.field("birth_date"), person.birth_date.isoformat() if person.birth_date else labels.text("unknown")),
             (labels.text("custody_no"), receipt.custody.id),
             (labels.text("facility"), receipt.facility.name if receipt.facility else labels.text("unknown")),
             (labels.field("bag_number"), ", ".join(account.bags) or "—")]
    width = content_width()
    story.append(plain_table([[Paragraph(esc(k), st.cell_bold), Paragraph(esc(v), st.cell)] for k, v in facts],
                             [width * 0.3, width * 0.7], [("GRID", (0, 0), (-1, -1), 0.4, GRID)]))
    if receipt.language != lang:
        story.append(Paragraph(esc(labels.text("receipt_other_language", lang=lang,
                                               languages=", ".join(person.languages) or "?")), st.body))
    story.append(Spacer(0, 6))
    if not account.lines:
        story.append(Paragraph(esc(labels.text("receipt_no_property")), st.body))
    else:
        story.append(_lines_table(account.lines, bool(account.returns), labels))
        if account.differences:
            story.append(Spacer(0, 4))
            story.append(Paragraph(badge(labels.text("receipt_differs"), DIFFERS), st.body))
        elif account.returns and not account.held:
            story.append(Paragraph(esc(labels.text("receipt_matches")), st.body))
    story.append(Paragraph(esc(labels.text("receipt_records")), st.heading))
    for event in (*account.inventories, *account.returns):
        signed = (labels.text("receipt_signed") if event.get("signed_by_detainee")
                  else labels.text("receipt_refused"))
        reason = f" ({event.get('refusal_reason')})" if event.get("refusal_reason") else ""
        parts = [f"<b>{esc(labels.event(event.type))}</b>, {esc(words.time(event.at))}",
                 f"{esc(labels.field('officer'))}: {esc(event.get('officer'))}", esc(signed + reason)]
        if event.get("note"):
            parts.append(f"{esc(labels.field('note'))}: {esc(event.get('note'))}")
        story.append(Paragraph("; ".join(parts), st.body))
    story.append(Spacer(0, 14))
    story.append(Paragraph(esc(labels.text("receipt_statement")), st.body))
    line = "_" * 30
    story.append(plain_table([[Paragraph(esc(labels.text("receipt_detainee")), st.cell), line],
                              [Paragraph(esc(labels.text("receipt_officer")), st.cell), line]],
                             [width * 0.3, width * 0.7], [("TOPPADDING", (0, 0), (-1, -1), 8)]))
    story.append(Spacer(0, 6))
    story.append(Paragraph(esc(labels.text("time_zone", zone=tz)), st.small))
    printed = labels.text("printed", at=format_local(receipt.printed_at, tz), who=receipt.printed_by)
    build_pdf(out, story, title=labels.text("receipt_title"),
              footer=(f"{receipt.register_name} · {labels.text('custody_no')} {receipt.custody.id}", printed),
              labels=labels)


def _lines_table(lines: tuple[PropertyLine, ...], returned: bool, labels: Labels):
    st = styles()
    head = [labels.text("receipt_item"), labels.text("receipt_taken")]
    if returned:
        head += [labels.text("receipt_returned"), labels.text("receipt_difference")]
    rows = [[Paragraph(esc(h), st.cell_bold) for h in head]]
    commands = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    for number, line in enumerate(lines, 1):
        name = labels.text("receipt_cash", currency=line.description) if line.is_cash else line.description
        row = [Paragraph(esc(name), st.cell), str(line.taken)]
        if returned:
            row += [str(line.returned), f"{line.difference:+d}" if line.difference else "0"]
            if line.difference:
                commands += [("TEXTCOLOR", (0, number), (-1, number), DIFFERS),
                             ("FONT", (1, number), (-1, number), SANS_BOLD, 7.5)]
        rows.append(row)
    width = content_width()
    widths = [width * 0.46, width * 0.18] + ([width * 0.18, width * 0.18] if returned else [])
    return plain_table(rows, widths, commands)
