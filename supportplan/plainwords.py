"""Plain words: find hard words and long sentences as staff type, and say how easy an area reads.

Hard words come from an editable list per language (resources/plainwords/<lang>.tsv: the hard
words, a tab, the plain words) and the organisation's own list in settings. Nothing here ever
stops anything being saved: it only points things out.

How easy an area reads (``readability``), the rule:

* every sentence is checked: it is *hard* if it has more than 15 words or a hard word in it;
* no hard sentences: "Easy to read";
* fewer than a third of the sentences hard: "Some hard parts";
* a third or more hard: "Hard to read".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from supportplan.i18n import N_

if TYPE_CHECKING:
    from supportplan.services.views import AreaView

LONG_SENTENCE = 15  # words; the easy-read guidance aims for 10 to 15
HARD_SHARE = 1 / 3  # a third of the sentences hard or more: "Hard to read"

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")
_SEPARATOR = re.compile(r"[\s\-‐–]+")
_JOIN = r"[\s\-‐–]+"  # between the words of a phrase: spaces or a hyphen


@dataclass(frozen=True)
class PlainWord:
    """A hard word or phrase, and plain words to use instead."""

    hard: str
    plain: str


@dataclass(frozen=True)
class HardWord:
    """A hard word found in some text: where it is, as written, and what to use instead."""

    start: int
    end: int
    found: str
    plain: str


@dataclass(frozen=True)
class LongSentence:
    start: int
    end: int
    words: int


class Level(StrEnum):
    EMPTY = "empty"
    EASY = "easy"
    SOME_HARD = "some_hard"
    HARD = "hard"


LEVEL_WORDS = {
    Level.EMPTY: N_("Nothing written yet"),
    Level.EASY: N_("Easy to read"),
    Level.SOME_HARD: N_("Some hard parts"),
    Level.HARD: N_("Hard to read"),
}


@dataclass(frozen=True)
class Readability:
    level: Level
    sentences: int
    hard_sentences: int
    long_sentences: int
    hard_words: int


def parse(text: str) -> tuple[PlainWord, ...]:
    """Pairs from list text: one a line, the hard words, a tab, the plain words; # for notes."""
    pairs = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#") or "\t" not in line:
            continue
        hard, plain = (part.strip() for part in line.split("\t", 1))
        if hard and plain:
            pairs.append(PlainWord(hard, plain))
    return tuple(pairs)


def as_text(pairs: Iterable[PlainWord]) -> str:
    """The list text ``parse`` reads back: used to save the organisation's own words."""
    return "".join(f"{p.hard.strip()}\t{p.plain.strip()}\n" for p in pairs if p.hard.strip())


@cache
def built_in(language: str) -> tuple[PlainWord, ...]:
    """The list that comes with the app for ``language`` (empty if there is none)."""
    source = resources.files("resources") / "plainwords" / f"{language}.tsv"
    if not source.is_file():
        return ()
    return parse(source.read_text(encoding="utf-8"))


def has_list(language: str) -> bool:
    return bool(built_in(language))


def list_language(*choices: str | None) -> str:
    """The first of ``choices`` with a list, else English: e.g. the plan's, then the app's."""
    return next((c for c in choices if c and has_list(c)), "en")


class PlainWords:
    """Finds hard words (whole words, any capitals, the longest phrase first)."""

    def __init__(self, pairs: Iterable[PlainWord]) -> None:
        self._plain: dict[str, str] = {}
        for pair in pairs:  # later pairs (the organisation's own) win
            self._plain[_key(pair.hard)] = pair.plain
        phrases = sorted(self._plain, key=len, reverse=True)
        if phrases:
            body = "|".join(_JOIN.join(map(re.escape, p.split(" "))) for p in phrases)
            self._pattern: re.Pattern[str] | None = re.compile(
                rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE
            )
        else:
            self._pattern = None

    @classmethod
    def for_language(cls, language: str, own: str = "") -> PlainWords:
        """The app's list for ``language`` with the organisation's own list text added."""
        return cls((*built_in(language), *parse(own)))

    def __len__(self) -> int:
        return len(self._plain)

    def find(self, text: str) -> list[HardWord]:
        if self._pattern is None:
            return []
        found = []
        for match in self._pattern.finditer(text):
            words = match.group(0)
            plain = self._plain.get(_key(words), "")
            first = _starts_sentence(text, match.start())
            found.append(
                HardWord(match.start(), match.end(), words, suggestion(words, plain, first))
            )
        return found


def _key(phrase: str) -> str:
    return " ".join(_SEPARATOR.sub(" ", phrase).casefold().split())


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?…\n"


def suggestion(found: str, plain: str, starts_sentence: bool = True) -> str:
    """The plain words, with a capital letter when the hard word starts a sentence with one."""
    if starts_sentence and found[:1].isupper() and plain[:1].islower():
        return plain[:1].upper() + plain[1:]
    return plain


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence with words in it; a new line also ends a sentence."""
    return [m.span() for m in _SENTENCE.finditer(text) if _WORD.search(m.group(0))]


def long_sentences(text: str, limit: int = LONG_SENTENCE) -> list[LongSentence]:
    """Sentences of more than ``limit`` words."""
    out = []
    for start, end in sentences(text):
        words = count_words(text[start:end])
        if words > limit:
            # Leading spaces are not part of the sentence.
            start += len(text[start:end]) - len(text[start:end].lstrip())
            out.append(LongSentence(start, end, words))
    return out


def readability(texts: Iterable[str], words: PlainWords) -> Readability:
    """How easy some writing (e.g. every entry of an area) reads; the rule is at the top."""
    total = hard = long = hard_words = 0
    for text in texts:
        found = words.find(text)
        hard_words += len(found)
        for start, end in sentences(text):
            total += 1
            is_long = count_words(text[start:end]) > LONG_SENTENCE
            has_hard_word = any(start <= w.start < end for w in found)
            long += is_long
            hard += is_long or has_hard_word
    if total == 0:
        level = Level.EMPTY
    elif hard == 0:
        level = Level.EASY
    elif hard / total < HARD_SHARE:
        level = Level.SOME_HARD
    else:
        level = Level.HARD
    return Readability(level, total, hard, long, hard_words)


def area_readability(area: AreaView, words: PlainWords) -> Readability:
    """How easy everything written in one area reads: entries, goals and their steps."""
    texts = [e.text for e in (*area.good, *area.change)]
    for goal in area.goals:
        texts += [goal.text, goal.attainment_note, *(step.what for step in goal.steps)]
    return readability(texts, words)
