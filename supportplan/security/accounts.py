"""Staff accounts on an encrypted plan book: add, remove, roles, passwords, the recovery key.

Each change is made in the book (one short transaction with its audit event) and in the key
file (written whole, safely). Only an admin may change other people's accounts.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from supportplan.errors import NotAllowed, NotFound, WrongPassword
from supportplan.i18n import _
from supportplan.model import Staff
from supportplan.model.kinds import StaffRole
from supportplan.security.access import Gate, check_new_password, wrong_password
from supportplan.security.keys import KeyFile, new_recovery_key
from supportplan.services.staff import staff_view
from supportplan.services.views import StaffView

if TYPE_CHECKING:
    from supportplan.book import PlanBook


class AccountService:
    def __init__(self, book: PlanBook) -> None:
        self._book = book

    # -- checks --------------------------------------------------------------------------

    def _keys(self) -> tuple[KeyFile, bytes]:
        if self._book.key_file is None or self._book.key is None:
            raise NotAllowed(_("This practice plan book has no passwords."))
        return self._book.key_file, self._book.key

    def _admin(self) -> None:
        if self._book.recovered:
            return
        current = self._book.staff.current()
        if current is None or current.role is not StaffRole.ADMIN:
            raise NotAllowed(_("Only an admin can change staff accounts."))

    def is_admin(self) -> bool:
        try:
            self._admin()
        except NotAllowed:
            return False
        return True

    # -- the signed-in staff member ------------------------------------------------------

    def check_password(self, password: str, gate: Gate) -> bool:
        """True if this is the signed-in staff member's password (to unlock the screen).

        A wrong one raises WrongPassword, with a growing wait after repeated tries.
        """
        key_file, _key = self._keys()
        gate.check()
        if self._book.staff_id and key_file.unlock(str(self._book.staff_id), password):
            gate.succeeded()
            return True
        raise wrong_password(gate, _("That password is not right. Please try again."))

    def change_password(self, old: str, new: str) -> None:
        key_file, book_key = self._keys()
        staff = self._book.staff.current()
        if staff is None:
            raise NotAllowed(_("Please sign in first."))
        if key_file.unlock(str(staff.id), old) is None:
            raise WrongPassword(_("Your current password is not right. Nothing was changed."))
        check_new_password(new)
        self._wrap(key_file, book_key, staff, new, "change_password")

    # -- admin ---------------------------------------------------------------------------

    def add_staff(self, name: str, password: str, role: StaffRole = StaffRole.STAFF) -> StaffView:
        """A new staff member who signs in with ``password`` (they can change it later)."""
        key_file, book_key = self._keys()
        self._admin()
        check_new_password(password)
        staff = self._book.staff.add(name, role)
        self._wrap(key_file, book_key, staff, password, None)
        return staff

    def reset_password(self, staff_id: uuid.UUID, password: str) -> None:
        key_file, book_key = self._keys()
        self._admin()
        check_new_password(password)
        self._wrap(key_file, book_key, self._book.staff.get(staff_id), password, "reset_password")

    def recover_as(self, staff_id: uuid.UUID, password: str) -> StaffView:
        """After opening with the recovery key: set this staff member's new password, sign in."""
        if not self._book.recovered:
            raise NotAllowed(_("Only an admin can change staff accounts."))
        self.reset_password(staff_id, password)
        self._book.recovered = False
        return self._book.staff.act_as(staff_id)

    def remove_staff(self, staff_id: uuid.UUID) -> None:
        """They can no longer sign in. What they wrote stays, with their name."""
        key_file, _key = self._keys()
        self._admin()
        if staff_id == self._book.staff_id:
            raise NotAllowed(_("You cannot remove yourself. Ask another admin."))
        with self._book.write() as session:
            staff = self._get(session, staff_id)
            if staff.role is StaffRole.ADMIN and self._admins(session) <= 1:
                raise NotAllowed(_("There must always be at least one admin."))
            staff.active = False
            self._book.audit(session, "remove", "staff", staff_id)
        key_file.remove(staff_id)
        key_file.save()

    def set_role(self, staff_id: uuid.UUID, role: StaffRole) -> StaffView:
        key_file, _key = self._keys()
        self._admin()
        with self._book.write() as session:
            staff = self._get(session, staff_id)
            if (
                staff.role is StaffRole.ADMIN
                and role is not StaffRole.ADMIN
                and self._admins(session) <= 1
            ):
                raise NotAllowed(_("There must always be at least one admin."))
            staff.role = role
            self._book.audit(session, "change", "staff", staff_id)
            view = staff_view(staff)
        key_file.rename(staff_id, view.name, view.role.value)
        key_file.save()
        return view

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working). Show the new one once."""
        key_file, book_key = self._keys()
        self._admin()
        recovery = new_recovery_key()
        key_file.set_recovery(recovery, book_key)
        key_file.save()
        with self._book.write() as session:
            self._book.audit(session, "change", "recovery_key", None)
        return recovery

    # -- inside --------------------------------------------------------------------------

    def _wrap(
        self,
        key_file: KeyFile,
        book_key: bytes,
        staff: StaffView,
        password: str,
        action: str | None,
    ) -> None:
        key_file.add_staff(staff.id, staff.name, staff.role.value, password, book_key)
        key_file.save()
        if action:
            with self._book.write() as session:
                self._book.audit(session, action, "staff", staff.id)

    def _get(self, session, staff_id: uuid.UUID) -> Staff:
        staff = session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise NotFound(_("This staff member could not be found."))
        return staff

    def _admins(self, session) -> int:
        query = select(func.count(Staff.id)).where(
            Staff.role == StaffRole.ADMIN, Staff.active.is_(True)
        )
        return session.scalar(query) or 0
