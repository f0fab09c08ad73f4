"""The command-line verbs: people, export, import, print, demo. Starting the window is main.py's job."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from supportplan import __version__
from supportplan.book import PlanBook
from supportplan.errors import PlanTogetherError
from supportplan.i18n import _
from supportplan.paths import default_db_path
from supportplan.security.cli_sign_in import STAFF_VARIABLE


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="plan-together",
        description=_("Write a support plan together, keep it safe, print it in easy read."),
    )
    top.add_argument("--version", action="version", version=__version__)
    top.add_argument("--db", type=Path, help=_("the plan book file to use"))
    top.add_argument(
        "--demo", action="store_true", help=_("open a practice plan book of made-up people")
    )
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=_("the plan book file"))
    shared.add_argument(
        "--staff",
        default=argparse.SUPPRESS,
        help=_("your name, to sign in (or set {variable})").format(variable=STAFF_VARIABLE),
    )
    verbs = top.add_subparsers(dest="command", metavar="COMMAND")

    verbs.add_parser("people", parents=[shared], help=_("list people: id and name, tab-separated"))

    new = verbs.add_parser(
        "new", parents=[shared], help=_("set up a new encrypted plan book and its first admin")
    )
    new.add_argument("--organisation", default="", help=_("your organisation's name"))

    export = verbs.add_parser(
        "export", parents=[shared], help=_("save one person's plans to a file")
    )
    export.add_argument("--person", required=True, type=uuid.UUID, help=_("the person's id"))
    export.add_argument("--out", required=True, type=Path, help=_("the file to write"))

    imports = verbs.add_parser(
        "import", parents=[shared], help=_("bring in a person's plans from a file")
    )
    imports.add_argument("file", type=Path)

    printing = verbs.add_parser(
        "print", parents=[shared], help=_("make a PDF of a plan: easy read, large print or record")
    )
    printing.add_argument(
        "--plan",
        required=True,
        type=uuid.UUID,
        help=_("a plan version's id, or a plan's id for its latest version"),
    )
    printing.add_argument(
        "--style",
        choices=["easy-read", "large-print", "record"],
        help=_("which copy (default: what the person's needs ask for)"),
    )
    printing.add_argument(
        "--out", required=True, type=Path, help=_("the PDF file, or a folder to put it in")
    )

    demo = verbs.add_parser("demo", parents=[shared], help=_("write a plan book of made-up people"))
    demo.add_argument("--people", type=int, default=13)
    demo.add_argument("--versions", type=int, default=None, help=_("plan versions in all (about)"))
    demo.add_argument("--seed", type=int, default=7)
    return top


def run(args: argparse.Namespace, out: Callable[[str], None] = print) -> int:
    """Run a verb. Problems are printed in plain words on stderr and give exit code 1."""
    try:
        return _VERBS[args.command](args, out)
    except PlanTogetherError as error:
        print(str(error), file=sys.stderr)
        return 1


def _open(args: argparse.Namespace) -> PlanBook:
    from supportplan.security.cli_sign_in import open_for_command

    return open_for_command(args.db or default_db_path(), args.staff)


def _new(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from supportplan.security.cli_sign_in import set_up_from_command

    path = args.db or default_db_path()
    book, recovery = set_up_from_command(path, args.staff, args.organisation)
    book.close()
    out(_("Made an encrypted plan book: {file}").format(file=path))
    out(_("Recovery key (shown only this once: print it and keep it locked away):"))
    out(recovery)
    return 0


def _people(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    book = _open(args)
    try:
        for person in book.people.find():
            out(f"{person.id}\t{person.preferred_name}")
    finally:
        book.close()
    return 0


def _export(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from supportplan.exchange.export import export_person

    book = _open(args)
    try:
        export_person(book, args.person, args.out)
    finally:
        book.close()
    out(_("Saved to {file}").format(file=args.out))
    return 0


def _import(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from supportplan.exchange.importing import import_file

    book = _open(args)
    try:
        report = import_file(book, args.file)
    finally:
        book.close()
    if not report.changed_anything:
        out(_("Everything in this file was already here. Nothing was added."))
    else:
        out(
            _("{name}: {added} versions added, {updated} brought up to date.").format(
                name=report.preferred_name,
                added=report.versions_added,
                updated=report.versions_updated,
            )
        )
    return 0


def _print(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from supportplan.printing import Style, make_pdf, version_to_print

    book = _open(args)
    try:
        version_id = version_to_print(book, args.plan)
        printed = make_pdf(book, version_id, Style(args.style) if args.style else None)
    finally:
        book.close()
    target = args.out / printed.file_name if args.out.is_dir() else args.out
    try:
        target.write_bytes(printed.pdf)
    except OSError as error:
        raise PlanTogetherError(
            _("The PDF could not be saved to {file}. Check the folder can be written to.").format(
                file=target
            )
        ) from error
    out(_("Saved to {file}").format(file=target))
    return 0


def _demo(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from supportplan.demo import generate

    if args.db is None:
        print(_("Please give the file to write with --db PATH."), file=sys.stderr)
        return 2
    if args.db.exists():
        print(
            _("{file} already exists. Choose a new file name.").format(file=args.db),
            file=sys.stderr,
        )
        return 1
    book = PlanBook.open(args.db, demo=True)
    try:
        generate(book, args.people, args.versions, seed=args.seed)
    finally:
        book.close()
    out(
        _("Made a demo plan book of {n} made-up people: {file}").format(n=args.people, file=args.db)
    )
    return 0


_VERBS = {
    "people": _people,
    "new": _new,
    "export": _export,
    "import": _import,
    "print": _print,
    "demo": _demo,
}


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if not hasattr(args, "staff"):
        args.staff = None
    return args
