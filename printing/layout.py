"""What every printout shares: styles, status colours, wording of durations and the 'page N of M' footer."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache
from os import PathLike
from typing import BinaryIO, Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from printing.archival import archival
from printing.fonts import MONO, SANS, SANS_BOLD, draw_mixed, register_fonts
from printing.labels import Labels, catalogue
from register.domain import ClockStatus

Output = str | PathLike | BinaryIO

STATUS_COLOURS = {
    ClockStatus.RUNNING: colors.HexColor("#1f5fa8"),
    ClockStatus.MET: colors.HexColor("#1e7b34"),
    ClockStatus.LATE: colors.HexColor("#c0392b"),
    ClockStatus.BREACHED: colors.HexColor("#c0392b"),
    ClockStatus.LAPSED: colors.HexColor("#6b6b6b"),
    ClockStatus.FLAGGED: colors.HexColor("#b9770e"),
}
BREACH_RED = colors.HexColor("#c0392b")
GRID = colors.HexColor("#b8b8b8")
HEADER_FILL = colors.HexColor("#e8ecf1")
MUTED = colors.HexColor("#555555")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    mono: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11.5)
    return Styles(
        title=ParagraphStyle("title", body, fontName=SANS_BOLD, fontSize=15, leading=19, spaceAfter=2),
        heading=ParagraphStyle("heading", body, fontName=SANS_BOLD, fontSize=11, leading=14,
                               spaceBefore=9, spaceAfter=4),
        body=body,
        small=ParagraphStyle("small", body, fontSize=7.5, leading=9.5, textColor=MUTED),
        cell=ParagraphStyle("cell", body, fontSize=7.5, leading=9.3),
        cell_bold=ParagraphStyle("cell_bold", body, fontName=SANS_BOLD, fontSize=7.5, leading=9.3),
        mono=ParagraphStyle("mono", body, fontName=MONO, fontSize=6.5, leading=8.5),
    )


def prepare_printing() -> None:
    """Load the fonts and the printed words before the first print instead of in it: ReportLab parses each
    DejaVu file, a quarter of a second that an officer's first printout would otherwise wait for."""
    styles()
    catalogue()


def esc(value: object) -> str:
    """Text from the register made safe for Paragraph markup (a '<' in a name must not break the page)."""
    return escape(str(value))


def para(markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(markup, style or styles().cell)


def coloured(text: str, colour: colors.Color, bold: bool = True) -> str:
    inner = f"<b>{esc(text)}</b>" if bold else esc(text)
    return f'<font color="{colour.hexval()}">{inner}</font>'


def badge(text: str, colour: colors.Color) -> str:
    """A short coloured marker inside a Paragraph (MINOR, LATE ENTRY...)."""
    return f'<font backColor="{colour.hexval()}" color="white"><b>&nbsp;{esc(text)}&nbsp;</b></font>'


def duration(minutes: int, labels: Labels) -> str:
    """Elapsed time as people read it: '2 h 05 min', '1 d 3 h'."""
    minutes = max(0, int(minutes))
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    d, h, m = labels.text("day"), labels.text("hour"), labels.text("minute")
    if days:
        return f"{days} {d} {hours} {h}" if hours else f"{days} {d}"
    if hours:
        return f"{hours} {h} {mins:02d} {m}" if mins else f"{hours} {h}"
    return f"{mins} {m}"


_ISO_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$")


def figure_minutes(iso: str | None) -> int | None:
    """Minutes of a simple ISO 8601 duration (P1D, PT3H, PT30M); None when absent or not that simple."""
    match = _ISO_DURATION.match(iso or "")
    if not iso or not match:
        return None
    days, hours, mins = (int(g or 0) for g in match.groups())
    return days * 1440 + hours * 60 + mins


def time_limit(minutes: int, labels: Labels) -> str:
    """A legal time limit in words as the law states it ('24 h', not '1 d'; 'immediate' for zero)."""
    if minutes == 0:
        return labels.text("immediate")
    if minutes % 60 == 0 and minutes <= 72 * 60:
        return f"{minutes // 60} {labels.text('hour')}"
    return duration(minutes, labels)


def wrapped(text: str, width: float, font: str = SANS, size: float = 7.5) -> str:
    """Plain text broken into lines that fit a cell: far cheaper than a Paragraph where no markup is needed."""
    return "\n".join(simpleSplit(text, font, size, width - 6))  # 6: the cell's left and right padding


def fit_text(text: str, width: float, font: str, size: float) -> str:
    """Shorten a label with an ellipsis so it never runs outside its box."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…" if text else ""


def plain_table(rows: Sequence[Sequence[object]], widths: Sequence[float], commands: Sequence[tuple] = (),
                repeat_rows: int = 0) -> Table:
    """A Table whose cells default to DejaVu: ReportLab's default would put Helvetica on the page."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=repeat_rows)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 7.5, 9.3), *commands]))
    return table


def grid_table(rows: Sequence[Sequence[object]], widths: Sequence[float], extra: Sequence[tuple] = (),
               repeat_header: bool = True) -> Table:
    """A table with a shaded header row and a light grid, split across pages with the header repeated."""
    return plain_table(rows, widths, repeat_rows=1 if repeat_header else 0, commands=[
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *extra,
    ])


def _numbered_canvas(footer_lines: Sequence[str], page_label: Callable[[int, int], str]) -> type[canvas.Canvas]:
    """A canvas that holds pages back until the end, so each footer can say 'page N of M'."""

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # Without this every page still names Helvetica, the canvas's default, in its resources.
            super().__init__(*args, **{**kwargs, "initialFontName": SANS})
            self._held_pages: list[dict] = []

        def showPage(self):
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(15 * mm, 12 * mm, width - 15 * mm, 12 * mm)
            self.setFont(SANS, 7)
            self.setFillColor(MUTED)
            label = page_label(number, total)
            room = width - 30 * mm - stringWidth(label, SANS_BOLD, 7.5) - 12
            for line_no, text in enumerate(footer_lines):
                draw_mixed(self, 15 * mm, 8.5 * mm - line_no * 8, fit_text(text, room, SANS, 7), SANS, 7)
            self.setFont(SANS_BOLD, 7.5)
            self.drawRightString(width - 15 * mm, 8.5 * mm, label)
            self.restoreState()

    return NumberedCanvas


def build_pdf(out: Output, story: list[Flowable], *, title: str, footer: Sequence[str], labels: Labels,
              pagesize: tuple[float, float] = A4) -> None:
    """Lay the story out on pages with the shared margins and footer lines, as PDF/A-2b; `out` is a path or a binary stream."""
    register_fonts()
    laid_out = io.BytesIO()
    doc = SimpleDocTemplate(laid_out, pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=18 * mm, title=title, author=footer[-1],
                            lang=labels.lang)

    def page_label(number: int, total: int) -> str:
        return labels.text("page_of", page=number, total=total)

    doc.build(story, canvasmaker=_numbered_canvas(footer, page_label))
    document = archival(laid_out.getvalue(), title=title, author=footer[-1], lang=labels.lang)
    if hasattr(out, "write"):
        out.write(document)
    else:
        with open(out, "wb") as target:
            target.write(document)


def content_width(pagesize: tuple[float, float] = A4) -> float:
    return pagesize[0] - 30 * mm
