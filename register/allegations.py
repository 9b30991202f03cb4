"""Allegations of ill-treatment: each one an item of the prosecutor's inbox, whatever the clocks say.

An examination that finds injuries, and a complaint alleging ill-treatment, must reach the prosecutor
whether or not the 24-hour report was made and whether or not the person is still held (UN Convention
against Torture, art. 12: a prompt and impartial investigation wherever there are reasonable grounds).
The `injury-report-24h` clock says whether the facility reported in time; these items say that there is
something to investigate, and they outlive the custody. Each is an indicator occurrence at the instant
of the examination or complaint (corrections applied), named like a profile rule so the inbox and the
printouts never show its id (docs/contract-extensions.md).
"""
from __future__ import annotations

from register.domain import ClockStatus, RuleClock, RuleInfo
from register.errors import Message
from register.timeline import CustodyTimeline

INJURIES_FOUND = "injuries-found"
ILL_TREATMENT_COMPLAINT = "ill-treatment-complaint"
RULES = (INJURIES_FOUND, ILL_TREATMENT_COMPLAINT)

_BASES = {
    "en": "Extension rule of this register: an allegation of ill-treatment goes to the prosecutor whatever the "
          "custody's clocks say (UN Convention against Torture, arts. 12-13: prompt and impartial investigation)",
    "ru": "Правило расширения реестра: сведения о жестоком обращении направляются прокурору независимо от сроков "
          "задержания (Конвенция ООН против пыток, ст. 12-13: быстрое и беспристрастное расследование)",
    "kk": "Тізілімнің кеңейту ережесі: қатыгездік туралы мәлімет ұстау мерзімдеріне қарамастан прокурорға "
          "жіберіледі (БҰҰ-ның Азаптауға қарсы конвенциясы, 12-13-баптар: жедел әрі бейтарап тергеу)",
}
INFOS = {
    INJURIES_FOUND: RuleInfo(
        INJURIES_FOUND, "indicator",
        {"en": "Injuries found at a medical examination", "ru": "При медицинском осмотре обнаружены телесные "
         "повреждения", "kk": "Медициналық тексеруде дене жарақаттары анықталды"},
        None, _BASES["en"], short_titles={"en": "Injuries found", "ru": "Телесные повреждения",
                                          "kk": "Дене жарақаттары"}, bases=_BASES),
    ILL_TREATMENT_COMPLAINT: RuleInfo(
        ILL_TREATMENT_COMPLAINT, "indicator",
        {"en": "Complaint alleging ill-treatment", "ru": "Жалоба на жестокое обращение",
         "kk": "Қатыгездік туралы шағым"},
        None, _BASES["en"], short_titles={"en": "Ill-treatment complaint", "ru": "Жалоба на насилие",
                                          "kk": "Зорлық туралы шағым"}, bases=_BASES),
}


def allegation_clocks(timeline: CustodyTimeline) -> list[RuleClock]:
    """One flagged occurrence per examination finding injuries and per complaint alleging ill-treatment,
    as the events read after corrections."""
    found = []
    for event in timeline.effective:
        if event.type == "medical_exam" and event.get("injuries") is True:
            rule, details = INJURIES_FOUND, Message("allegation-injuries", report=event.get("report_number") or "—")
        elif event.type == "complaint" and event.get("ill_treatment") is True:
            rule, details = ILL_TREATMENT_COMPLAINT, Message("allegation-complaint")
        else:
            continue
        found.append(RuleClock(timeline.custody.id, timeline.person.id, rule, ClockStatus.FLAGGED, "indicator",
                               event.at, event.at, None, 0, _BASES["en"], details=details, info=INFOS[rule]))
    return found
