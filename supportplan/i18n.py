"""Every user-visible string goes through here: gettext catalogs, and dates and numbers in the
locale's form.

Two languages can be in use at once: staff work in the app's language (``_``), while the
person's screen and printed plan use the person's language (``translator(lang)``).

Catalogs are resources/locale/<lang>/LC_MESSAGES/plantogether.mo, made from the .po files by
``python tools/catalogs.py``. The made-up language "pseudo" (PLAN_TOGETHER_PSEUDO=1) makes every
string longer and accented, and is written right to left, to find layouts that break.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Callable
from datetime import date, datetime
from functools import cache, lru_cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from supportplan.pseudo import PSEUDO, PseudoTranslations

DOMAIN = "plantogether"
DEFAULT_LANGUAGE = "en"
PSEUDO_VARIABLE = "PLAN_TOGETHER_PSEUDO"
_app_language = DEFAULT_LANGUAGE

Translate = Callable[[str], str]
"""A ``_`` for one language: takes the English message, gives it in that language."""


def N_(message: str) -> str:
    """Mark a module-level string for translation; it is translated where it is shown."""
    return message


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    if language == PSEUDO:
        return PseudoTranslations()
    folder = resources.files("resources") / "locale"
    try:
        return gettext.translation(DOMAIN, localedir=str(folder), languages=[language])
    except OSError:
        return gettext.NullTranslations()


def has_catalog(language: str) -> bool:
    """True when there are translations for ``language`` (English needs none)."""
    return type(_catalog(language)) is not gettext.NullTranslations


def translator(language: str) -> Translate:
    """A ``_`` for one language, e.g. the person's, whatever the app's language is."""
    return _catalog(_chosen(language)).gettext


def pseudo_wanted() -> bool:
    """PLAN_TOGETHER_PSEUDO=1 shows the app (and every translator) in the pseudo-language."""
    return os.environ.get(PSEUDO_VARIABLE, "") not in ("", "0")


def _chosen(language: str | None) -> str:
    if pseudo_wanted():
        return PSEUDO
    return language or DEFAULT_LANGUAGE


def set_app_language(language: str) -> None:
    """The language staff see the app in."""
    global _app_language
    _app_language = _chosen(language)


def app_language() -> str:
    return _app_language


def _(message: str) -> str:
    """Translate into the app's language, looked up at call time so a change shows at once."""
    return _catalog(_app_language).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog(_app_language).ngettext(singular, plural, n)


@cache
def babel_locale(language: str | None) -> Locale:
    """Babel's locale for a language code; British English for English and anything unknown."""
    code = (language or DEFAULT_LANGUAGE).replace("-", "_")
    if code in ("en", PSEUDO):
        code = "en_GB"
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


def format_date(value: date | datetime | None, language: str | None = None) -> str:
    """A date in words, in the locale's own form: "23 November 2026", "23 Tachwedd 2026"."""
    if value is None:
        return ""
    return _long_date(value, language or _app_language)


@lru_cache(maxsize=2048)  # lists show the same few hundred dates over and over
def _long_date(value: date | datetime, language: str) -> str:
    return babel_format_date(value, format="long", locale=babel_locale(language))


def format_number(value: int | float, language: str | None = None) -> str:
    """A number in the locale's form: "1,250" in English, "1 250" in Polish."""
    return format_decimal(value, locale=babel_locale(language or _app_language))
