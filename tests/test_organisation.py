"""The organisation changes the plan's questions and the questions asked after a session."""

from __future__ import annotations

import pytest

from supportplan.errors import BadInput
from supportplan.model.kinds import Audience
from supportplan.services.templates import AreaWording
from tests.workspace_helpers import open_window, settle
from ui.questions_dialog import QuestionsDialog
from ui.wording_dialog import WordingDialog


def test_new_wording_is_a_new_version_and_old_plans_keep_theirs(qtbot, book) -> None:
    old_plan = book.plans.start(book.people.add("Jo").id)
    dialog = WordingDialog(book)
    qtbot.addWidget(dialog)
    title, question, prompts = dialog.fields["aspirations"]
    title.setText("Hopes and dreams")
    question.setPlainText("What would you love to do?")
    prompts.setPlainText("Work\n\nHolidays\n")
    assert dialog.save()
    current = book.templates.current()
    assert current.version == 2
    hopes = next(a for a in current.areas if a.key == "aspirations")
    assert (hopes.title, hopes.question, hopes.prompts) == (
        "Hopes and dreams",
        "What would you love to do?",
        ("Work", "Holidays"),
    )

    new_plan = book.plans.start(book.people.add("Sam").id)
    assert new_plan.template.version == 2
    assert book.plans.get(old_plan.id).template.version == 1
    assert (
        next(a for a in book.plans.get(old_plan.id).template.areas if a.key == "aspirations").title
        == "Aspirations"
    )

    window = open_window(qtbot, book)
    window.open_workspace(new_plan.id)
    titles = [
        window.workspace.sections.item(i).text() for i in range(window.workspace.sections.count())
    ]
    assert "Hopes and dreams" in titles
    window.workspace.show_section("aspirations")
    settle()
    assert "What would you love to do?" in [
        lbl.text()
        for lbl in window.workspace.page_of["aspirations"].findChildren(type(dialog.problem))
    ]


def test_empty_wording_is_refused_plainly(book) -> None:
    areas = [
        AreaWording(a.key, a.title, a.question, a.prompts) for a in book.templates.current().areas
    ]
    areas[0] = AreaWording(areas[0].key, areas[0].title, "   ", ())
    with pytest.raises(BadInput, match="needs a question"):
        book.templates.change_wording(areas)
    with pytest.raises(BadInput, match="Every part"):
        book.templates.change_wording(areas[1:])
    assert book.templates.current().version == 1


def test_questions_after_a_session_can_be_changed_added_and_stopped(qtbot, book) -> None:
    dialog = QuestionsDialog(book)
    qtbot.addWidget(dialog)
    listened = next(q for q in book.feedback.questions(Audience.PERSON) if q.key == "listened")
    _words, asked, _shown = dialog.rows[listened.id]
    asked.setChecked(False)
    easy = next(q for q in book.feedback.questions(Audience.PERSON) if q.key == "easy_words")
    dialog.rows[easy.id][0].setText("The words were easy to understand")
    dialog.new_words.setText("I knew what would happen next")
    assert dialog.add(Audience.PERSON)
    assert dialog.save()
    texts = [q.text for q in book.feedback.questions(Audience.PERSON)]
    assert "I felt listened to" not in texts
    assert "The words were easy to understand" in texts
    assert "I knew what would happen next" in texts
