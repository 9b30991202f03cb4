"""The desktop's remembered choices, read with explicit types.

An INI file gives back strings ('false' is truthy), so every read names its
type and default here, and nowhere else.

Every key is read from the user's file first and then from the station's system-wide file (QSettings'
system scope: $XDG_CONFIG_DIRS/detention-register/desktop.ini, /etc/xdg by default; on Windows
%PROGRAMDATA%/detention-register/desktop.ini), so IT can roll out the register's URL and the station's
settings once for all its users; a user's own choice wins, and changes are written to the user's file only.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "detention-register"
APPLICATION = "desktop"


class Settings:
    def __init__(self) -> None:
        self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray:
        return self._store.value(key, QByteArray(), type=QByteArray)

    @property
    def database_url(self) -> str:
        """The register this station opens when neither --db nor $DETENTION_REGISTER_DB names one ('' for the
        SQLite file in the user's data directory)."""
        return self._store.value("register/url", "", type=str)

    @property
    def language(self) -> str:
        return self._store.value("ui/language", "", type=str)

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def dark(self) -> bool | None:
        """The user's choice of a dark or light theme; None until they choose: the system's scheme then."""
        return self._store.value("ui/dark", False, type=bool) if self._store.contains("ui/dark") else None

    @dark.setter
    def dark(self, value: bool) -> None:
        self._store.setValue("ui/dark", value)

    @property
    def facility(self) -> str:
        """The facility the board was last showing ('' for all)."""
        return self._store.value("board/facility", "", type=str)

    @facility.setter
    def facility(self, value: str) -> None:
        self._store.setValue("board/facility", value)

    @property
    def acknowledge_within_minutes(self) -> int:
        """How long an open alert may wait for acknowledgement before the inbox highlights it (at least 1)."""
        return max(1, self._store.value("alerts/acknowledge_within_minutes", 30, type=int))

    @acknowledge_within_minutes.setter
    def acknowledge_within_minutes(self, value: int) -> None:
        self._store.setValue("alerts/acknowledge_within_minutes", value)

    @property
    def lock_after_minutes(self) -> int:
        """Idle minutes after which the station locks and asks for the password again (at least 1)."""
        return max(1, self._store.value("session/lock_after_minutes", 15, type=int))

    @lock_after_minutes.setter
    def lock_after_minutes(self, value: int) -> None:
        self._store.setValue("session/lock_after_minutes", value)

    def geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def header_state(self, table: str) -> QByteArray:
        return self._bytes(f"columns/{table}")

    def save_header_state(self, table: str, state: QByteArray) -> None:
        self._store.setValue(f"columns/{table}", state)

    def sync(self) -> None:
        self._store.sync()
