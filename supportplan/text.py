"""Cleaning what people type before it is saved, and folding names for search."""

from __future__ import annotations

import re
import unicodedata

from supportplan.errors import BadInput
from supportplan.i18n import _

MAX_TEXT = 100_000  # far beyond any real entry; keeps one paste of a whole book out
MAX_NAME = 200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Letters NFKD does not split into a base letter and a mark.
_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i"})


def clean(text: str, *, limit: int = MAX_TEXT, required: bool = True) -> str:
    """Text as it will be saved: line ends made plain, control characters dropped, ends trimmed.

    Raises BadInput with a plain message when required text is empty or far too long.
    """
    if not isinstance(text, str):
        raise BadInput(_("This needs to be words."))
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if required and not text:
        raise BadInput(_("Please write something first."))
    if len(text) > limit:
        raise BadInput(
            _("This is too long to save. Please make it shorter (at most {limit} letters).").format(
                limit=limit
            )
        )
    return text


def fold(text: str) -> str:
    """Lower case, without accents, for matching names as people type them."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def initials(name: str) -> str:
    """Up to two initials for a person's picture when they have no photo."""
    parts = [p for p in name.split() if p]
    letters = [p[0] for p in parts[:2]]
    return "".join(letters).upper() or "?"
