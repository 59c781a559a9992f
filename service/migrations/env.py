"""Alembic environment: run with the connection the app hands over (service.db.migrate)."""

from alembic import context
from sqlalchemy import create_engine

from service.db import normalise_url
from service.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    from service.settings import Settings

    url = normalise_url(Settings().database_url)
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
