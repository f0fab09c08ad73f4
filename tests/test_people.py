from __future__ import annotations

from datetime import date

import pytest

from supportplan.errors import BadInput, NotFound
from supportplan.services.views import CommunicationNeeds


def test_add_and_read_back_a_person_with_needs(book) -> None:
    needs = CommunicationNeeds(easy_read=True, read_aloud=True, language="cy", other="Quiet room")
    added = book.people.add("Rhys", "Rhys Llewelyn", "he/him", date(1990, 5, 3), needs)
    again = book.people.get(added.id)
    assert again.preferred_name == "Rhys"
    assert again.full_name == "Rhys Llewelyn"
    assert again.date_of_birth == date(1990, 5, 3)
    assert again.needs == needs


def test_find_ignores_accents_case_and_word_order(book) -> None:
    zofia = book.people.add("Zosia", "Zofia Wiśniewska")
    lukasz = book.people.add("Łukasz", "Łukasz Kowalczyk")
    book.people.add("Siân", "Siân Prydderch")
    assert [p.id for p in book.people.find("wisniew")] == [zofia.id]
    assert [p.id for p in book.people.find("LUKASZ")] == [lukasz.id]
    assert [p.id for p in book.people.find("kowal łuk")] == [lukasz.id]
    assert [p.preferred_name for p in book.people.find("sian")] == ["Siân"]
    assert book.people.find("100%") == []
    assert len(book.people.find("")) == 3


def test_names_in_other_scripts_are_found(book) -> None:
    aisha = book.people.add("عائشہ", "Aisha Khan")
    assert [p.id for p in book.people.find("عائشہ")] == [aisha.id]
    assert [p.id for p in book.people.find("khan")] == [aisha.id]


def test_edit_changes_only_what_was_asked(book) -> None:
    person = book.people.add("Jo", "Joanne Smith", "she/her")
    edited = book.people.edit(person.id, preferred_name="Jojo")
    assert edited.preferred_name == "Jojo"
    assert edited.full_name == "Joanne Smith"
    assert [p.id for p in book.people.find("jojo")] == [person.id]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"preferred_name": "   "}, "name"),
        ({"date_of_birth": date(2999, 1, 1)}, "date of birth"),
    ],
)
def test_bad_details_get_a_plain_message(book, changes, words) -> None:
    person = book.people.add("Jo")
    with pytest.raises(BadInput, match=words):
        book.people.edit(person.id, **changes)
    assert book.people.get(person.id).preferred_name == "Jo"


def test_photo_must_be_a_picture(book) -> None:
    person = book.people.add("Jo")
    with pytest.raises(BadInput, match="PNG or JPEG"):
        book.people.set_photo(person.id, b"not a picture")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
    assert book.people.set_photo(person.id, png).has_photo
    assert book.people.photo(person.id) == png
    assert book.people.find("jo")[0].has_photo


def test_missing_person_is_a_plain_not_found(book) -> None:
    import uuid

    with pytest.raises(NotFound, match="could not be found"):
        book.people.get(uuid.uuid4())
