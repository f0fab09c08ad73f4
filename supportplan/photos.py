"""Photos people choose: their own picture, or one beside an entry (their home, their friends)."""

from __future__ import annotations

from supportplan.errors import BadInput
from supportplan.i18n import _

MAX_PHOTO_BYTES = 10 * 1024 * 1024


def check_photo(photo: bytes | None) -> bytes | None:
    """The photo as it will be saved, or BadInput if it is too big or not a PNG or JPEG."""
    if photo is None:
        return None
    if len(photo) > MAX_PHOTO_BYTES:
        raise BadInput(_("This photo is too big. Please choose one under 10 MB."))
    if not (photo.startswith(b"\x89PNG\r\n\x1a\n") or photo.startswith(b"\xff\xd8\xff")):
        raise BadInput(_("Please choose a photo saved as PNG or JPEG."))
    return photo
