"""Alembic migrations of the marsad database (applied by ``marsad.store`` on first use)."""
