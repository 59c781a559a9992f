"""A draft written out: the pack as YAML (marked `draft: true`) and the review report.

The YAML is what `validate.load_pack_file` reads, so a draft that does not load is a bug
of the drafter, never of the reviewer. The report is for the person who signs the pack
off: every rule with the sentence it quotes, every sentence that produced no rule and
why, every guess, and every character the OCR repair changed inside a quoted sentence.
"""

from __future__ import annotations

from typing import Any

import yaml

from validate.draft import Draft
from validate.draft.rules import DraftRule
from validate.kinds import DOC_NAMES, FIELD_NAMES

KIND_NAMES = {
    "materials": "材料", "stated": "载明事项", "condition": "条件", "interval": "期限", "consistency": "文书一致",
    "id_check": "身份证号码校验", "deadline": "答复期限", "freeze_plan": "冻结计算", "auto_release": "自动解冻",
    "principle": "告知", "manual": "人工审核",
}
ACTION_NAMES = {"query": "查询", "freeze": "冻结", "renew_freeze": "续行冻结", "unfreeze": "解除冻结", "deduct": "扣划"}
SUBJECT_NAMES = {"centre_application": "本中心申请强制执行", "loan_application": "住房公积金贷款审核"}


class _Dumper(yaml.SafeDumper):
    """Short lists of codes on one line, long text as plain scalars, Chinese unescaped."""


def _list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = all(isinstance(x, str | int | bool) for x in data) and len(data) <= 12
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _list)


_UNKNOWN = {
    "materials": "未能确认{missing}，请人工核对。",
    "stated": "未能确认相关文书是否载明{missing}，请人工核对。",
    "consistency": "未能核对文书是否一致，请人工核对。",
}


def _messages(rule: DraftRule) -> dict[str, str]:
    """The rule's messages, with a plain one for any outcome its kind can give that it lacks."""
    from validate.kinds import KINDS

    out = dict(rule.messages)
    needed = set(KINDS[rule.kind].outcomes)
    if rule.kind == "materials" and rule.check.get("sealed"):
        needed.add("unknown")  # a seal that could not be seen is said, not passed
        _UNKNOWN["materials"] = "材料已提供，但法律文书是否加盖公章未能识别，请人工核对{seal_note}。"
    for outcome in sorted(needed - set(out)):
        out[outcome] = _UNKNOWN.get(rule.kind, "未能判断，请人工核对。") if outcome == "unknown" else "请人工核对。"
    return out


DECLINING_KINDS = ("condition", "interval", "deduct_plan")
"""The kinds whose failure declines unless the rule says otherwise (validate/kinds.py)."""


def rule_dict(rule: DraftRule) -> dict[str, Any]:
    out: dict[str, Any] = {"id": rule.id, "title": rule.title, "kind": rule.kind, "severity": rule.severity}
    if rule.subject != "court_request":
        out["subject"] = rule.subject
    elif rule.applies_to:
        out["applies_to"] = list(rule.applies_to)
    out["citation"] = rule.citation
    out["words"] = rule.words
    if rule.note:
        out["note"] = rule.note
    if rule.check:
        out["check"] = rule.check
    if rule.on_fail:
        out["on_fail"] = rule.on_fail
    if rule.on_unknown:
        out["on_unknown"] = rule.on_unknown
    out["messages"] = _messages(rule)
    return out


def pack_yaml(draft: Draft) -> str:
    """The draft pack; `draft: true` stays until a person has reviewed every rule."""
    title = f"《{draft.title}》" if draft.title else draft.source
    policy: dict[str, Any] = {"title": title}
    if draft.number:
        policy["number"] = draft.number
    if draft.title:
        kind = next((k for k in ("若干意见", "实施意见", "实施办法", "意见", "办法", "规定", "细则") if draft.title.endswith(k)), "")
        if kind:
            policy["short"] = f"《{kind}》"
    pack: dict[str, Any] = {
        "pack": draft.name,
        "title": title,
        "source": draft.source,
        "policy": policy,
        "draft": True,
        "includes": ["national-2010"],
    }
    if draft.measures:
        pack["measures"] = dict(draft.measures)
    pack["rules"] = [rule_dict(r) for r in draft.rules]
    if draft.measures:  # agencies bound by 法发〔2010〕15号 第二十条 suggest review, never refuse
        for rule in pack["rules"]:
            if rule["kind"] in DECLINING_KINDS and rule.get("on_fail", "decline") == "decline" \
                    and "subject" not in rule:
                rule["on_fail"] = "none"
    head = (f"# {title}：由 assistdesk rules draft 自动起草的规则包草稿。\n"
            "# 未经人工审核前不得使用（draft: true）。请对照审核报告逐条核对，确认后删除 draft 一行。\n")
    return head + yaml.dump(pack, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


def _scope(rule: DraftRule, draft: Draft) -> str:
    if rule.subject != "court_request":
        return SUBJECT_NAMES.get(rule.subject, rule.subject)
    if not rule.applies_to:
        return "所有协助事项"
    return "、".join(ACTION_NAMES.get(a) or draft.measures.get(a, a) for a in rule.applies_to)


def _what(rule: DraftRule) -> str:
    """What the rule checks, in words a reviewer can compare with the sentence."""
    c = rule.check
    if rule.kind == "materials":
        parts = []
        for item in c.get("items", []):
            codes = item.get("all") or item.get("any") or []
            joiner = "、" if "all" in item else "或者"
            text = joiner.join(DOC_NAMES.get(x, x) for x in codes)
            marks = [m for m, k in (("原件", "original"), ("复印件", "copy")) if item.get(k)]
            if item.get("min_count", 1) > 1:
                marks.append(f"各不少于{item['min_count']}份")
            parts.append(text + (f"（{'，'.join(marks)}）" if marks else ""))
        extra = []
        if c.get("officers_min"):
            extra.append(f"执行人员不少于{c['officers_min']}名")
        if c.get("sealed"):
            extra.append("法律文书加盖公章")
        if c.get("unless"):
            extra.append("除外情形：" + "、".join({"statutory_age_reached": "已达法定退休年龄",
                                              "ground_stated_in_judgment": "生效法律文书已明确载明"}[u]
                                             for u in c["unless"]))
        return "；".join(parts + extra)
    if rule.kind == "condition":
        return _condition_words(c)
    if rule.kind == "interval":
        from validate.kinds import DATE_REFS

        def span(d: str) -> str:
            n, u = d[:-1], d[-1]
            return f"{n}{ {'y': '年', 'm': '个月', 'd': '日'}[u]}"

        bounds = []
        if "min" in c:
            bounds.append(f"不早于{DATE_REFS[c['start']]}后{span(c['min'])}" if c["min"] != "0d"
                          else f"不早于{DATE_REFS[c['start']]}")
        if "max" in c:
            bounds.append(f"不晚于{DATE_REFS[c['start']]}后{span(c['max'])}")
        return f"{DATE_REFS[c['end']]}" + "，".join(bounds) + f"（`{c['start']}` → `{c['end']}`）"
    if rule.kind == "deadline":
        return f"{c['working_days']}个工作日" if c["working_days"] else "应马上办理（收到当日）"
    if rule.kind in ("stated", "consistency"):
        return "、".join(FIELD_NAMES.get(f, f) for f in c.get("fields", []))
    return ""


FACT_WORDS = {
    "no_other_property": "人民法院已执行调查、确无其他可供执行的财产",
    "query_form_names_person": "查询单注明被查询人的身份信息",
    "on_dishonest_list": "申请人在失信被执行人名单中",
    "disposal_completed": "财产已被拍卖、变卖或者裁定抵债",
    "ownership_queried": "人民法院已查询权属",
}


def _condition_words(c: dict[str, Any]) -> str:
    """A condition's check in words, with the predicate's code for whoever edits the YAML."""
    from validate.conditions import GROUND_NAMES, LOAN_ROLES

    p = c.get("predicate")
    if p == "loans_settled":
        text = "无尚未结清的住房公积金贷款（" + "、".join(LOAN_ROLES[r] for r in c.get("roles", [])) + "）"
        if c.get("except_case_about_loan"):
            text += "，所涉案件为该贷款的除外"
    elif p == "fact":
        text = ("须为：" if c.get("expect") else "须非：") + FACT_WORDS.get(c.get("name", ""), c.get("name", ""))
    elif p == "withdrawal_ground":
        text = "符合提取情形之一：" + "；".join(GROUND_NAMES[g] for g in c.get("grounds", []))
    elif p == "court_named":
        text = "执行法院名称含：" + "、".join(c.get("patterns", []))
    elif p == "any_code":
        text = "符合所列情形之一：" + "、".join(c.get("codes", []))
    else:
        text = {"no_contracted_withdrawal": "无正在履行的约定提取业务", "account_open": "住房公积金账户未销户",
                "not_preliminary": "不属于先予执行"}.get(str(p), str(p))
    return f"{text}（`{p}`）"


def review_markdown(draft: Draft) -> str:
    """The review report (Markdown, Chinese)."""
    guesses = [(r, g) for r in draft.rules for g in r.guesses]
    lines = [
        f"# 规则包草稿审核报告：{draft.title or draft.source}",
        "",
        f"- 规则包：`{draft.name}`（`draft: true`：未经人工审核，规则引擎拒绝据以作出审核结论）",
        f"- 依据文件：`{draft.source}`",
        f"- 起草规则 {len(draft.rules)} 条；未转为规则的句子 {len(draft.skipped)} 句；"
        f"推测 {len(guesses)} 处；引文中经 OCR 修复的字符 {len(draft.repairs)} 处",
        "",
        "审核方法：逐条对照原文核对下列规则的类别、适用事项和核对内容；推测之处须逐一确认或改正；"
        "“未转为规则的句子”中如有须核对的要求，请补写规则。全部核对无误后，删除规则包中的 `draft: true` 一行。",
        "",
        "## 一、规则",
        "",
    ]
    for n, rule in enumerate(draft.rules, 1):
        lines += [
            f"### {n}. `{rule.id}` {rule.title}",
            "",
            f"- 类别：{KIND_NAMES.get(rule.kind, rule.kind)}（`{rule.kind}`）；适用：{_scope(rule, draft)}；"
            f"依据：{rule.citation}",
        ]
        what = _what(rule)
        if what:
            lines.append(f"- 核对内容：{what}")
        for g in rule.guesses:
            lines.append(f"- 推测：{g}")
        for r in draft.repairs:
            if r.rule == rule.id:
                lines.append(f"- OCR 修复：“{r.original}”→“{r.replacement}”（{r.context}）")
        lines += ["", f"> {rule.words}", ""]
    lines += ["## 二、未转为规则的句子", "", "| 条款 | 原因 | 原文 |", "|---|---|---|"]
    for s in draft.skipped:
        cite = s.citation.split(" ", 1)[-1]
        lines.append(f"| {cite} | {s.reason} | {s.words.replace('|', '｜')} |")
    lines += ["", "## 三、推测", ""]
    if guesses:
        lines += [f"- `{r.id}`（{r.citation.split(' ', 1)[-1]}）：{g}" for r, g in guesses]
    else:
        lines.append("无。")
    lines += ["", "## 四、引文中经 OCR 修复的字符", ""]
    if draft.repairs:
        lines += ["| 规则 | 原字符 | 修复为 | 上下文 |", "|---|---|---|---|"]
        lines += [f"| `{r.rule}` | {r.original} | {r.replacement} | {r.context} |" for r in draft.repairs]
    else:
        lines.append("无。")
    return "\n".join(lines) + "\n"
