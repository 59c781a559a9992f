"""the centre's own records: stored account facts and the freeze register

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 12:00:00

- `accounts`: one row per account, its facts as the core system last stated them
  (contract accounts.schema.json, extended only by added fields).
- `api_keys.scopes`: an integration key's rights (`accounts` for the core system).
- `register_events`: the freeze register, event by event (service/register/ledger.py);
  append-only like the audit, so replaying it always gives the same register.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MESSAGE = "register events are append-only"


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id_number", sa.String(18), primary_key=True),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(120), nullable=False),
    )
    op.create_table(
        "register_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("id_number", sa.String(18), nullable=False, index=True),
        sa.Column("on", sa.Date(), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("submission_id", sa.Integer(), sa.ForeignKey("submissions.id"), nullable=True, index=True),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("scopes", sa.String(80), nullable=False, server_default=""))
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER register_events_no_{verb.lower()} BEFORE {verb} ON register_events "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION register_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER register_events_append_only BEFORE UPDATE OR DELETE ON register_events "
            "FOR EACH ROW EXECUTE FUNCTION register_events_append_only()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS register_events_append_only ON register_events")
        op.execute("DROP FUNCTION IF EXISTS register_events_append_only()")
    op.drop_table("register_events")
    op.drop_table("accounts")
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("scopes")
