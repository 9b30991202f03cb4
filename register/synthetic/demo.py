"""The demo register: 39 hand-picked custodies that show every state and every kind of breach.

Apprehension times are relative to `now`, so the demo always has clocks
running, decisions pending, people released and people on remand.
"""
from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from register.interchange import dump_line
from register.synthetic.generator import build_facilities, custody_records
from register.synthetic.pools import REGIONS, make_person
from register.synthetic.story import (
    EXAM_NOT_PRIVATE, INJURY_UNREPORTED, IRREGULAR_PLACE, LATE_DELIVERY, LATE_MINOR_NOTICE, LATE_PROSECUTOR_NOTICE,
    LATE_REGISTRATION, MINOR_QUESTIONED_ALONE, MISSING_FOREIGN_NOTICE, NO_MEDICAL, NO_PROTOCOL, NO_RELATIVE_NOTICE,
    NO_RETURN_RESCREEN, ORAL_RIGHTS, OVER_LIMIT, QUESTIONED_WITHOUT_LAWYER, VIDEO_MISSING, WRONG_LANGUAGE, Plan,
)
from register.timeutil import ensure_utc

ALMATY, AKTOBE, URALSK = REGIONS[0], REGIONS[1], REGIONS[3]
LAYOUT = (
    (ALMATY, "police_station"), (ALMATY, "ivs"), (ALMATY, "sizo"), (ALMATY, "other"),
    (AKTOBE, "police_station"), (AKTOBE, "special_holding_centre"), (URALSK, "police_station"),
)
SEED = 20220105


class Case(NamedTuple):
    name: str
    sex: str
    age: int | None
    citizenship: str | None
    languages: tuple[str, ...]
    region: str
    hours_ago: float
    status: str
    outcome: str
    plan: dict[str, Any] = {}


def _b(*breaches: str) -> dict[str, Any]:
    return {"breaches": frozenset(breaches)}


KK, RU = ("kk", "ru"), ("ru",)
M, F = "male", "female"
DAY = 24
CASES = (
    # Just apprehended: clocks running.
    Case("Ерлан Серікұлы Жұмабаев", M, 34, "KZ", KK, ALMATY.name, 2, "suspect", "remand"),
    Case("Иван Петрович Смирнов", M, 45, "KZ", RU, ALMATY.name, 4, "suspect", "investigator_release",
         {"lawyer": True, "failed_attempt": True, "checks": 30, "property": "held", "force": True}),
    Case("Айгерім Нұрланқызы Омарова", F, 27, "KZ", KK, ALMATY.name, 1.5, "administrative", "other_measure",
         {"child_alone": True}),
    Case("Бахтиёр Рустамович Рахимов", M, 29, "UZ", ("uz",), ALMATY.name, 6, "suspect", "remand", {"lawyer": True}),
    Case("Данияр Асқарұлы Есенов", M, None, "KZ", KK, ALMATY.name, 3, "suspect", "court_release", {"lawyer": True}),
    Case("Нұржан Болатұлы Сейітов", M, 16, "KZ", KK, ALMATY.name, 10, "suspect", "court_release",
         _b(MINOR_QUESTIONED_ALONE)),
    Case("Азамат Асанович Осмонов", M, 31, "KG", ("ky", "ru"), ALMATY.name, 8, "administrative", "remand",
         {"failed_attempt": True}),
    Case("Алихан Қайратұлы Омаров", M, 35, "KZ", KK, AKTOBE.name, 5, "administrative", "remand"),
    Case("Андрей Николаевич Васильев", M, 29, "KZ", RU, URALSK.name, 2.5, "suspect", "investigator_release"),
    # Within the first two days: transfers made, court pending or just decided.
    Case("Олег Николаевич Козлов", M, 52, "RU", RU, ALMATY.name, 26, "suspect", "remand",
         {"ivs_transfer": True, "trips": 1}),
    Case("Ван Лэй", M, 38, "CN", ("zh",), ALMATY.name, 30, "suspect", "other_measure",
         {"ivs_transfer": True, **_b(WRONG_LANGUAGE)}),
    Case("Виктор Андреевич Волков", M, 41, "stateless", RU, ALMATY.name, 14, "suspect", "remand",
         {"ivs_transfer": True, "lawyer": True}),
    Case("Азиз Юсупов", M, 24, None, ("uz",), ALMATY.name, 18, "administrative", "other_measure"),
    Case("Бауыржан Ерланұлы Бекмұхамбетов", M, 25, "KZ", KK, ALMATY.name, 40, "suspect", "court_release",
         {"ivs_transfer": True, **_b(QUESTIONED_WITHOUT_LAWYER)}),
    Case("Елена Владимировна Лебедева", F, 44, "KZ", RU, ALMATY.name, 2 * DAY, "suspect", "investigator_release",
         {"correction": True, "property": "short", **_b(EXAM_NOT_PRIVATE)}),
    Case("Мұрат Серікұлы Нұрланов", M, 42, "KZ", KK, AKTOBE.name, 22, "administrative", "remand", _b(ORAL_RIGHTS)),
    Case("Жанар Асқарқызы Тұрсынова", F, 38, "KZ", KK, AKTOBE.name, 46, "administrative", "court_release",
         {"lawyer": True}),
    Case("Меруерт Нұрланқызы Исаева", F, 22, "KZ", KK, URALSK.name, 36, "administrative", "other_measure",
         _b(NO_RELATIVE_NOTICE)),
    # Days and weeks ago: released, on remand or serving administrative arrest.
    Case("Ержан Мұратұлы Ахметов", M, 23, "KZ", KK, ALMATY.name, 3 * DAY, "suspect", "remand",
         {"ivs_transfer": True, "trips": 2, "lawyer": True, "correction": True}),
    Case("Алексей Сергеевич Попов", M, 36, "KZ", RU, ALMATY.name, 5 * DAY, "suspect", "court_release",
         {"ivs_transfer": True, "trips": 1, **_b(NO_RETURN_RESCREEN)}),
    Case("Сәуле Ерланқызы Қасымова", F, 33, "KZ", KK, ALMATY.name, 4 * DAY, "suspect", "other_measure",
         {"injuries": True, "lawyer": True}),
    Case("Қайрат Маратұлы Исаев", M, 28, "KZ", KK, ALMATY.name, 6 * DAY, "suspect", "investigator_release",
         _b(INJURY_UNREPORTED)),
    Case("Дмитрий Викторович Морозов", M, 30, "KZ", RU, ALMATY.name, 7 * DAY, "suspect", "remand",
         {"ivs_transfer": True, **_b(LATE_DELIVERY)}),
    Case("Арман Серікұлы Төлеуов", M, 21, "KZ", KK, ALMATY.name, 9 * DAY, "administrative", "court_release",
         {"failed_attempt": True, **_b(IRREGULAR_PLACE)}),
    Case("Әсел Бақытқызы Мұқанова", F, 19, "KZ", KK, ALMATY.name, 9 * DAY, "administrative", "other_measure",
         _b(IRREGULAR_PLACE, VIDEO_MISSING)),
    Case("Жандос Ермекұлы Смағұлов", M, 17, "KZ", KK, ALMATY.name, 12 * DAY, "suspect", "remand",
         {"ivs_transfer": True, "trips": 1, "lawyer": True}),
    Case("Сергей Иванович Кузнецов", M, 58, "KZ", RU, ALMATY.name, 15 * DAY, "suspect", "remand",
         {"ivs_transfer": True, **_b(NO_PROTOCOL)}),
    Case("Нилуфар Алишеровна Юсупова", F, 26, "UZ", ("uz", "ru"), ALMATY.name, 20 * DAY, "suspect", "other_measure",
         _b(MISSING_FOREIGN_NOTICE)),
    Case("Михаил Александрович Белов", M, 47, "KZ", RU, ALMATY.name, 25 * DAY, "suspect", "remand",
         {"ivs_transfer": True, **_b(OVER_LIMIT)}),
    Case("Талғат Жасұланұлы Ғабдуллин", M, 39, "KZ", KK, ALMATY.name, 30 * DAY, "suspect", "remand",
         {"ivs_transfer": True, "trips": 2, "lawyer": True, "correction": True}),
    Case("Татьяна Петровна Соколова", F, 50, "KZ", RU, AKTOBE.name, 3 * DAY, "administrative", "remand",
         {"failed_attempt": True, "correction": True}),
    Case("Шерзод Ботирович Турсунов", M, 33, "UZ", ("uz", "ru"), AKTOBE.name, 6 * DAY, "administrative",
         "other_measure", _b(LATE_REGISTRATION)),
    Case("Санжар Ермекұлы Есенов", M, 15, "KZ", KK, AKTOBE.name, 8 * DAY, "administrative", "court_release",
         _b(LATE_MINOR_NOTICE)),
    Case("Ринат Болатұлы Қасымов", M, 27, "KZ", KK, AKTOBE.name, 11 * DAY, "suspect", "investigator_release",
         _b(LATE_REGISTRATION, VIDEO_MISSING)),
    Case("Ерболат Маратұлы Әбдірахманов", M, 31, "KZ", KK, AKTOBE.name, 14 * DAY, "administrative", "remand",
         _b(LATE_PROSECUTOR_NOTICE)),
    Case("Фаридун Назаров", M, 30, "TJ", ("tg",), URALSK.name, 7 * DAY, "suspect", "court_release", {"lawyer": True}),
    Case("Павел Сергеевич Новиков", M, 63, "KZ", RU, URALSK.name, 18 * DAY, "suspect", "court_release",
         _b(NO_MEDICAL)),
    Case("Динара Серікқызы Есенова", F, 16, "KZ", KK, URALSK.name, 10 * DAY, "suspect", "investigator_release",
         {"lawyer": True, "trips": 1}),
    Case("Гүлнар Маратқызы Ахметова", F, 31, "KZ", KK, URALSK.name, 20 * DAY, "brought_in", "investigator_release"),
)


def demo_records(now: datetime) -> list[dict]:
    """Facilities, then each case's person, custody and events as they stand at `now`."""
    now = ensure_utc(now)
    rng = random.Random(SEED)
    records, by_region = build_facilities(LAYOUT)
    event_ids = itertools.count(1)
    for number, case in enumerate(CASES, 1):
        facilities = by_region[case.region]
        apprehended = (now - timedelta(hours=case.hours_ago)).replace(second=0, microsecond=0)
        local_day = apprehended.astimezone(facilities.zone).date()
        person = make_person(rng, case.citizenship, case.sex, case.age, local_day, languages=case.languages,
                             name=case.name)
        plan = Plan(status=case.status, outcome=case.outcome, target=rng.randint(18, 30),
                    online_court=number % 3 == 0, **case.plan)
        records += custody_records(rng, number, person, plan, facilities, apprehended, now, event_ids)
    return records


def demo_lines(now: datetime) -> list[str]:
    """The demo register as import lines, as `detention-register demo` writes it."""
    return [dump_line(record) for record in demo_records(now)]
