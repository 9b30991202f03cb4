"""Property: whatever a file holds, import exits 0 or 2, prints no traceback, and never writes half."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.lines import CUSTODY, EVENTS, FACILITY, PERSON, event, problems
from ui.cli import main

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6)


def _fresh_records(n: int) -> list[dict]:
    """A valid second custody, with ids unique to this example so that valid files really write."""
    suffix = f"-{n}"
    person = dict(PERSON, id="P" + suffix)
    custody = dict(CUSTODY, id="C" + suffix, person="P" + suffix)
    events = [dict(e, id=e["id"] + suffix, custody="C" + suffix) for e in EVENTS]
    events.append(dict(event("E-5" + suffix, "release", "2026-01-05T16:00:00+05:00", reason="freed"),
                       custody="C" + suffix))
    return [person, custody, *events]


@st.composite
def mutated_files(draw):
    records = _fresh_records(draw(st.integers(min_value=0, max_value=10**9)))
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        try:
            record = json.loads(lines[index])
        except json.JSONDecodeError:
            record = None
        record = record if isinstance(record, dict) else {}
        mutation = draw(st.sampled_from(["drop", "set", "garbage", "truncate", "swap", "duplicate"]))
        if mutation == "drop" and record:
            record.pop(draw(st.sampled_from(sorted(record))))
            lines[index] = json.dumps(record, ensure_ascii=False)
        elif mutation == "set" and record:
            record[draw(st.sampled_from(sorted(record)))] = draw(json_values)
            lines[index] = json.dumps(record, ensure_ascii=False)
        elif mutation == "garbage":
            lines[index] = draw(st.text(max_size=40))
        elif mutation == "truncate":
            lines[index] = lines[index][: draw(st.integers(min_value=0, max_value=len(lines[index])))]
        elif mutation == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            lines.insert(index, lines[index])
    return lines


def _export(url: str, capsys) -> str:
    capsys.readouterr()
    assert main(["--db", url, "export"]) == 0
    return "\n".join(line for line in capsys.readouterr().out.splitlines()
                     if '"record":"chain"' not in line and '"format"' not in line)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file_lines=mutated_files())
def test_import_never_writes_half_and_never_crashes(file_lines, capsys):
    url = _shared_register()
    before = _export(url, capsys)
    path = Path(tempfile.mkdtemp()) / "input.jsonl"
    path.write_text("\n".join(file_lines), encoding="utf-8", errors="surrogatepass")
    status = main(["--db", url, "import", str(path)])
    output = capsys.readouterr()
    assert status in (0, 2)
    assert "Traceback" not in output.err
    if status == 2:
        assert problems(output.err) and all(line.startswith(str(path)) for line in problems(output.err))
        assert _export(url, capsys) == before
    assert main(["--db", url, "verify"]) == 0


_REGISTER: list[str] = []


def _shared_register() -> str:
    """One register for all examples, seeded with a valid story (examples add to it)."""
    if not _REGISTER:
        folder = Path(tempfile.mkdtemp(prefix="register-fuzz-"))
        url = f"sqlite:///{folder / 'fuzz.db'}"
        story = folder / "story.jsonl"
        story.write_text("\n".join(json.dumps(r, ensure_ascii=False)
                                   for r in (FACILITY, PERSON, CUSTODY, *EVENTS)), encoding="utf-8")
        assert main(["--db", url, "import", str(story)]) == 0
        _REGISTER.append(url)
    return _REGISTER[0]


def test_a_control_character_in_a_value_is_escaped_and_the_message_stays_one_line(tmp_path, capsys):
    """The case hypothesis found: NEL (\\x85) in a value, printed raw, split the one-line message in two
    (str.splitlines() breaks at it) and could garble a terminal."""
    url = _shared_register()
    before = _export(url, capsys)
    record = dict(_fresh_records(0)[2], at="2026-01-05T11:00\x85")
    path = tmp_path / "input.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", url, "import", str(path)]) == 2
    assert problems(capsys.readouterr().err) == [
        f"{path}:1: event {record['id']}: the time: '2026-01-05T11:00\\x85' has no UTC offset; write it as e.g. "
        f"2026-01-05T10:00:00+05:00"]
    assert _export(url, capsys) == before
