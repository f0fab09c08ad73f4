"""Entries: what's good, what I'd like to change, about me — each with who said it."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supportplan import text
from supportplan.errors import BadInput, NotFound
from supportplan.i18n import _
from supportplan.model import Entry, PlanVersion, Template, TemplateArea
from supportplan.model.kinds import ABOUT_ME, ABOUT_ME_KINDS, AREA_KINDS, EntryKind, SaidBy
from supportplan.photos import check_photo
from supportplan.services.ordering import place, renumber
from supportplan.services.reading import draft_version, entry_view, person_of_version, staff_names
from supportplan.services.views import EntryView

if TYPE_CHECKING:
    from supportplan.book import PlanBook


class EntryService:
    """Add, change, move and remove entries in a draft version.

    ``remove`` hands back the entry as it was, and ``restore`` puts it back with the same id
    and place, so the screens' undo calls the same service the edit did.
    """

    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def add(
        self,
        version_id: uuid.UUID,
        section: str,
        kind: EntryKind,
        words: str,
        said_by: SaidBy = SaidBy.PERSON,
        *,
        staff_only: bool = False,
        position: int | None = None,
        entry_id: uuid.UUID | None = None,
        photo: bytes | None = None,
    ) -> EntryView:
        """Add an entry at the end of its list (or at ``position``), recording whose words."""
        with self._book.write() as session:
            version = draft_version(session, version_id)
            _check_section(session, version, section, kind)
            entry = Entry(
                id=entry_id or uuid.uuid4(),
                version_id=version_id,
                section=section,
                kind=kind,
                text=text.clean(words),
                said_by=said_by,
                staff_id=self._book.staff_id if said_by is SaidBy.STAFF else None,
                staff_only=staff_only,
                photo=check_photo(photo),
            )
            siblings = _siblings(session, version_id, section, kind)
            session.add(entry)
            place(siblings, entry, position)
            session.flush()
            self._book.audit(
                session, "create", "entry", entry.id, person_of_version(session, version_id)
            )
            return entry_view(entry, staff_names(session), photo is not None)

    def edit(
        self,
        entry_id: uuid.UUID,
        words: str | None = None,
        said_by: SaidBy | None = None,
        staff_only: bool | None = None,
    ) -> EntryView:
        """Change an entry's words, whose words they are, or whether only staff see it."""
        with self._book.write() as session:
            entry = self._draft_entry(session, entry_id)
            if words is not None:
                entry.text = text.clean(words)
            if said_by is not None:
                entry.said_by = said_by
                entry.staff_id = self._book.staff_id if said_by is SaidBy.STAFF else None
            if staff_only is not None:
                entry.staff_only = staff_only
            session.flush()
            self._book.audit(
                session, "change", "entry", entry.id, person_of_version(session, entry.version_id)
            )
            return self._view(session, entry)

    def set_photo(self, entry_id: uuid.UUID, photo: bytes | None) -> EntryView:
        """A photo of the person's own (their home, their friends) to print beside the entry."""
        with self._book.write() as session:
            entry = self._draft_entry(session, entry_id)
            entry.photo = check_photo(photo)
            session.flush()
            self._book.audit(
                session, "change", "entry", entry.id, person_of_version(session, entry.version_id)
            )
            return self._view(session, entry)

    def photo(self, entry_id: uuid.UUID) -> bytes | None:
        with self._book.read() as session:
            return session.scalar(select(Entry.photo).where(Entry.id == entry_id))

    def move(self, entry_id: uuid.UUID, position: int) -> list[EntryView]:
        """Move an entry to ``position`` within its list; returns the list in its new order."""
        with self._book.write() as session:
            entry = self._draft_entry(session, entry_id)
            siblings = _siblings(session, entry.version_id, entry.section, entry.kind)
            siblings.remove(entry)
            place(siblings, entry, position)
            session.flush()
            self._book.audit(
                session, "change", "entry", entry.id, person_of_version(session, entry.version_id)
            )
            names = staff_names(session)
            return [entry_view(e, names) for e in siblings]

    def remove(self, entry_id: uuid.UUID) -> EntryView:
        """Remove an entry; returns it as it was, so it can be put back."""
        with self._book.write() as session:
            entry = self._draft_entry(session, entry_id)
            view = self._view(session, entry)
            person_id = person_of_version(session, entry.version_id)
            session.delete(entry)
            session.flush()
            renumber(_siblings(session, view.version_id, view.section, view.kind))
            self._book.audit(session, "delete", "entry", view.id, person_id)
            return view

    def restore(self, view: EntryView, photo: bytes | None = None) -> EntryView:
        """Put back an entry that was removed, with its id, words, author and place."""
        with self._book.write() as session:
            version = draft_version(session, view.version_id)
            _check_section(session, version, view.section, view.kind)
            entry = Entry(
                id=view.id,
                version_id=view.version_id,
                section=view.section,
                kind=view.kind,
                text=view.text,
                said_by=view.said_by,
                staff_id=view.staff_id,
                staff_only=view.staff_only,
                photo=photo,
                created_at=view.created_at,
            )
            siblings = _siblings(session, view.version_id, view.section, view.kind)
            session.add(entry)
            place(siblings, entry, view.position)
            session.flush()
            self._book.audit(
                session, "create", "entry", entry.id, person_of_version(session, view.version_id)
            )
            return self._view(session, entry)

    def _draft_entry(self, session: Session, entry_id: uuid.UUID) -> Entry:
        entry = session.get(Entry, entry_id)
        if entry is None:
            raise NotFound(_("This entry could not be found. It may have been removed."))
        draft_version(session, entry.version_id)
        return entry

    def _view(self, session: Session, entry: Entry) -> EntryView:
        has_photo = bool(
            session.scalar(
                select(func.count()).where(Entry.id == entry.id, Entry.photo.is_not(None))
            )
        )
        return entry_view(entry, staff_names(session), has_photo)


def _siblings(
    session: Session, version_id: uuid.UUID, section: str, kind: EntryKind
) -> list[Entry]:
    return list(
        session.scalars(
            select(Entry)
            .where(Entry.version_id == version_id, Entry.section == section, Entry.kind == kind)
            .order_by(Entry.position, Entry.created_at)
        )
    )


def _check_section(session: Session, version: PlanVersion, section: str, kind: EntryKind) -> None:
    if section == ABOUT_ME:
        if kind not in ABOUT_ME_KINDS:
            raise BadInput(_("This does not belong in About me."))
        return
    known = session.scalar(
        select(func.count())
        .select_from(TemplateArea)
        .join(Template, Template.id == TemplateArea.template_id)
        .where(Template.id == version.template_id, TemplateArea.key == section)
    )
    if not known:
        raise NotFound(_("This part of the plan could not be found."))
    if kind not in AREA_KINDS:
        raise BadInput(_("This does not belong in this part of the plan."))
