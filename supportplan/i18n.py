"""Every user-visible string goes through here: gettext catalogs, and dates in the locale's form.

Two languages can be in use at once: staff work in the app's language (``_``), while the
person's screen and printed plan use the person's language (``translator(lang)``).
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from datetime import date, datetime
from functools import cache, lru_cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date

DOMAIN = "plantogether"
DEFAULT_LANGUAGE = "en"
_app_language = DEFAULT_LANGUAGE


def N_(message: str) -> str:
    """Mark a module-level string for translation; it is translated where it is shown."""
    return message


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    folder = resources.files("resources") / "locale"
    try:
        return gettext.translation(DOMAIN, localedir=str(folder), languages=[language])
    except OSError:
        return gettext.NullTranslations()


def translator(language: str) -> Callable[[str], str]:
    """A ``_`` for one language, e.g. the person's, whatever the app's language is."""
    return _catalog(language).gettext


def ngettext_for(language: str) -> Callable[[str, str, int], str]:
    return _catalog(language).ngettext


def set_app_language(language: str) -> None:
    """The language staff see the app in."""
    global _app_language
    _app_language = language or DEFAULT_LANGUAGE


def app_language() -> str:
    return _app_language


def _(message: str) -> str:
    """Translate into the app's language, looked up at call time so a change shows at once."""
    return _catalog(_app_language).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog(_app_language).ngettext(singular, plural, n)


@cache
def babel_locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


def format_date(value: date | datetime | None, language: str | None = None) -> str:
    """A date in words, in the locale's own form: "23 November 2026", "23 Tachwedd 2026"."""
    if value is None:
        return ""
    return _long_date(value, language or _app_language)


@lru_cache(maxsize=2048)  # lists show the same few hundred dates over and over
def _long_date(value: date | datetime, language: str) -> str:
    locale = babel_locale("en_GB" if language in ("en", "en-GB") else language)
    return babel_format_date(value, format="long", locale=locale)
