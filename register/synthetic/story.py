"""One custody's events, from apprehension to release or remand, in UTC.

A `Plan` says what happens (outcome, transfers, deliberate breaches); `tell`
times it so that a custody without planned breaches meets every rule of the
default profile, and one with a planned breach breaks exactly that safeguard
(plus whatever follows from it, as in reality). Main-line events advance a
cursor, so movements stay consistent; notifications and reports are placed
at absolute times because they do not depend on where the person is.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from register.synthetic.pools import (
    CONSULATES, PersonDraft, RegionFacilities, address, initials_name, officer, relative_name,
)

# Deliberate breaches a plan may carry; each names the failure pattern it reproduces.
LATE_DELIVERY = "late-delivery"
NO_PROTOCOL = "no-protocol"
LATE_PROTOCOL = "late-protocol"
ORAL_RIGHTS = "oral-rights"
WRONG_LANGUAGE = "wrong-language"
NO_RELATIVE_NOTICE = "no-relative-notice"
LATE_MINOR_NOTICE = "late-minor-notice"
MISSING_FOREIGN_NOTICE = "missing-foreign-notice"
LATE_PROSECUTOR_NOTICE = "late-prosecutor-notice"
NO_MEDICAL = "no-medical"
NO_RETURN_RESCREEN = "no-return-rescreen"
INJURY_UNREPORTED = "injury-unreported"
EXAM_NOT_PRIVATE = "exam-not-private"
QUESTIONED_WITHOUT_LAWYER = "questioned-without-lawyer"
MINOR_QUESTIONED_ALONE = "minor-questioned-alone"
OVER_LIMIT = "over-limit"
IRREGULAR_PLACE = "irregular-place"
LATE_REGISTRATION = "late-registration"
VIDEO_MISSING = "video-missing"

BREACHES = (
    LATE_DELIVERY, NO_PROTOCOL, LATE_PROTOCOL, ORAL_RIGHTS, WRONG_LANGUAGE, NO_RELATIVE_NOTICE, LATE_MINOR_NOTICE,
    MISSING_FOREIGN_NOTICE, LATE_PROSECUTOR_NOTICE, NO_MEDICAL, NO_RETURN_RESCREEN, INJURY_UNREPORTED,
    EXAM_NOT_PRIVATE, QUESTIONED_WITHOUT_LAWYER, MINOR_QUESTIONED_ALONE, OVER_LIMIT, IRREGULAR_PLACE,
    LATE_REGISTRATION, VIDEO_MISSING,
)

OUTCOMES = ("investigator_release", "court_release", "other_measure", "remand")
FOREIGN_RECIPIENTS = {
    "consulate": None,  # the person's own consulate, see pools.CONSULATES
    "procurator_general": "Генеральная прокуратура РК",
    "foreign_ministry": "МИД РК",
    "internal_affairs_ministry": "МВД РК",
    "national_security_committee": "КНБ РК",
}
CRIMES = (
    "подозрение в краже (ч. 2 ст. 188 УК РК)", "подозрение в мошенничестве (ст. 190 УК РК)",
    "подозрение в грабеже (ст. 191 УК РК)", "подозрение в причинении вреда здоровью (ст. 107 УК РК)",
    "подозрение в незаконном обороте наркотиков (ст. 296 УК РК)", "подозрение в участии в массовых беспорядках "
    "(ч. 2 ст. 272 УК РК)",
)
OFFENCES = (
    "мелкое хулиганство (ст. 434 КоАП РК)", "противоправные действия в сфере семейно-бытовых отношений "
    "(ст. 73 КоАП РК)", "неповиновение законному требованию сотрудника полиции (ст. 667 КоАП РК)",
    "нарушение порядка проведения мирного собрания (ст. 488 КоАП РК)",
)
GROUNDS = {
    "suspect": "ст. 128 УПК РК: задержание лица, подозреваемого в совершении уголовного правонарушения",
    "administrative": "ст. 786 КоАП РК: административное задержание",
    "brought_in": "ст. 785 КоАП РК: доставление",
}

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
# What a detainee shows and says on admission: bruises from being held and struck, a scraped wrist from cuffs.
INJURIES = (
    {"body_region": "trunk_upper", "side": "back", "injury_type": "bruise", "size": "8 x 4 см",
     "detainee_account": "со слов, ударили дубинкой в служебной машине"},
    {"body_region": "hand_left", "side": "front", "injury_type": "abrasion", "size": "3 x 1 см",
     "detainee_account": "наручники были застёгнуты слишком туго"},
    {"body_region": "head", "side": "front", "injury_type": "swelling", "size": "2 см",
     "detainee_account": "со слов, ударился при задержании"},
    {"body_region": "leg_right", "side": "front", "injury_type": "bruise", "size": "5 x 5 см",
     "detainee_account": "пояснить отказался"},
)


def injury_chart(rng: random.Random) -> list[dict[str, str]]:
    """Two to four injuries of the chart above, in its order."""
    return [dict(mark) for mark in INJURIES[:rng.randint(2, len(INJURIES))]]


@dataclass(frozen=True)
class Plan:
    status: str  # suspect | administrative | brought_in
    outcome: str  # one of OUTCOMES; ignored for brought_in (released within hours)
    target: int  # events wanted when the story runs its full course
    online_court: bool = False
    ivs_transfer: bool = False
    trips: int = 0  # interrogation trips made before anything optional
    lawyer: bool = False
    failed_attempt: bool = False
    injuries: bool = False
    correction: bool = False
    breaches: frozenset[str] = frozenset()
    checks: int = 0  # brought in drunk: cell checks every this many minutes, one of them missed
    child_alone: bool = False  # a child left alone at home at the apprehension
    property: str = ""  # "held": an inventory on arrival; "short": given back at the release with something missing
    force: bool = False  # handcuffed on arrival after resisting, marks on the wrists


@dataclass
class Draft:
    """An event before it has ids and local times."""
    at: datetime
    type: str
    fields: dict[str, Any]
    recorded_by: str
    recorded_at: datetime | None = None
    corrects: Draft | None = None
    id: str = ""


@dataclass
class Story:
    rng: random.Random
    person: PersonDraft
    plan: Plan
    facilities: RegionFacilities
    t: datetime  # the cursor: the time of the latest main-line event
    drafts: list[Draft] = field(default_factory=list)
    here: str | None = None  # facility the person is in; None before arrival and in transit
    clerk: str = ""
    investigator: str = ""
    station: str = ""
    returns: int = 0

    # ---- building blocks -----------------------------------------------------------------------

    def step(self, lo: int, hi: int, type_: str, **fields: Any) -> Draft:
        """A main-line event lo..hi minutes after the previous one."""
        self.t += self.rng.randint(lo, hi) * MINUTE
        return self.side(self.t, type_, **fields)

    def side(self, at: datetime, type_: str, **fields: Any) -> Draft:
        draft = Draft(at, type_, fields, self.clerk)
        self.drafts.append(draft)
        return draft

    def lasting(self, draft: Draft, lo: int, hi: int) -> Draft:
        """Give an event an `until` and move the cursor past it."""
        self.t = draft.at + self.rng.randint(lo, hi) * MINUTE
        draft.fields["until"] = self.t
        return draft

    def arrive(self, lo: int, hi: int, facility: str) -> Draft:
        draft = self.step(lo, hi, "arrival", facility=facility)
        self.here = facility
        self.clerk = f"дежурный {officer(self.rng)}"
        draft.recorded_by = self.clerk
        return draft

    def depart(self, lo: int, hi: int, purpose: str, destination: str) -> Draft:
        self.here = None
        draft = self.step(lo, hi, "departure", purpose=purpose, destination=destination)
        if purpose == "transfer":  # escort and vehicle from a source of their own: the rest of the story stays
            rng = random.Random(f"escort:{draft.at.isoformat()}")
            draft.fields["escort"] = [f"сержант {officer(rng)}", f"сержант {officer(rng)}"]
            draft.fields["vehicle"] = f"автозак ГАЗель, г/н {rng.randint(100, 999)} ABC 02"
        return draft

    def exam(self, lo: int, hi: int, trigger: str, injuries: bool = False, private: bool = True) -> Draft:
        """A medical exam; a guard stays in the room only when imposed or, now and then, at the doctor's request."""
        guarded = not private or self.rng.random() < 0.03
        fields: dict[str, Any] = {
            "physician": f"врач {initials_name(self.rng)}", "report_number": f"МО-{self.rng.randint(1000, 99999)}",
            "injuries": injuries, "non_medical_present": guarded,
        }
        if guarded:
            fields["presence_requested_by_doctor"] = private
        fields["trigger"] = trigger
        draft = self.step(lo, hi, "medical_exam", **fields)
        if injuries:
            draft.fields["injury_marks"] = injury_chart(random.Random(f"injury-chart:{draft.at.isoformat()}"))
        return draft

    def notify(self, at: datetime, recipient: str, name: str, reached: bool = True) -> Draft:
        official = recipient not in ("relative", "legal_representative")
        method = self.rng.choice(("электронная почта", "письменно") if official else ("телефон", "телефон", "SMS"))
        return self.side(at, "notification", recipient=recipient, recipient_name=name, method=method,
                         outcome="reached" if reached else "unsuccessful", officer=officer(self.rng))

    def tell_family(self, after: datetime, lo: int, hi: int) -> None:
        """Tell a relative (a parent for a minor) where the person is now."""
        minor = self.person.treated_as_minor
        self.notify(after + self.rng.randint(lo, hi) * MINUTE, "legal_representative" if minor else "relative",
                    relative_name(self.rng, self.person, parent=minor))

    def interrogate(self, lo: int, hi: int, lawyer_present: bool, representative_present: bool = False) -> Draft:
        fields: dict[str, Any] = {"investigator": self.investigator, "lawyer_present": lawyer_present}
        if self.person.treated_as_minor:
            fields["legal_representative_present"] = representative_present
        return self.lasting(self.step(lo, hi, "interrogation", **fields), 40, 150)

    def meet_lawyer(self, lo: int, hi: int) -> Draft:
        appointed = "state" if self.rng.random() < 0.6 else "detainee"
        return self.lasting(self.step(lo, hi, "lawyer_meeting", lawyer=f"адвокат {initials_name(self.rng)}",
                                      private=True, appointed_by=appointed), 20, 90)

    def complain(self, lo: int, hi: int) -> Draft:
        addressee = self.rng.choice(("прокурор", "Уполномоченный по правам человека"))
        return self.step(lo, hi, "complaint", addressee=addressee,
                         subject=self.rng.choice(("условия содержания", "отказ в передаче", "действия сотрудников")))

    @property
    def has(self) -> frozenset[str]:
        return self.plan.breaches

    def name_of(self, facility: str) -> str:
        return self.facilities.names[facility]

    # ---- the course of a custody ---------------------------------------------------------------

    def tell(self) -> list[Draft]:
        """All drafts of the custody in chronological order, recorded times set."""
        t0 = self.t
        self.station = self.facilities.pick(self.rng, "police_station")
        self.investigator = f"следователь {officer(self.rng)}"
        self.clerk = f"дежурный {officer(self.rng)}"
        self.apprehend()
        self.deliver()
        self.intake(t0)
        if self.plan.status == "brought_in":
            self.step(30, 50, "release", reason="освобождён после составления протокола о доставлении")
        else:
            limit = (24 if self.person.treated_as_minor else 48) * HOUR
            closing_hours = 3.5 if self.plan.outcome == "investigator_release" else self.rng.uniform(5, 9)
            deadline = t0 + limit + self.rng.randint(1, 12) * HOUR if OVER_LIMIT in self.has else \
                t0 + limit - closing_hours * HOUR
            if self.plan.outcome == "remand":
                budget = min(self.plan.target - 9, 12 + self.rng.randint(0, 10))
            else:  # what closing adds, and one more for a correction
                budget = self.plan.target - (2 if self.plan.outcome == "investigator_release" else 5)
            self.activities(deadline, budget)
            self.close(deadline)
        self.drafts.sort(key=lambda d: d.at)
        self.trim_after_release()
        self.stamp_recorded(t0)
        self.custody_record()
        if self.plan.correction:
            self.correct()
        return self.drafts

    def custody_record(self) -> None:
        """The safety record: a risk assessment and cell checks, a child left alone. Drawn from a random
        source of their own, so that the other custodies of the demo stay as they were."""
        arrival = next((d for d in self.drafts if d.type == "arrival"), None)
        if arrival is None or not (self.plan.checks or self.plan.child_alone or self.plan.property or self.plan.force):
            return
        rng = random.Random(f"custody-record:{arrival.at.isoformat()}")
        release = next((d.at for d in self.drafts if d.type == "release"), arrival.at + 72 * HOUR)
        added = []
        if self.plan.child_alone:
            added.append(Draft(arrival.at + 9 * MINUTE, "dependants", {
                "children_left_without_care": True,
                "emergency_contact": f"{relative_name(rng, self.person, parent=False)}, "
                                     f"+7 701 {rng.randint(1000000, 9999999)}",
                "note": "дочь 4 лет осталась одна дома по адресу задержания"}, self.clerk))
            added.append(Draft(arrival.at + 16 * MINUTE, "log_note", {
                "officer": self.clerk, "note": "По адресу направлен наряд; связаться с сестрой пока не удалось"},
                self.clerk))
        if self.plan.checks:
            every = self.plan.checks * MINUTE
            assessed = arrival.at + 6 * MINUTE
            added.append(Draft(assessed, "risk_assessment", {
                "assessed_by": self.clerk, "self_harm_risk": False, "intoxicated": True, "medical_condition": False,
                "mental_health": False, "violence_risk": False, "needs_interpreter": False,
                "observation_level": "intermittent", "check_interval_minutes": self.plan.checks,
                "note": "сильный запах алкоголя, шаткая походка; будить при каждой проверке"}, self.clerk))
            at, number, missed = assessed, 0, 2
            while True:
                number += 1
                at += every * (2 if number == missed else 1) - rng.randint(1, 6) * MINUTE
                if at >= release:
                    break
                condition = "roused" if number < 8 else "fine"
                added.append(Draft(at, "cell_check", {"officer": f"дежурный {officer(rng)}", "condition": condition},
                                   self.clerk))
                if number == missed:
                    added.append(Draft(at + 2 * MINUTE, "log_note", {
                        "officer": self.clerk,
                        "note": "Проверка в положенное время не проведена: дежурный был на доставлении"},
                        self.clerk))
        if self.plan.checks:  # the drunk detainee: water at once, a meal refused, then eaten, a night's rest
            for minutes, care, outcome, extra in ((20, "water", "provided", {}),
                                                  (95, "meal", "refused", {"note": "тошнит, от еды отказался"}),
                                                  (300, "meal", "provided", {}),
                                                  (330, "rest", "provided", {"until": arrival.at + 810 * MINUTE})):
                if arrival.at + minutes * MINUTE < release:
                    added.append(Draft(arrival.at + minutes * MINUTE, "care", {
                        "care_type": care, "care_outcome": outcome, "given_by": self.clerk, **extra}, self.clerk))
        if self.plan.force:
            added.append(Draft(arrival.at + 2 * MINUTE, "use_of_force", {
                "force_type": "handcuffs", "reason": "оказал сопротивление при выходе из машины, пытался ударить сотрудника",
                "used_by": [f"сержант {officer(rng)}", f"сержант {officer(rng)}"], "until": arrival.at + 25 * MINUTE,
                "injuries": True, "injuries_note": "покраснение кожи на обоих запястьях"}, self.clerk))
        if self.plan.property:
            added.append(Draft(arrival.at + 10 * MINUTE, "personal_search", {
                "search_type": "full", "searched_by": self.clerk,
                "witnesses": [initials_name(rng), initials_name(rng)], "items_found": "запрещённых предметов нет"},
                self.clerk))
            added += self.property_drafts(arrival.at, release, rng)
        for draft in added:
            draft.recorded_at = draft.at + rng.randint(30, 300) * timedelta(seconds=1)
        self.drafts = sorted([*self.drafts, *added], key=lambda d: d.at)

    def property_drafts(self, arrived: datetime, release: datetime, rng: random.Random) -> list[Draft]:
        """Property taken on arrival and sealed; for "short", given back at the release without the phone
        and with less cash, the detainee refusing to sign."""
        items = [{"description": "Мобильный телефон Samsung Galaxy A52"}, {"description": "Ремень кожаный"},
                 {"description": "Ключи на кольце", "quantity": 3}, {"description": "Паспорт гражданина РК"}]
        cash = rng.randint(8, 40) * 500
        drafts = [Draft(arrived + 12 * MINUTE, "property_inventory", {
            "officer": self.clerk, "items": items, "cash_amount": cash, "cash_currency": "KZT",
            "bag_number": f"СП-{rng.randint(100000, 999999)}", "signed_by_detainee": True}, self.clerk)]
        if self.plan.property == "short" and release < arrived + 72 * HOUR:
            drafts.append(Draft(release - 4 * MINUTE, "property_return", {
                "officer": self.clerk, "items": items[1:], "cash_amount": cash - 2000, "cash_currency": "KZT",
                "signed_by_detainee": False,
                "refusal_reason": "заявил, что телефон и 2000 тенге при нём были сданы",
                "note": "пакет вскрыт в присутствии задержанного; телефона в пакете нет"}, self.clerk))
        return drafts

    def apprehend(self) -> None:
        officers = [officer(self.rng) for _ in range(self.rng.randint(1, 3))]
        reason = self.rng.choice(CRIMES if self.plan.status == "suspect" else OFFENCES)
        fields: dict[str, Any] = {"place": address(self.rng, self.facilities.region), "officers": officers,
                                  "reason": reason}
        if VIDEO_MISSING not in self.has:
            fields["video"] = f"BWC-{self.rng.randint(1000, 9999)}/{self.t:%Y%m%d}-{self.rng.randint(1, 99):02d}.mp4"
        self.side(self.t, "apprehension", **fields)

    def deliver(self) -> None:
        hall = self.facilities.pick(self.rng, "other") if IRREGULAR_PLACE in self.has else None
        if hall is not None:
            self.arrive(30, 150, hall)
            self.depart(120, 480, "transfer", self.name_of(self.station))
            self.arrive(20, 60, self.station)
        elif LATE_DELIVERY in self.has:
            self.arrive(190, 420, self.station)
        else:
            self.arrive(15, 100, self.station)

    def intake(self, t0: datetime) -> None:
        p, rng = self.person, self.rng
        arrived = self.t
        rights: dict[str, Any] = {"language": p.rights_language, "written": True, "signed": True}
        if WRONG_LANGUAGE in self.has:
            rights["language"] = "ru"
        elif p.needs_interpreter:
            rights["interpreter"] = f"переводчик {initials_name(rng)}"
        if ORAL_RIGHTS in self.has:
            rights.update(written=False, signed=False)
        self.step(5, 25, "rights_informed", **rights)

        protocol_number = f"{t0:%y}-{rng.randint(100000, 999999)}"
        protocol = None
        if LATE_PROTOCOL in self.has:
            protocol = self.side(t0 + rng.randint(200, 360) * MINUTE, "protocol", number=protocol_number,
                                 drawn_by=self.investigator)
        elif NO_PROTOCOL not in self.has:
            protocol = self.step(5, 30, "protocol", number=protocol_number, drawn_by=self.investigator)
        if self.plan.status == "suspect":
            self.step(5, 20, "handover", investigator=self.investigator)
        self.step(5, 20, "placement", location=f"Камера {rng.randint(1, 12)}")

        if p.treated_as_minor:
            lo, hi = (90, 300) if LATE_MINOR_NOTICE in self.has else (10, 45)
            self.notify(t0 + rng.randint(lo, hi) * MINUTE, "legal_representative",
                        relative_name(rng, p, parent=True))
        else:
            at = arrived + rng.randint(30, 180) * MINUTE
            if self.plan.failed_attempt or NO_RELATIVE_NOTICE in self.has:
                self.notify(at, "relative", relative_name(rng, p, parent=False), reached=False)
                at += rng.randint(20, 120) * MINUTE
            self.notify(at, "relative", relative_name(rng, p, parent=False),
                        reached=NO_RELATIVE_NOTICE not in self.has)
        if protocol is not None:
            delay = rng.randint(13 * 60, 20 * 60) if LATE_PROSECUTOR_NOTICE in self.has else rng.randint(20, 300)
            self.notify(protocol.at + delay * MINUTE, "prosecutor", f"прокуратура {self.facilities.region.of}")
        if p.foreign:
            recipients = list(FOREIGN_RECIPIENTS)
            if MISSING_FOREIGN_NOTICE in self.has:
                recipients.remove(rng.choice(recipients))
            for recipient in recipients:
                self.notify(t0 + rng.randint(60, 480) * MINUTE, recipient,
                            FOREIGN_RECIPIENTS[recipient] or CONSULATES[p.citizenship])

        if NO_MEDICAL not in self.has:
            injured = self.plan.injuries or INJURY_UNREPORTED in self.has
            exam = self.exam(20, 240, "admission", injuries=injured, private=EXAM_NOT_PRIVATE not in self.has)
            if injured and INJURY_UNREPORTED not in self.has:
                self.side(exam.at + rng.randint(60, 720) * MINUTE, "injury_report",
                          to=f"прокуратура {self.facilities.region.of}",
                          reference=f"ЕРДР {rng.randint(10**11, 10**12 - 1)}")
        if self.plan.status != "suspect":
            if self.plan.lawyer or p.treated_as_minor:
                self.step(10, 90, "lawyer_request", requested_by="задержанный")
                self.meet_lawyer(30, 180)
            return
        minor = p.treated_as_minor
        if MINOR_QUESTIONED_ALONE in self.has:
            self.interrogate(10, 60, lawyer_present=False, representative_present=False)
        if self.plan.lawyer or minor or QUESTIONED_WITHOUT_LAWYER in self.has:
            self.step(5, 60, "lawyer_request", requested_by="законный представитель" if minor else "задержанный")
            if QUESTIONED_WITHOUT_LAWYER in self.has:
                self.interrogate(10, 60, lawyer_present=False, representative_present=minor)
            self.meet_lawyer(30, 180)
        if MINOR_QUESTIONED_ALONE not in self.has and QUESTIONED_WITHOUT_LAWYER not in self.has:
            self.interrogate(10, 60, lawyer_present=self.plan.lawyer or minor, representative_present=minor)

    # ---- between intake and court ----------------------------------------------------------------

    def trip(self, purpose: str, home: str, screen: bool) -> None:
        """Out for questioning or an investigative action and back: a return, re-screened unless told not to."""
        if purpose == "interrogation":
            self.depart(30, 90, purpose, f"СО {self.name_of(self.station)}")
            self.interrogate(20, 60, lawyer_present=self.plan.lawyer or self.person.treated_as_minor,
                             representative_present=True)
        else:
            self.depart(30, 90, purpose, f"место происшествия, {address(self.rng, self.facilities.region)}")
            self.t += self.rng.randint(60, 180) * MINUTE
        self.arrive(20, 60, home)
        self.returns += 1
        if screen and not (NO_RETURN_RESCREEN in self.has and self.returns == 1):
            self.exam(20, 120, "return")

    def move_to(self, facility: str, screen: bool) -> None:
        """A transfer: departure, arrival, cell, admission exam and telling the family of the new place."""
        if self.here is not None:
            self.depart(30, 120, "transfer", self.name_of(facility))
        arrival = self.arrive(30, 90, facility)
        self.step(5, 30, "placement", location=f"Камера {self.rng.randint(1, 60)}")
        if screen:
            self.exam(30, 180, "admission")
        self.tell_family(arrival.at, 60, 480)

    def activities(self, deadline: datetime, budget: int) -> None:
        """Optional goings-on before court, while the event budget lasts and each fits before `deadline`.

        The hour thresholds are each activity's longest duration, so the court
        still sits within the custody limit.
        """
        rng, home = self.rng, self.here
        screen = NO_MEDICAL not in self.has
        trips_left = self.plan.trips + (1 if NO_RETURN_RESCREEN in self.has and not self.plan.trips else 0)
        ivs = self.facilities.pick(rng, "ivs") if self.plan.ivs_transfer else None
        while home is not None:
            room = budget - len(self.drafts)
            hours_left = (deadline - self.t) / HOUR
            if ivs is not None and ivs != home and room >= 5 and hours_left > 8:
                self.move_to(ivs, screen)
                home, ivs = ivs, None
                continue
            choices = []
            if room >= 4 and hours_left > 9:
                choices += ["interrogation"] * (8 if trips_left else 3) + ["investigative_action"]
            if room >= 2 and hours_left > 5 and screen:
                choices.append("medical")
            if room >= 1 and hours_left > 4:
                choices += ["complaint"] + ["lawyer"] * (2 if self.plan.lawyer else 0)
            if not choices:
                return
            choice = "interrogation" if trips_left and "interrogation" in choices else rng.choice(choices)
            if choice in ("interrogation", "investigative_action"):
                trips_left = max(0, trips_left - 1)
                self.trip(choice, home, screen)
            elif choice == "medical":
                self.step(30, 120, "medical_request")
                self.exam(30, 120, "request")
            elif choice == "lawyer":
                self.meet_lawyer(30, 120)
            else:
                self.complain(30, 180)

    def court(self) -> Draft:
        online = self.plan.online_court and self.here is not None
        court = f"Специализированный {'следственный' if self.plan.status == 'suspect' else 'административный'} " \
                f"суд г. {self.facilities.region.city}"
        if online:
            self.step(30, 120, "court_appearance", court=court, online=True)
        else:
            self.depart(30, 120, "court", court)
            self.step(40, 100, "court_appearance", court=court)
        decision = {"court_release": "release", "other_measure": "other_measure", "remand": "remand"}
        return self.step(20, 60, "court_decision", decision=decision[self.plan.outcome], court=court)

    def close(self, deadline: datetime) -> None:
        """Court or release, once the notices already under way are done (as far as the deadline allows)."""
        pending = max(d.at for d in self.drafts)
        self.t = max(self.t, deadline if OVER_LIMIT in self.has else min(pending, deadline))
        if self.plan.outcome == "investigator_release":
            self.step(30, 180, "release", reason="основания задержания не подтвердились (ст. 131 УПК РК)")
            return
        self.court()
        if self.plan.outcome != "remand":
            reason = "освобождён по постановлению суда" if self.plan.outcome == "court_release" else \
                "избрана мера, не связанная с содержанием под стражей"
            self.step(10, 60, "release", reason=reason, released_to=self.rng.choice(("родственники", "самостоятельно")))
            return
        kinds = ("special_holding_centre", "sizo") if self.plan.status == "administrative" else ("sizo", "ivs")
        self.move_to(self.facilities.pick(self.rng, *kinds), screen=True)
        self.held()

    def held(self) -> None:
        """Life on remand or under administrative arrest: days apart, until the budget runs out."""
        rng = self.rng
        arrest_ends = self.t + rng.randint(3, 15) * 24 * HOUR if self.plan.status == "administrative" else None
        last_decision = self.t
        home = self.here
        while len(self.drafts) <= self.plan.target - 6:  # the longest step adds 4, then release and correction
            self.t += rng.randint(6, 48 if arrest_ends else 144) * HOUR
            choice = rng.choice(("lawyer", "family", "interrogation", "medical", "complaint", "extension"))
            if choice == "extension" and self.t - last_decision > 25 * 24 * HOUR and arrest_ends is None:
                court = f"Специализированный следственный суд г. {self.facilities.region.city}"
                self.step(0, 30, "court_appearance", court=court, online=True)
                self.step(20, 60, "court_decision", decision="extension", court=court)
                last_decision = self.t
            elif choice == "family":
                self.lasting(self.step(0, 60, "family_visit", visitor=relative_name(rng, self.person, False)), 30, 120)
            elif choice == "interrogation":
                self.trip("interrogation", home, screen=True)
            elif choice == "medical":
                self.step(0, 60, "medical_request")
                self.exam(30, 600, "request")
            elif choice == "lawyer":
                self.meet_lawyer(0, 60)
            elif choice == "complaint":
                self.complain(0, 60)
        if arrest_ends is not None:
            self.t = max(self.t, arrest_ends)
            self.step(1, 30, "release", reason="отбыт срок административного ареста", released_to="самостоятельно")

    # ---- recording -----------------------------------------------------------------------------

    def trim_after_release(self) -> None:
        """Notices planned for after an early release never happened."""
        release = next((d for d in self.drafts if d.type == "release"), None)
        if release is not None:
            self.drafts = [d for d in self.drafts if d.at < release.at or d is release]

    def stamp_recorded(self, t0: datetime) -> None:
        """Entered minutes after the fact; on a late registration nothing is entered before the apprehension."""
        registered = t0
        if LATE_REGISTRATION in self.has:
            registered = t0 + self.rng.randint(70, 30 * 60) * MINUTE
        for draft in self.drafts:
            draft.recorded_at = max(draft.at + self.rng.randint(30, 900) * timedelta(seconds=1), registered)

    def correct(self) -> None:
        """Fix one earlier entry, after it was entered and before the custody's last event."""
        rng, last = self.rng, self.drafts[-1]
        candidates = [i for i, d in enumerate(self.drafts)
                      if d.type in ("placement", "protocol", "notification", "medical_exam")
                      and d.recorded_at + 20 * MINUTE < last.at]
        if not candidates:
            return
        index = rng.choice(candidates)
        target = self.drafts[index]
        gap = int((target.at - self.drafts[index - 1].at) / MINUTE)
        if target.type in ("notification", "medical_exam") and gap >= 3 and rng.random() < 0.5:
            changes: dict[str, Any] = {"at": target.at - rng.randint(1, min(30, gap - 1)) * MINUTE}
            reason = "время уточнено по журналу"
        elif target.type == "placement":
            changes, reason = {"location": f"Камера {rng.randint(13, 20)}"}, "ошибочно указан номер камеры"
        elif target.type == "protocol":
            changes, reason = {"number": f"{target.at:%y}-{rng.randint(100000, 999999)}"}, "опечатка в номере"
        elif target.type == "medical_exam":
            changes, reason = {"report_number": f"МО-{rng.randint(1000, 99999)}"}, "опечатка в номере заключения"
        else:
            changes, reason = {"method": "телефон"}, "указан неверный способ уведомления"
        latest = min(last.at - MINUTE, target.recorded_at + 48 * HOUR)
        earliest = target.recorded_at + 10 * MINUTE
        at = earliest + rng.randint(0, int((latest - earliest) / MINUTE)) * MINUTE
        correction = Draft(at, "correction", {"reason": reason, "changes": changes}, f"дежурный {officer(rng)}",
                           recorded_at=at + rng.randint(30, 600) * timedelta(seconds=1), corrects=target)
        self.drafts.append(correction)
        self.drafts.sort(key=lambda d: d.at)
