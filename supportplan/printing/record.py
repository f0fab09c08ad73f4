"""The record copy for the file: compact, every entry with who said it and when, both ratings."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import Table, TableStyle

from supportplan.model.kinds import AgreedHow, Helper
from supportplan.needs import needs_words
from supportplan.printing import charts
from supportplan.printing.credits import credit_lines
from supportplan.printing.flowables import grid
from supportplan.printing.story import Story
from supportplan.printing.styles import RULE, STAFF_WORDS
from supportplan.printing.viewmodel import Said
from supportplan.scales import GOAL_SCALE


def build(story: Story) -> None:
    details(story)
    ratings(story)
    about_me(story)
    for area in story.plan.areas:
        area_section(story, area)
    agreement(story)
    feedback(story)
    story.space()
    for line in credit_lines(story):
        story.add(story.para(line, "muted"))


def table(
    story: Story, rows: list[list[str | Flowable]], widths: list[float], header: bool = True
) -> Table:
    """A ruled table; plain text cells become paragraphs in the body style."""
    cells = [[story.para(c) if isinstance(c, str) else c for c in row] for row in rows]
    made = grid(cells, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), STAFF_WORDS))
    made.setStyle(TableStyle(commands))
    return made


def width(story: Story) -> float:
    return A4[0] - 2 * story.sheet.margin


def strong(story: Story, text: str) -> Flowable:
    return story.para(text, "strong")


def details(story: Story) -> None:
    plan, _ = story.plan, story.words
    story.add(story.para(_("Support plan: record copy"), "heading"))
    status = _("Agreed") if plan.agreed_at else _("Draft, not agreed yet")
    needs = ", ".join(needs_words(plan.needs)) or _("None recorded")
    rows = [
        [strong(story, _("Person")), plan.full_name or plan.preferred_name],
        [
            strong(story, _("Preferred name")),
            plan.preferred_name + (f" ({plan.pronouns})" if plan.pronouns else ""),
        ],
        [strong(story, _("Date of birth")), story.date(plan.date_of_birth) or "–"],
        [strong(story, _("How they need information")), needs],
        [
            strong(story, _("Plan version")),
            _("Version {number}: {status}").format(number=plan.version_number, status=status),
        ],
        [strong(story, _("Started")), story.date(plan.started)],
        [strong(story, _("Agreed")), story.date(plan.agreed_at) or "–"],
        [strong(story, _("Next review")), story.date(plan.review_due) or "–"],
        [
            strong(story, _("Set of questions")),
            _("{name}, version {number}").format(
                name=plan.template_name, number=plan.template_version
            ),
        ],
        [strong(story, _("Organisation")), plan.organisation or "–"],
        [strong(story, _("Printed")), story.date(plan.printed_on)],
    ]
    story.add(table(story, rows, [width(story) * 0.3, width(story) * 0.7], header=False))


def ratings(story: Story) -> None:
    plan, _ = story.plan, story.words
    story.add(story.para(_("Ratings"), "subheading"))
    size = 150.0
    now = charts.star([(a.picture, a.rating.person) for a in plan.areas], size)
    charts_row: list[Flowable] = [now]
    captions = [story.para(_("This version: the person's view"), "muted")]
    if plan.last_time is not None:
        last = charts.star(
            [(a.picture, plan.last_time.ratings[a.key].person) for a in plan.areas],
            size,
            faded=True,
        )
        charts_row.insert(0, last)
        captions.insert(
            0, story.para(_("Version {number}").format(number=plan.last_time.number), "muted")
        )
    pair = grid([charts_row, captions], colWidths=[size + 20] * len(charts_row), hAlign="LEFT")
    story.add(pair)
    header = [_("Area"), _("Person"), _("Staff"), _("Last time: person"), _("Last time: staff")]
    rows: list[list[str | Flowable]] = [[strong(story, h) for h in header]]
    for area in plan.areas:
        last = area.last_rating
        staff = story.rating_words(area.rating.staff)
        if area.rating.staff_by and area.rating.staff is not None:
            staff += f" ({area.rating.staff_by})"
        rows.append(
            [
                area.title,
                _("Would rather not talk about this")
                if area.rather_not_talk
                else _rating(story, area.rating.person),
                staff if area.rating.staff is not None else "–",
                _rating(story, last.person) if last else "–",
                _rating(story, last.staff) if last else "–",
            ]
        )
    w = width(story)
    story.add(table(story, rows, [w * 0.2, w * 0.2, w * 0.24, w * 0.18, w * 0.18]))
    if plan.reviewed:
        story.add(story.para(_("Ratings in every version"), "subheading"))
        head = [_("Area"), *(_("V{number}").format(number=m.number) for m in plan.journey)]
        cells: list[list[str | Flowable]] = [[strong(story, h) for h in head]]
        for area in plan.areas:
            cells.append(
                [
                    area.title,
                    *(
                        _("{person} / {staff}").format(
                            person=m.ratings[area.key].person or "–",
                            staff=m.ratings[area.key].staff or "–",
                        )
                        for m in plan.journey
                    ),
                ]
            )
        rest = (w * 0.75) / len(plan.journey)
        story.add(table(story, cells, [w * 0.25, *([rest] * len(plan.journey))]))
        story.add(
            story.para(_("Each cell: the person's rating / staff's rating, 1 to 5."), "muted")
        )


def _rating(story: Story, value: int | None) -> str:
    return f"{value}: {story.rating_words(value)}" if value is not None else "–"


def said_rows(story: Story, kind: str, entries: tuple[Said, ...]) -> list[list[str | Flowable]]:
    _ = story.words
    rows: list[list[str | Flowable]] = []
    for said in entries:
        who = (
            story.plan.preferred_name + _(" (the person)")
            if said.by_person
            else (said.staff_name or _("Staff"))
        )
        when = story.date(said.written)
        if said.changed is not None:
            when += "; " + _("changed {date}").format(date=story.date(said.changed))
        words = said.words + (" " + _("(staff only)") if said.staff_only else "")
        rows.append([kind, words, who, when])
    return rows


def entries_table(story: Story, rows: list[list[str | Flowable]]) -> None:
    _ = story.words
    w = width(story)
    header: list[str | Flowable] = [
        strong(story, h) for h in (_("Kind"), _("Words"), _("Who said it"), _("When"))
    ]
    story.add(table(story, [header, *rows], [w * 0.15, w * 0.5, w * 0.18, w * 0.17]))


def about_me(story: Story) -> None:
    _ = story.words
    kinds = {
        "liked_for": _("Liked for"),
        "matters": _("Matters to me"),
        "support_me": _("How to support me"),
    }
    rows = [r for g in story.plan.about_me for r in said_rows(story, kinds[g.kind], g.lines)]
    if rows:
        story.add(story.para(_("About me"), "subheading"))
        entries_table(story, rows)


def area_section(story: Story, area) -> None:
    _ = story.words
    story.keep_room(8)
    story.add(story.para(area.title, "subheading"))
    if area.rather_not_talk:
        story.add(story.para(_("The person would rather not talk about this area now.")))
    rows = said_rows(story, _("Good"), area.good) + said_rows(story, _("Change"), area.change)
    if rows:
        entries_table(story, rows)
    w = width(story)
    for goal in area.goals:
        who = _("the person") if goal.by_person else (goal.staff_name or _("Staff"))
        line = _("Goal: {words} (said by {who})").format(words=goal.words, who=who)
        if goal.carried:
            line += " " + _("Carried from the last version.")
        story.add(story.para(line, "strong"))
        if goal.attainment is not None:
            found = next(p for p in GOAL_SCALE if p.value == goal.attainment)
            note = f" {goal.attainment_note}" if goal.attainment_note else ""
            story.add(
                story.para(
                    _("How it went: {value}, {words}.").format(
                        value=goal.attainment, words=_(found.words)
                    )
                    + note
                )
            )
        if goal.steps:
            head = [strong(story, h) for h in (_("Step"), _("Who helps"), _("By"), _("Status"))]
            rows2: list[list[str | Flowable]] = [head]
            for step in goal.steps:
                helper = {
                    Helper.ME: _("The person"),
                    Helper.STAFF: _("Staff"),
                    Helper.FAMILY: _("Family or friends"),
                    Helper.COMMUNITY: _("Community"),
                }[step.helper]
                if step.helper_name:
                    helper += f": {step.helper_name}"
                rows2.append(
                    [step.what, helper, story.date(step.by_when) or "–", story.step_status(step)]
                )
            story.add(table(story, rows2, [w * 0.42, w * 0.22, w * 0.18, w * 0.18]))


def agreement(story: Story) -> None:
    plan, _ = story.plan, story.words
    story.keep_room(8)
    story.add(story.para(_("Agreement"), "subheading"))
    agreed = plan.agreement
    if plan.disagreements:
        story.add(story.para(_("Things the person does not agree with:"), "strong"))
        entries_table(story, said_rows(story, _("Not agreed"), plan.disagreements))
    if agreed is None:
        story.add(story.para(_("Not agreed yet: this version is a draft.")))
        return
    how = {
        AgreedHow.SIGNATURE: _("The person agreed and signed."),
        AgreedHow.TICK: _("The person agreed with a tick."),
        AgreedHow.ADVOCATE: _("Agreed for the person by {name} ({role}).").format(
            name=agreed.advocate_name, role=agreed.advocate_role or _("advocate")
        ),
        AgreedHow.NOT_AGREED: _("The person did not agree."),
    }[agreed.how]
    lines = [how]
    if agreed.advocate_reason:
        lines.append(_("Why: {reason}").format(reason=agreed.advocate_reason))
    if agreed.not_agreed_reason:
        lines.append(_("Why: {reason}").format(reason=agreed.not_agreed_reason))
    lines.append(
        _("Staff: {name}. Date: {date}.").format(
            name=agreed.staff_name or "–", date=story.date(agreed.agreed_at)
        )
    )
    for line in lines:
        story.add(story.para(line))
    if agreed.signature:
        from supportplan.printing.flowables import Picture

        story.add(Picture(None, 160, agreed.signature, own_shape=True))


def feedback(story: Story) -> None:
    plan, _ = story.plan, story.words
    if not plan.feedback:
        return
    story.keep_room(6)
    story.add(story.para(_("Feedback on the session"), "subheading"))
    from supportplan.scales import FEEDBACK_SCALE

    head = [strong(story, h) for h in (_("Question"), _("Who"), _("Answer"), _("Words"))]
    rows: list[list[str | Flowable]] = [head]
    for answer in plan.feedback:
        rows.append(
            [
                answer.question,
                _("Person") if answer.by_person else _("Staff"),
                story.rating_words(answer.value, FEEDBACK_SCALE),
                answer.words or "–",
            ]
        )
    w = width(story)
    story.add(table(story, rows, [w * 0.38, w * 0.12, w * 0.2, w * 0.3]))
