"""The words a policy uses for what the engine can check, and the codes they stand for.

These are the law's and the forms' own terms (协助执行通知书, 执行公务证, 主贷人, 先予执行…),
never sentences of one policy: the drafter reads a new city's text by these words and by
its grammar (以下材料, 或者, 除外, 不得超过, 个工作日内). A name that matches only a broad
pattern is mapped with low confidence, and the review report lists it as a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DocName:
    pattern: re.Pattern[str]
    codes: tuple[str, ...]
    confident: bool = True
    subject: str = "court_request"


def _d(pattern: str, *codes: str, confident: bool = True, subject: str = "court_request") -> DocName:
    return DocName(re.compile(pattern), codes, confident, subject)


DOCUMENTS: tuple[DocName, ...] = (
    # the centre's own application to the court (non-litigation administrative enforcement)
    _d(r"强制执行申请书|执行申请书", "enforcement_application", subject="centre_application"),
    _d(r"(中心|本单位|申请人)\S{0,6}主体证明", "centre_identity", subject="centre_application"),
    _d(r"被执行人\S{0,6}主体证明", "respondent_identity", subject="centre_application"),
    _d(r"行政处罚决定书|行政法律文书|行政决定书", "administrative_decision", subject="centre_application"),
    _d(r"证据材料|证据", "evidence", subject="centre_application"),
    # a court's request
    _d(r"协助(查询|查控)(文书|法律文书)", "query_form", "assist_notice", confident=False),
    _d(r"查询单|协助查询通知书|查询通知书|协助查询函", "query_form"),
    _d(r"协助(执行|扣划|冻结|解冻|解除冻结|续行冻结)通知(书)?|执行通知书", "assist_notice"),
    _d(r"协助\S{1,8}(通知书|函)", "assist_notice", confident=False),
    _d(r"裁定书", "ruling"),
    _d(r"判决书|调解书|生效法律文书|法律文书副本|执行依据", "judgment"),
    _d(r"介绍信", "intro_letter"),
    _d(r"执行公务证|公务证", "duty_cert"),
    _d(r"工作证|工作证件", "work_id"),
    _d(r"(提取条件|符合\S{0,12}条件)\S{0,6}证明(材料)?|证明材料", "ground_proof", confident=False),
    _d(r"身份证明|资格证明|身份或资格证明", "other", confident=False),
)

COURT_PAPERS = ("assist_notice", "ruling", "query_form", "judgment")

ACTION_WORDS: tuple[tuple[str, str], ...] = (
    ("续行冻结", "renew_freeze"), ("延长冻结", "renew_freeze"), ("继续冻结", "renew_freeze"),
    ("解除冻结", "unfreeze"), ("解冻", "unfreeze"),
    ("扣划", "deduct"), ("划拨", "deduct"), ("划扣", "deduct"), ("强制提取", "deduct"), ("划至", "deduct"),
    ("冻结", "freeze"),
    ("查询", "query"),
)
"""Longest phrases first: 解除冻结 is an unfreeze although it contains 冻结."""

ACTION_NAMES = {"query": "查询", "freeze": "冻结", "renew_freeze": "续行冻结", "unfreeze": "解除冻结",
                "deduct": "扣划"}

AGENCIES: tuple[tuple[str, str], ...] = (
    (r"公安|车辆管理|车管", "police"),
    (r"国土|自然资源|规划", "land"),
    (r"住房和城乡建设|住建|房产管理|房管", "housing"),
    (r"工商|市场监督|市场监管", "market"),
    (r"不动产登记", "registry"),
    (r"人力资源和社会保障|人社", "social"),
    (r"民政", "civil"),
    (r"税务", "tax"),
)
"""Agencies other than the fund centre whose assistance a policy may regulate."""

MEASURE_WORDS: tuple[tuple[str, str, str], ...] = (
    (r"股东变更|股权\S{0,6}(转让|过户)|强制转让", "equity_transfer", "股权转让及股东变更登记"),
    (r"(股权|投资权益)\S{0,8}解除冻结|解除冻结\S{0,8}(股权|投资权益)", "equity_unfreeze", "股权解除冻结公示"),
    (r"实体处分|处分股权", "equity_transfer", "股权转让及股东变更登记"),
    (r"冻结股权|(股权|投资权益)\S{0,8}冻结|公示冻结", "equity_freeze", "股权冻结公示"),
    (r"车辆\S{0,6}过户|过户\S{0,4}车辆|车辆过户", "vehicle_transfer", "车辆过户"),
    (r"查封\S{0,8}车辆|车辆\S{0,6}查封", "vehicle_seal", "查封车辆"),
    (r"下落", "locate", "查找被执行人下落"),
    (r"其他(司法)?(查询|征询)|征询意见", "other", "其他司法查询、征询意见"),
    (r"解封|解除查封", "unseal", "解封"),
    (r"过户", "transfer", "强制过户"),
    (r"查封", "seal", "查封"),
    (r"解除冻结|解冻", "unfreeze", "解除冻结"),
    (r"冻结", "freeze", "冻结"),
    (r"查询", "query", "查询"),
)
"""What another agency is asked to do (verb with its object), longest first."""

WITHDRAWAL_CUES: tuple[tuple[str, str], ...] = (
    (r"离休|退休", "retirement"),
    (r"出境定居|出国定居", "emigration"),
    (r"死亡|宣告死亡", "death"),
    (r"住房消费|购买自住住房|购房|房租", "housing_consumption"),
    (r"婚姻|继承|离婚", "marriage_inheritance_division"),
    (r"孤寡|孤儿|五保|最低生活保障|低保|残疾人|困难群体", "vulnerable_applicant"),
    (r"赡养费|抚养费|扶养费|抚育费|抚恤金|工资|劳动报酬|人身损害", "maintenance_wages_injury"),
)
"""The grounds for drawing on a provident fund (住房公积金管理条例 第二十四条 and local rules)."""

EXEMPTION_CUES: tuple[tuple[str, str], ...] = (
    (r"法定退休年龄|已退休", "statutory_age_reached"),
    (r"(法律文书|判决书|调解书)\S{0,10}(已经?|已)(明确)?(载明|写明|认定)|(法律文书|判决书|调解书)\S{0,10}明确载明",
     "ground_stated_in_judgment"),
)

CN_DIGITS = "零〇一二两三四五六七八九十百"

CONTRACTED_WITHDRAWAL = re.compile(
    r"约定提取|委托提取|按月提取|逐月提取|提取\S{0,10}(偿还|归还)\S{0,6}贷款|提取\S{0,10}支付\S{0,4}(房租|租金)")
"""A withdrawal the member has set up to run on (to repay a loan, to pay rent)."""
NEGATIVE = re.compile(r"不予|暂不|不得|不办理|不协助|不能")
"""An opening that makes each listed case a reason to refuse (有下列情形之一的，暂不办理冻结)."""


def documents_in(text: str, subject: str | None = None) -> list[tuple[DocName, int]]:
    """The document names in `text`, in order, each with where it starts (no overlaps)."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[DocName, int]] = []
    for doc in DOCUMENTS:
        if subject and doc.subject != subject:
            continue
        for m in doc.pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((doc, m.start()))
    return sorted(found, key=lambda x: x[1])


_MENTION = re.compile(r"是否\S{0,4}(冻结|扣划|查询)|冻结(期限|金额|条件|情况|状态|信息|数额)|(查询|查控)系统|(不再|继续)?冻结的?资金|已被\S{0,6}冻结")
"""Words that name an action without asking for it (是否已被冻结, 冻结期限, 冻结金额)."""


def actions_in(text: str) -> list[str]:
    """The fund-centre actions a phrase names, in the order of first mention."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = [m.span() for m in _MENTION.finditer(text)]
    for word, code in ACTION_WORDS:
        for m in re.finditer(word, text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), code))
    return list(dict.fromkeys(code for _, code in sorted(found)))


_FUZZY_TITLE: tuple[tuple[str, str], ...] = (
    (r"解[冻凍凛凌]|解除[冻凍凛凌]?[结結錆錯锈锗]?", "unfreeze"), (r"(?<!解)[冻凍凛凌][结結錆錯锈锗]?", "freeze"), (r"扣", "deduct"),
    (r"[查査]", "query"),
)


def fuzzy_title_actions(title: str) -> list[str]:
    """A title's action when a bad scan garbled its verb (「协助扣北1」, 「协助凛结」): one character
    of the verb is enough in a title, where nothing else competes with it."""
    found = []
    for pattern, code in _FUZZY_TITLE:
        m = re.search(pattern, title)
        if m:
            found.append((m.start(), code))
            title = title[:m.start()] + "　" * (m.end() - m.start()) + title[m.end():]
    return [code for _, code in sorted(found)]


CANONICAL_NAMES: tuple[tuple[str, str], ...] = (
    ("协助执行通知书", "assist_notice"), ("协助查询通知书", "query_form"), ("执行裁定书", "ruling"),
    ("执行公务证", "duty_cert"), ("工作证件", "work_id"), ("生效法律文书", "judgment"), ("民事判决书", "judgment"),
    ("介绍信", "intro_letter"), ("查询单", "query_form"),
)


def near_documents(text: str) -> list[tuple[str, str]]:
    """(code, what was read) for names read with one wrong character (「执行公务江」 for 执行公务证).

    A bad scan turns one character of a name into a look-alike; a name of four characters or
    more with one character off is still that name. Always a guess for the reviewer.
    """
    found: list[tuple[int, str, str]] = []
    for name, code in CANONICAL_NAMES:
        n = len(name)
        if n < 4:
            continue
        for i in range(len(text) - n + 1):
            window = text[i:i + n]
            if sum(a != b for a, b in zip(window, name, strict=True)) == 1 and window[0] == name[0]:
                found.append((i, code, window))
    found.sort()
    out: list[tuple[str, str]] = []
    last = -1
    for i, code, window in found:
        if i > last:
            out.append((code, window))
            last = i + len(window) - 1
    return out


def agency_in(text: str) -> str | None:
    for pattern, code in AGENCIES:
        if re.search(pattern, text):
            return code
    return None


def measures_in(text: str) -> list[tuple[str, str]]:
    """(code, Chinese name) of the measures a phrase asks another agency for, in order."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern, code, name in MEASURE_WORDS:
        for m in re.finditer(pattern, text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), code, name))
    seen: dict[str, str] = {}
    for _, code, name in sorted(found):
        seen.setdefault(code, name)
    return list(seen.items())


def number(text: str) -> int | None:
    """An Arabic or Chinese count (2, 二, 两, 十五)."""
    from extract.values import chinese_int

    text = text.strip()
    if text.isdigit():
        return int(text)
    return chinese_int(text)


_NOT_PLACE = ("进一步", "关于", "完善", "加强", "深化", "推进", "印发", "仅限于", "仅限", "限于", "是指", "包括", "全面", "适用于", "限", "号", "的", "在", "对", "于")


def place(name: str) -> str:
    """A city's name without the words a greedy match takes in front of it (「完善云浮」→「云浮」)."""
    changed = True
    while changed:
        changed = False
        for word in _NOT_PLACE:
            if name.startswith(word) and len(name) > len(word) + 1:
                name = name[len(word):]
                changed = True
    return name
