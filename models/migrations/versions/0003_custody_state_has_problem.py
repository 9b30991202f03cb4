"""custody_state: has_problem and judged_at, so the alert inbox reads only custodies that can have alerts

Existing rows get has_problem false and judged_at NULL. A NULL judged_at means
"never judged": the alert inbox treats such a custody as a candidate (so its
results are exact straight after the upgrade) and judges it once, filling both
columns (ReportsService.problem_clocks). The clocks cannot be judged here:
that takes the rule engine, and models must not import register.

Revision ID: 0003
Revises: 0002
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models.types

revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('custody_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('judged_at', models.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('has_problem', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_index(batch_op.f('ix_custody_state_has_problem'), ['has_problem'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('custody_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_state_has_problem'))
        batch_op.drop_column('has_problem')
        batch_op.drop_column('judged_at')
