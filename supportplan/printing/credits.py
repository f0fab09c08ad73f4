"""Who made the pictures and fonts in a printed plan, said in the plan and in the About box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from supportplan.i18n import N_
from supportplan.printing.pictures import CREDIT as PICTURES_CREDIT

if TYPE_CHECKING:
    from supportplan.printing.story import Story

FONTS_CREDIT = N_(
    "Fonts: Atkinson Hyperlegible by the Braille Institute, and Noto Sans and Noto Sans Arabic "
    "by the Noto project, under the SIL Open Font License. Chinese letters use a font on this "
    "computer."
)


def credits_text(_: Callable[[str], str]) -> list[str]:
    """The credits, translated with ``_``; for the app's About box too."""
    return [_(PICTURES_CREDIT), _(FONTS_CREDIT)]


def credit_lines(story: Story) -> list[str]:
    """The "About this plan" lines at the end of a printout."""
    plan, _ = story.plan, story.words
    made = (
        _("Made by {organisation} with Plan Together.").format(organisation=plan.organisation)
        if plan.organisation
        else _("Made with Plan Together.")
    )
    printed = _("Printed on {date}. This is version {number} of the plan.").format(
        date=story.date(plan.printed_on), number=plan.version_number
    )
    return [made, printed, *credits_text(_)]
