"""Who may do what: users (clerk, reviewer, admin) with an office, and API keys for courts' systems.

Passwords are hashed with Argon2id (argon2-cffi). API keys are 256 random bits shown once;
only their SHA-256 is stored (a slow KDF adds nothing for keys that long, and a fast hash
lets every API call be checked without a scan). Sessions are cookies signed by Starlette's
SessionMiddleware; every form and every state-changing fetch carries the session's CSRF token.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from service import audit
from service.models import ApiKey, User

ROLES = ("clerk", "reviewer", "admin")
ROLE_NAMES = {"clerk": "窗口受理员", "reviewer": "审核员", "admin": "管理员"}
KEY_PREFIX = "adk_"
_hasher = PasswordHasher()


class AuthError(Exception):
    """A user or key operation that cannot be done; the message says why."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def add_user(session: Session, name: str, role: str, office: str, password: str, actor: str = "cli") -> User:
    if role not in ROLES:
        raise AuthError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if not name.strip() or not office.strip():
        raise AuthError("name and office must not be empty")
    if len(password) < 8:
        raise AuthError("the password must be at least 8 characters long")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise AuthError(f"user {name!r} already exists")
    user = User(name=name, role=role, office=office, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.added", user=name, role=role, office=office)
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name, User.active.is_(True)))
    if user is None:
        _hasher.hash(password)  # the same work either way: no timing hint that the name exists
        return None
    return user if verify_password(user.password_hash, password) else None


def _key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(session: Session, name: str, office: str | None, actor: str = "cli") -> str:
    """Create a key and return it; this is the only time the key itself exists in clear."""
    if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise AuthError(f"an API key named {name!r} already exists; revoke it or choose another name")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKey(name=name, office=office, prefix=key[:10], key_hash=_key_hash(key)))
    audit.record(session, actor, "key.issued", key=name, office=office)
    return key


def revoke_key(session: Session, name: str, actor: str = "cli") -> None:
    row = session.scalar(select(ApiKey).where(ApiKey.name == name))
    if row is None:
        raise AuthError(f"no API key named {name!r}")
    if row.revoked_at is None:
        row.revoked_at = dt.datetime.now(dt.UTC)
        audit.record(session, actor, "key.revoked", key=name)


def key_for(session: Session, key: str) -> ApiKey | None:
    """The live key row for a presented key, or None (unknown or revoked)."""
    if not key.startswith(KEY_PREFIX):
        return None
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == _key_hash(key)))
    if row is None or row.revoked_at is not None:
        return None
    return row


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))
