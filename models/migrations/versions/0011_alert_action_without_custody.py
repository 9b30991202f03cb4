"""an alert action may name no custody: an apprehension reported to the desk and not registered yet

The prosecutors' inbox acknowledges and closes such an alert like any other; its actions are chained with
no custody. The table keeps its append-only triggers (SQLite rebuilds the table to change a column, so
they are removed first and installed again on the new table).

Revision ID: 0011
Revises: 0007
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from models import immutability

IMMUTABLE = ("alert_action",)

revision: str = '0011'
down_revision: Union[str, Sequence[str], None] = '0010'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    immutability.remove(op.get_bind(), IMMUTABLE)
    with op.batch_alter_table('alert_action', schema=None) as batch_op:
        batch_op.alter_column('custody_id', existing_type=sa.String(length=64), nullable=True)
    immutability.install(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    immutability.remove(op.get_bind(), IMMUTABLE)
    with op.batch_alter_table('alert_action', schema=None) as batch_op:
        batch_op.alter_column('custody_id', existing_type=sa.String(length=64), nullable=False)
    immutability.install(op.get_bind(), IMMUTABLE)
