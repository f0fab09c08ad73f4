"""Languages a person can choose for their plan, named in their own words."""

from __future__ import annotations

from dataclasses import dataclass

from supportplan.i18n import N_, has_catalog
from supportplan.pseudo import PSEUDO


@dataclass(frozen=True)
class Language:
    code: str
    own_name: str  # the language's name for itself
    english: str  # marked with N_, translated where shown
    right_to_left: bool = False
    whole_app: bool = False  # every screen is translated, not only the person's


LANGUAGES = (
    Language("en", "English", N_("English"), whole_app=True),
    Language("cy", "Cymraeg", N_("Welsh"), whole_app=True),
    Language("pl", "Polski", N_("Polish"), whole_app=True),
    Language("ur", "اردو", N_("Urdu"), right_to_left=True),
    Language("ar", "العربية", N_("Arabic"), right_to_left=True),
    Language("zh", "中文", N_("Chinese")),
)


def language(code: str) -> Language:
    return next((lang for lang in LANGUAGES if lang.code == code), Language(code, code, code))


def is_right_to_left(code: str | None) -> bool:
    """True for languages written right to left (Urdu, Arabic, and the pseudo-language), so
    screens showing them mirror their layout."""
    return code == PSEUDO or language(code or "en").right_to_left


def app_languages() -> tuple[Language, ...]:
    """Languages staff can choose for the app: English and each one with translations."""
    return tuple(lang for lang in LANGUAGES if lang.code == "en" or has_catalog(lang.code))
