"""The access log: who opened, printed, exported or signed in, for oversight to read."""
from __future__ import annotations

from register import queries
from register.access import AccessEntry, Permission
from register.services.base import Service


class AccessLogService(Service):
    """Appends what the acting user did (services log their own openings and prints) and reads the log."""

    def log_access(self, action: str, subject: str) -> None:
        """Record that this user opened, printed, exported or signed in to something (visible to oversight)."""
        self._log_access(action, subject)

    def access_log(self, subject: str | None = None) -> list[AccessEntry]:
        """Who opened, printed or exported what, oldest first; `subject` e.g. 'custody C-1'."""
        self.actor.require(Permission.READ_ACCESS_LOG)
        with self._session() as session:
            return queries.access_entries(session, subject)
