"""follow-ups: a message's step in its thread, the account's follow-up settings, away-until

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 14:00:00
"""

from alembic import op
import sqlalchemy as sa
import models.base

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OLD = (
    "generating",
    "pending",
    "approved",
    "sending",
    "sent",
    "replied",
    "rejected",
    "superseded",
    "failed",
    "bounced",
    "unknown",
)
NEW = (*OLD, "withdrawn")


def _status_check(values) -> str:
    return "status IN ({})".format(", ".join(f"'{v}'" for v in values))


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up_step", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("follows_id", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("thread_id", sa.String(length=40), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_messages_follows_id_messages"),
            "messages",
            ["follows_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.add_column(
            sa.Column("follow_up_due_at", models.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_index(batch_op.f("ix_messages_thread_id"), ["thread_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_messages_follow_up_due_at"), ["follow_up_due_at"], unique=False)
        batch_op.drop_constraint("status_valid", type_="check")
        batch_op.create_check_constraint("status_valid", _status_check(NEW))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("follow_ups_enabled", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(sa.Column("follow_up_count", sa.Integer(), server_default="2", nullable=False))
        batch_op.add_column(sa.Column("follow_up_waits", sa.JSON(), server_default="[4, 7]", nullable=False))
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("away_until", models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("away_until")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("follow_up_waits")
        batch_op.drop_column("follow_up_count")
        batch_op.drop_column("follow_ups_enabled")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_constraint("status_valid", type_="check")
        batch_op.create_check_constraint("status_valid", _status_check(OLD))
        batch_op.drop_index(batch_op.f("ix_messages_follow_up_due_at"))
        batch_op.drop_index(batch_op.f("ix_messages_thread_id"))
        batch_op.drop_column("follow_up_due_at")
        batch_op.drop_constraint(batch_op.f("fk_messages_follows_id_messages"), type_="foreignkey")
        batch_op.drop_column("thread_id")
        batch_op.drop_column("follows_id")
        batch_op.drop_column("follow_up_step")
