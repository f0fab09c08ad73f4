"""Staff members who write plans."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select

from supportplan import text
from supportplan.errors import BadInput, NotFound
from supportplan.i18n import _
from supportplan.model import Staff
from supportplan.model.kinds import StaffRole
from supportplan.services.views import StaffView

if TYPE_CHECKING:
    from supportplan.book import PlanBook


def staff_view(staff: Staff) -> StaffView:
    return StaffView(staff.id, staff.name, staff.role, staff.active)


class StaffService:
    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def add(
        self, name: str, role: StaffRole = StaffRole.STAFF, staff_id: uuid.UUID | None = None
    ) -> StaffView:
        try:
            name = text.clean(name, limit=text.MAX_NAME)
        except BadInput as error:
            raise BadInput(_("Please write the staff member's name.")) from error
        with self._book.write() as session:
            staff = Staff(id=staff_id or uuid.uuid4(), name=name, role=role)
            session.add(staff)
            session.flush()
            self._book.audit(session, "create", "staff", staff.id)
            return staff_view(staff)

    def list(self, *, include_inactive: bool = False) -> list[StaffView]:
        query = select(Staff).order_by(Staff.name)
        if not include_inactive:
            query = query.where(Staff.active.is_(True))
        with self._book.read() as session:
            return [staff_view(s) for s in session.scalars(query)]

    def get(self, staff_id: uuid.UUID) -> StaffView:
        with self._book.read() as session:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise NotFound(_("This staff member could not be found."))
            return staff_view(staff)

    def act_as(self, staff_id: uuid.UUID) -> StaffView:
        """From now on, edits in this plan book are recorded as this staff member's."""
        view = self.get(staff_id)
        if not view.active:
            raise BadInput(_("This staff member can no longer sign in."))
        self._book.staff_id = view.id
        return view

    def current(self) -> StaffView | None:
        return self.get(self._book.staff_id) if self._book.staff_id else None
