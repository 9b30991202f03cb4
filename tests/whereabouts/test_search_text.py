"""One folding search: however a name or a document is typed, the person is found, on the board, in
the intake's look-up and through the services (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from register.access import Actor
from register.search_text import document_key, like_pattern, name_key, search_terms
from register.services.board import BoardQuery
from tests.whereabouts.people import people_lines

OFFICER = Actor("duty1", "duty_officer", "Aigerim Duty")


@pytest.mark.parametrize("typed", ["Қасымов", "Касымов", "КАСЫМОВ", "Kasymov", "Kassymov", "Qasymov",
                                   "K\u0430symov", "Кaсымов", "ерлан касымов", "Kasymov Yerlan"])
def test_every_spelling_of_a_kazakh_name_folds_to_one_key(typed):
    stored = name_key("Қасымов Ерлан Бекұлы")
    assert all(word in stored for word in search_terms(typed).words)


def test_different_names_stay_apart():
    assert name_key("Касымов") != name_key("Хасанов")
    assert "petrov" not in name_key("Қасымов Ерлан")


def test_a_document_folds_to_its_digits_and_like_wildcards_are_literal():
    assert document_key("Удостоверение личности РК № 014349049") == "014349049"
    assert search_terms("014349049").digits == "014349049"
    assert search_terms("12").digits is None  # two digits would find half the register
    assert like_pattern("50%_a\\") == "%50\\%\\_a\\\\%"


@pytest.fixture
def people(register):
    register.as_user(Actor.command_line()).records.import_lines(people_lines())
    return register.as_user(OFFICER)


@pytest.mark.parametrize("typed", ["Касымов", "Kasymov", "Қасымов ерлан", "014349049", "349049",
                                   "Удостоверение личности РК № 014349049", "C-1"])
def test_the_board_and_the_look_up_find_the_person_however_typed(people, typed):
    assert [r.custody_id for r in people.board.rows(BoardQuery(text=typed, held_only=False))] == ["C-1"]
    assert [p.id for p in people.board.find_persons(typed)] == (["P-1"] if typed != "C-1" else [])


@pytest.mark.parametrize("typed", ["Асел", "Asel", "Омарова Асел", "Serikkyzy"])
def test_a_latin_letter_inside_a_cyrillic_name_does_not_hide_the_person(people, typed):
    assert [p.id for p in people.board.find_persons(typed)] == ["P-2"]
    assert [r.custody_id for r in people.board.rows(BoardQuery(text=typed, held_only=False))] == ["C-2"]


def test_wildcards_typed_in_a_query_match_nothing_more(people):
    assert people.board.find_persons("%") == []
    assert people.board.find_persons("_") == []
    assert people.board.rows(BoardQuery(text="%%", held_only=False)) == []


def test_the_look_up_narrows_by_birth_date(people):
    from datetime import date
    assert [p.id for p in people.board.find_persons("Kasymov", birth_date=date(1990, 3, 1))] == ["P-1"]
    assert people.board.find_persons("Kasymov", birth_date=date(1991, 3, 1)) == []


def test_a_register_from_before_the_keys_gets_them_when_opened(tmp_path, clock):
    from alembic import command

    from models.engine import make_engine
    from models.migrate import _config
    from register.opening import open_register
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()
    register = open_register(url, clock)
    try:
        register.as_user(Actor.command_line()).records.import_lines(people_lines())
        with register.engine.begin() as connection:  # as a register written before revision 0006 looks
            connection.execute(text("DELETE FROM person_search"))
            connection.execute(text("UPDATE custody_state SET name_key = NULL, document_key = NULL"))
    finally:
        register.close()
    register = open_register(url, clock)
    try:
        officer = register.as_user(OFFICER)
        assert [p.id for p in officer.board.find_persons("Kasymov")] == ["P-1"]
        assert [r.custody_id for r in officer.board.rows(BoardQuery(text="014349049"))] == ["C-1"]
        with register.engine.begin() as connection:
            with pytest.raises(Exception, match="append-only"):
                connection.execute(text("UPDATE facility SET name = 'x'"))
    finally:
        register.close()
