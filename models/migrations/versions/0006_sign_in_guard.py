"""sign_in_guard: failed sign-ins and lock-out per username tried (known or not)

A lock-out kept on the account row locked only names that exist, so whether a name
was locked told an attacker that the account exists. The guard keeps the same
bookkeeping for any well-formed username tried. It is bookkeeping, not evidence:
changed in place.

Revision ID: 0006
Revises: 0005
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models.types

revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('sign_in_guard',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_sign_in_guard'))
    )


def downgrade() -> None:
    op.drop_table('sign_in_guard')
