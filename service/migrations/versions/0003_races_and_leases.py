"""one submission per resend, job leases, server-side logins

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 11:30:00

- `dedup_key` (a unique index): the sender, office, files, pack, date and account facts
  hashed, so ten identical requests at once make one submission, and another office's
  identical bundle makes its own. Rows from before have NULL and are left as they are.
  (The `Idempotency-Key` column keeps its unique constraint; from now on it holds the key
  hashed with its sender, so no table has to be rebuilt.)
- `lease_owner` / `lease_expires_at`: the worker holding a job and until when; a job whose
  lease has run out is taken over, a live one never is (rows left `processing` by an older
  version have no lease and are taken over at once).
- `login_sessions`: a browser login that logout ends on the server.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("submissions", sa.Column("dedup_key", sa.String(length=64), nullable=True))
    op.add_column("submissions", sa.Column("lease_owner", sa.String(length=120), nullable=True))
    op.add_column("submissions", sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_submissions_dedup_key", "submissions", ["dedup_key"], unique=True)
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_login_sessions_user_id", "login_sessions", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_login_sessions_user_id", table_name="login_sessions")
    op.drop_table("login_sessions")
    op.drop_index("ix_submissions_dedup_key", table_name="submissions")
    with op.batch_alter_table("submissions") as b:
        b.drop_column("lease_expires_at")
        b.drop_column("lease_owner")
        b.drop_column("dedup_key")
