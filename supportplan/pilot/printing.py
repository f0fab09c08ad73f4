"""The pilot review as a large-print PDF in plain words, with the charts, for the working group.

Like the anonymised file, it holds no names, dates of birth or comments: comments can name
people, so they are read on screen in the app.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from supportplan.i18n import _, format_date, ngettext
from supportplan.model.kinds import Audience
from supportplan.pilot.pdf_parts import BODY_SIZE, INK, REGULAR, RULE, bar_chart, register_fonts
from supportplan.pilot.pdf_parts import styles as make_styles
from supportplan.pilot.views import PilotReview, RatingAgreement, RatingChange
from supportplan.scales import FEEDBACK_SCALE, GOAL_SCALE

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN


class NumberedCanvas(Canvas):
    """Writes "Page 2 of 8" at the foot of every page, at the body text size."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(REGULAR, BODY_SIZE)
            self.setFillColor(INK)
            self.drawString(MARGIN, 12 * mm, _("Page {n} of {total}").format(n=number, total=total))
            super().showPage()
        super().save()


def _share(part: int, out_of: int) -> str:
    return f"{part} ({round(100 * part / out_of)}%)" if out_of else "–"


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    return ("+" if value > 0 else "") + f"{value:.2f}"


class _Story:
    def __init__(self) -> None:
        self.styles = make_styles()
        self.flow: list = []

    def say(self, words: str, style: str = "body") -> None:
        self.flow.append(Paragraph(escape(words), self.styles[style]))

    def chart(self, title: str, note: str, labels: Sequence[str], counts: Sequence[int]) -> None:
        total = sum(counts)
        values = [_share(c, total) if total else "0" for c in counts]
        self.flow.append(
            KeepTogether(
                [
                    Paragraph(escape(title), self.styles["chart_title"]),
                    Paragraph(escape(note), self.styles["body"]),
                    bar_chart(labels, counts, values, WIDTH),
                    Spacer(1, BODY_SIZE),
                ]
            )
        )

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float]):
        cells = [[Paragraph(escape(h), self.styles["head_cell"]) for h in header]]
        cells += [[Paragraph(escape(c), self.styles["cell"]) for c in row] for row in rows]
        table = Table(cells, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # not reportlab's Helvetica
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        self.flow.append(table)
        self.flow.append(Spacer(1, BODY_SIZE))


def pilot_pdf(review: PilotReview, which_plans: str, printed_on: date) -> bytes:
    """The whole pilot review as PDF bytes."""
    credit = register_fonts()
    story = _Story()
    story.say(_("Pilot review"), "title")
    story.say(_("What we learn from all the plans."))
    story.say(which_plans + ".")
    story.say(_("Printed on {date}.").format(date=format_date(printed_on)))

    c = review.counts
    story.say(_("In numbers"), "heading")
    for line in (
        ngettext("{n} person", "{n} people", c.people).format(n=c.people),
        ngettext("{n} plan", "{n} plans", c.plans).format(n=c.plans),
        ngettext("{n} plan version", "{n} plan versions", c.versions).format(n=c.versions),
        ngettext("{n} review", "{n} reviews", c.reviews).format(n=c.reviews),
    ):
        story.say(line)

    faces = [_(p.words) for p in FEEDBACK_SCALE]
    for audience, heading, intro in (
        (
            Audience.PERSON,
            _("How people felt"),
            _("What each person said at the end of a session."),
        ),
        (Audience.STAFF, _("How staff felt"), _("What staff said at the end of each session.")),
    ):
        story.say(heading, "heading")
        story.say(intro)
        for spread in (q for q in review.questions if q.audience is audience):
            if spread.answered == 0:
                story.say(_(spread.text), "chart_title")
                story.say(_("No answers yet."))
                continue
            note = _("{n} answered").format(n=spread.answered)
            story.chart(_(spread.text), note, faces, spread.counts)
    comments = sum(q.comments for q in review.questions)
    story.say(_("Comments"), "heading")
    story.say(
        _(
            "People added their own words to {n} answers. Read them in the app: they are not "
            "printed, because they can name people."
        ).format(n=comments)
    )
    _views(story, review.agreement)
    _change(story, review.person_change, review.staff_change)
    _goals(story, review)
    story.say(_("Font: {credit}.").format(credit=credit))

    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=_("Pilot review"),
        author="Plan Together",
        initialFontName=REGULAR,  # otherwise every page names an unembedded Helvetica
    )
    document.build(story.flow, canvasmaker=NumberedCanvas)
    return out.getvalue()


def _views(story: _Story, rows: Sequence[RatingAgreement]) -> None:
    story.say(_("Do views match?"), "heading")
    story.say(
        _(
            "Each time both the person and staff rated a part of life, did they give it the "
            "same number? The person's own rating is always the one in their plan."
        )
    )
    story.table(
        [_("Part of life"), _("Both rated"), _("Same"), _("Same or one apart")],
        [
            (_(r.area_title), str(r.pairs), _share(r.same, r.pairs), _share(r.within_one, r.pairs))
            for r in rows
        ],
        [WIDTH * 0.31, WIDTH * 0.19, WIDTH * 0.25, WIDTH * 0.25],
    )
    higher = sum(r.person_higher for r in rows)
    lower = sum(r.staff_higher for r in rows)
    story.say(
        _("The person rated higher {a} times; staff rated higher {b} times.").format(
            a=higher, b=lower
        )
    )


def _change(story: _Story, person: Sequence[RatingChange], staff: Sequence[RatingChange]) -> None:
    story.say(_("What changed"), "heading")
    story.say(
        _(
            "From each plan's first agreed version to its latest. Only plans agreed at least "
            "twice count. A change of +1 means one step better."
        )
    )
    for title, rows in ((_("The person's own rating"), person), (_("Staff's view"), staff)):
        story.say(title, "chart_title")
        story.table(
            [_("Part of life"), _("Plans"), _("Average change"), _("Up, same, down")],
            [
                (
                    _(r.area_title),
                    str(r.plans),
                    _signed(r.mean_change),
                    f"{r.up}, {r.same}, {r.down}",
                )
                for r in rows
            ],
            [WIDTH * 0.31, WIDTH * 0.17, WIDTH * 0.26, WIDTH * 0.26],
        )


def _goals(story: _Story, review: PilotReview) -> None:
    goals = review.goals
    story.say(_("Goals"), "heading")
    story.say(
        ngettext(
            "{n} goal was looked at again in a review.",
            "{n} goals were looked at again in a review.",
            goals.carried,
        ).format(n=goals.carried)
        + " "
        + _("{rated} rated; {met} went as hoped or better.").format(
            rated=goals.rated, met=_share(goals.met, goals.rated)
        )
    )
    story.chart(
        _("How goals went"),
        ngettext("{n} goal rated", "{n} goals rated", goals.rated).format(n=goals.rated),
        [_(p.words) for p in GOAL_SCALE],
        goals.counts,
    )
    if goals.mean_score is None:
        story.say(_("No goal scores yet: goals are rated at a review."))
        return
    story.say(
        ngettext(
            "Goal score across {n} plan: {score:.1f}",
            "Goal score across {n} plans: {score:.1f}",
            len(goals.plans),
        ).format(n=len(goals.plans), score=goals.mean_score),
        "chart_title",
    )
    story.say(
        _(
            "The goal score puts every goal's rating together: 50 means the goals went as "
            "hoped, more than 50 better than hoped, less than 50 not as well."
        )
    )
    bands = [0, 0, 0, 0]
    for plan in goals.plans:
        bands[(plan.score >= 40) + (plan.score >= 50) + (plan.score >= 60)] += 1
    story.chart(
        _("Goal scores of the plans"),
        ngettext("{n} plan", "{n} plans", len(goals.plans)).format(n=len(goals.plans)),
        [_("Under 40"), _("40 to 50"), _("50 to 60"), _("60 or more")],
        bands,
    )
