"""The register's one error taxonomy: every refusal has a stable code, the field it names and its parameters.

The command line prints a refusal's English sentence and exits with the status its class decides
(contract section 1: bad input 2, the register unusable 3, refused 4); the desktop says the same code in
the officer's language. The sentences of all three languages live in one table (register/wording.py),
never in the raise sites, so no screen has to recognise English text.
"""
from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from register.wording import render

EXIT_BAD_INPUT, EXIT_UNUSABLE, EXIT_REFUSED = 2, 3, 4


class Message(str):
    """A sentence of the table: its English text (a plain string to logs, files and the command line) that
    also carries its code and parameters, so that the desktop can say it in Russian or Kazakh."""

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, **params: Any) -> Message:
        text = super().__new__(cls, render(code, params, "en"))
        text.code, text.params = code, params
        return text

    def __reduce__(self):
        return _message, (self.code, dict(self.params))

    def __copy__(self) -> Message:
        return self

    def __deepcopy__(self, memo) -> Message:
        return self


def _message(code: str, params: dict) -> Message:
    return Message(code, **params)


# The reasons a file cannot be read or written, said in the register's words rather than the system's English.
_OS_REASONS = {errno.ENOENT: "os-no-such-file", errno.EACCES: "os-permission-denied", errno.EPERM: "os-permission-denied",
               errno.ENOSPC: "os-disk-full", errno.EISDIR: "os-is-a-folder", errno.ENOTDIR: "os-not-a-folder",
               errno.EROFS: "os-read-only"}


def os_reason(error: OSError) -> Message:
    """Why a file operation failed, as a sentence of the table (the system's own text when it is none of those)."""
    code = _OS_REASONS.get(error.errno)
    return Message(code) if code else Message("os-error", text=error.strerror or str(error))


class RegisterError(Exception):
    """A refusal of the register: `code` picks the sentence, `field` is what a form marks, `params` fill it."""

    exit_status = EXIT_BAD_INPUT

    def __init__(self, code: str, field: str | None = None, **params: Any):
        self.code = code
        self.field = field
        self.params = {"field": field, **params} if field is not None else params
        super().__init__(code)

    @property
    def message(self) -> Message:
        return Message(self.code, **self.params)

    def __str__(self) -> str:
        return render(self.code, self.params, "en")


class BadInput(RegisterError, ValueError):
    """A file, an argument or a value the register cannot take (exit 2)."""


class NotFound(BadInput, LookupError):
    """A record named by id that is not in the register (exit 2: the id was bad input)."""


class AccessDenied(RegisterError, PermissionError):
    """The acting user's role or facilities do not allow the action (exit 4)."""

    exit_status = EXIT_REFUSED


class Unusable(RegisterError):
    """The register cannot be used: unreachable, corrupt, of a newer version, out of space (exit 3)."""

    exit_status = EXIT_UNUSABLE


@dataclass(frozen=True)
class Problem:
    """One reason a batch cannot be written: where it came from (a line number, a form's record id),
    the sentence (a Message, or a text the desktop has already translated) and the field it names."""
    ref: object
    message: str
    field: str | None = None
    record_id: str | None = None

    @classmethod
    def of(cls, ref: object, error: RegisterError, record_id: str | None = None) -> Problem:
        return cls(ref, error.message, error.field, record_id)


class Rejected(BadInput):
    """The batch was refused and nothing was written; `more` problems were found beyond those listed."""

    def __init__(self, problems: Sequence[Problem], more: int = 0):
        self.problems = list(problems)
        self.more = more
        super().__init__("rejected")

    def __str__(self) -> str:
        return "; ".join(p.message for p in self.problems)
