"""The statements the rules need, read by meaning from the court's own words.

A judgment states its cause (「追索劳动报酬纠纷」, 「机动车交通事故责任纠纷」), what it orders
(「支付原告抚养费…」, 「赔偿医疗费、误工费、残疾赔偿金…」) and what it found (「经审理查明…」);
a ruling states the basis of enforcement, the court's property investigation
(「经网络查控，未发现被执行人有其他可供执行的财产」) and whether it is a 先予执行. Courts
word these in many ways, so each fact is read from a vocabulary built on the law's own
terms (seed 000 第三条（一）4's seven grounds; the items of 人身损害赔偿 in 民法典 第一千一百
七十九条) and their usual variants, sentence by sentence, wherever the paper says it: 主文,
本院认为, 经审理查明 or the ruling's reasons. A sentence that refuses a claim
(「驳回…」, 「不予支持」) states no fact. Every hit keeps its place, so the reviewer sees
the words the fact was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """A fact and the characters of the paper's text it was read from."""

    code: str
    value: object
    start: int
    end: int


SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")
REFUSED = re.compile(r"驳回|不予支持|不予准许|不属于|并非|不是|不符合|未能证明|无证据证明")

# ------------------------------------------------------------------ withdrawal grounds

MAINTENANCE = re.compile(r"抚养费|赡养费|扶养费|抚育费|抚恤金|(?:抚养|赡养|扶养)纠纷|抚养关系纠纷")
WAGES = re.compile(
    r"农民工[^。；]{0,12}?(?:工资|报酬|劳务费)|劳动报酬|劳务报酬|追索劳动报酬|拖欠(?:的)?工资|工资款"
    r"|(?:支付|给付|结清|偿付|发放)[^。；，]{0,16}?(?:工资|劳务费)|劳务费|劳动争议"
)
INJURY_CAUSE = re.compile(
    r"人身损害赔偿|人身损害|机动车交通事故责任纠纷|交通事故|生命权、身体权、健康权纠纷|生命权、健康权、身体权纠纷"
    r"|健康权纠纷|身体权纠纷|生命权纠纷|提供劳务者受害责任纠纷|医疗损害责任纠纷|人身伤害|工伤|刑事附带民事"
)
INJURY_ITEMS = re.compile(
    r"医疗费|误工费|护理费|交通费|营养费|住院伙食补助费|残疾赔偿金|死亡赔偿金|丧葬费|被扶养人生活费|残疾辅助器具费"
    r"|精神损害抚慰金|康复费|后续治疗费"
)
VULNERABLE = re.compile(
    r"最低生活保障|低保|特困(?:人员|供养|户|职工)?|五保|孤寡老人|孤寡|孤儿"
    r"|(?:无|没有)固定(?:的)?生活来源的?残疾人|残疾人[^。；]{0,12}?(?:无|没有)固定(?:的)?生活来源|刑事附带民事"
)
COUNTRY = (r"(?:国外|境外|海外|(?!中国|全国)[\u4e00-\u9fff]{1,2}国(?![家企有内营])"
           r"|加拿大|澳大利亚|澳洲|新西兰|日本|新加坡|马来西亚|意大利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威"
           r"|丹麦|芬兰|奥地利|爱尔兰|希腊|俄罗斯|土耳其|以色列|印度尼西亚|印度|菲律宾|越南|柬埔寨|巴西|阿根廷"
           r"|墨西哥|智利|南非|欧洲|北美)")
"""A country abroad as a sentence names it: 「英国」, 「加拿大」, 「国外」 (not 国家, 国企, 国有, 全国, 国内)."""
EMIGRATION = re.compile(
    r"出境定居|出国定居|出(?:国|境)\s*(?:[（(]\s*(?:境|国)\s*[)）]|[、/或](?:境|国))\s*定居|定居(?:国外|境外|海外)"
    r"|已?加入[\u4e00-\u9fff]{1,8}国籍"
    r"|(?:移民|移居|迁居)(?:至|到|往|赴)?" + COUNTRY
)
"""Settling abroad as a court or a police station words it; a 户口注销证明 prints 「出国（境）定居」."""
HOUSING = re.compile(
    r"购买自住住房|偿还购房贷款|购房贷款|购房款|房屋价款|房款|支付房租|房租|房屋租金|住房租金|住房消费"
    r"|商品房(?:预售|销售|买卖)合同纠纷|房屋买卖合同纠纷|房屋租赁合同纠纷"
    r"|(?:偿还|归还|清偿|返还|支付|给付)[^。；]{0,20}?(?:住房|购房|房屋|按揭)[^。；]{0,6}?贷款"
    r"|(?:住房|购房|按揭)贷款[^。；]{0,12}?(?:本金|本息|欠款)"
)
"""Buying, renting or paying for one's home, and repaying the loan that bought it (「偿还原告住房
公积金个人住房贷款本金及利息」): 000 第三条（一）4's 偿还购房贷款本息 in a judgment's words."""
RESPONDENT_SAID = r"(?:被执行人|被告|被申请人|其本人|该职工)"
KIN = r"(?:母亲|父亲|父母|配偶|妻子|丈夫|子女|儿子|女儿|家属|亲属|之妻|之夫|之子|之女)"
RESPONDENT_GAP = r"(?:(?!" + KIN + r")[^。；]){0,24}?"
"""From the respondent to what is said of them, passing no relative (「被执行人的母亲已退休」 is hers)."""
NOT_SHORTLY_BEFORE = "".join(rf"(?<![未没不无]{'[^，,]' * n})" for n in range(4))
"""No negation (未, 尚未, 没, 不, 不再, 无法) in the four characters before: 「未按月领取」, 「不再领取」."""
RETIRED = re.compile(RESPONDENT_SAID + RESPONDENT_GAP
                     + r"(?:" + NOT_SHORTLY_BEFORE + r"(?:退休|离休)(?!年龄|金|待遇)"
                     r"|已经?达到?(?:法定)?(?:退休|离休)年龄"
                     r"|" + NOT_SHORTLY_BEFORE + r"(?:领取|享受)(?:基本)?(?:养老金|养老保险待遇|退休金|退休待遇))")
DECEASED = re.compile(RESPONDENT_SAID + RESPONDENT_GAP + r"(?:已于[^。；]{0,16}?)?(?:死亡|去世|病故|逝世|亡故)(?!赔偿)")
FUND = re.compile(r"公积金")
DIVIDED = re.compile(r"分割|分配|归[^。；]{0,12}?所有|各半|各[占享得]|一半|折价|补偿|支付|给付|继承|由[^。；]{0,8}?享有")
MARRIAGE_OR_ESTATE = re.compile(r"离婚|婚姻|夫妻|继承|遗产|析产|共有财产")

PROOF_GROUNDS: dict[str, re.Pattern[str]] = {
    "retirement": re.compile(r"(?<![未没尚不])(?:退休|离休)(?!年龄)|已经?达到?(?:法定)?(?:退休|离休)年龄"),
    "death": re.compile(r"(?:死亡|去世|病故|逝世)(?!赔偿)"),
    "emigration": EMIGRATION,
    "vulnerable_applicant": VULNERABLE,
}
"""On a proof of the ground itself (退休证明, 死亡证明 …) the ground is what it proves."""


_WRAP = re.compile(r"(?<![。；;：:])\n(?![一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")


def _unwrap(text: str) -> str:
    """A sentence wrapped over lines read whole: a line break not after a sentence's end, nor
    before a new item, becomes a space (one character for one, so offsets still hold)."""
    return _WRAP.sub(" ", text)


def grounds_in(text: str, *, proof: bool = False, whole: str | None = None) -> list[Hit]:
    """Seed 000 第三条（一）4's grounds this paper states, each with where it says so.

    `whole` is the entire paper (a judgment's cause sits in its first lines while its
    order comes pages later); by default the text itself.
    """
    whole = text if whole is None else whole
    hits: list[Hit] = []
    injury_case = bool(INJURY_CAUSE.search(whole))
    marriage_case = bool(MARRIAGE_OR_ESTATE.search(whole))
    for match in SENTENCE.finditer(_unwrap(text)):
        sentence, base = match.group(0), match.start()
        if REFUSED.search(sentence):
            continue

        def add(code: str, m: re.Match[str] | None, base: int = base) -> None:
            if m is not None and all(h.code != code for h in hits):
                hits.append(Hit(code, code, base + m.start(), base + m.end()))

        add("maintenance_wages_injury", MAINTENANCE.search(sentence))
        add("maintenance_wages_injury", WAGES.search(sentence))
        items = list(dict.fromkeys(m.group(0) for m in INJURY_ITEMS.finditer(sentence)))
        if items and (injury_case or len(items) >= 2):
            add("maintenance_wages_injury", INJURY_ITEMS.search(sentence))
        add("maintenance_wages_injury", INJURY_CAUSE.search(sentence) if "刑事附带民事" not in sentence else None)
        vulnerable = VULNERABLE.search(sentence)
        if vulnerable and not _about_respondent(sentence, vulnerable.start()):
            add("vulnerable_applicant", vulnerable)
        add("emigration", EMIGRATION.search(sentence))
        add("housing_consumption", HOUSING.search(sentence))
        if marriage_case and FUND.search(sentence) and DIVIDED.search(sentence):
            add("marriage_inheritance_division", FUND.search(sentence))
        if proof:
            for code, pattern in PROOF_GROUNDS.items():
                add(code, pattern.search(sentence))
        else:
            add("retirement", RETIRED.search(sentence))
            add("death", DECEASED.search(sentence))
    return hits


def _about_respondent(sentence: str, position: int) -> bool:
    """「被执行人生活困难，系低保户」 speaks of the debtor: no ground for the applicant."""
    clause_start = max(sentence.rfind(mark, 0, position) for mark in "，,：:") + 1
    clause = sentence[clause_start:position]
    before = sentence[:position]
    said_of_respondent = re.search(r"被执行人|被告|被申请人", clause) or (
        re.search(r"被执行人|被告", before) and not re.search(r"申请执行人|原告|申请人", before))
    return bool(said_of_respondent) and not re.search(r"申请执行人|原告", clause)


# ------------------------------------------------------------------ property investigation

FOUND = r"(?:发现|查询到|查到|查找到|查实|找到|查获|查控到|发现有|查明)"
EXECUTABLE = r"(?:可供执行|可供清偿|可供处置|可供变价|可执行|可以执行)"
NO_OTHER_PROPERTY = re.compile(
    r"(?:未|没有|无|尚未|暂未|均未|未能)" + FOUND + r"?"
    r"[^。；，,]{0,16}?(?:其他|其它|别的|其余)[^。；]{0,6}?" + EXECUTABLE + r"?的?财产"
    r"|(?:其他|其它|其余|现有|全部|名下)[^。；]{0,24}?财产[^。；]{0,4}?不足(?:以)?(?:清偿|覆盖|支付|履行|偿还|偿付)"
    r"|确无其他可供执行"
    r"|除[^。；]{0,24}?住房公积金[^。；]{0,12}?外[^。；]{0,24}?(?:无|未发现|没有|未查到)[^。；]{0,12}?财产"
    r"|(?:仅有|只有|仅剩|仅)[^。；]{0,12}?住房公积金(?:账户)?(?:资金|余额)?可供执行"
    r"|(?:未|没有|无|暂无|尚无|均无)" + FOUND + r"?[^。；，,]{0,24}?" + EXECUTABLE + r"的?(?:其他|其它)?财产"
    r"|(?:无|没有|暂无|尚无)[^。；，,]{0,12}?财产可供(?:执行|清偿|处置)"
)
"""The court's finding that nothing else can be enforced: seed 000 第三条（一）3's 「确无其他可供执行
的财产或者其他财产不足以覆盖全部执行标的」 and the usual wordings of a 终结本次执行 finding
(「未发现被执行人有可供执行的财产」, 「暂无财产可供执行」, 「除住房公积金外无其他财产」)."""
OTHER_PROPERTY = re.compile(
    r"(?:尚有|另有|还有|名下有|仍有)(?:其他|其它)(?:可供执行的?)?财产(?:可供执行)?"
    r"|(?:尚有|另有|还有|仍有)[^。；，]{0,12}?" + EXECUTABLE
)
CONDITIONAL = re.compile(r"(?:如|若|如果|倘若|假如)[^。；，]{0,12}$")
"""「如被执行人无其他财产可供执行的，…」 quotes a rule; it states no finding."""


def property_statement(text: str) -> Hit | None:
    """The court's property investigation as the ruling states it: True (no other
    property, or not enough), False (other property remains), None (silent)."""
    for match in SENTENCE.finditer(_unwrap(text)):
        sentence, base = match.group(0), match.start()
        found = NO_OTHER_PROPERTY.search(sentence)
        if found and not _conditional(sentence, found.start(), found.end()):
            return Hit("no_other_property", True, base + found.start(), base + found.end())
        other = OTHER_PROPERTY.search(sentence)
        if (other and not re.search(r"未|没有|无", sentence[: other.start()][-6:])
                and not _conditional(sentence, other.start(), other.end())):
            return Hit("no_other_property", False, base + other.start(), base + other.end())
    return None


def _conditional(sentence: str, start: int, end: int) -> bool:
    """The words sit in an 「如…的，」 clause: a condition, not what the court found."""
    clause_start = max(sentence.rfind(mark, 0, start) for mark in "，,：:") + 1
    return bool(CONDITIONAL.search(sentence[clause_start:start])) or bool(
        re.match(r"[^。；，]{0,6}?的[，,]", sentence[end:]))


# ------------------------------------------------------------------ 先予执行

PRELIMINARY = re.compile(r"先予执行")
NOT_PRELIMINARY = re.compile(r"(?:不属于|不是|非|并非|不适用|无需|不予|未)先予执行")
EFFECTIVE_BASIS = re.compile(
    r"(?:已经?)?发生法律效力的[^。；]{0,60}?(?:判决书|调解书|裁决书|公证债权文书|支付令)"
    r"|执行依据[^。；]{0,50}?(?:判决书|调解书|裁决书|公证债权文书|支付令)"
    r"|号(?:民事|刑事附带民事|行政)?(?:判决书|调解书|裁决书)"
)


def preliminary_statement(text: str) -> Hit | None:
    """Whether the enforcement is a 先予执行 (True), rests on an effective judgment (False),
    or the paper does not say (None)."""
    negated = NOT_PRELIMINARY.search(text)
    if negated:
        return Hit("preliminary_enforcement", False, negated.start(), negated.end())
    for match in SENTENCE.finditer(_unwrap(text)):
        sentence, base = match.group(0), match.start()
        said = PRELIMINARY.search(sentence)
        # 「原告申请先予执行，本院不予准许」 refuses it: no 先予执行 was ordered
        if said and not REFUSED.search(sentence):
            return Hit("preliminary_enforcement", True, base + said.start(), base + said.end())
    basis = EFFECTIVE_BASIS.search(text)
    if basis:
        return Hit("preliminary_enforcement", False, basis.start(), basis.end())
    return None


# ------------------------------------------------------------------ 财产保全

PRESERVATION = re.compile(r"财产保全|诉讼保全|诉前保全|保全裁定|执保")


def preservation_statement(text: str) -> Hit | None:
    """A freeze for 财产保全: its ruling is the trial court's (民初…号), its notice an 执保 number."""
    found = PRESERVATION.search(text)
    return Hit("preservation", True, found.start(), found.end()) if found else None


# ------------------------------------------------------------------ 续行冻结: the old freeze

OLD_FREEZE = re.compile(
    r"原(?:冻结)?期限|原冻结|原定|前次冻结|上次冻结|首次冻结|前期冻结|在先冻结|此前冻结|已冻结|(?:已|曾|先行)[^。；，]{0,20}?(?:冻结|续冻)"
)
"""A renewal recalls the freeze it extends: 「本院原冻结期限至…届满」, 「前次冻结于…到期」, or an
earlier renewal of it (「已续行冻结至…」)."""
RENEWAL = re.compile(r"续行冻结|续冻|继续冻结|延长冻结|续封|续行")
ENDS_AFTER = re.compile(r"^\s*(?:届满|到期|期满|止|为止|终止)")
ENDS_BEFORE = re.compile(r"(?:至|到|止于|截至)\s*$")


def previous_freeze_end(text: str) -> Hit | None:
    """The end of the freeze a renewal extends, as the court's paper recalls it (an ISO date).

    Read where a clause speaks of the old freeze (原冻结期限, 前次冻结 …) before any word
    of the renewal itself: the date it ends on (「至…届满」, 「于…到期」, 「…止」). The
    renewal's own period (「续行冻结期限自…至…」) is not the old one. Where it recalls several
    (the first freeze's end, then an earlier renewal's: 「已续行冻结至…届满」), the freeze stands
    until the latest. None where the paper recalls no end."""
    from extract.values import find_dates  # values imports normalize; facts stays light

    ends: list[Hit] = []
    for match in SENTENCE.finditer(_unwrap(text)):
        sentence, base = match.group(0), match.start()
        for value, start, end in find_dates(sentence):
            before = sentence[:start]
            if not _about_old_freeze(before):
                continue
            if ENDS_AFTER.match(sentence[end:end + 4]) or ENDS_BEFORE.search(before[-4:]):
                ends.append(Hit("previous_freeze_end", value.isoformat(), base + start, base + end))
    return max(ends, key=lambda hit: str(hit.value), default=None)


# ------------------------------------------------------------------ a period stated by its length

LIMIT_WORDS = re.compile(r"不得超过|不超过|最长|以内|最多|上限|届满前")
FREEZE_WORD = re.compile(r"冻结|续冻")


def freeze_length(text: str) -> Hit | None:
    """A freeze period the paper states by its length alone (「冻结期限为三年」, 「冻结六个月」):
    "3y" or "6m". It runs from the day the measure is taken, so it names no dates; a clause
    with dates is the period reader's, one about the old freeze or quoting the law's limit
    (「冻结期限不得超过三年」) states no length of this freeze. A clause that recalls the old freeze
    and then renews it (「对上述已冻结的住房公积金续行冻结三年」) states the renewal's length."""
    from extract.values import find_dates, parse_freeze_period

    for match in SENTENCE.finditer(_unwrap(text)):
        sentence, base = match.group(0), match.start()
        if not FREEZE_WORD.search(sentence) or find_dates(sentence):
            continue
        offset = 0
        for clause in re.split(r"(?<=[，,])", sentence):
            start, offset = offset, offset + len(clause)
            if LIMIT_WORDS.search(clause) or _about_old_freeze(clause):
                continue
            period = parse_freeze_period(clause)
            if period is None or period.start or period.end or not (period.years or period.months):
                continue
            value = f"{period.years}y" if period.years else f"{period.months}m"
            return Hit("freeze_length", value, base + start, base + offset)
    return None


def _about_old_freeze(clause: str) -> bool:
    """The clause recalls the old freeze and renews nothing after that (「原冻结期限为三年」,
    「本院原冻结期限至」 before the date it recalls)."""
    cues = [c.end() for c in OLD_FREEZE.finditer(clause)]
    return bool(cues) and not RENEWAL.search(clause[cues[-1]:])
