"""`assistdesk users add` and `assistdesk keys issue|revoke` against a fresh data folder."""

from __future__ import annotations

from sqlalchemy import select

from service import auth
from service.models import ApiKey, User
from tests.service.conftest import make_server


def test_users_and_keys_from_the_command_line(tmp_path):
    server = make_server(tmp_path, "sqlite")
    added = server.cli("users", "add", "admin", "--role", "admin", "--office", "浦东管理部", "--password", "s3cret-passw0rd")
    assert added.returncode == 0 and "admin" in added.stderr
    assert server.cli("users", "add", "admin", "--role", "admin", "--office", "浦东管理部",
                      "--password", "s3cret-passw0rd", check=False).returncode == 2
    assert server.cli("users", "add", "x", "--role", "boss", "--office", "浦东管理部", check=False).returncode == 2
    issued = server.cli("keys", "issue", "pudong-court", "--office", "浦东管理部")
    key = issued.stdout.strip()
    assert key.startswith("adk_") and "shown only now" in issued.stderr
    db = server.database()
    with db.session() as s:
        user = s.scalar(select(User).where(User.name == "admin"))
        assert user.password_hash.startswith("$argon2id$") and "s3cret-passw0rd" not in user.password_hash
        row = s.scalar(select(ApiKey))
        assert key not in (row.key_hash, row.prefix) and auth.key_for(s, key) is not None
    assert server.cli("keys", "revoke", "pudong-court").returncode == 0
    with db.session() as s:
        assert auth.key_for(s, key) is None
    db.engine.dispose()
    assert server.cli("keys", "revoke", "nobody", check=False).returncode == 2
