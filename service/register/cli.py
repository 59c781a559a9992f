"""`assistdesk accounts import FILE` and `assistdesk register run --date D`.

Both write to the database the server uses (the same settings), so a centre can load its
core system's export before the server ever starts, and run the daily job by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def add_register_commands(sub: argparse._SubParsersAction) -> None:
    accounts = sub.add_parser("accounts", help="the centre's account facts kept in the database")
    asub = accounts.add_subparsers(dest="accounts_command", required=True)
    imp = asub.add_parser("import", help="import a CSV, XLSX or JSON export of the core system")
    imp.add_argument("file", type=Path)
    imp.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                     help="the date the export was taken (default: today)")
    imp.set_defaults(func=cmd_accounts_import)

    register = sub.add_parser("register", help="the freeze register")
    rsub = register.add_subparsers(dest="register_command", required=True)
    run = rsub.add_parser("run", help="the daily job: deposits, expiries, promotions")
    run.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                     help="the day to run (default: today)")
    run.set_defaults(func=cmd_register_run)


def _database():
    from service.db import Database, migrate
    from service.settings import Settings

    db = Database(Settings().database_url)
    migrate(db.engine)
    return db


def cmd_accounts_import(args: argparse.Namespace) -> int:
    from service.register.importing import ImportFileError, read_export
    from service.register.store import upsert_accounts

    if not args.file.is_file():
        print(f"assistdesk: 找不到文件 {args.file}，请检查路径。", file=sys.stderr)
        return 2
    try:
        result = read_export(args.file)
    except ImportFileError as exc:
        print(f"assistdesk: {exc}", file=sys.stderr)
        return 2
    for problem in result.problems:
        print(f"assistdesk: {args.file.name} {problem.line()}", file=sys.stderr)
    db = _database()
    with db.session() as session:
        counts = upsert_accounts(session, result.accounts, "cli:accounts-import", args.date or dt.date.today())
        session.commit()
    print(f"导入完成：新增{counts['added']}户，更新{counts['changed']}户，未变{counts['unchanged']}户，"
          f"有误{len({p.row for p in result.problems})}行（未导入）。")
    return 1 if result.problems else 0


def cmd_register_run(args: argparse.Namespace) -> int:
    from service.register.store import run_day

    day = args.date or dt.date.today()
    db = _database()
    with db.session() as session:
        notices = run_day(session, day)
        session.commit()
    for notice in notices:
        print(notice.text())
    print(f"{day.isoformat()}：登记簿已更新，需告知法院的事项{len(notices)}项。")
    return 0
