"""The whereabouts desk's answer, in the asker's language: a text the operator reads out or sends, and the
same text on one printed page. Both are laid out from the one WhereaboutsReport, which holds nothing
beyond what article 18 of the Enforced Disappearance Convention names."""
from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.labels import Labels
from printing.layout import Output, build_pdf, esc, styles
from register.reports import WhereaboutsReport
from register.timeutil import format_local


def answer_lines(report: WhereaboutsReport, lang: str) -> list[str]:
    """The answer as sentences, one a line: what the operator reads out."""
    labels = Labels(lang)
    tz = report.timezone
    if report.outcome == "not_found":
        return [labels.text("wb_not_found", query=report.query), labels.text("wb_not_found_advice")]
    if report.outcome == "refused":
        return [labels.text("wb_refused")]
    unknown = labels.text("wb_not_recorded")
    person = (labels.text("wb_person", name=report.person_name, born=report.birth_date.isoformat())
              if report.birth_date else report.person_name)
    lines = []
    if report.outcome == "held" and report.current:
        place = report.current
        lines.append(labels.text("wb_held", person=person, facility=place.name,
                                 since=format_local(place.arrived_at, tz)))
        lines.append(labels.text("wb_contact", address=place.address or unknown, telephone=place.telephone or unknown))
    elif report.outcome == "released":
        lines.append(labels.text("wb_released", person=person, at=format_local(report.released_at, tz)))
        if report.released_to:
            lines.append(labels.text("wb_released_to", to=report.released_to))
    lines.append(labels.text("wb_deprived", at=format_local(report.apprehended_at, tz) if report.apprehended_at
                             else unknown, place=report.apprehension_place or unknown,
                             authority=report.ordering_authority or unknown))
    if report.places:
        lines.append(labels.text("wb_places"))
        for number, place in enumerate(report.places, start=1):
            start = format_local(place.arrived_at, tz)
            lines.append(labels.text("wb_place_from_to", n=number, facility=place.name, start=start,
                                     end=format_local(place.left_at, tz)) if place.left_at else
                         labels.text("wb_place_from", n=number, facility=place.name, start=start))
    return lines


def answer_text(report: WhereaboutsReport, lang: str) -> str:
    """The answer to send (a message, an e-mail): the sentences, then who answered and the inquiry's No."""
    labels = Labels(lang)
    return "\n".join([*answer_lines(report, lang), "", _answered(report, labels)])


def write_whereabouts_pdf(report: WhereaboutsReport, lang: str, out: Output) -> None:
    """One page: the register, the title, who asked about whom, the answer, who answered."""
    labels = Labels(lang)
    st = styles()
    story: list[Flowable] = [
        Paragraph(esc(labels.register_name(report.register_name)), st.small),
        Paragraph(esc(labels.text("wb_title")), st.title),
        Paragraph(esc(labels.text("wb_asked_by", name=report.asker_name, relation=report.asker_relation)), st.body),
        Paragraph(esc(labels.text("wb_about", query=report.query)), st.body),
        Spacer(0, 8),
        *(Paragraph(esc(line), st.body) for line in answer_lines(report, lang)),
        Spacer(0, 12),
        Paragraph(esc(_answered(report, labels)), st.small),
    ]
    footer = (f"{labels.register_name(report.register_name)} · {labels.text('wb_title')}",
              labels.text("printed", at=format_local(report.answered_at, report.timezone), who=labels.printer(report.answered_by)))
    build_pdf(out, story, title=labels.text("wb_title"), footer=footer, labels=labels)


def _answered(report: WhereaboutsReport, labels: Labels) -> str:
    return labels.text("wb_answered", who=labels.printer(report.answered_by), at=format_local(report.answered_at, report.timezone),
                       id=report.inquiry_id)
