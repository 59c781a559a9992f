"""Each actionable sentence of a policy turned into rules of the kinds the engine checks.

The drafter reads a sentence by its grammar and by the law's terms (vocabulary.py): a list
of papers after 提供/提交, conditions after 应当同时符合以下条件 (each its own rule) or
条件之一 (one rule), an exception in …的除外, a limit in 不得超过N年, a reply within N个
工作日. What it asks for is taken from the sentence, else from the list that opens it,
else from the titles above it. What it had to infer is said as a guess for the reviewer.
Sentences that set up meetings, contacts, publicity or principles produce no rule and are
listed as not actionable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from extract.contract import CARD_TYPES
from validate.application import REMINDER_DAYS
from validate.conditions import GROUND_NAMES
from validate.draft import materials as mat
from validate.draft import vocabulary as v
from validate.draft.sentences import Unit
from validate.draft.structure import Clause
from validate.model import ACTIONS

FREEZE_LIKE = ("freeze", "renew_freeze")


@dataclass
class DraftRule:
    """A rule as drafted, with the sentence it came from and what was guessed."""

    id: str
    title: str
    kind: str
    citation: str
    words: str
    check: dict[str, Any] = field(default_factory=dict)
    applies_to: list[str] = field(default_factory=list)
    subject: str = "court_request"
    severity: str = "block"
    messages: dict[str, str] = field(default_factory=dict)
    note: str = ""
    on_fail: str | None = None
    on_unknown: str | None = None
    guesses: list[str] = field(default_factory=list)


@dataclass
class Skipped:
    citation: str
    words: str
    reason: str


@dataclass
class Context:
    """What the whole policy tells the drafter: its city, measures, which actions have lists."""

    city: str = ""
    measures: dict[str, str] = field(default_factory=dict)
    agency_names: dict[str, str] = field(default_factory=dict)


_BOILERPLATE: tuple[tuple[str, str], ...] = (
    (r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(印发)?\s*$|^\S{0,40}〔\d{4}〕\S{0,6}号$", "落款、文号与日期"),
    (r"联席会议|联动会议|座谈会|例会", "会议制度"),
    (r"联络人|联络员|联系人|联系电话|对接|窗口|绿色通道|专人负责|专门人员|专门机构", "联络与窗口安排"),
    (r"宣传|报道|媒体|公开|公示制度", "宣传与公开"),
    (r"原则|领导|统一协调|重要性|必要性|总结|考核|督查|问责|奖惩", "原则与组织"),
    (r"施行|执行之日|印发之日|颁布之日|解释", "施行与解释"),
    (r"建立|完善|推进|健全|探索|加强|深化|整合|搭建|建设", "机制建设"),
)


def _boilerplate(text: str) -> str:
    for pattern, why in _BOILERPLATE:
        if re.search(pattern, text):
            return why
    return "未见可据以审核请求的要求"


# ---------------------------------------------------------------- what is asked


def _first_clause(text: str) -> str:
    """The condition part of a sentence (up to 的， or the first comma)."""
    m = re.search(r"的[，,]|时[，,]|后[，,]", text)
    return text[:m.end()] if m else text.split("，")[0]


def scope_of(unit: Unit, ctx: Context) -> tuple[list[str], list[str], str]:
    """(actions or measures, guesses, agency) the unit speaks of."""
    agency = None
    for h in reversed(unit.clause.headings):
        agency = v.agency_in(h)
        if agency:
            break
    if agency is None:
        subject_line = unit.clause.text.partition("：")[0]
        agency = v.agency_in(subject_line) if len(subject_line) <= 20 else None
    chain = [_first_clause(unit.text), unit.text]
    if unit.parent is not None:
        chain.append(unit.parent.text)
    chain += list(reversed(unit.before))
    chain += list(reversed(unit.clause.headings))
    if agency:
        for text in chain:
            found = v.measures_in(text)
            if found:
                codes = []
                for code, name in found:
                    full = f"{agency}.{code}"
                    ctx.measures.setdefault(full, f"{ctx.agency_names.get(agency, '')}协助{name}")
                    codes.append(full)
                return codes, [], agency
        return [], [], agency
    for text in chain:
        found = v.actions_in(text)
        if found:
            return found, [], ""
    for title in reversed(unit.clause.headings):
        found = v.fuzzy_title_actions(title)
        if found:
            return found, [f"协助事项按标题“{title}”中可辨认的字识别（推定）"], ""
    return [], [], ""


def _with_renewal(acts: list[str]) -> tuple[list[str], list[str]]:
    if "freeze" in acts and "renew_freeze" not in acts:
        i = acts.index("freeze")
        return [*acts[:i + 1], "renew_freeze", *acts[i + 1:]], ["续行冻结按冻结适用本条（推定：续行冻结亦属冻结）"]
    return acts, []


# ---------------------------------------------------------------- the drafter


class Drafter:
    def __init__(self, units: list[Unit], clauses: list[Clause], source: str, ctx: Context) -> None:
        self.units = units
        self.clauses = clauses
        self.source = source
        self.ctx = ctx
        self.rules: list[DraftRule] = []
        self.skipped: list[Skipped] = []
        self.lists_with_both: list[tuple[DraftRule, list[str]]] = []
        self.based_on_both: list[tuple[Unit, list[str]]] = []
        self.account_units: list[tuple[Unit, list[str]]] = []
        self.general_lists: list[DraftRule] = []
        self.scope_done = False
        self.duty_unit: Unit | None = None
        self.section_acts: dict[tuple[str, int], list[str]] = {}
        self.period_done = False
        self.case_freeze_done = False

    def cards_in_force(self, materials: DraftRule, acts: list[str]) -> None:
        """A list asking for officers' cards asks for cards in force: an expired one proves no
        one's office (the court can send a valid one), so each such list gets the check."""
        self.add(DraftRule(
            id=f"{_id_scope(acts)}.cards_in_force", title="执行人员证件在有效期内", kind="condition",
            citation=materials.citation, words=materials.words, applies_to=list(acts),
            check={"predicate": "cards_in_force"}, on_fail="correct",
            guesses=["所列执行人员证件须在有效期内（推定）"],
            messages={"pass": "{detail}。", "fail": "{detail}，不能证明执行人员身份，请人民法院补正有效的执行人员证件。",
                      "unknown": "{reason}。"}))

    def cite(self, unit: Unit | Clause, suffix: str = "") -> str:
        clause = unit.clause if isinstance(unit, Unit) else unit
        return f"{self.source} {clause.citation or '序言'}{suffix}"

    def add(self, rule: DraftRule) -> DraftRule:
        base = rule.id
        ids = {r.id for r in self.rules}
        n = 2
        while rule.id in ids:
            rule.id = f"{base}_{n}"
            n += 1
        self.rules.append(rule)
        return rule

    def run(self) -> None:
        for unit in self.units:
            if unit.parent is not None and unit.parent.is_list:
                continue  # handled with its parent list
            made = self.unit(unit)
            if not made:
                why = _boilerplate(unit.words)
                if not unit.clause.citation and why == "未见可据以审核请求的要求":
                    why = "标题、主送机关或制定依据"
                self.skipped.append(Skipped(self.cite(unit), unit.words, why))
        self.finish()

    # ---------------------------------------------------------- one unit

    def unit(self, unit: Unit) -> int:
        before = len(self.rules)
        text = unit.text
        acts, guesses, agency = scope_of(unit, self.ctx)
        section = (unit.clause.path[0].kind, unit.clause.path[0].number) if len(unit.clause.path) > 1 else None
        if acts and section and not guesses:
            self.section_acts.setdefault(section, acts)
        elif not acts and not agency and section in self.section_acts:
            acts = list(self.section_acts[section])
            guesses = [*guesses, "本条未写明协助事项，按所在部分首条的协助事项理解（推定）"]
        if not agency:
            acts, more = _with_renewal(acts)
            guesses += more
        if unit.is_list and re.search(r"材料|文书|证件|手续", text) and re.search(
                r"(应当?|需要?|须)[^，。；]{0,30}?(提供|提交|出具|携带|出示)", text):
            self.materials_list(unit, acts, guesses)
        elif unit.is_list and re.search(r"条件|情形", text):
            self.condition_list(unit, acts, guesses)
        else:
            self.sentence(unit, acts, guesses, agency)
        self.inferences(unit, acts, agency)
        if not agency and not self.case_freeze_done and "unfreeze" in v.actions_in(unit.text):
            self.case_freeze_done = True
            self.add(DraftRule(
                id="unfreeze.case_freeze", title="所解除的冻结为本案冻结", kind="condition", citation=self.cite(unit),
                words=unit.text, applies_to=["unfreeze"], check={"predicate": "case_freeze_on_account"},
                guesses=["解冻的是本案的冻结，账户上只有他案冻结的不能依本案文书解除（推定）"],
                messages={"pass": "{detail}，可依本案法律文书解除。",
                          "fail": "{detail}，不能依本案法律文书解除他案冻结，请人民法院核实案号。",
                          "unknown": "{reason}，无法核实账户上是否有本案的冻结。"}))
        return len(self.rules) - before

    # ---------------------------------------------------------- materials

    def materials_list(self, unit: Unit, acts: list[str], guesses: list[str]) -> None:
        subject = self._subject(unit.text)
        texts = [t for t, _ in unit.items]
        lst = mat.parse_items(texts, subject, unit.text)
        self._materials(unit, lst, acts, guesses, subject, unit.words, list_rule=True)

    def _materials(self, unit: Unit, lst: mat.MaterialList, acts: list[str], guesses: list[str], subject: str,
                   words: str, list_rule: bool) -> None:
        if subject != "court_request":
            acts = []
        scope = "申请强制执行" if subject == "centre_application" else _scope_word(acts, self.ctx)
        lead = "" if subject == "centre_application" else "协助"
        guesses = list(guesses)
        for item in lst.items:
            if item.codes and not item.confident:
                guesses.append(f"材料名称“{item.printed}”按{_code_names(item.codes)}识别（把握不大，请核对）")
            for name in item.unknown:
                guesses.append(f"未能识别的材料名称“{name}”，未列入核对项目")
        for text in lst.open_ended:
            guesses.append(f"“{text}”内容不确定，未列入核对项目，须人工核对")
        if not acts and subject == "court_request":
            guesses.append("本条未写明适用的协助事项，按本规定未另列材料的协助事项适用（推定）")
        suffix = ""
        if list_rule and lst.exempt and unit.items and unit.items[0][1] is not None:
            kept = [c for (t, c) in unit.items if c is not None
                    and not any(e[0].printed and e[0].printed in t for e in lst.exempt)]
            if kept:
                suffix = _range(kept)
        rule = None
        if lst.items:
            check = mat.as_check(lst)
            if check["items"]:
                names = mat.names(lst.items)
                if lst.officers_min:
                    names = f"{lst.officers_min}名以上执行人员的{names}" if "名" not in names else names
                seal = "加盖公章的" if lst.sealed else ""
                rule = self.add(DraftRule(
                    id=f"{_id_scope(acts, subject)}.materials", title=f"{lead}{scope}的材料", kind="materials",
                    citation=self.cite(unit, suffix), words=words, check=check, applies_to=acts,
                    subject=subject, guesses=guesses,
                    messages={"pass": f"已提供{seal}{names}" + ("{seal_note}" if lst.sealed else "") + "。",
                              "fail": f"{lead}{scope}的材料不全：{{missing}}。" + ("请人民法院补正。" if lead else "")}))
                codes = {c for i in lst.items for c in i.codes}
                if {"ruling", "assist_notice"} <= codes:
                    self.lists_with_both.append((rule, acts))
                if not acts and subject == "court_request":
                    self.general_lists.append(rule)
        for item, exempt, exception in lst.exempt:
            clause = next((c for t, c in unit.items if c is not None and item.printed in t), None)
            cite = self.cite(clause) if clause is not None else self.cite(unit)
            g = list(guesses)
            check = {"items": [{"all": item.codes}]}
            if exempt:
                check["unless"] = exempt
            else:
                g.append(f"除外情形“{exception}”无法自动核对，须人工判断")
            self.add(DraftRule(
                id=f"{_id_scope(acts, subject)}.{item.codes[0]}", title=f"{lead}{scope}：{item.printed}", kind="materials",
                citation=cite, words=next((t for t, c in unit.items if c is clause), words) if clause else words,
                check=check, applies_to=acts, subject=subject, guesses=g,
                messages={"pass": f"{item.printed}已提供或依规定无需提供{{exemption}}。",
                          "fail": f"缺少{item.printed}（{exception}的除外）。请人民法院补正。"}))
        del rule

    def _subject(self, text: str) -> str:
        if re.search(r"向\S{0,4}人民法院申请\S{0,4}强制执行|申请人民法院强制执行", text) and not re.match(r"人民法院", text):
            return "centre_application"
        return "court_request"

    # ---------------------------------------------------------- conditions

    def condition_list(self, unit: Unit, acts: list[str], guesses: list[str]) -> None:
        one_of = bool(re.search(r"之一|任一|其中一项|下列情形之一", unit.text))
        if one_of and v.NEGATIVE.search(unit.text):
            one_of = False  # each case listed is a reason to refuse: a condition of its own
        if one_of:
            self.one_of(unit, acts, guesses)
            return
        for text, clause in unit.items:
            sub = Unit(clause or unit.clause, text, parent=unit)
            if clause is not None and text.endswith(("：", ":")):
                nested = next((u for u in self.units if u.clause is clause and u.is_list), None)
                if nested is not None:
                    self.one_of(nested, acts, guesses)
                    continue
            if not self.condition(sub, acts, guesses, clause):
                self.skipped.append(Skipped(self.cite(sub.clause), text, "条件未能对应到可核对的事实，请人工补写规则"))

    def one_of(self, unit: Unit, acts: list[str], guesses: list[str]) -> None:
        texts = [t for t, _ in unit.items]
        joined = "".join(texts)
        grounds = list(dict.fromkeys(code for t in texts for p, code in v.WITHDRAWAL_CUES if re.search(p, t)))
        scope = _scope_word(acts, self.ctx)
        if len(grounds) >= 2 and (re.search(r"提取", unit.text + joined) or "deduct" in acts):
            self.add(DraftRule(
                id=f"{_id_scope(acts)}.withdrawal_ground", title="符合提取条件之一", kind="condition",
                citation=self.cite(unit), words=unit.words, applies_to=acts, guesses=[
                    *guesses, "提取情形按住房公积金提取事由识别：" + "；".join(GROUND_NAMES[g] for g in grounds),
                    "被执行人已达法定退休年龄的视为离休或者退休（推定）"],
                check={"predicate": "withdrawal_ground", "grounds": grounds, "retirement_by_age": True},
                messages={"pass": "符合提取条件：{detail}。",
                          "fail": f"{{detail}}，不符合所列提取条件之一，暂不能协助{scope}。",
                          "curable": "{detail}，尚不能认定符合所列提取条件之一，请人民法院说明被执行人符合的提取条件并提供证明材料。",
                          "unknown": "{reason}；无法确定是否符合所列提取条件。"}))
            return
        if re.search(r"下落", unit.text):
            codes = [f"locate_{i + 1}" for i in range(len(texts))]
            note = "情形代码：" + "；".join(f"{c}（{t.rstrip('；;。')}）" for c, t in zip(codes, texts, strict=True))
            self.add(DraftRule(
                id=f"{_id_scope(acts)}.conditions", title="请求协查下落的情形", kind="condition",
                citation=self.cite(unit), words=unit.words, applies_to=acts, note=note,
                guesses=[*guesses, "情形代码为起草时所编，须与材料识别所用的代码一致"],
                check={"predicate": "any_code", "name": "locate_grounds", "codes": codes},
                messages={"pass": "被执行人符合所列情形（{detail}）。",
                          "fail": "被执行人不符合所列情形之一，暂不能协助。",
                          "unknown": "{reason}，无法确定是否符合所列情形。"}))
            return
        made = 0
        for text, clause in unit.items:
            sub = Unit(clause or unit.clause, text, parent=unit)
            made += self.condition(sub, acts, [*guesses, "所列情形按各项分别核对（推定：任一情形即不予协助）"], clause)
        if not made:
            self.skipped.append(Skipped(self.cite(unit), unit.words, "所列情形未能对应到可核对的事实，请人工补写规则"))

    def condition(self, unit: Unit, acts: list[str], guesses: list[str], clause: Clause | None = None) -> bool:
        """One condition sentence → a condition rule (True when one was made)."""
        text = unit.text
        cite = self.cite(clause) if clause is not None else self.cite(unit)
        scope = _scope_word(acts, self.ctx)
        ids = _id_scope(acts)
        if v.CONTRACTED_WITHDRAWAL.search(text):
            self.add(DraftRule(
                id=f"{ids}.no_contracted_withdrawal", title="被执行人无正在履行的约定提取业务", kind="condition",
                citation=cite, words=text, check={"predicate": "no_contracted_withdrawal"}, applies_to=acts,
                guesses=list(guesses),
                messages={"pass": "被执行人没有正在履行的约定提取业务。",
                          "fail": f"{{detail}}，依规定暂不能协助{scope}。",
                          "unknown": "{reason}，无法核实被执行人是否有正在履行的约定提取业务。"}))
            return True
        if re.search(r"贷款", text) and re.search(r"未结清|尚未结清|未偿清|未还清|有\S{0,12}贷款的|贷款未|担保", text) \
                and not re.search(r"审核|审批|申请贷款", text):
            roles = []
            g = list(guesses)
            if re.search(r"主贷人|借款人", text):
                roles.append("borrower")
            if re.search(r"参贷人|共同借款人", text):
                roles.append("co_borrower")
            if not roles:
                roles = ["borrower", "co_borrower"]
                g.append("“贷款”按主贷人、参贷人的贷款理解（推定）")
            if re.search(r"担保", text):
                roles.append("guarantor")
            check: dict[str, Any] = {"predicate": "loans_settled", "roles": roles}
            if re.search(r"案件\S{0,10}贷款\S{0,6}除外|贷款纠纷\S{0,6}除外", text):
                check["except_case_about_loan"] = True
            guar = "或为他人贷款提供的担保" if "guarantor" in roles else ""
            self.add(DraftRule(
                id=f"{ids}.no_unsettled_loan", title=f"被执行人无尚未结清的住房公积金贷款{guar}", kind="condition",
                citation=cite, words=text, check=check, applies_to=acts, guesses=g,
                messages={"pass": f"被执行人没有尚未结清的住房公积金贷款{guar}（{{detail}}）。",
                          "fail": f"{{detail}}，依规定暂不能协助{scope}。",
                          "unknown": f"{{reason}}，无法核实被执行人是否有尚未结清的住房公积金贷款{guar}。"}))
            return True
        grounds = list(dict.fromkeys(code for p, code in v.WITHDRAWAL_CUES if re.search(p, text)))
        if len(grounds) >= 2 and "deduct" in acts:
            self.add(DraftRule(
                id=f"{ids}.withdrawal_ground", title="符合提取条件之一", kind="condition",
                citation=cite, words=text, applies_to=acts, guesses=[
                    *guesses, "提取情形按住房公积金提取事由识别：" + "；".join(GROUND_NAMES[g] for g in grounds),
                    "被执行人已达法定退休年龄的视为离休或者退休（推定）"],
                check={"predicate": "withdrawal_ground", "grounds": grounds, "retirement_by_age": True},
                messages={"pass": "符合提取条件：{detail}。",
                          "fail": f"{{detail}}，不符合所列提取条件之一，暂不能协助{scope}。",
                          "unknown": "{reason}；无法确定是否符合所列提取条件。"}))
            return True
        if re.search(r"其他可供执行的财产|其他财产不足|无其他财产", text):
            self.add(DraftRule(
                id=f"{ids}.no_other_property", title="确无其他可供执行的财产", kind="condition", citation=cite,
                words=text, check={"predicate": "fact", "name": "no_other_property", "expect": True},
                applies_to=acts, guesses=list(guesses),
                messages={"pass": "人民法院已进行执行调查，确无其他可供执行的财产或者其他财产不足以清偿。",
                          "fail": f"法律文书显示被执行人尚有其他可供执行的财产，暂不能协助{scope}。",
                          "unknown": "法律文书未载明人民法院已经执行调查、确无其他可供执行的财产，请人民法院说明。"}))
            return True
        if re.search(r"先\S执行", text) and re.search(r"不适用|不得|不予|不属于", text):
            self.add(DraftRule(
                id=f"{ids}.not_preliminary", title="不适用先予执行", kind="condition", citation=cite, words=text,
                check={"predicate": "not_preliminary"}, applies_to=acts, guesses=list(guesses),
                messages={"pass": "{detail}。", "fail": f"本案属于先予执行，依规定不予协助{scope}。",
                          "unknown": "{reason}，请人民法院说明。"}))
            return True
        if re.search(r"拍卖|变卖|抵债", text) and re.search(r"后", text):
            self.add(DraftRule(
                id=f"{ids}.disposed", title="财产已被拍卖、变卖或者裁定抵债", kind="condition", citation=cite,
                words=text, check={"predicate": "fact", "name": "disposal_completed", "expect": True},
                applies_to=acts, guesses=list(guesses),
                messages={"pass": "财产已被人民法院拍卖、变卖或者裁定抵债。",
                          "fail": "财产尚未被人民法院拍卖、变卖或者裁定抵债，暂不能办理。",
                          "unknown": "法律文书未载明财产已被拍卖、变卖或者裁定抵债，请人民法院说明。"}))
            return True
        if re.search(r"权属", text) and re.search(r"前|先", text) and re.search(r"查询", text):
            self.add(DraftRule(
                id=f"{ids}.ownership_queried", title="冻结或处分前应当查询权属", kind="condition", citation=cite,
                words=text, check={"predicate": "fact", "name": "ownership_queried", "expect": True},
                applies_to=acts, guesses=list(guesses),
                messages={"pass": "人民法院已在冻结或者处分前查询权属。",
                          "fail": "人民法院尚未查询权属，应当先行查询。",
                          "unknown": "法律文书未载明人民法院已查询权属，请人民法院说明。"}))
            return True
        if re.search(r"查询单|查询通知书", text) and re.search(r"注明|载明|写明", text) \
                and re.search(r"被查询人|被执行人|当事人", text) and re.search(r"身份|身分", text):
            self.add(DraftRule(
                id="query.form_names_person", title="查询单注明被查询人身份信息", kind="condition", citation=cite,
                words=_part_with(text, r"注明|载明|写明"), applies_to=["query"],
                check={"predicate": "fact", "name": "query_form_names_person", "expect": True},
                on_fail="correct", on_unknown="none", guesses=list(guesses),
                messages={"pass": "查询单已注明被查询人的身份信息。",
                          "fail": "查询单未注明被查询人的身份信息，请人民法院补正。",
                          "unknown": "未能确认查询单是否注明被查询人的身份信息，请人工核对。"}))
            return True
        return False

    # ---------------------------------------------------------- sentences

    def sentence(self, unit: Unit, acts: list[str], guesses: list[str], agency: str) -> None:
        text = unit.text
        made = len(self.rules)
        if re.search(r"(本意见|本办法|本规定|本细则|本实施意见)\S{0,4}(适用于|所称(人民)?法院)", text) \
                and re.search(r"法院", text):
            self.scope_rule(unit, text)
        if re.search(r"失信被执行人", text) and re.search(r"贷款", text) and re.search(r"限制|不予|暂停", text):
            self.add(DraftRule(
                id="loan.dishonest_debtor", title="贷款审核中限制失信被执行人的申请", kind="condition",
                citation=self.cite(unit), words=text, subject="loan_application",
                check={"predicate": "fact", "name": "on_dishonest_list", "expect": False},
                messages={"pass": "申请人不在人民法院发布的失信被执行人名单中。",
                          "fail": "申请人为人民法院发布的失信被执行人，依规定限制其申请。",
                          "unknown": "未核对人民法院发布的失信被执行人名单，请查询后再审核。"}))
            return
        if (self._subject(text) == "centre_application" or re.search(r"催告书", text)) \
                and self.application_intervals(unit):
            return
        if self.seal_sentence(unit):
            return
        # inline material list: 提供A、B、C，…
        run = _material_run(text)
        if run is not None:
            subject = self._subject(text)
            lead, names = run
            lst = mat.parse_items([names], subject, lead)
            lst.officers_min = lst.officers_min or mat.officers_required(text)
            if lst.officers_min:
                for item in lst.items:
                    if set(item.codes) <= CARD_TYPES:
                        item.min_count = lst.officers_min
            if lst.items:
                if not acts and not agency:
                    acts = []
                self._materials(unit, lst, acts, guesses, subject, text, list_rule=False)
        if acts:
            self.condition(unit, [a for a in acts], guesses)
        self.intervals(unit, acts, guesses)
        self.deadline(unit, acts, guesses)
        self.stated(unit, acts, guesses)
        if len(self.rules) == made and acts:
            self.principles(unit, acts, agency)

    def seal_sentence(self, unit: Unit) -> bool:
        """「协助查询通知书应当加盖人民法院公章」 after a list: the list's papers must be sealed."""
        text = unit.text
        if _material_run(text) is not None or not v.documents_in(text):
            return False
        if not re.search(r"(应当?|须|需|必须)\S{0,4}加盖\S{0,4}(人民法院|法院|本院)?\S{0,4}(公章|印章|院章)", text) \
                or not re.search(r"加盖\S{0,4}(人民法院|法院|本院)", text):
            return False  # the agency's own papers (相关材料需加盖本局专用公章) are not the court's
        rule = next((r for r in reversed(self.rules) if r.kind == "materials" and r.citation == self.cite(unit)), None)
        if rule is None:
            return False
        rule.check["sealed"] = True
        rule.words = f"{rule.words}{text}" if text not in rule.words else rule.words
        if "{seal_note}" not in rule.messages["pass"]:
            rule.messages["pass"] = rule.messages["pass"].rstrip("。") + "{seal_note}。"
        return True

    def scope_rule(self, unit: Unit, text: str) -> None:
        if self.scope_done:
            return
        cities = re.findall(r"([\u4e00-\u9fff]{2,3}?)[市县区](?:的|两级|各级|辖区|中级|高级|人民法院|各)", text)
        patterns = list(dict.fromkeys(v.place(c) for c in cities if c not in ("本", "全")))
        guesses = []
        if not patterns and self.ctx.city:
            patterns = [self.ctx.city]
            guesses.append(f"“本市”按制定机关所在地“{self.ctx.city}”识别；辖区内区、县法院的名称请补充")
        if not patterns:
            return
        self.scope_done = True
        self.add(DraftRule(
            id="scope.court", title="本规定适用的人民法院", kind="condition", severity="warn",
            citation=self.cite(unit), words=text, check={"predicate": "court_named", "patterns": patterns},
            on_fail="none", on_unknown="none", guesses=guesses,
            messages={"pass": "执行法院{detail}属于本规定适用的人民法院。",
                      "fail": "执行法院{detail}不属于本规定适用的人民法院，本规定不直接适用，请按全国性规定人工复核。",
                      "unknown": "{reason}，未能确认执行法院是否属于本规定适用的人民法院。"}))

    def application_intervals(self, unit: Unit) -> bool:
        text = unit.text
        made = False
        m = re.search(rf"催告书\S{{0,4}}送达\S{{0,2}}?(\d+|[{v.CN_DIGITS}]+)日后", text)
        if m and v.number(m.group(1)):
            n = v.number(m.group(1))
            self.add(DraftRule(
                id="application.reminder_served", title=f"催告书送达{m.group(1)}日后方可申请强制执行", kind="interval",
                citation=self.cite(unit), words=text, subject="centre_application",
                # ten days: the period's end as validate/application.py counts it (holidays
                # moved past); another length: the day after the n-th day from service
                check=({"start": "application.reminder_period_end", "end": "application.filed", "min": "1d"}
                       if n == REMINDER_DAYS else
                       {"start": "application.reminder_served", "end": "application.filed", "min": f"{n + 1}d"}),
                messages={"pass": "催告书送达后的期间已届满（{start}），{end}申请强制执行。",
                          "fail": "催告书送达后的期间未届满，{limit}前不得申请强制执行（拟于{end}申请）。",
                          "unknown": "{reason}；申请强制执行前应当催告，催告书送达期满后方可申请。"}))
            made = True
        m = re.search(rf"起诉期限届满之日起(\d+|[{v.CN_DIGITS}]+)(个月|日)内", text)
        if m and v.number(m.group(1)):
            n = v.number(m.group(1))
            unit_ = "m" if m.group(2) == "个月" else "d"
            self.add(DraftRule(
                id="application.within_limit", title=f"自法定起诉期限届满之日起{m.group(1)}{m.group(2)}内申请",
                kind="interval", citation=self.cite(unit), words=text, subject="centre_application",
                check={"start": "application.suit_deadline", "end": "application.filed", "min": "1d",
                       "max": f"{n}{unit_}"},
                guesses=["起诉期限届满之前当事人仍可起诉，申请日按届满之日以后计算（推定）"],
                messages={"pass": "法定起诉期限于{start}届满，{end}申请强制执行，在规定期限内。",
                          "fail": "法定起诉期限于{start}届满，{end}申请不在规定期限内（最迟{limit}）。",
                          "unknown": "{reason}，无法核对申请期限。"}))
            made = True
        return made

    def intervals(self, unit: Unit, acts: list[str], guesses: list[str]) -> None:
        text = unit.text
        freeze_acts = [a for a in acts if a in FREEZE_LIKE]
        m = re.search(rf"期限\S{{0,4}}(?:不得|不能|不应|最长不|最长不得|不)(?:超过|长于|多于)(\d+|[{v.CN_DIGITS}]+)(年|个月|日|天)"
                      rf"|期限\S{{0,4}}最长(?:为)?(\d+|[{v.CN_DIGITS}]+)(年|个月|日|天)", text)
        if m and freeze_acts and re.search(r"[冻凍凛]", text + "".join(unit.clause.headings)):
            num, word = m.group(1) or m.group(3), m.group(2) or m.group(4)
            n = v.number(num)
            unit_ = {"年": "y", "个月": "m", "日": "d", "天": "d"}[word]
            self.add(DraftRule(
                id=f"{_id_scope(freeze_acts)}.period_limit", title=f"冻结期限不得超过{num}{word}",
                kind="interval", citation=self.cite(unit), words=text, applies_to=freeze_acts,
                check={"start": "request.freeze_period.start", "end": "request.freeze_period.end",
                       "max": f"{n}{unit_}"}, on_unknown="correct", guesses=list(guesses),
                note=f"届满日不晚于起始日{num}{word}后的对应日。",
                messages={"pass": f"冻结期限自{{start}}至{{end}}，未超过{num}{word}。",
                          "fail": f"冻结期限自{{start}}至{{end}}，超过{num}{word}（最迟应至{{limit}}），"
                                  "不符合冻结期限的规定。",
                          "unknown": "{reason}，协助执行通知书应载明冻结期限，请人民法院补正。"}))
            self.period_checks(unit)
        if re.search(r"届满前\S{0,8}(办理)?\S{0,4}续(行)?冻结?|续(行)?冻结\S{0,12}届满前", text):
            self.add(DraftRule(
                id="renew_freeze.before_expiry", title="续行冻结应在冻结期限届满前办理", kind="interval",
                citation=self.cite(unit), words=text, applies_to=["renew_freeze"],
                check={"start": "today", "end": "account.case_freeze.end", "min": "0d"},
                messages={"pass": "本案原冻结期限至{end}，续行冻结手续在冻结期限届满前（收到之日{start}）办理。",
                          "fail": "本案原冻结期限已于{end}届满，无从续行冻结；如需继续冻结，请人民法院重新办理冻结手续。",
                          "unknown": "{reason}，无法核实续行冻结是否在原冻结期限届满前办理。"}))
            self.add(DraftRule(
                id="renew_freeze.continuous", title="续行冻结期限与原冻结期限相接", kind="interval",
                citation=self.cite(unit), words=text, applies_to=["renew_freeze"], on_fail="correct", on_unknown="none",
                check={"start": "account.case_freeze.end", "end": "request.freeze_period.start", "max": "1d"},
                guesses=["续行冻结是延长原期限，续行期限应与原期限相接（推定）"],
                messages={"pass": "续行冻结期限自{end}起算，与本案原冻结期限（至{start}）相接。",
                          "fail": "本案原冻结期限至{start}届满，续行冻结却自{end}起算，期间脱节，请人民法院补正续行冻结期限。",
                          "unknown": "{reason}，未能核对续行冻结期限是否与原冻结期限相接。"}))

    def period_checks(self, unit: Unit) -> None:
        """Where the policy first speaks of the freeze period: the period must read forwards and
        must not have run out on receipt (both curable by the court), as the hand packs check."""
        if self.period_done:
            return
        self.period_done = True
        acts = ["freeze", "renew_freeze"]
        self.add(DraftRule(
            id="freeze.period_order", title="冻结期限届满日不早于起始日", kind="interval", citation=self.cite(unit),
            words=unit.text, applies_to=acts, on_fail="correct", on_unknown="none",
            check={"start": "request.freeze_period.start", "end": "request.freeze_period.end", "min": "0d"},
            guesses=["冻结期限须可计算：届满日不早于起始日（推定）"],
            messages={"pass": "冻结期限届满日{end}不早于起始日{start}。",
                      "fail": "冻结期限届满日{end}早于起始日{start}，期限记载有误，请人民法院补正冻结期限。",
                      "unknown": "{reason}。"}))
        self.add(DraftRule(
            id="freeze.period_current", title="冻结期限尚未届满", kind="interval", citation=self.cite(unit),
            words=unit.text, applies_to=acts, on_fail="correct", on_unknown="none",
            check={"start": "today", "end": "request.freeze_period.end", "min": "0d"},
            guesses=["收到之日冻结期限已届满的，无从按所载期限冻结（推定）"],
            messages={"pass": "冻结期限至{end}，收到之日（{start}）尚未届满。",
                      "fail": "冻结期限至{end}，收到之日（{start}）已经届满，请人民法院补正冻结期限。",
                      "unknown": "{reason}。"}))

    def deadline(self, unit: Unit, acts: list[str], guesses: list[str]) -> None:
        text = unit.text
        for m in re.finditer(rf"(\d+|[{v.CN_DIGITS}]+)\s*个?工作日(?:内|以内)?", text):
            n = v.number(m.group(1))
            if not n:
                continue
            after = text[m.end():m.end() + 30]
            before = text[:m.start()]
            clause_start = max(before.rfind("，"), before.rfind("；"), before.rfind("："))
            actor = before[clause_start + 1:]
            if re.match(r"\s*(人民)?法院", actor) or re.search(r"磋商|协商|监督|立案", after + actor):
                continue
            if not acts:
                continue
            scope = _scope_word(acts, self.ctx)
            self.add(DraftRule(
                id=f"{_id_scope(acts)}.reply", title=f"协助{scope}于{n}个工作日内回复", kind="deadline", severity="info",
                citation=self.cite(unit), words=_part_with(text, re.escape(m.group(0))), applies_to=acts,
                check={"working_days": n}, guesses=list(guesses),
                messages={"pass": f"应于{{days}}个工作日内（至迟于{{deadline}}）{_reply_words(after)}{{fallback}}。"}))
            return
        # 「应马上办理」「应立即办理」「及时填写并回复」: no days allowed, due the day of receipt
        now = re.search(r"应(?:当)?(?:马上|立即)办理\S{0,4}?业务|后及时填写并回复办理结果", text)
        if now and acts and not re.match(r"\s*(人民)?法院", text[max(0, now.start() - 6):now.start()]):
            scope = _scope_word(acts, self.ctx)
            self.add(DraftRule(
                id=f"{_id_scope(acts)}.reply", title=f"协助{scope}应马上办理", kind="deadline", severity="info",
                citation=self.cite(unit), words=_part_with(text, re.escape(now.group(0))), applies_to=acts,
                check={"working_days": 0}, guesses=list(guesses),
                messages={"pass": "应马上办理，于接收法律文书当日（{deadline}）回复办理结果。"}))

    def stated(self, unit: Unit, acts: list[str], guesses: list[str]) -> None:
        text = unit.text
        if not re.search(r"(注明|载明|写明|明确)\S{0,12}(冻结|扣划)?\S{0,4}(金额|期限)", text):
            return
        fields = []
        if re.search(r"金额", text):
            fields.append("amount")
        if re.search(r"期限", text) and any(a in FREEZE_LIKE for a in acts):
            fields += ["freeze_period.start", "freeze_period.end"]
        if not fields or not acts:
            return
        if "freeze_period.end" in fields:
            self.period_checks(unit)
        self.add(DraftRule(
            id=f"{_id_scope(acts)}.stated", title="文书注明" + "和".join(
                dict.fromkeys({"amount": "金额", "freeze_period.start": "期限", "freeze_period.end": "期限"}[f]
                              for f in fields)),
            kind="stated", citation=self.cite(unit), words=_part_with(text, r"注明|载明|写明"), applies_to=acts,
            check={"fields": fields}, guesses=list(guesses),
            messages={"pass": "相关文书已注明所需事项。", "fail": "相关文书未注明{missing}，请人民法院补正。"}))

    def inferences(self, unit: Unit, acts: list[str], agency: str) -> None:
        text = unit.text
        if agency:
            return
        based = re.search(r"(根据|依据|凭)([^，。；]{0,30})", text)
        if based and {"ruling", "assist_notice"} <= {c for d, _ in v.documents_in(based.group(2)) for c in d.codes}:
            self.based_on_both.append((unit, acts))
        funds = [a for a in v.actions_in(text) if a in ("freeze", "deduct")]
        if funds and re.search(r"账户|余额|资金|住房公积金", text) and re.search(r"可以|应予|应当|申请|要及时", text) \
                and not re.search(r"不予|暂不", _first_clause(text)):
            self.account_units.append((unit, funds))
        if self.duty_unit is None and re.search(r"应予协助|应当协助|应当予以协助", text) and re.search(r"人民法院", text):
            self.duty_unit = unit

    def principles(self, unit: Unit, acts: list[str], agency: str) -> None:
        text = unit.text
        if re.search(r"自动解冻|自动解除|自行解除", text) and re.search(r"届满", text) and not agency:
            self.add(DraftRule(
                id="unfreeze.auto_release", title="冻结期限届满自动解冻", kind="auto_release", severity="info",
                citation=self.cite(unit), words=text, applies_to=["unfreeze", "renew_freeze"],
                messages={"pass": "{state}。", "unknown": "{reason}。冻结期限届满未续行冻结的，自动解冻。"}))
            return
        if re.search(r"每月缴存\S{0,4}自动冻结|逐月冻结", text) and not agency:
            self.add(DraftRule(
                id="freeze.amount_plan", title="冻结金额与不足部分的逐月冻结", kind="freeze_plan", severity="info",
                citation=self.cite(unit), words=text, applies_to=["freeze", "renew_freeze"], check={"part": "amount"},
                messages={"pass": "要求冻结{requested}元，现可冻结{frozen_now}元；{plan}。",
                          "unknown": "{reason}，无法计算可冻结资金。"}))
            return
        if re.search(r"轮候冻结", text) and not agency and not any(r.id == "freeze.queue" for r in self.rules):
            self.add(DraftRule(
                id="freeze.queue", title="轮候冻结", kind="freeze_plan", severity="info",
                citation=self.cite(unit), words=text, applies_to=["freeze", "renew_freeze"], check={"part": "queue"},
                messages={"pass": "{queue}。", "unknown": "{reason}，无法确定是否需要轮候冻结。"}))
            return
        if re.search(r"《[^》]+》\S*(〔|\[)\d{4}(〕|\])\S*号", text) and re.search(r"符合|按照|依照", text) and acts:
            ref = re.search(r"《[^》]+》[（(]?[^，。]*?号[）)]?", text)
            self.add(DraftRule(
                id=f"{_id_scope(acts)}.other_document", title="按所引文件规定的流程及要件审核", kind="manual",
                citation=self.cite(unit), words=text, applies_to=acts,
                note="所引文件不在本规则包的依据范围内，其要件无法自动核对。",
                guesses=["所引文件不在本规定之内，改为人工审核"],
                messages={"unknown": f"须符合{ref.group(0) if ref else '所引文件'}规定的流程及要件，"
                                     "该文件不在本规则包依据范围内，请人工审核。"}))
            return
        if not agency and re.search(r"点对点|网络|网上|线上|系统", text) and re.search(r"可以|可通过|通过", text) \
                and re.search(r"人民法院", text) and not re.search(r"建立|建设|完善|推进|探索", _first_clause(text)):
            scope = _scope_word(acts, self.ctx)
            self.add(DraftRule(
                id=f"{_id_scope(acts)}.online", title=f"网上协助{scope}", kind="principle", severity="info",
                citation=self.cite(unit), words=text, applies_to=acts,
                messages={"pass": f"人民法院可以通过网络系统办理协助{scope}；本件为线下提交的请求，按线下材料要求审核。"}))

    # ---------------------------------------------------------- after all sentences

    def finish(self) -> None:
        acted = {a for r in self.rules if r.kind == "materials" for a in r.applies_to}
        mentioned: list[str] = []
        for unit in self.units:
            if unit.clause.index and not unit.clause.heading:
                for a in v.actions_in(unit.text):
                    if a not in mentioned:
                        mentioned.append(a)
        if "freeze" in mentioned and "renew_freeze" not in mentioned:
            mentioned.insert(mentioned.index("freeze") + 1, "renew_freeze")
        order = ("query", "freeze", "renew_freeze", "unfreeze", "deduct")
        for rule in self.general_lists:
            rule.applies_to = [a for a in order if a in mentioned and a not in acted]
            if rule.applies_to:
                rule.id = f"{_id_scope(rule.applies_to)}.materials"
                self._unique(rule)
        for rule in [r for r in self.rules if r.kind == "materials"]:
            codes = {c for item in rule.check.get("items", []) for c in item.get("all") or item.get("any") or []}
            if (codes & CARD_TYPES and rule.applies_to and rule.subject == "court_request"
                    and set(rule.applies_to) <= set(ACTIONS)):
                self.cards_in_force(rule, rule.applies_to)
        both = [(r, a) for r, a in self.lists_with_both]
        acts_both = [a for a in order if any(a in acts for _, acts in both) or any(
            a in r.applies_to for r, _ in both)]
        if both and acts_both:
            if self.based_on_both:
                unit = self.based_on_both[0][0]
                cite, words = self.cite(unit), _part_with(unit.text, r"裁定书")
            else:
                rule = both[0][0]
                cite, words = rule.citation.split(" ", 1)[0] + " " + rule.citation.split(" ", 1)[1], rule.words
                cite = _strip_range(cite)
            self.add(DraftRule(
                id="documents.consistent", title="协助执行通知书与执行裁定书内容一致", kind="consistency",
                citation=cite, words=words, applies_to=acts_both,
                check={"fields": ["case_number", "respondent.name", "respondent.id_number", "applicant.name", "amount"]},
                guesses=["协助执行通知书与裁定书应为同一案件、同一被执行人（形式审查，推定）"],
                messages={"pass": "协助执行通知书与执行裁定书所载案号、当事人、身份证号码及金额一致。",
                          "fail": "协助执行通知书与执行裁定书记载不一致：{conflicts}。请人民法院补正。"}))
            self.add(DraftRule(
                id="documents.ruling_before_notice", title="执行裁定书日期不晚于协助执行通知书", kind="interval",
                citation=cite, words=words, applies_to=acts_both,
                check={"start": "request.dates.ruling", "end": "request.dates.assist_notice", "min": "0d"},
                on_fail="correct", on_unknown="none",
                guesses=["协助执行通知书依据执行裁定书作出，其日期不应早于裁定书（推定）"],
                messages={"pass": "执行裁定书落款日期{start}不晚于协助执行通知书落款日期{end}。",
                          "fail": "执行裁定书落款日期{start}晚于协助执行通知书落款日期{end}，文书日期有误，请人民法院核实补正。",
                          "unknown": "{reason}，未能核对执行裁定书与协助执行通知书的先后，请人工核对。"}))
        if self.account_units:
            unit = self.account_units[0][0]
            acts = [a for a in order if any(a in f for _, f in self.account_units)]
            acts, _ = _with_renewal(acts)
            self.add(DraftRule(
                id="account.open", title="住房公积金账户存续", kind="condition", citation=self.cite(unit),
                words=unit.text, applies_to=acts, check={"predicate": "account_open"},
                guesses=["冻结、扣划的对象是账户资金，已销户的账户无资金可供冻结或扣划（推定）"],
                messages={"pass": "被执行人住房公积金账户存续（{detail}）。",
                          "fail": "被执行人住房公积金账户已销户，无账户资金可供冻结或扣划。",
                          "unknown": "{reason}，无法核实被执行人住房公积金账户状态。"}))
        if not self.scope_done and self.duty_unit is not None and self.ctx.city:
            unit = self.duty_unit
            self.scope_done = True
            self.add(DraftRule(
                id="scope.court", title="本规定适用的人民法院", kind="condition", severity="warn",
                citation=self.cite(unit), words=unit.text, check={"predicate": "court_named",
                                                                 "patterns": [self.ctx.city]},
                on_fail="none", on_unknown="none",
                guesses=[f"本规定未写明适用范围，按制定机关所在地“{self.ctx.city}”的人民法院理解（推定）；"
                         "辖区内区、县法院的名称请补充"],
                messages={"pass": "执行法院{detail}属于本规定适用的人民法院。",
                          "fail": "执行法院{detail}不属于本规定适用的人民法院，本规定不直接适用，请按全国性规定人工复核。",
                          "unknown": "{reason}，未能确认执行法院是否属于本规定适用的人民法院。"}))

    def _unique(self, rule: DraftRule) -> None:
        ids = {r.id for r in self.rules if r is not rule}
        base, n = rule.id, 2
        while rule.id in ids:
            rule.id = f"{base}_{n}"
            n += 1


# ---------------------------------------------------------------- helpers


def _material_run(text: str) -> tuple[str, str] | None:
    """(what leads to the list, the run of names) of 「…提供A、B、C，…」."""
    m = re.search(r"(?:应当?|需要?|须|必须)[^，。；]{0,30}?(提供|提交|出具|携带|出示)(加盖\S{0,10}?(公章|印章)的)?(以下|下列)?(材料|文书|证件)?[：:]?", text)
    if not m:
        return None
    rest = text[m.end():]
    end = len(rest)
    for stop in ("，", "。", "；", ";"):
        k = rest.find(stop)
        if k != -1:
            end = min(end, k)
    # 「…复印件，以及两名以上执行人员的工作证件」: a list may run on past a comma
    while end < len(rest) and rest[end] == "，" and re.match(r"，(以及|及|和|并|还应当提供|另附)", rest[end:]):
        nxt = len(rest)
        for stop in ("，", "。", "；", ";"):
            k = rest.find(stop, end + 1)
            if k != -1:
                nxt = min(nxt, k)
        if not v.documents_in(rest[end:nxt]):
            break
        end = nxt
    run = rest[:end]
    if not v.documents_in(run):
        return None
    return text[:m.end()], run


def _part_with(text: str, pattern: str) -> str:
    """The comma-separated part of a sentence that holds `pattern`, to the sentence's end."""
    m = re.search(pattern, text)
    if not m:
        return text
    start = max(text.rfind("，", 0, m.start()), text.rfind("：", 0, m.start()), text.rfind("；", 0, m.start()))
    end_m = re.search(r"[，。；]", text[m.end():])
    end = m.end() + end_m.end() if end_m else len(text)
    return text[start + 1:end].strip()


def _reply_words(after: str) -> str:
    m = re.match(r"([^，。；]*)", after)
    words = (m.group(1) if m else "").strip()
    return words or "回复办理结果"


def _range(kept: list[Clause]) -> str:
    """「1-4」 when the items kept are the list's first ones in a row (numbered 1., 2. …)."""
    nums = [c.path[-1].number for c in kept]
    if any(c.path[-1].kind != "arabic" for c in kept) or nums != list(range(1, len(nums) + 1)):
        return ""
    if len(nums) == 1:
        return str(nums[0])
    return f"{nums[0]}-{nums[-1]}"


def _strip_range(cite: str) -> str:
    return re.sub(r"\d+-\d+$", "", cite)


def _scope_word(acts: list[str], ctx: Context) -> str:
    """What is asked, as the verb after 协助 (查询, 冻结, 查封车辆); 办理 when not said."""
    if not acts:
        return "办理"
    if "." in acts[0]:
        return "、".join(dict.fromkeys(ctx.measures.get(a, a).split("协助", 1)[-1] for a in acts))
    names = [v.ACTION_NAMES[a] for a in acts if a != "renew_freeze" or "freeze" not in acts]
    return "、".join(names)


def _id_scope(acts: list[str], subject: str = "court_request") -> str:
    if subject == "centre_application":
        return "application"
    if not acts:
        return "request"
    return acts[0]


def _code_names(codes: list[str]) -> str:
    from validate.kinds import DOC_NAMES

    return "或".join(DOC_NAMES.get(c, c) for c in codes)
