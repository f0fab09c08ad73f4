"""The plan's questions: the organisation can change their wording. Each change is a new version.

A plan version keeps the wording it was written with; new plans use the newest wording.
Reviews keep the wording of the plan they review, so the same questions are asked again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from supportplan import text
from supportplan.defaults import STANDARD_TEMPLATE_NAME
from supportplan.errors import BadInput, NotAllowed
from supportplan.i18n import _
from supportplan.model import Template, TemplateArea
from supportplan.services.reading import template_view
from supportplan.services.views import TemplateView

if TYPE_CHECKING:
    from supportplan.book import PlanBook

MAX_PROMPTS = 12


@dataclass(frozen=True)
class AreaWording:
    """New words for one area: its title, its plain question and the things to talk about."""

    key: str
    title: str
    question: str
    prompts: tuple[str, ...]


def current_template(session: Session) -> Template:
    """The newest version of the standard questions."""
    template = session.scalar(
        select(Template)
        .where(Template.name == STANDARD_TEMPLATE_NAME)
        .order_by(Template.version.desc())
        .limit(1)
    )
    assert template is not None  # seeded when the plan book is made
    return template


class TemplateService:
    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def current(self) -> TemplateView:
        with self._book.read() as session:
            return template_view(current_template(session))

    def versions(self) -> list[TemplateView]:
        with self._book.read() as session:
            rows = session.scalars(select(Template).order_by(Template.name, Template.version))
            return [template_view(t) for t in rows]

    def change_wording(self, areas: list[AreaWording]) -> TemplateView:
        """Save new wording as the next version. Only an admin may; every area must be there."""
        if self._book.encrypted and not self._book.accounts.is_admin():
            raise NotAllowed(_("Only an admin can change the plan's questions."))
        with self._book.write() as session:
            old = current_template(session)
            keys = [a.key for a in old.areas]
            if sorted(a.key for a in areas) != sorted(keys):
                raise BadInput(_("Every part of the plan needs its words."))
            by_key = {a.key: a for a in areas}
            new = Template(id=uuid.uuid4(), name=old.name, version=old.version + 1)
            new.areas = [
                TemplateArea(
                    id=uuid.uuid4(),
                    key=area.key,
                    position=area.position,
                    title=_checked(by_key[area.key].title, 60, _("Each part needs a name.")),
                    question=_checked(
                        by_key[area.key].question, 300, _("Each part needs a question.")
                    ),
                    prompts=[
                        text.clean(p, limit=120)
                        for p in by_key[area.key].prompts[:MAX_PROMPTS]
                        if p.strip()
                    ],
                    picture_key=area.picture_key,
                )
                for area in old.areas
            ]
            session.add(new)
            session.flush()
            self._book.audit(session, "change", "template", new.id)
            return template_view(new)


def _checked(words: str, limit: int, message: str) -> str:
    try:
        return text.clean(words, limit=limit)
    except BadInput as error:
        raise BadInput(message) from error
