"""Clock chips: one coloured chip per open legal clock, counting down against the ticker's now.

Green while running, amber from the rule's warning threshold (RuleClock.warn_at),
red once due. The engine judged the clock when the row was read; between reads
the chip only compares `now` with the clock's own due and warning times.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Mapping

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from register.domain import OPEN_STATUSES, ClockStatus, RuleClock, RuleInfo
from register.overdue import overdue_minutes
from register.timeutil import format_local
from ui.desktop.i18n import current_language
from ui.desktop.texts import tr_args

ChipsRole = Qt.ItemDataRole.UserRole + 10


class Level(Enum):
    OK = "ok"
    WARN = "warn"
    BREACH = "breach"


# Background and text colours, readable on light and dark palettes alike.
COLOURS = {
    Level.OK: (QColor("#2e7d32"), QColor("#ffffff")),
    Level.WARN: (QColor("#f9a825"), QColor("#000000")),
    Level.BREACH: (QColor("#c62828"), QColor("#ffffff")),
}

WARN_SIGN = "⚠"
BREACH_TEXT = QColor("#e53935")  # red text for problems in tables, on light and dark bases

def short_title(clock: RuleClock) -> str:
    """A clock's short name for a chip or a list, from the profile rule that judged it."""
    return clock.short_title(current_language())


def rule_short_title(rule_id: str, rules: Mapping[str, RuleInfo]) -> str:
    """A rule's short name where only its id is at hand (a filter list): the profile's, else the id."""
    info = rules.get(rule_id)
    return info.short_title(current_language()) if info else rule_id


def format_span(seconds: float) -> str:
    """A duration as an officer says it: '1 d 04 h', '3 h 05 min', '35 min'."""
    minutes = max(0, int(seconds // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return tr_args(QCoreApplication.translate("ClockChips", "%1 d %2 h"), days, f"{hours:02d}")
    if hours:
        return tr_args(QCoreApplication.translate("ClockChips", "%1 h %2 min"), hours, f"{minutes:02d}")
    return tr_args(QCoreApplication.translate("ClockChips", "%1 min"), minutes)


@dataclass(frozen=True)
class Chip:
    rule: str
    label: str
    time_text: str
    level: Level
    tooltip: str


def chip_for(clock: RuleClock, now: datetime, tz_name: str) -> Chip:
    """The chip of one open clock (status running or breached) as of `now`."""
    instant_rule = clock.due_at <= clock.trigger_at
    if clock.status == ClockStatus.RUNNING and now < clock.due_at:
        level = Level.WARN if clock.warn_at is not None and now >= clock.warn_at else Level.OK
        time_text = tr_args(QCoreApplication.translate("ClockChips", "%1 left"),
                            format_span((clock.due_at - now).total_seconds()))
        if level is Level.WARN:  # amber is not the only sign that the time is nearly up
            time_text = f"{WARN_SIGN} {time_text}"
    elif instant_rule:
        level, time_text = Level.BREACH, QCoreApplication.translate("ClockChips", "breached")
    else:
        level = Level.BREACH
        time_text = tr_args(QCoreApplication.translate("ClockChips", "%1 overdue"),
                            format_span(overdue_minutes(clock, now) * 60))
    title = clock.title(current_language())
    tooltip = tr_args(QCoreApplication.translate("ClockChips", "%1\nDue: %2"), title, format_local(clock.due_at, tz_name))
    return Chip(clock.rule, short_title(clock), time_text, level, tooltip)


def open_chips(clocks: tuple[RuleClock, ...] | list[RuleClock], now: datetime, tz_name: str) -> list[Chip]:
    """Chips of the clocks still open, most urgent first: red ones, then by due time."""
    pairs = [(clock, chip_for(clock, now, tz_name)) for clock in clocks if clock.status in OPEN_STATUSES]
    pairs.sort(key=lambda pair: (pair[1].level != Level.BREACH, pair[0].due_at))
    return [chip for _, chip in pairs]


# ---------------------------------------------------------------- painting

PADDING, GAP, RADIUS = 8, 6, 6


def _fonts(base: QFont) -> tuple[QFont, QFont]:
    label = QFont(base)
    time = QFont(base)
    time.setBold(True)
    time.setPointSizeF(base.pointSizeF() * 1.1)
    return label, time


def chip_size(chip: Chip, base: QFont) -> QSize:
    label_font, time_font = _fonts(base)
    label, time = QFontMetrics(label_font), QFontMetrics(time_font)
    width = max(label.horizontalAdvance(chip.label), time.horizontalAdvance(chip.time_text)) + 2 * PADDING
    return QSize(width, label.height() + time.height() + PADDING)


def chips_size(chips: list[Chip], base: QFont) -> QSize:
    sizes = [chip_size(chip, base) for chip in chips]
    if not sizes:
        return QSize(0, 0)
    return QSize(sum(s.width() for s in sizes) + GAP * (len(sizes) + 1), max(s.height() for s in sizes) + GAP)


def more_text(hidden: int) -> str:
    """What stands for the chips that did not fit: '+2'."""
    return f"+{hidden}"


def fitting(chips: list[Chip], width: int, base: QFont) -> int:
    """How many of `chips` (most urgent first) fit in `width`, leaving room for the '+N' of the rest."""
    sizes = [chip_size(chip, base).width() for chip in chips]
    if GAP + sum(size + GAP for size in sizes) <= width:
        return len(chips)
    more_font = _fonts(base)[1]
    shown, x = 0, GAP
    for size in sizes:
        more = QFontMetrics(more_font).horizontalAdvance(more_text(len(chips) - shown - 1)) + 2 * PADDING
        if x + size + GAP + more + GAP > width:
            break
        x += size + GAP
        shown += 1
    return shown


def paint_chips(painter: QPainter, rect: QRect, chips: list[Chip], base: QFont) -> None:
    """Chips left to right, most urgent first, vertically centred in `rect`; when not all of them fit, a
    '+N' in the colour of the most urgent hidden chip says how many more there are (never a silent cut)."""
    label_font, time_font = _fonts(base)
    shown = fitting(chips, rect.width(), base)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    x = rect.left() + GAP
    for chip in chips[:shown]:
        size = chip_size(chip, base)
        box = QRect(x, rect.top() + (rect.height() - size.height()) // 2, size.width(), size.height())
        background, foreground = COLOURS[chip.level]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        painter.setPen(foreground)
        inner = box.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        painter.setFont(label_font)
        painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, chip.label)
        painter.setFont(time_font)
        painter.drawText(inner, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, chip.time_text)
        x += size.width() + GAP
    if shown < len(chips):
        text = more_text(len(chips) - shown)
        height = chip_size(chips[shown], base).height()
        box = QRect(x, rect.top() + (rect.height() - height) // 2,
                    QFontMetrics(time_font).horizontalAdvance(text) + 2 * PADDING, height)
        background, foreground = COLOURS[chips[shown].level]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        painter.setPen(foreground)
        painter.setFont(time_font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class ClockChipDelegate(QStyledItemDelegate):
    """Paints a model's `ChipsRole` (a list of Chip) as a row of chips."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        chips = index.data(ChipsRole) or []
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        paint_chips(painter, option.rect, chips, option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return chips_size(index.data(ChipsRole) or [], option.font)


class ClockChipStrip(QWidget):
    """The chips of one custody, for the timeline's header."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._chips: list[Chip] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def chips(self) -> list[Chip]:
        return list(self._chips)

    def set_chips(self, chips: list[Chip]) -> None:
        self._chips = chips
        self.setToolTip("\n\n".join(chip.tooltip for chip in chips))
        self.setAccessibleDescription("; ".join(f"{chip.label}: {chip.time_text}" for chip in chips))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        size = chips_size(self._chips, self.font())
        return QSize(size.width(), max(size.height(), 8))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        paint_chips(painter, self.rect(), self._chips, self.font())
