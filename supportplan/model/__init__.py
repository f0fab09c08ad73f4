"""The domain model: every table of the plan book."""

from __future__ import annotations

from supportplan.model.base import Base
from supportplan.model.feedback import FeedbackAnswer, FeedbackQuestion
from supportplan.model.people import Person, Plan, Staff
from supportplan.model.plan import Agreement, Entry, Goal, PlanArea, PlanVersion, Step
from supportplan.model.records import AuditEvent, Setting
from supportplan.model.template import Template, TemplateArea

__all__ = [
    "Agreement",
    "AuditEvent",
    "Base",
    "Entry",
    "FeedbackAnswer",
    "FeedbackQuestion",
    "Goal",
    "Person",
    "Plan",
    "PlanArea",
    "PlanVersion",
    "Setting",
    "Staff",
    "Step",
    "Template",
    "TemplateArea",
]
