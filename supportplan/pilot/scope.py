"""The plan versions a pilot review looks at, as one subquery every figure is joined to."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, Subquery, func, select

from supportplan.model import Plan, PlanVersion
from supportplan.pilot.views import PilotFilter


def version_day() -> ColumnElement[datetime]:
    """When a version counts as happening: the day it was agreed, or started if still a draft."""
    return func.coalesce(PlanVersion.agreed_at, PlanVersion.created_at)


def scope_query(chosen: PilotFilter) -> Select:
    """The versions inside the filter, with their plan and person."""
    query = select(
        PlanVersion.id.label("version_id"),
        PlanVersion.plan_id.label("plan_id"),
        Plan.person_id.label("person_id"),
        PlanVersion.number.label("number"),
        PlanVersion.status.label("status"),
        PlanVersion.template_id.label("template_id"),
        PlanVersion.started_by_id.label("staff_id"),
        version_day().label("happened_at"),
    ).join(Plan, Plan.id == PlanVersion.plan_id)
    if chosen.start is not None:
        query = query.where(version_day() >= _midnight(chosen.start))
    if chosen.end is not None:
        query = query.where(version_day() < _midnight(chosen.end + timedelta(days=1)))
    if chosen.staff_id is not None:
        query = query.where(PlanVersion.started_by_id == chosen.staff_id)
    if chosen.template_id is not None:
        query = query.where(PlanVersion.template_id == chosen.template_id)
    return query


def scope(chosen: PilotFilter) -> Subquery:
    return scope_query(chosen).subquery("scope")


def _midnight(day: date) -> datetime:
    # Times are kept in UTC; a day runs from midnight UTC, near enough for a pilot review.
    return datetime.combine(day, time(0), tzinfo=UTC)
