"""The benchmark suite at a tiny size: it runs end to end and writes its table (figures not judged here)."""
from __future__ import annotations

from benchmarks import run
from benchmarks.report import END, START


def test_tiny_run_writes_the_results_table(tmp_path):
    document = tmp_path / "performance.md"
    document.write_text(f"# Performance\n\nProse kept.\n\n{START}\nold\n{END}\n\nMore prose.\n", encoding="utf-8")

    run.main(["--size", "tiny", "--sizes", "tiny", "--skip-postgres", "--samples", "10",
              "--data-dir", str(tmp_path / "data"), "--output", str(document)])

    text = document.read_text(encoding="utf-8")
    assert "Prose kept." in text and "More prose." in text and "\nold\n" not in text
    assert "| import of the tiny file into SQLite, chain included" in text
    for figure in ("breaches over the whole tiny register", "re-evaluating one custody", "opening the custody board",
                   "a filtered search", "event custody timeline", "recording one event through the service layer",
                   "memory of the desktop app", "refreshing the alert inbox", "the Merkle tree's part",
                   "signing a checkpoint", "a group action (placement) on 500 custodies", "an inclusion proof", "verify with a witness's checkpoint", "Machine: ", "| tiny | 200 | 2,260 |"):
        assert figure in text
