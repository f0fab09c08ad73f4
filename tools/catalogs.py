"""Translations: extract the messages, update every language's catalog, and compile them.

    python tools/catalogs.py            extract → update → compile (run after changing any text)
    python tools/catalogs.py --todo     list what each language still needs translating
    python tools/catalogs.py --new xx   start a catalog for a new language (then run it again)

It runs Babel's own ``pybabel extract``, ``pybabel update`` and ``pybabel compile``. The
template is resources/locale/plantogether.pot; each language has
resources/locale/<lang>/LC_MESSAGES/plantogether.po (edit these) and the compiled .mo beside it
(made by this command and committed, so the app runs from a fresh clone).
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "plantogether"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
KEYWORDS = ("t",)  # besides Babel's defaults (_, N_, gettext, ngettext, ...)

COMPLETE = ("cy", "pl")
"""Every message translated: the whole app works in these languages."""
PERSON_ONLY = ("ur",)
"""Every message the person sees is translated; staff screens may be in English."""

PERSON_FACING = (
    "ui/person_screen*.py",
    "ui/person_sections.py",
    "ui/rating_faces.py",
    "supportplan/printing/*",
    "supportplan/read_back.py",
    "supportplan/scales.py",
    "supportplan/defaults.py",
    "supportplan/needs.py",
    "supportplan/languages.py",
)
"""Source files whose messages the person sees: their screen, read aloud and the printed plan."""


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _pybabel(*arguments: str) -> None:
    CommandLineInterface().run(["pybabel", "--quiet", *arguments])


def extract() -> None:
    """Write the template, keeping the old file when only its creation date would change."""
    before = TEMPLATE.read_text(encoding="utf-8") if TEMPLATE.exists() else ""
    keywords = [f"--keyword={k}" for k in KEYWORDS]
    _pybabel(
        "extract",
        f"--mapping-file={ROOT / 'babel.cfg'}",
        *keywords,
        "--add-location=file",
        "--sort-output",
        "--project=Plan Together",
        "--copyright-holder=Plan Together",
        f"--output-file={TEMPLATE}",
        ".",  # from ROOT, so locations read "ui/home.py", the same on every computer
    )
    after = TEMPLATE.read_text(encoding="utf-8")
    if _without_dates(before) == _without_dates(after):
        TEMPLATE.write_text(before, encoding="utf-8")


def _without_dates(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "-Date:" not in line)


def update() -> None:
    for language in languages():
        _pybabel(
            "update",
            f"--input-file={TEMPLATE}",
            f"--output-file={po_path(language)}",
            f"--locale={language}",
            f"--domain={DOMAIN}",
            "--ignore-obsolete",
            "--no-fuzzy-matching",  # a guess from a different message misleads more than helps
            "--update-header-comment",
        )


def new(language: str) -> None:
    _pybabel(
        "init",
        f"--input-file={TEMPLATE}",
        f"--output-dir={LOCALE}",
        f"--locale={language}",
        f"--domain={DOMAIN}",
    )


def compile_all() -> None:
    _pybabel("compile", f"--directory={LOCALE}", f"--domain={DOMAIN}")


def read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def person_facing(template: Catalog) -> set[str]:
    """Message ids of the template found in a person-facing source file."""
    return {
        message.id
        for message in template
        if message.id
        and any(
            fnmatch.fnmatch(location, pattern)
            for location, _line in message.locations
            for pattern in PERSON_FACING
        )
    }


def missing(language: str, wanted: set[str] | None = None) -> list[str]:
    """Messages of the template (or of ``wanted``) not yet translated, or fuzzy, in ``language``."""
    template = read(TEMPLATE)
    catalog = read(po_path(language))
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    if wanted is not None:
        ids &= {w if isinstance(w, str) else w[0] for w in wanted}
    gaps = []
    for message_id in sorted(ids):
        message = catalog.get(message_id)
        strings = [] if message is None else message.string
        strings = [strings] if isinstance(strings, str) else list(strings)
        if message is None or message.fuzzy or not all(s.strip() for s in strings):
            gaps.append(message_id)
    return gaps


def todo() -> int:
    template = read(TEMPLATE)
    person = person_facing(template)
    gaps_found = 0
    for language in languages():
        wanted = None if language in COMPLETE else person
        gaps = missing(language, wanted)
        scope = "every message" if wanted is None else "the person's messages"
        print(f"{language}: {len(gaps)} of {scope} still to translate")
        for message_id in gaps:
            print(f"    {message_id!r}")
        gaps_found += len(gaps)
    return 1 if gaps_found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--todo", action="store_true", help="list messages still to translate")
    parser.add_argument("--new", metavar="LANG", help="start a catalog for a new language")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.todo:
        return todo()
    if args.new:
        extract()
        new(args.new)
    extract()
    update()
    compile_all()
    return todo()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
