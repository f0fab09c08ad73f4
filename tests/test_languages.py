"""Two languages at once, dates and numbers in the locale's form, right to left, pseudo."""

from __future__ import annotations

from datetime import date

import pytest

from supportplan import i18n
from supportplan.i18n import _, format_date, format_number, set_app_language, translator
from supportplan.languages import LANGUAGES, app_languages, is_right_to_left
from supportplan.model.kinds import EntryKind, Helper
from supportplan.needs import needs_words
from supportplan.pseudo import pseudo
from supportplan.read_back import read_back
from supportplan.services.views import CommunicationNeeds


@pytest.fixture(autouse=True)
def english_app():
    set_app_language("en")
    yield
    set_app_language("en")


def test_dates_in_each_language() -> None:
    day = date(2026, 11, 23)
    assert format_date(day, "en") == "23 November 2026"
    assert format_date(day, "cy") == "23 Tachwedd 2026"
    assert format_date(day, "pl") == "23 listopada 2026"
    assert "نومبر" in format_date(day, "ur")


def test_dates_follow_the_app_language_unless_told() -> None:
    set_app_language("cy")
    assert format_date(date(2026, 11, 23)) == "23 Tachwedd 2026"
    assert format_date(date(2026, 11, 23), "pl") == "23 listopada 2026"


def test_numbers_in_each_language() -> None:
    assert format_number(1250, "en") == "1,250"
    assert format_number(1250, "pl") == "1\xa0250"
    assert format_number(2.5, "pl") == "2,5"


def test_staff_language_and_the_persons_language_at_once() -> None:
    set_app_language("pl")
    welsh = translator("cy")
    assert _("Add a person") == "Dodaj osobę"
    assert welsh("What's good:") == "Beth sy'n dda:"
    assert welsh("Going really well") == "Mynd yn dda iawn"
    set_app_language("en")
    assert _("Add a person") == "Add a person"
    assert welsh("Home") == "Cartref"


def test_plural_forms_per_language() -> None:
    set_app_language("pl")
    words = [i18n.ngettext("{n} person", "{n} people", n).format(n=n) for n in (1, 3, 5, 22)]
    assert words == ["1 osoba", "3 osoby", "5 osób", "22 osoby"]
    set_app_language("cy")
    assert i18n.ngettext("{n} person", "{n} people", 1).format(n=1) == "1 person"
    assert i18n.ngettext("{n} person", "{n} people", 7).format(n=7) == "7 o bobl"


def test_the_plan_reads_back_in_the_persons_language(book) -> None:
    person = book.people.add("Rhys", needs=CommunicationNeeds(language="cy", read_aloud=True))
    version = book.plans.start(person.id)
    book.entries.add(version.id, "home", EntryKind.GOOD, "Rwy'n hoffi fy ngardd.")
    book.plans.rate(version.id, "home", 5)
    goal = book.goals.add(version.id, "home", "Bydda i'n plannu tomatos.")
    book.goals.add_step(goal.id, "Prynu hadau", Helper.FAMILY, "Gwen", date(2026, 11, 23))
    view = book.plans.get(version.id)
    parts = {part.key: part for part in read_back(view, translator("cy"))}
    home = parts["home"]
    assert home.heading == "Cartref"
    assert "Sut mae'n mynd: Mynd yn dda iawn." in home.sentences
    assert "Beth sy'n dda:" in home.sentences
    assert "Cam: Prynu hadau. Bydd Gwen yn helpu. Erbyn 23 Tachwedd 2026." in home.sentences
    # The staff's own screens stay in the app's language.
    assert _("Home") == "Home"


def test_needs_in_the_persons_language() -> None:
    needs = CommunicationNeeds(easy_read=True, large_print=True, language="cy")
    assert needs_words(needs) == ["Easy read", "Large print", "Language: Cymraeg"]
    assert needs_words(needs, translator("pl")) == [
        "Tekst łatwy do czytania",
        "Duży druk",
        "Język: Cymraeg",
    ]


def test_right_to_left_languages() -> None:
    assert is_right_to_left("ur") and is_right_to_left("ar") and is_right_to_left("pseudo")
    assert not any(is_right_to_left(code) for code in ("en", "cy", "pl", "zh", None))
    assert {lang.code for lang in LANGUAGES if lang.right_to_left} == {"ur", "ar"}


def test_staff_can_choose_the_languages_with_translations() -> None:
    codes = [lang.code for lang in app_languages()]
    assert codes[:3] == ["en", "cy", "pl"] and "ur" in codes
    assert "zh" not in codes  # no translations yet


def test_pseudo_language_is_longer_and_keeps_placeholders() -> None:
    message = "{name}'s plan — version {n}, {kind}"
    made = pseudo(message)
    assert len(made) >= len(message) * 1.2
    assert made.format(name="Rhys", n=2, kind="x").count("Rhys") == 1
    assert "&F" in pseudo("&File")
    assert pseudo("Add a person") != "Add a person"


def test_pseudo_language_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv(i18n.PSEUDO_VARIABLE, "1")
    set_app_language("cy")
    assert i18n.app_language() == "pseudo"
    assert _("Add a person") == pseudo("Add a person")
    assert translator("cy")("Home") == pseudo("Home")
    assert is_right_to_left(i18n.app_language())
    monkeypatch.delenv(i18n.PSEUDO_VARIABLE)
    set_app_language("cy")
    assert _("Add a person") == "Ychwanegu person"
