"""Translations: the catalogs compile, are up to date, and the complete languages miss nothing."""

from __future__ import annotations

import gettext
import re
from io import BytesIO

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo

from tools import catalogs

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _strings(message) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def _ids(message) -> list[str]:
    return [message.id] if isinstance(message.id, str) else list(message.id)


@pytest.mark.parametrize("language", catalogs.languages())
def test_each_catalog_compiles_to_the_mo_file_the_app_reads(language) -> None:
    catalog = catalogs.read(catalogs.po_path(language))
    assert not list(catalog.check()), "Babel finds problems in the catalog"
    made = BytesIO()
    write_mo(made, catalog)
    fresh = gettext.GNUTranslations(BytesIO(made.getvalue()))
    committed_path = catalogs.po_path(language).with_suffix(".mo")
    with committed_path.open("rb") as file:
        committed = gettext.GNUTranslations(file)
    # The .mo in the repository is the compiled .po: run `python tools/catalogs.py` if not.
    assert committed._catalog == fresh._catalog


def test_the_template_has_every_message_in_the_code() -> None:
    """A new _("…") in the code needs `python tools/catalogs.py`, then translating."""
    method_map = [(p, "python") for p in ("supportplan/**.py", "ui/**.py", "main.py")]
    in_code = {
        message_id if isinstance(message_id, str) else message_id[0]
        for _file, _line, message_id, _comments, _context in extract_from_dir(
            str(catalogs.ROOT),
            method_map,
            keywords={
                **dict.fromkeys(("_", "N_", "gettext", *catalogs.KEYWORDS)),
                "ngettext": (1, 2),
            },
        )
    }
    template = {_ids(m)[0] for m in catalogs.read(catalogs.TEMPLATE) if m.id}
    assert sorted(in_code - template) == [], "run: python tools/catalogs.py"


@pytest.mark.parametrize("language", catalogs.COMPLETE)
def test_complete_languages_miss_no_message(language) -> None:
    assert catalogs.missing(language) == []


@pytest.mark.parametrize("language", catalogs.PERSON_ONLY)
def test_everything_the_person_sees_is_translated(language) -> None:
    person = catalogs.person_facing(catalogs.read(catalogs.TEMPLATE))
    assert len(person) > 60  # the scales, the template's words, the read-back sentences
    assert catalogs.missing(language, person) == []


@pytest.mark.parametrize("language", catalogs.languages())
def test_translations_keep_every_placeholder(language) -> None:
    wrong = []
    for message in catalogs.read(catalogs.po_path(language)):
        if not message.id:
            continue
        wanted = set(PLACEHOLDER.findall(_ids(message)[-1]))
        for words in _strings(message):
            if words and set(PLACEHOLDER.findall(words)) != wanted:
                wrong.append((message.id, words))
    assert wrong == []


@pytest.mark.parametrize("language", catalogs.COMPLETE)
def test_menu_shortcut_letters_are_kept(language) -> None:
    """A menu item's & (its Alt+letter) is kept in the translation, once."""
    for message in catalogs.read(catalogs.po_path(language)):
        if message.id and isinstance(message.id, str) and "&" in message.id:
            assert message.string.count("&") == 1, message.id
