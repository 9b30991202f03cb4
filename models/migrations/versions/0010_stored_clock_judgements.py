"""clock_judgement and custody_clock: each custody's clocks as judged when it was written

Derived like custody_state and rebuilt with it: created empty, so a register upgraded from an earlier
revision has no stored judgement until its projection is rebuilt (the projection's format changes with
this revision, so it counts as stale and the desktop's start-up or `rebuild` judges it again); until then
`breaches` and the alert inbox judge those custodies afresh, as before (register/judgement.py).

Revision ID: 0010
Revises: 0007
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models.types

revision: str = '0010'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('clock_judgement',
    sa.Column('custody_id', sa.String(length=64), nullable=False),
    sa.Column('judged_with', sa.String(length=64), nullable=False),
    sa.Column('judged_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('problem_from', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('stays', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.Text(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['custody_id'], ['custody.id'], name=op.f('fk_clock_judgement_custody_id_custody')),
    sa.PrimaryKeyConstraint('custody_id', name=op.f('pk_clock_judgement'))
    )
    with op.batch_alter_table('clock_judgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clock_judgement_problem_from'), ['problem_from'], unique=False)
    op.create_table('custody_clock',
    sa.Column('custody_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('rule', sa.String(length=64), nullable=False),
    sa.Column('rule_index', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('trigger_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('due_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('met_at', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('warn_at', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('overdue_minutes', sa.Integer(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=True),
    sa.Column('ended_at', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('every_seconds', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['custody_id'], ['custody.id'], name=op.f('fk_custody_clock_custody_id_custody')),
    sa.PrimaryKeyConstraint('custody_id', 'position', name=op.f('pk_custody_clock'))
    )
    with op.batch_alter_table('custody_clock', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_clock_rule'), ['rule'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('custody_clock', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_clock_rule'))
    op.drop_table('custody_clock')
    with op.batch_alter_table('clock_judgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clock_judgement_problem_from'))
    op.drop_table('clock_judgement')
