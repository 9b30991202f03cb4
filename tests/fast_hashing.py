"""Cheap argon2 parameters for tests that create and sign in many accounts (the real ones take ~0.7 s each)."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from register import accounts


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
