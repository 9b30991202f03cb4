"""Deterministic synthetic registers in the contract's JSON Lines form (contract section 2).

For demos, load tests and rule-engine checks: the same seed and arguments give
byte-identical output, every record is valid import input, and a known share
of custodies carries deliberate breaches. Records stream one custody at a
time, so a national year (150,000 custodies) never sits in memory.
"""
from register.synthetic.demo import demo_lines, demo_records
from register.synthetic.generator import SIZES, Size, generate, write_jsonl

__all__ = ["SIZES", "Size", "demo_lines", "demo_records", "generate", "write_jsonl"]
