"""A printed timeline's QR code, read from the rendered page as a scanner would, verifies with the desktop's
"Verify a printout" service and with `detention-register verify --checkpoint`; after an insider rewrites the
apprehension time, the same paper names the record the register now holds differently."""
from __future__ import annotations

from datetime import timedelta

from printing.timeline_pdf import write_timeline_pdf
from register import printout, witness
from tests.core.lines import story
from tests.printing.pdf_helpers import decode_qr_codes, pages_text
from tests.test_insider import move_apprehension
from ui.cli import main


def _printed(operator, tmp_path) -> tuple[str, str]:
    operator.records.import_lines(story())
    report = operator.reports.timeline_report("C-1")
    path = tmp_path / "timeline.pdf"
    write_timeline_pdf(report, "ru", path)
    pages = pages_text(path.read_bytes())
    codes = decode_qr_codes(path, len(pages), tmp_path, dpi=300)
    assert len(codes) == 1, f"{len(codes)} QR codes read from the last of {len(pages)} pages"
    return codes[0], " ".join(pages)


def test_the_qr_code_of_a_printed_timeline_verifies_with_the_desktop_and_the_command_line(operator, register, clock,
                                                                                         db_url, tmp_path, capsys):
    scanned, printed = _printed(operator, tmp_path)
    evidence = printout.parse(scanned)
    check = operator.witness.check_printout(evidence)
    assert check.signed and check.listed and check.custody == "C-1"
    assert len(check.records) == 4 + 3 and not check.differing  # four events, the custody, the person, a facility
    for record in check.records:  # the paper shows each record's chain No. and the hash start the code lists
        assert record.printed in printed.replace(" ", "") and str(record.seq) in printed
    store = witness.store_for(register.url)
    result = witness.witness(store, operator.witness, clock.now(), check.observation, "printout")
    assert result.departure is None and [k.source for k in store.kept()] == ["printout", "register"]

    kept = tmp_path / "scanned.txt"
    kept.write_text(scanned, encoding="utf-8")
    assert main(["--db", db_url, "verify", "--checkpoint", str(kept)]) == 0
    capsys.readouterr()


def test_after_a_rewrite_the_printout_names_the_changed_record_and_the_witness_the_size(operator, register, clock,
                                                                                       db_url, tmp_path, capsys):
    scanned, _ = _printed(operator, tmp_path)
    evidence = printout.parse(scanned)
    apprehension = operator.reports.timeline("C-1", log=False).apprehension
    move_apprehension(register, apprehension.at + timedelta(hours=2))

    check = operator.witness.check_printout(evidence)
    assert check.signed  # the paper is genuine
    assert {(r.kind, r.record_id) for r in check.differing} >= {("event", "E-1")}
    assert ("person", "P-1") not in {(r.kind, r.record_id) for r in check.differing}  # entered before E-1
    result = witness.witness(witness.store_for(register.url), operator.witness, clock.now(), check.observation,
                             "printout")
    assert result.departure is not None and result.departure.first_size == evidence.signed.checkpoint.size

    kept = tmp_path / "scanned.txt"
    kept.write_text(scanned, encoding="utf-8")
    assert main(["--db", db_url, "verify", "--checkpoint", str(kept)]) == 1
    assert f"checkpoint of size {evidence.signed.checkpoint.size}" in capsys.readouterr().err


def test_a_forged_qr_text_is_not_signed_by_the_register(operator, tmp_path):
    scanned, _ = _printed(operator, tmp_path)
    lines = scanned.split("\n")
    listed = next(i for i, line in enumerate(lines) if line.startswith("timeline "))
    seq, prefix = lines[listed + 2].split(" ")
    lines[listed + 2] = f"{seq} {'0' * len(prefix)}"  # a forger's list: the signature no longer covers it
    check = operator.witness.check_printout(printout.parse("\n".join(lines)))
    assert not check.signed
