"""Reading an exchange file and checking its shape, with a one-line message naming any problem."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from supportplan.errors import BadFile
from supportplan.exchange import FORMAT_NAME, FORMAT_VERSION
from supportplan.i18n import _

MAX_FILE_BYTES = 200 * 1024 * 1024

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a group of fields",
    "null": "empty (null)",
}


_formats = FormatChecker(formats=("uuid",))


@_formats.checks("date", raises=ValueError)
def _is_day(value: object) -> bool:
    return not isinstance(value, str) or bool(date.fromisoformat(value))


@_formats.checks("date-time", raises=ValueError)
def _is_time(value: object) -> bool:
    return not isinstance(value, str) or bool(datetime.fromisoformat(value.replace("Z", "+00:00")))


@cache
def validator() -> Draft202012Validator:
    text = (resources.files("resources") / "exchange" / "person-v1.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text), format_checker=_formats)


def where(path: Iterable[Any]) -> str:
    """``plans[0].versions[1].entries[2].text`` — the place in the file, as the docs name it."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or _("the whole file")


def fail(problem: str) -> BadFile:
    return BadFile(problem + " " + _("Nothing was changed."))


def read_document(path: Path) -> dict[str, Any]:
    """The checked document in ``path``; BadFile with a plain one-line message if it is not one."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise fail(
                _("This file is too big to be a plan file ({size} MB).").format(size=size // 2**20)
            )
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise fail(_("The file {name} could not be found.").format(name=path.name)) from error
    except IsADirectoryError as error:
        raise fail(_("{name} is a folder, not a file.").format(name=path.name)) from error
    except OSError as error:
        raise fail(_("The file {name} could not be read.").format(name=path.name)) from error
    return parse_document(raw)


def parse_document(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise fail(
            _("This is not a plan file from Plan Together: it is not text (at byte {at}).").format(
                at=error.start
            )
        ) from error
    if not text.strip():
        raise fail(_("This file is empty."))
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        body = text.strip()
        if body.startswith("{") and not body.endswith("}"):
            # A document that opens but never closes was cut short: name where it stops.
            problem = _("This file ends too soon; it may have been cut short (line {line}).")
            line = text.rstrip().count("\n") + 1
            raise fail(problem.format(line=line)) from error
        problem = _(
            "This is not a plan file from Plan Together: it cannot be read at line {line}, "
            "column {column}."
        )
        raise fail(problem.format(line=error.lineno, column=error.colno)) from error
    except RecursionError as error:
        raise fail(
            _("This is not a plan file from Plan Together: it is nested too deeply.")
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise fail(_("This is not a plan file from Plan Together."))
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        raise fail(
            _("This plan file is format version {found}; this app reads version {known}.").format(
                found=json.dumps(version), known=FORMAT_VERSION
            )
        )
    error = best_match(validator().iter_errors(document))
    if error is not None:
        raise fail(describe(error))
    return document


def describe(error: ValidationError) -> str:
    """One plain line: where in the file, and what is wrong there."""
    place = where(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = [f for f in error.validator_value if f not in error.instance]
        return _("{place}: the field '{field}' is missing.").format(place=place, field=missing[0])
    if kind == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        return _("{place}: this should be {expected}, not {found}.").format(
            place=place,
            expected=_(" or ").join(_TYPE_WORDS.get(e, e) for e in expected),
            found=_TYPE_WORDS.get(_json_type(error.instance), _json_type(error.instance)),
        )
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return _("{place}: the field '{field}' is not part of a plan file.").format(
            place=place, field=extra[0] if extra else "?"
        )
    if kind == "enum":
        return _("{place}: '{value}' is not one of: {choices}.").format(
            place=place, value=error.instance, choices=", ".join(map(str, error.validator_value))
        )
    if kind in ("minimum", "maximum"):
        return _("{place}: {value} is outside the scale of 1 to 5.").format(
            place=place, value=error.instance
        )
    if kind == "pattern":
        return _("{place}: '{value}' is not a valid id, date or time.").format(
            place=place, value=str(error.instance)[:60]
        )
    if kind == "format":
        return _("{place}: '{value}' is not a real date or time.").format(
            place=place, value=str(error.instance)[:60]
        )
    if kind == "maxLength":
        return _("{place}: this is too long.").format(place=place)
    if kind in ("minLength", "minItems"):
        return _("{place}: this cannot be empty.").format(place=place)
    return _("{place}: this is not right ({kind}).").format(place=place, kind=kind)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
