"""The written notice of rights handed to a detainee, in a language they understand.

Texts live in resources/rights/<lang>.toml, one file per language, so adding a
language is adding a file. Every figure and deadline name comes from the rule
profile: a limit sentence names its rules (`{hours[custody-limit]}`,
`{minors[custody-limit]}`) and is left out when the profile has no such rule; the
personal deadlines are the custody's open clocks under the profile's deadline wording.
"""
from __future__ import annotations

import tomllib
from datetime import datetime
from functools import lru_cache
from typing import Any, Iterable, Mapping

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from printing.fonts import SANS, SANS_BOLD, cjk_markup, register_fonts
from printing.labels import LANGUAGES, Labels
from printing.layout import GRID, Output, build_pdf, content_width, esc, figure_minutes, plain_table, styles
from register.domain import OPEN_STATUSES, Custody, Facility, Person, RuleClock, RuleInfo
from register.reports import RightsNotice
from register.timeutil import format_local
from resources import RESOURCES

RIGHTS = RESOURCES / "rights"


def _para(markup: str, style: ParagraphStyle, **options: Any) -> Paragraph:
    """A paragraph of the notice; Chinese characters (a zh notice, or a name in hanzi) in the Chinese face."""
    return Paragraph(cjk_markup(markup), style, **options)


def available_languages() -> tuple[str, ...]:
    """Every language with a rights text file, e.g. ('en', 'kk', 'ru')."""
    return tuple(sorted(path.stem for path in RIGHTS.glob("*.toml")))


@lru_cache(maxsize=None)
def rights_text(lang: str) -> Mapping[str, Any]:
    path = RIGHTS / f"{lang}.toml"
    if not path.is_file():
        raise ValueError(f"no rights notice in {lang!r}; available: {', '.join(available_languages())}")
    with path.open("rb") as handle:
        return tomllib.load(handle)


def write_rights_notice(notice: RightsNotice, lang: str, out: Output) -> None:
    """Print the one-page notice of rights, with signature lines, to a path or a binary stream."""
    person, custody, facility, register_name = notice.person, notice.custody, notice.facility, notice.register_name
    text = rights_text(lang)
    clocks = list(notice.clocks)
    infos = {i.id: i for i in (*(c.info for c in clocks if c.info), *notice.rules)}  # the profile's own win
    tz_name = facility.timezone if facility else notice.timezone
    st = _notice_styles()
    header = text["header"]
    labels = Labels(lang if lang in LANGUAGES else "en")
    printed = header["printed"].format(at=format_local(notice.printed_at, tz_name), who=labels.printer(notice.printed_by))
    story: list[Flowable] = [
        _para(esc(f"{labels.register_name(register_name)} · {printed}"), st["small"]),
        _para(esc(text["title"]), st["title"]),
        _header_table(person, custody, facility, notice.apprehended_at, tz_name, header, st),
        Spacer(0, 4),
        _para(esc(text["intro"].format(name=person.full_name)), st["body"]),
    ]
    values = {"grounds": custody.grounds, "ordering_authority": custody.ordering_authority}
    for number, right in enumerate(text["rights"], start=1):
        story.append(_para(f"<b>{number}. {esc(right['heading'])}.</b> {esc(right['text'].format(**values))}",
                               st["body"]))
    limits = text["limits"]
    story.append(_para(f"<b>{esc(limits['heading'])}</b>", st["heading"]))
    story += [_para(esc(item), st["bullet"], bulletText="•") for item in _limits(limits["items"], infos, notice.age_of_majority)]
    ahead, passed = _deadlines(clocks, text, lang, tz_name, notice.printed_at)
    for heading, lines in ((limits["yours"], ahead), (limits["passed"], passed)):
        if lines:
            story.append(_para(f"<b>{esc(heading)}</b> {esc('; '.join(lines))}.", st["body"]))
    story.append(KeepTogether(_signature_block(text, lang, st)))
    footer = (f"{labels.register_name(register_name)} · {header['custody']} {custody.id} · {printed}",
              f"{text['title']} · {person.full_name}")
    # The footer's page label is only needed in the catalogue's languages; other languages print it in English.
    build_pdf(out, story, title=text["title"], footer=footer, labels=labels)


def _limits(items: Iterable[str], infos: Mapping[str, RuleInfo], majority: int) -> list[str]:
    """The limit sentences with the profile's figures in hours; a sentence about a rule the profile
    does not have is left out rather than printed with another jurisdiction's figure."""
    hours = {i.id: _hours(i.figure) for i in infos.values() if _hours(i.figure)}
    minors = {i.id: _hours(i.minors_figure or i.figure) for i in infos.values() if _hours(i.minors_figure or i.figure)}
    printed = []
    for item in items:
        try:
            printed.append(item.format(hours=hours, minors=minors, majority=majority))
        except KeyError:
            continue
    return printed


def _hours(figure: str | None) -> str | None:
    """A figure in hours as a person reads it: "3", "1.5"; None for rules that fire at once."""
    minutes = figure_minutes(figure)
    if not minutes:
        return None
    return str(minutes // 60) if minutes % 60 == 0 else f"{minutes / 60:g}"


def _deadlines(clocks: list[RuleClock], text: Mapping[str, Any], lang: str, tz_name: str,
               printed_at: datetime) -> tuple[list[str], list[str]]:
    """The open clocks under the profile's deadline wording, those still ahead at the print and those that
    had passed, so a passed deadline is never read as one to wait for."""
    ahead, passed = [], []
    for clock in sorted((c for c in clocks if c.status in OPEN_STATUSES and c.info), key=lambda c: c.due_at):
        wording = deadline_wording(clock.info, text, lang)
        if wording:
            (ahead if clock.due_at > printed_at else passed).append(f"{wording} — {format_local(clock.due_at, tz_name)}")
    return ahead, passed


def deadline_wording(info: RuleInfo, text: Mapping[str, Any], lang: str) -> str | None:
    """A rule's deadline in the notice's language: the profile's own wording in it; else the language file's
    translation of the profile's English wording (`[deadline_titles.wording]`, keyed by that English, so a
    profile that words a deadline otherwise is not given a translation of something else); else the English
    marked as English in the notice's language (`in_english`), so the reader sees it was not translated."""
    if info.deadlines.get(lang):
        return info.deadlines[lang]
    english = info.deadline("en")
    if not english:
        return None
    own = text.get("deadline_titles", {})
    translated = own.get("wording", {}).get(english)
    return translated or f"{english} {own.get('in_english', '(English)')}"


def _header_table(person: Person, custody: Custody, facility: Facility | None, apprehended_at: datetime | None,
                  tz_name: str, header: Mapping[str, str], st: Mapping[str, ParagraphStyle]) -> Table:
    unknown = header["unknown"]
    cells = [
        (header["person"], person.full_name),
        (header["birth_date"], person.birth_date.isoformat() if person.birth_date else unknown),
        (header["custody"], custody.id),
        (header["facility"], facility.name if facility else unknown),
        (header["apprehended"], format_local(apprehended_at, tz_name) if apprehended_at else unknown),
    ]
    rows = [[_para(esc(k), st["label"]), _para(esc(v), st["body"])] for k, v in cells]
    width = content_width()
    return plain_table(rows, [width * 0.28, width * 0.72],
                       [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


def _signature_block(text: Mapping[str, Any], lang: str, st: Mapping[str, ParagraphStyle]) -> list[Flowable]:
    signatures = text["signatures"]
    line = "_" * 34
    rows = [[_para(esc(signatures[key]), st["small"]), _para(line, st["body"]),
             _para(esc(signatures["datetime"]), st["small"]), _para("_" * 18, st["body"])]
            for key in ("detainee", "officer", "interpreter", "refused")]
    width = content_width()
    table = plain_table(rows, [width * 0.3, width * 0.36, width * 0.14, width * 0.2],
                        [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 5)])
    statement = signatures["statement"].format(language=text["language_name"])
    return [Spacer(0, 6), _para(f"<b>{esc(statement)}</b>", st["body"]), table]


@lru_cache(maxsize=1)
def _notice_styles() -> dict[str, ParagraphStyle]:
    """Slightly larger than the timeline's: the notice is read by the detainee, often in poor light."""
    register_fonts()
    base = styles().body
    body = ParagraphStyle("notice_body", base, fontSize=8.4, leading=10.5, spaceAfter=2)
    return {
        "title": ParagraphStyle("notice_title", styles().title, fontSize=14, leading=17, spaceAfter=4),
        "heading": ParagraphStyle("notice_heading", body, fontName=SANS_BOLD, spaceBefore=3),
        "body": body,
        "bullet": ParagraphStyle("notice_bullet", body, leftIndent=10, bulletIndent=2, spaceAfter=1,
                                 bulletFontName=SANS),
        "label": ParagraphStyle("notice_label", body, fontName=SANS_BOLD),
        "small": styles().small,
    }
