"""editable profile: per-field confidence and the fields the user corrected

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 13:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("confidence", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("corrected", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_column("corrected")
        batch_op.drop_column("confidence")
