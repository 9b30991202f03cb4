"""The oversight report for a period, as a PDF (overview, charts, figures per facility and in total, and an
appendix of the custody numbers behind each figure) and as one flat CSV with the same figures and numbers."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import timedelta
from typing import Sequence, TextIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from printing.fonts import SANS, SANS_BOLD
from printing.labels import Labels, rule_title
from printing.stamp import tree_stamp_block
from printing.layout import (BREACH_RED, Output, build_pdf, content_width, duration, esc, fit_text,
                             grid_table, para, styles)
from register.oversight import UNKNOWN, Figures, OversightSummary, Tally
from register.reports import OversightReport
from register.timeutil import format_local

BAR_HEIGHT = 13.0
CHART_LABEL_WIDTH = 190.0
CHART_FONT = 7
TOTAL_BLUE = colors.HexColor("#1f5fa8")
HEADER_SMALL = ParagraphStyle("oversight_header", fontName=SANS_BOLD, fontSize=6.5, leading=8)
TOTAL = "total"  # the CSV's scope of all facilities together
UNDELIVERED = "undelivered"  # the CSV's scope of custodies never delivered to a facility


@dataclass(frozen=True)
class FigureRow:
    """One figure as both outputs give it: a machine name, its key (a rule, a milestone, a week...), the
    value (a count, minutes or a share 0..1; None when nothing was measured) and the custodies behind it."""
    section: str
    figure: str
    key: str
    value: int | float | None
    unit: str  # count | minutes | share
    tally: Tally | None


def figure_rows(figures: Figures) -> list[FigureRow]:
    """Every figure of one scope, in the order the report prints them."""
    rows: list[FigureRow] = []

    def add(section: str, figure: str, value, unit: str = "count", tally: Tally | None = None, key: str = "") -> None:
        rows.append(FigureRow(section, figure, key, value, unit, tally))

    def count(section: str, figure: str, tally: Tally, key: str = "") -> None:
        add(section, figure, tally.count, "count", tally, key)

    count("custodies", "custodies", figures.custodies)
    count("custodies", "minors", figures.minors)
    count("custodies", "foreign_nationals", figures.foreign_nationals)
    count("custodies", "still_held", figures.durations.still_held)
    durations = figures.durations
    add("custodies", "duration_median", durations.median, "minutes",
        Tally.of(c for c, _ in durations.minutes))
    longest = durations.longest
    add("custodies", "duration_longest", longest[1] if longest else None, "minutes",
        Tally.of([longest[0]]) if longest else Tally())
    count("custodies", "with_breach", figures.with_breach)
    add("custodies", "breach_share", figures.breach_share if figures.custodies.count else None, "share")
    for rule in figures.rules:
        count("rules", "rule_decided", rule.decided, rule.rule)
        count("rules", "rule_breached", rule.breached, rule.rule)
        count("rules", "rule_late", rule.late, rule.rule)
        add("rules", "rule_rate", rule.rate, "share", key=rule.rule)
    for item in figures.medians:
        add("medians", "median", item.minutes, "minutes", item.custodies, item.milestone)
    count("safeguards", "night_interrogations", figures.night_interrogations)
    count("safeguards", "interrogations_without_lawyer", figures.interrogations_without_lawyer)
    count("safeguards", "injuries_found", figures.injuries_found)
    count("safeguards", "injuries_reported", figures.injuries_reported)
    count("safeguards", "injuries_unreported", figures.injuries_unreported)
    count("safeguards", "complaints", figures.complaints)
    for addressee, tally in figures.complaints_by_addressee:
        count("safeguards", "complaints_to", tally, addressee)
    for status, tally in figures.complaints_by_status:
        count("safeguards", "complaints_status", tally, status)
    record = figures.record
    count("record", "searches", record.searches)
    for kind, tally in record.searches_by_type:
        count("record", "searches_of_type", tally, kind)
    count("record", "force", record.force)
    for kind, tally in record.force_by_type:
        count("record", "force_of_type", tally, kind)
    count("record", "force_with_injuries", record.force_with_injuries)
    count("record", "care_refused", record.care_refused)
    for kind, tally in record.care_refused_by_type:
        count("record", "care_refused_of_type", tally, kind)
    count("record", "property_differences", record.property_differences)
    count("record", "property_not_returned", record.property_not_returned)
    count("record", "checks_missed", record.checks_missed)
    for level, tally in record.observation_levels:
        count("record", "observation_level", tally, level)
    count("record", "children_without_care", record.children_without_care)
    count("record", "children_still_without_care", record.children_still_without_care)
    count("indicators", "late_registration", figures.late_registration)
    for officer, tally in figures.late_registrations_by_officer:
        count("indicators", "late_registration_by", tally, officer)
    count("indicators", "video_missing", figures.video_missing)
    count("indicators", "age_unknown", figures.age_unknown)
    if figures.alerts is not None:
        alerts = figures.alerts
        count("alerts", "alerts_count", alerts.alerts)
        count("alerts", "alerts_acknowledged", alerts.acknowledged)
        add("alerts", "acknowledge_median", alerts.median_acknowledge, "minutes", alerts.acknowledged)
        count("alerts", "alerts_closed", alerts.closed)
        add("alerts", "close_median", alerts.median_close, "minutes", alerts.closed)
        count("alerts", "alerts_referred", alerts.referred)
        add("alerts", "referred_share", alerts.referred.share_of(alerts.alerts.count), "share")
    if figures.desk is not None:
        desk = figures.desk
        add("desk", "desk_inquiries", desk.inquiry_count, "count",
            Tally.of(c for t in desk.inquiries.values() for c in t.custodies))
        for outcome in ("held", "released", "not_found", "refused"):
            tally = desk.inquiries.get(outcome, Tally())
            add("desk", "desk_outcome", tally.count, "count", tally, outcome)
        add("desk", "desk_reported", desk.reported.count, "count")
        add("desk", "desk_registered", len(desk.delays), "count", desk.reported)
        add("desk", "desk_median_delay", desk.median_delay, "minutes", desk.reported)
        longest_delay = desk.longest_delay
        add("desk", "desk_longest_delay", longest_delay[1] if longest_delay else None, "minutes",
            Tally.of([longest_delay[0]]) if longest_delay else Tally())
    for week in figures.weeks:
        count("weeks", "week_custodies", week.custodies, week.starts.isoformat())
        count("weeks", "week_with_breach", week.with_breach, week.starts.isoformat())
    return rows


def _scopes(summary: OversightSummary) -> list[tuple[str, Figures]]:
    """(CSV scope, figures): all facilities first, then each facility, then the custodies never delivered."""
    return [(TOTAL, summary.total)] + [(facility or UNDELIVERED, figures) for facility, figures in summary.facilities]


# ---------------------------------------------------------------- words

class _Words:
    """How the report names scopes, figures and values in one language."""

    def __init__(self, report: OversightReport, labels: Labels):
        self.labels, self.summary, self.rules = labels, report.summary, report.rules
        self.majority = report.summary.age_of_majority

    def scope(self, scope: str) -> str:
        if scope == TOTAL:
            return self.labels.text("ov_scope_total")
        if scope == UNDELIVERED:
            return self.labels.text("no_facility")
        name = self.summary.facility_names.get(scope)
        return f"{name} ({scope})" if name else scope

    def rule(self, rule_id: str) -> str:
        return rule_title(rule_id, self.rules, self.labels.lang)

    def rule_beside_chart(self, rule_id: str) -> str:
        """The rule's title where it fits beside a bar, else its short title."""
        title, info = self.rule(rule_id), self.rules.get(rule_id)
        if stringWidth(title, SANS, CHART_FONT) <= CHART_LABEL_WIDTH - 10 or info is None:
            return title
        return info.short_title(self.labels.lang)

    def figure(self, row: FigureRow) -> str:
        text, key = self.labels.text, row.key
        night = self.summary.night
        special = {
            "minors": lambda: text("ov_minors", age=self.majority),
            "rule_decided": lambda: text("ov_rule_decided", rule=self.rule(key)),
            "rule_breached": lambda: text("ov_rule_breached", rule=self.rule(key)),
            "rule_late": lambda: text("ov_rule_late", rule=self.rule(key)),
            "rule_rate": lambda: text("ov_rule_rate", rule=self.rule(key)),
            "median": lambda: f"{text('ov_medians')} {text('ov_median_' + key)}",
            "night_interrogations": lambda: text("ov_night_interrogations", start=_clock(night.starts),
                                                 end=_clock(night.ends)),
            "complaints_to": lambda: text("ov_complaints_to", addressee=text("unknown") if key == UNKNOWN else key),
            "late_registration_by": lambda: text("ov_late_registration_by",
                                                 officer=text("unknown") if key == UNKNOWN else key),
            "complaints_status": lambda: text("ov_complaints_status", status=self.labels.value("complaint_status", key)),
            "searches_of_type": lambda: text("ov_of_which", what=self.labels.value("search_type", key)),
            "force_of_type": lambda: text("ov_of_which", what=self.labels.value("force_type", key)),
            "care_refused_of_type": lambda: text("ov_of_which", what=self.labels.value("care_type", key)),
            "observation_level": lambda: text("ov_observation_level",
                                              level=self.labels.value("observation_level", key)),
            "desk_outcome": lambda: text("ov_desk_outcome", outcome=self.labels.value("inquiry", key)),
            "week_custodies": lambda: text("ov_week_custodies", week=text("ov_week_of", day=key)),
            "week_with_breach": lambda: text("ov_week_with_breach", week=text("ov_week_of", day=key)),
        }
        return special[row.figure]() if row.figure in special else text(f"ov_{row.figure}")

    def value(self, row: FigureRow) -> str:
        if row.value is None:
            return "—"
        if row.unit == "share":
            return f"{row.value:.0%}"
        if row.unit == "minutes":
            return duration(round(row.value), self.labels)
        return str(row.value)


def _clock(since_midnight: timedelta) -> str:
    minutes = int(since_midnight.total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# ---------------------------------------------------------------- PDF

def write_oversight_pdf(report: OversightReport, lang: str, out: Output) -> None:
    """Print the report: overview, charts, the figures of every scope, the appendix of custody numbers."""
    labels = Labels(lang)
    words = _Words(report, labels)
    summary, st = report.summary, styles()
    period = labels.text("ov_period", first=summary.first_day.isoformat(), last=summary.last_day.isoformat(),
                         zones=", ".join(summary.zones))
    register_name = labels.register_name(report.register_name)
    zone_name = summary.zones[0]
    story: list[Flowable] = [
        Paragraph(esc(register_name), st.small),
        Paragraph(esc(labels.text("oversight_title")), st.title),
        Paragraph(f"<b>{esc(labels.text('period'))}:</b> {esc(period)}", st.body),
        Paragraph(esc(labels.text("ov_judged", at=format_local(summary.judged_at, zone_name))), st.small),
        Spacer(0, 4),
        tree_stamp_block(report.stamp, labels, content_width()),
        Paragraph(esc(labels.text("ov_overview")), st.heading),
        _overview(summary, words),
        *_charts(summary, words),
    ]
    for scope, figures in _scopes(summary):
        story += _scope_section(scope, figures, words)
    story += _appendix(summary, words)
    footer = (f"{register_name} · {labels.text('oversight_title')} · {period}",
              labels.text("printed", at=format_local(report.printed_at, zone_name), who=labels.printer(report.printed_by)))
    build_pdf(out, story, title=labels.text("oversight_title"), footer=footer, labels=labels)


def _overview(summary: OversightSummary, words: _Words) -> Flowable:
    labels, st = words.labels, styles()
    heads = ("facility", "ov_col_custodies", "ov_col_minors", "ov_col_foreign", "ov_col_with_breach", "ov_col_share",
             "ov_col_median", "ov_col_longest")
    header = [para(esc(labels.text(k)), HEADER_SMALL) for k in heads]
    rows = [header]
    for scope, figures in [*_scopes(summary)[1:], _scopes(summary)[0]]:
        durations = figures.durations
        cells = [words.scope(scope), str(figures.custodies.count), str(figures.minors.count),
                 str(figures.foreign_nationals.count), str(figures.with_breach.count),
                 f"{figures.breach_share:.0%}" if figures.custodies.count else "—",
                 duration(round(durations.median), labels) if durations.median is not None else "—",
                 duration(durations.longest[1], labels) if durations.longest else "—"]
        style = st.cell_bold if scope == TOTAL else st.cell
        rows.append([para(esc(c), style) for c in cells])
    width = content_width()
    first = width * 0.22
    return grid_table(rows, [first] + [(width - first) / 7] * 7)


def _charts(summary: OversightSummary, words: _Words) -> list[Flowable]:
    labels, st = words.labels, styles()
    charts: list[Flowable] = []
    by_rule = [(words.rule_beside_chart(r.rule), r.breached.count + r.late.count) for r in summary.total.rules
               if r.breached.count + r.late.count]
    if by_rule:
        charts.append(KeepTogether([Paragraph(esc(labels.text("ov_chart_rules")), st.heading), _bar_chart(by_rule)]))
    by_facility = sorted(((words.scope(f or UNDELIVERED), figures.with_breach.count)
                          for f, figures in summary.facilities if figures.with_breach.count),
                         key=lambda pair: (-pair[1], pair[0]))
    if by_facility:
        charts.append(KeepTogether([Paragraph(esc(labels.text("ov_chart_facilities")), st.heading),
                                    _bar_chart(by_facility)]))
    if summary.total.weeks:
        charts.append(KeepTogether([Paragraph(esc(labels.text("ov_chart_weeks")), st.heading),
                                    _week_chart(summary.total, labels)]))
    return charts


def _bar_chart(counts: Sequence[tuple[str, int]]) -> Drawing:
    """Horizontal bars, largest on top; labels shortened to fit beside the chart."""
    width = content_width()
    height = BAR_HEIGHT * len(counts) + 24
    drawing = Drawing(width, height, initialFontName=SANS)
    chart = HorizontalBarChart()
    chart.x, chart.y = CHART_LABEL_WIDTH, 16
    chart.width, chart.height = width - CHART_LABEL_WIDTH - 20, height - 22
    chart.data = [[n for _, n in reversed(counts)]]
    chart.categoryAxis.categoryNames = [fit_text(name, CHART_LABEL_WIDTH - 10, SANS, CHART_FONT)
                                        for name, _ in reversed(counts)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = CHART_FONT
    chart.categoryAxis.labels.boxAnchor = "e"
    _value_axis(chart.valueAxis, max(n for _, n in counts))
    chart.bars[0].fillColor = BREACH_RED
    chart.bars[0].strokeColor = colors.white
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _week_chart(figures: Figures, labels: Labels) -> Drawing:
    """Two bars a week: every custody, and those with a breach; the week is named by its Monday."""
    width, height = content_width(), 150.0
    drawing = Drawing(width, height, initialFontName=SANS)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 40, height - 55
    chart.data = [[w.custodies.count for w in figures.weeks], [w.with_breach.count for w in figures.weeks]]
    chart.categoryAxis.categoryNames = [w.starts.strftime("%d.%m") for w in figures.weeks]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 7
    _value_axis(chart.valueAxis, max([1, *chart.data[0]]))
    chart.bars[0].fillColor, chart.bars[1].fillColor = TOTAL_BLUE, BREACH_RED
    chart.bars.strokeColor = colors.white
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 30, height - 6
    legend.fontName, legend.fontSize = SANS, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 150
    legend.colorNamePairs = [(TOTAL_BLUE, labels.text("ov_all")), (BREACH_RED, labels.text("ov_with_breach"))]
    drawing.add(legend)
    return drawing


def _value_axis(axis, top: int) -> None:
    axis.labels.fontName = SANS
    axis.labels.fontSize = 7
    axis.valueMin = 0
    axis.valueStep = max(1, -(-top // 8))
    axis.valueMax = axis.valueStep * max(1, -(-top // axis.valueStep))


def _scope_section(scope: str, figures: Figures, words: _Words) -> list[Flowable]:
    labels, st = words.labels, styles()
    rows = figure_rows(figures)
    story: list[Flowable] = [KeepTogether([Paragraph(esc(words.scope(scope)), st.heading),
                                           _values_table([r for r in rows if r.section == "custodies"], words)])]
    story.append(KeepTogether([Paragraph(esc(labels.text("ov_rules")), st.heading), _rules_table(figures, words)]))
    titled = (("medians", "ov_medians"), ("safeguards", "ov_safeguards"), ("record", "ov_record"),
              ("indicators", "ov_indicators"),
              ("alerts", "ov_alerts"), ("desk", "ov_desk"), ("weeks", "ov_weeks"))
    for section, title in titled:
        chosen = [r for r in rows if r.section == section]
        if chosen:
            story.append(KeepTogether([Paragraph(esc(labels.text(title)), st.heading), _values_table(chosen, words)]))
    return story


def _values_table(rows: Sequence[FigureRow], words: _Words) -> Flowable:
    st = styles()
    table = [[para(esc(words.labels.text("ov_figure")), st.cell_bold),
              para(esc(words.labels.text("ov_value")), st.cell_bold)]]
    table += [[para(esc(words.figure(r))), para(f"<b>{esc(words.value(r))}</b>")] for r in rows]
    width = content_width()
    return grid_table(table, [width * 0.75, width * 0.25], extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")])


def _rules_table(figures: Figures, words: _Words) -> Flowable:
    labels, st = words.labels, styles()
    if not figures.rules:
        return Paragraph(esc(labels.text("none")), st.body)
    heads = ("col_rule", "ov_decided", "ov_breached", "ov_late", "ov_rate")
    rows = [[para(esc(labels.text(k)), st.cell_bold) for k in heads]]
    extra = []
    for number, rule in enumerate(figures.rules, start=1):
        rate = rule.rate
        rows.append([para(esc(words.rule(rule.rule))), str(rule.decided.count), str(rule.breached.count),
                     str(rule.late.count), f"{rate:.0%}" if rate is not None else "—"])
        if rule.breached.count + rule.late.count:
            extra.append(("TEXTCOLOR", (2, number), (4, number), BREACH_RED))
    width = content_width()
    return grid_table(rows, [width * 0.52] + [width * 0.12] * 4, extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"), *extra])


def _appendix(summary: OversightSummary, words: _Words) -> list[Flowable]:
    labels, st = words.labels, styles()
    story: list[Flowable] = [CondPageBreak(200), Paragraph(esc(labels.text("ov_appendix")), st.title),
                             Paragraph(esc(labels.text("ov_appendix_note")), st.small)]
    width = content_width()
    for scope, figures in _scopes(summary):
        rows = [r for r in figure_rows(figures) if r.tally is not None and r.tally.custodies]
        if not rows:
            continue
        table = [[para(esc(labels.text("ov_figure")), st.cell_bold),
                  para(esc(labels.text("ov_custodies_col")), st.cell_bold)]]
        table += [[para(esc(f"{words.figure(r)}: {words.value(r)}")), para(esc(", ".join(r.tally.custodies)), st.mono)]
                  for r in rows]
        story += [Paragraph(esc(words.scope(scope)), st.heading), grid_table(table, [width * 0.45, width * 0.55])]
    return story


# ---------------------------------------------------------------- CSV

def write_oversight_csv(report: OversightReport, out: TextIO) -> None:
    """One flat CSV, header `scope,section,figure,key,value,custodies`, machine-readable: scope `total`, a
    facility id or `undelivered`; figure and key as named in `figure_rows` (a rule id, a milestone, a week's
    Monday, an addressee, an officer, an inquiry's outcome); value a count, whole minutes or a share with four
    decimals, empty when nothing was measured; custodies the custody numbers behind it, space-separated.
    The first rows give the period (local days), the zones and the verification stamp."""
    summary = report.summary
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["scope", "section", "figure", "key", "value", "custodies"])
    writer.writerow(["", "period", "first_day", "", summary.first_day.isoformat(), ""])
    writer.writerow(["", "period", "last_day", "", summary.last_day.isoformat(), ""])
    writer.writerow(["", "period", "zones", "", " ".join(summary.zones), ""])
    writer.writerow(["", "stamp", "tree_size", "", report.stamp.size, ""])
    writer.writerow(["", "stamp", "tree_root", "", report.stamp.root, ""])
    for scope, figures in _scopes(summary):
        for row in figure_rows(figures):
            writer.writerow([scope, row.section, row.figure, row.key, _machine(row),
                             " ".join(row.tally.custodies) if row.tally else ""])


def _machine(row: FigureRow) -> str:
    if row.value is None:
        return ""
    if row.unit == "share":
        return f"{row.value:.4f}"
    if row.unit == "minutes":
        return f"{row.value:g}"
    return str(row.value)

