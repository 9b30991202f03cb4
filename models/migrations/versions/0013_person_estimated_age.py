"""person.estimated_age: an age an officer estimated while the birth date is unknown

An estimate is not a birth date: the person stays of unknown age for the rules (the protective reading of
contract section 4) and shows AGE UNKNOWN with the estimate. A plain ALTER TABLE ADD COLUMN (never a
table copy), so the append-only triggers on `person` stay as they are; existing people have no estimate.

Revision ID: 0013
Revises: 0012
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: Union[str, Sequence[str], None] = '0012'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('person', sa.Column('estimated_age', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('estimated_age')
