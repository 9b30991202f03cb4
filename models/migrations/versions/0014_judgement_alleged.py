"""clock_judgement.alleged: whether the custody's records, as judged, hold an allegation of ill-treatment

An examination that found injuries or a complaint alleging ill-treatment (register/allegations.py), corrections
applied, noted when the custody is judged and written with its clocks, so the alert inbox finds the custodies
with an allegation through an index instead of reading every examination's and complaint's fields. Existing
rows say false until judged again: the projection's format changes with this revision (PROJECTION_FORMAT 4),
so no reader trusts them before `init` has judged every custody again. A plain ALTER TABLE ADD COLUMN.

Revision ID: 0014
Revises: 0013
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: Union[str, Sequence[str], None] = '0013'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('clock_judgement', sa.Column('alleged', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index(op.f('ix_clock_judgement_alleged'), 'clock_judgement', ['alleged'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('clock_judgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clock_judgement_alleged'))
        batch_op.drop_column('alleged')
