"""The large-print copy: clear print at 18 pt and up, one column, words only, left aligned."""

from __future__ import annotations

from supportplan.model.kinds import AgreedHow
from supportplan.printing.credits import credit_lines
from supportplan.printing.story import Story
from supportplan.printing.viewmodel import Area, Goal, Said


def build(story: Story) -> None:
    plan, _ = story.plan, story.words
    story.add(story.para(_("My plan"), "title"))
    story.add(story.para(plan.preferred_name, "heading"))
    if plan.agreed_at is not None:
        story.add(story.para(_("We agreed it on {date}.").format(date=story.date(plan.agreed_at))))
    else:
        story.add(story.para(_("We are still writing this plan. It is not agreed yet.")))
    if plan.review_due is not None:
        story.add(
            story.para(
                _("We will look at it again on {date}.").format(date=story.date(plan.review_due))
            )
        )
    story.space()
    story.add(story.para(_("The words here are mine, unless it says who wrote them.")))
    headings = {
        "liked_for": _("What people like about me"),
        "matters": _("What matters to me"),
        "support_me": _("How to support me well"),
    }
    story.space()
    story.add(story.para(_("About me"), "heading"))
    for group in plan.about_me:
        if group.lines:
            story.keep_room(4)
            story.add(story.para(headings[group.kind], "subheading"))
            for said in group.lines:
                entry(story, said)
    for area in plan.areas:
        area_section(story, area)
    journey_words(story)
    agreeing(story)


def entry(story: Story, said: Said) -> None:
    story.add(story.para(said.words))
    if not said.by_person:
        story.add(story.para(story.who_said(said), "muted"))
    story.space(0.6)


def area_section(story: Story, area: Area) -> None:
    _ = story.words
    story.new_page()
    story.add(story.para(area.title, "heading"))
    story.add(story.para(area.question, "muted"))
    story.add(story.para(_("How it is going"), "subheading"))
    if area.rather_not_talk:
        story.add(story.para(_("I would rather not talk about this now.")))
    else:
        story.add(
            story.para(_("I said: {words}.").format(words=story.rating_words(area.rating.person)))
        )
        if area.rating.staff is not None:
            story.add(
                story.para(
                    _("{name} said: {words}.").format(
                        name=area.rating.staff_by or _("Staff"),
                        words=story.rating_words(area.rating.staff),
                    )
                )
            )
        if area.last_rating is not None and area.last_rating.person is not None:
            story.add(
                story.para(
                    _("Last time I said: {words}.").format(
                        words=story.rating_words(area.last_rating.person)
                    ),
                    "muted",
                )
            )
    for title, entries in (
        (_("What is good"), area.good),
        (_("What I would like to change"), area.change),
    ):
        if entries:
            story.keep_room(4)
            story.add(story.para(title, "subheading"))
            for said in entries:
                entry(story, said)
    if area.goals:
        story.keep_room(4)
        story.add(story.para(_("My goals"), "subheading"))
        for goal in area.goals:
            goal_words(story, goal)


def goal_words(story: Story, goal: Goal) -> None:
    _ = story.words
    story.add(story.para(goal.words, "strong"))
    if not goal.by_person:
        story.add(
            story.para(_("{name} wrote this.").format(name=goal.staff_name or _("Staff")), "muted")
        )
    if goal.attainment is not None:
        story.add(story.para(story.attainment_words(goal.attainment)))
        if goal.attainment_note:
            story.add(story.para(goal.attainment_note))
    for number, step in enumerate(goal.steps, start=1):
        parts = [
            _("Step {number}: {what}").format(number=number, what=sentence(step.what)),
            story.helper_words(step),
        ]
        if step.by_when is not None:
            parts.append(_("By {date}.").format(date=story.date(step.by_when)))
        parts.append(story.step_status(step))
        story.add(story.para(" ".join(parts)))
    story.space(0.6)


def sentence(words: str) -> str:
    """Words with a full stop at the end, unless they end in one already."""
    words = words.strip()
    return words if words[-1:] in (".", "!", "?", "۔", "。", "؟") else words + "."


def journey_words(story: Story) -> None:
    plan, _ = story.plan, story.words
    if not plan.reviewed:
        return
    story.new_page()
    story.add(story.para(_("My journey"), "heading"))
    story.add(story.para(_("What I said each time we looked at my plan.")))
    for area in plan.areas:
        story.keep_room(4)
        story.add(story.para(area.title, "subheading"))
        for moment in plan.journey:
            rating = moment.ratings[area.key]
            line = _("{date}: I said {mine}. Staff said {staff}.").format(
                date=story.date(moment.when),
                mine=story.rating_words(rating.person).lower(),
                staff=story.rating_words(rating.staff).lower(),
            )
            story.add(story.para(line))


def agreeing(story: Story) -> None:
    plan, _ = story.plan, story.words
    if plan.disagreements:
        story.new_page()
        story.add(story.para(_("Things I don't agree with"), "heading"))
        for said in plan.disagreements:
            entry(story, said)
    story.keep_room(10)
    story.add(story.para(_("Agreeing my plan"), "heading"))
    agreed = plan.agreement
    if agreed is None:
        story.add(story.para(_("We are still writing this plan. It is not agreed yet.")))
    elif agreed.how is AgreedHow.NOT_AGREED:
        story.add(story.para(_("I do not agree with my plan yet.")))
        if agreed.not_agreed_reason:
            story.add(story.para(_("Why: {reason}").format(reason=agreed.not_agreed_reason)))
    elif agreed.how is AgreedHow.ADVOCATE:
        who = agreed.advocate_name + (f" ({agreed.advocate_role})" if agreed.advocate_role else "")
        story.add(story.para(_("{name} agreed this plan for me.").format(name=who)))
        if agreed.advocate_reason:
            story.add(story.para(_("Why: {reason}").format(reason=agreed.advocate_reason)))
    else:
        story.add(story.para(_("I agree with my plan.")))
        if agreed.how is AgreedHow.SIGNATURE:
            story.add(story.para(_("I signed it.")))
    if agreed is not None:
        if agreed.staff_name:
            story.add(story.para(_("{name} agreed it too.").format(name=agreed.staff_name)))
        story.add(story.para(_("Date: {date}.").format(date=story.date(agreed.agreed_at))))
    story.space()
    story.add(story.para(_("About this plan"), "subheading"))
    for line in credit_lines(story):
        story.add(story.para(line, "muted"))
