"""The benchmark's input files, generated once per size and seed and cached under benchmarks/data/.

The generator is deterministic, so a cached file is exactly what a fresh run would
write; it is regenerated only when missing (or with `--regenerate`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from register.synthetic import SIZES, Size, write_jsonl

DATA_DIR = Path(__file__).resolve().parent / "data"
SEED = 2022
END = datetime(2025, 1, 1, 12, 0, tzinfo=timezone.utc)  # every run judges the same register at the same instant
YEAR = timedelta(days=365)


def _national_density(custodies: int) -> Size:
    """`custodies` apprehended at the national year's rate, for measuring growth with size."""
    return Size(custodies, YEAR * custodies / SIZES["national"].custodies)


WORKLOADS: dict[str, Size] = {
    "tiny": _national_density(200),
    "1k": _national_density(1_000),
    "2k": _national_density(2_000),
    "surge": SIZES["surge"],
    "10k": _national_density(10_000),
    "50k": _national_density(50_000),
    "national": SIZES["national"],
}


@dataclass(frozen=True)
class Dataset:
    name: str
    path: Path
    custodies: int
    lines: int


def dataset(name: str, regenerate: bool = False, directory: Path = DATA_DIR) -> Dataset:
    """The JSON Lines file of a workload, written atomically so an interrupted run leaves no half file."""
    size = WORKLOADS[name]
    path = directory / f"{name}-{SEED}.jsonl"
    if regenerate or not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with open(partial, "w", encoding="utf-8") as stream:
            write_jsonl(size.records(SEED, END), stream)
        os.replace(partial, path)
    with open(path, "rb") as stream:
        lines = sum(1 for _ in stream)
    return Dataset(name, path, size.custodies, lines)
