"""The results table in docs/performance.md: regenerated between two markers, the prose around it kept."""
from __future__ import annotations

import os
import platform
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from benchmarks.figures import Figure

START, END = "<!-- benchmark results: start (written by `make bench`) -->", "<!-- benchmark results: end -->"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                     if line.startswith("MemTotal"))
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores, {memory_kb / 1024 ** 2:.0f} GB; {platform.system()} "
            f"{platform.release()}; Python {platform.python_version()}; load average at the end: {load}")


def code_version() -> str:
    """The commit measured, so that a figure can be traced to the code that produced it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=Path(__file__).parent, capture_output=True, text=True).stdout.strip()
    commit = git("rev-parse", "--short", "HEAD") or "an unknown commit"
    return commit + (" with uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def table(figures: Sequence[Figure]) -> list[str]:
    lines = ["| figure | measured | baseline in the same run | ratio | target | met |", "|---|---|---|---|---|---|"]
    for f in figures:
        baseline = f"{_number(f.baseline)} {f.unit}" if f.baseline is not None else "—"
        ratio = f"{f.ratio:.1f}×" if f.ratio is not None else "—"
        met = {True: "**yes**", False: "**no**", None: "reported"}[f.met]
        name = f"{f.name} ({f.note})" if f.note else f.name
        lines.append(f"| {name} | {_number(f.value)} {f.unit} | {baseline} | {ratio} | {f.target} | {met} |")
    return lines


def growth_table(growth: Sequence[tuple[str, int, int, float]]) -> list[str]:
    """Breaches time per size (name, custodies, records, seconds).

    Larger sizes span longer, so their custodies are longer (remand lasts months): the time per
    record, not per custody, is what stays flat when growth is linear in the size of the register.
    """
    lines = ["| size | custodies | records | breaches | per custody | per record |", "|---|---|---|---|---|---|"]
    for name, custodies, records, seconds in growth:
        lines.append(f"| {name} | {custodies:,} | {records:,} | {seconds:.2f} s | {seconds / custodies * 1e6:.0f} µs "
                     f"| {seconds / records * 1e6:.1f} µs |")
    first, last = growth[0], growth[-1]
    factor = (last[3] / last[2]) / (first[3] / first[2])
    verdict = "no worse than linear" if factor <= 1.25 else "worse than linear"
    lines += ["", f"Time per record from {first[0]} to {last[0]}: ×{factor:.2f} ({verdict}; "
                  f"up to ×1.25 is taken as measurement noise)."]
    return lines


def results(size: str, figures: Sequence[Figure], growth: Sequence[tuple[str, int, int, float]], command: str,
            skipped: Sequence[str]) -> str:
    met = [f for f in figures if f.met]
    missed = [f for f in figures if f.met is False]
    lines = [START, "", f"Last run: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, size **{size}**, "
                        f"command `{command}`, code at {code_version()}.", "", f"Machine: {machine()}.", ""]
    lines += table(figures)
    lines += ["", f"Targets met: {len(met)} of {len(met) + len(missed)}"
                  + (f"; not met: {', '.join(f.name for f in missed)}." if missed else ".")]
    if skipped:
        lines += ["", "Not measured in this run: " + "; ".join(skipped) + "."]
    if growth:
        lines += ["", "Growth of breaches with the size of the register:", ""] + growth_table(growth)
    return "\n".join(lines + ["", END])


def write(path: Path, block: str) -> None:
    """Replace the results block of the document (or start the document with it)."""
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Performance\n\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(before + block + after, encoding="utf-8")
