"""Write one person, with every plan version, agreement and feedback, as one JSON document."""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from supportplan import __version__
from supportplan.errors import NotFound, StorageError
from supportplan.exchange import FORMAT_NAME, FORMAT_VERSION
from supportplan.exchange.rows import to_json
from supportplan.i18n import _
from supportplan.model import (
    Agreement,
    Entry,
    FeedbackAnswer,
    FeedbackQuestion,
    Goal,
    Person,
    Plan,
    PlanArea,
    PlanVersion,
    Staff,
    Template,
)
from supportplan.model.base import utc_now

if TYPE_CHECKING:
    from supportplan.book import PlanBook


def person_document(session: Session, person_id: uuid.UUID) -> dict[str, Any]:
    """The whole exchange document for one person."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(_("This person could not be found. They may have been removed."))
    plans = session.scalars(
        select(Plan).where(Plan.person_id == person_id).order_by(Plan.created_at, Plan.id)
    ).all()
    staff_ids: set[uuid.UUID] = set()
    template_ids: set[uuid.UUID] = set()
    question_ids: set[uuid.UUID] = set()
    plan_docs = []
    for plan in plans:
        versions = session.scalars(
            select(PlanVersion).where(PlanVersion.plan_id == plan.id).order_by(PlanVersion.number)
        ).all()
        version_docs = []
        for version in versions:
            template_ids.add(version.template_id)
            doc = _version_document(session, version)
            version_docs.append(doc)
            staff_ids.update(_staff_in(doc))
            question_ids.update(uuid.UUID(a["question_id"]) for a in doc["feedback"])
        plan_docs.append({**to_json(plan), "versions": version_docs})

    templates = [
        {**to_json(t), "areas": [to_json(a) for a in t.areas]}
        for t in session.scalars(
            select(Template).where(Template.id.in_(template_ids)).order_by(Template.id)
        )
    ]
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": to_json_time(),
        "staff": [
            {"id": str(s.id), "name": s.name}
            for s in session.scalars(
                select(Staff).where(Staff.id.in_(staff_ids)).order_by(Staff.id)
            )
        ],
        "templates": templates,
        "feedback_questions": [
            to_json(q)
            for q in session.scalars(
                select(FeedbackQuestion)
                .where(FeedbackQuestion.id.in_(question_ids))
                .order_by(FeedbackQuestion.position, FeedbackQuestion.id)
            )
        ],
        "person": to_json(person),
        "plans": plan_docs,
    }


def _version_document(session: Session, version: PlanVersion) -> dict[str, Any]:
    def rows(model: Any, *order: Any) -> list[Any]:
        return list(
            session.scalars(select(model).where(model.version_id == version.id).order_by(*order))
        )

    agreement = session.scalar(select(Agreement).where(Agreement.version_id == version.id))
    return {
        **to_json(version),
        "areas": [to_json(a) for a in rows(PlanArea, PlanArea.area_key)],
        "entries": [
            to_json(e) for e in rows(Entry, Entry.section, Entry.kind, Entry.position, Entry.id)
        ],
        "goals": [
            {**to_json(g), "steps": [to_json(s) for s in g.steps]}
            for g in rows(Goal, Goal.area_key, Goal.position, Goal.id)
        ],
        "agreement": to_json(agreement) if agreement else None,
        "feedback": [to_json(a) for a in rows(FeedbackAnswer, FeedbackAnswer.question_id)],
    }


def _staff_in(version_doc: dict[str, Any]) -> set[uuid.UUID]:
    found = {version_doc["started_by_id"]}
    found.add(version_doc["agreement"]["staff_id"] if version_doc["agreement"] else None)
    for key in ("areas", "entries", "goals", "feedback"):
        for row in version_doc[key]:
            found.add(row.get("staff_id") or row.get("staff_rating_by_id"))
    return {uuid.UUID(s) for s in found if s}


def to_json_time() -> str:
    return utc_now().isoformat().replace("+00:00", "Z")


def export_person(book: PlanBook, person_id: uuid.UUID, out: Path) -> Path:
    """Write the person's document to ``out`` safely: a partial file never replaces a good one."""
    with book.read() as session:
        document = person_document(session, person_id)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    write_safely(out, data)
    with book.write() as session:
        book.audit(session, "export", "person", person_id, person_id)
    return out


def write_safely(out: Path, data: bytes) -> None:
    """Write to a temporary file beside ``out``, flush it to disk, then rename it into place."""
    out = Path(out)
    try:
        handle, temp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, out)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise StorageError(
            _(
                "The file could not be saved to {place}. Check there is space and it can be written."
            ).format(place=out)
        ) from error
