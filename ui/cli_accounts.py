"""The command line's sign-in and `accounts` commands (contract section 5).

Once a register has an account, every command that reads or writes its content acts as a signed-in
account: `--user NAME` (or DETENTION_REGISTER_USER) with the password from DETENTION_REGISTER_PASSWORD
or, at a terminal, a prompt. Without a valid sign-in the command is refused (exit 4) before it reads or
writes anything. A register without accounts works without sign-in, and says so on stderr.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from contextlib import contextmanager
from typing import Iterator


from register import accounts
from register.access import ROLES, Actor
from register.errors import AccessDenied, BadInput
from register.opening import RegisterUnavailable, open_register, resolve_url
from register.service import Services

ENV_USER = "DETENTION_REGISTER_USER"
ENV_PASSWORD = "DETENTION_REGISTER_PASSWORD"
ENV_NEW_PASSWORD = "DETENTION_REGISTER_NEW_PASSWORD"
EXIT_REFUSED = 4
NO_ACCOUNT_NOTICE = ("detention-register: this register has no account yet, so nobody signs in; create the first "
                     "administrator with 'detention-register init --admin USERNAME'")


class NotSignedIn(AccessDenied):
    """No valid sign-in for a register that has accounts; exit status 4. A sentence of the register's table,
    as every refusal is, so that a translated command line or the desktop can say it too."""


class PasswordUnavailable(BadInput):
    """No new password given and no terminal to ask at; exit status 2."""


def add_arguments(parser: argparse.ArgumentParser, commands) -> None:
    """The global `--user` option and the `accounts` command with its sub-commands."""
    parser.add_argument("--user", metavar="NAME", help=f"the account to act as (default: ${ENV_USER}); the "
                                                       f"password comes from ${ENV_PASSWORD} or a prompt")
    manage = commands.add_parser("accounts", help="list, add, disable, enable accounts; reset a password")
    actions = manage.add_subparsers(dest="accounts_command", required=True)
    add = actions.add_parser("add", help=f"create an account; its password comes from ${ENV_NEW_PASSWORD} "
                                         f"or a prompt")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--facility", action="append", default=[], metavar="ID",
                     help="a facility the account works for (repeat for several; none: every facility)")
    add.add_argument("--full-name", help="the holder's full name (default: the username)")
    actions.add_parser("list", help="one line per account: username, role, facilities, enabled or disabled")
    for name, text in (("disable", "the account can no longer sign in; its open sessions end"),
                       ("enable", "the account may sign in again"),
                       ("reset-password", f"a new password (from ${ENV_NEW_PASSWORD} or a prompt) that must "
                                          f"be changed at the next sign-in")):
        actions.add_parser(name, help=text).add_argument("username")
    actions.add_parser("change-password", help=f"change your own password (the new one from "
                                               f"${ENV_NEW_PASSWORD} or a prompt)")


@contextmanager
def signed_in(args: argparse.Namespace, migrate: bool = True, create: bool = False) -> Iterator[Services]:
    """The register's services as the signed-in account; NotSignedIn (exit 4) without a valid sign-in.

    On a PostgreSQL register that enforces access, or that the station cannot open with the URL's own
    credentials (a station holds no password), the account's own database login is what connects."""
    url = resolve_url(args.db)
    try:
        register = open_register(url, profile=args.profile, migrate=migrate, create=create, upgrade_shared=False)
    except RegisterUnavailable as error:
        if not (_username(args) and accounts.needs_account_login(url, error)):
            raise
        register = None
    opened = [register] if register is not None else []
    try:
        if register is not None and not accounts.has_accounts(register):
            if not getattr(args, "quiet", False):  # a note, which -q silences (ui/cli_conventions.py)
                print(NO_ACCOUNT_NOTICE, file=sys.stderr)
            yield register.as_user(Actor.without_accounts())
            return
        username = _username(args)
        if not username:
            raise NotSignedIn("cli-sign-in-needed", user_variable=ENV_USER, password_variable=ENV_PASSWORD)
        try:
            working, actor = accounts.sign_in(register, url, username, _password(username), args.profile)
        except accounts.SignInRefused as refusal:
            raise NotSignedIn("cli-sign-in-refused", reason=refusal.message) from None
        if working is not register:
            opened.append(working)
        if accounts.password_change_due(working, username) and not _changing_own_password(args):
            raise NotSignedIn("cli-password-was-reset", user=username)
        yield working.as_user(actor)
    finally:
        for each in opened:
            each.close()


def _username(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None) or os.environ.get(ENV_USER)


def _password(username: str) -> str:
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            raise NotSignedIn("cli-no-password", user=username, variable=ENV_PASSWORD)
        password = getpass.getpass(f"password for {username}: ")
    return password


def _changing_own_password(args: argparse.Namespace) -> bool:
    return args.command == "accounts" and args.accounts_command == "change-password"


def new_password(purpose: str) -> str:
    """A new password from $DETENTION_REGISTER_NEW_PASSWORD or, at a terminal, asked twice without echo."""
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise PasswordUnavailable("no-new-password", purpose=purpose, variable=ENV_NEW_PASSWORD)
    password = getpass.getpass(f"new password for {purpose}: ")
    if getpass.getpass("again: ") != password:
        raise PasswordUnavailable("passwords-differ")
    return password


def run(service: Services, args: argparse.Namespace) -> int:
    """One `accounts` sub-command as the signed-in account; every change enters the chain (register.accounts)."""
    command, name, manage = args.accounts_command, getattr(args, "username", None), service.accounts
    if command == "list":
        for account in manage.accounts():
            facilities = ",".join(account.facilities) or "all facilities"
            state = "disabled" if account.disabled else "enabled"
            print(f"{account.username}\t{account.role}\t{facilities}\t{state}")
    elif command == "add":
        manage.create_account(name, args.full_name or name, args.role, new_password(name), args.facility)
        print(f"account {name} created ({args.role}, {', '.join(args.facility) or 'all facilities'})")
    elif command == "disable":
        manage.disable(name)
        print(f"account {name} disabled; its open sessions end before their next read or write")
    elif command == "enable":
        manage.enable(name)
        print(f"account {name} enabled")
    elif command == "reset-password":
        manage.set_password(name, new_password(name))
        print(f"password of {name} reset; it must be changed at the next sign-in")
    else:
        actor = service.actor
        manage.change_password(os.environ.get(ENV_PASSWORD) or _current_password(actor), new_password(actor.username))
        print(f"password of {actor.username} changed")
    return 0


def _current_password(actor: Actor) -> str:
    if actor.is_without_accounts:
        raise NotSignedIn("cli-no-account-yet")
    return getpass.getpass(f"current password for {actor.username}: ")
