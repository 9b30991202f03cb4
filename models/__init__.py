"""Persistence only: SQLAlchemy ORM, the UTC-aware datetime type, Alembic migrations. No Qt."""
