"""Alembic environment of the Asistente's database.

At run time :func:`app.store.migrar.actualizar` passes an open connection (already inside a
``BEGIN IMMEDIATE`` transaction, foreign keys off) in ``config.attributes["connection"]``; no
alembic.ini is read. For development (``alembic revision --autogenerate``) an ini with
``script_location`` and ``sqlalchemy.url`` works as usual.

``render_as_batch=True``: SQLite cannot ALTER most things, so changes are written as batch
operations (copy into a new table and rename).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from app.store.modelos import Base

config = context.config
target_metadata = Base.metadata


def _migrar(conexion) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=conexion,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    conexion = config.attributes.get("connection")
    if conexion is not None:
        _migrar(conexion)
    else:
        motor = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with motor.begin() as c:
            _migrar(c)
        motor.dispose()
