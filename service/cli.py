"""The `assistdesk` command line (see ../shared/contract/README.md for the contract).

stdout carries only what was asked for (one JSON object with `--json`); logs, progress and
the one-line reasons for unreadable files go to stderr, so the JSON can be piped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Any

import validate
from extract.errors import AccountsError, AssistdeskError, NoSuchFile, NothingReadable
from service.logs import setup_logging
from service.settings import Settings

log = logging.getLogger("assistdesk")

DEFAULT_PACK = "shanghai-2021"


def main(argv: list[str] | None = None) -> int:
    """Every error of the product leaves here, as its one line and its own exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(getattr(args, "verbose", 0))
    if not hasattr(args, "func"):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except AssistdeskError as exc:
        print(f"assistdesk: {exc.detail}（{exc.title}）", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistdesk",
        description="Read a court's assistance-in-enforcement bundle, check it, write the answers.",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log lines on stderr")
    sub = parser.add_subparsers(metavar="COMMAND")

    process = sub.add_parser("process", help="process the files of one submission")
    process.add_argument("files", nargs="+", type=Path, metavar="FILE", help="PDF, PNG, JPEG or TIFF files")
    process.add_argument("--rules", default=DEFAULT_PACK, metavar="PACK",
                         help=f"rule pack to check against (default {DEFAULT_PACK})")
    process.add_argument("--accounts", type=Path, metavar="FILE", help="account facts (JSON array)")
    process.add_argument("--out", type=Path, metavar="DIR", help="write the response documents here")
    process.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    process.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                         help="the date of receipt (default: today)")
    process.set_defaults(func=cmd_process)

    application = sub.add_parser(
        "application", help="the centre's application to the court to enforce its own decision (seed 000 第五条)")
    application.add_argument("files", nargs="+", type=Path, metavar="FILE",
                             help="行政处罚决定书, 催告书, their 送达回证, identity proofs, evidence")
    application.add_argument("--filed", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                             help="the day of the application (default: today)")
    application.add_argument("--court", metavar="COURT", help="the court applied to (default: the one the 催告书 names)")
    application.add_argument("--rules", default=DEFAULT_PACK, metavar="PACK",
                             help=f"rule pack with the application's rules (default {DEFAULT_PACK})")
    application.add_argument("--out", type=Path, metavar="DIR", help="write the 强制执行申请书 here")
    application.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    application.set_defaults(func=cmd_application)

    from service.register.cli import add_register_commands
    from service.rules_cli import add_rules_commands
    from service.web_cli import add_web_commands

    add_rules_commands(sub)

    add_web_commands(sub)
    add_register_commands(sub)
    return parser


def cmd_process(args: argparse.Namespace) -> int:
    settings = Settings()
    accounts = _load_accounts(args.accounts) if args.accounts else None
    pack = validate.load_pack(args.rules)  # an unknown pack stops before any OCR is spent
    if pack.draft:  # so does a drafted pack nobody has reviewed
        raise validate.DraftPack(pack.name, pack.title)
    missing = [str(f) for f in args.files if not f.exists()]
    if missing and len(missing) == len(args.files):
        raise NoSuchFile(f"找不到文件：{'、'.join(missing)}；请检查路径")

    with _progress() as progress:
        out = process_bundle([f for f in args.files if f.exists()], args.rules, accounts, args.today, args.out,
                             settings=settings, progress=progress)
    for name in missing:
        print(f"assistdesk: {name}：找不到文件，请检查路径", file=sys.stderr)
    for problem in out["problems"]:
        print(f"assistdesk: {problem['source']}: {problem['message']}", file=sys.stderr)
    if out["status"] == "unreadable":
        raise NothingReadable("所有文件都无法读取，请按上面各行的提示处理后重新提交")

    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(summary(out))
    return 0


def process_bundle(files: list[Path], pack: str, accounts: list[dict] | None, today: dt.date | None,
                   out_dir: Path | None, settings: Settings | None = None, progress=None) -> dict[str, Any]:
    """Every stage on one submission: the contract's object (request, report, outputs) and extras.

    `status` says whether every file was read (`complete`), some were not (`partial`, see
    `problems`) or none (`unreadable`: no report, no outputs).
    """
    from extract import read_bundle
    from generate import Deployment, write_outputs
    from validate.workdays import WorkCalendar

    settings = settings or Settings()
    extraction = read_bundle(files, engine=settings.ocr_engine(), progress=progress)
    out: dict[str, Any] = extraction.to_json()
    out["outputs"] = []
    if extraction.status != "unreadable":
        calendar = WorkCalendar.from_file(settings.calendar)
        out["report"] = validate.evaluate(extraction.request, accounts, pack, today, calendar=calendar)
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            chosen = Deployment.from_yaml(settings.centre_config) if settings.centre_config else Deployment.example()
            config = chosen.choose(pack, None, extraction.request.measure)
            out["outputs"] = write_outputs(extraction.request, out["report"], out_dir, config=config,
                                           today=today)
    ordered = {key: out[key] for key in ("request", "report", "outputs") if key in out}
    ordered.update({k: v for k, v in out.items() if k not in ordered})
    return ordered


def cmd_application(args: argparse.Namespace) -> int:
    """Read the centre's papers, check the timing and the materials, write the application.

    Refused (exit 2, one Chinese line on stderr) when the rules do not let it through: the ten
    days after the reminder not yet passed, the three months over, a material missing."""
    out = application_bundle(args.files, args.rules, args.filed, args.out, args.court)
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if out["refused"]:
        from generate.application import ApplicationRefused

        raise ApplicationRefused(out["refused"])
    if not args.json:
        print(application_summary(out))
    return 0


def application_bundle(files: list[Path], pack: str, filed: dt.date | None, out_dir: Path | None,
                       court: str | None = None, settings: Settings | None = None) -> dict[str, Any]:
    """The centre's application: what its papers say, the report, the 申请书 (or why not)."""
    from extract.application import read_application
    from generate import Deployment
    from generate.application import refusal, write_application
    from validate.workdays import WorkCalendar

    settings = settings or Settings()
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        raise NoSuchFile(f"找不到文件：{'、'.join(missing)}；请检查路径")
    filed = filed or dt.date.today()
    app = read_application(files, engine=settings.ocr_engine())
    calendar = WorkCalendar.from_file(settings.calendar)
    report = validate.check_subject("centre_application", app.facts(filed), pack, filed, calendar=calendar)
    reason = refusal(report)
    outputs: list[dict[str, str]] = []
    if reason is None and out_dir is not None:
        deployment = Deployment.from_yaml(settings.centre_config) if settings.centre_config else Deployment.example()
        outputs = write_application(app, report, out_dir, deployment.choose(pack), filed, court)
    return {"application": app.to_json(), "report": report.to_json(), "outputs": outputs, "refused": reason}


def application_summary(out: dict[str, Any]) -> str:
    """The application as a clerk reads it on the terminal."""
    app, report = out["application"], out["report"]
    respondent = app.get("respondent") or {}
    lines = [
        f"  决定书   {app.get('decision_number') or '—'}  送达 {app.get('decision_served') or '—'}",
        f"  催告书   {app.get('reminder_number') or '—'}  送达 {app.get('reminder_served') or '—'}",
        f"  被申请人 {respondent.get('name') or '—'}",
        f"  法院     {app.get('court') or '—'}",
        "  材料     " + "；".join(f"{p['title'] or p['type']}（{p['source']}）" for p in app.get("papers", [])),
    ]
    lines += [f"  {'✓' if f['outcome'] == 'pass' else '!'} {f['message']}" for f in report["findings"]]
    lines += [f"  → {o['title']}: {o['path']}" for o in out["outputs"]]
    return "\n".join(lines)


def _load_accounts(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise AccountsError(f"{path}：找不到账户事实文件，请检查路径") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AccountsError(f"{path}：不是有效的 JSON（第{exc.lineno}行第{exc.colno}列），请重新导出账户事实") from exc
    if not isinstance(data, list):
        raise AccountsError(f"{path}：账户事实应为由各账户组成的 JSON 数组，请重新导出")
    return data


class _progress:
    """A progress bar on a terminal's stderr; nothing when stderr is a file or a pipe."""

    def __enter__(self):
        self._bar = None
        if not sys.stderr.isatty():
            return None
        from tqdm import tqdm

        def update(done: int, total: int, name: str) -> None:
            if self._bar is None:
                self._bar = tqdm(total=total or None, unit="page", file=sys.stderr, leave=False)
            self._bar.set_postfix_str(name)
            self._bar.update(done - self._bar.n)

        return update

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()


def summary(out: dict[str, Any]) -> str:
    """A clerk-readable account of what was read (and decided), for the terminal."""
    from service.logs import mask_id

    req = out["request"]
    respondent = req.get("respondent") or {}
    period = req.get("freeze_period") or {}
    lines = [
        f"  事项     {req.get('action') or '—'}",
        f"  法院     {req.get('court') or '—'}",
        f"  案号     {req.get('case_number') or '—'}",
        f"  被执行人 {respondent.get('name') or '—'}  {mask_id(respondent.get('id_number')) or ''}",
        f"  申请执行人 {(req.get('applicant') or {}).get('name') or '—'}",
        f"  金额     {req.get('amount') or '—'}",
        f"  冻结期限 {period.get('start') or '—'} 至 {period.get('end') or '—'}",
        f"  执行人员 {'、'.join(o['name'] for o in req.get('officers', [])) or '—'}",
        "  材料     " + "；".join(
            f"{d['type']}（{d['source']} 第{','.join(map(str, d['pages']))}页）" for d in req.get("documents", [])
        ),
    ]
    for conflict in req.get("conflicts", []):
        shown = [mask_id(v["value"]) if conflict["field"].endswith("id_number") else str(v["value"])
                 for v in conflict["values"]]
        lines.append(f"  ! 不一致 {conflict['field']}: " + " / ".join(shown))
    for flag in req.get("flags", []):
        lines.append(f"  ! {flag['message']}")
    if "report" in out:
        lines.append(f"  结论     {out['report']['decision']}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
