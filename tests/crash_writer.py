"""Run by test_nothing_lost: rounds of a writer process killed with SIGKILL at a random moment.

python tests/crash_writer.py BOOK KEY_HEX VERSION_ID COUNTER_ENTRY_ID ROUNDS SEED

For each round it forks a writer that opens the book and edits it as fast as it can, printing
one line per edit only after the service call has returned (that is: reported saved). After a
random moment the writer is killed with SIGKILL. The test then checks every reported edit.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from supportplan.book import PlanBook
from supportplan.model.kinds import EntryKind


def report(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write, no buffer: it is out before the next edit


def writer(
    book_path: Path, key: bytes, version_id: uuid.UUID, counter_id: uuid.UUID, ready: int
) -> None:
    book = PlanBook.open(book_path, key=key)
    book.staff.act_as(book.staff.list()[0].id)
    os.write(ready, b"r")  # opened: the kill comes at a random moment of the edits that follow
    count = int(book.plans.get(version_id).area("home").good[0].text.split()[-1])
    n = 0
    while True:
        n += 1
        choice = n % 3
        if choice == 0:
            entry = book.entries.add(
                version_id, "wellbeing", EntryKind.GOOD, f"pid {os.getpid()} n {n}"
            )
            report(f"entry {entry.id} {entry.text}")
        elif choice == 1:
            count += 1
            book.entries.edit(counter_id, f"count {count}")
            report(f"count {count}")
        else:
            person = book.people.add(f"Person {os.getpid()}-{n}")
            report(f"person {person.id}")


def main() -> None:
    path, key_hex, version, counter, rounds, seed = sys.argv[1:]
    rng = random.Random(int(seed))
    for _round in range(int(rounds)):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                writer(
                    Path(path),
                    bytes.fromhex(key_hex),
                    uuid.UUID(version),
                    uuid.UUID(counter),
                    ready_w,
                )
            finally:
                os._exit(1)
        os.close(ready_w)  # so a writer that dies before opening gives end-of-file, not a hang
        os.read(ready_r, 1)
        os.close(ready_r)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        report("killed")


if __name__ == "__main__":
    main()
