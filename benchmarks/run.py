"""`python -m benchmarks.run`: generate (or reuse) the data, measure every figure, write docs/performance.md.

    python -m benchmarks.run                          # national, growth at 10k, 50k and national, PostgreSQL
    python -m benchmarks.run --size surge --sizes 10k --skip-postgres
"""
from __future__ import annotations

import argparse
import shlex
import sys
import tempfile
from pathlib import Path

from benchmarks import figures as measure
from benchmarks import report
from benchmarks.data import DATA_DIR, WORKLOADS, dataset
from benchmarks.desk_figures import desk_figures
from benchmarks.evidence_figures import evidence_figures
from benchmarks.group_action import group_action_figures

DOCUMENT = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=WORKLOADS, default="national", help="the register every figure is on")
    parser.add_argument("--sizes", default="10k,50k,national",
                        help="comma-separated sizes for the growth of breaches ('' for none)")
    parser.add_argument("--skip-postgres", action="store_true", help="leave out the PostgreSQL figures")
    parser.add_argument("--samples", type=int, default=300, help="custodies re-evaluated and events recorded")
    parser.add_argument("--regenerate", action="store_true", help="write the data files again")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--output", type=Path, default=DOCUMENT)
    args = parser.parse_args(argv)
    growth_sizes = [s for s in args.sizes.split(",") if s]
    unknown = [s for s in growth_sizes if s not in WORKLOADS]
    if unknown:
        parser.error(f"unknown sizes: {', '.join(unknown)} (choose from {', '.join(WORKLOADS)})")

    data = dataset(args.size, args.regenerate, args.data_dir)
    log(f"{data.name}: {data.lines:,} lines in {data.path}")
    skipped = []
    with tempfile.TemporaryDirectory(prefix="register-bench-") as scratch:
        workdir = Path(scratch)
        url, results, breaches = measure.import_and_breaches(data, workdir)
        log_figures(results)
        results += measure.service_figures(url, data, workdir, args.samples)
        results += evidence_figures(url, args.samples)
        results += desk_figures(url, args.samples)
        results += group_action_figures(url)
        results.append(measure.desktop_memory(url))
        log_figures(results[3:])
        if args.skip_postgres:
            skipped.append("PostgreSQL (--skip-postgres)")
        else:
            sqlite = {"import": results[0].value, "breaches": results[1].value}
            postgres = measure.postgres_figures(data, sqlite, args.samples)
            results += postgres
            log_figures(postgres)
        growth = []
        for name in sorted(growth_sizes, key=lambda s: WORKLOADS[s].custodies):
            sized = dataset(name, args.regenerate, args.data_dir)
            seconds = breaches if name == data.name else measure.breaches_time(sized, workdir)
            growth.append((name, sized.custodies, sized.lines - 1, seconds))
            log(f"growth {name}: breaches {seconds:.2f} s")
    command = "python -m benchmarks.run " + shlex.join(argv if argv is not None else sys.argv[1:])
    report.write(args.output, report.results(data.name, results, growth, command.strip(), skipped))
    log(f"written {args.output}")
    return 0


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def log_figures(figures: list[measure.Figure]) -> None:
    for line in report.table(figures)[2:]:
        log(line)


if __name__ == "__main__":
    sys.exit(main())
