"""The court's papers as pages: 协助执行通知书, 执行裁定书, 查询单, 介绍信, 判决书, proofs, card sheets."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from PIL import Image

from .facts import Facts, Officer, ar_date, cn_date, money, rmb_upper, spaced_id
from .render import PT_MM, Page, seal, text_width_mm

CENTRE = "焦作市住房公积金管理中心"


@dataclass
class Style:
    size: float = 15.0
    key: str = "song"
    leading: float = 1.75
    two_col: bool = False
    arabic_dates: bool = False
    id_style: int = 0
    comma: bool = False
    top: float = 34.0
    left: float = 27.0
    right: float = 184.0


def pick_style(rng: random.Random) -> Style:
    return Style(size=rng.choice([14.0, 14.5, 15.0, 15.5]), key=rng.choice(["song", "song", "kai"]),
                 leading=rng.uniform(1.55, 1.85), two_col=rng.random() < 0.35, arabic_dates=rng.random() < 0.3,
                 id_style=rng.choice([0, 0, 1]), comma=rng.random() < 0.4, top=rng.uniform(28, 38),
                 left=rng.uniform(24, 29), right=rng.uniform(182, 187))


class Flow:
    def __init__(self, st: Style):
        self.st = st
        self.pages: list[Page] = [Page()]
        self.y = st.top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, h: float) -> None:
        if self.y + h > 272:
            self.pages.append(Page())
            self.y = self.st.top

    def centre(self, s: str, size: float, key: str = "hei", gap: float = 1.6, color: tuple = (0, 0, 0)) -> None:
        self.need(size * PT_MM * gap)
        self.y += size * PT_MM
        self.page.text(105, self.y, s, size, key, color, "m")
        self.y += size * PT_MM * (gap - 1)

    def right(self, s: str, size: float | None = None) -> None:
        size = size or self.st.size
        self.need(size * PT_MM * 1.8)
        self.y += size * PT_MM * 1.2
        self.page.text(self.st.right, self.y, s, size, self.st.key, anchor="r")
        self.y += size * PT_MM * 0.8

    def para(self, s: str, indent: int = 2, size: float | None = None, key: str | None = None) -> None:
        size = size or self.st.size
        step = size * PT_MM * self.st.leading
        from .render import wrap
        for line, first in wrap(s, self.st.right - self.st.left, size, key or self.st.key, indent):
            self.need(step)
            self.y += step if self.y > self.st.top else size * PT_MM
            off = size * PT_MM * indent if first else 0
            self.page.text(self.st.left + off, self.y, line, size, key or self.st.key)

    def gap(self, mm: float) -> None:
        self.y += mm

    def signed(self, court: str, date: dt.date, rng: random.Random, lines: list[str] | None = None,
               with_court: bool = True, seal_it: bool = True) -> None:
        """Date four characters from the right, court name above it, the red seal over both."""
        st = self.st
        self.need(48)
        self.y += 14 if with_court else 24
        x_r = st.right - st.size * PT_MM * 2
        for ln in lines or []:
            self.page.text(x_r, self.y, ln, st.size, st.key, anchor="r")
            self.y += st.size * PT_MM * st.leading
        if with_court:
            self.page.text(x_r, self.y, court, st.size, st.key, anchor="r")
            self.y += st.size * PT_MM * st.leading
        ds = ar_date(date) if st.arabic_dates else cn_date(date)
        self.page.text(x_r, self.y, ds, st.size, st.key, anchor="r")
        if seal_it:
            wmm = text_width_mm(ds, st.size, st.key)
            cx = x_r - wmm / 2 + rng.uniform(-6, 6)
            # the ring crosses the date, the star sits above it, so the date stays readable
            cy = self.y - rng.uniform(12.5, 15.0) if not with_court else self.y - st.size * PT_MM * 1.2 - rng.uniform(3, 6)
            self.page.image(cx - 21, cy - 21, 42, 42, seal(court, rng))
        self.y += st.size * PT_MM * 1.5


def header(fl: Flow, court: str, title: str, number: str, rng: random.Random) -> None:
    st = fl.st
    if st.two_col:
        fl.y += 12
        fl.page.text(st.left, fl.y, court, 20, "hei")
        fl.page.text(st.right, fl.y, title, 20, "hei", anchor="r")
        fl.y += 4
        fl.page.line(st.left, fl.y, st.right, fl.y, 0.8, (190, 20, 20))
        fl.y += 2
        fl.right(number)
    else:
        fl.centre(court, 20 if len(court) < 11 else 19, "hei", 1.5)
        fl.centre(" ".join(title) if len(title) <= 6 else title, 24, "hei", 1.9)
        fl.right(number)
    fl.gap(2)


def idtxt(f: Facts, st: Style) -> str:
    return spaced_id(f.respondent.id_number, st.id_style)


def amount_txt(f: Facts, st: Style, upper_first: bool = False) -> str:
    a = money(f.amount, st.comma)
    if upper_first:
        return f"人民币{rmb_upper(f.amount)}（¥{a}）"
    return f"人民币{a}元（大写：{rmb_upper(f.amount)}）"


def dtxt(d: dt.date, st: Style) -> str:
    return ar_date(d)


def parties(f: Facts, st: Style) -> tuple[str, str]:
    a = f.applicant_person
    if a:
        app = f"申请执行人：{a.name}，{a.sex}，{ar_date(a.birth)}出生，{a.ethnic}，住{a.address}。"
    else:
        app = f"申请执行人：{f.applicant_name}，住所地{f.extra.get('app_addr', '河南省焦作市')}。"
    r = f.respondent
    res = (f"被执行人：{r.name}，{r.sex}，{ar_date(r.birth)}出生，{r.ethnic}，住{r.address}，"
           f"公民身份号码{idtxt(f, st)}。")
    return app, res


def between(f: Facts) -> str:
    return f"申请执行人{f.applicant_name}与被执行人{f.respondent.name}{f.cause}一案"


def acct_txt(f: Facts, show: bool) -> str:
    return f"（账号：{f.account_number}）" if show else ""


# ------------------------------------------------------------------ 协助执行通知书

def notice(f: Facts, action: str, st: Style, rng: random.Random, *, show_acct: bool = False,
           ground: str = "", with_amount: bool = True, period: tuple | None = None,
           old: tuple | None = None, show_id: bool = True, reply_slip: bool = False,
           contact: Officer | None = None) -> list[Page]:
    fl = Flow(st)
    header(fl, f.court.name, "协助执行通知书", f.case_number, rng)
    fl.para(f"{f.court.addressee}：", indent=0)
    r = f.respondent
    who = f"被执行人{r.name}（公民身份号码：{idtxt(f, st)}）" if show_id else f"被执行人{r.name}"
    law = rng.choice(["《中华人民共和国民事诉讼法》第二百五十三条", "《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条"])
    intro = f"本院在执行{between(f)}中，依照{law}的规定，请协助执行下列事项："
    if ground:
        intro = f"本院在执行{between(f)}中，{ground}依照{law}的规定，请协助执行下列事项："
    fl.para(intro)
    items: list[str] = []
    if action == "freeze":
        amt = amount_txt(f, st, rng.random() < 0.4) if with_amount else "的全部余额"
        items.append(f"冻结{who}在你中心的住房公积金账户{acct_txt(f, show_acct)}内存款{amt}。")
        if period:
            items.append(f"冻结期限自{dtxt(period[0], st)}起至{dtxt(period[1], st)}止，冻结期间不得办理提取、转移。")
    elif action == "renew_freeze":
        items.append(f"续行冻结{who}在你中心住房公积金账户{acct_txt(f, show_acct)}内存款{amount_txt(f, st)}。"
                     f"该款项已由本院于{dtxt(old[0], st)}冻结，原冻结期限至{dtxt(old[1], st)}届满。")
        items.append(f"续行冻结期限自{dtxt(period[0], st)}起至{dtxt(period[1], st)}止。")
    elif action == "unfreeze":
        items.append(f"解除对{who}在你中心住房公积金账户{acct_txt(f, show_acct)}内存款的冻结"
                     f"（本院于{dtxt(old[0], st)}以本案协助执行通知书冻结）。")
    elif action == "deduct":
        items.append(f"扣划{who}在你中心住房公积金账户{acct_txt(f, show_acct)}内存款{amount_txt(f, st)}。")
        items.append(f"上述款项请划至本院执行款专户。户名：{f.court.name}；账号：{f.bank_account}；"
                     f"开户行：{f.extra['bank_name']}。")
    elif action == "query":
        items.append(f"查询{who}在你中心的住房公积金账户开立、缴存、余额及账户状态情况。")
        items.append("查询该人住房公积金贷款及为他人住房公积金贷款提供担保的情况，并提供近两年缴存明细。")
    for i, it in enumerate(items):
        fl.para(("一、", "二、", "三、")[i] + it)
    if action == "query":
        fl.para("附：查询单一份")
    elif action != "renew_freeze" or rng.random() < 0.7:
        fl.para(f"附：（{f.case_number[1:5]}）{f.case_number[6:]}执行裁定书一份" if rng.random() < 0.5
                else "附：执行裁定书一份")
    who_c = contact or f.officers[0]
    fl.signed(f.court.name, f.notice_date, rng, with_court=rng.random() < 0.6)
    fl.para(f"联系人：{who_c.name}　　联系电话：{f.phone}", indent=0, size=st.size - 1)
    if reply_slip:
        fl.gap(6)
        fl.need(60)
        for x in range(int(st.left), int(st.right), 4):
            fl.page.line(x, fl.y, x + 2, fl.y, 0.3)
        fl.gap(2)
        fl.centre("回　执", 16, "hei", 1.6)
        fl.para(f"{f.court.name}：", indent=0)
        fl.para(f"你院{f.case_number}协助执行通知书已收到，协助执行情况如下：", size=st.size - 1)
        fl.gap(14)
        fl.para("协助执行单位（盖章）：　　　　经办人：　　　　　　年　　月　　日", indent=0, size=st.size - 1.5)
    return fl.pages


# ------------------------------------------------------------------ 执行裁定书

def ruling(f: Facts, action: str, st: Style, rng: random.Random, *, ground_found: str = "",
           ground_reason: str = "", with_amount: bool = True, period: tuple | None = None,
           old: tuple | None = None, show_acct: bool = False, signers: list[Officer] | None = None) -> list[Page]:
    fl = Flow(st)
    header(fl, f.court.name, "执行裁定书", f.case_number, rng)
    app, res = parties(f, st)
    fl.para(app, indent=0)
    if not f.applicant_person:
        fl.para(f"法定代表人：{f.extra['rep']}，该公司{rng.choice(['董事长', '总经理', '执行董事'])}。", indent=0)
    fl.para(res, indent=0)
    r = f.respondent
    acct = acct_txt(f, show_acct)
    basis = (f"{f.extra['basis_court']}{f.basis_number}民事{f.extra['basis_kind']}已经发生法律效力。"
             f"因被执行人{r.name}未按执行通知书指定的期间履行生效法律文书确定的义务，"
             f"申请执行人{f.applicant_name}向本院申请强制执行，本院于{ar_date(f.extra['filed'])}立案。")
    fl.para(f"本院在执行{between(f)}中，{basis}")
    if action == "freeze":
        fl.para(f"经查，被执行人{r.name}在{CENTRE}缴存有住房公积金。" + ground_found)
        law = "依照《中华人民共和国民事诉讼法》第二百五十三条、《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条规定，裁定如下："
        amt = f"存款{amount_txt(f, st)}" if with_amount else "的存款"
        order = f"冻结被执行人{r.name}在{CENTRE}的住房公积金账户{acct}内{amt}"
        order += f"，冻结期限自{dtxt(period[0], st)}起至{dtxt(period[1], st)}止。" if period else "。"
    elif action == "renew_freeze":
        fl.para(f"本院于{dtxt(old[0], st)}冻结了被执行人{r.name}在{CENTRE}住房公积金账户内的存款，"
                f"冻结期限至{dtxt(old[1], st)}届满。因被执行人仍未履行义务，申请执行人申请续行冻结。")
        law = "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条规定，裁定如下："
        order = (f"续行冻结被执行人{r.name}在{CENTRE}住房公积金账户{acct}内存款{amount_txt(f, st)}，"
                 f"续冻期限自{dtxt(period[0], st)}起至{dtxt(period[1], st)}止。")
    elif action == "unfreeze":
        why = rng.choice([f"被执行人{r.name}已履行完毕生效法律文书确定的全部义务",
                          "申请执行人与被执行人自行达成和解协议并已履行完毕，申请执行人申请解除对被执行人财产的冻结"])
        fl.para(f"本院于{dtxt(old[0], st)}冻结了被执行人{r.name}在{CENTRE}住房公积金账户内的存款。本案执行中，{why}。")
        law = "依照《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十八条规定，裁定如下："
        order = f"解除对被执行人{r.name}在{CENTRE}住房公积金账户{acct}内存款的冻结。"
    else:  # deduct
        fl.para(f"经查，被执行人{r.name}在{CENTRE}缴存有住房公积金。" + ground_found +
                "本院穷尽财产调查措施，未发现被执行人有其他可供执行的财产。")
        if ground_reason:
            fl.para("本院认为，" + ground_reason)
        law = "依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条规定，裁定如下："
        order = f"扣划被执行人{r.name}在{CENTRE}住房公积金账户{acct}内存款{amount_txt(f, st)}。"
    fl.para(law)
    fl.para(order)
    fl.para("本裁定立即执行。" if rng.random() < 0.7 else "本裁定送达后立即生效。")
    s = signers or f.officers
    lines = [("审 判 员　" if s[0].title == "审判员" else "执 行 员　") + s[0].name]
    fl.signed(f.court.name, f.ruling_date, rng, lines=lines, with_court=False)
    if len(s) > 1:
        fl.page.text(fl.st.right - fl.st.size * PT_MM * 2, fl.y + 2, "书 记 员　" + s[1].name, st.size, st.key,
                     anchor="r")
        fl.y += 10
    return fl.pages


# ------------------------------------------------------------------ 查询单 / 协助查询通知书

def query_form(f: Facts, st: Style, rng: random.Random, *, with_id: bool, layout: int) -> list[Page]:
    fl = Flow(st)
    r = f.respondent
    _o1, _o2 = f.officers[0], f.officers[-1]
    handlers = "、".join(o.name for o in f.officers)
    if layout == 1:  # narrative 协助查询通知书
        header(fl, f.court.name, "协助查询通知书", f.case_number, rng)
        fl.para(f"{f.court.addressee}：", indent=0)
        idp = f"，公民身份号码{idtxt(f, st)}" if with_id else ""
        fl.para(f"本院在执行{between(f)}中，需向你单位查询下列人员的住房公积金信息，请予协助：")
        fl.para(f"被查询人：{r.name}，{r.sex}{idp}。")
        fl.para("查询内容：住房公积金账户开立情况、缴存状态、账户余额、近两年缴存明细、住房公积金贷款及担保情况。")
        fl.para(f"承办人：{handlers}　　联系电话：{f.phone}", indent=0)
        fl.signed(f.court.name, f.notice_date, rng, with_court=True)
        return fl.pages
    title = "住房公积金信息查询单" if layout == 0 else "查　询　单"
    fl.centre(f.court.name, 19, "hei", 1.5)
    fl.centre(title, 22, "hei", 1.9)
    fl.right(f"案号：{f.case_number}", st.size - 1)
    x0, x1 = st.left, st.right
    xm = x0 + 38
    rows = [("被查询人姓名", r.name), ("性别", r.sex), ("证件类型", "居民身份证"),
            ("证件号码", idtxt(f, st) if with_id else ""),
            ("查询单位", f.court.addressee),
            ("查询内容", "√账户信息　√缴存状态　√余额　√缴存明细　√贷款及担保"),
            ("查询事由", f"执行{between(f)}"),
            ("执行人员", handlers), ("联系电话", f.phone)]
    if layout == 2:
        rows = [rows[0], rows[3], rows[2], rows[1], rows[6], rows[5], rows[7], rows[8]]
    y = fl.y + 4
    size = st.size - 1
    for label, value in rows:
        from .render import wrap
        lines = wrap(value, x1 - xm - 4, size, st.key, 0) or [("", True)]
        h = max(12.0, len(lines) * size * PT_MM * 1.5 + 5)
        fl.page.rect(x0, y, x1 - x0, h, 0.35)
        fl.page.line(xm, y, xm, y + h, 0.35)
        fl.page.text(x0 + 3, y + h / 2 + size * PT_MM * 0.35, label, size, "hei")
        for j, (ln, _) in enumerate(lines):
            fl.page.text(xm + 3, y + 4 + size * PT_MM * (1 + 1.5 * j), ln, size, st.key)
        y += h
    h = 40
    fl.page.rect(x0, y, x1 - x0, h, 0.35)
    fl.page.line(xm, y, xm, y + h, 0.35)
    fl.page.text(x0 + 3, y + 12, "查询结果", size, "hei")
    fl.page.text(x0 + 3, y + 20, "（协助单位填写）", size - 3, st.key)
    fl.y = y + h + 6
    fl.signed(f.court.name, f.notice_date, rng, with_court=True)
    return fl.pages


# ------------------------------------------------------------------ 介绍信

def intro_letter(f: Facts, st: Style, rng: random.Random, officers: list[Officer], business: str) -> list[Page]:
    fl = Flow(st)
    fl.centre(f.court.name, 18, "hei", 1.4)
    fl.centre("介 绍 信", 26, "hei", 2.0)
    fl.right(f"{f.court.code}执介字第{rng.randint(10, 990)}号", st.size - 1)
    fl.para(f"{f.court.addressee}：", indent=0)
    names = "、".join(o.name for o in officers)
    fl.para(f"兹介绍我院{names}等{len(officers)}名同志前往你处办理{f.case_number}案件住房公积金{business}事宜，请予接洽，并给予协助。")
    fl.para("此致")
    fl.para("敬礼", indent=0)
    fl.signed(f.court.name, f.notice_date, rng, with_court=True)
    fl.para("（有效期七天）", indent=0, size=st.size - 2)
    fl.pages[0].h = 210  # a half sheet, landscape A5-like
    return fl.pages


# ------------------------------------------------------------------ 民事判决书 (first and last page only)

def judgment(f: Facts, st: Style, rng: random.Random, finding: str) -> list[Page]:
    fl = Flow(st)
    court = f.extra["basis_court"]
    header(fl, court, "民事判决书", f.basis_number, rng)
    r = f.respondent
    a = f.applicant_person
    fl.para(f"原告：{a.name}，{a.sex}，{ar_date(a.birth)}出生，{a.ethnic}，住{a.address}。", indent=0)
    fl.para(f"被告：{r.name}，{r.sex}，{ar_date(r.birth)}出生，{r.ethnic}，住{r.address}，"
            f"公民身份号码{idtxt(f, st)}。", indent=0)
    fl.para(f"原告{a.name}与被告{r.name}{f.cause}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
            "原告到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。")
    fl.para(f"原告{a.name}向本院提出诉讼请求：判令被告按月支付子女抚养费，并支付拖欠的抚养费。")
    fl.para("经审理查明：" + finding)
    fl.para("本院认为，父母对子女有抚养教育的义务。不直接抚养子女的一方应当负担部分或者全部抚养费。"
            "被告虽已丧失劳动能力，但其住房公积金等财产可用于履行抚养义务。")
    fl.para("依照《中华人民共和国民法典》第一千零六十七条、第一千零八十五条之规定，判决如下：")
    fl.para(f"被告{r.name}于本判决生效之日起十日内支付原告拖欠的抚养费{money(f.amount)}元。")
    fl.para("案件受理费减半收取，由被告负担。")
    fl.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
            "上诉于河南省焦作市中级人民法院。")
    basis_date = f.extra["filed"] - dt.timedelta(days=rng.randint(60, 200))
    fl.signed(court, basis_date, rng, lines=[f"审 判 员　{f.extra['judge']}"], with_court=False)
    fl.page.text(st.right - st.size * PT_MM * 2, fl.y + 2, "书 记 员　" + f.extra["clerk"], st.size, st.key,
                 anchor="r")
    return fl.pages


def ground_proof(f: Facts, st: Style, rng: random.Random, country: str, when: dt.date) -> list[Page]:
    fl = Flow(st)
    station = f"焦作市公安局{f.extra['station']}派出所"
    fl.centre("注销户口证明", 24, "hei", 2.2)
    r = f.respondent
    fl.para(f"兹证明{r.name}，{r.sex}，{ar_date(r.birth)}出生，公民身份号码{idtxt(f, st)}，原户籍地址：{r.address}，"
            f"因出境定居（{country}），已于{ar_date(when)}在我所注销户口。")
    fl.para("特此证明。")
    fl.signed(station, when + dt.timedelta(days=rng.randint(1, 30)), rng, with_court=True)
    return fl.pages


# ------------------------------------------------------------------ officers' cards laid on paper

def card_sheet(cards: list[tuple[Image.Image, Image.Image]], caption: str = "") -> Page:
    """A sheet with up to two cards (cover and inside each), as a photocopier makes it."""
    p = Page()
    y = 30.0
    if caption:
        p.text(105, 24, caption, 14, "hei", anchor="m")
    for cov, ins in cards:
        p.image(18, y, 82, 57, cov)
        p.image(108, y, 82, 57, ins)
        y += 72
    return p


def card_pdf_page(f: Facts, officer: Officer, work: tuple | None, duty: tuple | None, st: Style) -> Page:
    """A text PDF page the court typed, with the card images pasted in."""
    p = Page()
    p.text(105, 30, f"{f.court.name}执行人员证件", 18, "hei", anchor="m")
    p.text(st.left, 44, f"案号：{f.case_number}　　执行人员：{officer.name}（{officer.title}）", 12, st.key)
    y = 52.0
    for label, pair in (("工作证", work), ("执行公务证", duty)):
        if not pair:
            continue
        p.text(st.left, y + 5, label + "：", 12, "hei")
        p.image(st.left, y + 9, 76, 53, pair[0])
        p.image(st.left + 80, y + 9, 76, 53, pair[1])
        y += 72
    return p
