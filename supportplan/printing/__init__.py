"""Printed plans: easy read, large print and the record copy, made as PDF bytes (no Qt here).

``make_pdf(book, version_id)`` reads the version, renders it in the person's style (or the one
asked for), records a "print" event in the audit trail and returns the bytes with a safe file
name. The app's preview, the batch print and the CLI all come through here.
"""

from __future__ import annotations

from supportplan.printing import bidi as _bidi

_bidi.install()  # before any reportlab text module loads

import re  # noqa: E402
import uuid  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import date  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from sqlalchemy import select  # noqa: E402

from supportplan.errors import NotFound  # noqa: E402
from supportplan.i18n import _  # noqa: E402
from supportplan.printing.styles import STYLE_NAMES, Style, default_style  # noqa: E402

if TYPE_CHECKING:
    from supportplan.book import PlanBook

__all__ = ["STYLE_NAMES", "PrintedPlan", "Style", "default_style", "make_pdf", "version_to_print"]


@dataclass(frozen=True)
class PrintedPlan:
    pdf: bytes
    file_name: str  # the preferred name's initials and the date, never the full name
    style: Style
    person_id: uuid.UUID
    preferred_name: str


def make_pdf(
    book: PlanBook,
    version_id: uuid.UUID,
    style: Style | None = None,
    *,
    today: date | None = None,
) -> PrintedPlan:
    """Print one plan version, in ``style`` or the one the person's needs ask for."""
    from supportplan.printing.render import render
    from supportplan.printing.viewmodel import build

    plan = build(book, version_id, today)
    style = style or default_style(plan.needs)
    pdf = render(plan, style)
    with book.write() as session:
        book.audit(session, "print", "version", version_id, plan.person_id)
    return PrintedPlan(
        pdf,
        file_name(plan.preferred_name, plan.printed_on, style),
        style,
        plan.person_id,
        plan.preferred_name,
    )


def file_name(preferred_name: str, day: date, style: Style) -> str:
    """E.g. "plan-R-2026-12-02-easy-read.pdf": initials only, so a name never sits in a folder."""
    from supportplan.text import initials

    letters = re.sub(r"[^\w]", "", initials(preferred_name)) or "X"
    return f"plan-{letters}-{day.isoformat()}-{style.value}.pdf"


def version_to_print(book: PlanBook, some_id: uuid.UUID) -> uuid.UUID:
    """A version id as it is, or a plan id meaning that plan's latest version."""
    from supportplan.model import PlanVersion

    with book.read() as session:
        if session.get(PlanVersion, some_id) is not None:
            return some_id
        latest = session.scalar(
            select(PlanVersion.id)
            .where(PlanVersion.plan_id == some_id)
            .order_by(PlanVersion.number.desc())
            .limit(1)
        )
    if latest is None:
        raise NotFound(_("This plan could not be found. It may have been removed."))
    return latest


def latest_plan_pdf(book: PlanBook, person_id: uuid.UUID) -> bytes | None:
    """The easy-read copy of the person's newest plan version (it shows their journey too)."""
    plans = book.plans.plans_for(person_id)
    if not plans:
        return None
    return make_pdf(book, plans[-1].latest.id, Style.EASY_READ).pdf
