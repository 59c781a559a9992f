"""`assistdesk rules …`: let a reviewer read the rule packs in Chinese with their sources.

The lead wires `add_rules_commands` into the main parser (service/cli.py); each sub-command
sets `func(args) -> int` so the main entry point only calls it and exits with the result.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from validate import PackError, UnknownPack, known_packs, load_pack, load_pack_file
from validate.model import Pack, Rule
from validate.national import NATIONAL_SOURCES, is_national

SEVERITY = {"block": "阻断", "warn": "提示", "info": "告知"}
EFFECT = {"decline": "不予协助", "correct": "要求补正", "needs_facts": "待补充事实", "none": "不影响结论"}
ACTION_NAMES = {"query": "查询", "freeze": "冻结", "renew_freeze": "续行冻结", "unfreeze": "解除冻结", "deduct": "扣划"}
SUBJECT_NAMES = {"centre_application": "本中心申请强制执行", "loan_application": "住房公积金贷款审核"}


def add_rules_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register `rules list`, `rules show PACK`, `rules explain PACK RULE`, `rules draft POLICY`."""
    rules = subparsers.add_parser("rules", help="read the rule packs (Chinese text with sources)")
    sub = rules.add_subparsers(dest="rules_command", required=True)
    sub.add_parser("list", help="the packs, their sources and rule counts").set_defaults(func=cmd_list)
    show = sub.add_parser("show", help="every rule of one pack")
    show.add_argument("pack")
    show.set_defaults(func=cmd_show)
    explain = sub.add_parser("explain", help="one rule in full: the seed's words, note and messages")
    explain.add_argument("pack")
    explain.add_argument("rule")
    explain.set_defaults(func=cmd_explain)
    draft = sub.add_parser("draft", help="draft a rule pack from a policy (.txt, .docx, PDF or scan) for review")
    draft.add_argument("policy", type=Path)
    draft.add_argument("--name", required=True, help="the pack's name, e.g. wuxi-2023")
    draft.add_argument("--out", type=Path, help="the draft pack (default NAME.yaml)")
    draft.add_argument("--report", type=Path, help="the review report (default NAME.review.md beside the pack)")
    draft.add_argument("--text-out", type=Path, help="also write the policy's text as read and repaired")
    draft.set_defaults(func=cmd_draft)


def cmd_list(args: argparse.Namespace) -> int:
    for name in known_packs():
        pack = _load(name)
        if pack is None:
            return 2
        kinds = Counter(r.kind for r in pack.rules)
        print(f"{pack.name}\t{len(pack.rules)}条\t{pack.title}")
        print(f"\t依据：{pack.source}" + (f"；并适用：{'、'.join(pack.includes)}" if pack.includes else ""))
        print("\t" + "，".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    pack = _load(args.pack)
    if pack is None:
        return 2
    print(f"{pack.title}（{pack.name}，依据 {pack.source}，共{len(pack.rules)}条）")
    for rule in pack.rules:
        print(f"{rule.id}\t[{SEVERITY[rule.severity]}]\t{rule.title}\t{_scope(rule, pack)}\t{rule.citation}")
    if pack.includes:
        print(f"另适用 {'、'.join(pack.includes)} 的共通原则（作为告知事项列出）。")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    pack = _load(args.pack)
    if pack is None:
        return 2
    rule = pack.rule(args.rule)
    if rule is None:
        print(f"rules: pack {pack.name} has no rule {args.rule!r}; see `assistdesk rules show {pack.name}`",
              file=sys.stderr)
        return 2
    print(explain(rule, pack))
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    """Draft a pack and its review report; the pack stays `draft: true` until a person signs it off."""
    from validate.draft import draft_policy
    from validate.draft.render import pack_yaml, review_markdown
    from validate.draft.repairs import repairs_in_words
    from validate.draft.source import PolicyUnreadable, read_policy

    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", args.name):
        print(f"rules draft: --name {args.name!r} must be lower-case letters, digits and hyphens (e.g. wuxi-2023)",
              file=sys.stderr)
        return 2
    out = args.out or Path(f"{args.name}.yaml")
    if out.stem != args.name:
        print(f"rules draft: --out must be named {args.name}.yaml (a pack's file name is its name)", file=sys.stderr)
        return 2
    report = args.report or out.with_name(f"{args.name}.review.md")
    try:
        policy = read_policy(args.policy)
    except PolicyUnreadable as exc:
        print(f"rules draft: {exc}", file=sys.stderr)
        return 2
    source = re.sub(r"\s+", "_", args.policy.name)
    draft = draft_policy(policy.text, args.name, source)
    draft.repairs = repairs_in_words(draft, policy.original, policy.text)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(pack_yaml(draft), encoding="utf-8")
    report.write_text(review_markdown(draft), encoding="utf-8")
    if args.text_out:
        args.text_out.write_text(policy.text, encoding="utf-8")
    try:
        load_pack_file(out)
    except PackError as exc:  # the drafter's own fault: say so rather than hand over a broken pack
        print(f"rules draft: the draft does not load ({exc}); please report this", file=sys.stderr)
        return 1
    guesses = sum(len(r.guesses) for r in draft.rules)
    print(f"已起草规则{len(draft.rules)}条：{out}（草稿，未经审核不得使用）")
    print(f"审核报告：{report}（推测{guesses}处，未转为规则的句子{len(draft.skipped)}句，"
          f"引文中经OCR修复的字符{len(draft.repairs)}处）")
    if args.text_out:
        print(f"识别及修复后的文本：{args.text_out}")
    return 0


def _source_title(rule: Rule, pack: Pack) -> str:
    """A national limit names the national document, not the local pack it sits in."""
    if is_national(rule.citation):
        return f"{NATIONAL_SOURCES[rule.citation.split(' ', 1)[0]]}，全国性规定"
    return pack.title


def explain(rule: Rule, pack: Pack) -> str:
    """The rule as a reviewer reads it: title, source, the seed's words, the consequences."""
    lines = [
        f"{rule.title}（{rule.id}）",
        f"依据：{rule.citation}（{_source_title(rule, pack)}）",
        f"原文：{rule.words}",
        f"适用：{_scope(rule, pack)}",
        f"类别：{rule.kind}；级别：{SEVERITY[rule.severity]}；"
        f"不符合时：{EFFECT[rule.on_fail]}；无法判断时：{EFFECT[rule.on_unknown]}",
    ]
    if rule.note:
        lines.append(f"说明：{rule.note}")
    for outcome, label in (("pass", "符合"), ("fail", "不符合"), ("unknown", "无法判断")):
        if outcome in rule.messages:
            lines.append(f"{label}时的意见：{rule.messages[outcome]}")
    return "\n".join(lines)


def _scope(rule: Rule, pack: Pack) -> str:
    if rule.subject != "court_request":
        return SUBJECT_NAMES[rule.subject]
    if not rule.applies_to:
        return "所有协助事项"
    return "、".join(ACTION_NAMES.get(a) or pack.measures.get(a, a) for a in rule.applies_to)


def _load(name: str) -> Pack | None:
    try:
        return load_pack(name)
    except (UnknownPack, PackError) as exc:
        print(f"rules: {exc}", file=sys.stderr)
        return None
