"""One writer per plan book: a lock file beside it, held while the book is open.

The lock is an operating-system file lock (the ``filelock`` library: flock on Linux and macOS,
msvcrt on Windows), so it disappears with the process even after a crash or ``kill -9``; the
``.lock`` file itself may stay behind and means nothing on its own.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from supportplan.errors import BookInUse, StorageError
from supportplan.i18n import _


def lock_path(book_path: Path) -> Path:
    return book_path.with_name(book_path.name + ".lock")


class BookLock:
    """Held from opening a plan book until it is closed."""

    def __init__(self, book_path: Path) -> None:
        self._lock = FileLock(str(lock_path(book_path)), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout as error:
            raise BookInUse(
                _(
                    "This plan book is already open in another Plan Together window or command. "
                    "Close it there first."
                )
            ) from error
        except OSError as error:
            raise StorageError(
                _("The plan book cannot be written to here. Check the folder can be changed.")
            ) from error

    def release(self) -> None:
        self._lock.release()
