"""Who the register says is held at a facility at an instant: the sheet a monitor reconciles with a head count."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from printing.labels import Labels, rule_title
from printing.stamp import tree_stamp_block
from printing.layout import (BREACH_RED, STATUS_COLOURS, Output, badge, build_pdf, coloured, content_width, duration,
                             esc, grid_table, para, plain_table, styles)
from register.domain import OPEN_STATUSES, BoardRow, ClockStatus
from register.overdue import overdue_minutes
from register.reports import HeldListReport
from register.timeutil import elapsed_minutes, format_local

PAGE = landscape(A4)
RECONSTRUCTED_FILL = colors.HexColor("#fff1c2")


def write_held_list_pdf(report: HeldListReport, lang: str, out: Output) -> None:
    """Print the list (landscape A4) with a count line and signature lines for the monitor and duty officer."""
    labels = Labels(lang)
    st = styles()
    tz_name = report.facility.timezone
    story: list[Flowable] = [
        Paragraph(esc(labels.register_name(report.register_name)), st.small),
        Paragraph(esc(labels.text("held_title")), st.title),
        Paragraph(f"<b>{esc(labels.text('facility'))}:</b> {esc(report.facility.name)} ({esc(report.facility.id)})"
                  f" &nbsp; <b>{esc(labels.text('as_of'))}:</b> {esc(format_local(report.as_of, tz_name))}", st.body),
        Spacer(0, 6),
    ]
    if report.reconstructed:
        note = labels.text("held_reconstructed", printed=format_local(report.printed_at, tz_name),
                           as_of=format_local(report.as_of, tz_name))
        story += [grid_table([[para(f"<b>{esc(note)}</b>", st.body)]], [content_width(PAGE)], repeat_header=False,
                             extra=[("BACKGROUND", (0, 0), (-1, -1), RECONSTRUCTED_FILL)]), Spacer(0, 6)]
    rows = sorted(report.rows, key=lambda r: (r.person_name.casefold(), r.custody_id))
    if rows:
        story.append(_table(rows, report, labels))
    else:
        story.append(Paragraph(esc(labels.text("nobody_held")), st.body))
    story.append(Paragraph(f"<b>{esc(labels.text('count_line', count=len(rows)))}</b>", st.body))
    if report.away:
        story += [CondPageBreak(90), Paragraph(esc(labels.text("held_away")), st.heading), _away_table(report, labels),
                  Paragraph(f"<b>{esc(labels.text('held_away_count', count=len(report.away)))}</b>", st.body)]
    closing: list[Flowable] = [Spacer(0, 10), _signatures(labels)]
    if report.stamp is not None:
        closing += [Spacer(0, 8), tree_stamp_block(report.stamp, labels, content_width(PAGE))]
    story.append(KeepTogether(closing))
    footer = (f"{labels.register_name(report.register_name)} · {report.facility.name} · {labels.text('as_of')} "
              f"{format_local(report.as_of, tz_name)}",
              labels.text("printed", at=format_local(report.printed_at, tz_name), who=labels.printer(report.printed_by)))
    build_pdf(out, story, title=labels.text("held_title"), footer=footer, labels=labels, pagesize=PAGE)


def _table(rows: list[BoardRow], report: HeldListReport, labels: Labels) -> Table:
    st = styles()
    keys = ("col_no", "person", "custody_no", "col_location", "col_since", "col_running", "col_present")
    table_rows = [[para(esc(labels.text(k)), st.cell_bold) for k in keys]]
    for number, row in enumerate(rows, start=1):
        table_rows.append([str(number), para(_person_cell(row, labels)), para(esc(row.custody_id)),
                           para(esc(row.location or "—")), para(_since_cell(row, report, labels)),
                           para(_clocks_cell(row, report, labels)), "☐"])
    width = content_width(PAGE)
    return grid_table(table_rows, [24, 180, 62, 80, 104, width - 516, 66],
                      extra=[("ALIGN", (6, 1), (6, -1), "CENTER"), ("FONTSIZE", (6, 1), (6, -1), 12)])


def _away_table(report: HeldListReport, labels: Labels) -> Table:
    st = styles()
    keys = ("col_no", "person", "custody_no", "col_purpose", "col_destination", "col_left", "col_running")
    table_rows = [[para(esc(labels.text(k)), st.cell_bold) for k in keys]]
    tz_name = report.facility.timezone
    for number, away in enumerate(report.away, start=1):
        table_rows.append([str(number), para(_person_cell(away.row, labels)), para(esc(away.row.custody_id)),
                           para(esc(labels.value("purpose", away.purpose))), para(esc(away.destination or "—")),
                           para(esc(format_local(away.left_at, tz_name))),
                           para(_clocks_cell(away.row, report, labels))])
    width = content_width(PAGE)
    return grid_table(table_rows, [24, 180, 62, 80, 90, 84, width - 520])


def _person_cell(row: BoardRow, labels: Labels) -> str:
    unknown = labels.text("unknown")
    birth = row.birth_date.isoformat() if row.birth_date else unknown
    text = (f"<b>{esc(row.person_name)}</b><br/>{esc(labels.field('birth_date'))}: {esc(birth)}; "
            f"{esc(labels.field('citizenship'))}: {esc(row.citizenship or unknown)}")
    badges = []
    if row.is_minor:
        badges.append(badge(labels.text("minor"), BREACH_RED))
    if row.is_foreign_national:
        badges.append(badge(labels.text("foreign_national"), STATUS_COLOURS[ClockStatus.FLAGGED]))
    return text + ("<br/>" + " ".join(badges) if badges else "")


def _since_cell(row: BoardRow, report: HeldListReport, labels: Labels) -> str:
    if row.apprehended_at is None:
        return esc(labels.text("unknown"))
    elapsed = duration(elapsed_minutes(row.apprehended_at, report.as_of), labels)
    return f"<b>{esc(elapsed)}</b><br/>{esc(format_local(row.apprehended_at, row.timezone))}"


def _clocks_cell(row: BoardRow, report: HeldListReport, labels: Labels) -> str:
    """Open clocks only (running or already breached): what the monitor must act on today, with how long a
    breached one is overdue at the list's instant, counted as the desktop counts it."""
    lines = []
    for clock in sorted(row.clocks, key=lambda c: c.due_at):
        if clock.status not in OPEN_STATUSES:
            continue
        title = rule_title(clock.rule, report.rules, labels.lang, clock)
        status = coloured(labels.value("status", clock.status), STATUS_COLOURS[clock.status])
        overdue = overdue_minutes(clock, report.as_of)
        if overdue:
            status += " " + coloured(labels.text("overdue_by", time=duration(overdue, labels)), BREACH_RED, bold=False)
        lines.append(f"{esc(title)}: {esc(format_local(clock.due_at, row.timezone))} {status}")
    return "<br/>".join(lines) or "—"


def _signatures(labels: Labels) -> Table:
    line = "_" * 40
    rows = [[Paragraph(esc(labels.text(key)), styles().body), Paragraph(line, styles().body),
             Paragraph(esc(labels.text("sign_datetime")), styles().body), Paragraph("_" * 22, styles().body)]
            for key in ("sign_monitor", "sign_duty")]
    width = content_width(PAGE)
    return plain_table(rows, [width * 0.28, width * 0.34, width * 0.14, width * 0.24],
                       [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 14)])
