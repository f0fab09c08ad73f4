"""audit hash chain

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 11:01:45.857349

Each audit event gets a sequence number, the previous event's hash and its own hash, plus a
short ``detail`` (only ever why an erasure was made). Events already in the book are chained
in the order they happened.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def _hash(previous, sequence, at, staff_id, action, record_type, record_id, person_id, detail):
    # A frozen copy of supportplan.services.chain.event_hash as it was at this revision.
    fields = [
        previous,
        sequence,
        at.replace(tzinfo=UTC).isoformat(),
        str(staff_id or ""),
        action,
        record_type,
        str(record_id or ""),
        str(person_id or ""),
        detail,
    ]
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("detail", sa.String(length=400), nullable=True))
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("previous_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))

    events = sa.table(
        "audit_event",
        sa.column("id", sa.Uuid()),
        sa.column("at", sa.DateTime()),
        sa.column("staff_id", sa.Uuid()),
        sa.column("action", sa.String()),
        sa.column("record_type", sa.String()),
        sa.column("record_id", sa.Uuid()),
        sa.column("person_id", sa.Uuid()),
        sa.column("detail", sa.String()),
        sa.column("sequence", sa.Integer()),
        sa.column("previous_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(
            events.c.id,
            events.c.at,
            events.c.staff_id,
            events.c.action,
            events.c.record_type,
            events.c.record_id,
            events.c.person_id,
        ).order_by(events.c.at, events.c.id)
    ).all()
    previous = GENESIS
    for sequence, row in enumerate(rows, start=1):
        digest = _hash(
            previous,
            sequence,
            row.at,
            row.staff_id,
            row.action,
            row.record_type,
            row.record_id,
            row.person_id,
            "",
        )
        bind.execute(
            events.update()
            .where(events.c.id == row.id)
            .values(detail="", sequence=sequence, previous_hash=previous, hash=digest)
        )
        previous = digest

    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.alter_column("detail", existing_type=sa.String(length=400), nullable=False)
        batch_op.alter_column("sequence", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("previous_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_event_sequence"), ["sequence"])


def downgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_event_sequence"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("previous_hash")
        batch_op.drop_column("sequence")
        batch_op.drop_column("detail")
