"""What the person's own screen shows for each part of the plan, in big type and their language.

Never shown here: other people, staff-only notes, or the staff's view of a rating unless staff
chose to share it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from supportplan.i18n import N_
from supportplan.model.kinds import EntryKind, SaidBy
from supportplan.read_back import read_back
from supportplan.scales import AREA_SCALE, FEEDBACK_SCALE, point
from supportplan.services.views import EntryView, QuestionView, VersionView
from ui import commands
from ui.pictures import pixmap
from ui.plan_document import PlanDocument
from ui.rating_faces import RatingFaces

Translate = Callable[[str], str]

ABOUT_ME_LISTS = (
    (EntryKind.LIKED_FOR, N_("What people like about me")),
    (EntryKind.MATTERS, N_("What matters to me")),
    (EntryKind.SUPPORT_ME, N_("How best to support me")),
)


def words_label(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


def entry_card(entry: EntryView, t: Translate) -> QFrame:
    card = QFrame()
    mine = entry.said_by is SaidBy.PERSON
    card.setObjectName("personWords" if mine else "staffWords")
    layout = QVBoxLayout(card)
    who = t(N_("In my words")) if mine else t(N_("Staff: {name}")).format(name=entry.staff_name)
    layout.addWidget(words_label(who, "personBadge" if mine else "staffBadge"))
    layout.addWidget(words_label(entry.text))
    card.setAccessibleName(f"{who}: {entry.text[:200]}")
    return card


def entry_list(title: str, entries: tuple[EntryView, ...], t: Translate) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(words_label(title, "sectionTitle"))
    shown = [e for e in entries if not e.staff_only]
    if not shown:
        layout.addWidget(words_label(t(N_("Nothing here yet.")), "hint"))
    for entry in shown:
        layout.addWidget(entry_card(entry, t))
    return box


class Heading(QWidget):
    """A big picture on one side, the title and the plain question on the other."""

    def __init__(self, picture: str, title: str, question: str, size: int) -> None:
        super().__init__()
        image = QLabel()
        image.setPixmap(pixmap(picture, size))
        words = QVBoxLayout()
        words.addWidget(words_label(title, "pageTitle"))
        if question:
            words.addWidget(words_label(question, "question"))
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(image, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)


def area_section(
    doc: PlanDocument, view: VersionView, key: str, t: Translate, share_staff_view: bool, size: int
) -> tuple[QWidget, str]:
    """The page for one area, and the words to read aloud for it."""
    area_def = next(a for a in view.template.areas if a.key == key)
    area = view.area(key)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(Heading(area_def.picture_key, t(area_def.title), t(area_def.question), size))
    layout.addWidget(words_label(t(N_("How is it going?")), "sectionTitle"))
    faces = RatingFaces(AREA_SCALE, t(N_("How it is going for me")), size * 2 // 3, t)
    faces.set_value(area.person_rating)
    faces.set_read_only(not view.editable)
    faces.chosen.connect(lambda value: commands.rate(doc, key, value, SaidBy.PERSON))
    layout.addWidget(faces)
    if share_staff_view and area.staff_rating is not None:
        staff = point(AREA_SCALE, area.staff_rating)
        layout.addWidget(
            words_label(t(N_("Staff see it as: {words}")).format(words=t(staff.words)), "hint")
        )
    layout.addWidget(entry_list(t(N_("What's good")), area.good, t))
    layout.addWidget(entry_list(t(N_("What I'd like to change")), area.change, t))
    if area.goals:
        layout.addWidget(words_label(t(N_("My goals")), "sectionTitle"))
        for goal in area.goals:
            layout.addWidget(words_label(goal.text, "goalWords"))
    spoken = [t(area_def.title), t(area_def.question)]
    spoken += [e.text for e in (*area.good, *area.change) if not e.staff_only]
    return page, "\n".join(spoken)


def about_me_section(view: VersionView, t: Translate, size: int) -> tuple[QWidget, str]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(Heading("about_me", t(N_("About me")), "", size))
    spoken = [t(N_("About me"))]
    for kind, title in ABOUT_ME_LISTS:
        entries = view.about_me_of(kind)
        layout.addWidget(entry_list(t(title), entries, t))
        spoken += [t(title)] + [e.text for e in entries if not e.staff_only]
    return page, "\n".join(spoken)


def agree_section(view: VersionView, t: Translate, size: int) -> tuple[QWidget, str]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(
        Heading("agree", t(N_("My plan")), t(N_("Here is my plan. Do I agree with it?")), size)
    )
    spoken = []
    for part in read_back(view, t, staff_only=False):
        layout.addWidget(words_label(part.heading, "sectionTitle"))
        for sentence in part.sentences:
            layout.addWidget(words_label(sentence))
        spoken += [part.heading, *part.sentences]
    return page, "\n".join(spoken)


def feedback_section(
    doc: PlanDocument, view: VersionView, questions: list[QuestionView], t: Translate, size: int
) -> tuple[QWidget, str]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(Heading("listen", t(N_("How did today go?")), "", size))
    spoken = [t(N_("How did today go?"))]
    for question in questions:
        answer = next((a for a in view.feedback if a.question_id == question.id), None)
        layout.addWidget(Heading(question.picture_key, t(question.text), "", size // 2))
        faces = RatingFaces(FEEDBACK_SCALE, t(question.text), size // 2, t)
        faces.set_value(answer.value if answer else None)
        faces.chosen.connect(
            lambda value, q=question, a=answer: commands.answer(
                doc, q.id, value, a.words if a else ""
            )
        )
        layout.addWidget(faces)
        spoken.append(t(question.text))
    return page, "\n".join(spoken)
