"""Measure how fast Plan Together is with a big plan book, and print the figures beside the goals.

    python bench/run.py [--people 1000] [--versions 10000] [--json out.json]

The plan book is made once with the demo generator and kept in bench/.cache (named by its size
and the code that shapes it), so later runs start at once. Each run works on a copy of it.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import book_file, startup  # noqa: E402
from bench.figures import Figure, failed, table, write_json  # noqa: E402
from bench.parts import PARTS, Bench, run_part  # noqa: E402

ORDER = ["start", "search", "home_search", "open_plan", "edits", "pdf_one", "pdf_batch", "pilot"]
ORDER += ["memory", "encrypted"]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n")[0])
    top.add_argument("--people", type=int, default=1000)
    top.add_argument("--versions", type=int, default=10000, help="plan versions in all")
    top.add_argument("--starts", type=int, default=5, help="cold starts each way (median)")
    top.add_argument("--samples", type=int, default=200, help="searches, plans opened, edits")
    top.add_argument("--batch", type=int, default=100, help="plans in the PDF batch")
    top.add_argument("--json", type=Path, help="also write the figures to this file")
    top.add_argument("--cache", type=Path, default=book_file.DEFAULT_CACHE)
    top.add_argument("--only", help="comma-separated parts: " + ", ".join(["start", *PARTS]))
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else set(ORDER)
    kept, built_s = book_file.kept_book(args.people, args.versions, args.cache)
    made = f"built in {built_s:.1f} s" if built_s is not None else "kept from an earlier run"
    print(f"plan book: {kept.name} ({kept.stat().st_size / 2**20:.0f} MB, {made})", flush=True)

    figures: dict[str, list[Figure]] = {}
    with tempfile.TemporaryDirectory(prefix="plan-together-bench-") as folder:
        db = book_file.working_copy(kept, Path(folder))
        if wanted & {"start", "memory"}:  # fresh processes first, before this one opens the book
            print("cold starts …", flush=True)
            try:
                start, memory = startup.measure(db, args.starts)
            except Exception as error:  # a broken start is a row of the table, not the end
                start = failed("start_ratio", "start to home screen ready", error)
                memory = failed("peak_memory", "peak memory, big book open, home shown", error)
            figures["start"], figures["memory"] = [start], [memory]
        book = book_file.open_book(db)
        try:
            book.staff.act_as(book.staff.list()[0].id)
            bench = Bench(book, db, Path(folder), args.samples, args.batch)
            for name in PARTS:
                if name in wanted:
                    print(f"{name} …", flush=True)
                    figures[name] = run_part(name, bench)
        finally:
            book.close()

    rows = [figure for name in ORDER for figure in figures.get(name, [])]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    heading = (
        f"Plan Together benchmark: {args.people:,} people, {args.versions:,} plan versions "
        f"({platform.system()}, Python {platform.python_version()}, {os.cpu_count()} cores"
        + (f", load {load:.1f} — other work on the machine slows every figure)" if load else ")")
    )
    print()
    print(table(rows, heading))
    if args.json:
        about = {
            "people": args.people,
            "versions": args.versions,
            "book_mb": round(kept.stat().st_size / 2**20, 1),
            "book_built_s": built_s,
            "code": book_file.code_fingerprint(),
            "system": platform.platform(),
            "python": platform.python_version(),
            "cores": os.cpu_count(),
            "load_average": load,
            "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        }
        write_json(args.json, about, rows)
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
