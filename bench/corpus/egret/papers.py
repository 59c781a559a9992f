"""The wording of each paper a court sends these agencies, as item lists for draw.layout.

Written from the official execution forms' structure (court, title, case number,
addressee, 「…一案」, legal basis, 「请协助执行下列事项」, the items, attachments, date under
seal, contact) and from seed 002's own terms for each agency's measures.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .people import Person

_DIG = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    """1..31 in Chinese numerals as dates print them (十一, 二十, 三十一)."""
    if n < 10:
        return _DIG[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIG[tens]) + "十" + (_DIG[ones] if ones else "")


def cn_date(d: dt.date) -> str:
    """二〇二五年三月十一日."""
    return "".join(_DIG[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


@dataclass
class Case:
    """One enforcement case and everything its papers say about it."""

    court: str
    code: str
    year: int
    seq: int
    respondent: Person
    applicant: str
    cause: str
    officers: list[Person]
    judges: list[str]
    clerk: str
    notice_date: dt.date
    ruling_date: dt.date
    judgment_date: dt.date
    agency: str
    phone: str
    subject: dict = field(default_factory=dict)
    freeze: tuple[dt.date, dt.date] | None = None
    amount: str | None = None
    transferee: Person | None = None
    amount_text: str = ""

    @property
    def number(self) -> str:
        return f"（{self.year}）{self.code}执{self.seq}号"

    @property
    def civil_number(self) -> str:
        return f"（{self.year - 1}）{self.code}民初{self.seq * 3 % 2000 + 101}号"

    @property
    def parties(self) -> str:
        return f"申请执行人{self.applicant}与被执行人{self.respondent.name}{self.cause}一案"

    def officer_line(self) -> str:
        names = "、".join(o.name for o in self.officers)
        return f"特派本院执行人员{names}持工作证、执行公务证前往你处办理，请予协助。"


def respondent_block(c: Case) -> list[tuple]:
    r = c.respondent
    return [("para", f"被执行人：{r.name}，{r.sex}，{r.birth}出生，汉族，住{r.address}，公民身份号码{r.id_number}。")]


def footer(c: Case, attach: list[str], sealed_date: bool = True) -> list[tuple]:
    items: list[tuple] = []
    if attach:
        items.append(("left", "附：" + "；".join(attach)))
    items += [("gap", 30), ("right", c.court), ("date", cn_date(c.notice_date)) if sealed_date else ("right", cn_date(c.notice_date)),
              ("gap", 10), ("left", f"联系人：{c.officers[0].name}　联系电话：{c.phone}")]
    return items


def receipt(c: Case, title: str) -> list[tuple]:
    """The 回执 the agency fills in and returns: part of the notice, not a second one."""
    return [("head", f"{title}（回执）"), ("left", f"{c.court}："),
            ("para", f"你院{c.number}{title}收悉，我单位已于　　年　　月　　日按要求办理完毕。办理情况如下："),
            ("gap", 60), ("left", "经办人：　　　　　　联系电话："), ("gap", 20),
            ("right", "（协助单位盖章）"), ("right", "年　　月　　日")]


# ---------------------------------------------------------------- police
def identity_query(c: Case) -> list[tuple]:
    r = c.respondent
    return [("title", c.court), ("head", "协助查询通知书"), ("num", c.number), ("left", f"{c.agency}："), ("para", f"本院在执行{c.parties}中，依照《中华人民共和国民事诉讼法》第二百五十三条的规定，" "需要向你单位查询被执行人的户籍及身份信息，请协助查询以下事项："), ("para", f"一、被执行人{r.name}（{r.sex}，公民身份号码{r.id_number}）的户籍登记信息、常住及暂住地址、" "身份证号码及电子照片；"), ("para", "二、被执行人的住宿（宾馆入住）、出入境、购买高铁车票及机票记录；"), ("para", "三、被执行人名下的机动车登记信息。"), ("para", c.officer_line()), *footer(c, [])]


LOCATE_CONDITIONS = {
    "detention": "本院于{d}对被执行人作出拘留决定，被执行人在拘留决定作出后潜逃，至今未归案",
    "missing": "本院立案执行后，被执行人下落不明已连续超过三个月，该情况已经其住所地{v}证实",
    "missing_short": "本院于{d}立案执行，被执行人自{d2}起下落不明，本院多次前往其住所地均未找到本人",
    "huge": "本案涉案金额特别巨大，执行标的达人民币{a}元，如不及时查找被执行人将导致案件无法执行",
}


def locate_letter(c: Case, condition: str | None, cond_text: str) -> list[tuple]:
    r = c.respondent
    body = [("title", c.court), ("head", "协助查找被执行人函"), ("num", c.number), ("left", f"{c.agency}："),
            ("para", f"本院受理的{c.parties}，被执行人{r.name}（{r.sex}，{r.birth}出生，公民身份号码{r.id_number}，"
                     f"户籍地{r.address}）拒不履行生效法律文书确定的义务。")]
    if condition:
        body.append(("para", cond_text + "，符合请求公安机关协助查找被执行人下落的条件。"))
    else:
        body.append(("para", "为推进本案执行，本院需查明被执行人下落。"))
    body += [("para", "根据《关于进一步完善云浮市执行联动工作机制的实施意见》的规定，请你局协助查找被执行人下落，"
                      "发现其下落后请于二十四小时内通知本院。"),
             ("para", f"本院指定专门联系人{c.officers[0].name}，二十四小时联系电话{c.phone}。"),
             ("para", c.officer_line())]
    return body + footer(c, [])


# ---------------------------------------------------------------- vehicles
def vehicle_text(s: dict) -> str:
    parts = []
    if s.get("plate"):
        parts.append(f"号牌号码{s['plate']}")
    if s.get("model"):
        parts.append(f"品牌型号{s['model']}")
    if s.get("vin"):
        parts.append(f"车辆识别代号（车架号）{s['vin']}")
    return "，".join(parts)


def vehicle_seal_notice(c: Case, queued: bool) -> list[tuple]:
    s, r = c.subject, c.respondent
    desc = vehicle_text(s)
    what = f"名下的机动车一辆（{desc}）" if desc else "名下登记的机动车"
    items = [("title", c.court), ("head", "协助执行通知书"), ("num", c.number), ("left", f"{c.agency}："),
             ("para", f"关于{c.parties}，本院作出的{c.number}执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》"
                      "第二百五十五条、第二百六十二条的规定，请协助执行下列事项："),
             ("para", f"一、查封被执行人{r.name}（公民身份号码{r.id_number}）{what}，查封期间不予办理该车辆的"
                      "过户、抵押登记及年检业务；")]
    if c.freeze:
        items.append(("para", f"二、查封期限为二年，自{ar_date(c.freeze[0])}起至{ar_date(c.freeze[1])}止。"))
    if queued:
        items.append(("para", "三、如该车辆已被其他人民法院查封，请对本院的查封办理轮候查封登记，并书面告知本院在先查封的情况。"))
    items.append(("para", c.officer_line()))
    return items + footer(c, ["执行裁定书一份"])


def vehicle_transfer_notice(c: Case) -> list[tuple]:
    s, t = c.subject, c.transferee
    return [("title", c.court), ("head", "协助执行通知书"), ("num", c.number), ("left", f"{c.agency}："), ("para", f"关于{c.parties}，本院依法拍卖被执行人{c.respondent.name}名下的机动车（{vehicle_text(s)}），" f"该车辆已由买受人{t.name}竞买成交，本院作出的{c.number}之一执行裁定书已经发生法律效力。" "依照《中华人民共和国民事诉讼法》第二百六十二条的规定，请协助执行下列事项："), ("para", f"一、解除本院对上述车辆的查封；二、将上述车辆的所有权变更登记至买受人{t.name}" f"（公民身份号码{t.id_number}）名下。"), ("para", c.officer_line()), *footer(c, ["执行裁定书一份"])]


# ---------------------------------------------------------------- real estate
def estate_text(s: dict) -> str:
    parts = []
    if s.get("location"):
        parts.append(f"坐落于{s['location']}")
    if s.get("certificate"):
        parts.append(f"不动产权证号{s['certificate']}")
    if s.get("area_m2"):
        parts.append(f"建筑面积{s['area_m2']}平方米")
    return "，".join(parts)


def estate_notice(c: Case, verb: str, basis: str) -> list[tuple]:
    """查封 / 解除查封 / 过户 of real estate, addressed to land or housing."""
    s, r = c.subject, c.respondent
    desc = estate_text(s)
    what = f"名下的不动产（{desc}）" if desc else "名下的房产"
    items = [("title", c.court), ("head", "协助执行通知书"), ("num", c.number), ("left", f"{c.agency}："),
             ("para", f"关于{c.parties}，本院作出的{basis}已经发生法律效力。依照《中华人民共和国民事诉讼法》"
                      "有关规定，请协助执行下列事项：")]
    if verb == "seal":
        items.append(("para", f"一、查封被执行人{r.name}（公民身份号码{r.id_number}）{what}；"))
        if c.freeze:
            items.append(("para", f"二、查封期限三年，自{ar_date(c.freeze[0])}起至{ar_date(c.freeze[1])}止，"
                                  "查封期间不得办理转移、抵押等登记手续。"))
    elif verb == "unseal":
        items.append(("para", f"解除对被执行人{r.name}（公民身份号码{r.id_number}）{what}的查封。"))
    else:
        t = c.transferee
        items.append(("para", f"一、解除对被执行人{r.name}{what}的查封、抵押登记；二、将上述不动产的权利人变更登记为"
                              f"{t.name}（公民身份号码{t.id_number}），有关税费由买受人依法缴纳。"))
    items.append(("para", c.officer_line()))
    return items + footer(c, [basis + "一份"])


def estate_query(c: Case) -> list[tuple]:
    r = c.respondent
    return [("title", c.court), ("head", "协助查询通知书"), ("num", c.number), ("left", f"{c.agency}："), ("para", f"本院在执行{c.parties}中，依照《中华人民共和国民事诉讼法》第二百五十三条的规定，" f"请协助查询被执行人{r.name}（公民身份号码{r.id_number}）名下在你单位登记备案的土地、房屋" "等不动产的权属、坐落、面积及查封、抵押登记情况，并提供登记资料复印件。"), ("para", c.officer_line()), *footer(c, [])]


# ---------------------------------------------------------------- market regulation
def equity_text(s: dict) -> str:
    return f"{s['company']}（统一社会信用代码{s['credit_code']}）{s['share']}"


def market_query(c: Case) -> list[tuple]:
    r = c.respondent
    return [("title", c.court), ("head", "协助查询通知书"), ("num", c.number), ("left", f"{c.agency}："), ("para", f"本院在执行{c.parties}中，需查询被执行人{r.name}（公民身份号码{r.id_number}）的工商登记信息，" "请协助查询下列事项：一、被执行人作为股东、投资人的市场主体设立、变更、注销登记情况；" "二、被执行人对外投资及持有股权情况；三、被执行人担任法定代表人、高级管理人员及受行政处罚情况，" "并提供登记原始资料复印件。"), ("para", c.officer_line()), *footer(c, [])]


def publicity_notice(c: Case, unfreeze: bool, capital: str) -> list[tuple]:
    s, r = c.subject, c.respondent
    items = [("title", c.court), ("head", "协助公示通知书"), ("num", c.number), ("left", f"{c.agency}："),
             ("para", f"本院在执行{c.parties}中，作出的{c.number}执行裁定书已送达被执行人及股权所在公司。"
                      f"该公司注册资本人民币{capital}。请你局在企业信用信息公示系统协助公示下列事项：")]
    if unfreeze:
        items.append(("para", f"解除冻结被执行人{r.name}（公民身份号码{r.id_number}）持有的{equity_text(s)}。"
                              "因被执行人已履行完毕生效法律文书确定的义务，本院对上述股权的冻结予以解除。"))
    else:
        items.append(("para", f"一、冻结被执行人{r.name}（公民身份号码{r.id_number}）持有的{equity_text(s)}及其他投资权益"
                              + (f"，冻结数额以人民币{c.amount_text}为限" if c.amount else "") + "；"))
        items.append(("para", f"二、冻结期限三年，自{ar_date(c.freeze[0])}起至{ar_date(c.freeze[1])}止；冻结期间，"
                              "未经本院许可，不得办理被冻结股权的转让、出质等变更登记。"))
    items.append(("para", c.officer_line()))
    return items + footer(c, ["执行裁定书一份"])


def equity_transfer_notice(c: Case) -> list[tuple]:
    s, r, t = c.subject, c.respondent, c.transferee
    return [("title", c.court), ("head", "协助执行通知书"), ("num", c.number), ("left", f"{c.agency}："), ("para", f"关于{c.parties}，本院作出的{c.number}之一执行裁定书已经发生法律效力。请协助执行下列事项："), ("para", f"一、解除对被执行人{r.name}持有的{equity_text(s)}的冻结；"), ("para", f"二、将上述股权变更登记至受让人{t.name}（公民身份号码{t.id_number}）名下，办理有限责任公司" "股东变更登记，并在企业信用信息公示系统公示。"), ("para", c.officer_line()), *footer(c, ["执行裁定书一份", "受让人身份证明复印件一份"])]


# ---------------------------------------------------------------- rulings and judgments
def ruling(c: Case, reasons: str, orders: list[str], suffix: str = "") -> list[list[tuple]]:
    """An 执行裁定书 over two pages: parties, 本院在执行…中, 裁定如下, signatures."""
    a = [("title", c.court), ("head", "执 行 裁 定 书"), ("num", c.number[:-1] + suffix + "号"), ("para", f"申请执行人：{c.applicant}。"), *respondent_block(c), ("para", f"本院在执行{c.parties}中，{reasons}"), ("para", "依照《中华人民共和国民事诉讼法》第一百五十七条第一款第十一项、第二百五十五条，《最高人民法院关于" "人民法院民事执行中查封、扣押、冻结财产的规定》的规定，裁定如下：")]
    a += [("para", o) for o in orders]
    b = [("para", "本裁定立即开始执行。"), ("gap", 40),
         ("right", f"审　判　长　{c.judges[0]}"), ("right", f"审　判　员　{c.judges[1]}"),
         ("right", f"审　判　员　{c.judges[2]}"), ("gap", 10), ("date", cn_date(c.ruling_date)),
         ("gap", 10), ("right", f"书　记　员　{c.clerk}"), ("gap", 40), ("left", "本件与原本核对无异")]
    return [a, b]


def judgment(c: Case, principal: str, facts: str, orders: list[str]) -> list[list[tuple]]:
    """The effective 民事判决书 the enforcement rests on (its own 民初 number)."""
    r = c.respondent
    a = [("title", c.court), ("head", "民 事 判 决 书"), ("num", c.civil_number),
         ("para", f"原告：{c.applicant}。"),
         ("para", f"被告：{r.name}，{r.sex}，{r.birth}出生，住{r.address}，公民身份号码{r.id_number}。"),
         ("para", f"原告{c.applicant}与被告{r.name}{c.cause}一案，本院受理后依法适用简易程序，公开开庭进行了审理。"
                  "本案现已审理终结。"),
         ("para", f"经审理查明：{facts}"),
         ("para", "本院认为，合法的债权债务关系受法律保护，被告应当依约履行还款义务。判决如下：")]
    a += [("para", o) for o in orders]
    b = [("para", f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                  f"加倍支付迟延履行期间的债务利息。案件受理费由被告负担。本金人民币{principal}元。"),
         ("gap", 40), ("right", f"审判员　{c.judges[1]}"), ("gap", 10),
         ("date", cn_date(c.judgment_date)), ("gap", 10), ("right", f"书记员　{c.clerk}")]
    return [a, b]


def service_return(c: Case, served: str) -> list[tuple]:
    """A 送达回证 the court hands over with the papers, for the agency to sign."""
    return [("title", c.court), ("head", "送 达 回 证"), ("gap", 10),
            ("left", f"案　　由：{c.cause}"), ("left", f"案　　号：{c.number}"),
            ("left", f"送达文书：{served}"), ("left", f"受送达人：{c.agency}"),
            ("left", "送达地址：云浮市云城区"), ("gap", 20), ("left", "受送达人签名或盖章："),
            ("gap", 50), ("left", "　　　　　　　　　　　　年　　月　　日"), ("gap", 20),
            ("left", f"送达人：{c.officers[0].name}　{c.officers[1].name if len(c.officers) > 1 else ''}"),
            ("left", "签发人：　　　　　　备考：")]
