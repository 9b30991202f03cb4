"""projection_profile: the rule profile the custody_state rows were judged with

Created empty: a register upgraded from 0003 does not know which profile judged its
rows, so it counts as stale until they are judged again (MaintenanceService.rebuild_projection,
or the desktop's start-up refresh); until then the alert inbox judges every custody.

Revision ID: 0004
Revises: 0003
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('projection_profile',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projection_profile'))
    )


def downgrade() -> None:
    op.drop_table('projection_profile')
