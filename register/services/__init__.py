"""The register's services, one module per responsibility; `register.service.Services` composes them for one
acting user (see docs/architecture.md)."""
