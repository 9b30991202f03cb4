"""A large file through the command line's streaming path: all of it written, or, for one bad line, nothing."""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from register.access import Actor
from register.opening import open_register
from register.synthetic import generate, write_jsonl
from register.writing import PROBLEM_LIMIT
from tests.core.lines import problems, story
from ui.cli import main

END = datetime(2025, 1, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def large_file(tmp_path_factory):
    """2,000 custodies over a month (about 50,000 records), with the count of each record kind."""
    path = tmp_path_factory.mktemp("large") / "large.jsonl"
    with open(path, "w", encoding="utf-8") as stream:
        write_jsonl(generate(7, 2000, END - timedelta(days=30), END), stream)
    kinds = Counter(json.loads(line).get("record") for line in path.read_text(encoding="utf-8").splitlines())
    return path, kinds


def _operator(url):
    return open_register(url).as_user(Actor.without_accounts())


def test_a_large_file_is_imported_whole_and_verifies(sqlite_url, large_file, capsys):
    path, kinds = large_file
    assert main(["--db", sqlite_url, "import", str(path)]) == 0
    assert capsys.readouterr().out.strip() == (f"imported: {kinds['facility']} facility, {kinds['person']} person, "
                                               f"{kinds['custody']} custody, {kinds['event']} event")
    operator = _operator(sqlite_url)
    provenance = 1  # the import chains who imported which file, when (contract section 5)
    assert operator.chain.head().seq == (kinds["facility"] + kinds["person"] + kinds["custody"] + kinds["event"]
                                         + provenance)
    assert operator.chain.verify().intact
    assert main(["--db", sqlite_url, "import", str(path)]) == 0  # the same file again changes nothing
    assert "nothing new" in capsys.readouterr().out


def test_a_bad_line_near_the_end_of_a_large_file_leaves_the_register_untouched(sqlite_url, large_file, tmp_path,
                                                                                capsys):
    operator = _operator(sqlite_url)
    operator.records.import_lines(story())
    head = operator.chain.head()
    lines = large_file[0].read_text(encoding="utf-8").splitlines()
    stray = json.loads(lines[-1]) | {"id": "E-stray", "custody": "C-nowhere"}
    lines.insert(len(lines) - 1, json.dumps(stray, ensure_ascii=False))
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert main(["--db", sqlite_url, "import", str(bad)]) == 2
    assert problems(capsys.readouterr().err) == [f"{bad}:{len(lines) - 1}: unknown custody 'C-nowhere'"]
    assert operator.chain.head() == head
    assert operator.chain.verify().intact


def test_problems_beyond_the_limit_are_counted_not_listed(sqlite_url, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n" * (PROBLEM_LIMIT + 250), encoding="utf-8")
    assert main(["--db", sqlite_url, "import", str(bad)]) == 2
    err = problems(capsys.readouterr().err)
    assert err[0] == f"{bad}:1: not a valid JSON object"
    assert err[PROBLEM_LIMIT - 1] == f"{bad}:{PROBLEM_LIMIT}: not a valid JSON object"
    assert err[PROBLEM_LIMIT:] == [f"{bad}: 250 more problems not listed"]
