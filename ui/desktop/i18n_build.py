"""Compile every Qt Linguist catalogue in resources/translations (`make translations`).

The .ts files are the source of truth, written and reviewed by hand; this only
runs `pyside6-lrelease` on each, writing the .qm next to it.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from ui.desktop.i18n import TRANSLATIONS

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)


def stale_catalogues(directory: Path = TRANSLATIONS) -> list[Path]:
    """The .ts files whose committed .qm is missing or differs from a fresh compilation."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in sorted(directory.glob("*.ts")):
            fresh = Path(scratch) / ts.with_suffix(".qm").name
            compile_catalogue(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.is_file() or qm.read_bytes() != fresh.read_bytes():
                stale.append(ts)
    return stale


def main() -> int:
    catalogues = sorted(TRANSLATIONS.glob("*.ts"))
    for ts in catalogues:
        compile_catalogue(ts, ts.with_suffix(".qm"))
    print(f"compiled {len(catalogues)} catalogues in {TRANSLATIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
