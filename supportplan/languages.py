"""Languages a person can choose for their plan, named in their own words."""

from __future__ import annotations

from dataclasses import dataclass

from supportplan.i18n import N_


@dataclass(frozen=True)
class Language:
    code: str
    own_name: str  # the language's name for itself
    english: str  # marked with N_, translated where shown
    right_to_left: bool = False


LANGUAGES = (
    Language("en", "English", N_("English")),
    Language("cy", "Cymraeg", N_("Welsh")),
    Language("pl", "Polski", N_("Polish")),
    Language("ur", "اردو", N_("Urdu"), right_to_left=True),
    Language("ar", "العربية", N_("Arabic"), right_to_left=True),
    Language("zh", "中文", N_("Chinese")),
)


def language(code: str) -> Language:
    return next((lang for lang in LANGUAGES if lang.code == code), Language(code, code, code))
