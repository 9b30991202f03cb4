"""The shift handover of a facility as paper: one line per person held, the outgoing officer's notes,
the signatures already in the register and the digest the incoming officer signs."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.labels import Labels, rule_title
from printing.layout import GRID, Output, build_pdf, content_width, esc, plain_table, styles
from register.handover import Handover
from register.timeutil import format_local, parse_instant

PAGE = landscape(A4)


def write_handover_pdf(handover: Handover, lang: str, out: Output) -> None:
    labels, st = Labels(lang), styles()
    tz = handover.facility.timezone
    story: list[Flowable] = [
        Paragraph(esc(handover.register_name), st.small),
        Paragraph(esc(labels.text("handover_title")), st.title),
        Paragraph(f"<b>{esc(labels.text('facility'))}:</b> {esc(handover.facility.name)} · "
                  f"<b>{esc(labels.text('as_of'))}:</b> {esc(format_local(handover.as_of, tz))}", st.body),
        Spacer(0, 6)]
    head = [labels.text("handover_location"), labels.text("person"), labels.text("handover_markers"),
            labels.text("handover_due"), labels.text("handover_missed"), labels.text("handover_property")]
    table = [[Paragraph(esc(h), st.cell_bold) for h in head]]
    for row in handover.rows:
        markers = [labels.value("marker", m).replace("{minutes}", str(row.check_interval_minutes or ""))
                   for m in row.markers]
        due = [f"{rule_title(c.rule, handover.rules, lang, c)} — {format_local(c.due_at, tz)}" for c in row.due]
        table.append([Paragraph(esc(row.location or "—"), st.cell),
                      Paragraph(f"{esc(row.person)}<br/>{esc(row.custody_id)}", st.cell),
                      Paragraph(esc(", ".join(markers) or "—"), st.cell),
                      Paragraph("<br/>".join(esc(d) for d in due) or "—", st.cell),
                      str(row.missed_checks),
                      Paragraph("<br/>".join(esc(p) for p in row.property_held) or "—", st.cell)])
    width = content_width(PAGE)
    story.append(plain_table(table, [width * f for f in (0.09, 0.17, 0.15, 0.3, 0.1, 0.19)],
                             [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")],
                             repeat_rows=1))
    story += [Spacer(0, 6),
              Paragraph(f"<b>{esc(labels.text('handover_outgoing'))}:</b> {esc(handover.outgoing or '—')}", st.body),
              Paragraph(f"<b>{esc(labels.text('handover_notes'))}:</b> {esc(handover.notes or '—')}", st.body),
              Paragraph(f"<b>{esc(labels.text('handover_digest'))}:</b> {esc(handover.digest)}", st.small)]
    if handover.signed:
        story.append(Paragraph(esc(labels.text("handover_signed")), st.heading))
        for signed in handover.signed[-5:]:
            story.append(Paragraph(esc(
                f"{format_local(parse_instant(signed['at']), tz)}: {signed['outgoing']} → {signed['by']} "
                f"({labels.text('as_of')} {format_local(parse_instant(signed['as_of']), tz)}; {signed['digest'][:16]}…)"),
                st.small))
    line = "_" * 30
    story += [Spacer(0, 12), plain_table([[Paragraph(esc(labels.text("handover_outgoing")), st.cell), line,
                                           Paragraph(esc(labels.text("handover_incoming")), st.cell), line]],
                                         [width * 0.2, width * 0.3, width * 0.2, width * 0.3])]
    printed = labels.text("printed", at=format_local(handover.printed_at, tz), who=handover.printed_by)
    build_pdf(out, story, title=labels.text("handover_title"),
              footer=(f"{handover.register_name} · {handover.facility.name}", printed), labels=labels, pagesize=PAGE)
