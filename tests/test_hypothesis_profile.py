"""CI replays the same property-test examples every run; a local run keeps exploring (tests/conftest.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROBE = ("import tests.conftest; from hypothesis import settings; "
         "print(settings.default.derandomize, settings.default.database is None)")


@pytest.mark.parametrize("env, deterministic", [
    ({"CI": "true"}, "True True"),
    ({"HYPOTHESIS_PROFILE": "ci"}, "True True"),
    ({}, "False False"),
])
def test_the_ci_profile_is_chosen_by_the_environment(env, deterministic):
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE")}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env={**base, **env}, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == deterministic


def test_ci_run_selects_the_ci_profile():
    assert "HYPOTHESIS_PROFILE=ci" in (ROOT / ".ci" / "run").read_text()
