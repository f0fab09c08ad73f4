"""Alembic environment: runs on a connection the app hands over, or on ``-x db=PATH``."""

from __future__ import annotations

from alembic import context

from supportplan.model import Base
from supportplan.model.base import UTCDateTime
from supportplan.storage.engine import make_engine, sqlite_url

config = context.config


def _render_item(kind: str, item: object, autogen_context: object) -> str | bool:
    # Migrations must not import the model: write our UTC type as the plain DateTime it stores.
    if kind == "type" and isinstance(item, UTCDateTime):
        return "sa.DateTime()"
    return False


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only change a table by copying it
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from pathlib import Path

    db = context.get_x_argument(as_dictionary=True).get("db")
    if not db:
        raise SystemExit("Give the database with -x db=PATH")
    engine = make_engine(sqlite_url(Path(db)))
    with engine.begin() as conn:
        _run(conn)
