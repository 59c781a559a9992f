"""issuing the answer: document numbers, issued sets, the reviewer's wording

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 14:30:00

- `document_counters`: one row per document-number series (an agency's 文号 prefix) and
  year; its `last_serial` is raised in one statement (INSERT … ON CONFLICT DO UPDATE … RETURNING),
  so two reviewers issuing at once never get the same 文号, on SQLite or PostgreSQL.
- `issues`: each issued set of documents of a submission, with its numbers and the
  decision it carried out; a reopened set stays, marked superseded with the reason.
- `submissions.issued_at` / `issued_by`: set while the current answer stands issued; the
  submission (fields, facts, decision) is locked until it is reopened.
- `submissions.document_texts`: the reviewer's wording of the letters' items, per kind.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_counters",
        sa.Column("series", sa.String(120), primary_key=True),
        sa.Column("year", sa.Integer(), primary_key=True),
        sa.Column("last_serial", sa.Integer(), nullable=False),
    )
    op.create_table(
        "issues",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("submission_id", sa.Integer(), sa.ForeignKey("submissions.id"), nullable=False, index=True),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("agency", sa.String(120), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("issued_by", sa.String(120), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("superseded_by", sa.String(120), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=True),
        sa.UniqueConstraint("submission_id", "round"),
    )
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("issued_by", sa.String(120), nullable=True))
        batch.add_column(sa.Column("document_texts", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("document_texts")
        batch.drop_column("issued_by")
        batch.drop_column("issued_at")
    op.drop_table("issues")
    op.drop_table("document_counters")
