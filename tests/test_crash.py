"""Killing a recording station at random moments never loses a committed event nor breaks the chain."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from register.access import Actor
from register.opening import open_register
from tests.core.lines import story

KILLS = 20
ROOT = Path(__file__).resolve().parent.parent


def start_station(url: str, custody: str, count: int = 0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.recording_child", url, custody, str(count)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def first_line(child: subprocess.Popen, timeout: float = 30) -> str:
    """Wait (bounded) until the child has committed at least once."""
    deadline = time.monotonic() + timeout
    line = child.stdout.readline()
    assert line and time.monotonic() < deadline, child.stderr.read()
    return line.strip()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(sqlite_url, clock):
    register = open_register(sqlite_url, clock)
    register.as_user(Actor.without_accounts()).records.import_lines(story())
    register.close()
    rng = random.Random(20260105)
    committed: list[str] = []
    for _ in range(KILLS):
        child = start_station(sqlite_url, "C-1")
        committed.append(first_line(child))
        time.sleep(rng.uniform(0, 0.25))  # let it run into a random point of a write, then kill it
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
        committed += rest.split()
        reopened = open_register(sqlite_url, clock, migrate=False)
        operator = reopened.as_user(Actor.without_accounts())
        assert operator.chain.verify().intact
        stored = {e.id for e in operator.reports.timeline("C-1", log=False).events}
        assert set(committed) <= stored
        reopened.close()
    assert len(committed) > KILLS
