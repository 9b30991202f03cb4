"""shift handover: the incoming officer's signature of a facility's handover, chained and append-only

Revision ID: 0009
Revises: 0013
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models.types
from models import immutability

IMMUTABLE = ("shift_handover",)

revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('shift_handover',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('facility_id', sa.String(length=64), nullable=False),
    sa.Column('as_of', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('outgoing', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_shift_handover_facility_id_facility')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_handover')),
    sa.UniqueConstraint('seq', name=op.f('uq_shift_handover_seq'))
    )
    with op.batch_alter_table('shift_handover', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_handover_facility_id'), ['facility_id'], unique=False)
    immutability.install(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    immutability.remove(op.get_bind(), IMMUTABLE)
    with op.batch_alter_table('shift_handover', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_handover_facility_id'))
    op.drop_table('shift_handover')
