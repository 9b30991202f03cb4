"""The performance benchmark suite: `python -m benchmarks.run` (or `make bench`) writes docs/performance.md."""
