"""The easy-read copy: the person's own plan, one idea per row, a picture beside every idea."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import TableStyle

from supportplan.model.kinds import AgreedHow, StepStatus
from supportplan.printing import charts
from supportplan.printing.credits import credit_lines
from supportplan.printing.flowables import Picture, grid
from supportplan.printing.story import Story
from supportplan.printing.styles import PERSON_LINE, STAFF_LINE
from supportplan.printing.viewmodel import Area, Goal


def build(story: Story) -> None:
    cover(story)
    about_me(story)
    for area in story.plan.areas:
        area_pages(story, area)
    how_it_is_going(story)
    if story.plan.reviewed:
        my_journey(story)
    agreeing(story)


def cover(story: Story) -> None:
    plan, _ = story.plan, story.words
    story.add(story.para(_("My plan"), "title"))
    story.space(0.6)
    story.heading_row(
        "about_me", plan.preferred_name, _("This plan is about me and my life."), plan.photo
    )
    if plan.agreement is not None and plan.agreement.staff_name:
        story.add(
            story.row(
                "helper-staff",
                [story.para(_("I made it with {name}.").format(name=plan.agreement.staff_name))],
            )
        )
    if plan.agreed_at is not None:
        agreed = _("We agreed it on {date}.").format(date=story.date(plan.agreed_at))
    else:
        agreed = _("We are still writing this plan. It is not agreed yet.")
    story.add(story.row("date", [story.para(agreed)]))
    if plan.review_due is not None:
        again = _("We will look at it again on {date}.").format(date=story.date(plan.review_due))
        story.add(story.row("date", [story.para(again)]))
    story.add(
        story.row(
            "words",
            [story.para(_("My own words are in yellow boxes, like this."))],
            own_words=True,
        )
    )
    story.add(
        story.row(
            "helper-staff",
            [story.para(_("Words from staff are in grey boxes, with their name."))],
            staff_words=True,
        )
    )


def about_me(story: Story) -> None:
    _ = story.words
    headings = {
        "liked_for": _("What people like about me"),
        "matters": _("What matters to me"),
        "support_me": _("How to support me well"),
    }
    story.new_page()
    story.heading_row("about_me", _("About me"), photo=story.plan.photo)
    for group in story.plan.about_me:
        if not group.lines:
            continue
        story.keep_room(5)
        story.add(story.para(headings[group.kind], "subheading"))
        for said in group.lines:
            story.add(story.said_row(said))


def area_pages(story: Story, area: Area) -> None:
    _ = story.words
    story.new_page()
    story.heading_row(area.picture, area.title, area.question)
    story.add(story.para(_("How it is going"), "subheading"))
    if area.rather_not_talk:
        story.add(story.row("about_me", [story.para(_("I would rather not talk about this now."))]))
    else:
        rating = area.rating
        story.add(
            story.row(
                story.face(rating.person),
                [story.para(_("I said: {words}.").format(words=story.rating_words(rating.person)))],
            )
        )
        if rating.staff is not None:
            said = _("{name} said: {words}.").format(
                name=rating.staff_by or _("Staff"), words=story.rating_words(rating.staff)
            )
            story.add(story.row(story.face(rating.staff), [story.para(said)]))
        if area.last_rating is not None and area.last_rating.person is not None:
            last = _("Last time I said: {words}.").format(
                words=story.rating_words(area.last_rating.person)
            )
            story.add(story.row(story.face(area.last_rating.person), [story.para(last, "muted")]))
    lists = ((_("What is good"), area.good), (_("What I would like to change"), area.change))
    for title, entries in lists:
        if entries:
            story.keep_room(5)
            story.add(story.para(title, "subheading"))
            for said in entries:
                story.add(story.said_row(said))
    if area.goals:
        story.keep_room(5)
        story.add(story.para(_("My goals"), "subheading"))
        for goal in area.goals:
            goal_rows(story, goal)


def goal_rows(story: Story, goal: Goal) -> None:
    _ = story.words
    story.add(
        story.row(
            goal.picture,
            [story.para(goal.words)],
            own_words=goal.by_person,
            staff_words=not goal.by_person,
        )
    )
    if goal.attainment is not None:
        texts: list[Flowable] = [story.para(story.attainment_words(goal.attainment))]
        if goal.attainment_note:
            texts.append(story.para(goal.attainment_note))
        story.add(story.row(story.face(goal.attainment), texts))
    for step in goal.steps:
        texts = [story.para(step.what), story.para(story.helper_words(step))]
        if step.by_when is not None:
            texts.append(story.para(_("By {date}.").format(date=story.date(step.by_when))))
        if step.status is not StepStatus.TO_DO:
            texts.append(story.para(story.step_status(step), "strong"))
        key = f"helper-{step.helper.value}"
        story.add(
            story.row(
                "done" if step.status is StepStatus.DONE else key,
                texts,
                size=story.sheet.picture * 0.8,
            )
        )


def how_it_is_going(story: Story) -> None:
    plan, _ = story.plan, story.words
    story.new_page()
    story.heading_row("chart", _("How my life is going"), _("The faces show what I said."))
    width = (A4[0] - 2 * story.sheet.margin) / 2 - 14
    now = charts.star([(a.picture, a.rating.person) for a in plan.areas], width)
    if plan.last_time is not None:
        last = charts.star(
            [(a.picture, plan.last_time.ratings[a.key].person) for a in plan.areas],
            width,
            faded=True,
        )
        cells = [
            [last, now],
            [
                story.para(
                    _("Last time, {date}").format(date=story.date(plan.last_time.when)), "muted"
                ),
                story.para(_("This time, {date}").format(date=story.date(plan.journey[-1].when))),
            ],
        ]
        if plan.right_to_left:
            cells = [list(reversed(row)) for row in cells]
        table = grid(cells, colWidths=[width + 14, width + 14])
        table.setStyle(
            TableStyle(
                [
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        story.add(table)
    else:
        story.add(
            grid(
                [[charts.star([(a.picture, a.rating.person) for a in plan.areas], width * 1.12)]],
                hAlign="CENTER",
            )
        )
    story.space(0.6)
    for area in plan.areas:
        words = (
            _("{area}: I would rather not talk about this now.").format(area=area.title)
            if area.rather_not_talk
            else _("{area}: {words}.").format(
                area=area.title, words=story.rating_words(area.rating.person)
            )
        )
        story.add(story.row(area.picture, [story.para(words)], size=story.sheet.picture * 0.6))


def my_journey(story: Story) -> None:
    plan, _ = story.plan, story.words
    story.new_page()
    story.heading_row(
        "journey",
        _("My journey"),
        _("How each part of my life has gone, each time we looked at my plan."),
    )
    key = grid(
        [
            [
                charts.key_line(46, PERSON_LINE, False),
                story.para(_("What I said")),
                charts.key_line(46, STAFF_LINE, True),
                story.para(_("What staff said")),
            ]
        ],
        colWidths=[54, None, 54, None],
    )
    key.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.add(key)
    story.space(0.4)
    labels = [_short_date(story, m.when) for m in plan.journey]
    picture = story.sheet.picture * 0.8
    chart_width = A4[0] - 2 * story.sheet.margin - picture - story.sheet.body_size * 1.2
    for area in plan.areas:
        moments = [
            (labels[i], m.ratings[area.key].person, m.ratings[area.key].staff)
            for i, m in enumerate(plan.journey)
        ]
        chart = charts.journey(
            moments,
            chart_width,
            100,
            label_font="PT-Body",
            label_size=story.sheet.body_size * 0.75 + 4,
        )
        story.add(
            story.row(
                area.picture, [story.para(area.title, "strong"), chart], size=picture, whole=True
            )
        )


def _short_date(story: Story, when) -> str:
    from babel.dates import format_date as babel_date

    from supportplan.i18n import babel_locale

    words = babel_date(when, "MMM yyyy", locale=babel_locale(story.plan.language))
    if all(story.typesetter.fonts.body.covers(c) for c in words):
        return words
    return when.strftime("%m/%Y")


def agreeing(story: Story) -> None:
    plan, _ = story.plan, story.words
    if plan.disagreements:
        story.new_page()
        story.heading_row("disagree", _("Things I don't agree with"))
        for said in plan.disagreements:
            story.add(story.said_row(said))
    story.new_page()
    story.heading_row("agree", _("Agreeing my plan"))
    agreed = plan.agreement
    if agreed is None:
        story.add(
            story.row(
                "plan", [story.para(_("We are still writing this plan. It is not agreed yet."))]
            )
        )
    elif agreed.how is AgreedHow.NOT_AGREED:
        texts = [story.para(_("I do not agree with my plan yet."))]
        if agreed.not_agreed_reason:
            texts.append(story.para(_("Why: {reason}").format(reason=agreed.not_agreed_reason)))
        story.add(story.row("disagree", texts, own_words=True))
    elif agreed.how is AgreedHow.ADVOCATE:
        who = agreed.advocate_name + (f" ({agreed.advocate_role})" if agreed.advocate_role else "")
        texts = [story.para(_("{name} agreed this plan for me.").format(name=who))]
        if agreed.advocate_reason:
            texts.append(story.para(_("Why: {reason}").format(reason=agreed.advocate_reason)))
        story.add(story.row("advocate", texts))
    else:
        story.add(story.row("agree", [story.para(_("I agree with my plan."))], own_words=True))
        if agreed.signature:
            signature = Picture(None, story.sheet.picture * 2.6, agreed.signature, own_shape=True)
            story.add(story.row("signature", [story.para(_("My signature:")), signature]))
    if agreed is not None:
        if agreed.staff_name:
            staff = _("{name} agreed it too.").format(name=agreed.staff_name)
            story.add(story.row("helper-staff", [story.para(staff)]))
        story.add(
            story.row(
                "date", [story.para(_("Date: {date}.").format(date=story.date(agreed.agreed_at)))]
            )
        )
    if plan.review_due is not None:
        again = _("We will look at my plan again on {date}.").format(
            date=story.date(plan.review_due)
        )
        story.add(story.row("date", [story.para(again)]))
    story.keep_room(8)
    story.add(story.para(_("About this plan"), "subheading"))
    for line in credit_lines(story):
        story.add(story.para(line, "muted"))
