"""Rule profiles: one TOML file per jurisdiction, loaded and checked before any clock runs.

The law changes; the code should not have to. A profile composes a few
primitives (triggers, satisfiers, audiences) that the engine implements, so a
new figure, a new in-force date or a new rule built from existing primitives
is an edit to a data file. docs/rules.md describes the vocabulary.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field, fields as dataclass_fields
from datetime import date, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping

from register.domain import Facility, Jurisdiction, RuleInfo
from register.errors import BadInput, Message, NotFound
from register.timeutil import InstantError, ensure_utc, to_local, zone
from register.vocabulary import EVENT_FIELDS, FieldKind, field_spec

PROFILES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rules"

SEVERITIES = ("breach", "indicator")
AUDIENCES = ("all", "adults", "minors", "foreign_nationals")
# property_difference: a property return that leaves what was given back different from what was taken
# (register/property.py).
TRIGGER_KINDS = ("event", "arrival", "unanswered_request", "property_difference")
OCCURS = ("each", "earliest")  # one occurrence per trigger instant, or one at the earliest of them
RECUR_FROM = ("met", "due")
STAY_KINDS = ("first", "transfer", "return")
PERSON_FACTS = ("birth_date", "citizenship")
FACILITY_FACTS = tuple(f.name for f in dataclass_fields(Facility))
LANGUAGES = ("en", "ru", "kk")
DEFAULT_WARNING = 0.8

_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


class ProfileError(BadInput):
    """A profile file that cannot be used (exit 2): the sentence names the file, the place in it (a table, a
    rule, a key: TOML's own words) and the problem, a sentence of its own code (`params["problem"]`)."""

    def __init__(self, code: str, source: str, where: str | None = None, **params: Any):
        if where is None:
            super().__init__(code, source=source, **params)
        else:
            super().__init__("profile-problem", source=source, where=where, problem=Message(code, **params))


def parse_duration(text: object) -> timedelta:
    """ISO 8601 durations in days, hours, minutes and seconds (legal clocks count elapsed time)."""
    match = _DURATION.match(text) if isinstance(text, str) else None
    if match is None or text in ("P", "PT") or text.endswith("T"):
        raise BadInput("not-a-duration", value=repr(text))
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


@dataclass(frozen=True)
class EventTest:
    """Which events of a type count: `where` fields must all match (a list means one of),
    an event matching every `unless` field is excluded, `missing` fields must be absent."""
    types: tuple[str, ...]
    where: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    unless: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Trigger:
    """What starts one occurrence of a rule; `kind` selects the engine primitive."""
    kind: str
    events: EventTest | None = None  # kind event: the events; unanswered_request: the event judged
    stays: tuple[str, ...] = STAY_KINDS
    facility: Mapping[str, Any] = field(default_factory=dict)
    unless_absence_included: tuple[str, ...] = ()  # departure purposes that excuse a return
    request: str | None = None
    answered_by: str | None = None
    person_missing: tuple[str, ...] = ()
    recorded_later_than: timedelta | None = None
    after: timedelta = timedelta(0)  # the occurrence starts this long after the matching instant
    first_only: bool = False  # only the first matching instant counts


@dataclass(frozen=True)
class Extension:
    """An authorising event that moves a running occurrence's due instant, never past `maximum`.

    The new due is `to` after the trigger, or the event's own `until_field`; an extension recorded
    after the due instant it would move comes too late and moves nothing.
    """
    events: EventTest
    maximum: timedelta  # counted from the trigger
    to: timedelta | None = None
    until_field: str | None = None


@dataclass(frozen=True)
class Recurring:
    """"Every N from the trigger until ended": after the first occurrence (due `figure` after the
    trigger) a new one starts when the previous was met (`from_ = "met"`) or fell due ("due"),
    each due `every` later, until an `ended_by` event or the release."""
    every: timedelta | None
    from_: str
    ended_by: EventTest | None
    # The interval is this field (minutes) of the triggering event, for the first occurrence and every
    # next one; a triggering event without it uses `every` (and the figure) if the profile gives them,
    # else starts no series. A later trigger ends the series the earlier one started.
    every_field: str | None = None


@dataclass(frozen=True)
class Satisfier:
    """What meets a duration rule; with `each_of` every listed value needs its own event.

    With `total` the events are periods (from their `at` to their `period_ends` field) that add up: an
    occurrence is met once the periods that start within it (from its trigger to its due instant) reach
    `total` ("rest 8 hours in 24"); `continuous`: only one period long enough counts."""
    events: EventTest
    each_of: tuple[str, tuple[str, ...]] | None = None
    language_understood: str | None = None  # a field whose value must be a language the person understands
    total: timedelta | None = None
    period_ends: str | None = None
    continuous: bool = False


@dataclass(frozen=True)
class Rule:
    """One version of one rule. Versions of a rule share the id and differ in audience or in-force dates."""
    id: str
    severity: str
    titles: Mapping[str, str]
    applies_to: str
    figure: timedelta | None
    figure_text: str | None
    warning: float
    basis: str
    in_force_from: date | None
    in_force_until: date | None  # last day in force
    triggers: tuple[Trigger, ...]
    satisfier: Satisfier | None
    note: str | None = None
    outlives_custody: bool = False  # the duty stays after a release: never lapses, overdue counts on
    short_titles: Mapping[str, str] = field(default_factory=dict)
    deadlines: Mapping[str, str] = field(default_factory=dict)
    bases: Mapping[str, str] = field(default_factory=dict)
    occurs: str = "each"
    extensions: tuple[Extension, ...] = ()
    recurring: Recurring | None = None

    def in_force_on(self, day: date) -> bool:
        return ((self.in_force_from is None or self.in_force_from <= day)
                and (self.in_force_until is None or day <= self.in_force_until))

    @cached_property
    def is_duration(self) -> bool:
        if self.recurring is not None and self.recurring.every_field is not None:
            return True
        """A clock with time to run (as opposed to a rule that fires at once, or an indicator)."""
        return self.figure is not None and self.figure > timedelta(0)

    @cached_property
    def info(self) -> RuleInfo:
        """This version's identity, as every clock it judges carries it."""
        return RuleInfo(self.id, self.severity, dict(self.titles), self.figure_text, self.basis,
                        dict(self.short_titles), dict(self.deadlines), dict(self.bases))


@dataclass(frozen=True)
class Profile:
    id: str
    jurisdiction: Mapping[str, str]
    home_country: str
    timezone: str
    settings: Mapping[str, timedelta]
    rules: tuple[Rule, ...]
    law: Jurisdiction  # facts of the jurisdiction outside the rules, from [profile] and [settings]
    zones: tuple[str, ...] = ()  # the IANA zones of the jurisdiction's places, its calendar's first
    note: str | None = None
    fingerprint: str = ""  # digest of the profile's content: tells a register judged with another version
    _in_force: dict[date, tuple[Rule, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def rules_in_force(self, apprehension_instant: datetime) -> tuple[Rule, ...]:
        """The rule versions that judge a custody, by the local calendar date of its apprehension."""
        day = to_local(ensure_utc(apprehension_instant), self.timezone).date()
        rules = self._in_force.get(day)
        if rules is None:  # asked for every custody judged: worked out once per day
            rules = self._in_force[day] = tuple(rule for rule in self.rules if rule.in_force_on(day))
        return rules

    def rule_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(rule.id for rule in self.rules))

    def info(self, rule_id: str, on: date | None = None) -> RuleInfo:
        """The rule as a reader sees it on a date (default today): the first version in force then."""
        versions = [rule for rule in self.rules if rule.id == rule_id]
        if not versions:
            raise NotFound("no-such-rule", rule=rule_id, profile=self.id)
        day = on or datetime.now(zone(self.timezone)).date()
        in_force = [r for r in versions if r.in_force_on(day)] or versions[-1:]
        rule = next((r for r in in_force if r.applies_to != "minors"), in_force[0])
        minors = next((r.figure_text for r in in_force if r.applies_to == "minors"), None)
        return dataclasses.replace(rule.info, minors_figure=minors or rule.figure_text)

    def infos(self, on: date | None = None) -> tuple[RuleInfo, ...]:
        return tuple(self.info(rule_id, on) for rule_id in self.rule_ids())

    def setting(self, name: str) -> timedelta:
        return self.settings[name]


def available_profiles() -> tuple[str, ...]:
    """Names that load_profile accepts, from the bundled profile files."""
    return tuple(sorted(path.stem for path in PROFILES_DIR.glob("*.toml")))


def load_profile(name_or_path: str | Path) -> Profile:
    """Load a bundled profile by name ("kz") or any profile file by path, and validate it."""
    text = str(name_or_path)
    path = Path(text) if text.endswith(".toml") or "/" in text or "\\" in text else PROFILES_DIR / f"{text}.toml"
    if not path.is_file():
        known = ", ".join(available_profiles())
        raise ProfileError("profile-missing", str(path), known=known)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        at = re.search(r"at line (\d+), column (\d+)", str(error))
        raise ProfileError("profile-not-toml", path.name, line=at[1] if at else "?", column=at[2] if at else "?") from None
    return parse_profile(data, path.name)


def parse_profile(data: Mapping[str, Any], source: str = "profile") -> Profile:
    return _Reader(source).profile(data)


class _Reader:
    """Turns the TOML tables into the dataclasses above, naming the place of every problem."""

    def __init__(self, source: str):
        self.source = source
        self.settings: dict[str, timedelta] = {}
        self.setting_texts: dict[str, str] = {}

    def fail(self, where: str, code: str, **params: Any) -> ProfileError:
        return ProfileError(code, self.source, where, **params)

    def profile(self, data: Mapping[str, Any]) -> Profile:
        head = self.table(data, "profile", "[profile]")
        self.known_keys(head, "[profile]", {"id", "jurisdiction", "home_country", "timezone", "warning", "note",
                                            "age_of_majority", "unknown_birth_date_is_minor",
                                            "unsuccessful_notifications_satisfy", "zones"})
        timezone = self.text(head, "timezone", "[profile]")
        try:
            zone(timezone)
        except InstantError as error:
            raise self.fail("[profile]: key 'timezone'", "profile-value", problem=error) from None
        settings_table = data.get("settings", {})
        if not isinstance(settings_table, Mapping):
            raise self.fail("[settings]", "profile-settings-table")
        self.settings = {name: self.duration(value, f"[settings]: key {name!r}")
                         for name, value in settings_table.items()}
        self.setting_texts = dict(settings_table)
        warning = self.fraction(head.get("warning", DEFAULT_WARNING), "[profile]: key 'warning'")
        raw_rules = data.get("rules")
        if not isinstance(raw_rules, list) or not raw_rules:
            raise self.fail("[[rules]]", "profile-no-rules")
        rules = tuple(self.rule(raw, index, warning) for index, raw in enumerate(raw_rules, 1))
        self.check_versions(rules)
        unknown = set(data) - {"profile", "settings", "rules"}
        if unknown:
            raise self.fail("top level", "profile-unknown-tables", names=sorted(unknown))
        home_country = self.text(head, "home_country", "[profile]").upper()
        return Profile(
            id=self.text(head, "id", "[profile]"),
            jurisdiction=self.titles(head.get("jurisdiction"), "[profile]: key 'jurisdiction'"),
            home_country=home_country,
            timezone=timezone,
            settings=self.settings,
            rules=rules,
            law=self.law(head, home_country, timezone),
            zones=self.zones(head.get("zones", []), timezone),
            note=head.get("note"),
            fingerprint=hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest(),
        )

    def zones(self, value: Any, timezone: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
            raise self.fail("[profile]: key 'zones'", "profile-zones-list")
        for name in value:
            try:
                zone(name)
            except InstantError as error:
                raise self.fail("[profile]: key 'zones'", "profile-value", problem=error) from None
        return tuple(dict.fromkeys([timezone, *value]))

    def law(self, head: Mapping[str, Any], home_country: str, timezone: str) -> Jurisdiction:
        """The jurisdiction's facts: each one stated in the profile, none assumed."""
        age = head.get("age_of_majority")
        if isinstance(age, bool) or not isinstance(age, int) or not 0 < age < 100:
            raise self.fail("[profile]: key 'age_of_majority'", "profile-whole-years", value=repr(age))
        for key in ("unknown_birth_date_is_minor", "unsuccessful_notifications_satisfy"):
            if not isinstance(head.get(key), bool):
                raise self.fail(f"[profile]: key {key!r}", "profile-not-bool", value=repr(head.get(key)))
        if "late-registration" not in self.settings:
            raise self.fail("[settings]", "profile-late-registration")
        return Jurisdiction(home_country, timezone, age, head["unknown_birth_date_is_minor"],
                            self.settings["late-registration"], head["unsuccessful_notifications_satisfy"])

    def rule(self, raw: Any, index: int, default_warning: float) -> Rule:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str):
            raise self.fail(f"rule #{index}", "profile-rule-id")
        where = f"rule {raw['id']!r}"
        self.known_keys(raw, where, {"id", "severity", "title", "short_title", "deadline", "applies_to", "figure",
                                     "warning", "basis", "in_force_from", "in_force_until", "trigger",
                                     "satisfied_by", "note", "outlives_custody", "occurs", "extension",
                                     "recurring"})
        severity = self.choice(raw, "severity", SEVERITIES, where)
        applies_to = self.choice(raw, "applies_to", AUDIENCES, where, default="all")
        figure = self.figure(raw.get("figure"), f"{where}: key 'figure'")
        figure_text = None if figure is None else self.figure_text(raw["figure"])
        in_force_from = self.day(raw.get("in_force_from"), f"{where}: key 'in_force_from'")
        in_force_until = self.day(raw.get("in_force_until"), f"{where}: key 'in_force_until'")
        if in_force_from and in_force_until and in_force_until < in_force_from:
            raise self.fail(where, "profile-until-before-from")
        raw_triggers = raw.get("trigger")
        if not isinstance(raw_triggers, list) or not raw_triggers:
            raise self.fail(f"{where}: key 'trigger'", "profile-no-trigger")
        triggers = tuple(self.trigger(t, f"{where}: trigger #{n}") for n, t in enumerate(raw_triggers, 1))
        satisfier = None
        if severity == "indicator":
            if figure is not None or "satisfied_by" in raw:
                raise self.fail(where, "profile-indicator-figure")
        elif figure is None and not self.interval_from_event(raw):
            raise self.fail(where, "profile-no-figure")
        elif figure is None or figure > timedelta(0):
            satisfier = self.satisfier(raw.get("satisfied_by"), f"{where}: key 'satisfied_by'")
        elif "satisfied_by" in raw:
            raise self.fail(where, "profile-zero-satisfied")
        duration = satisfier is not None
        for key in ("deadline", "extension", "recurring", "outlives_custody"):
            if key in raw and not duration:
                raise self.fail(where, "profile-duration-only", key=repr(key))
        if duration and "deadline" not in raw:
            raise self.fail(where, "profile-no-deadline")
        if satisfier is not None and satisfier.total is not None:
            recurring = raw.get("recurring")
            if isinstance(recurring, Mapping) and (recurring.get("from") != "due" or "every_field" in recurring):
                raise self.fail(f"{where}: key 'recurring'", "profile-total-windows")
            if figure is None or satisfier.total > figure:
                raise self.fail(f"{where}: key 'satisfied_by'", "profile-total-above-figure")
        bases = self.titles(raw.get("basis"), f"{where}: key 'basis'")
        return Rule(
            id=raw["id"], severity=severity, titles=self.titles(raw.get("title"), f"{where}: key 'title'"),
            applies_to=applies_to, figure=figure, figure_text=figure_text,
            warning=self.fraction(raw.get("warning", default_warning), f"{where}: key 'warning'"),
            basis=bases["en"], in_force_from=in_force_from, in_force_until=in_force_until,
            triggers=triggers, satisfier=satisfier, note=raw.get("note"),
            outlives_custody=self.flag(raw, "outlives_custody", where),
            short_titles=self.titles(raw.get("short_title"), f"{where}: key 'short_title'"),
            deadlines=self.titles(raw["deadline"], f"{where}: key 'deadline'") if duration else {},
            bases=bases, occurs=self.choice(raw, "occurs", OCCURS, where, default="each"),
            extensions=tuple(self.extension(e, f"{where}: extension #{n}")
                             for n, e in enumerate(self.tables(raw, "extension", where), 1)),
            recurring=(self.recurring(raw["recurring"], f"{where}: key 'recurring'", figure, triggers)
                       if "recurring" in raw else None),
        )

    def tables(self, raw: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(t, Mapping) for t in value):
            raise self.fail(f"{where}: key {key!r}", "profile-tables-list", key=key)
        return value

    def extension(self, raw: Mapping[str, Any], where: str) -> Extension:
        self.known_keys(raw, where, {"event", "where", "unless", "missing", "to", "until_field", "maximum"})
        events = self.event_test(raw, where)
        if ("to" in raw) == ("until_field" in raw):
            raise self.fail(where, "profile-to-or-until")
        until_field = raw.get("until_field")
        if until_field is not None:
            self.field_names(events.types, [until_field], f"{where}: key 'until_field'")
        maximum = self.figure(raw.get("maximum"), f"{where}: key 'maximum'")
        if maximum is None:
            raise self.fail(where, "profile-no-maximum")
        to = self.figure(raw.get("to"), f"{where}: key 'to'")
        return Extension(events, maximum, to, until_field)

    @staticmethod
    def interval_from_event(raw: Mapping[str, Any]) -> bool:
        """Whether the rule's intervals come from its triggering events (`every_field`): its figure may be left out."""
        recurring = raw.get("recurring")
        return isinstance(recurring, Mapping) and "every_field" in recurring

    def recurring(self, raw: Any, where: str, figure: timedelta | None = None,
                  triggers: tuple[Trigger, ...] = ()) -> Recurring:
        if not isinstance(raw, Mapping):
            raise self.fail(where, "profile-repeat-table")
        self.known_keys(raw, where, {"every", "every_field", "from", "ended_by"})
        every = self.figure(raw.get("every"), f"{where}: key 'every'")
        every_field = raw.get("every_field")
        if every_field is not None:
            self.minutes_field(every_field, triggers, f"{where}: key 'every_field'")
            if (every is None) != (figure is None):
                raise self.fail(where, "profile-every-field")
        elif every is None or every <= timedelta(0):  # a figure is there: rule() refused a rule without one
            raise self.fail(where, "profile-no-every")
        ended = raw.get("ended_by")
        if ended is not None and not isinstance(ended, Mapping):
            raise self.fail(f"{where}: key 'ended_by'", "profile-ended-by-table")
        return Recurring(every, self.choice(raw, "from", RECUR_FROM, where, default="met"),
                         None if ended is None else self.event_test(ended, f"{where}: key 'ended_by'"), every_field)

    def minutes_field(self, name: Any, triggers: tuple[Trigger, ...], where: str) -> None:
        """`every_field` names a minutes field of every event that triggers the rule, and only events trigger it."""
        if not isinstance(name, str):
            raise self.fail(where, "profile-field-name")
        if any(t.kind != "event" for t in triggers):
            raise self.fail(where, "profile-event-trigger")
        for trigger in triggers:
            for event_type in trigger.events.types:
                spec = field_spec(event_type, name)
                if spec is None or spec.kind is not FieldKind.MINUTES:
                    raise self.fail(where, "profile-not-minutes-field", name=name, type=event_type)

    def trigger(self, raw: Any, where: str) -> Trigger:
        if not isinstance(raw, Mapping):
            raise self.fail(where, "profile-must-be-table")
        kind = self.choice(raw, "kind", TRIGGER_KINDS, where)
        common = {"kind", "person_missing", "after", "first_only"}
        shared = {
            "person_missing": self.names(raw.get("person_missing", []), PERSON_FACTS, f"{where}: key 'person_missing'"),
            "after": self.figure(raw.get("after", "PT0S"), f"{where}: key 'after'"),
            "first_only": self.flag(raw, "first_only", where),
        }
        if kind == "event":
            self.known_keys(raw, where, common | {"event", "where", "unless", "missing", "recorded_later_than"})
            later = raw.get("recorded_later_than")
            return Trigger(
                kind, events=self.event_test(raw, where), **shared,
                recorded_later_than=None if later is None else self.figure(later, f"{where}: key 'recorded_later_than'"),
            )
        if kind == "arrival":
            self.known_keys(raw, where, common | {"stays", "facility", "unless_absence_included"})
            facility = raw.get("facility", {})
            if not isinstance(facility, Mapping) or set(facility) - set(FACILITY_FACTS):
                raise self.fail(f"{where}: key 'facility'", "profile-facility-table", names=list(FACILITY_FACTS))
            purposes = field_spec("departure", "purpose").choices
            return Trigger(
                kind, stays=self.names(raw.get("stays", list(STAY_KINDS)), STAY_KINDS, f"{where}: key 'stays'"),
                facility=dict(facility), **shared,
                unless_absence_included=self.names(raw.get("unless_absence_included", []), purposes,
                                                   f"{where}: key 'unless_absence_included'"),
            )
        if kind == "property_difference":
            self.known_keys(raw, where, common)
            return Trigger(kind, **shared)
        self.known_keys(raw, where, common | {"event", "request", "answered_by"})
        for key in ("request", "answered_by"):
            self.choice(raw, key, EVENT_FIELDS, where)
        return Trigger(kind, events=self.event_test(raw, where), request=raw["request"],
                       answered_by=raw["answered_by"], **shared)

    def satisfier(self, raw: Any, where: str) -> Satisfier:
        if not isinstance(raw, Mapping):
            raise self.fail(where, "profile-needs-satisfied")
        self.known_keys(raw, where, {"event", "where", "unless", "each_of", "language_understood", "total",
                                     "period_ends", "continuous"})
        events = self.event_test(raw, where)
        each_of = None
        if "each_of" in raw:
            table = raw["each_of"]
            if not isinstance(table, Mapping) or len(table) != 1:
                raise self.fail(f"{where}: key 'each_of'", "profile-each-of")
            (name, values), = table.items()
            each_of = (name, self.values(events.types, name, values, f"{where}: key 'each_of'"))
        language = raw.get("language_understood")
        if language is not None:
            self.field_names(events.types, [language], f"{where}: key 'language_understood'")
        total, period_ends = self.added_up(raw, events, each_of, where)
        return Satisfier(events, each_of, language, total, period_ends, self.flag(raw, "continuous", where))

    def added_up(self, raw: Mapping[str, Any], events: EventTest, each_of: Any,
                 where: str) -> tuple[timedelta | None, str | None]:
        """`total` and `period_ends` come together; the periods end at an instant field of every event type."""
        if "total" not in raw and "period_ends" not in raw:
            if "continuous" in raw:
                raise self.fail(where, "profile-total-period")
            return None, None
        if "total" not in raw or "period_ends" not in raw or each_of is not None:
            raise self.fail(where, "profile-total-period")
        total = self.figure(raw["total"], f"{where}: key 'total'")
        if total <= timedelta(0):
            raise self.fail(f"{where}: key 'total'", "profile-total-period")
        name = raw["period_ends"]
        if not isinstance(name, str):
            raise self.fail(f"{where}: key 'period_ends'", "profile-field-name")
        for event_type in events.types:
            spec = field_spec(event_type, name)
            if spec is None or spec.kind is not FieldKind.INSTANT:
                raise self.fail(f"{where}: key 'period_ends'", "profile-not-instant-field", name=name, type=event_type)
        return total, name

    def event_test(self, raw: Mapping[str, Any], where: str) -> EventTest:
        types = raw.get("event")
        types = (types,) if isinstance(types, str) else tuple(types or ())
        if not types or any(t not in EVENT_FIELDS for t in types):
            raise self.fail(f"{where}: key 'event'", "profile-event-types", value=repr(raw.get('event')))
        conditions = {}
        for key in ("where", "unless"):
            table = raw.get(key, {})
            if not isinstance(table, Mapping):
                raise self.fail(f"{where}: key {key!r}", "profile-field-values")
            # An `unless` field may belong to only some of the types: the others never match it, so they
            # are never excluded ("a court decision other than an extension, or a release").
            conditions[key] = {name: self.values(types, name, value, f"{where}: key '{key}.{name}'",
                                                 every_type=key == "where")
                               for name, value in table.items()}
        missing = tuple(raw.get("missing", ()))
        self.field_names(types, missing, f"{where}: key 'missing'")
        return EventTest(types, conditions["where"], conditions["unless"], missing)

    def values(self, types: tuple[str, ...], name: str, value: Any, where: str,
               every_type: bool = True) -> tuple[Any, ...]:
        having = tuple(t for t in types if field_spec(t, name) is not None)
        self.field_names(types if every_type or not having else having, [name], where)
        values = tuple(value) if isinstance(value, list) else (value,)
        for event_type in having:
            choices = field_spec(event_type, name).choices
            bad = [v for v in values if choices and v not in choices]
            if bad:
                raise self.fail(where, "profile-not-one-of", value=repr(bad[0]), choices=list(choices))
        return values

    def field_names(self, types: tuple[str, ...], names: Any, where: str) -> None:
        for event_type in types:
            for name in names:
                if field_spec(event_type, name) is None:
                    raise self.fail(where, "profile-no-such-field", type=repr(event_type), name=repr(name))

    def figure(self, value: Any, where: str) -> timedelta | None:
        """A duration, or a reference to a profile setting: { setting = "name" }."""
        if value is None:
            return None
        if isinstance(value, Mapping):
            name = value.get("setting")
            if set(value) != {"setting"} or name not in self.settings:
                raise self.fail(where, "profile-setting-ref", names=list(self.settings))
            return self.settings[name]
        return self.duration(value, where)

    def figure_text(self, value: str | Mapping[str, str]) -> str:
        """The figure as written, a setting reference resolved to the setting's text."""
        return self.setting_texts[value["setting"]] if isinstance(value, Mapping) else value

    def duration(self, value: Any, where: str) -> timedelta:
        try:
            return parse_duration(value)
        except ValueError as error:
            raise self.fail(where, "profile-value", problem=error) from None

    def fraction(self, value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise self.fail(where, "profile-fraction", value=repr(value))
        return float(value)

    def day(self, value: Any, where: str) -> date | None:
        if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
            return value
        raise self.fail(where, "profile-date", value=repr(value))

    def titles(self, value: Any, where: str) -> dict[str, str]:
        if not isinstance(value, Mapping) or any(not isinstance(value.get(lang), str) for lang in LANGUAGES):
            raise self.fail(where, "profile-titles", names=list(LANGUAGES))
        return dict(value)

    def flag(self, data: Mapping[str, Any], key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}: key {key!r}", "profile-not-bool", value=repr(value))
        return value

    def table(self, data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, Mapping):
            raise self.fail(where, "profile-missing-table")
        return value

    def text(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "profile-missing-text", key=repr(key))
        return value

    def choice(self, data: Mapping[str, Any], key: str, choices: Any, where: str, default: str | None = None) -> str:
        value = data.get(key, default)
        if value not in choices:
            raise self.fail(f"{where}: key {key!r}", "profile-choice", choices=list(choices), value=repr(value))
        return value

    def names(self, value: Any, choices: tuple[str, ...], where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or any(v not in choices for v in value):
            raise self.fail(where, "profile-names", choices=list(choices), value=repr(value))
        return tuple(value)

    def known_keys(self, data: Mapping[str, Any], where: str, known: set[str]) -> None:
        unknown = sorted(set(data) - known)
        if unknown:
            raise self.fail(where, "profile-unknown-key", key=repr(unknown[0]), names=sorted(known))

    def check_versions(self, rules: tuple[Rule, ...]) -> None:
        """Two versions of one rule may not both judge the same person on the same day."""
        for i, first in enumerate(rules):
            for second in rules[i + 1:]:
                if first.id == second.id and _periods_overlap(first, second) and \
                        {first.applies_to, second.applies_to} != {"adults", "minors"}:
                    raise self.fail(f"rule {first.id!r}", "profile-versions-overlap")


def _periods_overlap(a: Rule, b: Rule) -> bool:
    return ((a.in_force_until is None or b.in_force_from is None or b.in_force_from <= a.in_force_until)
            and (b.in_force_until is None or a.in_force_from is None or a.in_force_from <= b.in_force_until))

