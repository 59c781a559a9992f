"""The court's papers as text laid out on pages, in the wordings that reach a counter.

Each function takes a ``Case`` (what the bundle is about) and returns layout pages.
Wordings vary on purpose: the formal 最高人民法院 form of 协助执行通知书 beside the
shorter 「请协助冻结被执行人在你中心的住房公积金」, amounts in 元, 万元 or 大写, dates in
Chinese or Arabic numerals.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .cn import date_arabic, date_cn, daxie, wan, yuan
from .layout import A4, Flow, Page, Rule, Text, text_width
from .people import Court


@dataclass
class Officer:
    name: str
    post: str
    work_no: str
    duty_no: str


@dataclass
class Case:
    """Everything one bundle's papers say (and the slips some of them carry)."""

    pack: str
    action: str
    court: Court
    case_printed: str            # as the notice prints it
    ruling_case: str             # as the ruling prints it (differs on a conflict or a preservation)
    today: dt.date
    notice_date: dt.date
    ruling_date: dt.date
    resp_name: str
    resp_id: str | None          # as printed (may carry a wrong check digit)
    resp_male: bool
    resp_birth: dt.date | None
    resp_addr: str
    applicant: str
    applicant_company: bool
    cause: str                   # 案由, e.g. 民间借贷纠纷
    amount: Decimal | None
    ruling_amount: Decimal | None
    period: tuple[dt.date, dt.date] | None
    period_years_text: str | None
    old_end: dt.date | None
    account: str | None
    officers: list[Officer]
    notice_officers: list[Officer]
    judgment_court: Court
    judgment_case: str
    ground: str                  # loan / child / elder / dibao / injury / wage / divorce / retire
    property_stmt: bool
    court_account: str
    amount_style: str = "digits"  # digits / wan / daxie
    cn_dates: bool = True
    informal: bool = False
    company_code: str | None = None
    query_id_on_form: bool = True
    preservation: bool = False
    prior_exec: bool = False
    orig_freeze_date: dt.date | None = None
    rng: random.Random = field(default_factory=random.Random)

    def d(self, day: dt.date) -> str:
        return date_cn(day) if self.cn_dates else date_arabic(day)

    def money(self, amount: Decimal | None = None) -> str:
        a = self.amount if amount is None else amount
        if self.amount_style == "wan":
            return f"人民币{wan(a)}"
        if self.amount_style == "daxie":
            return f"人民币{daxie(a)}（¥{yuan(a)}）"
        return f"人民币{yuan(a)}元"

    @property
    def centre(self) -> str:
        return "上海市公积金管理中心" if self.pack == "shanghai-2021" else "焦作市住房公积金管理中心"

    @property
    def resp_ident(self) -> str:
        if self.company_code:
            return f"（统一社会信用代码：{self.company_code}）"
        return f"（公民身份号码：{self.resp_id}）" if self.resp_id else ""


def _sign(f: Flow, c: Case, day: dt.date, seal_name: str | None = None) -> None:
    f.keep(f.size * f.leading * 2 + 18)
    f.space(18)
    f.line(c.court.name, align="right", right_chars=2)
    f.line(c.d(day), align="right", right_chars=2)
    f.seal(seal_name or c.court.name)


def _contacts(f: Flow, c: Case) -> None:
    names = "、".join(o.name for o in c.notice_officers)
    if names:
        f.space(10)
        area = "021" if c.court.code.startswith("沪") else "0391" if c.court.code.startswith("豫08") else "0" + str(c.rng.randint(371, 579))
        f.line(f"联系人：{names}　　联系电话：{area}-{c.rng.randint(2000000, 8999999)}", size=12)


def _header(f: Flow, c: Case, title: str, number: str) -> None:
    f.center(c.court.name, 22, "song", after=4)
    f.center(title, 26, "hei", after=8, spaced=True)
    f.line(number, align="right", right_chars=0.5)
    f.space(6)


def notice(c: Case) -> list[Page]:
    """协助执行通知书 for freeze / renew / unfreeze / deduct, and the Shanghai 协助查询通知书."""
    f = Flow(size=15.5, font="song", page_numbers=False)
    title = "协助查询通知书" if c.action == "query" and c.pack == "shanghai-2021" else "协助执行通知书"
    _header(f, c, title, c.case_printed)
    f.line(f"{c.court.office}：" if c.pack == "shanghai-2021" or "管理部" in c.court.office else f"{c.centre}：")
    acct = f"（账号：{c.account}）" if c.account else ""
    who = f"{c.resp_name}{c.resp_ident}"
    if c.preservation:
        lead = (f"本院受理原告{c.applicant}与被告{c.resp_name}{c.cause}一案，申请人{c.applicant}向本院申请财产保全，"
                f"本院作出的{c.ruling_case}民事裁定书已经发生法律效力。")
    else:
        lead = f"本院在执行申请执行人{c.applicant}与被执行人{c.resp_name}{c.cause}一案中，"
    basis = "依照《中华人民共和国民事诉讼法》第二百五十三条的规定，" if c.today.year >= 2024 else "依照《中华人民共和国民事诉讼法》第二百四十二条的规定，"
    if c.action == "query":
        if c.company_code:
            item = f"请协助查询被执行人{who}的单位住房公积金缴存情况（缴存人数、缴存基数及欠缴情况）。"
        else:
            item = f"请协助查询被执行人{who}在你中心的住房公积金账户余额、缴存及使用情况，是否已被冻结，是否有住房公积金贷款。"
        f.para(lead + "因执行需要，" + item)
        f.para("请将查询结果书面回复本院，并加盖单位公章。")
    elif c.informal:
        if c.action == "freeze":
            per = ""
            if c.period:
                per = f"，冻结期限自{c.d(c.period[0])}至{c.d(c.period[1])}"
            f.para(lead + f"请协助冻结被执行人在你中心的住房公积金。具体为：被执行人{who}，公积金账户{c.account or '以你中心登记为准'}，冻结金额{c.money()}{per}。")
        elif c.action == "deduct":
            f.para(lead + f"请协助将被执行人{who}在你中心的住房公积金{c.money()}划到我院账户。")
            f.para(f"户名：{c.court.name}　账号：{c.court_account}　开户行：{c.court.bank}")
        elif c.action == "unfreeze":
            f.para(lead + f"现该案已执行完毕，请协助解除对被执行人{who}在你中心住房公积金的冻结。")
        elif c.action == "renew_freeze":
            f.para(lead + f"原冻结的被执行人{who}住房公积金将于{c.d(c.old_end)}到期，请协助续冻{c.money()}，"
                   f"续冻期限自{c.d(c.period[0])}起至{c.d(c.period[1])}止。")
    else:
        f.para(lead + basis + "请协助执行下列事项：")
        if c.action == "freeze":
            if c.period:
                span = f"冻结期限{c.period_years_text or ''}，自{c.d(c.period[0])}起至{c.d(c.period[1])}止"
            else:
                span = "冻结期限依照法律规定执行"
            f.para(f"冻结被执行人{who}在你中心的住房公积金账户{acct}内资金{c.money()}，{span}。")
        elif c.action == "renew_freeze":
            f.para(f"续行冻结被执行人{who}在你中心的住房公积金账户{acct}内资金{c.money()}。"
                   f"本院原冻结期限至{c.d(c.old_end)}届满，续行冻结期限自{c.d(c.period[0])}起至{c.d(c.period[1])}止。")
        elif c.action == "unfreeze":
            since = f"本院于{c.d(c.orig_freeze_date)}冻结的" if c.orig_freeze_date else "本院冻结的"
            f.para(f"解除{since}被执行人{who}在你中心的住房公积金账户{acct}。")
        elif c.action == "deduct":
            f.para(f"扣划被执行人{who}在你中心的住房公积金账户{acct}内存款{c.money()}，划至本院执行款专户。")
            f.para(f"户名：{c.court.name}；账号：{c.court_account}；开户行：{c.court.bank}。")
    if c.action != "query":
        f.para(f"附：{c.ruling_case}{'民事' if c.preservation else '执行'}裁定书一份。")
    _sign(f, c, c.notice_date)
    _contacts(f, c)
    # 回执 strip, as the SPC form has
    if c.action != "query" and c.rng.random() < 0.6:
        f.space(8)
        f.rule(0.6, gap=4)
        f.line("回　执", size=14, align="center", font="hei")
        f.line(f"{c.court.name}：你院{c.case_printed}协助执行通知书收到，已办理。", size=12)
        f.line("经办人：　　　　　　　　　　（盖章）　　　　年　　月　　日", size=12)
    return f.finish()


def _party_lines(c: Case, f: Flow, civil: bool = False) -> None:
    a_role = "申请人" if c.preservation else ("原告" if civil else "申请执行人")
    r_role = "被申请人" if c.preservation else ("被告" if civil else "被执行人")
    rng = c.rng
    if c.applicant_company:
        f.para(f"{a_role}：{c.applicant}，住所地{c.court.city}市{rng.choice(['科技路', '长江路', '新华路'])}{rng.randint(1, 500)}号。", indent=0)
    else:
        f.para(f"{a_role}：{c.applicant}，{rng.choice(['男', '女'])}，汉族，住{c.court.city}。", indent=0)
    if c.company_code:
        f.para(f"{r_role}：{c.resp_name}，住所地{c.resp_addr}，统一社会信用代码{c.company_code}。", indent=0)
        return
    sex = "男" if c.resp_male else "女"
    birth = c.d(c.resp_birth) if c.resp_birth else ""
    idp = f"，公民身份号码{c.resp_id}" if c.resp_id else ""
    f.para(f"{r_role}：{c.resp_name}，{sex}，{birth}出生，汉族，住{c.resp_addr}{idp}。", indent=0)


_PROPERTY = [
    "本院通过网络执行查控系统对被执行人名下的银行存款、车辆、不动产、证券、网络资金等财产进行了查询，并赴被执行人住所地进行调查，未发现被执行人有其他可供执行的财产。",
    "本院依法对被执行人的财产状况进行了执行调查，被执行人除住房公积金外，确无其他财产可供执行。",
    "经本院调查，被执行人名下银行账户余额合计不足千元，无车辆、不动产登记，其他财产不足以清偿全部执行标的。",
]


def ruling(c: Case) -> list[Page]:
    """执行裁定书 (or, for a preservation, the 财产保全 民事裁定书 under the civil number)."""
    f = Flow(size=15.0, font="song", page_numbers=True)
    _header(f, c, "民事裁定书" if c.preservation else "执行裁定书", c.ruling_case)
    _party_lines(c, f)
    amt = c.ruling_amount if c.ruling_amount is not None else c.amount
    centre = c.centre
    r = c.resp_name
    if c.preservation:
        f.para(f"原告{c.applicant}与被告{r}{c.cause}一案，申请人{c.applicant}于{c.d(c.ruling_date - dt.timedelta(days=3))}向本院提出财产保全申请，"
               f"请求冻结被申请人{r}名下价值{yuan(amt)}元的财产，并以{c.rng.choice(['保险公司出具的保函', '其名下房产'])}提供担保。")
        f.para("本院经审查认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》第一百零三条、第一百零五条、第一百零六条第一款规定，裁定如下：")
        f.para(f"冻结被申请人{r}名下银行存款、住房公积金人民币{yuan(amt)}元，或查封、扣押其相应价值的其他财产。")
        f.para("案件申请费5000元，由申请人负担。")
        f.para("本裁定立即开始执行。如不服本裁定，可以向本院申请复议一次。复议期间不停止裁定的执行。")
    else:
        basis_doc = "先予执行民事裁定书" if c.prior_exec else "民事判决书"
        f.para(f"本院在执行申请执行人{c.applicant}与被执行人{r}{c.cause}一案中，{c.judgment_court.name}作出的{c.judgment_case}{basis_doc}已经发生法律效力。"
               f"因被执行人{r}未按执行通知书履行生效法律文书确定的义务，申请执行人向本院申请强制执行，本院依法立案执行。")
        if c.action == "deduct":
            if c.property_stmt:
                f.para(c.rng.choice(_PROPERTY))
            if c.ground in ("child", "elder", "wage", "injury"):
                word = {"child": "抚养费", "elder": "赡养费", "wage": "农民工工资", "injury": "人身损害赔偿金"}[c.ground]
                f.para(f"本案执行标的为{word}。")
        elif c.action == "unfreeze":
            f.para(f"执行中，被执行人{r}已履行{c.rng.choice(['完毕生效法律文书确定的全部义务', '和解协议约定的全部款项'])}，申请执行人申请解除对被执行人财产的冻结。")
        f.para("依照《中华人民共和国民事诉讼法》第二百五十三条、《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十七条之规定，裁定如下：")
        if c.action == "freeze":
            span = f"，冻结期限{c.period_years_text}" if c.period and c.period_years_text else ""
            f.para(f"冻结被执行人{r}在{centre}的住房公积金账户内资金人民币{yuan(amt)}元{span}。")
        elif c.action == "renew_freeze":
            f.para(f"续行冻结被执行人{r}在{centre}的住房公积金账户内资金人民币{yuan(amt)}元，续行冻结期限三年。")
        elif c.action == "unfreeze":
            f.para(f"解除对被执行人{r}在{centre}住房公积金账户的冻结。")
        elif c.action == "deduct":
            f.para(f"提取被执行人{r}在{centre}的住房公积金账户内存款人民币{yuan(amt)}元。")
        f.para("本裁定立即执行。")
    f.keep(15 * 1.75 * 4 + 14)
    f.space(14)
    o = c.officers + c.notice_officers
    seen: list[str] = []
    for x in o:
        if x.name not in seen:
            seen.append(x.name)
    names = seen or ["汪德明"]
    f.line(f"审　判　员　　{names[0]}", align="right", right_chars=5.5)
    f.line(c.d(c.ruling_date), align="right", right_chars=2)
    f.seal(c.court.name)
    if len(names) > 1:
        f.line(f"{'书　记　员' if c.rng.random() < 0.5 else '法官助理'}　　{names[1]}", align="right", right_chars=5.5)
    return f.finish()


_JUDGES = ["顾立群", "孔繁星", "覃一鸣", "柏秋云", "阮少华", "闻人杰", "岳明川", "计雨桐"]


def judgment(c: Case) -> list[Page]:
    """民事判决书 (copy): parties, findings that state the ground in the judgment's own words."""
    f = Flow(size=14.0, font="song", page_numbers=True, leading=1.7)
    f.center(c.judgment_court.name, 20, after=4)
    f.center("民事裁定书" if c.prior_exec else "民事判决书", 24, "hei", after=6, spaced=True)
    f.line(c.judgment_case, align="right")
    _party_lines(c, f, civil=True)
    a, r, amt = c.applicant, c.resp_name, c.amount
    g = c.ground
    rng = c.rng
    other = rng.choice(["陆静怡", "沈佩玲", "许晓红", "韩雪芬"])
    if c.prior_exec:
        return _advance_ruling(c, f)
    f.para(f"原告{a}与被告{r}{c.cause}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。")
    if g == "child":
        f.para(f"经审理查明：原告{a}系被告{r}与{other}之子。{r}与{other}于二〇一九年协议离婚，约定婚生子{a}由{other}直接抚养，{r}每月支付抚养费一千五百元。自二〇二二年三月起，被告未再支付。")
        f.para("本院认为，父母对子女有抚养教育的义务。不直接抚养子女的一方应当负担子女抚养费。被告拒付抚养费，原告要求支付，应予支持。")
        main = f"被告{r}于本判决生效之日起十日内支付原告{a}拖欠的抚养费{yuan(amt)}元；"
    elif g == "elder":
        f.para(f"经审理查明：原告{a}现年七十六岁，系被告{r}之母，丧偶独居，无固定收入，患有慢性疾病。被告作为子女长期未尽赡养义务。")
        f.para("本院认为，成年子女对父母负有赡养扶助的义务。子女不履行赡养义务时，无劳动能力的或生活困难的父母，有要求子女付给赡养费的权利。")
        main = f"被告{r}于本判决生效之日起十日内给付原告{a}赡养费{yuan(amt)}元；自本判决生效之次月起，被告每月给付原告赡养费八百元。"
    elif g == "dibao":
        f.para(f"经审理查明：二〇二三年五月，被告{r}向原告{a}借款，约定三个月内归还，到期未还。另查明，原告{a}系{c.court.city}本地享受城镇最低生活保障待遇人员，持有最低生活保障金领取证。")
        f.para("本院认为，合法的借贷关系受法律保护。被告借款到期不还，应承担还款责任。")
        main = f"被告{r}于本判决生效之日起十日内归还原告{a}借款本金{yuan(amt)}元；"
    elif g == "injury":
        f.para(f"经审理查明：二〇二三年九月十四日，被告{r}驾驶小型轿车与骑电动自行车的原告{a}相撞，致原告受伤。交警部门认定被告负事故全部责任。原告住院治疗四十六天，经鉴定构成十级伤残。")
        f.para(f"本院认为，公民的生命健康权受法律保护。原告因本次事故产生的医疗费、误工费、护理费、住院伙食补助费、营养费、残疾赔偿金、精神损害抚慰金等，扣除保险公司已赔付部分，应由被告赔偿{yuan(amt)}元。")
        main = f"被告{r}于本判决生效之日起十日内赔偿原告{a}各项损失共计{yuan(amt)}元；"
    elif g == "wage":
        f.para(f"经审理查明：二〇二二年四月至十二月，原告{a}在被告{r}承包的{c.court.city}某住宅小区二期工地从事木工工作，系进城务工的农民工。被告按月记工，至今尚欠原告劳务报酬未付，并出具欠条一份。")
        f.para("本院认为，原告为被告提供劳务，被告应当及时足额支付劳动报酬。被告拖欠农民工工资，原告的诉讼请求，本院予以支持。")
        main = f"被告{r}于本判决生效之日起十日内支付原告{a}劳动报酬{yuan(amt)}元；"
    elif g == "divorce":
        f.para(f"经审理查明：原告{a}与被告{r}于二〇一二年登记结婚，婚后感情不和，分居至今。婚姻关系存续期间，被告名下住房公积金账户内的存款为夫妻共同财产。")
        f.para("本院认为，夫妻感情确已破裂，应准予离婚。夫妻共同财产应依法分割。")
        main = f"准予原告{a}与被告{r}离婚；被告{r}名下住房公积金账户内的存款中，人民币{yuan(amt)}元归原告{a}所有；"
    else:  # loan or retire: no ground in the judgment
        f.para(f"经审理查明：被告{r}于二〇二二年先后向原告{a}借款，并出具借条，约定月利率百分之一，到期后经原告多次催讨，被告未予归还。")
        f.para("本院认为，合法的借贷关系受法律保护。被告借款后未按约归还，应承担还款及支付利息的民事责任。")
        main = f"被告{r}于本判决生效之日起十日内归还原告{a}借款本金{yuan(amt)}元及相应利息；"
    f.para("依照《中华人民共和国民法典》的有关规定，判决如下：")
    f.para("一、" + main)
    f.para("二、驳回原告的其他诉讼请求。")
    f.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。案件受理费减半收取，由被告负担。")
    f.para(f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于{c.judgment_court.city}市中级人民法院。")
    f.keep(14 * 1.7 * 5 + 12)
    f.space(12)
    f.line(f"审判员　　{rng.choice(_JUDGES)}", align="right", right_chars=5.5)
    jd = c.ruling_date - dt.timedelta(days=rng.randint(200, 500))
    f.line(c.d(jd), align="right", right_chars=2)
    f.seal(c.judgment_court.name)
    f.line(f"书记员　　{rng.choice(['严可欣', '宁小雅', '甘若水'])}", align="right", right_chars=5.5)
    f.space(10)
    f.line("本件与原本核对无异", size=12, font="kai", align="left")
    return f.finish()


def _advance_ruling(c: Case, f: Flow) -> list[Page]:
    """A 先予执行 民事裁定书 standing as the basis of enforcement (the judgment slot)."""
    f.para(f"原告{c.applicant}与被告{c.resp_name}{c.cause}一案，原告于诉讼中向本院申请先予执行，请求被告先行支付拖欠的劳动报酬。"
           "本院经审查认为，当事人之间权利义务关系明确，不先予执行将严重影响申请人的生活，申请符合法律规定。")
    f.para("依照《中华人民共和国民事诉讼法》第一百零九条、第一百一十条规定，裁定如下：")
    f.para(f"被告{c.resp_name}于本裁定送达之日起五日内先予支付原告{c.applicant}劳动报酬{yuan(c.amount)}元。")
    f.para("本裁定立即执行。")
    f.space(12)
    f.line(f"审判员　　{c.rng.choice(_JUDGES)}", align="right", right_chars=5.5)
    f.line(c.d(c.ruling_date - dt.timedelta(days=40)), align="right", right_chars=2)
    f.seal(c.judgment_court.name)
    return f.finish()


def _table(f: Flow, rows: list[tuple[str, str]], label_w: float = 120) -> None:
    x0, x1 = f.left, A4[0] - f.right
    row_h = 34
    y = f.y + 6
    pg = f.page
    pg.items.append(Rule(x0, y, x1, y))
    for label, value in rows:
        pg.items.append(Text(x0 + 8, y + 22, label, 13, "hei"))
        size = 13 if text_width(value, 13) < (x1 - x0 - label_w - 16) else 11
        pg.items.append(Text(x0 + label_w + 8, y + 22, value, size, "song"))
        y += row_h
        pg.items.append(Rule(x0, y, x1, y))
    top = f.y + 6
    for x in (x0, x0 + label_w, x1):
        pg.items.append(Rule(x, top, x, y))
    f.y = y + 10


def query_form(c: Case) -> list[Page]:
    """Jiaozuo's 查询单: a table naming the person (with or without the ID number)."""
    f = Flow(size=14.0, font="song")
    f.center(c.court.name, 20, after=2)
    f.center("住房公积金协助查询单", 24, "hei", after=10)
    idv = c.resp_id if (c.query_id_on_form and c.resp_id) else ""
    rows = [
        ("案　　号", c.case_printed),
        ("被查询人", c.resp_name),
        ("证件类型", "居民身份证"),
        ("证件号码", idv),
        ("查询内容", "账户余额、缴存状态、冻结情况、贷款及担保情况"),
        ("查询机构", c.centre),
        ("承 办 人", "、".join(o.name for o in c.notice_officers)),
        ("联系电话", f"0391-{c.rng.randint(2000000, 8999999)}"),
    ]
    _table(f, rows)
    f.para("请贵中心依法协助查询上述人员住房公积金信息，并于两个工作日内反馈。", size=14)
    _sign(f, c, c.notice_date)
    return f.finish()


def intro_letter(c: Case) -> list[Page]:
    """介绍信 (Shanghai offline query): introduces the officers for this case."""
    f = Flow(size=16.0, font="kai", top=130)
    f.center(c.court.name, 20, "song", after=2)
    f.center("介　绍　信", 28, "hei", after=10)
    f.line(f"编号：{c.rng.randint(1000, 9999):05d}", size=12, align="right")
    f.line(f"{c.court.office}：")
    names = "、".join(f"{o.name}" for o in c.notice_officers)
    f.para(f"兹介绍我院执行局{names}同志（共{len(c.notice_officers)}人）前往你处，办理{c.case_printed}案件查询被执行人{c.resp_name}住房公积金事宜，请予接洽并协助为盼。")
    f.para("此致")
    f.line("敬礼！", x=f.left)
    f.line("（有效期七日）", size=13, align="left")
    _sign(f, c, c.notice_date)
    return f.finish()


def retirement_proof(c: Case) -> list[Page]:
    """A copy of the employer's 退休证明 (a ground proof)."""
    f = Flow(size=16.0, font="song", top=180)
    f.center("退休证明", 26, "hei", after=16)
    f.para(f"兹证明{c.resp_name}，{'男' if c.resp_male else '女'}，公民身份号码{c.resp_id}，原系我单位职工，"
           f"因从事特殊工种，已于{c.d(dt.date(c.today.year - 1, 6, 30))}经人力资源和社会保障部门核准办理退休手续，按月领取基本养老金。")
    f.para("特此证明。")
    f.space(30)
    f.line(f"{c.court.city}{c.rng.choice(['第二机床厂', '纺织印染有限公司', '化工设备总厂'])}人力资源部", align="right", right_chars=1)
    f.line(c.d(c.notice_date - dt.timedelta(days=9)), align="right", right_chars=2)
    return f.finish()
