"""A custody too long for one QR code is printed with its whole signed list in numbered codes: read from the
rendered pages as a scanner would, in any order, they verify with the desktop's "Verify a printout" service and
with `detention-register verify --checkpoint`; a changed row on such paper does not."""
from __future__ import annotations

import hashlib
import json
import random
from datetime import timedelta

import pytest

from printing.timeline_pdf import write_timeline_pdf
from register import printout, witness
from register.checkpoint import CheckpointError
from tests.conftest import T0
from tests.core.lines import event, lines, story
from tests.printing.pdf_helpers import decode_qr_codes, pages_text
from ui.cli import main

PLACEMENTS = 220  # a night of cell moves: far more records than one printed code can list


def _long_custody() -> list[str]:
    moves = [event(f"M-{n}", "placement", (T0 + timedelta(hours=2, minutes=10 + n)).isoformat(),
                   location=f"Камера {n % 9 + 1}") for n in range(PLACEMENTS)]
    return story() + [json.dumps(m, ensure_ascii=False) for m in moves]


def _scanned(operator, tmp_path) -> tuple[list[str], str]:
    """Every QR code of the printed timeline, page by page, and the whole QR text the register signed."""
    operator.records.import_lines(_long_custody())
    report = operator.reports.timeline_report("C-1")
    path = tmp_path / "timeline.pdf"
    write_timeline_pdf(report, "en", path)
    pages = pages_text(path.read_bytes())
    count = len(printout.printed_codes(report.evidence))
    with_codes = [number for number, text in enumerate(pages, start=1) if f" of {count}" in text]
    codes = [code for page in with_codes for code in decode_qr_codes(path, page, tmp_path, dpi=300)]
    assert count > 2 and len(codes) == count, f"{len(codes)} of {count} codes read from pages {with_codes}"
    assert f"Code {count} of {count}" in pages[-1]
    return codes, report.evidence


def test_every_numbered_code_scanned_in_any_order_verifies_the_long_printout(operator, register, clock, db_url,
                                                                               tmp_path, capsys):
    codes, _ = _scanned(operator, tmp_path)
    random.Random(5).shuffle(codes)
    scanned = "\n".join(codes)

    check = operator.witness.check_printout(printout.parse(scanned))
    assert check.signed and check.listed and check.custody == "C-1"
    assert len(check.records) == 4 + PLACEMENTS + 3 and not check.differing  # events, custody, person, facility
    result = witness.witness(witness.store_for(register.url), operator.witness, clock.now(), check.observation,
                             "printout")
    assert result.departure is None

    whole, first = tmp_path / "scanned.txt", tmp_path / "first-code.txt"
    whole.write_text(scanned, encoding="utf-8")
    first.write_text(next(c for c in codes if c.startswith("detention-register printout 1/")), encoding="utf-8")
    assert main(["--db", db_url, "verify", "--checkpoint", str(whole)]) == 0
    assert main(["--db", db_url, "verify", "--checkpoint", str(first)]) == 0  # code 1 holds the checkpoint
    capsys.readouterr()


def test_a_changed_row_on_the_long_printout_fails_verification(operator, db_url, tmp_path, capsys):
    codes, _ = _scanned(operator, tmp_path)
    second = next(i for i, code in enumerate(codes) if code.startswith("detention-register printout 2/"))
    header, *rows = codes[second].split("\n")
    row = next(i for i, line in enumerate(rows) if line[:1].isdigit())
    seq, prefix = rows[row].split(" ")
    rows[row] = f"{seq} {'0' * len(prefix)}"  # the forger's row, printed in a code of its own
    forged = codes[:second] + [header + "\n" + "\n".join(rows)] + codes[second + 1:]

    with pytest.raises(CheckpointError) as damaged:  # the codes no longer put together into the printed text
        printout.parse("\n".join(forged))
    assert damaged.value.code == "qr-parts-damaged"

    whole = printout.joined("\n".join(codes)).split("\n")
    whole[whole.index(f"{seq} {prefix}")] = rows[row]
    redone = printout.printed_codes("\n".join(whole))  # a forger who also recomputes the codes' digest
    check = operator.witness.check_printout(printout.parse("\n".join(redone)))
    assert not check.signed

    forged_file = tmp_path / "forged.txt"
    forged_file.write_text("\n".join(redone), encoding="utf-8")
    assert main(["--db", db_url, "verify", "--checkpoint", str(forged_file)]) == 1
    assert "is not signed by this register's key" in capsys.readouterr().err


def test_a_missing_code_is_named(operator):
    operator.records.import_lines(_long_custody())
    codes = printout.printed_codes(operator.reports.timeline_report("C-1").evidence)
    kept = [code for code in codes if not code.startswith("detention-register printout 2/")]
    with pytest.raises(CheckpointError) as missing:
        printout.parse("\n".join(kept))
    assert missing.value.code == "qr-parts-missing" and missing.value.params["missing"] == "2"


def test_numbered_codes_keep_whole_lines_and_each_fits_a_printed_code():
    checkpoint_note = "origin\n12345\n" + "A" * 44 + "\n\n\u2014 origin " + "S" * 88 + "\n"
    listing = "origin\ntimeline C-9\n12345\n" + "".join(f"{n} {n:012x}\n" for n in range(400))
    text = printout.qr_text(checkpoint_note, listing + "\n\u2014 origin " + "T" * 88 + "\n")
    codes = printout.printed_codes(text)
    assert len(codes) > 1 and all(len(code.encode()) <= printout.QR_LIMIT for code in codes)
    digest = hashlib.sha256(text.strip("\n").encode()).hexdigest()[:16]
    assert all(code.split("\n")[0].endswith(digest) for code in codes)
    assert codes[0].split("\n", 1)[1].startswith(checkpoint_note)  # code 1 holds the whole checkpoint
    assert printout.joined("\n\n".join(reversed(codes)) + "\n") == text.strip("\n")
    assert printout.printed_codes("short") == ("short",)
