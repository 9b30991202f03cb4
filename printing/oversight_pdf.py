"""The oversight report for a period, as PDF (tables and bar charts) and as one flat CSV."""
from __future__ import annotations

import csv
from typing import Sequence, TextIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.fonts import SANS
from printing.labels import Labels, rule_title
from printing.layout import (BREACH_RED, Output, build_pdf, content_width, duration, esc, fit_text, grid_table,
                             para, styles)
from register.oversight import UNKNOWN_OFFICER, OversightSummary
from register.reports import DeskFigures, OversightReport
from register.timeutil import format_local, format_utc

BAR_HEIGHT = 13.0
CHART_LABEL_WIDTH = 190.0


def write_oversight_pdf(report: OversightReport, lang: str, out: Output) -> None:
    """Print the report; rule titles come from the profile's rules in the report."""
    summary, register_name, printed_by, printed_at = report.summary, report.register_name, report.printed_by, \
        report.printed_at
    labels = Labels(lang)
    st = styles()
    rules = report.rules
    period = f"{format_local(summary.period_start, 'UTC')} — {format_local(summary.period_end, 'UTC')}"
    rule_names = [(rule_title(r, rules, lang), n) for r, n in summary.breaches_by_rule]
    facility_names = [(_facility_name(f, summary, labels), n) for f, n in summary.breaches_by_facility]
    story: list[Flowable] = [
        Paragraph(esc(register_name), st.small),
        Paragraph(esc(labels.text("oversight_title")), st.title),
        Paragraph(f"<b>{esc(labels.text('period'))}:</b> {esc(period)}", st.body),
        Spacer(0, 6),
        _totals(summary, labels),
        Paragraph(esc(labels.text("medians")), st.heading),
        _medians(summary, labels),
        Paragraph(esc(labels.text("breaches_by_rule")), st.heading),
        *_chart_and_table(rule_names, labels, labels.text("col_rule")),
        Paragraph(esc(labels.text("breaches_by_facility")), st.heading),
        *_chart_and_table(facility_names, labels, labels.text("facility")),
        Paragraph(esc(labels.text("late_registrations")), st.heading),
        _counts_table([(labels.text("unknown") if officer == UNKNOWN_OFFICER else officer, n)
                       for officer, n in summary.late_registrations], labels, labels.text("officer")),
        Paragraph(esc(labels.text("record_title")), st.heading),
        _counts_table([(labels.text(f"record_{code}"), n) for code, n in summary.custody_record], labels,
                      labels.text("record_title")),
        *_desk(report.desk, labels),
    ]
    footer = (f"{register_name} · {labels.text('oversight_title')} · {period}",
              labels.text("printed", at=format_local(printed_at, "UTC"), who=printed_by))
    build_pdf(out, story, title=labels.text("oversight_title"), footer=footer, labels=labels)


def _facility_name(facility_id: str | None, summary: OversightSummary, labels: Labels) -> str:
    if facility_id is None:
        return labels.text("no_facility")
    name = summary.facility_names.get(facility_id)
    return f"{name} ({facility_id})" if name else facility_id


def _totals(summary: OversightSummary, labels: Labels):
    rows = [
        [labels.text("custodies_in_period"), str(summary.custodies)],
        [labels.text("custodies_with_breach"), str(summary.custodies_with_breach)],
        [labels.text("breach_share"), f"{summary.breach_share:.0%}"],
    ]
    width = content_width()
    table_rows = [[para(esc(k)), para(f"<b>{esc(v)}</b>")] for k, v in rows]
    return grid_table(table_rows, [width * 0.7, width * 0.3], repeat_header=False,
                      extra=[("BACKGROUND", (0, 0), (-1, 0), None)])


def _desk(desk: DeskFigures | None, labels: Labels) -> list[Flowable]:
    """The whereabouts desk's figures, when the printing user may see the desk."""
    if desk is None:
        return []
    rows = [[labels.text("desk_inquiries"), str(sum(desk.inquiries.values()))]]
    rows += [[labels.text(f"desk_outcome_{outcome}"), str(desk.inquiries.get(outcome, 0))]
             for outcome in ("held", "released", "not_found", "refused")]
    rows += [[labels.text("desk_reported"), str(desk.reported_apprehensions)],
             [labels.text("desk_registered_later"), str(desk.registered_later)],
             [labels.text("desk_median_delay"),
              duration(round(desk.median_delay), labels) if desk.median_delay is not None else "—"],
             [labels.text("desk_longest_delay"),
              duration(desk.longest_delay, labels) if desk.longest_delay is not None else "—"]]
    width = content_width()
    return [Paragraph(esc(labels.text("desk_title")), styles().heading),
            grid_table([[para(esc(k)), para(f"<b>{esc(v)}</b>")] for k, v in rows], [width * 0.7, width * 0.3],
                       repeat_header=False, extra=[("BACKGROUND", (0, 0), (-1, 0), None)])]


def _medians(summary: OversightSummary, labels: Labels):
    rows = [[para("", styles().cell_bold), para(esc(labels.text("median")), styles().cell_bold),
             para(esc(labels.text("custodies_measured")), styles().cell_bold)]]
    for item in summary.medians:
        value = duration(round(item.minutes), labels) if item.minutes is not None else "—"
        rows.append([para(esc(labels.text(f"median_{item.milestone}"))), para(esc(value)), str(item.custodies)])
    width = content_width()
    return grid_table(rows, [width * 0.6, width * 0.2, width * 0.2])


def _chart_and_table(counts: Sequence[tuple[str, int]], labels: Labels, key_title: str) -> list[Flowable]:
    if not counts:
        return [Paragraph(esc(labels.text("none")), styles().body)]
    return [_bar_chart(counts), Spacer(0, 4), _counts_table(counts, labels, key_title)]


def _bar_chart(counts: Sequence[tuple[str, int]]) -> Drawing:
    """Horizontal bars, largest on top; labels shortened to fit beside the chart."""
    width = content_width()
    height = BAR_HEIGHT * len(counts) + 24
    drawing = Drawing(width, height, initialFontName=SANS)
    chart = HorizontalBarChart()
    chart.x, chart.y = CHART_LABEL_WIDTH, 16
    chart.width, chart.height = width - CHART_LABEL_WIDTH - 20, height - 22
    chart.data = [[n for _, n in reversed(counts)]]
    chart.categoryAxis.categoryNames = [fit_text(name, CHART_LABEL_WIDTH - 10, SANS, 7)
                                        for name, _ in reversed(counts)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(n for _, n in counts)
    chart.valueAxis.valueStep = max(1, -(-top // 8))
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * max(1, -(-top // chart.valueAxis.valueStep))
    chart.bars[0].fillColor = BREACH_RED
    chart.bars[0].strokeColor = colors.white
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _counts_table(counts: Sequence[tuple[str, int]], labels: Labels, key_title: str):
    if not counts:
        return Paragraph(esc(labels.text("none")), styles().body)
    rows = [[para(esc(key_title), styles().cell_bold), para(esc(labels.text("count")), styles().cell_bold)]]
    rows += [[para(esc(name)), str(n)] for name, n in counts]
    width = content_width()
    return grid_table(rows, [width * 0.8, width * 0.2], extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")])


def write_oversight_csv(report: OversightReport, out: TextIO) -> None:
    """One flat CSV, header `section,key,value`, machine-readable (ids, minutes, UTC instants):

    period,start|end,<UTC instant>; totals,custodies|custodies_with_breach|breach_share,<number>;
    breaches_by_rule,<rule id>,<count>; breaches_by_facility,<facility id or empty: not delivered>,<count>;
    median_minutes,<delivery|protocol|notification|medical>,<minutes or empty>;
    measured_custodies,<milestone>,<count>; late_registrations,<recording officer>,<count>;
    custody_record,<personal_search|use_of_force|use_of_force_injuries|care_refused|property_difference|
    injuries_charted|child_without_care>,<count>.
    """
    summary = report.summary
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "key", "value"])
    writer.writerow(["period", "start", format_utc(summary.period_start)])
    writer.writerow(["period", "end", format_utc(summary.period_end)])
    writer.writerow(["totals", "custodies", summary.custodies])
    writer.writerow(["totals", "custodies_with_breach", summary.custodies_with_breach])
    writer.writerow(["totals", "breach_share", f"{summary.breach_share:.4f}"])
    writer.writerows(["breaches_by_rule", rule, n] for rule, n in summary.breaches_by_rule)
    writer.writerows(["breaches_by_facility", facility or "", n] for facility, n in summary.breaches_by_facility)
    for item in summary.medians:
        writer.writerow(["median_minutes", item.milestone, "" if item.minutes is None else f"{item.minutes:g}"])
    writer.writerows(["measured_custodies", item.milestone, item.custodies] for item in summary.medians)
    writer.writerows(["late_registrations", officer, n] for officer, n in summary.late_registrations)
    writer.writerows(["custody_record", code, n] for code, n in summary.custody_record)
