"""The custody's time axis on screen: where the person was, what happened when, each time limit against it.

It draws what the printed axis draws (printing/time_axis.py) and spans the same
stretch of time (`axis_span`), so screen and paper never disagree; on screen the
"now" line moves with the ticker.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from printing.labels import Labels
from printing.time_axis import axis_span, clock_rows
from register.domain import BREACH_STATUSES, ClockStatus, RuleClock
from register.timeline import CustodyTimeline
from register.timeutil import format_local, to_local
from ui.desktop.clock_chips import short_title
from ui.desktop.i18n import current_language
from ui.desktop.texts import Retranslating, tr_args

LABEL_WIDTH = 170
SCALE_HEIGHT = 34
ROW = 22
MARGIN = 8
STEPS_HOURS = (1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720)
STAY_FILLS = ("#b9d3f0", "#c4e3bb", "#f0d9b0", "#d6c6ea", "#efc1cb")
DUE_FILL = QColor(91, 143, 214, 110)
DUE_LINE = QColor("#1f5fa8")
BREACH = QColor("#c62828")
MET = QColor("#2e7d32")
NOW = QColor("#e65100")


@dataclass(frozen=True)
class PaintedLabel:
    """A text as the last paint drew it: its box, what was shown (elided to fit the box) and the whole text,
    which the tooltip at the box gives when the two differ."""
    rect: QRectF
    shown: str
    whole: str


class TimeAxis(Retranslating, QWidget):
    """Paints one custody: a time scale, the location band, event ticks and a row per timed clock."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._timeline: CustodyTimeline | None = None
        self._rows: list[list[RuleClock]] = []
        self._now: datetime | None = None
        self._highlight: str | None = None
        self.labels: list[PaintedLabel] = []  # the row labels, the stays' names and the scale, as last painted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_custody(self, timeline: CustodyTimeline, clocks: Sequence[RuleClock], now: datetime,
                    highlight_rule: str | None = None) -> None:
        self._timeline = timeline
        # One row per rule where occurrences follow each other (the printed axis's rows): a day of cell checks.
        self._rows = clock_rows(sorted((c for c in clocks if c.severity == "breach"),
                                       key=lambda c: (c.trigger_at, c.due_at, c.rule)))
        self._now = now
        self._highlight = highlight_rule
        self.updateGeometry()
        self.update()

    def set_now(self, now: datetime) -> None:
        self._now = now
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, self._rows_top() + ROW * len(self._rows) + MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 200, self.sizeHint().height())

    # ------------------------------------------------------------ geometry

    def _rows_top(self) -> int:
        return SCALE_HEIGHT + 2 * ROW  # scale, location band, event ticks

    def _span(self) -> tuple[datetime, datetime]:
        return axis_span(self._timeline, [c for row in self._rows for c in row], self._now)

    def _closed_at(self) -> datetime:
        return self._timeline.ended_at() or self._now

    def _x(self, instant: datetime, start: datetime, end: datetime) -> float:
        left, right = LABEL_WIDTH, self.width() - MARGIN
        clamped = min(max(instant, start), end)
        return left + (right - left) * (clamped - start).total_seconds() / (end - start).total_seconds()

    # ------------------------------------------------------------ painting

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self._timeline is None or self._now is None:
            return
        start, end = self._span()
        labels = Labels(current_language())
        self.labels = []
        self._paint_scale(painter, start, end)
        self._paint_locations(painter, start, end, SCALE_HEIGHT)
        self._paint_events(painter, start, end, SCALE_HEIGHT + ROW)
        for number, row in enumerate(self._rows):
            for clock in sorted(row, key=lambda c: c.status in BREACH_STATUSES):  # a breach's red label on top
                self._paint_clock(painter, clock, start, end, self._rows_top() + number * ROW)
        self._paint_now(painter, labels, start, end)

    def _text_pen(self, muted: bool = False) -> QPen:
        role = QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.Text
        return QPen(self.palette().color(role))

    def _row_label(self, painter: QPainter, text: str, top: int, colour: QColor | None = None,
                   bold: bool = False) -> None:
        font = QFont(self.font())
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(QPen(colour) if colour is not None else self._text_pen())
        box = QRectF(MARGIN, top, LABEL_WIDTH - 2 * MARGIN, ROW)
        self._draw_elided(painter, box, text, QFontMetrics(font), Qt.AlignmentFlag.AlignLeft)

    def _draw_elided(self, painter: QPainter, box: QRectF, text: str, metrics: QFontMetrics,
                     align: Qt.AlignmentFlag) -> None:
        """`text` in `box`, ending in "…" where it does not fit; remembered for its tooltip."""
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(box.width()))
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | align, elided)
        self.labels.append(PaintedLabel(box, elided, text))

    def _paint_scale(self, painter: QPainter, start: datetime, end: datetime) -> None:
        tz_name = self._timeline.timezone
        hours = (end - start).total_seconds() / 3600
        pixels = max(1, self.width() - LABEL_WIDTH - MARGIN)
        step = next((s for s in STEPS_HOURS if hours / s <= pixels / 90), STEPS_HOURS[-1])
        local_start = to_local(start, tz_name)
        tick = local_start.replace(minute=0, second=0, microsecond=0)
        tick = tick.replace(hour=0) if step >= 24 else tick.replace(hour=tick.hour - tick.hour % step)
        metrics = QFontMetrics(self.font())
        grid = self.palette().color(QPalette.ColorRole.Mid)
        bottom = self.height() - MARGIN
        last_date = None
        taken_until = 0.0  # where the last time written ends: a time never overlaps another nor leaves the widget
        painter.setFont(self.font())
        while tick <= to_local(end, tz_name):
            if tick >= local_start:
                x = self._x(tick, start, end)
                painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, SCALE_HEIGHT - 4), QPointF(x, bottom))
                text = f"{tick:%H:%M}" if tick.date() == last_date else f"{tick:%d.%m} {tick:%H:%M}"
                width = metrics.horizontalAdvance(text)
                left = max(MARGIN, min(x - width / 2, self.width() - MARGIN - width))
                if left >= taken_until:  # else the grid line alone marks this tick
                    painter.setPen(self._text_pen())
                    box = QRectF(left, 0, width, SCALE_HEIGHT - 6)
                    painter.drawText(box, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, text)
                    self.labels.append(PaintedLabel(box, text, text))
                    taken_until = left + width + metrics.horizontalAdvance("  ")
                    last_date = tick.date()
            tick = (tick + timedelta(hours=step)).astimezone(tick.tzinfo)

    def _paint_locations(self, painter: QPainter, start: datetime, end: datetime, top: int) -> None:
        self._row_label(painter, self.tr("Where"), top)
        closed_at = self._closed_at()
        band = QRectF(LABEL_WIDTH, top + 3, self._x(closed_at, start, end) - LABEL_WIDTH, ROW - 6)
        painter.fillRect(band, self.palette().color(QPalette.ColorRole.AlternateBase))
        fills: dict[str, str] = {}
        for stay in self._timeline.stays:
            left = self._x(stay.arrived_at, start, end)
            right = self._x(stay.departure.at if stay.departure else closed_at, start, end)
            fill = fills.setdefault(stay.facility, STAY_FILLS[len(fills) % len(STAY_FILLS)])
            box = QRectF(left, top + 3, max(right - left, 2), ROW - 6)
            painter.fillRect(box, QColor(fill))
            facility = self._timeline.facilities.get(stay.facility)
            name = facility.name if facility else stay.facility
            painter.setPen(QPen(QColor("#000000")))
            inner = box.adjusted(3, 0, -3, 0)
            if len(QFontMetrics(self.font()).elidedText(name, Qt.TextElideMode.ElideRight, int(inner.width()))) > 3:
                self._draw_elided(painter, inner, name, QFontMetrics(self.font()), Qt.AlignmentFlag.AlignLeft)

    def _paint_events(self, painter: QPainter, start: datetime, end: datetime, top: int) -> None:
        self._row_label(painter, self.tr("Events"), top)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2))
        for event in self._timeline.effective:
            x = self._x(event.at, start, end)
            painter.drawLine(QPointF(x, top + 4), QPointF(x, top + ROW - 4))

    def _paint_clock(self, painter: QPainter, clock: RuleClock, start: datetime, end: datetime, top: int) -> None:
        problem = clock.status in BREACH_STATUSES or (clock.status == ClockStatus.RUNNING and self._now > clock.due_at)
        highlighted = clock.rule == self._highlight
        if highlighted:
            band = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            band.setAlpha(70)
            painter.fillRect(QRectF(0, top, self.width(), ROW), band)
        self._row_label(painter, short_title(clock), top, BREACH if problem else None, bold=highlighted)
        trigger_x, due_x = self._x(clock.trigger_at, start, end), self._x(clock.due_at, start, end)
        bar_top, bar_height = top + 6, ROW - 12
        if due_x - trigger_x > 0.5:
            painter.fillRect(QRectF(trigger_x, bar_top, due_x - trigger_x, bar_height), DUE_FILL)
        overdue_until = clock.met_at if clock.status == ClockStatus.LATE else (
            min(self._closed_at(), end) if problem else None)
        if overdue_until is not None:
            right = self._x(overdue_until, start, end)
            painter.fillRect(QRectF(due_x, bar_top, max(right - due_x, 2), bar_height), BREACH)
        painter.setPen(QPen(BREACH if problem else DUE_LINE, 2.5))
        painter.drawLine(QPointF(due_x, top + 2), QPointF(due_x, top + ROW - 2))
        if clock.met_at is not None:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
            painter.setBrush(BREACH if clock.status == ClockStatus.LATE else MET)
            painter.drawEllipse(QPointF(self._x(clock.met_at, start, end), top + ROW / 2), 5, 5)

    def _paint_now(self, painter: QPainter, labels: Labels, start: datetime, end: datetime) -> None:
        closed_at = self._closed_at()
        x = self._x(closed_at, start, end)
        painter.setPen(QPen(NOW, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, SCALE_HEIGHT - 2), QPointF(x, self.height() - MARGIN))
        word = labels.event("release") if self._timeline.ended_at() else self.tr("now")
        painter.setPen(QPen(NOW))
        width = QFontMetrics(self.font()).horizontalAdvance(word)
        painter.drawText(QPointF(min(x + 4, self.width() - MARGIN - width), SCALE_HEIGHT + ROW - 4), word)

    # ------------------------------------------------------------ tooltips

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self._timeline is not None:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPointF) -> str:
        """The whole text of an elided label, the stay (on the location band), the events (on the event row)
        or the clock (on its row) under a point."""
        cut = next((label for label in self.labels if label.shown != label.whole and label.rect.contains(point)), None)
        if cut is not None:
            return cut.whole
        start, end = self._span()
        labels = Labels(current_language())
        tz_name = self._timeline.timezone
        if SCALE_HEIGHT <= point.y() < SCALE_HEIGHT + ROW and point.x() >= LABEL_WIDTH:
            closed_at = self._closed_at()
            for stay in self._timeline.stays:
                until = stay.departure.at if stay.departure else closed_at
                if self._x(stay.arrived_at, start, end) <= point.x() <= self._x(until, start, end):
                    facility = self._timeline.facilities.get(stay.facility)
                    return tr_args(self.tr("%1\nArrived: %2"), facility.name if facility else stay.facility,
                                   format_local(stay.arrived_at, tz_name))
            return ""
        if SCALE_HEIGHT + ROW <= point.y() < self._rows_top():
            near = [e for e in self._timeline.effective if abs(self._x(e.at, start, end) - point.x()) <= 4]
            return "\n".join(f"{format_local(e.at, tz_name)}  {labels.event(e.type)}" for e in near)
        row = int((point.y() - self._rows_top()) // ROW)
        if point.y() >= self._rows_top() and 0 <= row < len(self._rows):
            started = [c for c in self._rows[row] if self._x(c.trigger_at, start, end) <= point.x()]
            clock = started[-1] if started else self._rows[row][0]
            return tr_args(self.tr("%1\nStarted: %2\nDue: %3\nStatus: %4"), clock.title(labels.lang),
                           format_local(clock.trigger_at, tz_name), format_local(clock.due_at, tz_name),
                           labels.value("status", clock.status))
        return ""

    def retranslate(self) -> None:
        self.update()  # the labels are painted in the current language
