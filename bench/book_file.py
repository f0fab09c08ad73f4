"""The big plan book: built once with the demo generator, kept between runs, copied for each run.

The kept file is named by its size and by a fingerprint of the code that decides what goes into
it (model, migrations, demo generator, seed data), so a change there builds it afresh.
"""

from __future__ import annotations

import hashlib
import inspect
import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = ROOT / "bench" / ".cache"

# What decides the content of a demo plan book. Services that only read are not here.
_SHAPING_CODE = (
    "supportplan/demo.py",
    "supportplan/demo_rows.py",
    "supportplan/demo_words.py",
    "supportplan/defaults.py",
    "supportplan/services/seed.py",
    "supportplan/model",
    "supportplan/storage",
)


def book_key() -> bytes | None:
    """A fixed key when plan books can be encrypted (SQLCipher), as every real one is; else None.

    The figures are then taken through encryption. Signing in (password to key) is not part of
    them: the key is handed over, as it is once someone has signed in.
    """
    from supportplan.book import PlanBook

    if "key" not in inspect.signature(PlanBook.open).parameters:
        return None
    return bytes(range(32))


def open_book(path: Path, demo: bool = False):
    """Open a plan book the way the benchmark does everywhere: encrypted when it can be."""
    from supportplan.book import PlanBook

    key = book_key()
    return PlanBook.open(path, demo=demo, **({"key": key} if key else {}))


def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _SHAPING_CODE:
        path = ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            if file.exists():
                digest.update(str(file.relative_to(ROOT)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def kept_book(people: int, versions: int, cache: Path, seed: int = 7) -> tuple[Path, float | None]:
    """The kept plan book for this size, building it if needed; and the seconds building took."""
    from supportplan.demo import generate

    cache.mkdir(parents=True, exist_ok=True)
    locked = "-encrypted" if book_key() else ""
    target = cache / f"book-{people}p-{versions}v-s{seed}{locked}-{code_fingerprint()}.db"
    if target.exists():
        return target, None
    for stale in cache.glob(f"book-{people}p-{versions}v-s{seed}-*.db*"):
        stale.unlink()
    building = target.with_name(target.name + ".building")
    for leftover in cache.glob(building.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    book = open_book(building, demo=True)
    try:
        generate(book, people, versions, seed=seed)
        with book.engine.connect() as conn:  # fold the WAL in, so one file is the whole book
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        book.close()
    building.rename(target)
    for leftover in cache.glob(building.name + "*"):  # its WAL, shared memory and lock files
        leftover.unlink()
    return target, time.perf_counter() - started


def working_copy(kept: Path, folder: Path) -> Path:
    """A copy to change freely: the edits measured must not grow the kept book."""
    copy = folder / "plans.db"
    shutil.copyfile(kept, copy)
    return copy
