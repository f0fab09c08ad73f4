"""The plain-words finder, long sentences and the readability rule, on hand-written sentences."""

from __future__ import annotations

import pytest

from supportplan.plainwords import (
    Level,
    PlainWord,
    PlainWords,
    area_readability,
    as_text,
    built_in,
    list_language,
    long_sentences,
    parse,
    readability,
)

ENGLISH = PlainWords.for_language("en")


def found(text: str, words: PlainWords = ENGLISH) -> list[tuple[str, str]]:
    return [(hit.found, hit.plain) for hit in words.find(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jo enjoys equine therapy on Fridays.", [("equine therapy", "horse riding")]),
        ("Rebound therapy helps Jo relax.", [("Rebound therapy", "Trampolining")]),
        ("The service user likes music.", [("service user", "person")]),
        ("Service users choose their meals.", [("Service users", "People")]),
        (
            "Staff will review the intervention and the accommodation.",
            [("intervention", "support"), ("accommodation", "home")],
        ),
        # The longest phrase wins over a shorter one inside it.
        ("We had an MDT meeting today.", [("MDT meeting", "team meeting")]),
        ("Talk to the MDT first.", [("MDT", "team meeting")]),
        # A hyphen or a line break between the words still matches.
        ("Jo goes to rebound-therapy.", [("rebound-therapy", "trampolining")]),
        ("equine\ntherapy", [("equine\ntherapy", "horse riding")]),
        # Whole words only: no match inside a longer word.
        ("She is an accommodating host.", []),
        ("Jo facilitates the group.", []),
        ("Jo likes horse riding and trampolining.", []),
    ],
)
def test_hard_words_found_in_english(sentence, expected) -> None:
    assert found(sentence) == expected


def test_positions_point_at_the_words_as_written() -> None:
    text = "I like Equine Therapy."
    (hit,) = ENGLISH.find(text)
    assert text[hit.start : hit.end] == "Equine Therapy"
    assert hit.plain == "horse riding"  # not at the start of a sentence: no capital


def test_welsh_and_polish_lists() -> None:
    welsh = PlainWords.for_language("cy")
    assert found("Mae'r defnyddiwr gwasanaeth yn hoffi therapi ceffylau.", welsh) == [
        ("defnyddiwr gwasanaeth", "person"),
        ("therapi ceffylau", "marchogaeth"),
    ]
    polish = PlainWords.for_language("pl")
    assert found("Usługobiorca chodzi na hipoterapię i terapię.", polish) == [
        ("Usługobiorca", "Osoba"),
        ("hipoterapię", "jazdę konną"),
    ]


def test_every_list_is_long_and_well_formed() -> None:
    for language in ("en", "cy", "pl"):
        pairs = built_in(language)
        assert len(pairs) >= 80, language
        assert all(p.hard.strip() and p.plain.strip() for p in pairs)
        assert len({p.hard.casefold() for p in pairs}) == len(pairs), language


def test_list_language_falls_back() -> None:
    assert list_language("cy", "en") == "cy"
    assert list_language("ur", "pl") == "pl"
    assert list_language("ur", None) == "en"


def test_organisations_own_words_are_added_and_win() -> None:
    own = as_text([PlainWord("SALT", "speech therapy"), PlainWord("placement", "home")])
    assert parse(own) == (PlainWord("SALT", "speech therapy"), PlainWord("placement", "home"))
    words = PlainWords.for_language("en", own + "# a note\nintervention\thelp\n")
    assert found("SALT visit about the placement and the intervention.", words) == [
        ("SALT", "Speech therapy"),  # it starts the sentence
        ("placement", "home"),
        ("intervention", "help"),
    ]


def test_long_sentences_are_over_fifteen_words() -> None:
    fifteen = " ".join(["word"] * 15) + "."
    sixteen = " ".join(["word"] * 16) + "."
    text = f"{fifteen} Short one! {sixteen}"
    (long,) = long_sentences(text)
    assert long.words == 16
    assert text[long.start : long.end] == sixteen
    assert long_sentences("One line\n" + fifteen) == []  # a new line ends a sentence too


def test_the_readability_rule() -> None:
    easy = ["I like my garden.", "I go to the club on Friday."]
    assert readability(easy, ENGLISH).level is Level.EASY
    some = [*easy, "I go to the park.", "The intervention helps."]  # 1 of 4 sentences hard
    signal = readability(some, ENGLISH)
    assert (signal.level, signal.sentences, signal.hard_sentences) == (Level.SOME_HARD, 4, 1)
    hard = ["The service user enjoys equine therapy.", "I like tea."]  # 1 of 2 hard
    signal = readability(hard, ENGLISH)
    assert (signal.level, signal.hard_words, signal.long_sentences) == (Level.HARD, 2, 0)
    long = " ".join(["word"] * 20) + "."
    assert readability([long, "Yes.", "No."], ENGLISH).level is Level.HARD  # a third
    assert readability(["", "  "], ENGLISH).level is Level.EMPTY


def test_an_areas_readability_counts_entries_goals_and_steps(book) -> None:
    from supportplan.model.kinds import EntryKind

    person = book.people.add("Jo")
    version = book.plans.start(person.id)
    book.entries.add(version.id, "home", EntryKind.GOOD, "I like my home.")
    assert area_readability(book.plans.get(version.id).area("home"), ENGLISH).level is Level.EASY
    goal = book.goals.add(version.id, "home", "I will try rebound therapy.")
    book.goals.add_step(goal.id, "Ask the key worker.")
    signal = area_readability(book.plans.get(version.id).area("home"), ENGLISH)
    assert (signal.level, signal.hard_words, signal.sentences) == (Level.HARD, 2, 3)


def test_the_organisations_words_are_a_setting(book) -> None:
    book.settings.set("plain_words", as_text([PlainWord("SALT", "speech therapy")]))
    own = book.settings.get("plain_words")
    assert found("Book SALT.", PlainWords.for_language("en", own)) == [("SALT", "speech therapy")]
