"""initial schema: register records, hash chain, projections, accounts, alerts, access log

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 12:57:33.570860

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import models.types
from models import immutability

IMMUTABLE = ("facility", "person", "custody", "event", "chain_entry", "alert_action", "access_log")


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('access_log',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log')),
    sa.UniqueConstraint('seq', name=op.f('uq_access_log_seq'))
    )
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_log_subject'), ['subject'], unique=False)

    op.create_table('chain_entry',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_chain_entry')),
    sa.UniqueConstraint('kind', 'record_id', name='uq_chain_entry_kind_record')
    )
    op.create_table('chain_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chain_head'))
    )
    op.create_table('facility',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('designated', sa.Boolean(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('region', sa.Text(), nullable=True),
    sa.Column('agency', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility'))
    )
    op.create_table('person',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.Text(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('citizenship', sa.String(length=16), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('needs_interpreter', sa.Boolean(), nullable=True),
    sa.Column('id_document', sa.Text(), nullable=True),
    sa.Column('vulnerabilities', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_full_name'), ['full_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_id_document'), ['id_document'], unique=False)

    op.create_table('user_account',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('facilities', sa.JSON(), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_user_account'))
    )
    op.create_table('custody',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=False),
    sa.Column('procedural_status', sa.String(length=20), nullable=False),
    sa.Column('grounds', sa.Text(), nullable=False),
    sa.Column('ordering_authority', sa.Text(), nullable=False),
    sa.Column('agency', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_custody_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody'))
    )
    with op.batch_alter_table('custody', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_person_id'), ['person_id'], unique=False)

    op.create_table('alert_action',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('alert_key', sa.String(length=200), nullable=False),
    sa.Column('custody_id', sa.String(length=64), nullable=False),
    sa.Column('rule', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=64), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('referred_to', sa.Text(), nullable=True),
    sa.Column('reference', sa.Text(), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['custody_id'], ['custody.id'], name=op.f('fk_alert_action_custody_id_custody')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_action')),
    sa.UniqueConstraint('seq', name=op.f('uq_alert_action_seq'))
    )
    with op.batch_alter_table('alert_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_action_alert_key'), ['alert_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_alert_action_custody_id'), ['custody_id'], unique=False)

    op.create_table('custody_state',
    sa.Column('custody_id', sa.String(length=64), nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=False),
    sa.Column('person_name', sa.Text(), nullable=False),
    sa.Column('person_name_folded', sa.Text(), nullable=False),
    sa.Column('id_document', sa.Text(), nullable=True),
    sa.Column('apprehended_at', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('released_at', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('facility_id', sa.String(length=64), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('last_event_at', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('is_minor', sa.Boolean(), nullable=False),
    sa.Column('is_foreign_national', sa.Boolean(), nullable=False),
    sa.Column('next_due_at', models.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['custody_id'], ['custody.id'], name=op.f('fk_custody_state_custody_id_custody')),
    sa.PrimaryKeyConstraint('custody_id', name=op.f('pk_custody_state'))
    )
    with op.batch_alter_table('custody_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_state_apprehended_at'), ['apprehended_at'], unique=False)
        batch_op.create_index('ix_custody_state_open', ['released_at', 'facility_id', 'apprehended_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_state_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_custody_state_person_name_folded'), ['person_name_folded'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('custody_id', sa.String(length=64), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_at', models.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.Text(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['custody_id'], ['custody.id'], name=op.f('fk_event_custody_id_custody')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event')),
    sa.UniqueConstraint('seq', name=op.f('uq_event_seq'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_custody_at', ['custody_id', 'at'], unique=False)
    op.execute(sa.text("INSERT INTO chain_head (id, seq, hash) VALUES (1, 0, '" + "0" * 64 + "')"))
    immutability.install(op.get_bind(), IMMUTABLE)


def downgrade() -> None:
    """Downgrade schema."""
    immutability.remove(op.get_bind(), IMMUTABLE)
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_custody_at')

    op.drop_table('event')
    with op.batch_alter_table('custody_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_state_person_name_folded'))
        batch_op.drop_index(batch_op.f('ix_custody_state_person_id'))
        batch_op.drop_index('ix_custody_state_open')
        batch_op.drop_index(batch_op.f('ix_custody_state_apprehended_at'))

    op.drop_table('custody_state')
    with op.batch_alter_table('alert_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_action_custody_id'))
        batch_op.drop_index(batch_op.f('ix_alert_action_alert_key'))

    op.drop_table('alert_action')
    with op.batch_alter_table('custody', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_person_id'))

    op.drop_table('custody')
    op.drop_table('user_account')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_id_document'))
        batch_op.drop_index(batch_op.f('ix_person_full_name'))

    op.drop_table('person')
    op.drop_table('facility')
    op.drop_table('chain_head')
    op.drop_table('chain_entry')
    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_log_subject'))

    op.drop_table('access_log')
