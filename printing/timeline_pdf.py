"""One custody's printed timeline: the evidence document for courts, monitors, detainees and lawyers."""
from __future__ import annotations

from typing import Sequence

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from printing.event_text import EventWords
from printing.fonts import MONO, SANS_BOLD
from printing.labels import Labels
from printing.layout import (BREACH_RED, STATUS_COLOURS, Output, badge, build_pdf, coloured, content_width,
                             duration, esc, grid_table, para, styles, time_limit, wrapped)
from printing.time_axis import custody_axis
from printing.verification import hash_markup, verification_block
from register.domain import BREACH_STATUSES, ChainStamp, ClockStatus, Event, RuleClock
from register.overdue import overdue_minutes
from register.printout import PREFIX
from register.reports import CustodyFacts, TimelineReport
from register.risk import safety_facts
from register.timeline import CustodyTimeline
from register.timeutil import elapsed_minutes, format_local


def write_timeline_pdf(report: TimelineReport, lang: str, out: Output) -> None:
    """Print the timeline as an A4 PDF to a path or a binary stream."""
    labels = Labels(lang)
    timeline = report.timeline
    words = EventWords(labels, timeline.timezone, timeline.facilities, {e.id: e for e in timeline.events})
    st = styles()
    story: list[Flowable] = [
        Paragraph(esc(labels.register_name(report.register_name)), st.small),
        Paragraph(f"{esc(labels.text('timeline_title'))} · {esc(labels.text('custody_no'))} "
                  f"{esc(timeline.custody.id)}", st.title),
        _header_table(report, words),
        Spacer(0, 2),
        Paragraph(esc(labels.text("time_zone", zone=timeline.timezone)), st.small),
        Paragraph(esc(labels.text("time_axis")), st.heading),
        custody_axis(timeline, report.clocks, report.rules, labels, report.printed_at, content_width()),
        Paragraph(esc(labels.text("events")), st.heading),
        _event_table(report, words),
        CondPageBreak(HEADING_WITH_A_ROW),  # never the heading alone at a page's foot
        Paragraph(esc(labels.text("clocks")), st.heading),
        _clock_table(report, words),
        Spacer(0, 4),
        *verification_block(timeline.custody.id, _printed_records(report), report.stamps, report.chain_head,
                            labels, report.evidence),
    ]
    footer = (f"{labels.register_name(report.register_name)} · {labels.text('custody_no')} {timeline.custody.id}",
              labels.text("printed", at=format_local(report.printed_at, timeline.timezone), who=labels.printer(report.printed_by)))
    build_pdf(out, story, title=f"{labels.text('timeline_title')} {timeline.custody.id}", footer=footer,
              labels=labels)


def _printed_records(report: TimelineReport) -> list[tuple[str, str]]:
    """The hash rows: the events first, numbered and ordered as the events table shows them, then the person,
    the custody and the facilities, so every hash names what the reader sees on the page."""
    timeline = report.timeline
    events = [(str(number), event.id) for number, event in enumerate(_events_in_order(timeline), start=1)]
    others = [timeline.person.id, timeline.custody.id, *dict.fromkeys(s.facility for s in timeline.stays)]
    return events + [("", record_id) for record_id in others]


def _events_in_order(timeline: CustodyTimeline) -> list[Event]:
    """Every recorded event, corrections included, in corrected time order: the events table's rows."""
    effective = {e.id: e for e in timeline.effective}
    return sorted(timeline.events, key=lambda e: (effective.get(e.id, e).at, e.seq or 0, e.recorded_at))


def _header_table(report: TimelineReport, words: EventWords):
    labels, st = words.labels, styles()
    timeline, facts = report.timeline, report.facts
    person = timeline.effective_person
    age = facts.age
    safety = safety_facts(timeline)
    badges = [badge(labels.value("marker", code).replace("{minutes}", str(safety.check_interval_minutes or "")),
                    RISK_ORANGE) for code in safety.markers]
    if facts.is_minor:
        badges.append(badge(labels.text("minor"), BREACH_RED))
    if facts.is_foreign_national:
        badges.append(badge(labels.text("foreign_national"), STATUS_COLOURS[ClockStatus.FLAGGED]))
    status_changes = [e for e in timeline.effective if e.type == "status_change"]
    status = status_changes[-1].get("procedural_status") if status_changes else timeline.custody.procedural_status
    apprehension, release = timeline.apprehension, timeline.release
    unknown = labels.text("unknown")
    pairs = [
        (labels.text("person"), f"<b>{esc(person.full_name)}</b> ({esc(person.id)}) {' '.join(badges)}"),
        (labels.field("birth_date"), esc(person.birth_date.isoformat() if person.birth_date else unknown)),
        (labels.text("age_at_apprehension"), esc(labels.text("years", n=age) if age is not None else unknown)),
        (labels.field("citizenship"), esc(person.citizenship or unknown)),
        (labels.field("languages"), esc(", ".join(person.languages) or unknown)),
        (labels.field("procedural_status"), esc(labels.value("procedural_status", status))),
        (labels.text("grounds"), esc(timeline.custody.grounds)),
        (labels.text("ordering_authority"), esc(timeline.custody.ordering_authority)),
        (labels.text("apprehended"), esc(words.time(apprehension.at) if apprehension else unknown)),
        (labels.text("released"), esc(words.time(release.at) if release else labels.text("still_held"))),
    ]
    if timeline.custody.agency:
        pairs.append((labels.text("agency"), esc(timeline.custody.agency)))
    if safety.vulnerabilities:
        pairs.append((labels.field("vulnerabilities"), esc("; ".join(safety.vulnerabilities))))
    rows = [[para(esc(k), st.cell_bold), para(v)] for k, v in pairs]
    width = content_width()
    return grid_table(rows, [width * 0.27, width * 0.73], repeat_header=False,
                      extra=[("BACKGROUND", (0, 0), (-1, 0), None), ("BACKGROUND", (0, 0), (0, -1), "#f3f5f8")])


RISK_ORANGE = colors.HexColor("#b35900")  # the desktop's marker colour
HEADING_WITH_A_ROW = 250  # points: the clocks' heading, their table's header and a first row with a long basis
EVENT_COLUMNS = (24, 80, 82, None, 110, 56)  # None: the rest of the width
# Wide enough for the longest word of each column in ru/kk: "немедленно", "(UTC+05:00)", "Орындалды", "опозданием", "Просрочка".
CLOCK_COLUMNS = (86, 56, 55, 55, 60, 62, 54, None)


def _widths(columns: tuple[float | None, ...]) -> list[float]:
    rest = content_width() - sum(w for w in columns if w)
    return [w or rest for w in columns]


def _event_table(report: TimelineReport, words: EventWords):
    """Every recorded event, corrections included, in corrected time order.

    Cells without markup are plain wrapped text: Paragraphs are what makes a long timeline slow.
    """
    labels, st = words.labels, styles()
    timeline = report.timeline
    effective = {e.id: e for e in timeline.effective}
    recorded = _events_in_order(timeline)
    header = [para(esc(labels.text(k)), st.cell_bold) for k in ("col_no", "col_time", "col_event", "col_details",
                                                                 "col_recorded", "col_chain")]
    stay_kinds = {stay.arrival.id: stay.kind for stay in timeline.stays}
    widths = _widths(EVENT_COLUMNS)
    rows, extra = [header], [("FONT", (2, 1), (2, -1), SANS_BOLD, 7.5, 9.3)]
    for number, event in enumerate(recorded, start=1):
        current = effective.get(event.id, event)
        rows.append([str(number), _time_cell(event, current, words),
                     _type_cell(event, current, labels, stay_kinds.get(event.id), widths[2]),
                     para(words.details(event, current)),
                     _recorded_cell(event, current, words, widths[4], report.facts),
                     _chain_cell(report.stamps.get(event.id))])
        if event.type == "correction" or current != event:
            extra.append(("BACKGROUND", (0, number), (-1, number), "#fff6e0"))
    return grid_table(rows, widths, extra=extra)


def _chain_cell(stamp: ChainStamp | None) -> str | Paragraph:
    """The event's chain No. and the highlighted start of its hash: the same as its row in the hash list."""
    if stamp is None:
        return "—"
    return para(f'{stamp.seq}<br/><font name="{MONO}" size="6.5">{hash_markup(stamp.hash[:PREFIX])}</font>')


def _time_cell(event: Event, current: Event, words: EventWords) -> str | Paragraph:
    text = words.time(current.at).replace(" (", "\n(")
    if current.at == event.at:
        return text
    return para(f"{esc(text).replace(chr(10), '<br/>')}<br/><font color=\"#555555\">"
                f"{esc(words.labels.text('originally'))}: <strike>{esc(words.time(event.at))}</strike></font>")


def _type_cell(event: Event, current: Event, labels: Labels, stay_kind: str | None,
               width: float) -> str | Paragraph:
    """The event type; an arrival also says whether it was the first, a transfer or a return (rules differ)."""
    text = labels.event(event.type)
    if stay_kind:
        text += f" ({labels.value('stay', stay_kind)})"
    if event.type == "correction" or current == event:
        return wrapped(text, width, SANS_BOLD)
    return para(f"<b>{esc(text)}</b><br/>{badge(labels.text('corrected'), STATUS_COLOURS[ClockStatus.FLAGGED])}")


def _recorded_cell(event: Event, current: Event, words: EventWords, width: float,
                   facts: CustodyFacts) -> str | Paragraph:
    labels = words.labels
    text = f"{event.recorded_by or labels.text('unknown')}\n{words.time(event.recorded_at)}"
    if not facts.entered_late(event, current.at):
        return wrapped(text, width)
    delay = duration(elapsed_minutes(current.at, event.recorded_at), labels)
    return para(f"{esc(text).replace(chr(10), '<br/>')}<br/>"
                f"{coloured(labels.text('late_entry', delay=delay), BREACH_RED)}")


def _clock_figure(clock: RuleClock, labels: Labels) -> str:
    """The limit that applied to this occurrence (24 h for a minor even where the profile says 48 h)."""
    if clock.severity != "breach":
        return "—"
    return time_limit(elapsed_minutes(clock.trigger_at, clock.due_at), labels)


def _overdue(clock: RuleClock, report: TimelineReport, labels: Labels, width: float) -> str:
    """The overdue time as of the print, counted as the desktop's chip counts it."""
    minutes = overdue_minutes(clock, report.printed_at)
    return wrapped(duration(minutes, labels), width) if minutes else "—"


def _clock_table(report: TimelineReport, words: EventWords):
    labels, st = words.labels, styles()
    clocks: Sequence[RuleClock] = sorted(report.clocks, key=lambda c: (c.trigger_at, c.due_at, c.rule))
    if not clocks:
        return Paragraph(esc(labels.text("no_clocks")), st.body)
    keys = ("col_rule", "col_figure", "col_trigger", "col_due", "col_met", "col_status", "col_overdue", "col_basis")
    widths = _widths(CLOCK_COLUMNS)
    rows, extra = [[para(esc(labels.text(k)), st.cell_bold) for k in keys]], []
    for number, clock in enumerate(clocks, start=1):
        info = clock.info or report.rules.get(clock.rule)
        title = info.title(labels.lang) if info else clock.rule
        if clock.details:
            title += f" ({labels.sentence(clock.details)})"
        colour = STATUS_COLOURS[clock.status]
        rows.append([
            wrapped(title, widths[0]),
            wrapped(_clock_figure(clock, labels), widths[1]),
            wrapped(words.time(clock.trigger_at), widths[2]),
            wrapped(words.time(clock.due_at), widths[3]),
            wrapped(words.time(clock.met_at), widths[4]) if clock.met_at else "—",
            para(coloured(labels.value("status", clock.status), colour)),
            _overdue(clock, report, labels, widths[6]),
            para(esc(info.basis_in(labels.lang) if info else clock.basis), st.small),
        ])
        if clock.status in BREACH_STATUSES:
            extra.append(("BACKGROUND", (0, number), (-1, number), "#fbe5e2"))
    return grid_table(rows, widths, extra=extra)
