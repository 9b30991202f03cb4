"""accounts history and confidential flags: two chained, append-only tables

Revision ID: 0002
Revises: 0001
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models.types
from models import immutability

IMMUTABLE = ("account_change", "confidential_flag")

revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('account_change',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('full_name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('facilities', sa.JSON(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('credential', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_change')),
    sa.UniqueConstraint('seq', name=op.f('uq_account_change_seq'))
    )
    with op.batch_alter_table('account_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_change_username'), ['username'], unique=False)

    op.create_table('confidential_flag',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_confidential_flag_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_confidential_flag')),
    sa.UniqueConstraint('seq', name=op.f('uq_confidential_flag_seq'))
    )
    with op.batch_alter_table('confidential_flag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_confidential_flag_person_id'), ['person_id'], unique=False)
    immutability.install(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    immutability.remove(op.get_bind(), IMMUTABLE)
    with op.batch_alter_table('confidential_flag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_confidential_flag_person_id'))
    op.drop_table('confidential_flag')
    with op.batch_alter_table('account_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_change_username'))
    op.drop_table('account_change')
