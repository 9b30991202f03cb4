"""The register's evidence as a whole: the chain, the tables beside it, and what verify says of them.

The services call in here in one line; the pure parts are register/chain.py (the linear chain) and,
on top of it, register/merkle.py and register/checkpoint.py.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy.orm import Session

from register import chain, store


def verify_register(session: Session, keep_going: Callable[[], bool] | None = None) -> chain.Verdict:
    """Every record that no longer matches: in the chain, in the tables but not the chain, and accounts
    whose current row disagrees with their last recorded change."""
    head = store.chain_head(session)
    verdict = chain.verify_links(store.chain_links(session), expected_head=(head.seq, head.hash),
                                 keep_going=keep_going)
    findings = [chain.Finding(f"{stray} is in the register but not in the chain: it was written behind the "
                              f"register's back", None, stray) for stray in store.unchained_records(session)]
    findings += [chain.Finding(f"account {username} no longer matches its last recorded change: it was altered "
                               f"behind the register's back", None, f"account {username}")
                 for username in store.accounts_out_of_step(session)]
    return verdict.adding(findings) if findings else verdict
