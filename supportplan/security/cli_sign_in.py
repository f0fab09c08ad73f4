"""Signing in from the command line: a prompt, or environment variables for scripted use.

PLAN_TOGETHER_STAFF names the staff member (not needed when there is only one);
PLAN_TOGETHER_PASSWORD gives their password. Without it the password is asked for at a
prompt that does not show what is typed. A plain practice book needs neither.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from supportplan.book import PlanBook
from supportplan.errors import BadInput, StorageError
from supportplan.i18n import _
from supportplan.security.access import (
    Gate,
    create_book,
    is_encrypted,
    names_at_sign_in,
    needs_setting_up,
    sign_in,
)

STAFF_VARIABLE = "PLAN_TOGETHER_STAFF"
PASSWORD_VARIABLE = "PLAN_TOGETHER_PASSWORD"


def _password(prompt: str) -> str:
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given
    if not sys.stdin or not sys.stdin.isatty():
        raise BadInput(
            _("Please give your password at the prompt, or in {variable}.").format(
                variable=PASSWORD_VARIABLE
            )
        )
    return getpass.getpass(prompt)


def open_for_command(path: Path, staff: str | None) -> PlanBook:
    """Open the plan book for a command: encrypted ones need a staff member and password."""
    if not is_encrypted(path):
        if needs_setting_up(path):
            raise StorageError(
                _(
                    "There is no plan book at {file} yet. Start Plan Together to set one up, "
                    "or run: main.py new --db {file}"
                ).format(file=path)
            )
        return PlanBook.open(path)  # a plain practice book
    names = names_at_sign_in(path)
    wanted = (staff or os.environ.get(STAFF_VARIABLE) or "").strip().casefold()
    if wanted:
        chosen = [n for n in names if n.name.casefold() == wanted]
    else:
        chosen = names if len(names) == 1 else []
    if not chosen:
        raise BadInput(
            _("Please say who you are with --staff NAME or {variable}.").format(
                variable=STAFF_VARIABLE
            )
            if not wanted
            else _("There is no staff member with that name in this plan book.")
        )
    password = _password(_("Password for {name}: ").format(name=chosen[0].name))
    return sign_in(path, chosen[0].staff_id, password, Gate())


def set_up_from_command(path: Path, staff: str | None, organisation: str) -> tuple[PlanBook, str]:
    """``main.py new``: an encrypted plan book with its first admin. Returns the recovery key."""
    name = staff or os.environ.get(STAFF_VARIABLE) or ""
    if not name.strip():
        raise BadInput(_("Please give your name with --staff NAME."))
    password = _password(_("Choose a password: "))
    if PASSWORD_VARIABLE not in os.environ and getpass.getpass(_("Type it again: ")) != password:
        raise BadInput(_("The two passwords are not the same. Nothing was made."))
    return create_book(path, organisation, name, password)
