"""Feedback, settings and the audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from supportplan.errors import BadInput
from supportplan.model.kinds import Audience, EntryKind, SaidBy


def test_feedback_questions_are_data_and_answers_are_kept(book) -> None:
    person_questions = book.feedback.questions(Audience.PERSON)
    staff_questions = book.feedback.questions(Audience.STAFF)
    assert "I felt listened to" in [q.text for q in person_questions]
    assert "We wrote it together" in [q.text for q in staff_questions]

    version = book.plans.start(book.people.add("Jo").id)
    listened = person_questions[0]
    book.feedback.answer(version.id, listened.id, 5, "Nice to be asked")
    book.feedback.answer(version.id, staff_questions[0].id, 4)
    answers = {a.question_key: a for a in book.feedback.answers(version.id)}
    assert answers["listened"].said_by is SaidBy.PERSON and answers["listened"].value == 5
    assert (
        answers["together"].said_by is SaidBy.STAFF
        and answers["together"].staff_id == book.staff_id
    )
    book.feedback.answer(version.id, listened.id, 3)
    assert {a.question_key: a.value for a in book.feedback.answers(version.id)}["listened"] == 3

    asked = book.feedback.add_question(Audience.PERSON, "I knew what would happen next")
    book.feedback.edit_question(listened.id, active=False)
    texts = [q.text for q in book.feedback.questions(Audience.PERSON)]
    assert "I knew what would happen next" in texts and "I felt listened to" not in texts
    assert asked.key.startswith("custom-")
    with pytest.raises(BadInput):
        book.feedback.answer(version.id, asked.id, 0)


def test_settings_have_defaults_and_refuse_bad_values(book) -> None:
    assert book.settings.get("review_months") == 6
    book.settings.set("review_months", 12)
    assert book.settings.get("review_months") == 12
    for key, value in (("review_months", 0), ("text_scale", 250), ("high_contrast", "yes")):
        with pytest.raises(BadInput):
            book.settings.set(key, value)
    assert book.settings.all()["text_scale"] == 100


def test_the_audit_trail_records_who_did_what_but_never_the_words(book) -> None:
    person = book.people.add("Jo", "Joanne Secretname")
    version = book.plans.open(book.plans.start(person.id).id)
    book.entries.add(version.id, "home", EntryKind.GOOD, "A very private sentence")
    events = book.audit_trail.events(person_id=person.id)
    assert [e.action for e in events][::-1] == ["create", "create", "open", "create"]
    assert {e.staff_name for e in events} == {"Sam Carter"}
    with book.read() as session:
        rows = session.execute(text("SELECT * FROM audit_event")).all()
    dump = repr(rows)
    assert "private" not in dump and "Secretname" not in dump
