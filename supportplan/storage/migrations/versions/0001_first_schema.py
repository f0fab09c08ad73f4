"""first schema

Revision ID: 0001
Revises:
Create Date: 2026-12-02 10:37:33.346806
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_event",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "feedback_question",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column(
            "audience",
            sa.Enum("person", "staff", name="audience", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("picture_key", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_question")),
        sa.UniqueConstraint("key", name=op.f("uq_feedback_question_key")),
    )
    op.create_table(
        "person",
        sa.Column("preferred_name", sa.String(length=200), nullable=False),
        sa.Column("full_name", sa.String(length=400), nullable=False),
        sa.Column("pronouns", sa.String(length=100), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("search_key", sa.String(length=700), nullable=False),
        sa.Column("needs_easy_read", sa.Boolean(), nullable=False),
        sa.Column("needs_large_print", sa.Boolean(), nullable=False),
        sa.Column("needs_read_aloud", sa.Boolean(), nullable=False),
        sa.Column("needs_interpreter", sa.Boolean(), nullable=False),
        sa.Column("interpreter_language", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=20), nullable=False),
        sa.Column("needs_other", sa.Text(), nullable=False),
        sa.Column("needs_share_ok", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_search_key"), ["search_key"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "staff",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("staff", "admin", name="staffrole", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    op.create_table(
        "template",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_template_name")),
    )
    op.create_table(
        "plan",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_plan_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_person_id"), ["person_id"], unique=False)

    op.create_table(
        "template_area",
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("prompts", sa.JSON(), nullable=False),
        sa.Column("picture_key", sa.String(length=80), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template.id"],
            name=op.f("fk_template_area_template_id_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_area")),
        sa.UniqueConstraint("template_id", "key", name=op.f("uq_template_area_template_id")),
    )
    with op.batch_alter_table("template_area", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_template_area_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "plan_version",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("draft", "agreed", name="versionstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("started_by_id", sa.Uuid(), nullable=True),
        sa.Column("reviewed_from_id", sa.Uuid(), nullable=True),
        sa.Column("agreed_at", sa.DateTime(), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_version_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_from_id"],
            ["plan_version.id"],
            name=op.f("fk_plan_version_reviewed_from_id_plan_version"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["staff.id"],
            name=op.f("fk_plan_version_started_by_id_staff"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"], ["template.id"], name=op.f("fk_plan_version_template_id_template")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_version")),
        sa.UniqueConstraint("plan_id", "number", name=op.f("uq_plan_version_plan_id")),
    )
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_version_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_version_review_due"), ["review_due"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_version_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "agreement",
        sa.Column("version_id", sa.Uuid(), nullable=False),
        sa.Column(
            "how",
            sa.Enum(
                "signature",
                "tick",
                "advocate",
                "not_agreed",
                name="agreedhow",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("advocate_name", sa.String(length=200), nullable=False),
        sa.Column("advocate_role", sa.String(length=200), nullable=False),
        sa.Column("advocate_reason", sa.Text(), nullable=False),
        sa.Column("not_agreed_reason", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("agreed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_agreement_staff_id_staff"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["plan_version.id"],
            name=op.f("fk_agreement_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("version_id", name=op.f("uq_agreement_version_id")),
    )
    op.create_table(
        "entry",
        sa.Column("version_id", sa.Uuid(), nullable=False),
        sa.Column("section", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "good",
                "change",
                "liked_for",
                "matters",
                "support_me",
                "disagree",
                name="entrykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "said_by",
            sa.Enum("person", "staff", name="saidby", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("staff_only", sa.Boolean(), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_entry_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["plan_version.id"],
            name=op.f("fk_entry_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry")),
    )
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_version_id"), ["version_id"], unique=False)

    op.create_table(
        "feedback_answer",
        sa.Column("version_id", sa.Uuid(), nullable=False),
        sa.Column("question_id", sa.Uuid(), nullable=False),
        sa.Column(
            "said_by",
            sa.Enum("person", "staff", name="saidby", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["feedback_question.id"],
            name=op.f("fk_feedback_answer_question_id_feedback_question"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_feedback_answer_staff_id_staff"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["plan_version.id"],
            name=op.f("fk_feedback_answer_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_answer")),
        sa.UniqueConstraint(
            "version_id", "question_id", name=op.f("uq_feedback_answer_version_id")
        ),
    )
    with op.batch_alter_table("feedback_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_answer_question_id"), ["question_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_answer_version_id"), ["version_id"], unique=False
        )

    op.create_table(
        "goal",
        sa.Column("version_id", sa.Uuid(), nullable=False),
        sa.Column("area_key", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "said_by",
            sa.Enum("person", "staff", name="saidby", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("attainment", sa.Integer(), nullable=True),
        sa.Column("attainment_note", sa.Text(), nullable=False),
        sa.Column("carried_from_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["goal.id"],
            name=op.f("fk_goal_carried_from_id_goal"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_goal_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["plan_version.id"],
            name=op.f("fk_goal_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_version_id"), ["version_id"], unique=False)

    op.create_table(
        "plan_area",
        sa.Column("version_id", sa.Uuid(), nullable=False),
        sa.Column("area_key", sa.String(length=40), nullable=False),
        sa.Column("person_rating", sa.Integer(), nullable=True),
        sa.Column("staff_rating", sa.Integer(), nullable=True),
        sa.Column("staff_rating_by_id", sa.Uuid(), nullable=True),
        sa.Column("rather_not_talk", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_rating_by_id"],
            ["staff.id"],
            name=op.f("fk_plan_area_staff_rating_by_id_staff"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["plan_version.id"],
            name=op.f("fk_plan_area_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_area")),
        sa.UniqueConstraint("version_id", "area_key", name=op.f("uq_plan_area_version_id")),
    )
    with op.batch_alter_table("plan_area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_area_version_id"), ["version_id"], unique=False)

    op.create_table(
        "step",
        sa.Column("goal_id", sa.Uuid(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column(
            "who_helps",
            sa.Enum(
                "me", "staff", "family", "community", name="helper", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("helper_name", sa.String(length=200), nullable=False),
        sa.Column("by_when", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "to_do", "doing", "done", "stopped", name="stepstatus", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_step_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step")),
    )
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_step_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_step_goal_id"))

    op.drop_table("step")
    with op.batch_alter_table("plan_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_area_version_id"))

    op.drop_table("plan_area")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_version_id"))

    op.drop_table("goal")
    with op.batch_alter_table("feedback_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_answer_version_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_answer_question_id"))

    op.drop_table("feedback_answer")
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_version_id"))

    op.drop_table("entry")
    op.drop_table("agreement")
    with op.batch_alter_table("plan_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_version_template_id"))
        batch_op.drop_index(batch_op.f("ix_plan_version_review_due"))
        batch_op.drop_index(batch_op.f("ix_plan_version_plan_id"))

    op.drop_table("plan_version")
    with op.batch_alter_table("template_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_area_template_id"))

    op.drop_table("template_area")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_person_id"))

    op.drop_table("plan")
    op.drop_table("template")
    op.drop_table("staff")
    op.drop_table("setting")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_search_key"))

    op.drop_table("person")
    op.drop_table("feedback_question")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_staff_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_person_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))

    op.drop_table("audit_event")
