"""What the three printouts share: paragraphs in the person's language, rows, headings, words.

A story is the list of flowables reportlab lays out into pages. Each printout adds to one,
through these helpers, so the same thing is always said in the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from reportlab.platypus.flowables import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreakIfNotEmpty,
    Spacer,
)
from reportlab.platypus.paragraph import Paragraph

from supportplan.i18n import format_date
from supportplan.model.kinds import Helper, StepStatus
from supportplan.printing.flowables import Picture, Row
from supportplan.printing.pictures import drawing
from supportplan.printing.styles import OWN_WORDS, OWN_WORDS_EDGE, RULE, STAFF_WORDS, Sheet
from supportplan.printing.typeset import Typesetter
from supportplan.printing.viewmodel import PrintPlan, Said, Step
from supportplan.scales import AREA_SCALE, GOAL_SCALE, ScalePoint, point


class Story:
    """A growing list of flowables for one printout of one plan."""

    def __init__(self, plan: PrintPlan, sheet: Sheet, typesetter: Typesetter) -> None:
        self.plan = plan
        self.sheet = sheet
        self.typesetter = typesetter
        self.words: Callable[[str], str] = plan.words()
        self.flowables: list[Flowable] = []

    # -- words --------------------------------------------------------------------------------

    def para(self, text: str, style: str = "body") -> Paragraph:
        return self.typesetter.para(text, self.sheet[style])

    def date(self, value: date | datetime | None) -> str:
        return format_date(value, self.plan.language)

    def rating_words(self, value: int | None, scale: tuple[ScalePoint, ...] = AREA_SCALE) -> str:
        _ = self.words
        found = point(scale, value)
        return _(found.words) if found else _("Not rated")

    def face(self, value: int | None, scale: tuple[ScalePoint, ...] = AREA_SCALE) -> str:
        found = point(scale, value)
        return found.face if found else "about_me"

    def who_said(self, said: Said) -> str:
        _ = self.words
        if said.by_person:
            return _("{name} said this.").format(name=self.plan.preferred_name)
        return _("{name} wrote this.").format(name=said.staff_name or _("Staff"))

    def helper_words(self, step: Step) -> str:
        _ = self.words
        name = step.helper_name.strip()
        if step.helper is Helper.ME:
            return _("I will do this myself.")
        if step.helper is Helper.STAFF:
            return _("{name} will help.").format(name=name) if name else _("Staff will help.")
        if step.helper is Helper.FAMILY:
            return (
                _("{name} will help.").format(name=name)
                if name
                else _("My family or friends will help.")
            )
        return _("{name} will help.").format(name=name) if name else _("Someone near me will help.")

    def step_status(self, step: Step) -> str:
        _ = self.words
        return {
            StepStatus.TO_DO: _("Not started yet."),
            StepStatus.DOING: _("I am doing this now."),
            StepStatus.DONE: _("Done."),
            StepStatus.STOPPED: _("We stopped this step."),
        }[step.status]

    def attainment_words(self, value: int | None) -> str:
        _ = self.words
        return _("How it went: {words}.").format(words=self.rating_words(value, GOAL_SCALE))

    # -- adding -------------------------------------------------------------------------------

    def add(self, *items: Flowable) -> None:
        self.flowables.extend(items)

    def space(self, times: float = 1.0) -> None:
        self.add(Spacer(1, self.sheet.body_size * times))

    def new_page(self) -> None:
        """The next words start on a new page (no empty page if this one just ended)."""
        while self.flowables and isinstance(self.flowables[-1], Spacer):
            self.flowables.pop()
        if self.flowables and not isinstance(self.flowables[-1], PageBreakIfNotEmpty):
            self.add(PageBreakIfNotEmpty())

    def keep_room(self, lines: float) -> None:
        """Start a new page unless about ``lines`` lines of body text still fit."""
        self.add(CondPageBreak(self.sheet.body_size * self.sheet.leading * lines))

    def together(self, *items: Flowable) -> None:
        self.add(KeepTogether(list(items)))

    # -- easy-read rows -----------------------------------------------------------------------

    def picture(self, key: str, photo: bytes | None = None, size: float | None = None) -> Picture:
        side = size or self.sheet.picture
        return Picture(None if photo else drawing(key), side, photo)

    def row(
        self,
        key: str,
        texts: list[Flowable],
        *,
        own_words: bool = False,
        staff_words: bool = False,
        photo: bytes | None = None,
        size: float | None = None,
        whole: bool = False,
    ) -> Row:
        side = size or self.sheet.picture
        bubble = OWN_WORDS if own_words else STAFF_WORDS if staff_words else None
        edge = OWN_WORDS_EDGE if own_words else RULE
        return Row(
            self.picture(key, photo, side),
            texts,
            picture_size=side,
            gap=self.sheet.body_size * 1.1,
            bubble=bubble,
            edge=edge,
            mirror=self.plan.right_to_left,
            space_after=self.sheet.gap,
            whole=whole,
        )

    def said_row(self, said: Said) -> Row:
        """An entry: the person's words in a yellow bubble, staff's in grey with their name."""
        texts: list[Flowable] = [self.para(said.words)]
        if not said.by_person:
            note = self.para(self.who_said(said), "muted")
            note.spaceBefore = self.sheet.body_size * 0.3
            texts.append(note)
        return self.row(
            said.picture,
            texts,
            own_words=said.by_person,
            staff_words=not said.by_person,
            photo=said.photo,
        )

    def heading_row(self, key: str, title: str, lead: str = "", photo: bytes | None = None) -> None:
        """A section's start: a big picture with the heading (and a plain question) beside it."""
        texts: list[Flowable] = [self.para(title, "heading")]
        if lead:
            texts.append(self.para(lead, "muted"))
        self.add(self.row(key, texts, photo=photo, size=self.sheet.picture * 1.25))
