"""The renderer: a PrintPlan and a style in, PDF bytes out."""

from __future__ import annotations

import io

import platformdirs

from supportplan.paths import APP_NAME
from supportplan.printing import easy_read, large_print, record
from supportplan.printing.fonts import fonts
from supportplan.printing.pages import Footer, document, numbered_canvas
from supportplan.printing.story import Story
from supportplan.printing.styles import STYLE_NAMES, Style, sheet
from supportplan.printing.typeset import Typesetter, needs_shaping
from supportplan.printing.viewmodel import PrintPlan, for_the_person
from supportplan.text import initials

BUILDERS = {
    Style.EASY_READ: easy_read.build,
    Style.LARGE_PRINT: large_print.build,
    Style.RECORD: record.build,
}


def render(plan: PrintPlan, style: Style) -> bytes:
    """The printout of ``plan`` in ``style``, as the bytes of a PDF file."""
    _ = plan.words()
    if style is not Style.RECORD:
        plan = for_the_person(plan)
    chosen = sheet(style, plan.needs.large_print)
    typesetter = Typesetter(fonts(), emoji_folder())
    story = Story(plan, chosen, typesetter)
    BUILDERS[style](story)
    out = io.BytesIO()
    doc = document(
        out,
        chosen,
        title=_("Support plan, {style}, {initials}, version {number}").format(
            style=_(STYLE_NAMES[style]).lower(),
            initials=initials(plan.preferred_name),
            number=plan.version_number,
        ),
        author=plan.organisation,
        subject=_("A support plan written together"),
        language=plan.language,
    )
    page_words = _("Page {page} of {pages}")
    note = (
        ""
        if style is not Style.RECORD
        else _("Record copy, version {number}").format(number=plan.version_number)
    )
    footer_text = page_words + note + "0123456789"
    doc.build(
        story.flowables,
        canvasmaker=numbered_canvas(
            Footer(
                page_words=page_words,
                note=note,
                font=typesetter.face_covering(footer_text),
                size=chosen.body_size,
                right_to_left=plan.right_to_left,
                shaping=any(needs_shaping(c) for c in footer_text),
            )
        ),
    )
    return out.getvalue()


def emoji_folder():
    """Where the small pictures of emoji inside lines of words are kept between printouts."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "emoji"
