"""The plain-words helper in a real text box: marks, one-click replace, undo, area signal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat

from supportplan.plainwords import PlainWord, PlainWords, as_text, built_in
from tests.workspace_helpers import click, open_window, settle, type_into
from ui import plain_words
from ui.text_box import TextBox


@pytest.fixture
def english_words():
    plain_words.use(PlainWords.for_language("en"))
    yield
    plain_words.use(PlainWords(()))


@pytest.fixture
def box(qtbot, english_words) -> TextBox:
    text_box = TextBox("What's good", "Something that is going well.")
    qtbot.addWidget(text_box)
    text_box.resize(600, 200)
    text_box.show()
    qtbot.waitExposed(text_box)
    return text_box


def formats(box: TextBox) -> list[tuple[str, QTextCharFormat.UnderlineStyle]]:
    """The marked stretches of the first paragraph: (words, underline)."""
    block = box.document().firstBlock()
    text = block.text()
    return [
        (text[r.start : r.start + r.length], r.format.underlineStyle())
        for r in block.layout().formats()
    ]


def test_hard_words_and_long_sentences_are_marked(box, qtbot) -> None:
    type_into(qtbot, box, "Jo loves equine therapy.")
    marked = formats(box)
    assert [words for words, _f in marked] == ["equine therapy"]
    assert marked[0][1] == QTextCharFormat.UnderlineStyle.WaveUnderline
    box.clear()
    long = "Jo goes to the big park near the river with a friend on most days of the week."
    type_into(qtbot, box, long)
    assert [words for words, _f in formats(box)] == [long]
    assert "18 words" in box.hints.note.text()
    assert box.hints.isVisible()


def test_one_click_puts_the_plain_words_in_and_undo_takes_them_out(box, qtbot) -> None:
    type_into(qtbot, box, "Equine therapy on Monday, then rebound therapy.")
    settle()
    labels = [b.text() for b in box.hints.buttons]
    assert labels == ["Use: Horse riding", "Use: trampolining"]
    click(qtbot, box.hints.buttons[1])
    assert box.text() == "Equine therapy on Monday, then trampolining."
    settle()
    click(qtbot, box.hints.buttons[0])
    assert box.text() == "Horse riding on Monday, then trampolining."
    assert formats(box) == [] and not box.hints.isVisible()
    box.undo()
    assert box.text() == "Equine therapy on Monday, then trampolining."
    box.undo()
    assert box.text() == "Equine therapy on Monday, then rebound therapy."


def test_the_right_click_menu_offers_the_plain_words(box, qtbot) -> None:
    type_into(qtbot, box, "Ask the service user.")
    cursor = box.textCursor()
    cursor.setPosition(10)  # inside "service user"
    where = box.cursorRect(cursor).center()
    menu = box.context_menu(where)
    first = menu.actions()[0]
    assert first.text() == "Use “person”"
    first.trigger()
    assert box.text() == "Ask the person."
    box.setTextCursor(cursor)
    assert box.context_menu(QPoint(2, 2)).actions()[0].text() != "Use “person”"


def test_it_never_stops_adding_the_words(qtbot, demo_book, english_words) -> None:
    window = open_window(qtbot, demo_book)
    yusuf = demo_book.people.find("yusuf")[0]
    window.open_workspace(demo_book.plans.plans_for(yusuf.id)[0].latest.id)
    window.workspace.show_section("home")
    settle()
    page = window.workspace.page_of["home"]
    assert page.readability.text() == "Words: Easy to read"
    words = "The service user enjoys equine therapy."
    type_into(qtbot, page.good.box, words)
    click(qtbot, page.good.add_button)
    settle()
    assert any(e.text == words for e in window.workspace.doc.view.area("home").good)
    assert page.readability.text().startswith("Words: ")
    assert "2 hard words" in page.readability.text()


def test_the_organisations_own_words(qtbot, demo_book, english_words) -> None:
    from ui.plain_words_dialog import PlainWordsDialog

    dialog = PlainWordsDialog(demo_book)
    qtbot.addWidget(dialog)
    known = len(built_in("en"))
    assert f"knows {known} hard words" in dialog.findChildren(type(dialog.problem))[0].text()
    dialog.add_row("SALT", "speech therapy")
    dialog.add_row("  ", "nothing")  # an empty row is left out
    dialog.save()
    assert demo_book.settings.get("plain_words") == as_text([PlainWord("SALT", "speech therapy")])
    window = open_window(qtbot, demo_book)
    rhys = demo_book.people.find("rhys")[0]
    window.open_workspace(demo_book.plans.plans_for(rhys.id)[0].latest.id)
    box = TextBox("Words", "Words")
    qtbot.addWidget(box)
    type_into(qtbot, box, "Book SALT.")
    assert [b.text() for b in box.hints.buttons] == ["Use: speech therapy"]
