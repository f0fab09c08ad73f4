"""A plan's journey: how each area was rated in every version, by the person and by staff."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from supportplan.errors import NotFound
from supportplan.i18n import _
from supportplan.model import Person, Plan, PlanArea, PlanVersion, TemplateArea
from supportplan.model.kinds import VersionStatus

if TYPE_CHECKING:
    from supportplan.book import PlanBook


@dataclass(frozen=True)
class JourneyStop:
    """One version of the plan on the journey."""

    version_id: uuid.UUID
    number: int
    day: date  # agreed, or started if still being written
    agreed: bool


@dataclass(frozen=True)
class Rating:
    """One area in one version: the person's rating and the staff's view (None if not given)."""

    number: int
    person: int | None
    staff: int | None
    rather_not_talk: bool


@dataclass(frozen=True)
class AreaJourney:
    key: str
    title: str  # as the template words it; translate where shown
    ratings: tuple[Rating, ...]  # one per version, in order


@dataclass(frozen=True)
class Journey:
    plan_id: uuid.UUID
    person_id: uuid.UUID
    preferred_name: str
    stops: tuple[JourneyStop, ...]
    areas: tuple[AreaJourney, ...]


class JourneyService:
    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def of_plan(self, plan_id: uuid.UUID) -> Journey:
        """Every version of the plan, oldest first, and each area's ratings across them."""
        day = func.coalesce(PlanVersion.agreed_at, PlanVersion.created_at)
        with self._book.read() as session:
            owner = session.execute(
                select(Person.id, Person.preferred_name)
                .join(Plan, Plan.person_id == Person.id)
                .where(Plan.id == plan_id)
            ).one_or_none()
            if owner is None:
                raise NotFound(_("This plan could not be found. It may have been removed."))
            versions = session.execute(
                select(PlanVersion.id, PlanVersion.number, day, PlanVersion.status)
                .where(PlanVersion.plan_id == plan_id)
                .order_by(PlanVersion.number)
            ).all()
            stops = tuple(
                JourneyStop(vid, number, when.date(), status is VersionStatus.AGREED)
                for vid, number, when, status in versions
            )
            rows = session.execute(
                select(
                    PlanVersion.number,
                    PlanArea.area_key,
                    PlanArea.person_rating,
                    PlanArea.staff_rating,
                    PlanArea.rather_not_talk,
                )
                .join(PlanVersion, PlanVersion.id == PlanArea.version_id)
                .where(PlanVersion.plan_id == plan_id)
            ).all()
            latest = versions[-1][0] if versions else None
            areas = session.execute(
                select(TemplateArea.key, TemplateArea.title)
                .join(PlanVersion, PlanVersion.template_id == TemplateArea.template_id)
                .where(PlanVersion.id == latest)
                .order_by(TemplateArea.position)
            ).all()
        found = {(number, key): (p, s, quiet) for number, key, p, s, quiet in rows}
        return Journey(
            plan_id=plan_id,
            person_id=owner[0],
            preferred_name=owner[1],
            stops=stops,
            areas=tuple(
                AreaJourney(
                    key,
                    title,
                    tuple(
                        Rating(stop.number, *found.get((stop.number, key), (None, None, False)))
                        for stop in stops
                    ),
                )
                for key, title in areas
            ),
        )
