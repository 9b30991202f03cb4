"""`detention-register oversight`: the oversight report of a period as PDF and CSV from the command line."""
from __future__ import annotations

import csv
import io

import pytest

from tests.core.lines import problems, story
from tests.printing.pdf_helpers import pages_text
from ui.cli import main


@pytest.fixture
def imported(sqlite_url, tmp_path, capsys):
    path = tmp_path / "story.jsonl"
    path.write_text("\n".join(story()) + "\n", encoding="utf-8")
    assert main(["--db", sqlite_url, "import", str(path)]) == 0
    capsys.readouterr()
    return sqlite_url


def test_csv_to_standard_output_with_the_custody_numbers(imported, capsys):
    assert main(["--db", imported, "oversight", "--from", "2026-01-05", "--to", "2026-01-05", "--csv", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    figures = {(r["scope"], r["figure"], r["key"]): (r["value"], r["custodies"]) for r in rows}
    assert figures[("total", "custodies", "")] == ("1", "C-1")
    assert figures[("F-1", "rule_breached", "rights-in-writing")] == ("1", "C-1")
    assert figures[("total", "late_registration", "")] == ("1", "C-1")  # entered at 17:00, apprehended at 10:00
    assert int(figures[("", "tree_size", "")][0]) > 0


def test_the_period_is_local_days(imported, capsys):
    """Apprehended at 10:00 on 5 January in Almaty: not on 4 January, whatever UTC says."""
    assert main(["--db", imported, "oversight", "--from", "2026-01-04", "--to", "2026-01-04", "--csv", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert ["0"] == [r["value"] for r in rows if r["scope"] == "total" and r["figure"] == "custodies"]


def test_pdf_in_russian(imported, tmp_path, capsys):
    path = tmp_path / "oversight.pdf"
    assert main(["--db", imported, "oversight", "--from", "2026-01-01", "--to", "2026-01-31", "--pdf", str(path),
                 "--lang", "ru", "--facility", "F-1"]) == 0
    text = " ".join(pages_text(path.read_bytes()))
    assert "Отчёт для надзора" in text and "ИВС ДП г. Алматы (F-1)" in text and "C-1" in text
    assert "written to" in capsys.readouterr().err


@pytest.mark.parametrize("arguments, message", [
    (["--from", "2026-01-01", "--to", "2026-01-31"], "say where to write the report: --pdf FILE and/or --csv FILE"),
    (["--from", "1 Jan", "--to", "2026-01-31", "--csv", "-"], "--from: '1 Jan' is not a day written YYYY-MM-DD"),
    (["--from", "2026-02-01", "--to", "2026-01-31", "--csv", "-"],
     "the period ends on 2026-01-31, before it starts on 2026-02-01"),
])
def test_bad_arguments_exit_2_with_one_sentence(imported, capsys, arguments, message):
    assert main(["--db", imported, "oversight", *arguments]) == 2
    assert problems(capsys.readouterr().err) == [f"detention-register: {message}"]
