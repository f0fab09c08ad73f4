"""Ratings of the areas: do the person's and staff's views match, and what changed over time."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Subquery, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from supportplan.model import PlanArea, Template, TemplateArea
from supportplan.model.kinds import VersionStatus
from supportplan.pilot.views import RatingAgreement, RatingChange


def area_titles(session: Session) -> dict[str, str]:
    """Each area key with its title from the newest template that has it, in template order."""
    rows = session.execute(
        select(TemplateArea.key, TemplateArea.title)
        .join(Template, Template.id == TemplateArea.template_id)
        .order_by(Template.version.desc(), TemplateArea.position)
    )
    titles: dict[str, str] = {}
    for key, title in rows:
        titles.setdefault(key, title)
    return titles


def _ones(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows meet ``condition`` (0, not NULL, when there are none)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def agreement(session: Session, scope: Subquery) -> tuple[RatingAgreement, ...]:
    """Per area, in every version where both the person and staff rated it."""
    gap = PlanArea.person_rating - PlanArea.staff_rating
    rows = session.execute(
        select(
            PlanArea.area_key,
            func.count(),
            _ones(gap == 0),
            _ones(func.abs(gap) <= 1),
            _ones(gap > 0),
            _ones(gap < 0),
        )
        .join(scope, scope.c.version_id == PlanArea.version_id)
        .where(PlanArea.person_rating.is_not(None), PlanArea.staff_rating.is_not(None))
        .group_by(PlanArea.area_key)
    ).all()
    titles = area_titles(session)
    found = {row[0]: row for row in rows}
    return tuple(
        RatingAgreement(key, titles[key], *(int(n) for n in found[key][1:]))
        if key in found
        else RatingAgreement(key, titles[key], 0, 0, 0, 0, 0)
        for key in _ordered(titles, found)
    )


def change(session: Session, scope: Subquery, staff: bool = False) -> tuple[RatingChange, ...]:
    """Per area, the change from each plan's first agreed version to its latest one.

    Only plans with two or more agreed versions inside the filter count, and only areas
    rated in both. ``staff`` gives the staff's view instead of the person's.
    """
    ranked = (
        select(
            scope.c.plan_id,
            scope.c.version_id,
            func.row_number()
            .over(partition_by=scope.c.plan_id, order_by=scope.c.number)
            .label("from_first"),
            func.row_number()
            .over(partition_by=scope.c.plan_id, order_by=scope.c.number.desc())
            .label("from_last"),
            func.count().over(partition_by=scope.c.plan_id).label("agreed"),
        )
        .where(scope.c.status == VersionStatus.AGREED)
        .subquery("ranked")
    )
    first = (
        select(ranked.c.plan_id, ranked.c.version_id)
        .where(ranked.c.from_first == 1, ranked.c.agreed >= 2)
        .subquery("first")
    )
    last = (
        select(ranked.c.plan_id, ranked.c.version_id)
        .where(ranked.c.from_last == 1)
        .subquery("last")
    )
    before, after = aliased(PlanArea), aliased(PlanArea)
    column = "staff_rating" if staff else "person_rating"
    was, now = getattr(before, column), getattr(after, column)
    step = now - was
    rows = session.execute(
        select(
            before.area_key,
            func.count(),
            func.avg(step),
            _ones(step > 0),
            _ones(step == 0),
            _ones(step < 0),
        )
        .select_from(first)
        .join(last, last.c.plan_id == first.c.plan_id)
        .join(before, before.version_id == first.c.version_id)
        .join(after, and_(after.version_id == last.c.version_id, after.area_key == before.area_key))
        .where(was.is_not(None), now.is_not(None))
        .group_by(before.area_key)
    ).all()
    titles = area_titles(session)
    found = {row[0]: row for row in rows}
    result = []
    for key in _ordered(titles, found):
        if key in found:
            _key, plans, mean, up, same, down = found[key]
            result.append(
                RatingChange(
                    key, titles[key], int(plans), float(mean), int(up), int(same), int(down)
                )
            )
        else:
            result.append(RatingChange(key, titles[key], 0, None, 0, 0, 0))
    return tuple(result)


def _ordered(titles: dict[str, str], found: dict) -> list[str]:
    """Area keys in template order; an area only old versions used (no longer in a template) last."""
    for key in found:
        titles.setdefault(key, key)
    return list(titles)
