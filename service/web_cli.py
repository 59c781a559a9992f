"""`assistdesk serve`, `assistdesk keys issue|revoke NAME`, `assistdesk users add NAME …`.

Registered in service/cli.py's `build_parser()` like the rules commands; each sets
`func(args) -> int`. Keys and users are written straight to the database the server uses
(same settings), so the first admin can be made before the server ever starts.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys

from service.logs import mask_text
from service.settings import Settings


def add_web_commands(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser("serve", help="start the web app, the intake API and the worker")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="process submissions sent over the broker ($ASSISTDESK_BROKER_URL)")
    worker.add_argument("--loglevel", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    worker.set_defaults(func=cmd_worker)

    keys = sub.add_parser("keys", help="API keys for courts' systems")
    ksub = keys.add_subparsers(dest="keys_command", required=True)
    issue = ksub.add_parser("issue", help="issue a key (printed once, stored hashed)")
    issue.add_argument("name")
    issue.add_argument("--office", help="the 管理部 whose reviewers see this key's submissions")
    issue.add_argument("--scope", action="append", choices=("accounts",), default=[],
                       help="an integration key's right: accounts = push and read account facts (the core system)")
    issue.set_defaults(func=cmd_keys_issue)
    revoke = ksub.add_parser("revoke", help="revoke a key at once")
    revoke.add_argument("name")
    revoke.set_defaults(func=cmd_keys_revoke)

    users = sub.add_parser("users", help="people who log in to the pages")
    usub = users.add_subparsers(dest="users_command", required=True)
    add = usub.add_parser("add", help="add a user (password prompted unless --password)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("clerk", "reviewer", "admin"))
    add.add_argument("--office", required=True, help="e.g. 浦东管理部")
    add.add_argument("--password", help="(visible in the shell history; prefer the prompt)")
    add.set_defaults(func=cmd_users_add)


def _database():
    from service.db import Database, migrate

    db = Database(Settings().database_url)
    migrate(db.engine)
    return db


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from service.app import create_app
    settings = Settings()
    app = create_app(settings, host=args.host)
    print(f"assistdesk: serving on http://{args.host}:{args.port}/  (API: /api/v1, schema: /api/v1/openapi.json)",
          file=sys.stderr)
    print(f"assistdesk: data in {settings.data_dir}; database {_safe_url(settings.database_url)}", file=sys.stderr)
    print("assistdesk: " + (f"jobs go to `assistdesk worker` processes over {_safe_url(settings.broker_url)}"
                            if settings.broker_url else "jobs run in this process"), file=sys.stderr)
    print("assistdesk: first time? create an administrator with\n"
          "    assistdesk users add admin --role admin --office 浦东管理部", file=sys.stderr)
    log_config = uvicorn.config.LOGGING_CONFIG.copy()
    log_config["filters"] = {"mask": {"()": "service.web_cli.ArgsMaskingFilter"}}
    for handler in log_config["handlers"].values():
        handler["filters"] = ["mask"]
    uvicorn.run(app, host=args.host, port=args.port, log_config=log_config)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """A Celery worker: one job at a time, on this machine or any other sharing the database and data folder."""
    settings = Settings()
    if not settings.broker_url:
        print("assistdesk: ASSISTDESK_BROKER_URL is not set (e.g. redis://127.0.0.1:6379/0); "
              "without a broker, `assistdesk serve` runs the jobs itself", file=sys.stderr)
        return 2
    from sqlalchemy.engine import make_url

    if make_url(settings.database_url).get_backend_name() == "sqlite":
        print("assistdesk: workers need the shared PostgreSQL database (ASSISTDESK_DATABASE_URL); "
              "SQLite is for the embedded server alone", file=sys.stderr)
        return 2
    from service.tasks import run_worker

    print(f"assistdesk: worker on {_safe_url(settings.broker_url)}, queue {settings.celery_queue}; "
          f"database {_safe_url(settings.database_url)}; data in {settings.data_dir}", file=sys.stderr)
    run_worker(settings, args.loglevel)
    return 0


class ArgsMaskingFilter(logging.Filter):
    """Mask ID numbers in uvicorn's records while keeping their args (its access formatter reads them)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_text(str(record.msg))
        if isinstance(record.args, tuple):
            record.args = tuple(mask_text(a) if isinstance(a, str) else a for a in record.args)
        return True


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def cmd_keys_issue(args: argparse.Namespace) -> int:
    from service import auth

    db = _database()
    with db.session() as s:
        try:
            key = auth.issue_key(s, args.name, args.office, scopes=tuple(args.scope))
        except auth.AuthError as exc:
            print(f"assistdesk: {exc}", file=sys.stderr)
            return 2
        s.commit()
    print(key)
    print("assistdesk: this key is shown only now; give it to the court's system "
          "(Authorization: Bearer KEY)", file=sys.stderr)
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from service import auth

    db = _database()
    with db.session() as s:
        try:
            auth.revoke_key(s, args.name)
        except auth.AuthError as exc:
            print(f"assistdesk: {exc}", file=sys.stderr)
            return 2
        s.commit()
    print(f"assistdesk: key {args.name} revoked", file=sys.stderr)
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from service import auth

    password = args.password
    if password is None:
        password = getpass.getpass(f"password for {args.name}: ")
        if password != getpass.getpass("again: "):
            print("assistdesk: the passwords differ; nothing was changed", file=sys.stderr)
            return 2
    db = _database()
    with db.session() as s:
        try:
            auth.add_user(s, args.name, args.role, args.office, password)
        except auth.AuthError as exc:
            print(f"assistdesk: {exc}", file=sys.stderr)
            return 2
        s.commit()
    print(f"assistdesk: user {args.name} ({args.role}, {args.office}) added", file=sys.stderr)
    return 0
