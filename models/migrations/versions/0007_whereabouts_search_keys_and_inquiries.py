"""search keys, facility address and telephone, the whereabouts desk's inquiries and apprehension reports

`person_search` holds each person's folded search keys and `custody_state` gains the keys of its
effective person (register/search_text.py). Keys of rows written before this revision are computed when
the register is next opened (register/search_index.py), not here: folding is the register's business,
and migrations do not import the register's code. `inquiry` and `apprehension_report` are chained and
append-only; the facility's `address` and `telephone` are optional extension fields.

Revision ID: 0007
Revises: 0006
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import models.types
from models import immutability

IMMUTABLE = ("inquiry", "apprehension_report")

revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.add_column(sa.Column('address', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('telephone', sa.Text(), nullable=True))
    with op.batch_alter_table('custody_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('document_key', sa.Text(), nullable=True))
    op.create_table('person_search',
    sa.Column('person_id', sa.String(length=64), nullable=False),
    sa.Column('name_key', sa.Text(), nullable=False),
    sa.Column('document_key', sa.Text(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_search_person_id_person')),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_person_search'))
    )
    op.create_table('inquiry',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('asker_name', sa.Text(), nullable=False),
    sa.Column('asker_relation', sa.Text(), nullable=False),
    sa.Column('asker_contact', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('query', sa.Text(), nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=True),
    sa.Column('custody_id', sa.String(length=64), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inquiry')),
    sa.UniqueConstraint('seq', name=op.f('uq_inquiry_seq'))
    )
    with op.batch_alter_table('inquiry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inquiry_person_id'), ['person_id'], unique=False)
    op.create_table('apprehension_report',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('reporter_name', sa.Text(), nullable=False),
    sa.Column('reporter_relation', sa.Text(), nullable=False),
    sa.Column('reporter_contact', sa.Text(), nullable=False),
    sa.Column('person_name', sa.Text(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('id_document', sa.Text(), nullable=True),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('apprehended_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('name_key', sa.Text(), nullable=False),
    sa.Column('document_key', sa.Text(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apprehension_report')),
    sa.UniqueConstraint('seq', name=op.f('uq_apprehension_report_seq'))
    )
    with op.batch_alter_table('apprehension_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_apprehension_report_name_key'), ['name_key'], unique=False)
    immutability.install(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    immutability.remove(op.get_bind(), IMMUTABLE)
    op.drop_table('apprehension_report')
    op.drop_table('inquiry')
    op.drop_table('person_search')
    with op.batch_alter_table('custody_state', schema=None) as batch_op:
        batch_op.drop_column('document_key')
        batch_op.drop_column('name_key')
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.drop_column('telephone')
        batch_op.drop_column('address')
