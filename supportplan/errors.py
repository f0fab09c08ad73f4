"""Problems a user can cause or meet, each with a plain message the screens can show as it is."""

from __future__ import annotations


class PlanTogetherError(Exception):
    """Base for every problem we explain to the user. ``str(error)`` is the plain message."""


class NotFound(PlanTogetherError):
    """The person, plan or entry asked for is not in the plan book (perhaps removed)."""


class AgreedVersionError(PlanTogetherError):
    """Someone tried to change a version that has been agreed."""


class BadInput(PlanTogetherError):
    """What was typed or chosen cannot be saved as it is."""


class BadFile(PlanTogetherError):
    """A file to import is broken, of the wrong kind, or from an unknown format version."""


class StorageError(PlanTogetherError):
    """The plan book file cannot be opened, read or written."""


class DamagedBook(StorageError):
    """The plan book file is broken or cut short. It is kept as it is; a backup can be restored."""


class BookInUse(StorageError):
    """The plan book is already open in another window or command (never two writers)."""


class WrongPassword(PlanTogetherError):
    """A password or recovery key did not open the plan book. Nothing was changed."""

    def __init__(self, message: str, wait_seconds: int = 0) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


class NotAllowed(PlanTogetherError):
    """Only an admin (or the staff member themselves) may do this."""
