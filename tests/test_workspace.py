"""The planning workspace, driven through real widgets as staff and the person would use it."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from supportplan.book import PlanBook
from supportplan.errors import StorageError
from supportplan.model.kinds import AgreedHow, EntryKind, Helper, SaidBy
from tests.workspace_helpers import click, open_window, settle, type_into
from ui.area_page import AreaPage
from ui.step_dialog import StepDialog

AREAS = ("wellbeing", "home", "community", "aspirations")


def _start(qtbot, book, name: str = "Jo"):
    person = book.people.add(name)
    window = open_window(qtbot, book)
    window.show_person(person.id)
    click(qtbot, window.person_page.start_button)
    assert window.workspace is not None
    return window, window.workspace


def _add(qtbot, entry_list, words: str, staff: bool = False) -> None:
    type_into(qtbot, entry_list.box, words)
    if staff:
        entry_list.whose.staff.setChecked(True)
    click(qtbot, entry_list.add_button)


def _add_step(qtbot, goal_card, what: str, helper: Helper, name: str) -> None:
    def fill() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, StepDialog) and w.isVisible()
        )
        dialog.what.setPlainText(what)
        dialog.who.setCurrentIndex(dialog.who.findData(helper))
        dialog.helper_name.setText(name)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    goal_card._add_step()


def test_write_a_whole_plan_undo_redo_close_and_reopen(qtbot, book, tmp_path) -> None:
    window, ws = _start(qtbot, book)
    about = ws.page_of["about_me"]
    for kind, words in (
        (EntryKind.LIKED_FOR, "I am funny."),
        (EntryKind.MATTERS, "My cat."),
        (EntryKind.SUPPORT_ME, "Give me time."),
    ):
        _add(qtbot, about.lists[kind], words)
    for n, key in enumerate(AREAS):
        ws.show_section(key)
        page: AreaPage = ws.page_of[key]
        assert ws.pages.currentWidget().widget() is page
        click(qtbot, page.person_faces.buttons[n + 1])
        click(qtbot, page.staff_toggle)
        click(qtbot, page.staff_faces.buttons[5 - n])
        _add(qtbot, page.good, f"Good thing in {key}.")
        _add(qtbot, page.good, f"Staff noticed {key}.", staff=True)
        _add(qtbot, page.change, f"Change in {key}.")
        type_into(qtbot, page.goals.box, f"I will try something in {key}.")
        click(qtbot, page.goals.add_button)
        settle()
        card = page.goals.cards.itemAt(0).widget()
        _add_step(qtbot, card, f"First step for {key}", Helper.FAMILY, "Mum")

    version = ws.doc.view.id
    view = book.plans.get(version)
    assert [e.text for e in view.about_me] == ["I am funny.", "My cat.", "Give me time."]
    for n, key in enumerate(AREAS):
        area = view.area(key)
        assert (area.person_rating, area.staff_rating) == (n + 1, 5 - n)
        assert [(e.text, e.said_by) for e in area.good] == [
            (f"Good thing in {key}.", SaidBy.PERSON),
            (f"Staff noticed {key}.", SaidBy.STAFF),
        ]
        assert area.good[1].staff_name == "Sam Carter"
        assert area.goals[0].steps[0].helper_name == "Mum"

    # Undo the last three edits (the step, the goal, the change) from another section.
    ws.show_section("about_me")
    for _ in range(3):
        ws.undo_action.trigger()
    assert ws.current_key() == "aspirations"  # undo shows where the change was
    area = book.plans.get(version).area("aspirations")
    assert area.change == () and area.goals == ()
    ws.redo_action.trigger()
    assert [e.text for e in book.plans.get(version).area("aspirations").change] == [
        "Change in aspirations."
    ]

    window.close()
    path = book.path
    book.close()
    again = PlanBook.open(path)
    try:
        reopened = again.plans.get(version)
        assert [e.text for e in reopened.area("home").good] == [
            "Good thing in home.",
            "Staff noticed home.",
        ]
        assert reopened.area("aspirations").change[0].text == "Change in aspirations."
        assert reopened.area("aspirations").goals == ()
        assert reopened.area("community").goals[0].steps[0].what == "First step for community"
    finally:
        again.close()


def test_each_entry_shows_whose_words(qtbot, book) -> None:
    _window, ws = _start(qtbot, book)
    ws.show_section("home")
    page = ws.page_of["home"]
    _add(qtbot, page.good, "I like my flat.")
    _add(qtbot, page.good, "Jo keeps it tidy.", staff=True)
    settle()
    cards = [page.good.cards.itemAt(i).widget() for i in range(page.good.cards.count())]
    assert [c.objectName() for c in cards] == ["personWords", "staffWords"]
    badges = [c.findChildren(type(c.words))[0].text() for c in cards]
    assert badges == ["In my words", "Staff: Sam Carter"]
    assert page.good.whose.person.isChecked()  # the next entry is the person's again


def test_change_move_and_remove_entries_with_undo(qtbot, book) -> None:
    _window, ws = _start(qtbot, book)
    ws.show_section("wellbeing")
    page = ws.page_of["wellbeing"]
    for words in ("A", "B", "C"):
        _add(qtbot, page.change, words)
    settle()
    card = page.change.cards.itemAt(2).widget()
    click(qtbot, card.up)
    settle()
    texts = lambda: [e.text for e in book.plans.get(ws.doc.view.id).area("wellbeing").change]  # noqa: E731
    assert texts() == ["A", "C", "B"]
    card = page.change.cards.itemAt(0).widget()
    click(qtbot, card.change)
    card.editor.setPlainText("A, changed")
    qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert texts() == ["A, changed", "C", "B"]
    settle()
    click(qtbot, page.change.cards.itemAt(1).widget().remove)
    assert texts() == ["A, changed", "B"]
    ws.undo_action.trigger()
    assert texts() == ["A, changed", "C", "B"]
    ws.undo_action.trigger()
    assert texts() == ["A", "C", "B"]


def test_a_failed_save_keeps_the_words_and_saves_them_later(qtbot, book, monkeypatch) -> None:
    _window, ws = _start(qtbot, book)
    ws.show_section("community")
    page = ws.page_of["community"]
    real_add = book.entries.add

    def disk_full(*args, **kwargs):
        raise StorageError("The computer's disk is full, so this could not be saved.")

    monkeypatch.setattr(book.entries, "add", disk_full)
    _add(qtbot, page.good, "Words that must not be lost")
    assert page.good.box.text() == "Words that must not be lost"
    assert page.good.problem.isVisible()
    assert "disk is full" in ws.problem.text()
    assert ws.saved.text() == "Not saved"
    assert not ws.doc.undo_stack.canUndo()

    monkeypatch.setattr(book.entries, "add", real_add)
    click(qtbot, page.good.add_button)
    assert page.good.box.text() == ""
    assert [e.text for e in book.plans.get(ws.doc.view.id).area("community").good] == [
        "Words that must not be lost"
    ]
    assert ws.saved.text().startswith("Saved")


def test_long_any_script_and_pasted_rich_text(qtbot, book) -> None:
    _window, ws = _start(qtbot, book)
    ws.show_section("aspirations")
    page = ws.page_of["aspirations"]
    long_words = ("میں تیرنا سیکھنا چاہتا ہوں 🏊 Dw i eisiau nofio ŵŷ " * 300)[:10_000]
    _add(qtbot, page.good, long_words)
    mime = QMimeData()
    mime.setHtml("<b>Bold</b> <i>pasted</i> <span style='color:red'>words</span>")
    mime.setText("Bold pasted words")
    page.change.box.setFocus()
    page.change.box.insertFromMimeData(mime)
    click(qtbot, page.change.add_button)
    area = book.plans.get(ws.doc.view.id).area("aspirations")
    assert area.good[0].text == long_words.strip()
    assert area.change[0].text == "Bold pasted words"


def test_empty_words_get_a_plain_message(qtbot, book) -> None:
    _window, ws = _start(qtbot, book)
    page = ws.page_of["about_me"].lists[EntryKind.MATTERS]
    click(qtbot, page.add_button)
    assert page.problem.text() == "Please write something first."
    assert book.plans.get(ws.doc.view.id).about_me == ()


def test_words_typed_but_not_added_are_kept_on_leaving(qtbot, book) -> None:
    window, ws = _start(qtbot, book)
    version = ws.doc.view.id
    ws.show_section("home")
    type_into(qtbot, ws.page_of["home"].change.box, "Typed, never added")
    click(qtbot, ws.back_button)
    assert window.workspace is None
    assert [e.text for e in book.plans.get(version).area("home").change] == ["Typed, never added"]


def test_an_agreed_version_cannot_be_edited(qtbot, demo_book) -> None:
    rhys = demo_book.people.find("rhys")[0]
    latest = demo_book.plans.plans_for(rhys.id)[0].latest
    window = open_window(qtbot, demo_book)
    window.open_workspace(latest.id)
    ws = window.workspace
    assert ws.agreed_banner.isVisible()
    for key in AREAS:
        ws.show_section(key)
        settle()
        page = ws.page_of[key]
        assert not page.good.add_area.isVisible()
        assert not page.goals.add_area.isVisible()
        assert not any(
            b.isEnabled()
            for v, b in page.person_faces.buttons.items()
            if v != page.person_faces.value()
        )
        assert not page.rather_not.isEnabled()
        for i in range(page.good.cards.count()):
            assert not hasattr(page.good.cards.itemAt(i).widget(), "change")
    assert not ws.undo_button.isVisible()


def test_agree_then_review_through_the_widgets(qtbot, book) -> None:
    window, ws = _start(qtbot, book)
    ws.show_section("home")
    page = ws.page_of["home"]
    click(qtbot, page.person_faces.buttons[2])
    type_into(qtbot, page.goals.box, "I will cook on Fridays.")
    click(qtbot, page.goals.add_button)
    ws.show_section("agree")
    agree = ws.page_of["agree"]
    assert "I will cook on Fridays." in agree.plan_text.text()
    type_into(qtbot, agree.disagree_box, "The bit about money.")
    click(qtbot, agree.sign)
    assert not agree.agree_now()
    assert agree.problem.text() == "Please sign in the box first."
    agree.pad.add_stroke([QPointF(20, 80), QPointF(80, 40), QPointF(160, 90), QPointF(240, 50)])
    assert not agree.agree_now()
    assert "tick that you agree" in agree.problem.text()
    click(qtbot, agree.staff_agrees)
    assert agree.agree_now()
    view = book.plans.get(ws.doc.view.id)
    assert view.agreement.how is AgreedHow.SIGNATURE and view.agreement.has_signature
    assert book.plans.signature(view.id).startswith(b"\x89PNG")
    assert [e.text for e in view.disagreements] == ["The bit about money."]
    settle()
    assert ws.agreed_banner.isVisible()
    assert agree.record.isVisible() and "signed" in agree.record.text()

    click(qtbot, agree.review_button)
    review = window.workspace
    assert review is not ws and review.doc.view.summary.number == 2
    review.show_section("home")
    settle()
    home = review.page_of["home"]
    assert home.last_time.text() == "Last time: Not going well"
    assert home.person_faces.value() is None
    card = home.goals.cards.itemAt(0).widget()
    click(qtbot, card.faces.buttons[4])
    assert book.plans.get(review.doc.view.id).area("home").goals[0].attainment == 4
    settle()
    card = home.goals.cards.itemAt(0).widget()
    type_into(qtbot, card.note, "Cooked most Fridays.")
    card._save_note()
    goal = book.plans.get(review.doc.view.id).area("home").goals[0]
    assert (goal.attainment, goal.attainment_note) == (4, "Cooked most Fridays.")


def test_session_feedback_faces_and_words(qtbot, book) -> None:
    _window, ws = _start(qtbot, book)
    ws.show_section("feedback")
    page = ws.page_of["feedback"]
    listened = next(c for c in page.cards if c.question.key == "listened")
    click(qtbot, listened.faces.buttons[5])
    type_into(qtbot, listened.words, "Nice to be asked")
    listened._save_words()
    answers = {a.question_key: a for a in book.feedback.answers(ws.doc.view.id)}
    assert answers["listened"].value == 5 and answers["listened"].words == "Nice to be asked"


def test_print_my_plan_opens_the_preview_of_this_version(qtbot, book, monkeypatch) -> None:
    import ui.print_preview as preview

    opened = []
    monkeypatch.setattr(preview.PrintPreviewDialog, "exec", lambda self: opened.append(self) or 0)
    _window, ws = _start(qtbot, book)
    ws.show_section("home")
    type_into(qtbot, ws.page_of["home"].good.box, "Typed just before printing")
    click(qtbot, ws.print_button)
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    # Words typed but not yet added are saved first, so they are in the printed plan.
    assert [e.text for e in book.plans.get(ws.doc.view.id).area("home").good] == [
        "Typed just before printing"
    ]
    assert opened[0]._version_id == ws.doc.view.id
