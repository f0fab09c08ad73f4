"""The anonymised pilot file: one CSV row per plan version, with codes instead of names.

No names, dates of birth or free text leave the book this way: people, plans and staff
appear only as pseudonymous codes, dates only as the month, and the words people wrote
(feedback comments, goals, notes) are left out, because free text can name people.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, Subquery, case, func, select
from sqlalchemy.orm import Session

from supportplan.model import Agreement, FeedbackAnswer, FeedbackQuestion, Goal, PlanArea, Template
from supportplan.model.kinds import Audience
from supportplan.pilot.attainment import AS_HOPED
from supportplan.pilot.pseudonyms import Pseudonyms
from supportplan.pilot.ratings import area_titles

FIXED_COLUMNS = (
    "person",
    "plan",
    "version",
    "is_review",
    "stage",
    "month",
    "template",
    "template_version",
    "staff",
    "agreed_how",
)
GOAL_COLUMNS = ("goals_carried", "goals_rated", "goals_as_hoped_or_better", "goals_total")


@dataclass(frozen=True)
class AnonymisedTable:
    columns: tuple[str, ...]
    rows: tuple[tuple[str | int, ...], ...]

    def csv_bytes(self) -> bytes:
        """UTF-8 with a byte order mark, so spreadsheet programs read every letter right."""
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows)
        return out.getvalue().encode("utf-8-sig")


def anonymised_table(session: Session, scope: Subquery, codes: Pseudonyms) -> AnonymisedTable:
    """Every version in the filter as one row; the ratings and answers pivoted into columns."""
    areas = list(area_titles(session))
    questions = session.execute(
        select(FeedbackQuestion.id, FeedbackQuestion.key).order_by(
            FeedbackQuestion.audience != Audience.PERSON, FeedbackQuestion.position
        )
    ).all()

    ratings = (
        select(
            PlanArea.version_id,
            *(
                pick(getattr(PlanArea, field), PlanArea.area_key, key)
                for key in areas
                for field in ("person_rating", "staff_rating")
            ),
            *(
                pick(case((PlanArea.rather_not_talk, 1), else_=0), PlanArea.area_key, key)
                for key in areas
            ),
        )
        .group_by(PlanArea.version_id)
        .subquery("ratings")
    )
    goals = (
        select(
            Goal.version_id,
            func.count(),
            func.count(Goal.attainment),
            func.sum(case((Goal.attainment >= AS_HOPED, 1), else_=0)),
            func.sum(Goal.attainment - AS_HOPED),
        )
        .where(Goal.carried_from_id.is_not(None))
        .group_by(Goal.version_id)
        .subquery("goals")
    )
    answers = (
        select(
            FeedbackAnswer.version_id,
            *(
                pick(FeedbackAnswer.value, FeedbackAnswer.question_id, qid)
                for qid, _key in questions
            ),
        )
        .group_by(FeedbackAnswer.version_id)
        .subquery("answers")
    )
    query = (
        select(
            scope.c.person_id,
            scope.c.plan_id,
            scope.c.number,
            scope.c.status,
            scope.c.happened_at,
            Template.name,
            Template.version,
            scope.c.staff_id,
            Agreement.how,
            *list(ratings.c)[1:],
            *(func.coalesce(column, 0) for column in list(goals.c)[1:4]),
            goals.c[4],
            *list(answers.c)[1:],
        )
        .select_from(scope)
        .join(Template, Template.id == scope.c.template_id)
        .outerjoin(Agreement, Agreement.version_id == scope.c.version_id)
        .outerjoin(ratings, ratings.c.version_id == scope.c.version_id)
        .outerjoin(goals, goals.c.version_id == scope.c.version_id)
        .outerjoin(answers, answers.c.version_id == scope.c.version_id)
    )
    rows = []
    for (
        person_id,
        plan_id,
        number,
        status,
        when,
        name,
        t_version,
        staff_id,
        how,
        *rest,
    ) in session.execute(query):
        rows.append(
            (
                codes.code("person", person_id),
                codes.code("plan", plan_id),
                number,
                int(number > 1),
                str(status),
                when.strftime("%Y-%m"),
                _safe_cell(name),
                t_version,
                codes.code("staff", staff_id),
                str(how) if how is not None else "",
                *("" if value is None else int(value) for value in rest),
            )
        )
    rows.sort(key=lambda row: (row[0], row[1], row[2]))
    area_columns = [f"{key}_{who}" for key in areas for who in ("person", "staff")]
    area_columns += [f"{key}_rather_not_talk" for key in areas]
    columns = (
        *FIXED_COLUMNS,
        *area_columns,
        *GOAL_COLUMNS,
        *(f"feedback_{key}" for _qid, key in questions),
    )
    return AnonymisedTable(columns, tuple(rows))


def pick(value: ColumnElement, key_column: ColumnElement, key: object) -> ColumnElement:
    """One cell of a pivot: ``value`` from the row whose ``key_column`` is ``key``."""
    return func.max(case((key_column == key, value)))


def _safe_cell(words: str) -> str:
    """Stop a spreadsheet treating a cell as a formula."""
    return "'" + words if words[:1] in ("=", "+", "-", "@") else words


def write_csv(table: AnonymisedTable, out: Path) -> None:
    from supportplan.exchange.export import write_safely

    write_safely(out, table.csv_bytes())
