"""Plan Together: start the app, or run a command.

python main.py [--db PATH] [--demo]
python main.py people | export | import | print | demo ... [--db PATH]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from supportplan import cli

    args = cli.parse(argv)
    if args.command:
        return cli.run(args)
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
