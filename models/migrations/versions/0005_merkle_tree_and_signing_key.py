"""merkle_node and signing_key: the Merkle tree over the chain and the register's checkpoint key

Both append-only. The tree of an existing register is built from its chain when the register is
next opened (register/opening.py), not here: building it is the register's business, and
migrations do not import the register's code.

Revision ID: 0005
Revises: 0004
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models.types
from models import immutability

IMMUTABLE = ("merkle_node", "signing_key")

revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('merkle_node',
    sa.Column('position', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=False,
              nullable=False),
    sa.Column('hash', sa.LargeBinary(length=32), nullable=False),
    sa.PrimaryKeyConstraint('position', name=op.f('pk_merkle_node'))
    )
    op.create_table('signing_key',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key')),
    sa.UniqueConstraint('seq', name=op.f('uq_signing_key_seq'))
    )
    immutability.install(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    immutability.remove(op.get_bind(), IMMUTABLE)
    op.drop_table('signing_key')
    op.drop_table('merkle_node')
