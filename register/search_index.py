"""The stored search keys: written with each person (store.insert_records) and each custody_state row
(projection.custody_state), and computed once for rows written before revision 0007.

The keys are derived from chained records, so they are not chained themselves: whoever doubts them
refills them from the records (`fill_missing` after deleting them).
"""
from __future__ import annotations

from sqlalchemy import Engine, bindparam, select, update
from sqlalchemy.orm import Session

from models.orm import CustodyStateRow, PersonRow, PersonSearchRow
from register.domain import Person
from register.search_text import document_key, name_key

BATCH = 5000


def person_keys(person: Person) -> dict:
    return {"person_id": person.id, "name_key": name_key(person.full_name),
            "document_key": document_key(person.id_document), "birth_date": person.birth_date}


def fill_missing(engine: Engine) -> int:
    """Compute the keys of persons and custody_state rows that have none (a register upgraded to revision
    0005); returns how many rows were filled. Run at open by the register's owner, like the other
    upgrades of stored derived data."""
    filled = 0
    with Session(engine) as session, session.begin():
        persons = session.execute(
            select(PersonRow.id, PersonRow.full_name, PersonRow.id_document, PersonRow.birth_date)
            .where(~PersonRow.id.in_(select(PersonSearchRow.person_id)))).all()
        rows = [{"person_id": id_, "name_key": name_key(name), "document_key": document_key(document),
                 "birth_date": born} for id_, name, document, born in persons]
        for start in range(0, len(rows), BATCH):
            session.connection().execute(PersonSearchRow.__table__.insert(), rows[start:start + BATCH])
        filled += len(rows)
        states = session.execute(select(CustodyStateRow.custody_id, CustodyStateRow.person_name,
                                        CustodyStateRow.id_document)
                                 .where(CustodyStateRow.name_key.is_(None))).all()
        if states:
            table = CustodyStateRow.__table__
            session.connection().execute(update(table).where(table.c.custody_id == bindparam("row_id"))
                            .values(name_key=bindparam("new_name"), document_key=bindparam("new_document")),
                            [{"row_id": c, "new_name": name_key(n), "new_document": document_key(d)}
                             for c, n, d in states])
        filled += len(states)
    return filled


def needs_filling(engine: Engine) -> bool:
    from register.store import desk_reader  # here: the store writes keys through this module
    with Session(engine) as session:
        if desk_reader(session):  # the whereabouts desk reads no person row; the owner fills keys at its open
            return False
        return (session.scalar(select(CustodyStateRow.custody_id).where(CustodyStateRow.name_key.is_(None))
                               .limit(1)) is not None
                or session.scalar(select(PersonRow.id).where(~PersonRow.id.in_(select(PersonSearchRow.person_id)))
                                  .limit(1)) is not None)
