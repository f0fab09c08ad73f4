"""The pilot review across all plans, for the working group: figures, comments and the CSV."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from supportplan.i18n import _, format_date
from supportplan.model import PlanVersion, Staff, Template
from supportplan.pilot import feelings, ratings
from supportplan.pilot.export import anonymised_table, write_csv
from supportplan.pilot.goals import goals
from supportplan.pilot.pseudonyms import Pseudonyms, book_secret
from supportplan.pilot.scope import scope, version_day
from supportplan.pilot.views import Comments, PilotFilter, PilotReview
from supportplan.services.staff import staff_view
from supportplan.services.views import StaffView

if TYPE_CHECKING:
    from supportplan.book import PlanBook


@dataclass(frozen=True)
class TemplateChoice:
    id: uuid.UUID
    name: str
    version: int


@dataclass(frozen=True)
class PilotChoices:
    """What the filters can offer: staff, sets of questions, and the first and last day."""

    staff: tuple[StaffView, ...]
    templates: tuple[TemplateChoice, ...]
    first_day: date | None
    last_day: date | None


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    columns: tuple[str, ...]


class PilotService:
    """Figures across every plan in the book. Every count and sum is made by the database."""

    def __init__(self, book: PlanBook) -> None:
        self._book = book

    def choices(self) -> PilotChoices:
        with self._book.read() as session:
            staff = session.scalars(
                select(Staff)
                .where(Staff.id.in_(select(PlanVersion.started_by_id)))
                .order_by(Staff.name)
            ).all()
            templates = session.execute(
                select(Template.id, Template.name, Template.version).order_by(
                    Template.name, Template.version
                )
            ).all()
            first, last = session.execute(
                select(func.min(version_day()), func.max(version_day()))
            ).one()
            return PilotChoices(
                tuple(staff_view(s) for s in staff),
                tuple(TemplateChoice(*row) for row in templates),
                first.date() if first else None,
                last.date() if last else None,
            )

    def review(self, chosen: PilotFilter | None = None) -> PilotReview:
        """Every figure of the pilot review for the versions inside ``chosen``."""
        chosen = chosen or PilotFilter()
        codes = Pseudonyms(book_secret(self._book))
        versions = scope(chosen)
        with self._book.read() as session:
            goal_figures = goals(session, versions)
            review = PilotReview(
                filter=chosen,
                counts=feelings.counts(session, versions),
                questions=feelings.spreads(session, versions),
                agreement=ratings.agreement(session, versions),
                person_change=ratings.change(session, versions),
                staff_change=ratings.change(session, versions, staff=True),
                goals=goal_figures,
            )
        plans = tuple(replace(p, code=codes.code("plan", p.plan_id)) for p in goal_figures.plans)
        return replace(review, goals=replace(goal_figures, plans=plans))

    def comments(
        self,
        chosen: PilotFilter | None = None,
        search: str = "",
        question_id: uuid.UUID | None = None,
        limit: int = 200,
    ) -> Comments:
        """The words added to feedback answers that contain ``search``, newest first."""
        with self._book.read() as session:
            return feelings.comments(
                session, scope(chosen or PilotFilter()), search, question_id, limit
            )

    def which_plans(self, chosen: PilotFilter | None = None) -> str:
        """The filter in plain words: "All plans", or the dates, staff member and questions."""
        chosen = chosen or PilotFilter()
        parts = []
        if chosen.start and chosen.end:
            parts.append(
                _("agreed between {start} and {end}").format(
                    start=format_date(chosen.start), end=format_date(chosen.end)
                )
            )
        elif chosen.start:
            parts.append(_("agreed from {start}").format(start=format_date(chosen.start)))
        elif chosen.end:
            parts.append(_("agreed up to {end}").format(end=format_date(chosen.end)))
        with self._book.read() as session:
            if chosen.staff_id is not None:
                staff = session.get(Staff, chosen.staff_id)
                parts.append(_("written by {name}").format(name=staff.name if staff else "?"))
            if chosen.template_id is not None:
                template = session.get(Template, chosen.template_id)
                if template is not None:
                    parts.append(
                        _("using {name}, version {n}").format(
                            name=_(template.name), n=template.version
                        )
                    )
        return _("Plans ") + "; ".join(parts) if parts else _("All plans")

    def print_pdf(
        self, out: Path, chosen: PilotFilter | None = None, today: date | None = None
    ) -> Path:
        """Save the pilot review as a large-print PDF with the charts (no names or comments)."""
        from supportplan.exchange.export import write_safely
        from supportplan.pilot.printing import pilot_pdf

        chosen = chosen or PilotFilter()
        data = pilot_pdf(self.review(chosen), self.which_plans(chosen), today or date.today())
        write_safely(Path(out), data)
        with self._book.write() as session:
            self._book.audit(session, "print", "pilot_review", None)
        return Path(out)

    def export_csv(self, out: Path, chosen: PilotFilter | None = None) -> ExportReport:
        """Save the anonymised file: one row per plan version, no names, dates of birth or words."""
        codes = Pseudonyms(book_secret(self._book))
        with self._book.read() as session:
            table = anonymised_table(session, scope(chosen or PilotFilter()), codes)
        write_csv(table, Path(out))
        with self._book.write() as session:
            self._book.audit(session, "export", "pilot_review", None)
        return ExportReport(Path(out), len(table.rows), table.columns)
