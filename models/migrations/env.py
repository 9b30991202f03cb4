"""Alembic environment: always run programmatically by models.migrate on a given connection."""
from alembic import context

from models.orm import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
