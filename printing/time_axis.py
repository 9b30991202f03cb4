"""The graphical custody axis: where the person was, what happened when, and each time limit against it."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Mapping, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from printing.fonts import SANS, SANS_BOLD
from printing.labels import Labels, rule_title
from printing.layout import BREACH_RED, GRID, MUTED, STATUS_COLOURS, fit_text
from register.domain import BREACH_STATUSES, ClockStatus, RuleClock, RuleInfo
from register.timeline import CustodyTimeline
from register.timeutil import to_local

LABEL_WIDTH = 150.0
ROW = 11.0
LABEL_SIZE = 6.5
STAY_FILLS = [colors.HexColor(c) for c in ("#cfe0f3", "#d8ecd2", "#f3e3c7", "#e3d7f0", "#f0d3d9")]
TRANSIT_FILL = colors.HexColor("#eeeeee")
DUE_FILL = colors.HexColor("#dde7f3")
STEPS_HOURS = (1, 2, 3, 6, 12, 24)
DAY_SCALE_FROM_HOURS = 72  # longer custodies are scaled in days
STEPS_DAYS = (1, 2, 3, 5, 7, 14, 30)


def axis_span(timeline: CustodyTimeline, clocks: Sequence[RuleClock],
              printed_at: datetime) -> tuple[datetime, datetime]:
    """From apprehension to release (or print time), stretched to show the due time of any running clock."""
    effective = timeline.effective
    start = timeline.apprehension.at if timeline.apprehension else (effective[0].at if effective else printed_at)
    end = timeline.ended_at() or printed_at
    running_dues = [c.due_at for c in clocks if c.status == ClockStatus.RUNNING]
    end = max([end, *running_dues, *(e.at for e in effective)])
    if end - start < timedelta(hours=1):
        end = start + timedelta(hours=1)
    return start, end


class _Scale:
    def __init__(self, start: datetime, end: datetime, x0: float, x1: float):
        self.start, self.end, self.x0, self.x1 = start, end, x0, x1
        self.seconds = (end - start).total_seconds()

    def x(self, instant: datetime) -> float:
        offset = (min(max(instant, self.start), self.end) - self.start).total_seconds()
        return self.x0 + (self.x1 - self.x0) * offset / self.seconds


def custody_axis(timeline: CustodyTimeline, clocks: Sequence[RuleClock], rules: Mapping[str, RuleInfo],
                 labels: Labels, printed_at: datetime, width: float) -> Drawing:
    """Draw the axis: time scale, location band, event ticks and one row per timed rule clock."""
    start, end = axis_span(timeline, clocks, printed_at)
    closed_at = timeline.ended_at() or printed_at
    rows = clock_rows(sorted((c for c in clocks if c.severity == "breach"),
                             key=lambda c: (c.trigger_at, c.due_at, c.rule)))
    scale = _Scale(start, end, LABEL_WIDTH, width - 6)
    height = 24 + 18 + 14 + ROW * len(rows) + 18
    drawing = Drawing(width, height, initialFontName=SANS)
    top = height - 24
    _time_scale(drawing, scale, timeline.timezone, top, height)
    _location_band(drawing, scale, timeline, labels, closed_at, top - 16)
    _event_ticks(drawing, scale, timeline, labels, top - 30)
    y = top - 30 - ROW
    for row in rows:
        for clock in row:
            _clock_row(drawing, scale, clock, closed_at, y)
        problem = any(c.status in BREACH_STATUSES for c in row)
        _row_label(drawing, _rule_label(row[0], rules, labels), y, BREACH_RED if problem else colors.black)
        y -= ROW
    drawing.add(Line(scale.x(closed_at), 14, scale.x(closed_at), top, strokeColor=MUTED,
                     strokeWidth=0.8, strokeDashArray=[2, 2]))
    end_word = labels.event("release") if timeline.ended_at() else labels.text("print_time")
    drawing.add(String(scale.x(closed_at) - 2, 16, end_word, fontName=SANS, fontSize=6,
                       fillColor=MUTED, textAnchor="end"))
    _legend(drawing, labels, 2)
    return drawing


def clock_rows(timed: Sequence[RuleClock]) -> list[list[RuleClock]]:
    """Clocks in rows: an occurrence joins the row of an earlier one of its rule that ended (was met or fell
    due) by its trigger, so a series of cell checks every 30 minutes is one row, not a hundred that would
    not fit on a page; occurrences that overlap in time keep rows of their own."""
    rows: list[list[RuleClock]] = []
    for clock in timed:
        row = next((r for r in rows if r[-1].rule == clock.rule
                    and (r[-1].met_at or r[-1].due_at) <= clock.trigger_at), None)
        if row is None:
            rows.append([clock])
        else:
            row.append(clock)
    return rows


def _time_scale(drawing: Drawing, scale: _Scale, tz_name: str, top: float, height: float) -> None:
    """Hours for a custody of up to three days; beyond that days, each tick a local midnight named by its
    date, so a 30-day custody reads as a month rather than a row of identical '00:00'."""
    drawing.add(Line(scale.x0, top, scale.x1, top, strokeColor=MUTED, strokeWidth=0.6))
    hours = scale.seconds / 3600
    local_start, local_end = to_local(scale.start, tz_name), to_local(scale.end, tz_name)
    if hours > DAY_SCALE_FROM_HOURS:
        step = next((d for d in STEPS_DAYS if hours / 24 / d <= 10), STEPS_DAYS[-1])
        day = local_start.date() + timedelta(days=1)
        while day <= local_end.date():
            tick = datetime.combine(day, time(), local_start.tzinfo)
            if (day - local_start.date()).days % step == 0:
                x = scale.x(tick)
                drawing.add(Line(x, top, x, 14, strokeColor=GRID, strokeWidth=0.3))
                drawing.add(String(x, top + 3, f"{day:%d.%m}", fontName=SANS_BOLD, fontSize=6, textAnchor="middle"))
            day += timedelta(days=1)
        return
    step = next((s for s in STEPS_HOURS if hours / s <= 8), STEPS_HOURS[-1])
    tick = local_start.replace(minute=0, second=0, microsecond=0)
    if step >= 24:
        tick = tick.replace(hour=0)
    else:
        tick = tick.replace(hour=tick.hour - tick.hour % step)
    last_date = None
    while tick <= local_end:
        if tick >= local_start:
            x = scale.x(tick)
            drawing.add(Line(x, top, x, 14, strokeColor=GRID, strokeWidth=0.3))
            drawing.add(String(x, top + 3, f"{tick:%H:%M}", fontName=SANS, fontSize=6, textAnchor="middle"))
            if tick.date() != last_date:
                drawing.add(String(x, top + 11, f"{tick:%d.%m}", fontName=SANS_BOLD, fontSize=6,
                                   textAnchor="middle"))
                last_date = tick.date()
        tick = (tick + timedelta(hours=step)).astimezone(tick.tzinfo)


def _rule_label(clock: RuleClock, rules: Mapping[str, RuleInfo], labels: Labels) -> str:
    """The rule's title where it fits beside the axis, else its short title (the chips' name), never a stub."""
    title = rule_title(clock.rule, rules, labels.lang, clock)
    if stringWidth(title, SANS, LABEL_SIZE) <= LABEL_WIDTH - 6:
        return title
    info = clock.info or rules.get(clock.rule)
    return info.short_title(labels.lang) if info else title


def _row_label(drawing: Drawing, text: str, y: float, colour=colors.black) -> None:
    drawing.add(String(2, y + 2, fit_text(text, LABEL_WIDTH - 6, SANS, LABEL_SIZE), fontName=SANS,
                       fontSize=LABEL_SIZE, fillColor=colour))


def _location_band(drawing: Drawing, scale: _Scale, timeline: CustodyTimeline, labels: Labels,
                   closed_at: datetime, y: float) -> None:
    _row_label(drawing, labels.field("location"), y + 2)
    drawing.add(Rect(scale.x0, y, scale.x(closed_at) - scale.x0, 12, fillColor=TRANSIT_FILL,
                     strokeColor=None))
    transit = labels.text("in_transit")
    first_arrival = timeline.stays[0].arrived_at if timeline.stays else closed_at
    _band_text(drawing, transit, scale.x0, scale.x(first_arrival), y, MUTED)
    fills: dict[str, colors.Color] = {}
    stays = timeline.stays
    for index, stay in enumerate(stays):
        left = scale.x(stay.arrived_at)
        right = scale.x(stay.departure.at if stay.departure else closed_at)
        fill = fills.setdefault(stay.facility, STAY_FILLS[len(fills) % len(STAY_FILLS)])
        drawing.add(Rect(left, y, max(right - left, 0.8), 12, fillColor=fill, strokeColor=colors.white,
                         strokeWidth=0.5))
        facility = timeline.facilities.get(stay.facility)
        _band_text(drawing, facility.name if facility else stay.facility, left, right, y, colors.black)
        if stay.departure is not None:
            next_arrival = stays[index + 1].arrived_at if index + 1 < len(stays) else closed_at
            purpose = stay.departure.get("purpose")
            away = (transit if purpose in (None, "transfer")
                    else labels.text("away_for", purpose=labels.value("purpose", purpose)))
            _band_text(drawing, away, right, scale.x(next_arrival), y, MUTED)


def _band_text(drawing: Drawing, text: str, left: float, right: float, y: float, colour) -> None:
    fitted = fit_text(text, right - left - 4, SANS, 6.5)
    if len(fitted) > 3:
        drawing.add(String(left + 2, y + 3.5, fitted, fontName=SANS, fontSize=6.5, fillColor=colour))


def _event_ticks(drawing: Drawing, scale: _Scale, timeline: CustodyTimeline, labels: Labels, y: float) -> None:
    _row_label(drawing, labels.text("events"), y)
    drawing.add(Line(scale.x0, y + 4, scale.x1, y + 4, strokeColor=GRID, strokeWidth=0.4))
    for event in timeline.effective:
        x = scale.x(event.at)
        drawing.add(Line(x, y, x, y + 9, strokeColor=colors.HexColor("#333333"), strokeWidth=0.7))


def _clock_row(drawing: Drawing, scale: _Scale, clock: RuleClock, closed_at: datetime, y: float) -> None:
    problem = clock.status in BREACH_STATUSES
    trigger_x, due_x = scale.x(clock.trigger_at), scale.x(clock.due_at)
    if clock.due_at <= clock.trigger_at and clock.met_at is None:
        _instant_mark(drawing, due_x, y, BREACH_RED if problem else colors.HexColor("#1f3b66"))
        return
    if due_x - trigger_x > 0.5:
        drawing.add(Rect(trigger_x, y + 1.5, due_x - trigger_x, 6, fillColor=DUE_FILL, strokeColor=None))
    if clock.status == ClockStatus.LATE and clock.met_at:
        _red_bar(drawing, due_x, scale.x(clock.met_at), y)
    elif clock.status == ClockStatus.BREACHED:
        _red_bar(drawing, due_x, scale.x(min(closed_at, scale.end)), y)
    drawing.add(Line(due_x, y, due_x, y + 9, strokeColor=BREACH_RED if problem else colors.HexColor("#1f3b66"),
                     strokeWidth=1.2))
    if clock.met_at is not None:
        colour = STATUS_COLOURS[ClockStatus.LATE] if clock.status == ClockStatus.LATE else STATUS_COLOURS[ClockStatus.MET]
        drawing.add(Circle(scale.x(clock.met_at), y + 4.5, 2.4, fillColor=colour, strokeColor=colors.white,
                           strokeWidth=0.4))


def _instant_mark(drawing: Drawing, x: float, y: float, colour) -> None:
    """A rule broken at one instant (questioned without the lawyer asked for) is a mark there, not a bar:
    nothing about it runs on until the release."""
    drawing.add(Polygon([x, y, x + 3.5, y + 4.5, x, y + 9, x - 3.5, y + 4.5], fillColor=colour, strokeColor=colors.white,
                        strokeWidth=0.4))


def _red_bar(drawing: Drawing, left: float, right: float, y: float) -> None:
    drawing.add(Rect(left, y + 1.5, max(right - left, 1.5), 6, fillColor=BREACH_RED, strokeColor=None))


def _legend(drawing: Drawing, labels: Labels, y: float) -> None:
    x = LABEL_WIDTH
    for key in ("legend_due", "legend_met", "legend_breach", "legend_instant"):
        if key == "legend_met":
            drawing.add(Circle(x + 5, y + 4.5, 2.4, fillColor=STATUS_COLOURS[ClockStatus.MET], strokeColor=None))
        elif key == "legend_instant":
            _instant_mark(drawing, x + 5, y, BREACH_RED)
        else:
            fill = DUE_FILL if key == "legend_due" else BREACH_RED
            drawing.add(Rect(x, y + 1.5, 10, 6, fillColor=fill, strokeColor=None))
        text = labels.text(key)
        drawing.add(String(x + 13, y + 2, text, fontName=SANS, fontSize=6.5, fillColor=MUTED))
        x += 13 + stringWidth(text, SANS, 6.5) + 14
