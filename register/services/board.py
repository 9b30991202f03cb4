"""The board and search: pages of custodies with live clocks, and the facilities and people behind them."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Mapping

from models.orm import CustodyStateRow
from register import queries, store
from register.access import Permission
from register.domain import BoardRow, Facility, Namesake, Person
from register.risk import safety_facts
from register.rules import evaluate
from register.search_text import DOCUMENT_TAIL, document_key, name_words, names_alike
from register.services.base import Service
from register.timeline import CustodyTimeline


@dataclass(frozen=True)
class BoardQuery:
    """What the board or the search screen asks for; filtering and sorting happen in SQL."""
    facility_id: str | None = None
    text: str | None = None  # name, document or custody id
    held_only: bool = True
    apprehended_from: datetime | None = None
    apprehended_until: datetime | None = None
    minors_only: bool = False
    foreign_only: bool = False
    age_unknown_only: bool = False  # people whose birth date is not established yet (identities first)
    custody_ids: tuple[str, ...] = ()  # only these custodies (the people of one mass intake); () means any
    sort: str = "apprehended_at"  # apprehended_at | person_name | next_due_at | custody_id
    descending: bool = False


class BoardService(Service):
    """What the board, the search screen and the forms' pickers read."""

    def facilities(self) -> list[Facility]:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return [f for f in store.facilities(session) if self.actor.covers(f.id)]

    def facility(self, facility_id: str) -> Facility | None:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return store.facility(session, facility_id)

    def person(self, person_id: str) -> Person | None:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return store.person(session, person_id)

    def find_persons(self, text: str, limit: int = 20, birth_date: date | None = None) -> list[Person]:
        """People already known to the register, however their name or document is typed (search_text), and
        born on `birth_date` when given: the intake's look-up, of the user's facilities only."""
        self.actor.require(Permission.READ)
        with self._session() as session:
            return queries.find_persons(session, text, limit, self.actor.facilities, self.actor.username, birth_date)

    def find_namesakes(self, full_name: str, birth_date: date | None, id_document: str | None) -> list[Namesake]:
        """People of every facility who may be the person an intake is about to register (the same birth date
        and a name alike, or the same document's digits), so nobody held elsewhere before is registered twice:
        of those the user may not read, only what identifies them and where and when they were held."""
        self.actor.require(Permission.READ)
        digits = document_key(id_document)
        with self._session() as session:
            found = queries.namesakes(session, birth_date, name_words(full_name), digits)
            found = [n for n in found if (birth_date is not None and n.birth_date == birth_date
                                          and names_alike(n.full_name, full_name))
                     or (digits and n.document_tail and digits.endswith(n.document_tail))]
            readable = {p.id: p for n in found for p in queries.find_persons(
                session, n.person_id, 1, self.actor.facilities, self.actor.username) if p.id == n.person_id}
        if found:
            self._log_access("read", f"namesakes of {birth_date or 'an unknown birth date'}"
                             + (f" or document …{digits[-DOCUMENT_TAIL:]}" if digits else ""))
        return [replace(n, person=readable.get(n.person_id)) for n in found]

    def rows(self, query: BoardQuery, offset: int = 0, limit: int = 200,
             as_of: datetime | None = None) -> list[BoardRow]:
        """One page of the board or of search results, with live clocks for the rows on it."""
        self.actor.require(Permission.READ)
        as_of = as_of or self._now()
        with self._session() as session:
            states = queries.board_states(session, query, self.actor.facilities, offset, limit)
            timelines = {t.custody.id: t for t in store.timelines(session, [s.custody_id for s in states])}
            facility_names = queries.facility_names(session)
        if offset == 0:  # a page further down is the same reading, scrolled
            self._log_access("read", _board_subject(query))
        return [self._board_row(state, timelines[state.custody_id], facility_names, as_of) for state in states]

    def count(self, query: BoardQuery) -> int:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return queries.board_count(session, query, self.actor.facilities)

    def _board_row(self, state: CustodyStateRow, timeline: CustodyTimeline, facility_names: Mapping[str, str],
                   as_of: datetime) -> BoardRow:
        person = timeline.effective_person
        facility = timeline.facilities.get(state.facility_id) if state.facility_id else None
        safety = safety_facts(timeline)
        return BoardRow(
            custody_id=state.custody_id, person_id=person.id, person_name=person.full_name,
            birth_date=person.birth_date, citizenship=person.citizenship, facility_id=state.facility_id,
            facility_name=facility_names.get(state.facility_id), location=state.location,
            timezone=facility.timezone if facility else timeline.timezone,
            apprehended_at=state.apprehended_at, released_at=state.released_at,
            clocks=tuple(evaluate(timeline, self.profile, as_of)), is_minor=state.is_minor,
            is_foreign_national=state.is_foreign_national, id_document=person.id_document,
            markers=safety.markers, check_interval_minutes=safety.check_interval_minutes,
            vulnerabilities=safety.vulnerabilities,
            estimated_age=person.estimated_age if person.birth_date is None else None)


def _board_subject(query: BoardQuery) -> str:
    """What the access log says a board or search reading showed: the facility and the words searched."""
    subject = f"board of {query.facility_id or 'every facility'}"
    if query.text and query.text.strip():
        subject = f"search for '{query.text.strip()}' in {subject}"
    return subject + ("" if query.held_only else ", released included")
