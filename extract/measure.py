"""Which agency measure a court's paper asks, and what it is asked on.

Courts send the police, the land and housing registries and market regulation their own
papers (seed 002 四、7, 13, 14, 17): a 协助查询通知书, a 协助执行通知书 to seal, unseal or
transfer, a 协助查找被执行人函, a 协助公示通知书. The agency is the paper's addressee
(「云浮市公安局交通警察支队车辆管理所：」), the measure is the verb of the sentence that asks
(「请协助执行下列事项：一、查封…」), and its object is described in the words courts use for
it: a vehicle by 号牌号码 and 车辆识别代号（车架号）, real estate by 不动产权证号 and 坐落,
equity by the company's name, its 统一社会信用代码 and the 股权数额. A paper addressed to a
provident-fund centre names no measure (the contract's `measure` is null for the centre).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.facts import Hit

AGENCY_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("fund", re.compile(r"住房公积金|公积金管理")),
    ("police", re.compile(r"公安|派出所|车辆管理所|车管所|交通警察|交警|出入境管理")),
    ("market", re.compile(r"市场监督管理|市场监管|工商行政管理|工商局|工商分局")),
    ("housing", re.compile(r"住房和城乡建设|住房城乡建设|住建|房地产管理|房产管理|房管局|住房保障")),
    ("land", re.compile(r"自然资源|国土资源|国土局|不动产登记|规划管理局|土地管理")),
]
"""The addressee's words for each agency, the provident-fund centre first: 「住房公积金管理中心」
also holds 「住房」, and a 不动产登记中心 may sit under either registry (its addressee decides)."""

ADDRESSEE = re.compile(r"^\s*受送达人[：:]\s*([^\n：:，。；]{3,40}?)\s*$|^\s*([^\n：:，。；]{3,40}?)[：:]\s*$", re.M)
"""「云浮市公安局交通警察支队车辆管理所：」 — the addressee on a line of its own; a 送达回证
names it after 受送达人."""

SUBJECT_AGENCY: list[tuple[str, re.Pattern[str]]] = [
    ("police", re.compile(r"号牌|车架号|车辆识别代号|机动车|车辆档案|户籍|身份信息|下落")),
    ("market", re.compile(r"股权|投资权益|统一社会信用代码|股东变更|企业信用信息公示")),
    ("land", re.compile(r"不动产权|国有土地使用|土地使用权|坐落")),
]
"""Where no addressee is read, what the paper speaks of tells the agency."""

LOCATE = re.compile(r"协助查找|查找被执行人|协查(?:被执行人)?下落|查找[^。]{0,12}下落")
UNSEAL = re.compile(r"解除(?:对[^。；]{0,200}?的)?(?:查封|冻结)|解封|解冻|撤销(?:对[^。；]{0,200}?的)?(?:查封|冻结)")
TRANSFER = re.compile(r"过户|转移登记|变更登记|股东变更|强制转让|过户登记|转移至|变更至|变更为[^。]{0,20}名下|转让")
SEAL = re.compile(r"轮候查封|预查封|查封|扣押")
FREEZE = re.compile(r"轮候冻结|冻结")
QUERY = re.compile(r"查询|调取|查阅|复制[^。]{0,10}(?:档案|资料)")
ASKS = re.compile(r"请(?:你|贵)?(?:单位|局|所|中心|处|队|支队)?(?:予以)?协助|协助执行(?:下列|如下)事项|协助事项|协助公示|请协助"
                  r"|裁定如下|判决如下")
"""Where the request starts: the notice's 「请协助…」, a ruling's operative part."""


@dataclass(frozen=True)
class MeasureHit:
    """The measure a paper asks, and where on its text the asking words stand."""

    measure: str
    start: int
    end: int


def addressee_agency(text: str) -> str | None:
    """The agency named as the paper's addressee (「…车辆管理所：」, 「受送达人：…」), if any."""
    for match in ADDRESSEE.finditer(text[:600]):
        name = match.group(1) or match.group(2)
        if "法院" in name or re.search(r"^(?:附|联系|注|备注|事由|案由|经办人|承办人|执行员)", name):
            continue
        for agency, pattern in AGENCY_WORDS:
            if pattern.search(name):
                return agency
    return None


def agency_of(text: str) -> str | None:
    """The agency a paper is addressed to: by its addressee, else by what it speaks of."""
    if (named := addressee_agency(text)) is not None:
        return named
    if AGENCY_WORDS[0][1].search(text):
        return "fund"
    for agency, pattern in SUBJECT_AGENCY:
        if pattern.search(text):
            return agency
    return None


def measure_of(text: str, title: str | None) -> MeasureHit | None:
    """The measure this paper asks of its agency; None for the fund centre or when unsaid.

    The verb is the first one named in what the paper asks (see `_first_verb`), else its
    title's; a 协助查询通知书 asks a query unless its request names another measure.
    """
    agency = agency_of(text)
    if agency in (None, "fund"):
        return None
    asked = _asking_part(text)
    verb = _first_verb(asked[1], agency)
    if title and "查询" in re.sub(r"\s+", "", title) and verb in (None, "query"):
        verb = "query"
    elif verb is None and title:
        verb = _first_verb(title, agency)
    if verb is None:
        return None
    measure = MEASURE_NAMES.get((agency, verb))
    if measure is None:
        return None
    return MeasureHit(measure, asked[0], asked[0] + len(asked[1]))


MEASURE_NAMES: dict[tuple[str, str], str] = {
    ("police", "query"): "police.identity_query",
    ("police", "locate"): "police.locate",
    ("police", "seal"): "police.vehicle_seal",
    ("police", "unseal"): "police.vehicle_seal",
    ("police", "transfer"): "police.vehicle_transfer",
    ("land", "query"): "land.query",
    ("land", "seal"): "land.seal",
    ("land", "unseal"): "land.unseal",
    ("land", "transfer"): "land.transfer",
    ("housing", "query"): "housing.query",
    ("housing", "seal"): "housing.seal",
    ("housing", "unseal"): "housing.unseal",
    ("housing", "transfer"): "housing.transfer",
    ("market", "query"): "market.query",
    ("market", "seal"): "market.equity_freeze",
    ("market", "unseal"): "market.equity_unfreeze",
    ("market", "transfer"): "market.equity_transfer",
}
"""(agency, verb) → the contract's measure. Seed 002 gives the police no vehicle unseal of its
own; it is the seal's procedure (四、7（3）), so an unseal asked of the police is read as that."""

VERB_OF: dict[str, str] = {m: verb for (_, verb), m in reversed(list(MEASURE_NAMES.items()))}


def for_agency(measure: str, agency: str) -> str:
    """The same measure asked of another agency: a ruling read alone names no addressee, the
    送达回证 or the introduction letter does."""
    return MEASURE_NAMES.get((agency, VERB_OF.get(measure, "")), measure)


VERBS: list[tuple[str, re.Pattern[str]]] = [
    ("locate", LOCATE), ("unseal", UNSEAL), ("transfer", TRANSFER), ("seal", SEAL), ("seal", FREEZE),
    ("query", QUERY),
]
IN_PASSING = re.compile(r"(?:已|已经|已被|曾|原|经|本院)[\u4e00-\u9fff]{0,4}$")
"""「已被本院查封的车辆过户至…」: a measure already taken, recalled before the one asked."""
FORBIDDEN = re.compile(r"不予|不得|禁止|限制|暂停|停止|不准")
"""「查封期间不予办理该车辆的过户」, 「不得办理被冻结股权的转让、出质等变更登记」: a measure
forbidden while the seal lasts (in the same clause) is not asked."""
NOT_ASKED_AFTER = re.compile(r"^(?:的|期间|期限|登记(?:的|期间)|之日|后|状态|情况)")
"""「查封期间不予办理过户」, 「查封的房屋」: the verb names a state, not the request."""


def _first_verb(text: str, agency: str) -> str | None:
    """The measure asked, leaving out measures named in passing.

    「一、解除对上述车辆的查封；二、将上述车辆过户至买受人名下」 asks a transfer: the seal is
    lifted for it, so a transfer asked wins; otherwise the measure named first is the one
    asked (「解除对…的查封」 starts at 解除, before its 查封). A seal's terms (「查封期间不予
    办理过户」) and a measure already taken (「已被本院查封的」) are not the request.
    """
    found: dict[str, int] = {}
    for verb, pattern in VERBS:
        if verb == "locate" and agency != "police":
            continue
        for match in pattern.finditer(text):
            clause = re.split(r"[，,。；;：:]", text[max(0, match.start() - 40): match.start()])[-1]
            if IN_PASSING.search(clause[-6:]) or FORBIDDEN.search(clause):
                continue
            if verb != "unseal" and NOT_ASKED_AFTER.match(text[match.end(): match.end() + 4]):
                continue
            found[verb] = min(found.get(verb, match.start()), match.start())
            break
    if "transfer" in found:
        return "transfer"
    return min(found, key=lambda verb: found[verb]) if found else None


def _asking_part(text: str) -> tuple[int, str]:
    """From the words that ask (「请协助执行下列事项：」) to the end of what is asked: the
    paper's earlier sentences recall the case (「本院作出的…查封裁定」) and are not the request."""
    match = ASKS.search(text)
    if match is None:
        return 0, text
    end = len(text)
    for stop in re.finditer(r"特派|特此|此致|附[:：]|联系人|（此页|\n\s*[^\n]{2,20}人民法院\s*\n", text[match.end():]):
        end = match.end() + stop.start()
        break
    return match.start(), text[match.start(): end]


# ------------------------------------------------------------------ the object of the measure

PLATE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][·•.．\s]?[A-Z0-9]{4}[A-Z0-9挂学警港澳]{1,2}"
)
VIN = re.compile(r"(?<![A-Z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])")
CERTIFICATE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][（(]\d{4}[）)][\u4e00-\u9fff\d]{2,24}?不动产(?:权|证明)第\s*\d+\s*号"
    r"|[\u4e00-\u9fff]{1,8}(?:房权证|房产证|国用|土地证)[\u4e00-\u9fff（）()\d]{0,16}?第\s*[\dA-Za-z\-]+\s*号"
)
CERTIFICATE_LABEL = re.compile(r"(?:不动产权证书?号|不动产权证号码|权证号|产权证号|房产证号|房屋所有权证号|土地使用证号)[码]?[：:为\s]*")
LOCATION = re.compile(r"坐落(?:于|在|为|位置)?[：:\s]*([\u4e00-\u9fffA-Za-z0-9\-—#（）()]{4,60}?)(?=[，,；;。、）)\s]|的(?:房|不动|土地)|$)")
CREDIT_CODE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
COMPANY = re.compile(r"([\u4e00-\u9fff（）()]{2,40}?(?:股份有限公司|有限责任公司|有限公司|合伙企业[（(]有限合伙[）)]|合伙企业))")
OWNER_WORDS = re.compile(r"持有的|所持有的|所持的|名下的|持有|所持|投资于|在|名称[：:]|[：:]")
"""「解除对被执行人陈东嘉持有的新兴县泰业…有限公司」: the company's name starts after these."""
SHARE = re.compile(
    r"(?:股权数额[：:\s]*)?(\d+(?:\.\d+)?\s*[%％](?:的)?(?:股权|股份|出资)(?:[（(][^（）()]{0,40}[）)])?"
    r"|(?:认缴|实缴)?出资(?:额)?(?:人民币)?\s*[\d.,，]+\s*万?元(?:的)?(?:股权|出资)?)"
)
SHARE_LABEL = re.compile(r"股权数额[：:\s]*([^\n，,；;。]{2,40})")
VEHICLE_WORDS = re.compile(r"号牌|车架号|车辆识别代号|机动车|车辆")
ESTATE_WORDS = re.compile(r"不动产|房屋|房产|土地|坐落")
EQUITY_WORDS = re.compile(r"股权|投资权益|出资")


@dataclass(frozen=True)
class Part:
    """One part of the subject as printed, and where it stands on the text."""

    name: str
    value: str
    start: int
    end: int


def subject_parts(text: str, measure: str) -> tuple[str, list[Part]] | None:
    """The kind of object (vehicle, real_estate, equity) and the parts the paper gives of it.

    What is asked is read first, so a ruling's recital of another property does not become
    the object; only where the request points back (「上述车辆」) is the paper read before it.
    A query or a search for a person has no object.
    """
    if measure.endswith(("query", "locate")):
        return None
    start, asked = _asking_part(text)
    found = _parts_in(start, asked, measure)
    if not found[1] and start > 0:
        # 「将上述车辆的所有权变更登记至…」: the request points back to the object the paper
        # described before it asked (「本院依法拍卖被执行人…名下的机动车（号牌号码…）」)
        found = _parts_in(0, text[:start], measure)
    return found


def _parts_in(start: int, asked: str, measure: str) -> tuple[str, list[Part]]:
    """The object's parts as one stretch of the paper (from `start`) describes them."""
    flat, where = _flatten(asked)
    parts: list[Part] = []

    def add(name: str, value: str, s: int, e: int) -> None:
        if value and all(p.name != name for p in parts):
            parts.append(Part(name, value, start + where[s], start + where[max(s, e - 1)] + 1))

    if measure.startswith("police."):
        kind = "vehicle"
        if ((m := re.search(r"(?:号牌号码|号牌号|车牌号码|车牌号|号牌)[：:为]?", flat)) and (
                p := PLATE.search(flat, m.end(), m.end() + 14))) or (p := PLATE.search(flat)):
            add("plate", re.sub(r"[•.．\s]", "·", p.group(0)), p.start(), p.end())
        if (m := re.search(r"(?:车辆识别代号|车架号|识别代号|VIN)", flat)) and (
                v := VIN.search(flat, m.end(), m.end() + 30)):
            add("vin", v.group(0), v.start(), v.end())
        if m := re.search(r"品牌型号[：:为]?([^，,；;。）)]{2,40})", flat):
            add("model", m.group(1), m.start(1), m.end(1))
    elif measure.startswith(("land.", "housing.")):
        kind = "real_estate"
        if c := CERTIFICATE.search(flat):  # full-width brackets, as the case number is written
            add("certificate", re.sub(r"\s+", "", c.group(0)).replace("(", "（").replace(")", "）"), c.start(), c.end())
        elif (m := CERTIFICATE_LABEL.search(flat)) and (
                v := re.match(r"([^，,；;。）)]{4,40})", flat[m.end():])):
            add("certificate", v.group(1), m.end(), m.end() + len(v.group(1)))
        if loc := LOCATION.search(flat):
            add("location", loc.group(1), loc.start(1), loc.end(1))
    else:
        kind = "equity"
        label = re.search(r"统一社会信用代码[：:为\s]*", flat)
        code = CREDIT_CODE.match(flat, label.end()) if label else None
        if code is None:  # unlabelled: a credit code carries letters, an ID number does not
            code = next((m for m in CREDIT_CODE.finditer(flat) if re.search(r"[A-Z]", m.group(0)[:-1])), None)
        company = None
        for m in COMPANY.finditer(flat):
            if code is None or m.end() <= code.start() + 2:
                company = m
        if company is not None:
            name = company.group(1)
            cut = max((m.end() for m in OWNER_WORDS.finditer(name)), default=0)
            add("company", name[cut:], company.start(1) + cut, company.end(1))
        if code is not None:
            add("credit_code", code.group(0), code.start(), code.end())
        if (m := SHARE_LABEL.search(flat)) or (m := SHARE.search(flat)):
            add("share", m.group(1), m.start(1), m.end(1))
    return kind, parts


def _flatten(text: str) -> tuple[str, list[int]]:
    """The text without line breaks (a VIN or a 坐落 may wrap), with each character's offset."""
    flat, where = [], []
    for i, ch in enumerate(text):
        if ch in "\n\r":
            continue
        flat.append(ch)
        where.append(i)
    return "".join(flat), where or [0]


# ------------------------------------------------------------------ what the measure rests on



ABSCONDED = re.compile(r"拘留决定后(?:潜逃|逃匿|逃跑)|(?:决定|作出)[^。；]{0,20}拘留[^。；]{0,24}(?:潜逃|逃匿|逃跑|下落不明)")
MISSING_LONG = re.compile(
    r"(?:下落不明|去向不明|音讯全无)[^。；]{0,10}?(?:连续)?(?:已|已经)?(?:超过|逾|达|满|长达)\s*(?:三|3|[四五六七八九十]|\d{1,2})\s*个月"
    r"|长年在外|常年在外"
)
CONFIRMED = re.compile(r"(?:居民委员会|村民委员会|居委会|村委会)[^。；]{0,12}(?:证实|证明|出具)")
HUGE_AMOUNT = re.compile(r"(?:涉案|执行)?(?:金额|标的额?|数额)(?:特别|十分|极其)巨大")
LOCATE_REASON = re.compile(r"下落不明|去向不明|潜逃|逃匿|外出|不知去向|找不到|未找到|拘留")
DISPOSED = re.compile(
    r"(?:拍卖|变卖)[^。；]{0,24}?成交|竞买成交|竞得|以物抵债|抵偿[^。；]{0,6}债务|裁定抵债|作价抵偿"
    r"|归(?:买受人|受让人|申请执行人|承受人)[^。；]{0,12}所有"
)
OWNERSHIP = re.compile(
    r"(?:经查询|经查|查明)[^。；]{0,40}(?:股权|投资权益|登记在|名下)"
    r"|被执行人[\u4e00-\u9fff·]{1,8}?(?:[（(][^（）()]{0,40}[）)])?\s*(?:持有|所持有|所持|名下)的[^。；]{0,80}?(?:股权|投资权益)"
)


def statements(text: str) -> list[Hit]:
    """The facts of seed 002 a paper states: the grounds for a search for the respondent (四、7
    （2）: absconded after detention, missing over three months as the residents' or
    villagers' committee confirms, a very large sum), a disposal completed before a transfer
    (四、7（3）), the equity found to be the respondent's before it is frozen or transferred
    (四、17). A search whose reasons meet none of the three is `locate_grounds: []`; a paper
    silent on a fact states nothing, so the court is asked rather than answered for."""
    found: list[Hit] = []
    grounds: list[tuple[str, re.Match[str]]] = []
    if m := ABSCONDED.search(text):
        grounds.append(("absconded_after_detention", m))
    long_missing, confirmed = MISSING_LONG.search(text), CONFIRMED.search(text)
    if long_missing and confirmed:
        grounds.append(("missing_over_three_months", long_missing))
    if m := HUGE_AMOUNT.search(text):
        grounds.append(("huge_amount", m))
    if grounds:
        found.append(Hit("locate_grounds", [code for code, _ in grounds],
                               min(m.start() for _, m in grounds), max(m.end() for _, m in grounds)))
    elif LOCATE.search(text) and (reason := LOCATE_REASON.search(text)):
        found.append(Hit("locate_grounds", [], reason.start(), reason.end()))
    if m := DISPOSED.search(text):
        found.append(Hit("disposal_completed", True, m.start(), m.end()))
    if m := OWNERSHIP.search(text):
        found.append(Hit("ownership_queried", True, m.start(), m.end()))
    return found
