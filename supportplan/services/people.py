"""People: add, change, find by name, list with review dates."""

from __future__ import annotations

import uuid
from dataclasses import asdict, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import aliased

from supportplan import text
from supportplan.errors import BadInput, NotFound
from supportplan.i18n import _
from supportplan.model import Person, Plan, PlanVersion
from supportplan.model.kinds import VersionStatus
from supportplan.photos import check_photo
from supportplan.services.reading import person_view
from supportplan.services.views import CommunicationNeeds, PersonSummary, PersonView

if TYPE_CHECKING:
    from supportplan.book import PlanBook

_NEEDS_COLUMNS = {
    "easy_read": "needs_easy_read",
    "large_print": "needs_large_print",
    "read_aloud": "needs_read_aloud",
    "interpreter": "needs_interpreter",
    "interpreter_language": "interpreter_language",
    "language": "language",
    "other": "needs_other",
    "share_ok": "needs_share_ok",
}
_EDITABLE = {"preferred_name", "full_name", "pronouns", "date_of_birth", "needs"}


class PeopleService:
    """The people in the plan book."""

    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def add(
        self,
        preferred_name: str,
        full_name: str = "",
        pronouns: str = "",
        date_of_birth: date | None = None,
        needs: CommunicationNeeds | None = None,
        photo: bytes | None = None,
    ) -> PersonView:
        """Add a person. Only the name they like to be called is needed."""
        person = Person(id=uuid.uuid4())
        self._apply(
            person,
            {
                "preferred_name": preferred_name,
                "full_name": full_name,
                "pronouns": pronouns,
                "date_of_birth": date_of_birth,
                "needs": needs or CommunicationNeeds(),
            },
        )
        person.photo = check_photo(photo)
        with self._book.write() as session:
            session.add(person)
            session.flush()
            self._book.audit(session, "create", "person", person.id, person.id)
            return person_view(person)

    def edit(self, person_id: uuid.UUID, **changes: Any) -> PersonView:
        """Change any of: preferred_name, full_name, pronouns, date_of_birth, needs."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise TypeError(f"cannot change {sorted(unknown)}")
        with self._book.write() as session:
            person = self._get(session, person_id)
            self._apply(person, changes)
            self._book.audit(session, "change", "person", person.id, person.id)
            session.flush()
            return person_view(person)

    def set_photo(self, person_id: uuid.UUID, photo: bytes | None) -> PersonView:
        with self._book.write() as session:
            person = self._get(session, person_id)
            person.photo = check_photo(photo)
            self._book.audit(session, "change", "person", person.id, person.id)
            session.flush()
            return person_view(person)

    def photo(self, person_id: uuid.UUID) -> bytes | None:
        with self._book.read() as session:
            return session.scalar(select(Person.photo).where(Person.id == person_id))

    def get(self, person_id: uuid.UUID) -> PersonView:
        with self._book.read() as session:
            return person_view(self._get(session, person_id))

    def find(self, words: str = "", limit: int | None = None) -> list[PersonSummary]:
        """People whose names hold every word typed (any order, accents ignored), A to Z."""
        query = self._summary_query()
        for word in text.fold(words).split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Person.search_key.like(f"%{escaped}%", escape="\\"))
        query = query.order_by(func.lower(Person.preferred_name), Person.id)
        if limit:
            query = query.limit(limit)
        with self._book.read() as session:
            return [PersonSummary(*row) for row in session.execute(query)]

    def count(self) -> int:
        with self._book.read() as session:
            return session.scalar(select(func.count(Person.id))) or 0

    def _summary_query(self):
        version = aliased(PlanVersion)
        later = aliased(PlanVersion)
        # The next review: the due date of each plan's latest version, once it is agreed.
        review_due = (
            select(func.min(version.review_due))
            .join(Plan, Plan.id == version.plan_id)
            .where(
                Plan.person_id == Person.id,
                version.status == VersionStatus.AGREED,
                ~exists().where(
                    and_(later.plan_id == version.plan_id, later.number > version.number)
                ),
            )
            .scalar_subquery()
        )
        draft = aliased(PlanVersion)
        has_draft = (
            select(draft.id)
            .join(Plan, Plan.id == draft.plan_id)
            .where(Plan.person_id == Person.id, draft.status == VersionStatus.DRAFT)
            .correlate(Person)
            .exists()
        )
        return select(
            Person.id,
            Person.preferred_name,
            Person.full_name,
            Person.photo.is_not(None),
            review_due,
            has_draft,
        )

    def _get(self, session, person_id: uuid.UUID) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(_("This person could not be found. They may have been removed."))
        return person

    def _apply(self, person: Person, changes: dict[str, Any]) -> None:
        if "preferred_name" in changes:
            try:
                person.preferred_name = text.clean(changes["preferred_name"], limit=text.MAX_NAME)
            except BadInput as error:
                raise BadInput(_("Please write the name the person likes to be called.")) from error
        if "full_name" in changes:
            person.full_name = text.clean(
                changes["full_name"] or "", limit=text.MAX_NAME * 2, required=False
            )
        if "pronouns" in changes:
            person.pronouns = text.clean(changes["pronouns"] or "", limit=100, required=False)
        if "date_of_birth" in changes:
            born = changes["date_of_birth"]
            if born is not None and (born > date.today() or born.year < 1900):
                raise BadInput(_("Please check the date of birth."))
            person.date_of_birth = born
        if "needs" in changes:
            needs: CommunicationNeeds = changes["needs"]
            values = asdict(needs)
            values["other"] = text.clean(values["other"], required=False)
            values["interpreter_language"] = text.clean(
                values["interpreter_language"], limit=100, required=False
            )
            values["language"] = text.clean(values["language"], limit=20, required=False) or "en"
            for f in fields(CommunicationNeeds):
                setattr(person, _NEEDS_COLUMNS[f.name], values[f.name])
        person.search_key = text.fold(f"{person.preferred_name} {person.full_name or ''}")
