"""the complaints register: what the body a complaint is addressed to did about it

`complaint_action` is chained and append-only: a complaint (the `complaint` event) taken up, answered,
or its deadline for the answer moved (register/complaints.py).

Revision ID: 0008
Revises: 0007
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models.types
from models import immutability

IMMUTABLE = ("complaint_action",)

revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('complaint_action',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('complaint_id', sa.String(length=64), nullable=False),
    sa.Column('custody_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('due_at', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['custody_id'], ['custody.id'], name=op.f('fk_complaint_action_custody_id_custody')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_action')),
    sa.UniqueConstraint('seq', name=op.f('uq_complaint_action_seq'))
    )
    with op.batch_alter_table('complaint_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_action_complaint_id'), ['complaint_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_action_custody_id'), ['custody_id'], unique=False)
    immutability.install(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    immutability.remove(op.get_bind(), IMMUTABLE)
    with op.batch_alter_table('complaint_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_action_custody_id'))
        batch_op.drop_index(batch_op.f('ix_complaint_action_complaint_id'))
    op.drop_table('complaint_action')
