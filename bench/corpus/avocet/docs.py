"""The papers a Shanghai court hands in, laid out as pages."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from .facts import Person, ar_date, cn_date, daxie, yuan
from .layout import MM, Flow, Page, text_width

PF_CENTRE = "上海市公积金管理中心"
LAW_CPL = "《中华人民共和国民事诉讼法》第二百五十三条"
LAW_SH = "《上海市高级人民法院、上海市公积金管理中心关于进一步完善住房公积金执行协作联动机制的若干意见》"


@dataclass
class Basis:
    """The effective legal document being enforced (执行依据)."""

    kind: str                 # judgment | mediation | advance (先予执行 民事裁定书)
    court: str
    code: str
    number: str               # e.g. （2025）沪0115民初1234号
    date: dt.date
    cause: str                # 案由
    facts: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    main: list[str] = field(default_factory=list)
    fee: str = ""
    judge: str = ""
    clerk: str = ""
    plaintiff_role: str = "原告"


@dataclass
class Case:
    action: str               # deduct | freeze
    court: tuple              # (code, name, office, bank)
    case_number: str          # the enforcement number as the notice prints it (full-width)
    ruling_number: str        # as the ruling prints it
    applicant: str
    applicant_desc: str       # the line under 申请执行人
    respondent: Person
    notice_id: str
    ruling_id: str
    amount: int               # cents, on the notice
    ruling_amount: int        # cents, on the ruling
    basis: Basis
    officers: list[dict]
    today: dt.date
    notice_date: dt.date
    ruling_date: dt.date
    filing_date: dt.date
    judges: dict
    account_no: str | None = None
    freeze_start: dt.date | None = None
    freeze_end: dt.date | None = None
    freeze_years: int = 0
    invest_ruling: str = ""
    invest_notice: str = ""
    ground_ruling: str = ""
    ground_notice: str = ""
    notice_sealed: bool = True
    receipt_stub: bool = False
    cn_dates: bool = True
    bank_account: str = ""
    phone: str = ""
    extra_reasons: list[str] = field(default_factory=list)
    half_width_number: bool = False
    seed: int = 0

    @property
    def court_name(self) -> str:
        return self.court[1]

    @property
    def office(self) -> str:
        return f"{PF_CENTRE}{self.court[2]}管理部"

    def d(self, day: dt.date) -> str:
        return cn_date(day) if self.cn_dates else ar_date(day)


def _money(cents: int, style: int) -> str:
    if style == 0:
        return f"人民币{yuan(cents)}元（大写：人民币{daxie(cents)}）"
    if style == 1:
        return f"人民币{yuan(cents)}元"
    return f"{daxie(cents)}（¥{yuan(cents)}）"


def _header(f: Flow, court: str, title: str, number: str, title_size=24.0):
    f.center(court, size=19, font="hei", spacing=0)
    f.gap(4)
    f.center(title, size=title_size, font="hei", spacing=1)
    f.gap(2)
    f.right(number, pad_chars=0)
    f.gap(6)


def _sign_date(f: Flow, when: str, seal_name: str | None, seed: int, sealed: bool = True, rot: float = -8):
    f.gap(10)
    x, y = f.right(when, pad_chars=4)
    if seal_name and sealed:
        w = text_width(when, f.font, f.size)
        f.seal_here(x + w / 2 + 6, y - 2, seal_name, seed, rot=rot)


# ---------------------------------------------------------------- 协助执行通知书

def assist_notice(c: Case, rng: random.Random) -> list[Page]:
    """One page (a notice is one sheet); a 回执 stub may run onto a second."""
    state = rng.getstate()
    for size in (15.5, 14.5, 13.5, 12.5, 11.5):
        rng.setstate(state)
        pages = _assist_notice(c, rng, size)
        if len(pages) == 1 or (c.receipt_stub and len(pages) == 2 and pages[0].sealed == c.notice_sealed):
            return pages
    return pages


def _assist_notice(c: Case, rng: random.Random, size: float) -> list[Page]:
    f = Flow(size=size)
    number = c.case_number
    if c.half_width_number:
        number = number.replace("（", "(").replace("）", ")")
    _header(f, c.court_name, "协助执行通知书", number)
    f.line(f"{c.office}：", 0)
    r = c.respondent
    party = f"申请执行人{c.applicant}与被执行人{r.name}{c.basis.cause}一案"
    basis = f"本院{c.basis.number}"
    if c.basis.court != c.court_name:
        basis = f"{c.basis.court}{c.basis.number}"
    doc = {"judgment": "民事判决书", "mediation": "民事调解书", "advance": "民事裁定书"}[c.basis.kind]
    opening = rng.choice([
        f"关于{party}，{basis}{doc}已经发生法律效力。因被执行人未履行生效法律文书确定的义务，",
        f"本院在执行{party}中，",
        f"{party}，本院已立案执行。",
    ])
    verb = "扣划" if c.action == "deduct" else "冻结"
    f.para(opening + f"依照{LAW_CPL}及{LAW_SH}的规定，本院作出的{c.case_number}"
           f"执行裁定书已发生法律效力，现请你单位协助执行下列事项：")
    acct = f"（住房公积金账号：{c.account_no}）" if c.account_no else ""
    who = f"被执行人{r.name}（{r.sex}，公民身份号码：{c.notice_id}）"
    style = rng.randrange(3)
    if c.action == "deduct":
        f.para(f"一、{verb}{who}在你中心住房公积金账户{acct}内的存款{_money(c.amount, style)}，"
               "划入本院执行款专户：")
        f.line(f"户  名：{c.court_name}", 4)
        f.line(f"账  号：{c.bank_account}", 4)
        f.line(f"开户行：{c.court[3]}", 4)
        f.para(f"二、划款时请注明案号{c.case_number}。")
    else:
        start, end = c.d(c.freeze_start), c.d(c.freeze_end)
        f.para(f"一、{verb}{who}在你中心住房公积金账户{acct}内的存款{_money(c.amount, style)}，"
               f"冻结期限自{start}起至{end}止。")
        f.para("二、冻结期间，未经本院许可，不得办理提取、转移等业务。")
    if c.invest_notice:
        f.para(c.invest_notice)
    if c.ground_notice:
        f.para(c.ground_notice)
    f.gap(4)
    f.line(f"附：{c.case_number}执行裁定书一份", 2)
    _sign_date(f, c.d(c.notice_date), c.court_name, c.seed + 11, c.notice_sealed)
    off = c.officers[0]
    f.line(f"联系人：{off['name']}（{off['title']}）  联系电话：{c.phone}", 0, size=13)
    if len(c.officers) > 1:
        f.line(f"经办执行人员：{'、'.join(o['name'] for o in c.officers)}", 0, size=13)
    if c.receipt_stub:
        if len(f.pages) > 1:
            return [*f.finish(), Page(), Page()]   # the notice itself overflowed: try smaller type
        if f.y > 560:
            f.new_page()
        f.gap(14)
        f.rule(dashed=True)
        f.center("（此联由协助执行单位填写后退回本院）", size=11)
        f.center("回    执", size=18, font="hei")
        f.para(f"{c.court_name}：", indent=0, size=13)
        f.para(f"你院{c.case_number}协助执行通知书及执行裁定书收悉，我单位已于    年    月    日"
               f"按要求协助{verb}被执行人{r.name}住房公积金账户存款人民币               元。", size=13)
        f.line("协助执行单位（盖章）：                经办人：", 0, size=13)
        f.line("                                      年    月    日", 0, size=13)
    return f.finish()


# ---------------------------------------------------------------- 执行裁定书

def ruling(c: Case, rng: random.Random) -> list[Page]:
    f = Flow(size=15.0)
    number = c.ruling_number
    _header(f, c.court_name, "执行裁定书", number)
    r = c.respondent
    f.para(f"申请执行人：{c.applicant}，{c.applicant_desc}", indent=2)
    f.para(f"被执行人：{r.name}，{r.sex}，{ar_date(r.birth)}出生，{r.ethnic}，公民身份号码{c.ruling_id}，"
           f"住{r.address}。", indent=2)
    f.gap(4)
    b = c.basis
    doc = {"judgment": "民事判决书", "mediation": "民事调解书", "advance": "民事裁定书"}[b.kind]
    issuer = "本院" if b.court == c.court_name else b.court
    f.para(f"本院在执行申请执行人{c.applicant}与被执行人{r.name}{b.cause}一案中，{issuer}{b.number}{doc}已经发生"
           f"法律效力。申请执行人于{ar_date(c.filing_date)}向本院申请强制执行，本院于同日立案。"
           "本院依法向被执行人发出执行通知书、报告财产令，责令其履行生效法律文书确定的义务，"
           "被执行人至今未履行。")
    for s in c.extra_reasons:
        f.para(s)
    if c.invest_ruling:
        f.para(c.invest_ruling)
    if c.ground_ruling:
        f.para(c.ground_ruling)
    f.para(f"本院认为，被执行人未履行生效法律文书确定的义务，依法应当强制执行。依照{LAW_CPL}、"
           "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条之规定，裁定如下：")
    if c.action == "deduct":
        f.para(f"扣划被执行人{r.name}在{PF_CENTRE}住房公积金账户内的存款{_money(c.ruling_amount, 1)}"
               f"（大写：{daxie(c.ruling_amount)}）。")
    else:
        f.para(f"冻结被执行人{r.name}在{PF_CENTRE}住房公积金账户内的存款{_money(c.ruling_amount, 1)}，"
               f"冻结期限为{'一两三'[c.freeze_years - 1]}年。")
    f.para("本裁定立即执行。")
    f.gap(10)
    j = c.judges
    for role, name in j["sign"]:
        f.right(f"{role}  {name}", pad_chars=2)
    x, y = f.right(c.d(c.ruling_date), pad_chars=2)
    x += text_width(c.d(c.ruling_date), f.font, f.size) / 2 - 55
    f.seal_here(x + 55, y - 8, c.court_name, c.seed + 23, rot=14)
    f.gap(4)
    f.right(f"书记员  {j['clerk']}", pad_chars=2)
    return f.finish()


# ---------------------------------------------------------------- 民事判决书 / 民事调解书 / 先予执行裁定

def basis_doc(c: Case, rng: random.Random) -> list[Page]:
    b = c.basis
    f = Flow(size=14.0)
    title = {"judgment": "民事判决书", "mediation": "民事调解书", "advance": "民事裁定书"}[b.kind]
    _header(f, b.court, title, b.number, title_size=22)
    r = c.respondent
    pl = b.plaintiff_role
    f.para(f"{pl}：{c.applicant}，{c.applicant_desc}")
    f.para(f"被告：{r.name}，{r.sex}，{ar_date(r.birth)}出生，{r.ethnic}，住{r.address}。")
    f.gap(2)
    if b.kind == "judgment":
        f.para(f"{pl}{c.applicant}与被告{r.name}{b.cause}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
               "本案现已审理终结。")
    elif b.kind == "mediation":
        f.para(f"{pl}{c.applicant}与被告{r.name}{b.cause}一案，本院依法适用简易程序进行审理。")
    else:
        f.para(f"{pl}{c.applicant}与被告{r.name}{b.cause}一案，{pl}于起诉同时向本院申请先予执行。")
    for s in b.facts:
        f.para(s)
    for s in b.reasoning:
        f.para(s)
    lead = {"judgment": "判决如下：", "mediation": "经本院主持调解，双方当事人自愿达成如下协议：",
            "advance": "裁定如下："}[b.kind]
    if b.kind == "judgment":
        f.para("依照《中华人民共和国民法典》相关规定，" + lead)
    else:
        f.para(lead)
    for s in b.main:
        f.para(s)
    if b.kind == "mediation":
        f.para("上述协议，不违反法律规定，本院予以确认。")
        f.para("本调解书经双方当事人签收后，即具有法律效力。")
    elif b.kind == "judgment":
        if b.fee:
            f.para(b.fee)
        upper = "上海市高级人民法院" if len(b.code) <= 4 else (
            "上海市第二中级人民法院" if b.code in ("沪0101", "沪0106", "沪0107", "沪0109", "沪0110", "沪0113")
            else "上海市第一中级人民法院")
        f.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
               f"上诉于{upper}。")
    else:
        f.para("本裁定送达后立即执行。如不服本裁定，可以向本院申请复议一次，复议期间不停止裁定的执行。")
    f.gap(8)
    f.right(f"审判员  {b.judge}", pad_chars=2)
    when = ar_date(b.date) if not c.cn_dates else cn_date(b.date)
    x, y = f.right(when, pad_chars=2)
    x += text_width(when, f.font, f.size) / 2 - 50
    f.seal_here(x + 50, y - 6, b.court, c.seed + 37, rot=-20)
    f.right(f"书记员  {b.clerk}", pad_chars=2)
    # certified-copy stamp on the last page
    p = f.pages[-1]
    y0 = min(f.y + 10, 760)
    p.rects.append((360, y0, 540, y0 + 30, 1.6, (200, 30, 40)))
    p.text(372, y0 + 7, "本件与原本核对无异", "song", 15, (200, 30, 40))
    return f.finish()


# ---------------------------------------------------------------- 介绍信

def intro_letter(c: Case, rng: random.Random) -> list[Page]:
    f = Flow(size=16.0, top=30 * MM)
    f.center(c.court_name, size=19, font="hei")
    f.center("介 绍 信", size=26, font="hei")
    f.right(f"{c.case_number[:6]}执介字第{rng.randint(100, 999)}号", pad_chars=0, size=13)
    f.gap(8)
    f.line(f"{c.office}：", 0)
    names = "、".join(o["name"] for o in c.officers)
    task = "扣划被执行人住房公积金" if c.action == "deduct" else "冻结被执行人住房公积金"
    f.para(f"兹介绍我院执行人员{names}{'等' if len(c.officers) > 2 else ''}{len(c.officers)}位同志前往你处，"
           f"联系{c.case_number}申请执行人{c.applicant}与被执行人{c.respondent.name}{c.basis.cause}一案{task}事宜，"
           "请予接洽协助为盼。")
    f.line("此致", 2)
    f.line("敬礼", 0)
    f.gap(4)
    f.line("（有效期七天）", 2, size=13)
    f.gap(10)
    f.right(c.court_name, pad_chars=3)
    _sign_date(f, c.d(c.notice_date), c.court_name, c.seed + 51, True, rot=5)
    return f.finish()


# ---------------------------------------------------------------- ground proofs

def ground_proof(c: Case, kind: str, info: dict, rng: random.Random) -> list[Page]:
    r = c.respondent
    f = Flow(size=16.0, top=45 * MM)
    if kind == "retired":
        f.center("退休证明", size=26, font="hei", spacing=1)
        f.gap(14)
        f.para(f"兹证明{r.name}，{r.sex}，公民身份号码{r.id_number}，原系我单位职工，"
               f"已于{ar_date(info['date'])}经上海市人力资源和社会保障局核准办理退休手续，"
               "现按月领取基本养老金。")
        f.para("特此证明。")
        f.gap(30)
        f.right(info["issuer"], pad_chars=2)
        x, y = f.right(ar_date(info["issued"]), pad_chars=2)
        f.seal_here(x + 40, y - 12, info["issuer"], c.seed + 61, bottom="", rot=-6)
    elif kind == "emigrated":
        f.center("户籍注销证明", size=26, font="hei", spacing=1)
        f.gap(14)
        f.para(f"兹证明：{r.name}，{r.sex}，{ar_date(r.birth)}出生，公民身份号码{r.id_number}，"
               f"原户籍地址{r.address}。该人因出国（境）定居，已于{ar_date(info['date'])}在我所办理户口注销手续。")
        f.para("特此证明。")
        f.gap(30)
        f.right(info["issuer"], pad_chars=2)
        x, y = f.right(ar_date(info["issued"]), pad_chars=2)
        f.seal_here(x + 40, y - 12, info["issuer"], c.seed + 62, bottom="户口专用章", rot=9)
    else:  # dead
        f.center("死亡证明", size=26, font="hei", spacing=1)
        f.gap(14)
        f.para(f"兹有{r.name}，{r.sex}，{ar_date(r.birth)}出生，公民身份号码{r.id_number}，生前住{r.address}，"
               f"于{ar_date(info['date'])}因病死亡。根据《居民死亡医学证明（推断）书》，"
               f"其户口已于{ar_date(info['cancelled'])}注销。")
        f.para("特此证明。")
        f.gap(30)
        f.right(info["issuer"], pad_chars=2)
        x, y = f.right(ar_date(info["issued"]), pad_chars=2)
        f.seal_here(x + 40, y - 12, info["issuer"], c.seed + 63, bottom="户口专用章", rot=-11)
    return f.finish()
