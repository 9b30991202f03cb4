"""signing_key.endorsement: a new checkpoint key is endorsed by the key before it

A rotated key's record carries a signed note by the previous key naming the new one, so a witness who
knows only the first key can follow the register to its next key (register/key_rotation.py). Empty for a
register's first key. The table stays append-only: adding a nullable column rewrites no row.

Revision ID: 0012
Revises: 0007
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: Union[str, Sequence[str], None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('signing_key', sa.Column('endorsement', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('signing_key') as batch:
        batch.drop_column('endorsement')
