"""Who may do what: users (clerk, reviewer, admin) with an office, and API keys for courts' systems.

Passwords are hashed with Argon2id (argon2-cffi) and must be at least 12 characters; a
name is locked for a while after a few wrong passwords in a row (counted in the audit
trail). API keys are 256 random bits shown once; only their SHA-256 is stored (a slow KDF
adds nothing for keys that long, and a fast hash lets every API call be checked without a
scan). Sessions are cookies signed by Starlette's SessionMiddleware that name a server-side
login (`login_sessions`), so logout ends it everywhere; every form and every state-changing
fetch carries the session's CSRF token. Only people decide or correct: a court's key may
submit and read its own submissions, never judge them."""

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
from service.models import ApiKey, AuditEvent, LoginSession, User

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
        raise AuthError(f"没有「{role}」这一角色；可选：{'、'.join(ROLE_NAMES[r] + '（' + r + '）' for r in ROLES)}。")
    if not name.strip() or not office.strip():
        raise AuthError("用户名和管理部都不能为空。")
    check_password_strength(name, password)
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise AuthError(f"用户「{name}」已存在；请换一个用户名。")
    user = User(name=name, role=role, office=office, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.added", user=name, role=role, office=office)
    return user


MIN_PASSWORD = 12


def check_password_strength(name: str, password: str) -> None:
    """Refuse passwords a guesser tries first: short, few distinct characters, or the user's name."""
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"密码至少须 {MIN_PASSWORD} 个字符；请另设一个更长的密码。")
    if len(set(password)) < 5:
        raise AuthError("密码所用的不同字符太少（如 aaaaaaaaaaaa、121212121212）；请另设一个密码。")
    if name.strip() and name.strip().lower() in password.lower():
        raise AuthError("密码不得包含用户名；请另设一个密码。")


def failures_since_success(session: Session, name: str, window: dt.timedelta) -> list[dt.datetime]:
    """Times of this name's wrong passwords in the window, since its last successful login.

    Read from the audit trail, which every server writes, so the count holds across servers
    and restarts (a lock-out that one restart clears is no lock-out).
    """
    since = dt.datetime.now(dt.UTC) - window
    actor = f"user:{name}"
    last_ok = session.scalar(select(AuditEvent.at).where(AuditEvent.actor == actor, AuditEvent.action == "login",
                                                         AuditEvent.at >= since)
                             .order_by(AuditEvent.at.desc()).limit(1))
    query = select(AuditEvent.at).where(AuditEvent.actor == actor, AuditEvent.action == "login.failed",
                                        AuditEvent.at >= (last_ok or since))
    return list(session.scalars(query.order_by(AuditEvent.at)))


def locked_until(session: Session, name: str, max_failures: int, minutes: float) -> dt.datetime | None:
    """When a name locked by `max_failures` wrong passwords may try again (None: not locked)."""
    window = dt.timedelta(minutes=minutes)
    failures = failures_since_success(session, name, window)
    if len(failures) < max_failures:
        return None
    last = failures[-1] if failures[-1].tzinfo else failures[-1].replace(tzinfo=dt.UTC)
    return last + window


def start_session(session: Session, user: User, hours: float) -> str:
    """A new server-side login for `user`; the token goes into the (signed) cookie."""
    token = secrets.token_urlsafe(32)
    session.add(LoginSession(token_hash=_key_hash(token), user_id=user.id,
                             expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)))
    return token


def session_for(session: Session, token: str | None) -> LoginSession | None:
    """The live login for a cookie's token, or None (unknown, logged out or expired)."""
    if not token:
        return None
    row = session.scalar(select(LoginSession).where(LoginSession.token_hash == _key_hash(str(token))))
    if row is None or row.revoked_at is not None:
        return None
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=dt.UTC)
    return row if expires > dt.datetime.now(dt.UTC) else None


def end_session(session: Session, token: str | None) -> None:
    row = session_for(session, token)
    if row is not None:
        row.revoked_at = dt.datetime.now(dt.UTC)


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name, User.active.is_(True)))
    if user is None:
        _hasher.hash(password)  # the same work either way: no timing hint that the name exists
        return None
    return user if verify_password(user.password_hash, password) else None


def _key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(session: Session, name: str, office: str | None, actor: str = "cli",
              scopes: tuple[str, ...] = ()) -> str:
    """Create a key and return it; this is the only time the key itself exists in clear."""
    if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise AuthError(f"名为「{name}」的接口密钥已存在；请先吊销它，或换一个名称。")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKey(name=name, office=office, prefix=key[:10], key_hash=_key_hash(key), scopes=" ".join(scopes)))
    audit.record(session, actor, "key.issued", key=name, office=office, scopes=list(scopes))
    return key


def revoke_key(session: Session, name: str, actor: str = "cli") -> None:
    row = session.scalar(select(ApiKey).where(ApiKey.name == name))
    if row is None:
        raise AuthError(f"没有名为「{name}」的接口密钥。")
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
