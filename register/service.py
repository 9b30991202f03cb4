"""The register's services for one acting user, composed: every read and write, checked against the user's role.

`open_register(url)` gives an `OpenedRegister`; `.as_user(actor)` gives the `Services` that screens,
printouts and the command line talk to, one service per responsibility, e.g.
`svc.records.record_event(...)`, `svc.board.rows(...)`, `svc.reports.timeline_report(...)`.
Every service shares the one acting user and the one session factory (`ActingUser`).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from register import store
from register.access import Actor
from register.accounts import AccountService
from register.alerts import AlertService
from register.complaints import ComplaintsService
from register.confidential import ConfidentialFlags
from register.domain import RuleInfo
from register.now import Clock
from register.projection import judged_with
from register.rules import Profile
from register.services.access_log import AccessLogService
from register.services.base import ActingUser
from register.services.board import BoardService
from register.services.chain_export import ChainService
from register.services.custody_record import CustodyRecordService
from register.services.maintenance import MaintenanceService, judge_every_custody
from register.services.records import RecordsService
from register.services.reports import ReportsService
from register.services.whereabouts import WhereaboutsService
from register.services.witnessing import WitnessService
from register.writing import in_write_transaction


class OpenedRegister:
    """An open database with its rule profile and time source; hands out per-user services."""

    def __init__(self, engine: Engine, profile: Profile, clock: Clock, url: str):
        self.engine = engine
        self.profile = profile
        self.clock = clock
        self.url = url

    def as_user(self, actor: Actor) -> Services:
        return Services(self, actor)

    def close(self) -> None:
        self.engine.dispose()

    def adopt_profile_if_empty(self) -> None:
        """Record the profile as the projection's on a register with no custodies yet (see
        store.adopt_profile_if_empty); a write lock is taken only when that is not yet known."""
        with Session(self.engine) as session:
            if store.projection_fingerprint(session) is not None:
                return
        in_write_transaction(self.engine, lambda session: store.adopt_profile_if_empty(
            session, judged_with(self.profile)))

    def judge_again_if_stale(self) -> int | None:
        """The owner's part of an upgrade (`init`): judge every custody again when the board's rows and stored
        clocks were judged with another profile or by an older program, so that no station's reader judges
        the register afresh and no administrator has to `rebuild` a secured register before it is fast again.
        Returns how many custodies were judged, None when they were current."""
        fingerprint = judged_with(self.profile)
        with Session(self.engine) as session:
            if store.projection_fingerprint(session) == fingerprint:
                return None

        def judge(session: Session) -> int | None:
            if store.projection_fingerprint(session) == fingerprint:  # judged by another opening meanwhile
                return None
            return judge_every_custody(session, self.profile, self.clock.now())

        return in_write_transaction(self.engine, judge)


class Services:
    """Everything one acting user may ask of the register, one attribute per responsibility.

    Each service checks the user's role itself, so whichever screen or command reaches it, the same
    rule applies (tests/test_access_matrix.py calls every public method as every role).
    """

    def __init__(self, register: OpenedRegister, actor: Actor):
        acting = ActingUser(register, actor)
        self._acting = acting
        self.register = register
        self.records = RecordsService(acting)  # intakes, events, corrections, imports, facilities
        self.board = BoardService(acting)  # the board, search, facilities and people
        self.reports = ReportsService(acting)  # timelines, clocks, held list, oversight, rights notice
        self.chain = ChainService(acting)  # the chain's head, verification, export
        self.maintenance = MaintenanceService(acting)  # the board's projection
        self.access = AccessLogService(acting)  # who opened, printed or exported what
        self.accounts = AccountService(acting)
        self.alerts = AlertService(acting)
        self.confidential = ConfidentialFlags(acting)
        self.complaints = ComplaintsService(acting)
        self.whereabouts = WhereaboutsService(acting)  # the desk: relatives' inquiries, reported apprehensions
        self.witness = WitnessService(acting)  # tree heads and proofs for a witness's own store of checkpoints
        self.custody = CustodyRecordService(acting)  # property receipt, injury register, shift handover

    @property
    def actor(self) -> Actor:
        """The acting user as of the last service call (it follows the account: register.sessions)."""
        return self._acting.actor

    @property
    def profile(self) -> Profile:
        return self.register.profile

    def now(self) -> datetime:
        return self.register.clock.now()

    def rule_infos(self) -> dict[str, RuleInfo]:
        """The open profile's rules as of today, for a screen's titles and figures."""
        return {info.id: info for info in self.profile.infos(self.now().date())}
