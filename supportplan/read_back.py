"""The plan read back in plain words, for the Agree page and for reading aloud."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from supportplan.i18n import format_date
from supportplan.model.kinds import EntryKind, SaidBy
from supportplan.scales import AREA_SCALE, point
from supportplan.services.views import EntryView, GoalView, VersionView

Translate = Callable[[str], str]


@dataclass(frozen=True)
class Part:
    """One part of the plan: a heading and its sentences, in order."""

    key: str
    heading: str
    sentences: tuple[str, ...]


def _said(entry: EntryView | GoalView, text: str, t: Translate) -> str:
    if entry.said_by is SaidBy.STAFF:
        return t("{words} (Staff: {name})").format(words=text, name=entry.staff_name or t("staff"))
    return text


def _goal(goal: GoalView, t: Translate, language: str) -> list[str]:
    lines = [_said(goal, goal.text, t)]
    for step in goal.steps:
        line = t("Step: {what}.").format(what=step.what.rstrip("."))
        if step.helper_name:
            line += " " + t("{name} will help.").format(name=step.helper_name)
        if step.by_when:
            line += " " + t("By {date}.").format(date=format_date(step.by_when, language))
        lines.append(line)
    return lines


def read_back(view: VersionView, t: Translate, *, staff_only: bool = True) -> list[Part]:
    """Every part of the plan as sentences. ``staff_only=False`` leaves out staff-only notes."""
    language = view.person.needs.language

    def shown(entries: tuple[EntryView, ...]) -> list[EntryView]:
        return [e for e in entries if staff_only or not e.staff_only]

    parts = []
    about = []
    for kind, heading in (
        (EntryKind.LIKED_FOR, t("What people like about me")),
        (EntryKind.MATTERS, t("What matters to me")),
        (EntryKind.SUPPORT_ME, t("How best to support me")),
    ):
        entries = shown(view.about_me_of(kind))
        if entries:
            about.append(f"{heading}:")
            about += [_said(e, e.text, t) for e in entries]
    if about:
        parts.append(Part("about_me", t("About me"), tuple(about)))
    for area_def in view.template.areas:
        area = view.area(area_def.key)
        sentences = []
        if area.rather_not_talk:
            sentences.append(t("I would rather not talk about this."))
        rating = point(AREA_SCALE, area.person_rating)
        if rating:
            sentences.append(t("How it is going: {words}.").format(words=t(rating.words)))
        good = shown(area.good)
        if good:
            sentences.append(t("What's good:"))
            sentences += [_said(e, e.text, t) for e in good]
        change = shown(area.change)
        if change:
            sentences.append(t("What I'd like to change:"))
            sentences += [_said(e, e.text, t) for e in change]
        for goal in area.goals:
            sentences += _goal(goal, t, language)
        if sentences:
            parts.append(Part(area_def.key, t(area_def.title), tuple(sentences)))
    return parts
