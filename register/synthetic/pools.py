"""Word pools for synthetic registers: regions, facility names, people and officials.

Every name is assembled from common first names and surnames, so no record
describes a real person. All draws go through the caller's `random.Random`.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class Region:
    name: str
    tz: str
    town: str  # the regional centre, nominative
    city: str  # the same in the genitive, after "г."
    of: str  # "г. Алматы" / "Актюбинской области": what a department is "of"
    districts: tuple[str, ...] = ()  # district adjectives in the genitive, for police station names


# Ordered so that even a handful of regions spans several time zones.
REGIONS = (
    Region("г. Алматы", "Asia/Almaty", "Алматы", "Алматы", "г. Алматы",
           ("Алмалинского", "Ауэзовского", "Бостандыкского", "Медеуского", "Жетысуского", "Турксибского",
            "Наурызбайского", "Алатауского")),
    Region("Актюбинская область", "Asia/Aqtobe", "Актобе", "Актобе", "Актюбинской области",
           ("Алматинского", "Астанинского")),
    Region("г. Астана", "Asia/Almaty", "Астана", "Астаны", "г. Астаны",
           ("Есильского", "Алматинского", "Сарыаркинского", "Байконурского", "Нуринского")),
    Region("Западно-Казахстанская область", "Asia/Oral", "Уральск", "Уральска", "Западно-Казахстанской области"),
    Region("г. Шымкент", "Asia/Almaty", "Шымкент", "Шымкента", "г. Шымкента",
           ("Абайского", "Аль-Фарабийского", "Енбекшинского", "Каратауского", "Туранского")),
    Region("Мангистауская область", "Asia/Aqtau", "Актау", "Актау", "Мангистауской области"),
    Region("Карагандинская область", "Asia/Almaty", "Караганда", "Караганды", "Карагандинской области"),
    Region("Кызылординская область", "Asia/Qyzylorda", "Кызылорда", "Кызылорды", "Кызылординской области"),
    Region("Костанайская область", "Asia/Qostanay", "Костанай", "Костаная", "Костанайской области"),
    Region("Атырауская область", "Asia/Atyrau", "Атырау", "Атырау", "Атырауской области"),
    Region("Жамбылская область", "Asia/Almaty", "Тараз", "Тараза", "Жамбылской области"),
    Region("Восточно-Казахстанская область", "Asia/Almaty", "Усть-Каменогорск", "Усть-Каменогорска",
           "Восточно-Казахстанской области"),
    Region("Павлодарская область", "Asia/Almaty", "Павлодар", "Павлодара", "Павлодарской области"),
    Region("Северо-Казахстанская область", "Asia/Almaty", "Петропавловск", "Петропавловска",
           "Северо-Казахстанской области"),
    Region("Акмолинская область", "Asia/Almaty", "Кокшетау", "Кокшетау", "Акмолинской области"),
    Region("Абайская область", "Asia/Almaty", "Семей", "Семея", "Абайской области"),
    Region("Жетысуская область", "Asia/Almaty", "Талдыкорган", "Талдыкоргана", "Жетысуской области"),
    Region("Туркестанская область", "Asia/Almaty", "Туркестан", "Туркестана", "Туркестанской области"),
    Region("Улытауская область", "Asia/Almaty", "Жезказган", "Жезказгана", "Улытауской области"),
    Region("Алматинская область", "Asia/Almaty", "Конаев", "Конаева", "Алматинской области"),
)

# A region's facilities in the order they are opened: the first three let every
# custody run its whole course (station, IVS, remand centre).
REGION_KINDS = (
    "police_station", "ivs", "sizo", "hospital", "special_holding_centre", "police_station", "police_station",
    "other", "holding_processing_centre",
)
EXTRA_KINDS = ("police_station", "police_station", "police_station", "ivs")

AGENCY = {"sizo": "КУИС МВД РК", "hospital": "МЗ РК"}


def facility_name(region: Region, kind: str, nth: int) -> str:
    """A plausible name for the region's `nth` (1-based) facility of this kind."""
    number = f" № {nth}" if nth > 1 else ""
    if kind == "police_station":
        if nth <= len(region.districts):
            return f"УП {region.districts[nth - 1]} района г. {region.city}"
        return f"УП г. {region.city}" if nth == 1 else f"ОП № {nth} г. {region.city}"
    return {
        "ivs": f"ИВС{number} ДП {region.of}",
        "sizo": f"СИЗО{number} ДУИС по {region.of}",
        "hospital": f"Многопрофильная больница № {nth} г. {region.city}",
        "special_holding_centre": f"Спецприёмник{number} ДП {region.of}",
        "holding_processing_centre": f"Приёмник-распределитель{number} ДП {region.of}",
        "other": f"Спортивный зал{number} ДП {region.of}",
    }[kind]


@dataclass
class RegionFacilities:
    """The facilities of one region, by kind, as a custody's story needs them."""
    region: Region
    by_kind: dict[str, list[str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.region.tz)

    def add(self, facility_id: str, kind: str, name: str) -> None:
        self.by_kind.setdefault(kind, []).append(facility_id)
        self.names[facility_id] = name

    def pick(self, rng: random.Random, *kinds: str) -> str | None:
        """A facility of the first of `kinds` the region has."""
        for kind in kinds:
            if self.by_kind.get(kind):
                return rng.choice(self.by_kind[kind])
        return None


# ---- people -------------------------------------------------------------------------------------

KK_MALE = ("Ерлан", "Нұрлан", "Асхат", "Дәурен", "Бауыржан", "Ержан", "Серік", "Қайрат", "Арман", "Ерболат",
           "Мұрат", "Данияр", "Айдос", "Жандос", "Алихан", "Санжар", "Әділет", "Ринат", "Талғат", "Нұржан")
KK_FEMALE = ("Айгерім", "Динара", "Гүлнар", "Әсел", "Жанар", "Меруерт", "Сәуле", "Аружан", "Назерке", "Ақмарал",
             "Дана", "Жансая", "Ботагөз", "Салтанат")
KK_FATHERS = ("Серік", "Нұрлан", "Ерлан", "Болат", "Қайрат", "Марат", "Асқар", "Бақыт", "Жасұлан", "Талғат",
              "Ермек", "Бекзат")
KK_SURNAMES = ("Жұмабаев", "Серікбаев", "Омаров", "Ахметов", "Нұрланов", "Исаев", "Қасымов", "Төлеуов",
               "Бекмұхамбетов", "Сейітов", "Әбдірахманов", "Мұқанов", "Есенов", "Тұрсынов", "Ғабдуллин", "Смағұлов")
RU_MALE = ("Иван", "Алексей", "Дмитрий", "Сергей", "Андрей", "Николай", "Павел", "Виктор", "Михаил", "Олег",
           "Евгений", "Денис")
RU_FEMALE = ("Ольга", "Елена", "Татьяна", "Наталья", "Ирина", "Светлана", "Анна", "Юлия", "Мария", "Екатерина")
RU_PATRONYMICS = (("Петрович", "Петровна"), ("Сергеевич", "Сергеевна"), ("Иванович", "Ивановна"),
                  ("Александрович", "Александровна"), ("Викторович", "Викторовна"), ("Николаевич", "Николаевна"),
                  ("Владимирович", "Владимировна"), ("Андреевич", "Андреевна"))
RU_SURNAMES = ("Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Морозов", "Волков", "Лебедев", "Новиков",
               "Фёдоров", "Козлов", "Белов")
UZ_MALE = ("Бахтиёр", "Шерзод", "Жасур", "Улугбек", "Фаррух", "Отабек", "Достон", "Азиз")
UZ_FEMALE = ("Дилноза", "Гулнора", "Нилуфар", "Шахноза")
UZ_PATRONYMICS = (("Рустамович", "Рустамовна"), ("Алишерович", "Алишеровна"), ("Ботирович", "Ботировна"))
UZ_SURNAMES = ("Рахимов", "Турсунов", "Каримов", "Юсупов", "Эргашев", "Абдуллаев", "Исмоилов", "Холматов")
KG_MALE = ("Азамат", "Бакыт", "Нурбек", "Эрлан", "Таалай", "Улан", "Мирлан")
KG_FEMALE = ("Нургуль", "Айпери", "Жыпар", "Бермет")
KG_PATRONYMICS = (("Бакытбекович", "Бакытбековна"), ("Асанович", "Асановна"), ("Токтосунович", "Токтосуновна"))
KG_SURNAMES = ("Абдыраимов", "Токтогулов", "Жумалиев", "Осмонов", "Маматов", "Бейшеналиев")
TJ_MALE = ("Фаридун", "Рустам", "Шахром", "Далер")
TJ_FEMALE = ("Мадина", "Тахмина")
TJ_SURNAMES = ("Рахмонов", "Назаров", "Сафаров", "Шарипов")
CN_SURNAMES = ("Ван", "Чжан", "Ли", "Лю", "Чэнь", "Ян", "Чжао", "Хуан")
CN_GIVEN = ("Вэй", "Лэй", "Мин", "Цзин", "Фан", "Хао", "Юн", "Тао")


def _female(surname: str) -> str:
    return surname + "а" if surname.endswith(("ов", "ев", "ёв", "ин")) else surname


def kazakh_name(rng: random.Random, sex: str) -> str:
    father = rng.choice(KK_FATHERS)
    if sex == "female":
        return f"{rng.choice(KK_FEMALE)} {father}қызы {_female(rng.choice(KK_SURNAMES))}"
    return f"{rng.choice(KK_MALE)} {father}ұлы {rng.choice(KK_SURNAMES)}"


def _slavic_style(rng: random.Random, sex: str, male: tuple, female: tuple, patronymics: tuple,
                  surnames: tuple) -> str:
    patronymic = rng.choice(patronymics)
    if sex == "female":
        return f"{rng.choice(female)} {patronymic[1]} {_female(rng.choice(surnames))}"
    return f"{rng.choice(male)} {patronymic[0]} {rng.choice(surnames)}"


def russian_name(rng: random.Random, sex: str) -> str:
    return _slavic_style(rng, sex, RU_MALE, RU_FEMALE, RU_PATRONYMICS, RU_SURNAMES)


def initials_name(rng: random.Random) -> str:
    """An official as documents write them: "Е. С. Жұмабаев"."""
    sex = "female" if rng.random() < 0.25 else "male"
    surnames = KK_SURNAMES if rng.random() < 0.6 else RU_SURNAMES
    surname = rng.choice(surnames)
    letters = "АБДЕЖКМНОРСТ"
    return f"{rng.choice(letters)}. {rng.choice(letters)}. {_female(surname) if sex == 'female' else surname}"


@dataclass(frozen=True)
class Origin:
    """A citizenship with the names, languages and papers that go with it."""
    citizenship: str | None  # ISO alpha-2, "stateless" or None when unknown
    weight: float
    languages: tuple[tuple[str, ...], ...]  # the person's languages, one set drawn
    document: str | None  # format with {n}: a document number


def _name_for(rng: random.Random, origin: Origin, sex: str) -> str:
    c = origin.citizenship
    if c == "UZ":
        return _slavic_style(rng, sex, UZ_MALE, UZ_FEMALE, UZ_PATRONYMICS, UZ_SURNAMES)
    if c == "KG":
        return _slavic_style(rng, sex, KG_MALE, KG_FEMALE, KG_PATRONYMICS, KG_SURNAMES)
    if c == "TJ":
        first = rng.choice(TJ_FEMALE if sex == "female" else TJ_MALE)
        surname = rng.choice(TJ_SURNAMES)
        return f"{first} {_female(surname) if sex == 'female' else surname}"
    if c == "CN":
        return f"{rng.choice(CN_SURNAMES)} {rng.choice(CN_GIVEN)}"
    if c == "RU" or (c in ("KZ", "stateless") and rng.random() < 0.3):
        return russian_name(rng, sex)
    return kazakh_name(rng, sex)


ORIGINS = (
    Origin("KZ", 0.895, (("kk", "ru"), ("kk", "ru"), ("ru", "kk"), ("ru",), ("kk",)),
           "Удостоверение личности РК № 0{n}"),
    Origin("UZ", 0.035, (("uz", "ru"), ("uz",)), "Паспорт гражданина Республики Узбекистан FA{n}"),
    Origin("KG", 0.02, (("ky", "ru"),), "Паспорт гражданина Кыргызской Республики AC{n}"),
    Origin("RU", 0.02, (("ru",),), "Паспорт гражданина Российской Федерации 75{n}"),
    Origin("CN", 0.01, (("zh",),), "Паспорт гражданина КНР E{n}"),
    Origin("TJ", 0.01, (("tg", "ru"), ("tg",)), "Паспорт гражданина Республики Таджикистан 40{n}"),
    Origin("stateless", 0.005, (("ru",), ("ru", "kk")), "Удостоверение лица без гражданства № {n}"),
    Origin(None, 0.005, (("ru",), ("uz",)), None),
)
ORIGIN_BY_CITIZENSHIP = {o.citizenship: o for o in ORIGINS}
CONSULATES = {
    "UZ": "Генеральное консульство Республики Узбекистан в г. Алматы",
    "KG": "Генеральное консульство Кыргызской Республики в г. Алматы",
    "RU": "Генеральное консульство Российской Федерации в г. Алматы",
    "CN": "Генеральное консульство КНР в г. Алматы",
    "TJ": "Генеральное консульство Республики Таджикистан в г. Алматы",
    "stateless": "Представительство УВКБ ООН в Республике Казахстан",
}
RIGHTS_FORM_LANGUAGES = ("kk", "ru")  # printed rights notices exist in these; others need an interpreter


@dataclass(frozen=True)
class PersonDraft:
    full_name: str
    sex: str
    birth_date: date | None
    age: int | None  # at apprehension; None when the birth date is unknown
    citizenship: str | None
    languages: tuple[str, ...]
    id_document: str | None

    @property
    def treated_as_minor(self) -> bool:
        """The protective reading of contract section 4: unknown age counts as a minor."""
        return self.age is None or self.age < 18

    @property
    def foreign(self) -> bool:
        return self.citizenship is not None and self.citizenship != "KZ"

    @property
    def needs_interpreter(self) -> bool:
        return not set(self.languages) & set(RIGHTS_FORM_LANGUAGES)

    @property
    def rights_language(self) -> str:
        return next((lang for lang in self.languages if lang in RIGHTS_FORM_LANGUAGES), self.languages[0])


def birth_date_for(rng: random.Random, age: int, on: date) -> date:
    """A birth date that makes the person exactly `age` on the given day."""
    return on - relativedelta(years=age) - timedelta(days=rng.randint(0, 360))


def draw_person(rng: random.Random, apprehended_on: date) -> PersonDraft:
    origin = rng.choices(ORIGINS, weights=[o.weight for o in ORIGINS])[0]
    sex = "female" if rng.random() < 0.12 else "male"
    roll = rng.random()
    age = None if roll < 0.01 else rng.randint(14, 17) if roll < 0.05 else int(rng.triangular(18, 70, 29))
    return make_person(rng, origin.citizenship, sex, age, apprehended_on,
                       languages=rng.choice(origin.languages), documented=rng.random() > 0.04)


def make_person(rng: random.Random, citizenship: str | None, sex: str, age: int | None, apprehended_on: date, *,
                languages: tuple[str, ...] | None = None, name: str | None = None,
                documented: bool = True) -> PersonDraft:
    origin = ORIGIN_BY_CITIZENSHIP[citizenship]
    document = None
    if documented and origin.document is not None:
        document = origin.document.format(n=rng.randrange(10_000_000, 100_000_000))
    return PersonDraft(
        full_name=name or _name_for(rng, origin, sex), sex=sex,
        birth_date=None if age is None else birth_date_for(rng, age, apprehended_on), age=age,
        citizenship=citizenship, languages=languages or origin.languages[0], id_document=document,
    )


def relative_name(rng: random.Random, person: PersonDraft, parent: bool) -> str:
    """Who is told: a parent of a minor, otherwise a spouse, parent or sibling."""
    kinship = rng.choice(("мать", "отец")) if parent else rng.choice(("супруга", "мать", "брат", "сестра", "отец"))
    sex = "female" if kinship in ("мать", "супруга", "сестра") else "male"
    kazakh = "ұлы " in person.full_name or "қызы " in person.full_name
    first = rng.choice((KK_FEMALE if sex == "female" else KK_MALE) if kazakh
                       else (RU_FEMALE if sex == "female" else RU_MALE))
    surname = person.full_name.split()[-1]
    if surname.endswith(("ова", "ева", "ёва", "ина")):
        surname = surname[:-1]
    return f"{kinship}, {first} {_female(surname) if sex == 'female' else surname}"


RANKS = ("лейтенант полиции", "ст. лейтенант полиции", "капитан полиции", "майор полиции", "сержант полиции",
         "ст. сержант полиции")
STREETS = ("ул. Абая", "пр. Республики", "ул. Толе би", "ул. Сатпаева", "мкр. Самал-2", "ул. Гагарина",
           "ул. Ауэзова", "пр. Победы", "ул. Жибек Жолы", "рынок «Шапагат»", "ж/д вокзал", "ул. Момышулы")


def officer(rng: random.Random) -> str:
    return f"{rng.choice(RANKS)} {initials_name(rng)}"


def address(rng: random.Random, region: Region) -> str:
    return f"г. {region.town}, {rng.choice(STREETS)}, {rng.randint(1, 180)}"
